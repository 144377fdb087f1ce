#pragma once

#include "reportcontent.h"
#include "searchquery.h"

#include <QBitArray>
#include <QObject>
#include <QSharedPointer>

#include <memory>

class JobTracker;
class SearchIndex;

// Matches the search text against every event and alliance, in Chinese and English at once,
// off the GUI thread. The index is built as soon as a report arrives; a query typed before it
// is ready runs when it is. A newer query supersedes the one still running (as Zeal does), and
// only the newest query's results are ever published.
class ReportSearch : public QObject
{
    Q_OBJECT

public:
    explicit ReportSearch(QObject *parent = nullptr);
    ~ReportSearch() override;

    void setContent(QSharedPointer<const ReportContent> content);
    void setQueryText(const QString &text);
    // As setQueryText(), but matched on the calling thread and published before it returns:
    // for the command line, which has no event loop to deliver a result to.
    void applyQueryTextNow(const QString &text);

    QString queryText() const { return m_queryText; }
    // The query whose results are published: the one to filter and highlight with. It lags
    // behind the text typed while a search runs, so that nothing mixes two queries.
    const SearchQuery &query() const { return m_publishedQuery; }
    // True once the results of the current query text have been published.
    bool isIdle() const { return !m_queryPending; }
    // True while the index is built or a query runs.
    bool isBusy() const { return m_busy; }
    // Drops the index build and the query in flight: the window is closing.
    void cancel();

    bool eventMatches(int eventRow) const { return m_publishedQuery.isEmpty() || m_eventMatches.testBit(eventRow); }
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
    // Whether an index build or a query is under way.
    void busyChanged(bool busy);

private:
    struct Matches
    {
        bool complete = false; // false when the query was superseded mid-way
        QBitArray events;
        QBitArray alliances;
    };

    void startQuery();
    void publish(const SearchQuery &query, Matches matches);
    void updateBusy();

    JobTracker *m_indexJob = nullptr;
    JobTracker *m_queryJob = nullptr;
    QSharedPointer<const ReportContent> m_content;
    std::shared_ptr<const SearchIndex> m_index; // null until built for m_content
    QString m_queryText;
    SearchQuery m_query; // of the text typed last
    SearchQuery m_publishedQuery; // of the results published last
    bool m_queryPending = false; // m_query's results are not published yet
    bool m_busy = false;
    QBitArray m_eventMatches;
    QBitArray m_allianceMatches;
};
