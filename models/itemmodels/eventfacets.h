#pragma once

#include "policylevel.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

// How many events the filter bar's choices would show: by level, region, year and edition.
struct EventFacets
{
    QMap<PolicyLevel, int> levels;
    QMap<QString, int> regions; // by Chinese region name
    QMap<int, int> years; // 0 counts undated events
    QMap<int, int> editions; // by year

    // From plain counts: by level, by region id (regionKeys names them), by year (0 to 9999) and
    // by edition rank (editionYears names them). Counts of zero are left out, except editions':
    // the edition box lists every edition.
    static EventFacets fromCounts(const std::array<int, 4> &perLevel, const std::vector<int> &perRegion,
                                  const QStringList &regionKeys, const std::vector<int> &perYear,
                                  const std::vector<int> &perEdition, const QList<int> &editionYears);
};
