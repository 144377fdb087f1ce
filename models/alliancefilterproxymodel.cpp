#include "alliancefilterproxymodel.h"

#include "alliancetreemodel.h"
#include "reportroles.h"
#include "reportsearch.h"

#include <QSet>

AllianceFilterProxyModel::AllianceFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setSortRole(ReportRoles::SortRole);
}

void AllianceFilterProxyModel::setSearch(ReportSearch *search)
{
    if (m_search)
        disconnect(m_search, nullptr, this, nullptr);
    m_search = search;
    if (m_search)
        connect(m_search, &ReportSearch::resultsChanged, this, &AllianceFilterProxyModel::refilter);
    refilter();
}

void AllianceFilterProxyModel::refilter()
{
    invalidateRowsFilter();
    emit filtersChanged();
}

bool AllianceFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_search || m_search->query().isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = AllianceTreeModel::NodeKind(index.data(ReportRoles::NodeKindRole).toInt());
    switch (kind) {
    case AllianceTreeModel::NodeKind::Alliance:
        return m_search->allianceMatches(index.data(ReportRoles::AllianceIndexRole).toInt());
    case AllianceTreeModel::NodeKind::Group:
    case AllianceTreeModel::NodeKind::Item:
        return m_search->query().matches(SearchQuery::fold(index.data(ReportRoles::FullTextRole).toString()));
    case AllianceTreeModel::NodeKind::Category:
        return false;
    }
    return false;
}

QList<int> AllianceFilterProxyModel::visibleAlliances() const
{
    QSet<int> seen;
    QList<int> alliances;
    QList<QModelIndex> pending = {QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < rowCount(parent); ++row) {
            const QModelIndex child = index(row, 0, parent);
            const auto kind = AllianceTreeModel::NodeKind(child.data(ReportRoles::NodeKindRole).toInt());
            if (kind == AllianceTreeModel::NodeKind::Group) {
                pending.append(child);
                continue;
            }
            const int alliance = child.data(ReportRoles::AllianceIndexRole).toInt();
            if (kind == AllianceTreeModel::NodeKind::Alliance && !seen.contains(alliance)) {
                seen.insert(alliance);
                alliances.append(alliance);
            }
        }
    }
    std::sort(alliances.begin(), alliances.end());
    return alliances;
}
