#pragma once

#include "reportcontent.h"
#include "searchquery.h"

#include <QBitArray>
#include <QString>
#include <QStringList>

#include <atomic>

// The folded text of every event and alliance, both languages side by side, built once per
// report so each keystroke only scans.
class SearchIndex
{
public:
    // Returns false when cancelled before it finished.
    bool build(const ReportContent &content, const std::atomic_bool &cancelled);

    // Returns false when cancelled; the bit arrays are then incomplete.
    bool match(const SearchQuery &query, QBitArray *events, QBitArray *alliances,
               const std::atomic_bool &cancelled) const;

    bool isBuilt() const { return m_built; }

private:
    QStringList m_events;
    QStringList m_alliances;
    bool m_built = false;
};
