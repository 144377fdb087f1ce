#include "searchindex.h"

#include "eventtextreader.h"
#include "substringfinder.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>
#include <memory>

namespace {

// The second core's share of folding and scanning runs here rather than on the global pool:
// Qt 6.4's raster engine splits large fills over the global pool and waits for them while
// painting, so a long scan holding it would stall the window.
Q_GLOBAL_STATIC(QThreadPool, secondCore)

// Separates fields and rows; 0xFF never occurs in UTF-8, so no phrase can span two fields.
constexpr char fieldSeparator = '\xFF';
// Below this many rows one thread is faster than two.
constexpr qsizetype parallelThreshold = 20000;
// A segment is closed once one of its buffers passes this, far enough below 4 GiB that the
// row that follows cannot overflow its 32-bit offsets.
constexpr qsizetype segmentBytes = qsizetype(1) << 30;
static_assert(segmentBytes < qsizetype(std::numeric_limits<quint32>::max()) / 2);
// Rows matched by one thread between two looks at the cancellation flag; also the unit the
// threads share the work in.
constexpr qsizetype chunkRows = 4096;
// Rows folded before the rest of a segment's buffers are reserved from their size.
constexpr qsizetype sampleRows = 2048;

// Appends one row's folded fields, each to the buffer its bytes allow.
class RowWriter
{
public:
    RowWriter(QByteArray *ascii, QByteArray *other)
        : m_ascii(ascii)
        , m_other(other)
    {
    }

    void append(const QString &text)
    {
        if (text.isEmpty())
            return;
        const QString folded = SearchQuery::fold(text);
        const bool ascii = std::all_of(folded.cbegin(), folded.cend(), [](QChar c) { return c.unicode() < 0x80; });
        QByteArray *buffer = ascii ? m_ascii : m_other;
        buffer->append(folded.toUtf8());
        buffer->append(fieldSeparator);
    }

    void append(const BilingualText &text)
    {
        append(text.zh);
        append(text.en);
    }

    void append(const ReportDate &date)
    {
        if (date.isNull())
            return;
        append(date.toIso());
        append(date.toDisplayString(localeFor(ContentLanguage::Chinese)));
        append(date.toDisplayString(localeFor(ContentLanguage::English)));
    }

private:
    QByteArray *m_ascii;
    QByteArray *m_other;
};

void appendEventFields(const PolicyEventRecord &event, const BilingualText &text, RowWriter *row)
{
    row->append(event.region);
    row->append(text);
    row->append(event.date);
}

void appendAllianceFields(const AllianceRecord &alliance, RowWriter *row)
{
    row->append(alliance.name);
    row->append(alliance.abbreviation);
    row->append(alliance.givenEnglishName);
    row->append(alliance.intro);
    row->append(alliance.members);
    for (const QList<BilingualText> *list : {&alliance.structure, &alliance.guides, &alliance.activities,
                                             &alliance.services, &alliance.otherFields}) {
        for (const BilingualText &text : *list)
            row->append(text);
    }
    row->append(alliance.founded);
}

// Calls scan(runBegin, runEnd) for each maximal run of rows in [beginRow, endRow) that
// selected() picks.
template<typename Selected, typename Scan>
void forEachRun(qsizetype beginRow, qsizetype endRow, Selected selected, Scan scan)
{
    qsizetype row = beginRow;
    while (row < endRow) {
        if (!selected(row)) {
            ++row;
            continue;
        }
        qsizetype runEnd = row + 1;
        while (runEnd < endRow && selected(runEnd))
            ++runEnd;
        scan(row, runEnd);
        row = runEnd;
    }
}

} // namespace

template<typename MakeRowAppender>
bool SearchIndex::buildCorpus(qsizetype count, MakeRowAppender makeRowAppender, Corpus *corpus,
                              const std::atomic_bool &cancelled)
{
    // Folds rows [first, end) into segments of their own.
    auto fold = [&](qsizetype first, qsizetype end, Corpus *segments) {
        const auto appendRow = makeRowAppender(first, end);
        auto close = [](Segment *segment) {
            segment->starts.push_back({quint32(segment->asciiText.size()), quint32(segment->otherText.size())});
            segment->starts.shrink_to_fit();
            // Growing doubles the capacity; give the slack back before the next segment grows.
            segment->asciiText.squeeze();
            segment->otherText.squeeze();
        };
        segments->emplace_back();
        segments->back().firstRow = first;
        segments->back().starts.reserve(size_t(end - first) + 1);
        for (qsizetype row = first; row < end; ++row) {
            if ((row & 1023) == 0 && cancelled.load(std::memory_order_relaxed))
                return false;
            Segment *segment = &segments->back();
            if (segment->asciiText.size() > segmentBytes || segment->otherText.size() > segmentBytes) {
                close(segment);
                segment = &segments->emplace_back();
                segment->firstRow = row;
            }
            segment->starts.push_back({quint32(segment->asciiText.size()), quint32(segment->otherText.size())});
            RowWriter writer(&segment->asciiText, &segment->otherText);
            appendRow(row, &writer);
            // Growing four buffers at once by doubling held up to 200 MB of old copies at the
            // peak (1 000 000 events); sized from the first rows, they mostly grow no more.
            if (row - first + 1 == sampleRows && end - first > 2 * sampleRows) {
                auto reserveFor = [&](QByteArray *text) {
                    text->reserve(std::min(segmentBytes, text->size() / sampleRows * (end - first) * 9 / 8));
                };
                reserveFor(&segment->asciiText);
                reserveFor(&segment->otherText);
            }
        }
        close(&segments->back());
        return true;
    };
    corpus->clear();
    if (count < parallelThreshold)
        return fold(0, count, corpus);
    // Folding (NFKC and case folding) dominates; the second half runs on another core.
    Corpus secondHalf;
    QFuture<bool> second = QtConcurrent::run(secondCore(), fold, count / 2, count, &secondHalf);
    const bool firstDone = fold(0, count / 2, corpus);
    if (!second.result() || !firstDone)
        return false;
    std::move(secondHalf.begin(), secondHalf.end(), std::back_inserter(*corpus));
    return true;
}

bool SearchIndex::build(const ReportContent &content, const std::atomic_bool &cancelled)
{
    m_eventCount = content.events.size();
    m_allianceCount = content.alliances.size();
    // Each thread reads its events' texts in order, on a connection of its own when they are in
    // the database file.
    auto eventAppender = [&content](qsizetype first, qsizetype end) {
        return [&content, texts = std::make_unique<EventTextReader>(content, first, end)](qsizetype row, RowWriter *writer) {
            appendEventFields(content.events.at(row), texts->text(row), writer);
        };
    };
    auto allianceAppender = [&content](qsizetype, qsizetype) {
        return [&content](qsizetype row, RowWriter *writer) { appendAllianceFields(content.alliances.at(row), writer); };
    };
    m_built = buildCorpus(m_eventCount, eventAppender, &m_events, cancelled)
        && buildCorpus(m_allianceCount, allianceAppender, &m_alliances, cancelled);
    return m_built;
}

// Finds lead in one buffer of rows [beginRow, endRow) of segment, and decides each row it hits
// by the other terms.
void SearchIndex::scanForLead(const Segment &segment, bool asciiHalf, qsizetype beginRow, qsizetype endRow,
                              const std::vector<SubstringFinder> &terms, const SubstringFinder &lead,
                              RowState *states)
{
    auto startOf = [&segment, asciiHalf](qsizetype row) {
        const RowStart &start = segment.starts[size_t(row)];
        return qsizetype(asciiHalf ? start.ascii : start.other);
    };
    auto containsOtherTerms = [&segment, &terms, &lead](qsizetype row) {
        const char *ascii = segment.asciiText.constData();
        const char *other = segment.otherText.constData();
        const RowStart &begin = segment.starts[size_t(row)];
        const RowStart &end = segment.starts[size_t(row) + 1];
        return std::all_of(terms.cbegin(), terms.cend(), [&](const SubstringFinder &term) {
            // An ASCII term is more likely in the (mostly English) ASCII fields: look there first.
            return &term == &lead || (term.isAscii() && term.occursIn(ascii + begin.ascii, ascii + end.ascii))
                || term.occursIn(other + begin.other, other + end.other);
        });
    };
    const char *base = asciiHalf ? segment.asciiText.constData() : segment.otherText.constData();
    const char *end = base + startOf(endRow);
    const char *position = base + startOf(beginRow);
    qsizetype row = beginRow;
    while (const char *hit = lead.find(position, end)) {
        const qsizetype offset = hit - base;
        while (startOf(row + 1) <= offset)
            ++row;
        if (states[row] == RowState::Unchecked)
            states[row] = containsOtherTerms(row) ? RowState::Matches : RowState::Fails;
        position = base + startOf(row + 1);
    }
}

void SearchIndex::matchRows(const Segment &segment, qsizetype beginRow, qsizetype endRow,
                            const std::vector<SubstringFinder> &terms, const SubstringFinder &lead, RowState *states)
{
    // A term with a byte of 0x80 or more cannot occur in pure ASCII fields (and no term holds
    // the separator 0xFF), so only an ASCII lead needs the ASCII buffer.
    if (!lead.isAscii()) {
        scanForLead(segment, false, beginRow, endRow, terms, lead, states);
        return;
    }
    scanForLead(segment, true, beginRow, endRow, terms, lead, states);
    // Each hit decided its whole row; the other buffer is left to scan for the rest.
    forEachRun(beginRow, endRow, [states](qsizetype row) { return states[row] == RowState::Unchecked; },
               [&](qsizetype runBegin, qsizetype runEnd) {
                   scanForLead(segment, false, runBegin, runEnd, terms, lead, states);
               });
}

bool SearchIndex::matchCorpus(const Corpus &corpus, qsizetype rowCount, const std::vector<SubstringFinder> &terms,
                              const QBitArray *candidates, QBitArray *rows, const std::atomic_bool &cancelled)
{
    // The lead term is scanned for, the others checked only in the rows it hits. One with a
    // non-ASCII byte scans the smaller buffer; a longer one hits fewer rows and skips faster.
    const SubstringFinder &lead = *std::max_element(terms.cbegin(), terms.cend(), [](const auto &a, const auto &b) {
        return std::make_pair(!a.isAscii(), a.size()) < std::make_pair(!b.isAscii(), b.size());
    });
    struct Chunk
    {
        const Segment *segment;
        qsizetype beginRow;
        qsizetype endRow;
    };
    std::vector<Chunk> chunks;
    for (const Segment &segment : corpus) {
        for (qsizetype row = 0; row < segment.rowCount(); row += chunkRows)
            chunks.push_back({&segment, row, std::min(segment.rowCount(), row + chunkRows)});
    }
    std::vector<RowState> states(size_t(rowCount), RowState::Unchecked);
    std::atomic<size_t> nextChunk(0);
    // Threads take chunks in turn rather than a fixed half each, so neither waits for the
    // other when its rows hold more text or when it starts late.
    auto work = [&]() {
        for (size_t i = nextChunk++; i < chunks.size(); i = nextChunk++) {
            if (cancelled.load(std::memory_order_relaxed))
                return false;
            const Chunk &chunk = chunks[i];
            const Segment &segment = *chunk.segment;
            RowState *segmentStates = states.data() + segment.firstRow;
            if (!candidates) {
                matchRows(segment, chunk.beginRow, chunk.endRow, terms, lead, segmentStates);
                continue;
            }
            // Runs of candidate rows are contiguous text: scan each as a whole.
            forEachRun(chunk.beginRow, chunk.endRow,
                       [&](qsizetype row) { return candidates->testBit(segment.firstRow + row); },
                       [&](qsizetype runBegin, qsizetype runEnd) {
                           matchRows(segment, runBegin, runEnd, terms, lead, segmentStates);
                       });
        }
        return true;
    };
    bool done = true;
    if (rowCount < parallelThreshold) {
        done = work();
    } else {
        QFuture<bool> helper = QtConcurrent::run(secondCore(), work);
        done = work();
        done = helper.result() && done;
    }
    rows->fill(false, rowCount);
    for (qsizetype row = 0; row < rowCount; ++row) {
        if (states[size_t(row)] == RowState::Matches)
            rows->setBit(row);
    }
    return done;
}

bool SearchIndex::matchCorpora(const SearchQuery &query, const QBitArray *candidateEvents,
                               const QBitArray *candidateAlliances, QBitArray *events, QBitArray *alliances,
                               const std::atomic_bool &cancelled) const
{
    if (query.isEmpty()) {
        events->fill(true, m_eventCount);
        alliances->fill(true, m_allianceCount);
        return true;
    }
    std::vector<SubstringFinder> terms;
    for (const QString &term : query.terms())
        terms.emplace_back(term.toUtf8());
    return matchCorpus(m_events, m_eventCount, terms, candidateEvents, events, cancelled)
        && matchCorpus(m_alliances, m_allianceCount, terms, candidateAlliances, alliances, cancelled);
}

bool SearchIndex::match(const SearchQuery &query, QBitArray *events, QBitArray *alliances,
                        const std::atomic_bool &cancelled) const
{
    return matchCorpora(query, nullptr, nullptr, events, alliances, cancelled);
}

bool SearchIndex::matchWithin(const SearchQuery &query, const QBitArray &candidateEvents,
                              const QBitArray &candidateAlliances, QBitArray *events, QBitArray *alliances,
                              const std::atomic_bool &cancelled) const
{
    return matchCorpora(query, &candidateEvents, &candidateAlliances, events, alliances, cancelled);
}
