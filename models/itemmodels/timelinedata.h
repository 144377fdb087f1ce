#pragma once

#include "contentlanguage.h"
#include "policylevel.h"
#include "reportcontent.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSharedPointer>
#include <QString>

#include <atomic>
#include <type_traits>
#include <vector>

class PolicyFilterProxyModel;

// What the timeline chart draws, taken from the filtered policy table and the visible
// alliances: one lane per government level (or per region), plus a lane for alliance
// foundings. Every entry keeps its real span: a day, a month or a year; undated events are
// only counted.
class TimelineData
{
public:
    enum class LaneMode { Level, Region };

    struct Entry
    {
        int lane = 0;
        ReportDate date; // its span is date.earliest() to date.latest()
        qreal middle = 0; // the span's centre in decimal years (2004.5 is mid-2004)
        int eventId = 0; // 0 for a founding
        int eventRow = -1; // in ReportContent::events; -1 for a founding
        int allianceIndex = -1; // for a founding
    };
    // Entries hold no text: a million of them are copied, handed between threads and freed
    // on the GUI thread, where a string per entry would cost a reference count each.
    static_assert(std::is_trivially_destructible_v<Entry>);

    // The entries of one lane whose spans share a centre, counted. Centres fall on whole and
    // half days, so a few thousand of these stand for a million entries: what the density strip
    // bins on every zoom, on the GUI thread, instead of the entries themselves.
    struct CentreCount
    {
        qreal middle = 0; // as Entry::middle
        int lane = 0;
        int count = 0;
    };

    // The entry's date and text as the chart shows them; formatted on demand because
    // formatting a million dates up front would cost more than building the whole timeline.
    QString dateText(const Entry &entry) const { return entry.date.toDisplayString(localeFor(language)); }
    QString label(const Entry &entry) const;

    // The events the proxy shows and the given alliances of the same report; the events'
    // entries are in report order, whatever the proxy's, and so are the lanes by region.
    // Lanes by region are the busiest regions; the others share one lane at the end. Hundreds
    // of lanes can be neither read nor laid out quickly (a report names over 300 regions).
    static constexpr int maximumRegionLanes = 8;

    static TimelineData build(const PolicyFilterProxyModel &events, const QList<int> &alliances, LaneMode mode,
                              ContentLanguage language);
    // The same from a copy of the proxy's rows: safe to run on a worker thread while the
    // proxy changes, since the content is immutable and shared. Once cancelled (if given) is
    // raised, it gives up and returns no data: a million rows take a fifth of a second.
    static TimelineData build(const QSharedPointer<const ReportContent> &content, const std::vector<int> &eventRows,
                              const QList<int> &alliances, LaneMode mode, ContentLanguage language,
                              const std::atomic_bool *cancelled = nullptr);

    QSharedPointer<const ReportContent> content;
    ContentLanguage language = ContentLanguage::Chinese;
    QStringList lanes;
    int foundingLane = -1;
    QList<Entry> entries;
    // Every entry counted once, by centre and then by lane, ascending.
    QList<CentreCount> centreCounts;
    int undatedEvents = 0;
    QDate first;
    QDate last;
    // Events per year, by level, for the stacked per-year chart.
    QMap<int, QMap<PolicyLevel, int>> perYear;
};
