#include "eventfacets.h"

EventFacets EventFacets::fromCounts(const std::array<int, 4> &perLevel, const std::vector<int> &perRegion,
                                    const QStringList &regionKeys, const std::vector<int> &perYear,
                                    const std::vector<int> &perEdition, const QList<int> &editionYears)
{
    EventFacets facets;
    for (size_t level = 0; level < perLevel.size(); ++level) {
        if (perLevel[level] > 0)
            facets.levels.insert(PolicyLevel(level), perLevel[level]);
    }
    for (size_t id = 0; id < perRegion.size(); ++id) {
        if (perRegion[id] > 0)
            facets.regions.insert(regionKeys.at(qsizetype(id)), perRegion[id]);
    }
    for (size_t year = 0; year < perYear.size(); ++year) {
        if (perYear[year] > 0)
            facets.years.insert(int(year), perYear[year]);
    }
    for (size_t rank = 0; rank < perEdition.size(); ++rank)
        facets.editions.insert(editionYears.at(qsizetype(rank)), perEdition[rank]);
    return facets;
}
