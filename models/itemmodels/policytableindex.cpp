#include "policytableindex.h"

#include <QHash>

#include <QtAlgorithms>
#include <array>

#include <algorithm>
#include <limits>
#include <numeric>

QSharedPointer<const PolicyTableIndex> PolicyTableIndex::build(const ReportContent &content)
{
    auto index = QSharedPointer<PolicyTableIndex>::create();
    const qsizetype count = content.events.size();
    index->rowKeys.resize(size_t(count));
    index->rowById.reserve(size_t(count));
    // Dates are read in the same pass: at a million events, a pass over the records costs
    // more than sorting their keys.
    std::vector<qint64> dateKeys(static_cast<size_t>(count));
    index->editionYears = content.editionYears();
    QHash<QString, int> regionIds;
    // Loaders share one string per region name, so most rows are found by the address of
    // their name before the name itself is hashed and compared.
    QHash<const QChar *, int> regionIdsByStorage;
    for (qsizetype row = 0; row < count; ++row) {
        const PolicyEventRecord &event = content.events.at(row);
        index->rowById.emplace_back(event.id, int(row));
        auto shared = regionIdsByStorage.constFind(event.region.zh.constData());
        if (shared == regionIdsByStorage.cend()) {
            auto region = regionIds.constFind(event.region.zh);
            if (region == regionIds.cend()) {
                region = regionIds.insert(event.region.zh, int(index->regionKeys.size()));
                index->regionKeys.append(event.region.zh);
                index->regionFirstRow.push_back(int(row));
            }
            shared = regionIdsByStorage.insert(event.region.zh.constData(), *region);
        }
        const quint8 edition = quint8(std::max(0, int(index->editionYears.indexOf(event.edition))));
        index->rowKeys[size_t(row)] = {*shared, quint16(event.date.year()), quint8(event.level), edition};
        dateKeys[size_t(row)] = event.date.sortKey();
    }
    // Reports list their events by id, so this is usually a check that they are sorted.
    if (!std::is_sorted(index->rowById.cbegin(), index->rowById.cend()))
        std::sort(index->rowById.begin(), index->rowById.end());
    index->computeDateOrder(dateKeys);
    index->countFacets();
    return index;
}

void PolicyTableIndex::countFacets()
{
    std::array<int, 4> perLevel = {};
    std::vector<int> perRegion(size_t(regionKeys.size()), 0);
    std::vector<int> perYear(10000, 0);
    std::vector<int> perEdition(size_t(editionYears.size()), 0);
    for (const RowKeys &keys : rowKeys) {
        ++perLevel[keys.level];
        ++perRegion[size_t(keys.region)];
        ++perYear[keys.year];
        if (keys.edition < perEdition.size())
            ++perEdition[keys.edition];
    }
    facets = EventFacets::fromCounts(perLevel, perRegion, regionKeys, perYear, perEdition, editionYears);
}

int PolicyTableIndex::rowForEventId(int id) const
{
    const auto found = std::lower_bound(rowById.cbegin(), rowById.cend(), std::make_pair(id, 0));
    return found != rowById.cend() && found->first == id ? found->second : -1;
}

// A stable radix sort on the dates' keys, where a comparison sort of a million dates took 70 ms
// of the GUI thread: date is the default order, computed for every new content. Valid dates' keys span
// less than 2^25: two passes at most, with digits of up to 13 bits, whose counters stay in
// the cache.
void PolicyTableIndex::computeDateOrder(const std::vector<qint64> &keys)
{
    const size_t count = keys.size();
    std::vector<quint64> dated; // key << 32 | row
    dated.reserve(count);
    std::vector<int> undated;
    quint64 smallest = std::numeric_limits<quint64>::max();
    quint64 largest = 0;
    for (size_t row = 0; row < count; ++row) {
        const quint64 key = quint64(keys[row]);
        if (key == 0) {
            undated.push_back(int(row));
            continue;
        }
        Q_ASSERT(key < (quint64(1) << 32));
        smallest = std::min(smallest, key);
        largest = std::max(largest, key);
        dated.push_back(key << 32 | row);
    }
    const quint64 span = dated.empty() ? 0 : largest - smallest;
    const unsigned spanBits = span == 0 ? 0 : 64 - unsigned(qCountLeadingZeroBits(span));
    constexpr unsigned maxDigitBits = 13;
    const unsigned passes = (spanBits + maxDigitBits - 1) / maxDigitBits;
    const unsigned digitBits = passes == 0 ? 0 : (spanBits + passes - 1) / passes;
    const size_t digitMask = (size_t(1) << digitBits) - 1;
    std::vector<quint64> scattered(dated.size());
    std::vector<size_t> starts(digitMask + 2);
    for (unsigned shift = 0; shift < passes * digitBits; shift += digitBits) {
        const auto digitOf = [smallest, shift, digitMask](quint64 packed) {
            return size_t(((packed >> 32) - smallest) >> shift) & digitMask;
        };
        std::fill(starts.begin(), starts.end(), 0);
        for (quint64 packed : dated)
            ++starts[digitOf(packed) + 1];
        std::partial_sum(starts.begin(), starts.end(), starts.begin());
        for (quint64 packed : dated)
            scattered[starts[digitOf(packed)]++] = packed;
        dated.swap(scattered);
    }
    dateOrder.resize(count);
    const auto end = std::transform(dated.cbegin(), dated.cend(), dateOrder.begin(),
                                    [](quint64 packed) { return int(packed & 0xffffffffu); });
    std::copy(undated.cbegin(), undated.cend(), end);
    datedRowCount = dated.size();
}
