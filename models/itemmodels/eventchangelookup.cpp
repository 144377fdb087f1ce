#include "eventchangelookup.h"

EventChangeLookup::EventChangeLookup(const EditionComparison &comparison)
    : m_fromYear(comparison.from ? comparison.from->edition.toInt() : 0)
    , m_toYear(comparison.to ? comparison.to->edition.toInt() : 0)
{
    for (const EditionMatcher::Comparison &row : comparison.rows) {
        if (row.kind != EditionMatcher::RecordKind::Event)
            continue;
        if (row.fromIndex >= 0)
            m_changes.insert(key(comparison.from->events.at(row.fromIndex)), row.change);
        if (row.toIndex >= 0)
            m_changes.insert(key(comparison.to->events.at(row.toIndex)), row.change);
    }
}

std::optional<EditionMatcher::Change> EventChangeLookup::changeOf(const PolicyEventRecord &event) const
{
    const auto found = m_changes.constFind(key(event));
    if (found == m_changes.cend())
        return std::nullopt;
    return *found;
}
