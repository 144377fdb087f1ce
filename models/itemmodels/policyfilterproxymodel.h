#pragma once

#include "contentlanguage.h"
#include "eventfacets.h"
#include "policyeventrecord.h"
#include "policylevel.h"
#include "policytableindex.h"

#include <QAbstractProxyModel>
#include <QMap>
#include <QPointer>
#include <QSet>

#include <map>
#include <vector>

class JobTracker;
class PolicyTableModel;
class ReportSearch;

// Filters the policy table by the search results, the level, the region, a year range and,
// for content of several editions, the edition, and sorts it; dates sort by precision: earliest possible day first,
// coarser precision first on ties, undated events last whichever way the column is sorted.
//
// Written for reports of a million events rather than on QSortFilterProxyModel: the order of
// the current sort column is computed once, and a new search or filter only walks that order
// (linear, no re-sorting, one model reset instead of thousands of row removals).
//
// Sorting by text reads and collates every event's text, seconds at a million events: that
// order is computed on a worker, as soon as a content arrives where it fits in memory, and is
// kept per language until the content changes, so that sorting back and forth
// is instant; a report read from a file also keeps it in the user's cache folder for the next
// opening (TextOrderCache). Sorted by text before it is at hand, the rows stay in their
// previous order until it arrives.
class PolicyFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit PolicyFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void setSearch(ReportSearch *search);
    PolicyTableModel *table() const { return m_table; }

    void setLevels(const QSet<PolicyLevel> &levels); // empty: every level
    QSet<PolicyLevel> levels() const;
    void setRegion(const QString &regionZh); // empty: every region
    QString region() const { return m_region; }
    void setYearRange(int from, int to); // 0, 0: no year filter (undated shown)
    int yearFrom() const { return m_yearFrom; }
    int yearTo() const { return m_yearTo; }
    // A year of the table's editions; 0: every edition. Dropped by content of one edition.
    void setEditionFilter(int edition);
    int editionFilter() const { return m_edition; }
    bool hasFilters() const;
    void clearFilters();

    // Facet counts: events that pass the search and every filter except the facet's own.
    using Facets = EventFacets;
    // Counted by the filter's own pass over the table: the filter bar shows them after every
    // change of the search or the filters.
    const Facets &facets() const { return m_facets; }
    QMap<PolicyLevel, int> levelCounts() const { return facets().levels; }
    QMap<QString, int> regionCounts() const { return facets().regions; }
    QMap<int, int> yearCounts() const { return facets().years; }

    // Up to this many events, the text order of the language shown is computed as soon as a
    // content arrives, so that a first sort by text takes effect at once. Its
    // collation keys take about 190 bytes an event while it is computed: at a million events,
    // more than the memory the explorer is allowed beside the report.
    static constexpr int preparedTextOrderLimit = 250'000;

    // Takes effect at once, except for a text order not computed yet: isSorting() until it is.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // As sort(), but a text order is computed on the calling thread: for the command line, which
    // has no event loop to deliver it.
    void sortNow(int column, Qt::SortOrder order);
    // The order of the sort column is being computed; the rows shown keep the previous order.
    bool isSorting() const { return m_sorting; }
    int sortColumn() const { return m_sortColumn; } // -1 before the first sort()
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The source rows shown, in display order.
    const std::vector<int> &sourceRows() const { return m_rows; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    // The table's own: columns map one to one, even with no row shown to map through.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void filtersChanged();
    void sortingChanged(bool sorting);

private:
    using RowKeys = PolicyTableIndex::RowKeys;
    const std::vector<RowKeys> &rowKeys() const { return m_index->rowKeys; }
    bool levelAccepted(const RowKeys &keys) const { return m_levelMask == 0 || m_levelMask & (1u << keys.level); }
    bool regionAccepted(const RowKeys &keys) const { return m_region.isEmpty() || keys.region == m_regionId; }
    bool yearAccepted(const RowKeys &keys) const;
    bool editionAccepted(const RowKeys &keys) const { return m_editionRank < 0 || keys.edition == m_editionRank; }
    bool textOrderMissing() const;
    void prepareTextOrder();
    void updateSorting();
    void computeOrder();
    template<typename KeyOf>
    void countingSort(KeyOf keyOf, int keyCount);
    void applyFilter();
    void collectShownRows(); // m_order's accepted rows
    int proxyRowOf(int sourceRow) const; // -1 when filtered out
    void reorder();
    void relayout();
    void refilter();
    void rebuild();
    void resetFromSource();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    PolicyTableModel *m_table = nullptr;
    QPointer<ReportSearch> m_search;
    unsigned m_levelMask = 0; // a bit per PolicyLevel shown; 0: every level
    QString m_region;
    int m_regionId = -1; // of m_region in the table; -1 when no region is chosen
    int m_yearFrom = 0;
    int m_yearTo = 0;
    int m_edition = 0;
    int m_editionRank = -1; // of m_edition in the table; -1 when no edition is chosen
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // The table's row keys and its order by date; empty without a table.
    QSharedPointer<const PolicyTableIndex> m_index;
    // Ascending orders of the content by text, per language.
    std::map<ContentLanguage, std::vector<int>> m_textOrders;
    JobTracker *m_textOrderJob = nullptr;
    ContentLanguage m_textOrderJobLanguage = ContentLanguage::Chinese; // while the job runs
    bool m_textOrderJobComputes = false; // else it only reads a kept order
    bool m_sorting = false; // sorted by text, whose order is not at hand yet
    std::vector<int> m_order; // every source row, in sort order
    std::vector<quint8> m_accepted; // by source row: 1 when it passes the search and every filter
    size_t m_acceptedCount = 0;
    std::vector<int> m_rows; // the rows shown: m_order filtered
    mutable std::vector<int> m_proxyRowOf; // source row → proxy row; empty until asked for
    // Lookups answered by scanning m_rows since it changed; the map is built after that many.
    static constexpr int scansBeforeMap = 4;
    mutable int m_scansSinceChange = 0;
    Facets m_facets; // of the current search and filters
    QList<QMetaObject::Connection> m_sourceConnections;
};
