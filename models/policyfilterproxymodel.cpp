#include "policyfilterproxymodel.h"

#include "policytablemodel.h"
#include "reportroles.h"
#include "reportsearch.h"

PolicyFilterProxyModel::PolicyFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ReportRoles::SortRole);
    setDynamicSortFilter(true);
}

void PolicyFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_table = qobject_cast<PolicyTableModel *>(sourceModel);
    Q_ASSERT_X(!sourceModel || m_table, "PolicyFilterProxyModel", "the source must be a PolicyTableModel");
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void PolicyFilterProxyModel::setSearch(ReportSearch *search)
{
    if (m_search)
        disconnect(m_search, nullptr, this, nullptr);
    m_search = search;
    if (m_search)
        connect(m_search, &ReportSearch::resultsChanged, this, &PolicyFilterProxyModel::refilter);
    refilter();
}

void PolicyFilterProxyModel::refilter()
{
    invalidateRowsFilter();
    emit filtersChanged();
}

void PolicyFilterProxyModel::setLevels(const QSet<PolicyLevel> &levels)
{
    if (m_levels == levels)
        return;
    m_levels = levels;
    refilter();
}

void PolicyFilterProxyModel::setRegion(const QString &regionZh)
{
    if (m_region == regionZh)
        return;
    m_region = regionZh;
    refilter();
}

void PolicyFilterProxyModel::setYearRange(int from, int to)
{
    if (from > to && to != 0)
        std::swap(from, to);
    if (m_yearFrom == from && m_yearTo == to)
        return;
    m_yearFrom = from;
    m_yearTo = to;
    refilter();
}

bool PolicyFilterProxyModel::hasFilters() const
{
    return !m_levels.isEmpty() || !m_region.isEmpty() || m_yearFrom != 0 || m_yearTo != 0;
}

void PolicyFilterProxyModel::clearFilters()
{
    if (!hasFilters())
        return;
    m_levels.clear();
    m_region.clear();
    m_yearFrom = m_yearTo = 0;
    refilter();
}

bool PolicyFilterProxyModel::accepts(int sourceRow, Facet ignored) const
{
    if (!m_table)
        return true;
    if (m_search && !m_search->eventMatches(sourceRow))
        return false;
    const PolicyEventRecord &event = m_table->event(sourceRow);
    if (ignored != Facet::Level && !m_levels.isEmpty() && !m_levels.contains(event.level))
        return false;
    if (ignored != Facet::Region && !m_region.isEmpty() && event.region.zh != m_region)
        return false;
    if (ignored != Facet::Year && (m_yearFrom != 0 || m_yearTo != 0)) {
        const int year = event.date.year();
        if (year == 0 || (m_yearFrom != 0 && year < m_yearFrom) || (m_yearTo != 0 && year > m_yearTo))
            return false;
    }
    return true;
}

bool PolicyFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && accepts(sourceRow, Facet::None);
}

bool PolicyFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == PolicyTableModel::DateColumn && m_table) {
        const ReportDate &a = m_table->event(left.row()).date;
        const ReportDate &b = m_table->event(right.row()).date;
        // Descending order asks lessThan(right, left): answering "undated is less" there keeps
        // undated events at the bottom in both directions.
        if (a.isNull() != b.isNull())
            return sortOrder() == Qt::AscendingOrder ? b.isNull() : a.isNull();
        if (a.sortKey() != b.sortKey())
            return a.sortKey() < b.sortKey();
        return m_table->event(left.row()).id < m_table->event(right.row()).id;
    }
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

QMap<PolicyLevel, int> PolicyFilterProxyModel::levelCounts() const
{
    QMap<PolicyLevel, int> counts;
    for (int row = 0; m_table && row < m_table->rowCount(); ++row) {
        if (accepts(row, Facet::Level))
            ++counts[m_table->event(row).level];
    }
    return counts;
}

QMap<QString, int> PolicyFilterProxyModel::regionCounts() const
{
    QMap<QString, int> counts;
    for (int row = 0; m_table && row < m_table->rowCount(); ++row) {
        if (accepts(row, Facet::Region))
            ++counts[m_table->event(row).region.zh];
    }
    return counts;
}

QMap<int, int> PolicyFilterProxyModel::yearCounts() const
{
    QMap<int, int> counts;
    for (int row = 0; m_table && row < m_table->rowCount(); ++row) {
        if (accepts(row, Facet::Year))
            ++counts[m_table->event(row).date.year()];
    }
    return counts;
}
