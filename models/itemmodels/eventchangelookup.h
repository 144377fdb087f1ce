#pragma once

#include "editioncomparison.h"
#include "policyeventrecord.h"

#include <QHash>

#include <optional>

// How each event changed between the two editions of a comparison, looked up from the event
// itself, in whichever content shows it: the timeline colours its markers by it. An event of
// the newer edition is added, changed or unchanged; one of the older edition is removed, or
// changed or unchanged as the pair it belongs to; an event of any other edition has no change.
class EventChangeLookup
{
public:
    EventChangeLookup() = default;
    explicit EventChangeLookup(const EditionComparison &comparison);

    bool isEmpty() const { return m_changes.isEmpty(); }
    int fromYear() const { return m_fromYear; }
    int toYear() const { return m_toYear; }
    std::optional<EditionMatcher::Change> changeOf(const PolicyEventRecord &event) const;

private:
    // An event's id runs across the editions of a database, and differs from the id the same
    // event has in a comparison of editions imported apart: its line in its edition's file
    // does not.
    static quint64 key(const PolicyEventRecord &event)
    {
        return quint64(quint32(event.edition)) << 32 | quint32(event.sourceLine);
    }

    QHash<quint64, EditionMatcher::Change> m_changes; // by edition and line
    int m_fromYear = 0;
    int m_toYear = 0;
};
