#include "timelinedata.h"

#include "policytablemodel.h"
#include "reportroles.h"

#include <QAbstractItemModel>
#include <QCoreApplication>

namespace {

QString foundingLaneName()
{
    return QCoreApplication::translate("TimelineData", "Alliance foundings");
}

} // namespace

TimelineData TimelineData::build(const QAbstractItemModel &events, const ReportContent &content,
                                 const QList<int> &alliances, LaneMode mode, ContentLanguage language)
{
    TimelineData data;
    const QLocale locale = localeFor(language);
    const QList<PolicyLevel> levelOrder = {PolicyLevel::Central, PolicyLevel::Provincial, PolicyLevel::Municipal,
                                           PolicyLevel::Other};
    QList<PolicyLevel> levelsPresent;
    QHash<QString, int> regionLanes;
    for (int row = 0; row < events.rowCount(); ++row) {
        const QModelIndex index = events.index(row, PolicyTableModel::TextColumn);
        const auto level = PolicyLevel(index.data(ReportRoles::LevelRole).toInt());
        if (!levelsPresent.contains(level))
            levelsPresent.append(level);
        if (mode == LaneMode::Region) {
            const QString region = index.data(ReportRoles::RegionRole).toString();
            if (!regionLanes.contains(region)) {
                regionLanes.insert(region, int(data.lanes.size()));
                data.lanes.append(events.index(row, PolicyTableModel::RegionColumn).data().toString());
            }
        }
    }
    if (mode == LaneMode::Level) {
        for (PolicyLevel level : levelOrder) {
            // Central, provincial and municipal always have a lane so charts compare across filters.
            if (level != PolicyLevel::Other || levelsPresent.contains(level))
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

    for (int row = 0; row < events.rowCount(); ++row) {
        const QModelIndex index = events.index(row, PolicyTableModel::TextColumn);
        const ReportDate date = index.data(ReportRoles::DateRole).value<ReportDate>();
        const auto level = PolicyLevel(index.data(ReportRoles::LevelRole).toInt());
        if (date.isNull()) {
            ++data.undatedEvents;
            continue;
        }
        ++data.perYear[date.year()][level];
        Entry entry;
        entry.lane = mode == LaneMode::Level ? int(levelOrder.indexOf(level))
                                             : regionLanes.value(index.data(ReportRoles::RegionRole).toString());
        entry.start = date.earliest();
        entry.end = date.latest();
        entry.precision = date.precision();
        entry.eventId = index.data(ReportRoles::EventIdRole).toInt();
        entry.label = index.data(ReportRoles::FullTextRole).toString();
        entry.dateText = date.toDisplayString(locale);
        extend(entry.start, entry.end);
        data.entries.append(entry);
    }
    for (int allianceIndex : alliances) {
        if (allianceIndex < 0 || allianceIndex >= content.alliances.size())
            continue;
        const AllianceRecord &alliance = content.alliances.at(allianceIndex);
        if (alliance.founded.isNull())
            continue;
        Entry entry;
        entry.lane = data.foundingLane;
        entry.start = alliance.founded.earliest();
        entry.end = alliance.founded.latest();
        entry.precision = alliance.founded.precision();
        entry.allianceIndex = allianceIndex;
        entry.label = alliance.name.text(language);
        entry.dateText = alliance.founded.toDisplayString(locale);
        extend(entry.start, entry.end);
        data.entries.append(entry);
    }
    return data;
}
