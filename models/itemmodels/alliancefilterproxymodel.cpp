#include "alliancefilterproxymodel.h"

#include "alliancetreemodel.h"
#include "reportroles.h"
#include "reportsearch.h"

#include <algorithm>

AllianceFilterProxyModel::AllianceFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ReportRoles::SortRole);
}

void AllianceFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (m_tree)
        disconnect(m_tree, nullptr, this, nullptr);
    m_tree = qobject_cast<AllianceTreeModel *>(sourceModel);
    Q_ASSERT_X(!sourceModel || m_tree, "AllianceFilterProxyModel", "the source must be an AllianceTreeModel");
    // Before the base class connects its own handlers: the cached answers describe nodes
    // that a reset replaces, and the re-filter that follows the reset must not see them.
    if (m_tree)
        connect(m_tree, &QAbstractItemModel::modelAboutToBeReset, this, &AllianceFilterProxyModel::forgetResults);
    forgetResults();
    QSortFilterProxyModel::setSourceModel(sourceModel);
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

void AllianceFilterProxyModel::forgetResults()
{
    m_groupLabelMatches.clear();
    m_visibleAlliances.reset();
}

void AllianceFilterProxyModel::refilter()
{
    forgetResults();
    invalidateRowsFilter();
    emit filtersChanged();
}

bool AllianceFilterProxyModel::searching() const
{
    return m_tree && m_search && !m_search->query().isEmpty();
}

bool AllianceFilterProxyModel::groupLabelMatches(const QModelIndex &group) const
{
    auto known = m_groupLabelMatches.constFind(group.internalId());
    if (known == m_groupLabelMatches.cend()) {
        const QString label = group.data(ReportRoles::FullTextRole).toString();
        known = m_groupLabelMatches.insert(group.internalId(), m_search->query().matches(SearchQuery::fold(label)));
    }
    return *known;
}

bool AllianceFilterProxyModel::groupAccepted(const QModelIndex &group) const
{
    if (groupLabelMatches(group))
        return true;
    const int alliances = m_tree->rowCount(group);
    for (int row = 0; row < alliances; ++row) {
        if (m_search->allianceMatches(m_tree->allianceIndex(m_tree->index(row, 0, group))))
            return true;
    }
    return false;
}

bool AllianceFilterProxyModel::allianceAccepted(const QModelIndex &alliance) const
{
    if (m_search->allianceMatches(m_tree->allianceIndex(alliance)))
        return true;
    const QModelIndex group = alliance.parent();
    return group.isValid() && groupLabelMatches(group);
}

bool AllianceFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!searching())
        return true;
    const QModelIndex index = m_tree->index(sourceRow, 0, sourceParent);
    switch (m_tree->nodeKind(index)) {
    case AllianceTreeModel::NodeKind::Group:
        return groupAccepted(index);
    case AllianceTreeModel::NodeKind::Alliance:
        return allianceAccepted(index);
    case AllianceTreeModel::NodeKind::Category:
    case AllianceTreeModel::NodeKind::Item:
        // Only asked once the alliance above them was accepted: shown whole.
        return true;
    }
    return false;
}

// The base class maps a parent's children to answer this, which the tree view asks of
// every row it lays out: ten thousand mappings a keystroke. Here every shown row with
// children in the source keeps at least one: a group is only shown with one of its
// alliances, and an alliance is shown whole.
bool AllianceFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    const QModelIndex sourceParent = mapToSource(parent);
    if (parent.isValid() && !sourceParent.isValid())
        return false;
    if (!parent.isValid())
        return rowCount() > 0;
    return sourceModel()->hasChildren(sourceParent);
}

QList<int> AllianceFilterProxyModel::visibleAlliances() const
{
    if (m_visibleAlliances)
        return *m_visibleAlliances;
    QList<int> &alliances = m_visibleAlliances.emplace();
    if (!m_tree)
        return alliances;
    // Asked of the source rather than walked through the proxy, which would map every group.
    auto add = [&](const QModelIndex &alliance) {
        if (!searching() || allianceAccepted(alliance))
            alliances.append(m_tree->allianceIndex(alliance));
    };
    for (int row = 0; row < m_tree->rowCount(); ++row) {
        const QModelIndex top = m_tree->index(row, 0);
        if (m_tree->nodeKind(top) != AllianceTreeModel::NodeKind::Group) {
            add(top);
            continue;
        }
        for (int member = 0; member < m_tree->rowCount(top); ++member)
            add(m_tree->index(member, 0, top));
    }
    std::sort(alliances.begin(), alliances.end());
    alliances.erase(std::unique(alliances.begin(), alliances.end()), alliances.end());
    return alliances;
}
