#pragma once

#include "policylevel.h"

#include <QMap>
#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>

class PolicyTableModel;
class ReportSearch;

// Filters the policy table by the search results, the level, the region and a year range,
// and sorts dates by precision: earliest possible day first, coarser precision first on ties,
// undated events last whichever way the column is sorted.
class PolicyFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PolicyFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void setSearch(ReportSearch *search);

    void setLevels(const QSet<PolicyLevel> &levels); // empty: every level
    QSet<PolicyLevel> levels() const { return m_levels; }
    void setRegion(const QString &regionZh);         // empty: every region
    QString region() const { return m_region; }
    void setYearRange(int from, int to);             // 0, 0: no year filter (undated shown)
    int yearFrom() const { return m_yearFrom; }
    int yearTo() const { return m_yearTo; }
    bool hasFilters() const;
    void clearFilters();

    // Facet counts: events that pass the search and every filter except the facet's own.
    QMap<PolicyLevel, int> levelCounts() const;
    QMap<QString, int> regionCounts() const;
    QMap<int, int> yearCounts() const; // 0 counts undated events

signals:
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    enum class Facet { None, Level, Region, Year };
    bool accepts(int sourceRow, Facet ignored) const;
    void refilter();

    PolicyTableModel *m_table = nullptr;
    QPointer<ReportSearch> m_search;
    QSet<PolicyLevel> m_levels;
    QString m_region;
    int m_yearFrom = 0;
    int m_yearTo = 0;
};
