#pragma once

#include "reportcontent.h"
#include "searchquery.h"
#include "substringfinder.h"

#include <QBitArray>
#include <QByteArray>

#include <atomic>
#include <memory>
#include <type_traits>
#include <vector>

class SearchIndexCache;
class SearchTextFile;

// The folded text of every event and alliance, both languages, built once per report so each
// keystroke only scans. The text is UTF-8 (smaller than UTF-16 for the English, and searchable
// with byte-string search) in buffers of a few MiB, folded and scanned by two threads when large.
// Up to a limit that text is kept in memory; a larger report's goes to a temporary file as it is
// folded, and each scan reads what it needs from there (the page cache), chunk by chunk.
// That file is kept for the next index over the same database file (SearchIndexCache), which
// then reads its layout instead of folding anything.
class SearchIndex
{
public:
    // Folded text up to this size stays in memory, where it is scanned fastest (from the file a
    // scan also copies what it reads: about twice the time at a million events). It holds
    // ≈ 140 000 events, beyond the 100 000 the benchmark calls large, and is a small share of
    // the 500 MB a million events may take in all.
    static constexpr qsizetype defaultMemoryLimit = qsizetype(64) << 20;

    SearchIndex();
    ~SearchIndex();

    // For tests, which make it small to exercise the file; takes effect at the next build().
    void setMemoryLimit(qsizetype bytes) { m_memoryLimit = bytes; }

    // Returns false when cancelled before it finished.
    bool build(const ReportContent &content, const std::atomic_bool &cancelled);
    // True when the last build() found the index kept in the cache folder, and folded nothing.
    bool isLoadedFromCache() const { return m_loadedFromCache; }

    // Returns false when cancelled; the bit arrays are then incomplete.
    bool match(const SearchQuery &query, QBitArray *events, QBitArray *alliances,
               const std::atomic_bool &cancelled) const;
    // As match(), for a query that narrows one whose results are candidateEvents and
    // candidateAlliances (SearchQuery::narrows()): only the rows set there can match, so only
    // those are checked.
    bool matchWithin(const SearchQuery &query, const QBitArray &candidateEvents, const QBitArray &candidateAlliances,
                     QBitArray *events, QBitArray *alliances, const std::atomic_bool &cancelled) const;

private:
    // Where one row's text begins in each of its segment's two buffers.
    struct RowStart
    {
        quint32 ascii = 0;
        quint32 other = 0;
    };
    // A run of consecutive rows. Each row's fields that are pure ASCII once folded (nearly all
    // the English) are kept apart from the others, so that a term holding any other byte (any
    // Chinese) skips them, exactly: it cannot occur in ASCII text.
    struct Segment
    {
        qsizetype firstRow = 0;
        // The text, or nothing once it is in the file at the offsets below.
        QByteArray asciiText;
        QByteArray otherText;
        qint64 asciiOffset = -1;
        qint64 otherOffset = -1;
        // Row firstRow + r is asciiText[starts[r].ascii, starts[r + 1].ascii) and likewise in
        // otherText; 32-bit offsets keep this at 8 bytes a row, and segments are closed long
        // before either buffer nears 4 GiB.
        std::vector<RowStart> starts;
        qsizetype rowCount() const { return qsizetype(starts.size()) - 1; }
        bool isInFile() const { return asciiOffset >= 0; }
    };
    static_assert(std::is_trivially_copyable_v<RowStart> && sizeof(RowStart) == 8);
    using Corpus = std::vector<Segment>;
    enum class RowState : char { Unchecked, Matches, Fails };
    // Whether the index goes to the file, shared by the threads that build it.
    struct Placement
    {
        std::atomic<qsizetype> foldedBytes = 0;
        std::atomic_bool inFile = false;
    };
    class RowsText;

    // makeRowAppender(first, end) gives what appends the fields of rows first to end - 1, in
    // order, to a RowWriter: (row, writer).
    template<typename MakeRowAppender>
    bool buildCorpus(qsizetype count, MakeRowAppender makeRowAppender, Corpus *corpus, Placement *placement,
                     const std::atomic_bool &cancelled);
    bool loadFromCache(const SearchIndexCache &cache);
    // The segments of an index all in the file, without their text: what the cache keeps.
    QByteArray layout() const;
    // Takes the segments from a layout read from the cache, which it checks: false unless each
    // corpus has its number of rows, and every row's text lies within the first textSize bytes.
    bool restoreLayout(QByteArrayView layout, qint64 textSize);
    bool writeToFile(Segment *segment, QByteArrayView asciiText, QByteArrayView otherText);
    void moveToFile(Segment *segment);
    bool matchCorpora(const SearchQuery &query, const QBitArray *candidateEvents, const QBitArray *candidateAlliances,
                      QBitArray *events, QBitArray *alliances, const std::atomic_bool &cancelled) const;
    // A term of the query: a row holds it when it holds any of its forms (SearchQuery::termForms()).
    using Term = std::vector<SubstringFinder>;
    bool matchCorpus(const Corpus &corpus, qsizetype rowCount, const std::vector<Term> &terms,
                     const QBitArray *candidates, QBitArray *rows, const std::atomic_bool &cancelled) const;
    static void matchRows(RowsText *text, qsizetype beginRow, qsizetype endRow, const std::vector<Term> &terms,
                          const Term &leadTerm, RowState *states);
    static void scanForLead(RowsText *text, bool asciiHalf, qsizetype beginRow, qsizetype endRow,
                            const std::vector<Term> &terms, const Term &leadTerm, const SubstringFinder &lead,
                            RowState *states);

    Corpus m_events;
    Corpus m_alliances;
    // Holds the segments' text that is not in memory; replaced by each build().
    std::unique_ptr<SearchTextFile> m_file;
    qsizetype m_memoryLimit = defaultMemoryLimit;
    qsizetype m_eventCount = 0;
    qsizetype m_allianceCount = 0;
    bool m_built = false;
    bool m_loadedFromCache = false;
};
