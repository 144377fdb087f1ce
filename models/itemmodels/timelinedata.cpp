#include "timelinedata.h"

#include "policyfilterproxymodel.h"
#include "policytablemodel.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <iterator>
#include <vector>

namespace {

QString foundingLaneName()
{
    return QCoreApplication::translate("TimelineData", "Alliance foundings");
}

// A day as its year and its day of the year: what a span's centre and the timeline's ends
// need, computed with integer arithmetic. Converting through QDate cost more than the rest of
// building a million entries.
struct YearDay
{
    int year = 0;
    int dayOfYear = 0; // from 1

    int ordinal() const { return year * 512 + dayOfYear; }
    QDate toDate() const { return QDate(year, 1, 1).addDays(dayOfYear - 1); }
};

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInYear(int year)
{
    return isLeapYear(year) ? 366 : 365;
}

// Days of the year before the first of month (1–12), and before the first of the next.
int daysBeforeMonth(int year, int month)
{
    static constexpr std::array<int, 13> before = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};
    return before[size_t(month - 1)] + (month > 2 && isLeapYear(year) ? 1 : 0);
}

// The first and last day a non-null date covers, as ReportDate::earliest() and latest().
std::pair<YearDay, YearDay> spanOf(const ReportDate &date)
{
    const int year = date.year();
    switch (date.precision()) {
    case ReportDate::Precision::Year:
        return {{year, 1}, {year, daysInYear(year)}};
    case ReportDate::Precision::Month:
        return {{year, daysBeforeMonth(year, date.month()) + 1}, {year, daysBeforeMonth(year, date.month() + 1)}};
    case ReportDate::Precision::Day:
    case ReportDate::Precision::None:
        break;
    }
    const YearDay day{year, daysBeforeMonth(year, date.month()) + date.day()};
    return {day, day};
}

// A span's centre in half days from the start of its year, 1 to 731: spans never cross the
// end of a year, and a centre falls on a whole or a half day.
int centreInHalfDays(const YearDay &start, const YearDay &end)
{
    return start.dayOfYear - 1 + end.dayOfYear;
}

// That centre in decimal years. Entries and their counts by centre both take it from here, so
// that equal centres are equal to the last bit and fall into the same density bin.
qreal middleOf(int year, int halfDays)
{
    return year + halfDays / (2.0 * daysInYear(year));
}

// The entries counted by year, centre and lane. A hash of the centres met rather than an array
// of every day: its size follows the distinct centres, whatever years a report's dates run over.
QList<TimelineData::CentreCount> countByCentre(const QList<TimelineData::Entry> &entries)
{
    const auto keyOf = [](int year, int halfDays, int lane) {
        return quint64(year) << 42 | quint64(halfDays) << 32 | quint32(lane);
    };
    QHash<quint64, int> counts;
    for (const TimelineData::Entry &entry : entries) {
        const auto [start, end] = spanOf(entry.date);
        ++counts[keyOf(start.year, centreInHalfDays(start, end), entry.lane)];
    }
    std::vector<std::pair<quint64, int>> ordered;
    ordered.reserve(size_t(counts.size()));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        ordered.emplace_back(it.key(), it.value());
    std::sort(ordered.begin(), ordered.end());
    QList<TimelineData::CentreCount> centreCounts;
    centreCounts.reserve(qsizetype(ordered.size()));
    for (const auto &[key, count] : ordered) {
        const int year = int(key >> 42);
        const int halfDays = int(key >> 32 & 0x3ff);
        centreCounts.append({middleOf(year, halfDays), int(quint32(key)), count});
    }
    return centreCounts;
}

} // namespace

TimelineData TimelineData::build(const PolicyFilterProxyModel &events, const QList<int> &alliances, LaneMode mode,
                                 ContentLanguage language)
{
    if (!events.table())
        return TimelineData();
    return build(events.table()->content(), events.sourceRows(), alliances, mode, language);
}

TimelineData TimelineData::build(const QSharedPointer<const ReportContent> &contentPointer,
                                 const std::vector<int> &rows, const QList<int> &alliances, LaneMode mode,
                                 ContentLanguage language, const std::atomic_bool *cancelled)
{
    const auto givenUp = [cancelled]() { return cancelled && cancelled->load(std::memory_order_relaxed); };
    TimelineData data;
    data.content = contentPointer;
    data.language = language;
    const ReportContent &content = *contentPointer;
    const QList<PolicyLevel> levelOrder(std::begin(PolicyLevels::all), std::end(PolicyLevels::all));
    std::array<int, std::size(PolicyLevels::all)> laneOfLevel = {};
    for (qsizetype lane = 0; lane < levelOrder.size(); ++lane)
        laneOfLevel[size_t(levelOrder.at(lane))] = int(lane);

    // Regions in order of first appearance, each with its dated events; regions whose events
    // are all undated get no lane: it would stay empty. While the lanes are not known yet,
    // an event's entry holds its region's index here.
    struct Region
    {
        int firstRow = 0;
        int count = 0;
        int lane = 0;
    };
    std::vector<Region> regions;
    QHash<QString, int> regionByName;
    // Loaders share one string per region name: most rows are found by the address of their
    // name, without hashing it.
    QHash<const QChar *, int> regionByStorage;
    auto regionOf = [&](int row, const QString &name) {
        auto shared = regionByStorage.constFind(name.constData());
        if (shared == regionByStorage.cend()) {
            auto named = regionByName.constFind(name);
            if (named == regionByName.cend()) {
                named = regionByName.insert(name, int(regions.size()));
                regions.push_back(Region{row, 0, 0});
            }
            shared = regionByStorage.insert(name.constData(), *named);
        }
        return *shared;
    };

    bool anyOther = false;
    bool anyDated = false;
    YearDay first;
    YearDay last;
    // Centres an entry on its span, which the timeline then runs over.
    auto place = [&](Entry entry) {
        const auto [start, end] = spanOf(entry.date);
        entry.middle = middleOf(start.year, centreInHalfDays(start, end));
        if (!anyDated || start.ordinal() < first.ordinal())
            first = start;
        if (!anyDated || end.ordinal() > last.ordinal())
            last = end;
        anyDated = true;
        data.entries.append(entry);
    };

    data.entries.reserve(qsizetype(rows.size()));
    // Events per year and level, by year: ReportDate years run from 1 to 9999.
    std::vector<std::array<int, 4>> perYear(10000);
    // The records are read in report order, whatever the table's: read in the table's order,
    // at random, waiting for each record took most of building a million entries, where a pass in
    // order streams them.
    std::vector<bool> shown(size_t(content.events.size()), false);
    for (int row : rows)
        shown[size_t(row)] = true;
    for (int row = 0; row < int(content.events.size()); ++row) {
        if (row % 4096 == 0 && givenUp())
            return TimelineData();
        if (!shown[size_t(row)])
            continue;
        const PolicyEventRecord &event = content.events.at(row);
        anyOther = anyOther || event.level == PolicyLevel::Other;
        if (event.date.isNull()) {
            ++data.undatedEvents;
            continue;
        }
        ++perYear[size_t(event.date.year())][size_t(event.level)];
        Entry entry;
        if (mode == LaneMode::Level) {
            entry.lane = laneOfLevel[size_t(event.level)];
        } else {
            entry.lane = regionOf(row, event.region.zh);
            ++regions[size_t(entry.lane)].count;
        }
        entry.eventId = event.id;
        entry.eventRow = row;
        entry.date = event.date;
        place(entry);
    }

    if (mode == LaneMode::Region) {
        std::vector<Region *> order;
        order.reserve(regions.size());
        for (Region &region : regions)
            order.push_back(&region);
        // Regions were met in report order: order is already by appearance.
        const auto byAppearance = [](const Region *a, const Region *b) { return a->firstRow < b->firstRow; };
        qsizetype ownLanes = qsizetype(order.size());
        if (ownLanes > maximumRegionLanes) {
            // The busiest keep a lane, in order of appearance; ties go to the one seen first.
            ownLanes = maximumRegionLanes - 1;
            std::stable_sort(order.begin(), order.end(),
                             [](const Region *a, const Region *b) { return a->count > b->count; });
            std::sort(order.begin(), order.begin() + ownLanes, byAppearance);
        }
        int sharing = 0;
        for (qsizetype i = 0; i < qsizetype(order.size()); ++i) {
            Region *region = order[size_t(i)];
            if (i < ownLanes) {
                region->lane = int(data.lanes.size());
                data.lanes.append(content.events.at(region->firstRow).region.text(language));
            } else {
                region->lane = int(ownLanes);
                ++sharing;
            }
        }
        if (sharing > 0)
            data.lanes.append(QCoreApplication::translate("TimelineData", "%n other region(s)", nullptr, sharing));
        for (Entry &entry : data.entries)
            entry.lane = regions[size_t(entry.lane)].lane;
    } else {
        for (PolicyLevel level : levelOrder) {
            // Central, provincial and municipal always have a lane so charts compare across filters.
            if (level != PolicyLevel::Other || anyOther)
                data.lanes.append(PolicyTableModel::levelName(level));
        }
    }
    data.foundingLane = int(data.lanes.size());
    data.lanes.append(foundingLaneName());

    for (size_t year = 0; year < perYear.size(); ++year) {
        const std::array<int, 4> &counts = perYear[year];
        if (std::all_of(counts.cbegin(), counts.cend(), [](int count) { return count == 0; }))
            continue;
        QMap<PolicyLevel, int> &levels = data.perYear[int(year)];
        for (PolicyLevel level : levelOrder) {
            if (const int count = counts[size_t(level)])
                levels.insert(level, count);
        }
    }
    for (int allianceIndex : alliances) {
        if (allianceIndex < 0 || allianceIndex >= content.alliances.size())
            continue;
        const AllianceRecord &alliance = content.alliances.at(allianceIndex);
        if (alliance.founded.isNull())
            continue;
        Entry entry;
        entry.lane = data.foundingLane;
        entry.allianceIndex = allianceIndex;
        entry.date = alliance.founded;
        place(entry);
    }
    if (givenUp())
        return TimelineData();
    data.centreCounts = countByCentre(data.entries);
    if (anyDated) {
        data.first = first.toDate();
        data.last = last.toDate();
    }
    return data;
}

QString TimelineData::label(const Entry &entry) const
{
    if (!content)
        return {};
    if (entry.eventRow >= 0 && entry.eventRow < content->events.size())
        return content->eventText(entry.eventRow).text(language);
    if (entry.allianceIndex >= 0 && entry.allianceIndex < content->alliances.size())
        return content->alliances.at(entry.allianceIndex).name.text(language);
    return {};
}
