#pragma once

#include "reportcontent.h"
#include "searchquery.h"

#include <QBitArray>
#include <QByteArray>

#include <atomic>
#include <vector>

class SubstringFinder;

// The folded text of every event and alliance, both languages, built once per report so each
// keystroke only scans. The text is UTF-8 (smaller than UTF-16 for the English, and searchable
// with byte-string search) in a few large buffers, folded and scanned by two threads when large.
class SearchIndex
{
public:
    // Returns false when cancelled before it finished.
    bool build(const ReportContent &content, const std::atomic_bool &cancelled);

    // Returns false when cancelled; the bit arrays are then incomplete.
    bool match(const SearchQuery &query, QBitArray *events, QBitArray *alliances,
               const std::atomic_bool &cancelled) const;
    // As match(), for a query that narrows one whose results are candidateEvents and
    // candidateAlliances (SearchQuery::narrows()): only the rows set there can match, so only
    // those are checked.
    bool matchWithin(const SearchQuery &query, const QBitArray &candidateEvents,
                     const QBitArray &candidateAlliances, QBitArray *events, QBitArray *alliances,
                     const std::atomic_bool &cancelled) const;

    bool isBuilt() const { return m_built; }

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
        QByteArray asciiText;
        QByteArray otherText;
        // Row firstRow + r is asciiText[starts[r].ascii, starts[r + 1].ascii) and likewise in
        // otherText; 32-bit offsets keep this at 8 bytes a row, and segments are closed long
        // before either buffer nears 4 GiB.
        std::vector<RowStart> starts;
        qsizetype rowCount() const { return qsizetype(starts.size()) - 1; }
    };
    using Corpus = std::vector<Segment>;
    enum class RowState : char { Unchecked, Matches, Fails };

    // makeRowAppender(first, end) gives what appends the fields of rows first to end - 1, in
    // order, to a RowWriter: (row, writer).
    template<typename MakeRowAppender>
    static bool buildCorpus(qsizetype count, MakeRowAppender makeRowAppender, Corpus *corpus,
                            const std::atomic_bool &cancelled);
    bool matchCorpora(const SearchQuery &query, const QBitArray *candidateEvents,
                      const QBitArray *candidateAlliances, QBitArray *events, QBitArray *alliances,
                      const std::atomic_bool &cancelled) const;
    static bool matchCorpus(const Corpus &corpus, qsizetype rowCount, const std::vector<SubstringFinder> &terms,
                            const QBitArray *candidates, QBitArray *rows, const std::atomic_bool &cancelled);
    static void matchRows(const Segment &segment, qsizetype beginRow, qsizetype endRow,
                          const std::vector<SubstringFinder> &terms, const SubstringFinder &lead, RowState *states);
    static void scanForLead(const Segment &segment, bool asciiHalf, qsizetype beginRow, qsizetype endRow,
                            const std::vector<SubstringFinder> &terms, const SubstringFinder &lead, RowState *states);

    Corpus m_events;
    Corpus m_alliances;
    qsizetype m_eventCount = 0;
    qsizetype m_allianceCount = 0;
    bool m_built = false;
};
