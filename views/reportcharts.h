#pragma once

#include "eventchangelookup.h"
#include "palettecolors.h"
#include "timelinedata.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class PerYearChartView;
class QChartView;
class ReportSession;
class TimelineChartView;

// Fills the two charts from a session's filtered models, with titles, legends and notes in
// the interface language, and words the caption that goes under an exported chart. The
// window and the command line both use it, so their charts are the same.
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)

public:
    enum class Chart { Timeline, PerYear };

    static TimelineData timeline(const ReportSession &session, TimelineData::LaneMode mode);
    // Both charts can be filled from one TimelineData: the window builds it once per change.
    static void fillTimeline(TimelineChartView *view, const TimelineData &data);
    static void fillPerYear(PerYearChartView *view, const TimelineData &data);
    // The timeline's events coloured by their change between the editions compared, with the
    // legend's words for each kind; by lane again for an empty lookup.
    static void colourTimelineByChange(TimelineChartView *view, const EventChangeLookup &changes);
    // A chart view of its own for ChartExporter, never shown: the export resizes it freely.
    // laneMode matters to the timeline only. Light unless asked otherwise, whatever the desktop:
    // an exported chart goes on paper and into documents.
    static std::unique_ptr<QChartView> viewForExport(Chart chart, const ReportSession &session,
                                                     TimelineData::LaneMode laneMode,
                                                     PaletteColors::Theme theme = PaletteColors::Theme::Light);
    static QString caption(const ReportSession &session);
    static QString undatedNote(int undated);
};
