#pragma once

#include <QTabWidget>

class EditionComparer;
class PerYearChartView;
class ReportCoordinator;
class TimelineChartView;

// The window's chart tabs (promoted in mainwindow.ui): the timeline and the events per year.
// Each chart is made when its tab is first shown with a report, since a chart of a million
// events costs its time, and from then on shows what the coordinator gives it. Exporting and
// copying take the chart shown.
class ChartTabs : public QTabWidget
{
    Q_OBJECT

public:
    // In the order of ViewState::ChartTab and of the pages in mainwindow.ui.
    enum Tab { TimelineTab, PerYearTab };

    explicit ChartTabs(QWidget *parent = nullptr);

    // Where the charts go when made: empty areas of the pages, laid out in mainwindow.ui.
    void setChartAreas(QLayout *timelineArea, QLayout *perYearArea);
    // The coordinator gives the charts' data and selection; the comparer the timeline's
    // colours by change.
    void setSources(ReportCoordinator *coordinator, EditionComparer *comparer);
    // Null until its tab is first shown with a report.
    TimelineChartView *timeline() const { return m_timeline; }

    // Asks for a size and a file (window-modal), then writes the chart shown there.
    void exportChart();
    // The chart shown, as an image and as SVG.
    void copyChart();
    void resetZoom();
    void setColouredByChange(bool byChange);
    // After the comparison or the language changed, or the timeline was made.
    void colourTimelineByChange();

signals:
    void timelineCreated();
    // Esc in the timeline: the window takes the focus to the search.
    void escapePressed();
    // What was exported or copied, for the status bar; errors are told in an ErrorBox.
    void statusMessage(const QString &message);

private:
    void ensureChartView(int tab);
    // The chart on the current tab, or null while the report is still loading.
    QWidget *shownChart() const;

    ReportCoordinator *m_coordinator = nullptr;
    EditionComparer *m_comparer = nullptr;
    QLayout *m_timelineArea = nullptr;
    QLayout *m_perYearArea = nullptr;
    TimelineChartView *m_timeline = nullptr;
    PerYearChartView *m_perYear = nullptr;
    bool m_colouredByChange = false;
};
