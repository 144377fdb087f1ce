#pragma once

#include <QStringList>
#include <QStringView>

#include <vector>

// Finds every occurrence of many patterns in a text in one pass (an Aho–Corasick automaton),
// for ReportRelations: some ten thousand alliance names against a million event texts, where a
// scan per pattern costs patterns × text and this costs text + occurrences. Qt only offers
// QStringMatcher, one pattern at a time, and no multi-pattern matcher for UTF-16 is packaged
// for Debian 12 (Hyperscan/Vectorscan works on bytes and would be a dependency of its own).
//
// Case sensitively, patterns match as QString::indexOf() finds them; otherwise as
// QString::indexOf(…, Qt::CaseInsensitive) does, comparing each UTF-16 unit case folded (the
// low half of a surrogate pair from its pair's folded character).
// Immutable once built, so any number of threads may search with one matcher.
class MultiPatternMatcher
{
public:
    // Pattern i is reported as i. Empty patterns never match.
    MultiPatternMatcher(const QStringList &patterns, Qt::CaseSensitivity cs);

    bool isEmpty() const { return m_fail.size() <= 1; }

    // Calls onMatch(int pattern, qsizetype end) for every occurrence, overlapping ones included,
    // with end the position just after it, in order of end.
    template<typename OnMatch>
    void findAll(QStringView text, OnMatch &&onMatch) const
    {
        int state = 0;
        for (qsizetype at = 0; at < text.size(); ++at) {
            const char16_t unit = text[at].unicode();
            state = next(state, m_foldedUnits.empty() ? unit : folded(text, at));
            for (int node = m_firstPattern[state] >= 0 ? state : m_nextTerminal[state]; node > 0;
                 node = m_nextTerminal[node]) {
                for (int pattern = m_firstPattern[node]; pattern >= 0; pattern = m_nextPattern[pattern])
                    onMatch(pattern, at + 1);
            }
        }
    }

private:
    char16_t folded(QStringView text, qsizetype at) const
    {
        const QChar unit = text[at];
        if (unit.isLowSurrogate() && at > 0 && text[at - 1].isHighSurrogate())
            return QChar::lowSurrogate(QChar::toCaseFolded(QChar::surrogateToUcs4(text[at - 1], unit)));
        return m_foldedUnits[unit.unicode()];
    }
    int child(int node, char16_t unit) const;
    int next(int state, char16_t unit) const
    {
        for (; state != 0; state = m_fail[state]) {
            const int found = child(state, unit);
            if (found >= 0)
                return found;
        }
        return m_rootChildren[unit];
    }

    // Every unit of the Basic Multilingual Plane case folded; empty when matching case sensitively.
    std::vector<char16_t> m_foldedUnits;
    // The root's children by unit (0: none, stay at the root); every other node's children in
    // [m_edgeBegin[node], m_edgeBegin[node + 1]) of the edge arrays, sorted by unit.
    std::vector<int> m_rootChildren;
    std::vector<int> m_edgeBegin;
    std::vector<char16_t> m_edgeUnits;
    std::vector<int> m_edgeTargets;
    // The node for the longest proper suffix of a node's string that is also in the trie.
    std::vector<int> m_fail;
    // The nearest node along the failure links where a pattern ends, or 0.
    std::vector<int> m_nextTerminal;
    // Patterns ending at a node, as a list threaded through m_nextPattern (-1 ends it): equal
    // patterns share a node.
    std::vector<int> m_firstPattern;
    std::vector<int> m_nextPattern;
};
