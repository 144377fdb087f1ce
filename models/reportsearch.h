#pragma once

#include "reportcontent.h"
#include "searchquery.h"

#include <QBitArray>
#include <QFutureWatcher>
#include <QObject>
#include <QSharedPointer>
#include <QThreadPool>

#include <atomic>
#include <memory>

class SearchIndex;

// Matches the search text against every event and alliance, in Chinese and English at once,
// off the GUI thread. A newer query cancels the one still running (as Zeal does), and only
// the newest query's results are ever published.
class ReportSearch : public QObject
{
    Q_OBJECT

public:
    explicit ReportSearch(QObject *parent = nullptr);
    ~ReportSearch() override;

    void setContent(QSharedPointer<const ReportContent> content);
    void setQueryText(const QString &text);

    QString queryText() const { return m_queryText; }
    // The query whose results are published: the one to filter and highlight with. It lags
    // behind the text typed while a search runs, so that nothing mixes two queries.
    const SearchQuery &query() const { return m_publishedQuery; }
    // True once the results of the current query text have been published.
    bool isIdle() const { return m_pendingJob == 0; }

    bool eventMatches(int eventRow) const
    {
        return m_publishedQuery.isEmpty() || m_eventMatches.testBit(eventRow);
    }
    // One bit per event row; empty while no query is published (every event matches then).
    QBitArray matchedEvents() const { return m_publishedQuery.isEmpty() ? QBitArray() : m_eventMatches; }
    bool allianceMatches(int allianceIndex) const
    {
        return m_publishedQuery.isEmpty() || m_allianceMatches.testBit(allianceIndex);
    }

    // Blocking, for the command line and tests: the rows of content that match text.
    static QBitArray matchingEvents(const ReportContent &content, const QString &text);

signals:
    // The current query's results are in: proxies re-filter.
    void resultsChanged();

private:
    struct Outcome
    {
        quint64 job = 0;
        SearchQuery query;
        QBitArray events;
        QBitArray alliances;
        bool cancelled = false;
    };

    void publish(const Outcome &outcome);

    QThreadPool m_pool;
    QSharedPointer<const ReportContent> m_content;
    std::shared_ptr<SearchIndex> m_index;
    std::shared_ptr<std::atomic_bool> m_cancelRunning; // the query job in flight
    std::shared_ptr<std::atomic_bool> m_cancelIndex;   // the index build of the current content
    QFutureWatcher<Outcome> *m_watcher = nullptr;
    quint64 m_lastJob = 0;
    quint64 m_pendingJob = 0;
    QString m_queryText;
    SearchQuery m_query;          // of the text typed last
    SearchQuery m_publishedQuery; // of the results published last
    QBitArray m_eventMatches;
    QBitArray m_allianceMatches;
};
