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

qreal middleOf(const QDate &start, const QDate &end)
{
    const qreal from = start.year() + (start.dayOfYear() - 1) / qreal(start.daysInYear());
    const qreal to = end.year() + end.dayOfYear() / qreal(end.daysInYear());
    return (from + to) / 2;
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
                                 ContentLanguage language)
{
    TimelineData data;
    data.content = contentPointer;
    data.language = language;
    const ReportContent &content = *contentPointer;
    const QList<PolicyLevel> levelOrder(std::begin(PolicyLevels::all), std::end(PolicyLevels::all));
    bool anyOther = false;
    // Regions in order of first appearance, each with its dated events; regions whose events
    // are all undated get no lane: it would stay empty.
    struct Region
    {
        int firstRow = 0;
        int count = 0;
        int lane = 0;
    };
    QHash<QString, Region> regions;
    for (int row : rows) {
        const PolicyEventRecord &event = content.events.at(row);
        anyOther = anyOther || event.level == PolicyLevel::Other;
        if (mode == LaneMode::Region && !event.date.isNull()) {
            auto region = regions.find(event.region.zh);
            if (region == regions.end())
                region = regions.insert(event.region.zh, Region{row, 0, 0});
            ++region->count;
        }
    }
    if (mode == LaneMode::Region) {
        std::vector<std::pair<QString, Region *>> order;
        order.reserve(size_t(regions.size()));
        for (auto it = regions.begin(); it != regions.end(); ++it)
            order.emplace_back(it.key(), &it.value());
        const auto byAppearance = [](const auto &a, const auto &b) { return a.second->firstRow < b.second->firstRow; };
        std::sort(order.begin(), order.end(), byAppearance);
        qsizetype ownLanes = qsizetype(order.size());
        if (ownLanes > maximumRegionLanes) {
            // The busiest keep a lane, in order of appearance; ties go to the one seen first.
            ownLanes = maximumRegionLanes - 1;
            std::stable_sort(order.begin(), order.end(),
                             [](const auto &a, const auto &b) { return a.second->count > b.second->count; });
            std::sort(order.begin(), order.begin() + ownLanes, byAppearance);
        }
        int sharing = 0;
        for (qsizetype i = 0; i < qsizetype(order.size()); ++i) {
            Region *region = order[size_t(i)].second;
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
    }
    if (mode == LaneMode::Level) {
        for (PolicyLevel level : levelOrder) {
            // Central, provincial and municipal always have a lane so charts compare across filters.
            if (level != PolicyLevel::Other || anyOther)
                data.lanes.append(PolicyTableModel::levelName(level));
        }
    }
    data.foundingLane = int(data.lanes.size());
    data.lanes.append(foundingLaneName());

    auto extend = [&data](const QDate &start, const QDate &end) {
        if (!data.first.isValid() || start < data.first)
            data.first = start;
        if (!data.last.isValid() || end > data.last)
            data.last = end;
    };

    data.entries.reserve(qsizetype(rows.size()));
    // Counted in a hash, then moved into the ordered map: a map insertion per event is slow
    // with a million events.
    QHash<int, std::array<int, 4>> perYear;
    for (int row : rows) {
        const PolicyEventRecord &event = content.events.at(row);
        if (event.date.isNull()) {
            ++data.undatedEvents;
            continue;
        }
        ++perYear[event.date.year()][size_t(event.level)];
        Entry entry;
        entry.lane
            = mode == LaneMode::Level ? int(levelOrder.indexOf(event.level)) : regions.value(event.region.zh).lane;
        entry.eventId = event.id;
        entry.eventRow = row;
        entry.date = event.date;
        const QDate start = entry.date.earliest();
        const QDate end = entry.date.latest();
        entry.middle = middleOf(start, end);
        extend(start, end);
        data.entries.append(entry);
    }
    for (auto it = perYear.cbegin(); it != perYear.cend(); ++it) {
        QMap<PolicyLevel, int> &levels = data.perYear[it.key()];
        for (PolicyLevel level : levelOrder) {
            if (const int count = it.value()[size_t(level)])
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
        const QDate start = entry.date.earliest();
        const QDate end = entry.date.latest();
        entry.middle = middleOf(start, end);
        extend(start, end);
        data.entries.append(entry);
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
