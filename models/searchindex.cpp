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

// Folds rows [first, end) of records into one buffer and their start offsets.
template<typename Record, typename ToText>
bool foldRows(const QList<Record> &records, qsizetype first, qsizetype end, ToText toText, QByteArray *text,
              std::vector<qsizetype> *starts, const std::atomic_bool &cancelled)
{
    starts->reserve(size_t(end - first));
    for (qsizetype row = first; row < end; ++row) {
        if ((row & 1023) == 0 && cancelled.load(std::memory_order_relaxed))
            return false;
        starts->push_back(text->size());
        text->append(toText(records.at(row)));
    }
    return true;
}

template<typename Record, typename ToText>
bool buildCorpus(const QList<Record> &records, ToText toText, QByteArray *text, std::vector<qsizetype> *starts,
                 const std::atomic_bool &cancelled)
{
    const qsizetype count = records.size();
    text->clear();
    starts->clear();
    if (count < parallelThreshold) {
        if (!foldRows(records, 0, count, toText, text, starts, cancelled))
            return false;
        starts->push_back(text->size());
        return true;
    }
    // Folding (NFKC and case folding) dominates; the second half runs on another core.
    const qsizetype middle = count / 2;
    QByteArray secondText;
    std::vector<qsizetype> secondStarts;
    QFuture<bool> second = QtConcurrent::run([&]() {
        return foldRows(records, middle, count, toText, &secondText, &secondStarts, cancelled);
    });
    const bool firstDone = foldRows(records, 0, middle, toText, text, starts, cancelled);
    const bool secondDone = second.result();
    if (!firstDone || !secondDone)
        return false;
    const qsizetype offset = text->size();
    text->append(secondText);
    for (qsizetype start : secondStarts)
        starts->push_back(start + offset);
    starts->push_back(text->size());
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

bool SearchIndex::build(const ReportContent &content, const std::atomic_bool &cancelled)
{
    m_built = buildCorpus(content.events, eventText, &m_events.text, &m_events.starts, cancelled)
        && buildCorpus(content.alliances, allianceText, &m_alliances.text, &m_alliances.starts, cancelled);
    return m_built;
}

bool SearchIndex::matchRows(const Corpus &corpus, const QList<QByteArray> &terms, qsizetype firstRow,
                            qsizetype endRow, char *flags, const std::atomic_bool &cancelled)
{
    // Scan for the longest term (the most selective, and the fastest to skip through), then
    // check the others only inside the rows it hits.
    const QByteArray &lead = *std::max_element(terms.cbegin(), terms.cend(),
                                               [](const QByteArray &a, const QByteArray &b) { return a.size() < b.size(); });
    const char *base = corpus.text.constData();
    // Chunks bound the time between two looks at the cancellation flag.
    constexpr qsizetype chunkRows = 4096;
    for (qsizetype chunkStart = firstRow; chunkStart < endRow; chunkStart += chunkRows) {
        if (cancelled.load(std::memory_order_relaxed))
            return false;
        const qsizetype chunkEnd = std::min(endRow, chunkStart + chunkRows);
        const char *end = base + corpus.starts[size_t(chunkEnd)];
        const char *position = base + corpus.starts[size_t(chunkStart)];
        qsizetype row = chunkStart;
        while (position < end) {
            const char *hit = findBytes(position, end, lead);
            if (!hit)
                break;
            const qsizetype offset = hit - base;
            while (corpus.starts[size_t(row + 1)] <= offset)
                ++row;
            const std::string_view text(base + corpus.starts[size_t(row)],
                                        size_t(corpus.starts[size_t(row + 1)] - corpus.starts[size_t(row)]));
            bool all = true;
            for (const QByteArray &term : terms) {
                if (&term != &lead && text.find(std::string_view(term.constData(), size_t(term.size()))) == std::string_view::npos) {
                    all = false;
                    break;
                }
            }
            flags[row] = all ? 1 : 0;
            position = base + corpus.starts[size_t(row + 1)];
        }
    }
    return true;
}

bool SearchIndex::matchCorpus(const Corpus &corpus, const QList<QByteArray> &terms, QBitArray *rows,
                              const std::atomic_bool &cancelled)
{
    const qsizetype count = std::max<qsizetype>(0, corpus.rowCount());
    std::vector<char> flags(size_t(count), 0);
    bool done = true;
    if (count < parallelThreshold) {
        done = matchRows(corpus, terms, 0, count, flags.data(), cancelled);
    } else {
        const qsizetype middle = count / 2;
        QFuture<bool> second = QtConcurrent::run(
            [&]() { return matchRows(corpus, terms, middle, count, flags.data(), cancelled); });
        done = matchRows(corpus, terms, 0, middle, flags.data(), cancelled);
        done = second.result() && done;
    }
    rows->fill(false, count);
    for (qsizetype row = 0; row < count; ++row) {
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
        events->fill(true, m_events.rowCount());
        alliances->fill(true, m_alliances.rowCount());
        return true;
    }
    return matchCorpus(m_events, terms, events, cancelled) && matchCorpus(m_alliances, terms, alliances, cancelled);
}
