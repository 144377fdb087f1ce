#include "multipatternmatcher.h"

#include <QHash>

#include <algorithm>
#include <tuple>

MultiPatternMatcher::MultiPatternMatcher(const QStringList &patterns, Qt::CaseSensitivity cs)
    : m_rootChildren(0x10000, 0)
    , m_firstPattern(1, -1)
    , m_nextPattern(patterns.size(), -1)
{
    // A table, as the text's every unit is folded: QChar::toCaseFolded() is a call and two lookups.
    if (cs == Qt::CaseInsensitive) {
        m_foldedUnits.resize(0x10000);
        for (char32_t unit = 0; unit < 0x10000; ++unit)
            m_foldedUnits[unit] = char16_t(QChar::toCaseFolded(unit));
    }
    // The trie, its edges keyed by (parent << 16 | unit) while it grows.
    QHash<quint64, int> children;
    for (int pattern = 0; pattern < patterns.size(); ++pattern) {
        const QString &text = patterns.at(pattern);
        if (text.isEmpty())
            continue;
        int node = 0;
        for (qsizetype at = 0; at < text.size(); ++at) {
            const char16_t unit = m_foldedUnits.empty() ? text[at].unicode() : folded(text, at);
            const quint64 key = quint64(node) << 16 | unit;
            auto found = children.constFind(key);
            if (found == children.constEnd()) {
                found = children.insert(key, int(m_firstPattern.size()));
                m_firstPattern.push_back(-1);
            }
            node = found.value();
        }
        m_nextPattern[pattern] = m_firstPattern[node];
        m_firstPattern[node] = pattern;
    }
    const int nodeCount = int(m_firstPattern.size());

    std::vector<std::tuple<int, char16_t, int>> edges;
    edges.reserve(children.size());
    for (auto it = children.constBegin(); it != children.constEnd(); ++it)
        edges.emplace_back(int(it.key() >> 16), char16_t(it.key() & 0xFFFF), it.value());
    children = {};
    std::sort(edges.begin(), edges.end());
    m_edgeBegin.assign(nodeCount + 1, 0);
    m_edgeUnits.reserve(edges.size());
    m_edgeTargets.reserve(edges.size());
    for (const auto &[parent, unit, target] : edges) {
        ++m_edgeBegin[parent + 1];
        m_edgeUnits.push_back(unit);
        m_edgeTargets.push_back(target);
        if (parent == 0)
            m_rootChildren[unit] = target;
    }
    for (int node = 0; node < nodeCount; ++node)
        m_edgeBegin[node + 1] += m_edgeBegin[node];

    // Breadth first, so a node's failure link, which is shallower, is known before its children's.
    m_fail.assign(nodeCount, 0);
    m_nextTerminal.assign(nodeCount, 0);
    std::vector<int> queue{0};
    queue.reserve(nodeCount);
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const int node = queue[head];
        for (int edge = m_edgeBegin[node]; edge < m_edgeBegin[node + 1]; ++edge) {
            const int target = m_edgeTargets[edge];
            const int fail = node == 0 ? 0 : next(m_fail[node], m_edgeUnits[edge]);
            m_fail[target] = fail;
            m_nextTerminal[target] = m_firstPattern[fail] >= 0 ? fail : m_nextTerminal[fail];
            queue.push_back(target);
        }
    }
}

int MultiPatternMatcher::child(int node, char16_t unit) const
{
    const auto begin = m_edgeUnits.begin() + m_edgeBegin[node];
    const auto end = m_edgeUnits.begin() + m_edgeBegin[node + 1];
    const auto found = std::lower_bound(begin, end, unit);
    return found != end && *found == unit ? m_edgeTargets[found - m_edgeUnits.begin()] : -1;
}
