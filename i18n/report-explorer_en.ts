<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AllianceTreeModel</name>
    <message numerus="yes">
        <source>Activities (%n)</source>
        <translation>
            <numerusform>Activities (%n)</numerusform>
            <numerusform>Activities (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Services (%n)</source>
        <translation>
            <numerusform>Services (%n)</numerusform>
            <numerusform>Services (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>… and %Ln more, marked in the table</source>
        <translation>
            <numerusform>… and %Ln more, marked in the table</numerusform>
            <numerusform>… and %Ln more, marked in the table</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln citation(s) copied</source>
        <translation>
            <numerusform>%Ln citation copied</numerusform>
            <numerusform>%Ln citations copied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PerYearChartView</name>
    <message numerus="yes">
        <source>%1, %2: %Ln event(s)</source>
        <comment>a bar of the per-year chart read aloud: year, level, count</comment>
        <translation>
            <numerusform>%1, %2: %Ln event</numerusform>
            <numerusform>%1, %2: %Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message numerus="yes">
        <source>%Ln event(s) have no date and are not placed on the time axis.</source>
        <translation>
            <numerusform>%Ln event has no date and is not placed on the time axis.</numerusform>
            <numerusform>%Ln events have no date and are not placed on the time axis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln policy event(s) of the report.</source>
        <translation>
            <numerusform>The report’s only policy event.</numerusform>
            <numerusform>All %Ln policy events of the report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filtered: %1 (%L2 of %Ln events).</source>
        <translation>
            <numerusform>Filtered: %1 (%L2 of %Ln event).</numerusform>
            <numerusform>Filtered: %1 (%L2 of %Ln events).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCoordinator</name>
    <message numerus="yes">
        <source>%Ln event(s) written to %1</source>
        <translation>
            <numerusform>%Ln event written to %1</numerusform>
            <numerusform>%Ln events written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln event(s)</source>
        <translation>
            <numerusform>%L1 of %Ln event</numerusform>
            <numerusform>%L1 of %Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln alliance(s)</source>
        <translation>
            <numerusform>%L1 of %Ln alliance</numerusform>
            <numerusform>%L1 of %Ln alliances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln citation(s) written to %1</source>
        <translation>
            <numerusform>%Ln citation written to %1</numerusform>
            <numerusform>%Ln citations written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading the report… its first %Ln event(s) are shown</source>
        <translation>
            <numerusform>Loading the report… its first %Ln event is shown</numerusform>
            <numerusform>Loading the report… its first %Ln events are shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineChartView</name>
    <message numerus="yes">
        <source>%1, %2: %Ln event(s)</source>
        <comment>a density bin read aloud: period, lane, count</comment>
        <translation>
            <numerusform>%1, %2: %Ln event</numerusform>
            <numerusform>%1, %2: %Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineData</name>
    <message numerus="yes">
        <source>%n other region(s)</source>
        <translation>
            <numerusform>%n other region</numerusform>
            <numerusform>%n other regions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineDensityItem</name>
    <message numerus="yes">
        <source>%Ln event(s) around %1</source>
        <translation>
            <numerusform>%Ln event around %1</numerusform>
            <numerusform>%Ln events around %1</numerusform>
        </translation>
    </message>
</context>
</TS>
