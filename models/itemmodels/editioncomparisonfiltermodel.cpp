#include "editioncomparisonfiltermodel.h"

#include "reportroles.h"

EditionComparisonFilterModel::EditionComparisonFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void EditionComparisonFilterModel::setChange(std::optional<EditionMatcher::Change> change)
{
    if (m_change == change)
        return;
    // Qt 6.4 has no beginFilterChange(); invalidateRowsFilter() re-runs the row filter alone.
    m_change = change;
    invalidateRowsFilter();
}

bool EditionComparisonFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_change)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(ReportRoles::ChangeRole).toInt() == int(*m_change);
}
