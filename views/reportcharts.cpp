#include "reportcharts.h"

#include "alliancefilterproxymodel.h"
#include "peryearchartview.h"
#include "policyfilterproxymodel.h"
#include "policytablemodel.h"
#include "reportcitation.h"
#include "reportsession.h"
#include "timelinechartview.h"

TimelineData ReportCharts::timeline(const ReportSession &session, TimelineData::LaneMode mode)
{
    return TimelineData::build(*session.policyProxy(), session.allianceProxy()->visibleAlliances(), mode,
                               session.language());
}

QString ReportCharts::undatedNote(int undated)
{
    return undated > 0 ? tr("%Ln event(s) have no date and are not placed on the time axis.", nullptr, undated)
                       : QString();
}

void ReportCharts::fillTimeline(TimelineChartView *view, const TimelineData &data)
{
    view->setTitle(tr("Open source policy events and alliance foundings in China"));
    view->setLegendTexts(tr("Exact day", "date precision, in the timeline's legend"),
                         tr("Month", "date precision, in the timeline's legend"),
                         tr("Year", "date precision, in the timeline's legend"));
    view->setUndatedNote(undatedNote(data.undatedEvents));
    view->setTimeline(data);
}

void ReportCharts::colourTimelineByChange(TimelineChartView *view, const EventChangeLookup &changes)
{
    const QString from = QString::number(changes.fromYear());
    const QString to = QString::number(changes.toYear());
    view->setEventChanges(changes,
                          {{EditionMatcher::Change::Added, tr("New in %1").arg(to)},
                           {EditionMatcher::Change::Changed, tr("Changed", "an event, in the timeline's legend")},
                           {EditionMatcher::Change::Unchanged, tr("Unchanged", "an event, in the timeline's legend")},
                           {EditionMatcher::Change::Removed, tr("Only in %1").arg(from)}});
}

void ReportCharts::fillPerYear(PerYearChartView *view, const TimelineData &data)
{
    QMap<PolicyLevel, QString> levelNames;
    for (PolicyLevel level : PolicyLevels::all)
        levelNames.insert(level, PolicyTableModel::levelName(level));
    view->setTitle(tr("Policy events per year, by level of government"));
    view->setAxisTitle(tr("Year", "axis title of the events-per-year chart"));
    view->setUndatedNote(undatedNote(data.undatedEvents));
    view->setTimeline(data, levelNames);
}

std::unique_ptr<QChartView> ReportCharts::viewForExport(Chart chart, const ReportSession &session,
                                                        TimelineData::LaneMode laneMode, PaletteColors::Theme theme)
{
    std::unique_ptr<QChartView> view;
    if (chart == Chart::Timeline) {
        auto timelineView = std::make_unique<TimelineChartView>();
        fillTimeline(timelineView.get(), timeline(session, laneMode));
        view = std::move(timelineView);
    } else {
        auto perYearView = std::make_unique<PerYearChartView>();
        fillPerYear(perYearView.get(), timeline(session, TimelineData::LaneMode::Level));
        view = std::move(perYearView);
    }
    view->setPalette(PaletteColors::palette(theme));
    return view;
}

QString ReportCharts::caption(const ReportSession &session)
{
    const QSharedPointer<const ReportContent> content = session.content();
    const QString filters = session.filterDescription();
    const int shown = session.policyProxy()->rowCount();
    const int total = session.policyTable()->rowCount();
    QString caption = filters.isEmpty()
        ? tr("All %Ln policy event(s) of the report.", nullptr, total)
        : tr("Filtered: %1 (%L2 of %Ln events).", nullptr, total).arg(filters).arg(shown);
    caption += u'\n';
    caption += tr("Source: %1, “%2” (%3), Kaiyuanshe; licence: %4.")
                   .arg(content->title.isEmpty() ? tr("the report") : content->title,
                        content->policyTitle.text(session.language()), content->sourceFileName,
                        content->licence.isEmpty() ? tr("see the report") : content->licence);
    // In the style a reader of that language cites in: GB/T 7714 or APA.
    caption += u'\n';
    caption += tr("Cite as: %1")
                   .arg(ReportCitation::reportText(*content, ReportCitation::styleFor(session.language()),
                                                   QDate::currentDate()));
    return caption;
}
