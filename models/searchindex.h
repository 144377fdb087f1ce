#pragma once

#include "reportcontent.h"
#include "searchquery.h"

#include <QBitArray>
#include <QByteArray>

#include <atomic>
#include <vector>

// The folded text of every event and alliance, both languages side by side, built once per
// report so each keystroke only scans. Each corpus is one contiguous UTF-8 buffer (smaller
// than UTF-16 for the English half, and searchable with byte-string search), split across
// the machine's cores when it is large.
class SearchIndex
{
public:
    // Returns false when cancelled before it finished.
    bool build(const ReportContent &content, const std::atomic_bool &cancelled);

    // Returns false when cancelled; the bit arrays are then incomplete.
    bool match(const SearchQuery &query, QBitArray *events, QBitArray *alliances,
               const std::atomic_bool &cancelled) const;

    bool isBuilt() const { return m_built; }

private:
    // A run of consecutive rows. Large corpora are split in two, folded and searched on two
    // cores, and never joined: joining would hold every byte twice at the peak.
    struct Segment
    {
        qsizetype firstRow = 0;
        QByteArray text;
        std::vector<qsizetype> starts; // row firstRow + r is text[starts[r], starts[r + 1])
        qsizetype rowCount() const { return qsizetype(starts.size()) - 1; }
    };
    using Corpus = std::vector<Segment>;

    template<typename Record, typename ToText>
    static bool buildCorpus(const QList<Record> &records, ToText toText, Corpus *corpus,
                            const std::atomic_bool &cancelled);
    static bool matchCorpus(const Corpus &corpus, qsizetype rowCount, const QList<QByteArray> &terms,
                            QBitArray *rows, const std::atomic_bool &cancelled);
    static bool matchSegment(const Segment &segment, const QList<QByteArray> &terms, char *flags,
                             const std::atomic_bool &cancelled);

    Corpus m_events;
    Corpus m_alliances;
    qsizetype m_eventCount = 0;
    qsizetype m_allianceCount = 0;
    bool m_built = false;
};
