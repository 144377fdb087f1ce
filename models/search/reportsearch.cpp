#include "reportsearch.h"

#include "jobtracker.h"
#include "searchindex.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

// QT_LOGGING_RULES="report.search.debug=true" shows how each index came to be ready.
Q_LOGGING_CATEGORY(searchLog, "report.search", QtInfoMsg)

ReportSearch::ReportSearch(QObject *parent)
    : QObject(parent)
    , m_indexJob(new JobTracker(JobTracker::Lane::Background, this))
    , m_queryJob(new JobTracker(JobTracker::Lane::Interactive, this))
    , m_content(QSharedPointer<const ReportContent>::create())
{
    connect(m_indexJob, &JobTracker::runningChanged, this, &ReportSearch::updateBusy);
    connect(m_queryJob, &JobTracker::runningChanged, this, &ReportSearch::updateBusy);
}

ReportSearch::~ReportSearch() = default;

void ReportSearch::setContent(QSharedPointer<const ReportContent> content)
{
    m_content = content ? std::move(content) : QSharedPointer<const ReportContent>::create();
    m_index.reset();
    m_queryJob->cancel();
    m_eventMatches = QBitArray(m_content->events.size());
    m_allianceMatches = QBitArray(m_content->alliances.size());
    // Until the new report's results arrive it shows whole, not empty.
    m_publishedQuery = SearchQuery();
    // Built now, while the user reads the window, not on the first keystroke.
    m_indexJob->start(
        [content = m_content](const std::atomic_bool &cancelled) {
            auto index = std::make_shared<SearchIndex>();
            QElapsedTimer timer;
            timer.start();
            if (!index->build(*content, cancelled))
                return std::shared_ptr<SearchIndex>();
            qCDebug(searchLog, "Index of %lld events %s in %lld ms", qlonglong(content->events.size()),
                    index->isLoadedFromCache() ? "loaded from the cache" : "built", qlonglong(timer.elapsed()));
            return index;
        },
        [this](std::shared_ptr<SearchIndex> index) {
            m_index = std::move(index);
            if (m_queryPending)
                startQuery();
        });
    setQueryText(m_queryText);
}

void ReportSearch::setQueryText(const QString &text)
{
    m_queryText = text;
    m_query = SearchQuery(text);
    if (m_query.isEmpty()) {
        m_queryJob->cancel();
        publish(m_query, Matches());
        return;
    }
    m_queryPending = true;
    if (m_index)
        startQuery();
    else
        m_queryJob->cancel(); // an older query must not publish; this one starts with the index
    updateBusy();
}

void ReportSearch::startQuery()
{
    // Typing on usually narrows the query whose results are shown; then no other row can
    // match, and only those rows are checked.
    const bool narrowing = !m_publishedQuery.isEmpty() && m_query.narrows(m_publishedQuery);
    m_queryJob->start(
        [index = m_index, query = m_query, narrowing, candidateEvents = m_eventMatches,
         candidateAlliances = m_allianceMatches](const std::atomic_bool &cancelled) {
            Matches matches;
            matches.complete = narrowing ? index->matchWithin(query, candidateEvents, candidateAlliances,
                                                              &matches.events, &matches.alliances, cancelled)
                                         : index->match(query, &matches.events, &matches.alliances, cancelled);
            return matches;
        },
        [this, query = m_query](Matches matches) {
            if (matches.complete)
                publish(query, std::move(matches));
        });
}

void ReportSearch::applyQueryTextNow(const QString &text)
{
    m_queryText = text;
    m_query = SearchQuery(text);
    m_queryJob->cancel();
    Matches matches;
    if (!m_query.isEmpty()) {
        const std::atomic_bool never(false);
        if (!m_index) {
            // Built here instead: the worker's build would only compete for the same cores.
            m_indexJob->cancel();
            auto index = std::make_shared<SearchIndex>();
            index->build(*m_content, never);
            m_index = std::move(index);
        }
        matches.complete = m_index->match(m_query, &matches.events, &matches.alliances, never);
    }
    publish(m_query, std::move(matches));
}

void ReportSearch::cancel()
{
    m_indexJob->cancel();
    m_queryJob->cancel();
    m_queryPending = false;
    updateBusy();
}

void ReportSearch::publish(const SearchQuery &query, Matches matches)
{
    m_queryPending = false;
    m_publishedQuery = query;
    if (!query.isEmpty()) {
        m_eventMatches = std::move(matches.events);
        m_allianceMatches = std::move(matches.alliances);
    }
    updateBusy();
    emit resultsChanged();
}

void ReportSearch::updateBusy()
{
    const bool busy = m_queryPending || m_indexJob->isRunning() || m_queryJob->isRunning();
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

QBitArray ReportSearch::matchingEvents(const ReportContent &content, const QString &text)
{
    const SearchQuery query(text);
    if (query.isEmpty())
        return QBitArray(content.events.size(), true);
    SearchIndex index;
    const std::atomic_bool never(false);
    index.build(content, never);
    QBitArray events;
    QBitArray alliances;
    index.match(query, &events, &alliances, never);
    return events;
}
