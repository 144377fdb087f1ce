#include "searchindex.h"

#include "jobtracker.h"

#include "eventtextreader.h"
#include "searchindexcache.h"
#include "searchtextfile.h"
#include "substringfinder.h"

#include <QFuture>

#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>
#include <memory>
#include <tuple>
#include <utility>

namespace {

// The second core's share of folding runs on the background lane's pool, as the index build
// that asks for it, and the second core's share of scanning on the interactive lane's, as the
// queries; never on Qt's global pool (see JobTracker). Waiting for it cannot deadlock on a busy
// pool: QFuture::result() runs a task that has not started yet on the waiting thread.

// Separates fields and rows; 0xFF never occurs in UTF-8, so no phrase can span two fields.
constexpr char fieldSeparator = '\xFF';
// Below this many rows one thread is faster than two.
constexpr qsizetype parallelThreshold = 20000;
// A segment is closed once its two buffers together pass this. It bounds what a thread holds
// while it folds text bound for the file; kept in memory, segments of this size scan as fast
// as larger ones.
constexpr qsizetype segmentBytes = qsizetype(16) << 20;
static_assert(segmentBytes < qsizetype(std::numeric_limits<quint32>::max()) / 2);
// Rows matched by one thread between two looks at the cancellation flag; also the unit the
// threads share the work in, and read from the file in.
constexpr qsizetype chunkRows = 4096;
// Rows folded before the rest of a segment's buffers are reserved from their size, and before
// the size of the whole is estimated.
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
    for (const QList<BilingualText> *list :
         {&alliance.structure, &alliance.guides, &alliance.activities, &alliance.services, &alliance.otherFields}) {
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

// The folded text of some rows of one segment, as one thread scans them. A segment in memory is
// read in place; one in the file is read into this thread's buffers, each half only once
// something needs it: a query whose terms all hold Chinese never needs the ASCII half.
class SearchIndex::RowsText
{
public:
    explicit RowsText(const SearchTextFile *file)
        : m_file(file)
    {
    }

    // Rows [beginRow, endRow) of segment, in place of those before.
    void select(const Segment &segment, qsizetype beginRow, qsizetype endRow)
    {
        m_segment = &segment;
        m_beginRow = beginRow;
        m_endRow = endRow;
        m_ascii.loaded = false;
        m_other.loaded = false;
    }

    // Where a row's text begins in one half, for a row selected or endRow (where they end).
    qsizetype offsetOf(bool asciiHalf, qsizetype row) const
    {
        const RowStart &start = m_segment->starts[size_t(row)];
        return qsizetype(asciiHalf ? start.ascii : start.other);
    }

    // The byte at offset of one half, for an offset within the selected rows or at their end.
    const char *at(bool asciiHalf, qsizetype offset)
    {
        if (!m_segment->isInFile())
            return (asciiHalf ? m_segment->asciiText : m_segment->otherText).constData() + offset;
        Half &half = asciiHalf ? m_ascii : m_other;
        const qsizetype first = offsetOf(asciiHalf, m_beginRow);
        if (!half.loaded) {
            half.text.resize(offsetOf(asciiHalf, m_endRow) - first);
            const qint64 start = (asciiHalf ? m_segment->asciiOffset : m_segment->otherOffset) + first;
            // Rows that cannot be read match nothing: no term holds the separator.
            if (!m_file->read(start, half.text.size(), half.text.data()))
                half.text.fill(fieldSeparator);
            half.loaded = true;
        }
        return half.text.constData() + (offset - first);
    }

private:
    struct Half
    {
        // Kept from one selection to the next, so that its capacity is allocated once.
        QByteArray text;
        bool loaded = false;
    };

    const SearchTextFile *m_file;
    const Segment *m_segment = nullptr;
    qsizetype m_beginRow = 0;
    qsizetype m_endRow = 0;
    Half m_ascii;
    Half m_other;
};

SearchIndex::SearchIndex() = default;

SearchIndex::~SearchIndex() = default;

bool SearchIndex::writeToFile(Segment *segment, QByteArrayView asciiText, QByteArrayView otherText)
{
    const qint64 asciiOffset = m_file->append(asciiText);
    const qint64 otherOffset = asciiOffset < 0 ? -1 : m_file->append(otherText);
    if (otherOffset < 0)
        return false;
    segment->asciiOffset = asciiOffset;
    segment->otherOffset = otherOffset;
    return true;
}

// Moves a segment kept in memory to the file; it stays in memory if the file fails.
void SearchIndex::moveToFile(Segment *segment)
{
    if (segment->isInFile() || !writeToFile(segment, segment->asciiText, segment->otherText))
        return;
    segment->asciiText = QByteArray();
    segment->otherText = QByteArray();
}

template<typename MakeRowAppender>
bool SearchIndex::buildCorpus(qsizetype count, MakeRowAppender makeRowAppender, Corpus *corpus, Placement *placement,
                              const std::atomic_bool &cancelled)
{
    // Folds rows [first, end) into segments of their own.
    auto fold = [&](qsizetype first, qsizetype end, Corpus *segments) {
        const auto appendRow = makeRowAppender(first, end);
        // This thread's buffers: moved into each segment kept in memory, reused after each one
        // written to the file.
        QByteArray ascii;
        QByteArray other;
        std::vector<RowStart> starts;
        qsizetype segmentFirstRow = first;
        // Growing by doubling held up to 200 MB of old copies at the peak (1 000 000 events);
        // sized from the first rows, the buffers mostly grow no more.
        double asciiPerRow = 0;
        double otherPerRow = 0;
        auto reserveUntilClosed = [&](qsizetype nextRow) {
            const double perRow = std::max(1.0, asciiPerRow + otherPerRow);
            const double bytesLeft = double(segmentBytes - ascii.size() - other.size());
            const double rows = std::min(double(end - nextRow), bytesLeft / perRow + 1);
            ascii.reserve(ascii.size() + qsizetype(rows * asciiPerRow * 9 / 8));
            other.reserve(other.size() + qsizetype(rows * otherPerRow * 9 / 8));
        };
        auto close = [&](qsizetype endRow) {
            starts.push_back({quint32(ascii.size()), quint32(other.size())});
            Segment &segment = segments->emplace_back();
            segment.firstRow = segmentFirstRow;
            segment.starts = std::move(starts);
            segment.starts.shrink_to_fit();
            starts = {};
            segmentFirstRow = endRow;
            const qsizetype folded = placement->foldedBytes += ascii.size() + other.size();
            if (folded > m_memoryLimit)
                placement->inFile = true;
            if (placement->inFile) {
                // Those kept in memory before the index was known to pass the limit go too.
                for (Segment &held : *segments) {
                    if (&held != &segment)
                        moveToFile(&held);
                }
                if (writeToFile(&segment, ascii, other)) {
                    ascii.resize(0);
                    other.resize(0);
                    return;
                }
            }
            segment.asciiText = std::exchange(ascii, QByteArray());
            segment.otherText = std::exchange(other, QByteArray());
            // Give the slack of the reservation back.
            segment.asciiText.squeeze();
            segment.otherText.squeeze();
        };
        for (qsizetype row = first; row < end; ++row) {
            if ((row & 1023) == 0 && cancelled.load(std::memory_order_relaxed))
                return false;
            if (ascii.size() + other.size() > segmentBytes) {
                close(row);
                reserveUntilClosed(row);
            }
            starts.push_back({quint32(ascii.size()), quint32(other.size())});
            RowWriter writer(&ascii, &other);
            appendRow(row, &writer);
            if (row - first + 1 == sampleRows && end - first > 2 * sampleRows) {
                asciiPerRow = double(ascii.size()) / sampleRows;
                otherPerRow = double(other.size()) / sampleRows;
                // Once these rows say the whole corpus passes the limit, it goes to the file
                // from here on, rather than after a limit's worth has been held in memory.
                if ((asciiPerRow + otherPerRow) * double(count) > double(m_memoryLimit))
                    placement->inFile = true;
                reserveUntilClosed(row + 1);
            }
        }
        close(end);
        return true;
    };
    corpus->clear();
    if (count < parallelThreshold)
        return fold(0, count, corpus);
    // Folding (NFKC and case folding) dominates; the second half runs on another core.
    Corpus secondHalf;
    QFuture<bool> second
        = JobTracker::run(JobTracker::Lane::Background, [&]() { return fold(count / 2, count, &secondHalf); });
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
    const SearchIndexCache cache(content);
    m_loadedFromCache = loadFromCache(cache);
    if (m_loadedFromCache) {
        m_built = true;
        return true;
    }
    // A fresh file, without the text of an earlier build that was cancelled.
    m_file = std::make_unique<SearchTextFile>();
    Placement placement;
    // Each thread reads its events' texts in order, as a pass of its own when they are in the
    // database file.
    auto eventAppender = [&content](qsizetype first, qsizetype end) {
        return [&content, texts = std::make_unique<EventTextReader>(content, first, end)](qsizetype row,
                                                                                          RowWriter *writer) {
            appendEventFields(content.events.at(row), texts->text(row), writer);
        };
    };
    auto allianceAppender = [&content](qsizetype, qsizetype) {
        return
            [&content](qsizetype row, RowWriter *writer) { appendAllianceFields(content.alliances.at(row), writer); };
    };
    m_built = buildCorpus(m_eventCount, eventAppender, &m_events, &placement, cancelled)
        && buildCorpus(m_allianceCount, allianceAppender, &m_alliances, &placement, cancelled);
    // Segments kept in memory before the index passed the limit follow the rest: the events'
    // when the alliances passed it, and the other thread's before it saw the flag.
    if (m_built && placement.inFile) {
        bool allInFile = true;
        for (Corpus *corpus : {&m_events, &m_alliances}) {
            for (Segment &segment : *corpus) {
                moveToFile(&segment);
                allInFile = allInFile && segment.isInFile();
            }
        }
        if (allInFile && cache.isEnabled())
            cache.save(m_file.get(), layout());
    }
    return m_built;
}

bool SearchIndex::loadFromCache(const SearchIndexCache &cache)
{
    SearchIndexCache::Kept kept = cache.load();
    // Text that this limit keeps in memory is scanned faster there: built again.
    if (!kept.file || kept.textSize <= m_memoryLimit || !restoreLayout(kept.layout, kept.textSize))
        return false;
    kept.file->markUsed();
    m_file = std::move(kept.file);
    return true;
}

QByteArray SearchIndex::layout() const
{
    QByteArray layout;
    auto append
        = [&layout](const void *data, size_t size) { layout.append(static_cast<const char *>(data), qsizetype(size)); };
    for (const Corpus *corpus : {&m_events, &m_alliances}) {
        const quint64 segmentCount = corpus->size();
        append(&segmentCount, sizeof segmentCount);
        for (const Segment &segment : *corpus) {
            const qint64 offsets[] = {segment.asciiOffset, segment.otherOffset};
            const quint64 startCount = segment.starts.size();
            append(offsets, sizeof offsets);
            append(&startCount, sizeof startCount);
            append(segment.starts.data(), startCount * sizeof(RowStart));
        }
    }
    return layout;
}

bool SearchIndex::restoreLayout(QByteArrayView layout, qint64 textSize)
{
    qsizetype position = 0;
    auto take = [&](void *data, size_t size) {
        if (size > size_t(layout.size() - position))
            return false;
        std::memcpy(data, layout.data() + position, size);
        position += qsizetype(size);
        return true;
    };
    auto restore = [&](Corpus *corpus, qsizetype rowCount) {
        corpus->clear();
        quint64 segmentCount = 0;
        if (!take(&segmentCount, sizeof segmentCount))
            return false;
        qsizetype row = 0;
        for (quint64 i = 0; i < segmentCount; ++i) {
            qint64 offsets[2] = {};
            quint64 startCount = 0;
            // The count is checked against the bytes left before anything is allocated for it.
            if (!take(offsets, sizeof offsets) || !take(&startCount, sizeof startCount) || startCount == 0
                || startCount > quint64(layout.size() - position) / sizeof(RowStart))
                return false;
            Segment &segment = corpus->emplace_back();
            segment.firstRow = row;
            segment.asciiOffset = offsets[0];
            segment.otherOffset = offsets[1];
            segment.starts.resize(size_t(startCount));
            take(segment.starts.data(), size_t(startCount) * sizeof(RowStart));
            // Each row's text follows the one before it, and the last ends within the text.
            const auto follows
                = [](const RowStart &a, const RowStart &b) { return a.ascii <= b.ascii && a.other <= b.other; };
            const RowStart &end = segment.starts.back();
            if (segment.starts.front().ascii != 0 || segment.starts.front().other != 0
                || std::adjacent_find(segment.starts.cbegin(), segment.starts.cend(), std::not_fn(follows))
                    != segment.starts.cend()
                || offsets[0] < 0 || offsets[0] > textSize - qint64(end.ascii) || offsets[1] < 0
                || offsets[1] > textSize - qint64(end.other))
                return false;
            row += segment.rowCount();
            if (row > rowCount)
                return false;
        }
        return row == rowCount;
    };
    if (restore(&m_events, m_eventCount) && restore(&m_alliances, m_allianceCount) && position == layout.size())
        return true;
    m_events.clear();
    m_alliances.clear();
    return false;
}

// Finds lead, a form of leadTerm, in one buffer of rows [beginRow, endRow) of the selected
// text, and decides each row it hits by the other terms.
void SearchIndex::scanForLead(RowsText *text, bool asciiHalf, qsizetype beginRow, qsizetype endRow,
                              const std::vector<Term> &terms, const Term &leadTerm, const SubstringFinder &lead,
                              RowState *states)
{
    auto containsOtherTerms = [text, &terms, &leadTerm](qsizetype row) {
        const qsizetype asciiBegin = text->offsetOf(true, row);
        const qsizetype asciiEnd = text->offsetOf(true, row + 1);
        const qsizetype otherBegin = text->offsetOf(false, row);
        const qsizetype otherEnd = text->offsetOf(false, row + 1);
        return std::all_of(terms.cbegin(), terms.cend(), [&](const Term &term) {
            return &term == &leadTerm || std::any_of(term.cbegin(), term.cend(), [&](const SubstringFinder &form) {
                // An ASCII form is more likely in the (mostly English) ASCII fields: look there first.
                return (form.isAscii() && form.occursIn(text->at(true, asciiBegin), text->at(true, asciiEnd)))
                    || form.occursIn(text->at(false, otherBegin), text->at(false, otherEnd));
            });
        });
    };
    const qsizetype origin = text->offsetOf(asciiHalf, beginRow);
    const char *base = text->at(asciiHalf, origin);
    const char *end = text->at(asciiHalf, text->offsetOf(asciiHalf, endRow));
    const char *position = base;
    qsizetype row = beginRow;
    while (const char *hit = lead.find(position, end)) {
        const qsizetype offset = origin + (hit - base);
        while (text->offsetOf(asciiHalf, row + 1) <= offset)
            ++row;
        if (states[row] == RowState::Unchecked)
            states[row] = containsOtherTerms(row) ? RowState::Matches : RowState::Fails;
        position = base + (text->offsetOf(asciiHalf, row + 1) - origin);
    }
}

void SearchIndex::matchRows(RowsText *text, qsizetype beginRow, qsizetype endRow, const std::vector<Term> &terms,
                            const Term &leadTerm, RowState *states)
{
    // Each hit decides its whole row; every further scan is left only the rows still undecided.
    // A form with a byte of 0x80 or more cannot occur in pure ASCII fields (and no form holds
    // the separator 0xFF), so only an ASCII form needs the ASCII buffer.
    for (const SubstringFinder &lead : leadTerm) {
        for (const bool asciiHalf : {true, false}) {
            if (asciiHalf && !lead.isAscii())
                continue;
            forEachRun(
                beginRow, endRow, [states](qsizetype row) { return states[row] == RowState::Unchecked; },
                [&](qsizetype runBegin, qsizetype runEnd) {
                    scanForLead(text, asciiHalf, runBegin, runEnd, terms, leadTerm, lead, states);
                });
        }
    }
}

bool SearchIndex::matchCorpus(const Corpus &corpus, qsizetype rowCount, const std::vector<Term> &terms,
                              const QBitArray *candidates, QBitArray *rows, const std::atomic_bool &cancelled) const
{
    // The lead term is scanned for, the others checked only in the rows it hits. A term of one
    // form scans once, so it leads before any with more; one with a non-ASCII byte scans the
    // smaller buffer; a longer one hits fewer rows and skips faster.
    const auto rank = [](const Term &term) {
        return std::make_tuple(-qsizetype(term.size()), !term.front().isAscii(), term.front().size());
    };
    const Term &leadTerm = *std::max_element(terms.cbegin(), terms.cend(),
                                             [&rank](const Term &a, const Term &b) { return rank(a) < rank(b); });
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
        RowsText text(m_file.get());
        for (size_t i = nextChunk++; i < chunks.size(); i = nextChunk++) {
            if (cancelled.load(std::memory_order_relaxed))
                return false;
            const Chunk &chunk = chunks[i];
            const Segment &segment = *chunk.segment;
            RowState *segmentStates = states.data() + segment.firstRow;
            if (!candidates) {
                text.select(segment, chunk.beginRow, chunk.endRow);
                matchRows(&text, chunk.beginRow, chunk.endRow, terms, leadTerm, segmentStates);
                continue;
            }
            auto isCandidate = [&](qsizetype row) { return candidates->testBit(segment.firstRow + row); };
            // From the file, the text from the first candidate to the last is read: a few rows
            // when they are sparse, never more than the whole chunk.
            qsizetype beginRow = chunk.beginRow;
            qsizetype endRow = chunk.endRow;
            while (beginRow < endRow && !isCandidate(beginRow))
                ++beginRow;
            while (endRow > beginRow && !isCandidate(endRow - 1))
                --endRow;
            if (beginRow == endRow)
                continue;
            text.select(segment, beginRow, endRow);
            // Runs of candidate rows are contiguous text: scan each as a whole.
            forEachRun(beginRow, endRow, isCandidate, [&](qsizetype runBegin, qsizetype runEnd) {
                matchRows(&text, runBegin, runEnd, terms, leadTerm, segmentStates);
            });
        }
        return true;
    };
    bool done = true;
    if (rowCount < parallelThreshold) {
        done = work();
    } else {
        QFuture<bool> helper = JobTracker::run(JobTracker::Lane::Interactive, [&work]() { return work(); });
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
    std::vector<Term> terms;
    for (const QList<SearchQuery::Form> &forms : query.termForms()) {
        Term &term = terms.emplace_back();
        for (const SearchQuery::Form &form : forms)
            term.emplace_back(form.text.toUtf8(), form.wholeWord);
    }
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
