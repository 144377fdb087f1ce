#include "policyfilterproxymodel.h"

#include "eventtextreader.h"
#include "jobtracker.h"
#include "policytablemodel.h"
#include "reportroles.h"
#include "reportsearch.h"
#include "textordercache.h"

#include <QCollator>
#include <QtAlgorithms>

#include <array>

#include <algorithm>
#include <limits>
#include <numeric>

namespace {

// By the collation of language, ties in report order; empty when cancelled, as the result then
// goes nowhere.
std::vector<int> ascendingTextOrder(const ReportContent &content, ContentLanguage language,
                                    const std::atomic_bool &cancelled)
{
    const int count = int(content.events.size());
    const QCollator collator(localeFor(language));
    std::vector<QCollatorSortKey> keys;
    keys.reserve(size_t(count));
    EventTextReader texts(content);
    for (int row = 0; row < count; ++row) {
        if (cancelled.load(std::memory_order_relaxed))
            return {};
        keys.push_back(collator.sortKey(texts.text(row).text(language)));
    }
    std::vector<int> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&keys](int a, int b) {
        const int compared = keys[size_t(a)].compare(keys[size_t(b)]);
        return compared != 0 ? compared < 0 : a < b;
    });
    return order;
}

// The order kept from an earlier opening of the same file, else, when compute is true, the one
// computed now, which is then kept; empty when neither.
std::vector<int> keptOrComputedTextOrder(const ReportContent &content, ContentLanguage language, bool compute,
                                         const std::atomic_bool &cancelled)
{
    const TextOrderCache cache(content, language);
    std::vector<int> order = cache.load();
    if (order.empty() && compute) {
        order = ascendingTextOrder(content, language, cancelled);
        if (!order.empty())
            cache.save(order);
    }
    return order;
}

} // namespace

PolicyFilterProxyModel::PolicyFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
    , m_index(PolicyTableIndex::build(ReportContent()))
    , m_textOrderJob(new JobTracker(JobTracker::Lane::Background, this))
{
}

void PolicyFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_table = qobject_cast<PolicyTableModel *>(sourceModel);
    Q_ASSERT_X(!sourceModel || m_table, "PolicyFilterProxyModel", "the source must be a PolicyTableModel");
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(sourceModel);
    if (m_table) {
        // The table only ever resets or changes data; row insertions are handled as resets.
        m_sourceConnections = {
            connect(m_table, &QAbstractItemModel::modelAboutToBeReset, this, &PolicyFilterProxyModel::beginResetModel),
            connect(m_table, &QAbstractItemModel::modelReset, this,
                    [this]() {
                        rebuild();
                        endResetModel();
                        emit filtersChanged();
                    }),
            connect(m_table, &QAbstractItemModel::rowsInserted, this, &PolicyFilterProxyModel::resetFromSource),
            connect(m_table, &QAbstractItemModel::rowsRemoved, this, &PolicyFilterProxyModel::resetFromSource),
            connect(m_table, &QAbstractItemModel::dataChanged, this, &PolicyFilterProxyModel::onSourceDataChanged),
            connect(m_table, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged),
        };
    }
    rebuild();
    endResetModel();
}

void PolicyFilterProxyModel::resetFromSource()
{
    beginResetModel();
    rebuild();
    endResetModel();
    emit filtersChanged();
}

// The part of a reset that reads the source: whatever was known of the old content goes.
void PolicyFilterProxyModel::rebuild()
{
    m_textOrderJob->cancel();
    m_textOrders.clear();
    m_index = m_table ? m_table->tableIndex() : PolicyTableIndex::build(ReportContent());
    // The edition filter narrows content of several editions: switched to one edition, it
    // would otherwise hide every row of it, or none, with nothing in the filter bar to show why.
    if (m_index->editionYears.size() < 2)
        m_edition = 0;
    if (textOrderMissing()) {
        // No order of this content was shown before: report order until the text order comes.
        m_order.resize(rowKeys().size());
        std::iota(m_order.begin(), m_order.end(), 0);
    } else {
        computeOrder();
    }
    prepareTextOrder();
    applyFilter();
    updateSorting();
}

void PolicyFilterProxyModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                                 const QList<int> &roles)
{
    const bool everything = topLeft.row() == 0 && bottomRight.row() == m_table->rowCount() - 1;
    if (everything && (roles.isEmpty() || roles.contains(Qt::DisplayRole))) {
        // A language switch: region and text orders change with the language.
        if (m_sortColumn == PolicyTableModel::RegionColumn || m_sortColumn == PolicyTableModel::TextColumn)
            reorder();
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), roles);
        return;
    }
    // Forward the change row by row range: related-event highlights touch a few rows.
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int proxyRow = proxyRowOf(row);
        if (proxyRow >= 0)
            emit dataChanged(index(proxyRow, topLeft.column()), index(proxyRow, bottomRight.column()), roles);
    }
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
    beginResetModel();
    applyFilter();
    endResetModel();
    emit filtersChanged();
}

void PolicyFilterProxyModel::setLevels(const QSet<PolicyLevel> &levels)
{
    unsigned mask = 0;
    for (PolicyLevel level : levels)
        mask |= 1u << unsigned(level);
    if (m_levelMask == mask)
        return;
    m_levelMask = mask;
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

void PolicyFilterProxyModel::setEditionFilter(int edition)
{
    if (m_edition == edition)
        return;
    m_edition = edition;
    refilter();
}

QSet<PolicyLevel> PolicyFilterProxyModel::levels() const
{
    QSet<PolicyLevel> levels;
    for (PolicyLevel level : PolicyLevels::all) {
        if (m_levelMask & (1u << unsigned(level)))
            levels.insert(level);
    }
    return levels;
}

bool PolicyFilterProxyModel::hasFilters() const
{
    return m_levelMask != 0 || !m_region.isEmpty() || m_yearFrom != 0 || m_yearTo != 0 || m_edition != 0;
}

void PolicyFilterProxyModel::clearFilters()
{
    if (!hasFilters())
        return;
    m_levelMask = 0;
    m_region.clear();
    m_yearFrom = m_yearTo = 0;
    m_edition = 0;
    refilter();
}

bool PolicyFilterProxyModel::yearAccepted(const RowKeys &keys) const
{
    if (m_yearFrom == 0 && m_yearTo == 0)
        return true;
    return keys.year != 0 && (m_yearFrom == 0 || keys.year >= m_yearFrom) && (m_yearTo == 0 || keys.year <= m_yearTo);
}

bool PolicyFilterProxyModel::textOrderMissing() const
{
    return m_sortColumn == PolicyTableModel::TextColumn && !rowKeys().empty()
        && m_textOrders.count(m_table->language()) == 0;
}

// Computes the text order of the language shown before anyone asks for it when a report arrives,
// where its collation keys fit in memory beside the rest (preparedTextOrderLimit); a larger
// report only reads the order kept from an earlier opening of its file (TextOrderCache), and
// computes it when it is sorted by text, as does another language. Not on a language switch:
// the job reads every text through the connection the table's painting reads its rows through,
// and the switch repaints the whole window (measured: the switch's stall doubled at 100 000
// events on a loaded machine).
void PolicyFilterProxyModel::prepareTextOrder()
{
    const ContentLanguage language = m_table ? m_table->language() : ContentLanguage::Chinese;
    if (rowKeys().empty() || m_textOrders.count(language) != 0)
        return;
    const bool compute = rowKeys().size() <= size_t(preparedTextOrderLimit) || textOrderMissing();
    // Sorting either way needs the same order: the job under way gives it, unless it only
    // reads a kept order and the order is now asked for.
    if (m_textOrderJob->isRunning() && m_textOrderJobLanguage == language && (m_textOrderJobComputes || !compute))
        return;
    m_textOrderJobLanguage = language;
    m_textOrderJobComputes = compute;
    m_textOrderJob->start(
        [content = m_table->content(), language, compute](const std::atomic_bool &cancelled) {
            return keptOrComputedTextOrder(*content, language, compute, cancelled);
        },
        [this, language](std::vector<int> order) {
            if (order.empty()) // nothing kept, and nobody asked for it
                return;
            m_textOrders[language] = std::move(order);
            // Only an order that someone is waiting for moves the rows.
            if (m_sortColumn == PolicyTableModel::TextColumn && m_table->language() == language)
                relayout();
            updateSorting();
        });
}

void PolicyFilterProxyModel::updateSorting()
{
    const bool sorting = textOrderMissing();
    if (m_sorting == sorting)
        return;
    m_sorting = sorting;
    emit sortingChanged(sorting);
}

// Sets m_order from the orders at hand; the text order must be (textOrderMissing() is false).
void PolicyFilterProxyModel::computeOrder()
{
    const size_t count = rowKeys().size();
    // Ascending order is computed, ties in report order; descending is exactly that read
    // backwards.
    size_t sortedCount = count;
    switch (count > 0 ? m_sortColumn : -1) {
    case PolicyTableModel::DateColumn:
        m_order = m_index->dateOrder;
        // Undated rows stay last in both directions, in report order.
        sortedCount = m_index->datedRowCount;
        break;
    case PolicyTableModel::LevelColumn:
        m_order.resize(count);
        countingSort([&keys = rowKeys()](int row) { return int(keys[size_t(row)].level); }, 4);
        break;
    case PolicyTableModel::RegionColumn:
        m_order.resize(count);
        countingSort([this](int row) { return m_table->regionRank(row); }, int(m_table->regionKeys().size()));
        break;
    case PolicyTableModel::TextColumn:
        m_order = m_textOrders.at(m_table->language());
        break;
    case PolicyTableModel::EditionColumn:
        m_order.resize(count);
        countingSort([this](int row) { return int(rowKeys()[size_t(row)].edition); },
                     int(m_table->editionYears().size()));
        break;
    default:
        m_order.resize(count);
        std::iota(m_order.begin(), m_order.end(), 0);
        return;
    }
    if (m_sortOrder == Qt::DescendingOrder)
        std::reverse(m_order.begin(), m_order.begin() + std::ptrdiff_t(sortedCount));
}

// Levels and regions have few distinct values: counting them orders a million rows in
// one pass, where a comparison sort takes a tenth of a second.
template<typename KeyOf>
void PolicyFilterProxyModel::countingSort(KeyOf keyOf, int keyCount)
{
    std::vector<int> starts(size_t(keyCount) + 1, 0);
    for (size_t row = 0; row < m_order.size(); ++row)
        ++starts[size_t(keyOf(int(row))) + 1];
    std::partial_sum(starts.begin(), starts.end(), starts.begin());
    for (size_t row = 0; row < m_order.size(); ++row)
        m_order[size_t(starts[size_t(keyOf(int(row)))]++)] = int(row);
}

// One pass in report order decides every row and counts the facets the filter bar shows
// beside the table; the rows shown are then read off in sort order. Deciding the rows in sort
// order read their keys at random, and the facets took a pass of their own after each filter.
void PolicyFilterProxyModel::applyFilter()
{
    // A region the table does not have gets -1, which no row has: it matches nothing.
    m_regionId = m_region.isEmpty() || !m_table ? -1 : m_table->regionIdOf(m_region);
    // Likewise an edition the table does not have: 255 is no row's rank.
    m_editionRank = m_edition == 0 || !m_table ? -1 : int(m_table->editionYears().indexOf(m_edition));
    if (m_edition != 0 && m_editionRank < 0)
        m_editionRank = 255;
    m_facets = Facets();
    const std::vector<RowKeys> &allKeys = rowKeys();
    const QBitArray matches = m_search ? m_search->matchedEvents() : QBitArray();
    const bool searching = !matches.isEmpty();
    if (m_table && !searching && !hasFilters()) {
        // Clearing everything shows every row, with the whole report's counts: counted when the
        // report was loaded, not in a pass on the GUI thread.
        m_facets = m_index->facets;
        m_accepted.assign(allKeys.size(), 1);
        m_acceptedCount = allKeys.size();
        collectShownRows();
        return;
    }
    m_accepted.assign(allKeys.size(), 0);
    m_acceptedCount = 0;
    if (!m_table) {
        collectShownRows();
        return;
    }
    // The loop runs once per row of the report on every keystroke, with plain arrays indexed by
    // level and region id: maps would cost an insertion per row.
    std::array<int, 4> perLevel = {};
    std::vector<int> perRegion(size_t(m_table->regionKeys().size()), 0);
    std::vector<int> perYear(10000, 0); // ReportDate years run from 0 (undated) to 9999
    std::vector<int> perEdition(size_t(m_table->editionYears().size()), 0);
    for (size_t row = 0; row < allKeys.size(); ++row) {
        if (searching && !matches.testBit(qsizetype(row)))
            continue;
        const RowKeys &keys = allKeys[row];
        const bool level = levelAccepted(keys);
        const bool region = regionAccepted(keys);
        const bool year = yearAccepted(keys);
        const bool edition = editionAccepted(keys);
        // Each facet counts the rows every other filter lets through.
        if (region && year && edition)
            ++perLevel[keys.level];
        if (level && year && edition)
            ++perRegion[size_t(keys.region)];
        if (level && region && edition)
            ++perYear[keys.year];
        if (level && region && year)
            ++perEdition[keys.edition];
        if (level && region && year && edition) {
            m_accepted[row] = 1;
            ++m_acceptedCount;
        }
    }
    m_facets
        = Facets::fromCounts(perLevel, perRegion, m_table->regionKeys(), perYear, perEdition, m_table->editionYears());
    collectShownRows();
}

void PolicyFilterProxyModel::collectShownRows()
{
    m_proxyRowOf.clear();
    m_scansSinceChange = 0;
    if (m_acceptedCount == m_order.size()) {
        m_rows = m_order;
        return;
    }
    m_rows.clear();
    m_rows.reserve(m_acceptedCount);
    for (int sourceRow : m_order) {
        if (m_accepted[size_t(sourceRow)])
            m_rows.push_back(sourceRow);
    }
}

int PolicyFilterProxyModel::proxyRowOf(int sourceRow) const
{
    // Built when lookups keep coming (the rows of related events highlighted) rather than with
    // every filter: the map costs a random write per shown row, and most changes are followed by
    // a lookup or two (the current row restored, persistent indexes moved), for which scanning
    // the shown rows costs a fraction of that.
    if (m_proxyRowOf.empty() && (m_scansSinceChange < scansBeforeMap || m_rows.empty())) {
        ++m_scansSinceChange;
        const auto shown = std::find(m_rows.cbegin(), m_rows.cend(), sourceRow);
        return shown == m_rows.cend() ? -1 : int(shown - m_rows.cbegin());
    }
    if (m_proxyRowOf.empty()) {
        m_proxyRowOf.assign(rowKeys().size(), -1);
        for (size_t row = 0; row < m_rows.size(); ++row)
            m_proxyRowOf[size_t(m_rows[row])] = int(row);
    }
    return m_proxyRowOf[size_t(sourceRow)];
}

void PolicyFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder && !m_order.empty())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reorder();
}

void PolicyFilterProxyModel::sortNow(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    if (textOrderMissing()) {
        const std::atomic_bool never(false);
        const ContentLanguage language = m_table->language();
        m_textOrders[language] = keptOrComputedTextOrder(*m_table->content(), language, true, never);
    }
    reorder();
}

// Shows the order of the sort column: at once when it is at hand, else once computed.
void PolicyFilterProxyModel::reorder()
{
    if (textOrderMissing()) {
        prepareTextOrder();
        updateSorting();
        return;
    }
    relayout();
    updateSorting();
}

// Puts the rows in the sort column's order; persistent indexes (a view's selection and
// current row) move with their rows.
void PolicyFilterProxyModel::relayout()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    for (const QModelIndex &index : before)
        sourceRows.append(m_rows[size_t(index.row())]);
    computeOrder();
    collectShownRows();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = proxyRowOf(sourceRows.at(i));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QModelIndex PolicyFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex PolicyFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

int PolicyFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PolicyFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : m_table->columnCount();
}

QModelIndex PolicyFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_table || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= rowCount())
        return {};
    return m_table->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QVariant PolicyFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && m_table)
        return m_table->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}

QModelIndex PolicyFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_table || !sourceIndex.isValid() || sourceIndex.model() != m_table
        || size_t(sourceIndex.row()) >= rowKeys().size())
        return {};
    const int row = proxyRowOf(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}
