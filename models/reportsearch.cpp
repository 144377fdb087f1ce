#include "reportsearch.h"

#include "searchindex.h"

#include <QtConcurrent/QtConcurrentRun>

ReportSearch::ReportSearch(QObject *parent)
    : QObject(parent)
    , m_content(QSharedPointer<const ReportContent>::create())
    , m_index(std::make_shared<SearchIndex>())
    , m_cancelRunning(std::make_shared<std::atomic_bool>(false))
    , m_cancelIndex(std::make_shared<std::atomic_bool>(false))
{
    // One worker: jobs run in order, so a query always sees the index built before it.
    m_pool.setMaxThreadCount(1);
}

ReportSearch::~ReportSearch()
{
    m_cancelRunning->store(true);
    m_cancelIndex->store(true);
    m_pool.waitForDone();
}

void ReportSearch::setContent(QSharedPointer<const ReportContent> content)
{
    m_content = content ? std::move(content) : QSharedPointer<const ReportContent>::create();
    m_index = std::make_shared<SearchIndex>();
    m_cancelIndex->store(true);
    m_cancelIndex = std::make_shared<std::atomic_bool>(false);
    m_eventMatches = QBitArray(m_content->events.size());
    m_allianceMatches = QBitArray(m_content->alliances.size());
    // Until the new report's results arrive it shows whole, not empty.
    m_publishedQuery = SearchQuery();
    // Build the index now, while the user reads the window, not on the first keystroke.
    m_pool.start([content = m_content, index = m_index, cancelled = m_cancelIndex]() { index->build(*content, *cancelled); });
    setQueryText(m_queryText);
}

void ReportSearch::setQueryText(const QString &text)
{
    m_queryText = text;
    m_query = SearchQuery(text);
    m_cancelRunning->store(true);
    m_cancelRunning = std::make_shared<std::atomic_bool>(false);
    const quint64 job = ++m_lastJob;
    if (m_query.isEmpty()) {
        m_pendingJob = 0;
        m_publishedQuery = m_query;
        emit resultsChanged();
        return;
    }
    m_pendingJob = job;
    // Typing on usually narrows the query whose results are shown; then no other row can
    // match, and only those rows are checked.
    const bool narrowing = !m_publishedQuery.isEmpty() && m_query.narrows(m_publishedQuery);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher]() {
        publish(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(
        &m_pool, [job, content = m_content, index = m_index, query = m_query, cancelled = m_cancelRunning,
                  cancelIndex = m_cancelIndex, narrowing, candidateEvents = m_eventMatches,
                  candidateAlliances = m_allianceMatches]() {
            Outcome outcome;
            outcome.job = job;
            outcome.query = query;
            // The index belongs to this content; only this single worker thread touches it, and
            // the build queued by setContent() ran before this job.
            const bool ready = index->isBuilt() || index->build(*content, *cancelIndex);
            if (!ready) {
                outcome.cancelled = true;
                return outcome;
            }
            const bool matched = narrowing
                ? index->matchWithin(query, candidateEvents, candidateAlliances, &outcome.events, &outcome.alliances,
                                     *cancelled)
                : index->match(query, &outcome.events, &outcome.alliances, *cancelled);
            outcome.cancelled = !matched;
            return outcome;
        }));
}

void ReportSearch::publish(const Outcome &outcome)
{
    if (outcome.cancelled || outcome.job != m_lastJob)
        return;
    m_pendingJob = 0;
    m_publishedQuery = outcome.query;
    m_eventMatches = outcome.events;
    m_allianceMatches = outcome.alliances;
    emit resultsChanged();
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
