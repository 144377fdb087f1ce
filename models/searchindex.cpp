#include "searchindex.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstring>
#include <functional>
#include <string_view>

namespace {

// Separates fields and rows; 0xFF never occurs in UTF-8, so no phrase can span two fields.
constexpr char fieldSeparator = '\xFF';
// Below this many rows one thread is faster than two.
constexpr qsizetype parallelThreshold = 20000;

void appendField(QByteArray *haystack, const QString &text)
{
    if (text.isEmpty())
        return;
    haystack->append(SearchQuery::fold(text).toUtf8());
    haystack->append(fieldSeparator);
}

void appendField(QByteArray *haystack, const BilingualText &text)
{
    appendField(haystack, text.zh);
    appendField(haystack, text.en);
}

void appendDate(QByteArray *haystack, const ReportDate &date)
{
    if (date.isNull())
        return;
    appendField(haystack, date.toIso());
    appendField(haystack, date.toDisplayString(localeFor(ContentLanguage::Chinese)));
    appendField(haystack, date.toDisplayString(localeFor(ContentLanguage::English)));
}

QByteArray eventText(const PolicyEventRecord &event)
{
    QByteArray haystack;
    appendField(&haystack, event.region);
    appendField(&haystack, event.text);
    appendDate(&haystack, event.date);
    return haystack;
}

QByteArray allianceText(const AllianceRecord &alliance)
{
    QByteArray haystack;
    appendField(&haystack, alliance.name);
    appendField(&haystack, alliance.abbreviation);
    appendField(&haystack, alliance.givenEnglishName);
    appendField(&haystack, alliance.intro);
    appendField(&haystack, alliance.members);
    for (const QList<BilingualText> *list : {&alliance.structure, &alliance.guides, &alliance.activities,
                                             &alliance.services, &alliance.otherFields}) {
        for (const BilingualText &text : *list)
            appendField(&haystack, text);
    }
    appendDate(&haystack, alliance.founded);
    return haystack;
}

// Folds rows [first, end) of records into one segment.
template<typename Record, typename ToText>
bool foldRows(const QList<Record> &records, qsizetype first, qsizetype end, ToText toText, QByteArray *text,
              std::vector<qsizetype> *starts, const std::atomic_bool &cancelled)
{
    starts->reserve(size_t(end - first) + 1);
    for (qsizetype row = first; row < end; ++row) {
        if ((row & 1023) == 0 && cancelled.load(std::memory_order_relaxed))
            return false;
        starts->push_back(text->size());
        text->append(toText(records.at(row)));
    }
    starts->push_back(text->size());
    // Growing doubles the capacity; give the slack back before the next segment grows.
    text->squeeze();
    return true;
}

// glibc's memmem is vectorised and several times faster than std::search here; other C
// libraries get the standard algorithm.
const char *findBytes(const char *begin, const char *end, const QByteArray &needle)
{
#ifdef __GLIBC__
    return static_cast<const char *>(memmem(begin, size_t(end - begin), needle.constData(), size_t(needle.size())));
#else
    const char *hit = std::search(begin, end, std::boyer_moore_horspool_searcher(needle.cbegin(), needle.cend()));
    return hit == end ? nullptr : hit;
#endif
}

} // namespace

template<typename Record, typename ToText>
bool SearchIndex::buildCorpus(const QList<Record> &records, ToText toText, Corpus *corpus,
                              const std::atomic_bool &cancelled)
{
    const qsizetype count = records.size();
    const qsizetype segments = count < parallelThreshold ? 1 : 2;
    corpus->assign(size_t(segments), Segment());
    for (qsizetype i = 0; i < segments; ++i)
        (*corpus)[size_t(i)].firstRow = count * i / segments;
    auto fold = [&](qsizetype i) {
        Segment &segment = (*corpus)[size_t(i)];
        const qsizetype end = i + 1 < segments ? (*corpus)[size_t(i + 1)].firstRow : count;
        return foldRows(records, segment.firstRow, end, toText, &segment.text, &segment.starts, cancelled);
    };
    if (segments == 1)
        return fold(0);
    // Folding (NFKC and case folding) dominates; the second half runs on another core.
    QFuture<bool> second = QtConcurrent::run(fold, 1);
    const bool firstDone = fold(0);
    return second.result() && firstDone;
}

bool SearchIndex::build(const ReportContent &content, const std::atomic_bool &cancelled)
{
    m_eventCount = content.events.size();
    m_allianceCount = content.alliances.size();
    m_built = buildCorpus(content.events, eventText, &m_events, cancelled)
        && buildCorpus(content.alliances, allianceText, &m_alliances, cancelled);
    return m_built;
}

// flags has one entry per row of the segment.
bool SearchIndex::matchSegment(const Segment &segment, const QList<QByteArray> &terms, char *flags,
                               const std::atomic_bool &cancelled)
{
    // Scan for the longest term (the most selective, and the fastest to skip through), then
    // check the others only inside the rows it hits.
    const QByteArray &lead = *std::max_element(terms.cbegin(), terms.cend(),
                                               [](const QByteArray &a, const QByteArray &b) { return a.size() < b.size(); });
    const char *base = segment.text.constData();
    // Chunks bound the time between two looks at the cancellation flag.
    constexpr qsizetype chunkRows = 4096;
    const qsizetype endRow = segment.rowCount();
    for (qsizetype chunkStart = 0; chunkStart < endRow; chunkStart += chunkRows) {
        if (cancelled.load(std::memory_order_relaxed))
            return false;
        const qsizetype chunkEnd = std::min(endRow, chunkStart + chunkRows);
        const char *end = base + segment.starts[size_t(chunkEnd)];
        const char *position = base + segment.starts[size_t(chunkStart)];
        qsizetype row = chunkStart;
        while (position < end) {
            const char *hit = findBytes(position, end, lead);
            if (!hit)
                break;
            const qsizetype offset = hit - base;
            while (segment.starts[size_t(row + 1)] <= offset)
                ++row;
            const std::string_view text(base + segment.starts[size_t(row)],
                                        size_t(segment.starts[size_t(row + 1)] - segment.starts[size_t(row)]));
            bool all = true;
            for (const QByteArray &term : terms) {
                if (&term != &lead && text.find(std::string_view(term.constData(), size_t(term.size()))) == std::string_view::npos) {
                    all = false;
                    break;
                }
            }
            flags[row] = all ? 1 : 0;
            position = base + segment.starts[size_t(row + 1)];
        }
    }
    return true;
}

bool SearchIndex::matchCorpus(const Corpus &corpus, qsizetype rowCount, const QList<QByteArray> &terms,
                              QBitArray *rows, const std::atomic_bool &cancelled)
{
    std::vector<char> flags(size_t(rowCount), 0);
    QList<QFuture<bool>> others;
    for (size_t i = 1; i < corpus.size(); ++i) {
        others.append(QtConcurrent::run([&, i]() {
            return matchSegment(corpus[i], terms, flags.data() + corpus[i].firstRow, cancelled);
        }));
    }
    bool done = corpus.empty() || matchSegment(corpus.front(), terms, flags.data(), cancelled);
    for (QFuture<bool> &other : others)
        done = other.result() && done;
    rows->fill(false, rowCount);
    for (qsizetype row = 0; row < rowCount; ++row) {
        if (flags[size_t(row)])
            rows->setBit(row);
    }
    return done;
}

bool SearchIndex::match(const SearchQuery &query, QBitArray *events, QBitArray *alliances,
                        const std::atomic_bool &cancelled) const
{
    QList<QByteArray> terms;
    for (const QString &term : query.terms())
        terms.append(term.toUtf8());
    if (terms.isEmpty()) {
        events->fill(true, m_eventCount);
        alliances->fill(true, m_allianceCount);
        return true;
    }
    return matchCorpus(m_events, m_eventCount, terms, events, cancelled)
        && matchCorpus(m_alliances, m_allianceCount, terms, alliances, cancelled);
}
