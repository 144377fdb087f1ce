// What the window does, tested without a window: the kept selection across resets, results
// of superseded requests dropped, links to filtered-out events, charts that start watching
// late, and cancelling on close.
#include "alliancefilterproxymodel.h"
#include "alliancetreemodel.h"
#include "jobtracker.h"
#include "policyfilterproxymodel.h"
#include "policytablemodel.h"
#include "reportcoordinator.h"
#include "reporttesthelpers.h"
#include "viewlink.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ReportTest;

class TestReportCoordinator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tableSelectionSurvivesFilteringSortingAndLanguage();
    void anotherReportClearsTheSelection();
    void allianceSelectionSurvivesRegroupingAndFindsItsEvents();
    void staleSearchResultIsDropped();
    void linkToAFilteredOutEventClearsTheFilters();
    void chartMadeLateShowsTheCurrentSelection();
    void outdatedChartResultIsDropped();
    void aFailedLoadFallsBackOrKeepsTheReport();
    void previewShowsUntilTheWholeReportTakesOver();
    void aFailedLoadAfterItsPreviewBringsBackTheReport();
    void onlyTheReportOfAPreviewKeepsItsSelection();
    void closingCancelsWhatRuns();
    void closingGivesUpTheLoad();
    void csvExportWritesTheShownRows();
    void citedRecordsFollowTheSelection();

private:
    void selectEvent(int eventId);
    int currentEventId() const;
    bool waitUntilIdle() const;

    QSharedPointer<const ReportContent> m_content;
    std::unique_ptr<ReportSession> m_session;
    std::unique_ptr<ReportCoordinator> m_coordinator;
};

void TestReportCoordinator::initTestCase()
{
    QString error;
    m_content = embeddedContent(&error);
    QVERIFY2(m_content, qPrintable(error));
}

void TestReportCoordinator::init()
{
    m_session = std::make_unique<ReportSession>();
    m_coordinator = std::make_unique<ReportCoordinator>(m_session.get());
    new QAbstractItemModelTester(m_session->policyProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_coordinator.get());
    m_coordinator->setReport(m_content);
    QVERIFY(waitUntilIdle());
}

void TestReportCoordinator::cleanup()
{
    m_coordinator.reset();
    m_session.reset();
    for (auto lane : {JobTracker::Lane::Interactive, JobTracker::Lane::Background})
        QVERIFY(JobTracker::pool(lane)->waitForDone(30000));
}

bool TestReportCoordinator::waitUntilIdle() const
{
    // A zero timer may still be due to start the charts' job: give it a turn first.
    QCoreApplication::processEvents();
    return QTest::qWaitFor([this]() { return !m_coordinator->isBusy(); }, 30000);
}

void TestReportCoordinator::selectEvent(int eventId)
{
    PolicyTableModel *table = m_session->policyTable();
    const QModelIndex proxy = m_session->policyProxy()->mapFromSource(table->index(table->rowForEventId(eventId), 0));
    QVERIFY(proxy.isValid());
    // What a click in the table does.
    m_coordinator->eventSelection()->setCurrentIndex(proxy,
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

int TestReportCoordinator::currentEventId() const
{
    return m_coordinator->eventSelection()->currentIndex().data(ReportRoles::EventIdRole).toInt();
}

void TestReportCoordinator::tableSelectionSurvivesFilteringSortingAndLanguage()
{
    QSignalSpy shown(m_coordinator.get(), &ReportCoordinator::eventShown);
    selectEvent(24);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(m_coordinator->currentEventId(), 24);
    const PolicyLevel level = m_content->events.at(m_session->policyTable()->rowForEventId(24)).level;

    m_session->policyProxy()->setLevels({level});
    QCOMPARE(currentEventId(), 24);
    m_session->policyProxy()->sort(PolicyTableModel::RegionColumn, Qt::DescendingOrder);
    QCOMPARE(currentEventId(), 24);
    QVERIFY(waitUntilIdle());
    // The text order comes from a worker: busy until it is shown.
    m_session->policyProxy()->sort(PolicyTableModel::TextColumn, Qt::AscendingOrder);
    QVERIFY(m_coordinator->isBusy());
    QVERIFY(waitUntilIdle());
    QVERIFY(!m_session->policyProxy()->isSorting());
    QCOMPARE(currentEventId(), 24);
    m_coordinator->setSearchText(QStringLiteral("湖北"));
    QVERIFY(waitUntilIdle());
    QCOMPARE(currentEventId(), 24);
    m_coordinator->setLanguage(ContentLanguage::English);
    QCOMPARE(currentEventId(), 24);
    // Filtered out, the event stays the current one, and comes back with the filters.
    m_coordinator->setSearchText(QStringLiteral("COPU"));
    QVERIFY(waitUntilIdle());
    QVERIFY(!m_coordinator->eventSelection()->currentIndex().isValid());
    QCOMPARE(m_coordinator->currentEventId(), 24);
    m_coordinator->setSearchText(QString());
    QVERIFY(waitUntilIdle());
    QCOMPARE(currentEventId(), 24);
    // Restoring is not a new selection: the detail pane is not told again.
    QCOMPARE(shown.count(), 1);
}

void TestReportCoordinator::anotherReportClearsTheSelection()
{
    selectEvent(24);
    m_coordinator->showAlliance(5);
    QSignalSpy selections(m_coordinator.get(), &ReportCoordinator::chartSelectionChanged);
    m_coordinator->setReport(m_content);
    QVERIFY(waitUntilIdle());
    QCOMPARE(m_coordinator->currentEventId(), 0);
    QCOMPARE(m_coordinator->currentAlliance(), -1);
    QVERIFY(!m_coordinator->eventSelection()->currentIndex().isValid());
    QVERIFY(m_session->policyTable()->relatedEvents().isEmpty());
    QVERIFY(!selections.isEmpty());
    const auto last = selections.last().at(0).value<ChartSelection>();
    QCOMPARE(last.eventId, 0);
    QCOMPARE(last.allianceIndex, -1);
}

void TestReportCoordinator::allianceSelectionSurvivesRegroupingAndFindsItsEvents()
{
    const int hubei = allianceNamed(*m_content, QStringLiteral("湖北省开源软件推进联盟"));
    QVERIFY(hubei >= 0);
    const QModelIndexList nodes = m_session->allianceTree()->indexesForAlliance(hubei);
    QVERIFY(!nodes.isEmpty());
    QSignalSpy shown(m_coordinator.get(), &ReportCoordinator::allianceShown);
    m_coordinator->allianceSelection()->setCurrentIndex(m_session->allianceProxy()->mapFromSource(nodes.first()),
                                                        QItemSelectionModel::ClearAndSelect);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(m_coordinator->currentAlliance(), hubei);
    QCOMPARE(sorted(QList<int>(m_session->policyTable()->relatedEvents().cbegin(),
                               m_session->policyTable()->relatedEvents().cend())),
             QList<int>({23, 24}));

    for (auto grouping : {AllianceTreeModel::Grouping::FoundingYear, AllianceTreeModel::Grouping::Flat}) {
        m_session->allianceTree()->setGrouping(grouping);
        QCOMPARE(m_coordinator->allianceSelection()->currentIndex().data(ReportRoles::AllianceIndexRole).toInt(),
                 hubei);
    }
    m_coordinator->setLanguage(ContentLanguage::English);
    QCOMPARE(m_coordinator->allianceSelection()->currentIndex().data(ReportRoles::AllianceIndexRole).toInt(), hubei);
    QCOMPARE(shown.count(), 1);
}

void TestReportCoordinator::staleSearchResultIsDropped()
{
    QSignalSpy results(m_session->search(), &ReportSearch::resultsChanged);
    // Two keystrokes in one turn of the event loop: the first query's result, whenever its
    // worker finishes, belongs to a superseded request.
    m_coordinator->setSearchText(QStringLiteral("湖"));
    m_coordinator->setSearchText(QStringLiteral("COPU"));
    QVERIFY(waitUntilIdle());
    QVERIFY(JobTracker::pool(JobTracker::Lane::Interactive)->waitForDone(10000));
    QCoreApplication::processEvents();
    QCOMPARE(results.count(), 1);
    QCOMPARE(m_session->search()->query().terms(), QStringList({QStringLiteral("copu")}));
    QCOMPARE(sorted(eventIds(*m_session->policyProxy())), idsOfEventRows(*m_content, [this]() {
                 QList<int> rows;
                 const QBitArray matches = ReportSearch::matchingEvents(*m_content, QStringLiteral("COPU"));
                 for (int row = 0; row < matches.size(); ++row) {
                     if (matches.testBit(row))
                         rows << row;
                 }
                 return rows;
             }()));
}

void TestReportCoordinator::linkToAFilteredOutEventClearsTheFilters()
{
    m_coordinator->setSearchText(QStringLiteral("湖北"));
    QVERIFY(waitUntilIdle());
    const int outside = 3; // COPU's founding: not a Hubei event
    PolicyTableModel *table = m_session->policyTable();
    const int row = table->rowForEventId(outside);
    m_session->policyProxy()->setYearRange(2015, 2016);
    QVERIFY(!m_session->policyProxy()->mapFromSource(table->index(row, 0)).isValid());

    QSignalSpy searchText(m_coordinator.get(), &ReportCoordinator::searchTextChanged);
    QSignalSpy shown(m_coordinator.get(), &ReportCoordinator::eventShown);
    m_coordinator->showEvent(outside);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.at(0).at(0).toInt(), row);
    QCOMPARE(searchText.count(), 1);
    QCOMPARE(searchText.at(0).at(0).toString(), QString());
    QVERIFY(!m_session->policyProxy()->hasFilters());
    QVERIFY(waitUntilIdle());
    QCOMPARE(m_session->policyProxy()->rowCount(), m_content->events.size());
    QCOMPARE(currentEventId(), outside);
}

void TestReportCoordinator::chartMadeLateShowsTheCurrentSelection()
{
    selectEvent(8);
    m_coordinator->showAlliance(allianceNamed(*m_content, QStringLiteral("湖北省开源软件推进联盟")));
    QVERIFY(waitUntilIdle());
    QObject chart;
    int entries = -1;
    ChartSelection selection;
    m_coordinator->watchCharts(
        &chart, [&entries](const TimelineData &data) { entries = int(data.entries.size()); },
        [&selection](const ChartSelection &current) { selection = current; });
    // At once, not at the next change.
    QVERIFY(entries > 0);
    QCOMPARE(selection.eventId, 8);
    QCOMPARE(selection.allianceIndex, m_coordinator->currentAlliance());
    QCOMPARE(selection.relatedEventIds, QSet<int>({23, 24}));
    selectEvent(3);
    QCOMPARE(selection.eventId, 3);
}

void TestReportCoordinator::outdatedChartResultIsDropped()
{
    QList<QStringList> delivered;
    QObject chart;
    m_coordinator->watchCharts(
        &chart, [&delivered](const TimelineData &data) { delivered << data.lanes; }, [](const ChartSelection &) {});
    delivered.clear();

    // Every thread of the interactive lane is held, so the first request's job waits in the queue.
    QSemaphore hold;
    const int threads = JobTracker::pool(JobTracker::Lane::Interactive)->maxThreadCount();
    const auto letGo = qScopeGuard([&]() { hold.release(threads); });
    for (int i = 0; i < threads; ++i)
        JobTracker::pool(JobTracker::Lane::Interactive)->start([&hold]() { hold.acquire(); });
    m_coordinator->setLaneMode(TimelineData::LaneMode::Region);
    // Turns of the event loop for the request to reach the pool, where it waits; nothing can be
    // delivered meanwhile.
    QTest::qWait(50);
    QVERIFY(m_coordinator->isBusy());
    m_coordinator->setLaneMode(TimelineData::LaneMode::Level);
    hold.release(threads);
    QVERIFY(waitUntilIdle());
    QVERIFY(JobTracker::pool(JobTracker::Lane::Interactive)->waitForDone(10000));
    QCoreApplication::processEvents();
    QCOMPARE(delivered.size(), 1);
    QVERIFY(delivered.constFirst().contains(PolicyTableModel::levelName(PolicyLevel::Central)));
}

void TestReportCoordinator::aFailedLoadFallsBackOrKeepsTheReport()
{
    const auto failing = [](QString *error, const std::atomic_bool &) {
        *error = QStringLiteral("not a report");
        return std::optional<ReportContent>();
    };
    ReportContent smaller = *m_content;
    smaller.events.resize(3);
    QSignalSpy failures(m_coordinator.get(), &ReportCoordinator::loadFailed);
    QSignalSpy loading(m_coordinator.get(), &ReportCoordinator::loadingChanged);
    m_coordinator->loadReport(
        failing, [smaller](QString *, const std::atomic_bool &) { return std::optional<ReportContent>(smaller); });
    QVERIFY(m_coordinator->isLoading());
    QTRY_COMPARE(failures.count(), 1);
    QCOMPARE(failures.at(0).at(0).toString(), QStringLiteral("not a report"));
    QCOMPARE(m_session->policyTable()->rowCount(), 3);
    QVERIFY(!m_coordinator->isLoading());
    QCOMPARE(loading.count(), 2);

    m_coordinator->loadReport(failing);
    QTRY_COMPARE(failures.count(), 2);
    QCOMPARE(m_session->policyTable()->rowCount(), 3);
    QVERIFY(!m_coordinator->isLoading());
}

namespace {

// The report's first events, as ReportDatabase::loadFileStart() would give them.
ReportCoordinator::ReportLoader previewOf(const ReportContent &whole, qsizetype events)
{
    ReportContent preview = whole;
    preview.events.resize(events);
    preview.preview = true;
    return [preview](QString *, const std::atomic_bool &) { return std::optional<ReportContent>(preview); };
}

} // namespace

// The first records show while the whole report loads; it then takes their place and keeps
// what was selected in them. A link waits for the whole report, and nothing is exported of the
// preview.
void TestReportCoordinator::previewShowsUntilTheWholeReportTakesOver()
{
    const int wholeRows = m_session->policyTable()->rowCount();
    QSemaphore release;
    const auto letGo = qScopeGuard([&release]() { release.release(); });
    // The whole report arrives once the test releases it.
    const auto loadWithPreview = [this, &release]() {
        m_coordinator->loadReport(
            [&release, whole = *m_content](QString *, const std::atomic_bool &) {
                release.acquire();
                return std::optional<ReportContent>(whole);
            },
            {}, previewOf(*m_content, 10));
    };
    loadWithPreview();
    QTRY_VERIFY(m_coordinator->showsPreview());
    QVERIFY(m_coordinator->isLoading());
    QCOMPARE(m_session->policyTable()->rowCount(), 10);
    QVERIFY2(m_coordinator->statusText().contains(QStringLiteral("10")), qPrintable(m_coordinator->statusText()));

    QTemporaryDir folder;
    const QString csv = folder.filePath(QStringLiteral("events.csv"));
    QSignalSpy exportFailed(m_coordinator.get(), &ReportCoordinator::exportFailed);
    m_coordinator->exportCsv(csv);
    m_coordinator->exportCitations(folder.filePath(QStringLiteral("events.bib")));
    m_coordinator->exportDatabase(folder.filePath(QStringLiteral("report.sqlite")));
    QCOMPARE(exportFailed.count(), 3);
    QVERIFY(QDir(folder.path()).isEmpty());

    const int previewed = m_content->events.at(4).id;
    selectEvent(previewed);
    QCOMPARE(m_coordinator->currentEventId(), previewed);
    // Opened during the preview, a link to an event it does not hold waits for the report.
    ViewState linked = m_coordinator->view();
    linked.eventId = m_content->events.at(20).id;
    m_coordinator->openLink(ViewLink::toString(linked));
    QCOMPARE(m_coordinator->currentEventId(), previewed);

    release.release();
    QTRY_VERIFY(!m_coordinator->isLoading());
    QVERIFY(!m_coordinator->showsPreview());
    QCOMPARE(m_session->policyTable()->rowCount(), wholeRows);
    QCOMPARE(currentEventId(), linked.eventId);

    // Without the link, the event selected in the preview stays selected in the whole report,
    // and is shown again in the detail pane, which the new report cleared.
    loadWithPreview();
    QTRY_VERIFY(m_coordinator->showsPreview());
    selectEvent(previewed);
    QSignalSpy shown(m_coordinator.get(), &ReportCoordinator::eventShown);
    release.release();
    QTRY_VERIFY(!m_coordinator->isLoading());
    QCOMPARE(m_session->policyTable()->rowCount(), wholeRows);
    QCOMPARE(currentEventId(), previewed);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.at(0).at(0).toInt(), m_session->policyTable()->rowForEventId(previewed));

    // A report that came whole from its preview's loader is not read again.
    std::atomic_bool readAgain = false;
    ReportContent smaller = *m_content;
    smaller.events.resize(3);
    m_coordinator->loadReport(
        [&readAgain](QString *, const std::atomic_bool &) {
            readAgain = true;
            return std::optional<ReportContent>();
        },
        {}, [smaller](QString *, const std::atomic_bool &) { return std::optional<ReportContent>(smaller); });
    QTRY_VERIFY(!m_coordinator->isLoading());
    QVERIFY(!m_coordinator->showsPreview());
    QCOMPARE(m_session->policyTable()->rowCount(), 3);
    QVERIFY(waitUntilIdle());
    QVERIFY(!readAgain);
}

// The report shown before stays when the load fails: a preview shown meanwhile goes.
void TestReportCoordinator::aFailedLoadAfterItsPreviewBringsBackTheReport()
{
    selectEvent(24);
    const QSharedPointer<const ReportContent> before = m_session->allEditions();
    const int rows = m_session->policyTable()->rowCount();
    QSemaphore release;
    const auto letGo = qScopeGuard([&release]() { release.release(); });
    QSignalSpy failures(m_coordinator.get(), &ReportCoordinator::loadFailed);
    m_coordinator->loadReport(
        [&release](QString *error, const std::atomic_bool &) {
            release.acquire();
            *error = QStringLiteral("damaged after its first records");
            return std::optional<ReportContent>();
        },
        {}, previewOf(*m_content, 10));
    QTRY_VERIFY(m_coordinator->showsPreview());
    QCOMPARE(m_session->policyTable()->rowCount(), 10);
    QCOMPARE(m_coordinator->currentEventId(), 0);
    QSignalSpy shown(m_coordinator.get(), &ReportCoordinator::eventShown);
    release.release();
    QTRY_COMPARE(failures.count(), 1);
    QVERIFY(!m_coordinator->isLoading());
    QVERIFY(!m_coordinator->showsPreview());
    QCOMPARE(m_session->allEditions(), before);
    QCOMPARE(m_session->policyTable()->rowCount(), rows);
    // With what was selected in it, shown again.
    QCOMPARE(currentEventId(), 24);
    QCOMPARE(shown.count(), 1);
}

// The selection made in a preview names records of that preview's file: a fall-back report, or
// the report of a load that superseded it, starts with none.
void TestReportCoordinator::onlyTheReportOfAPreviewKeepsItsSelection()
{
    ReportContent other = *m_content;
    other.events.resize(15);
    const int previewed = m_content->events.at(4).id;
    QSemaphore release;
    const auto letGo = qScopeGuard([&release]() { release.release(); });
    const auto failing = [&release](QString *error, const std::atomic_bool &) {
        release.acquire();
        *error = QStringLiteral("damaged after its first records");
        return std::optional<ReportContent>();
    };
    const auto otherReport
        = [other](QString *, const std::atomic_bool &) { return std::optional<ReportContent>(other); };
    m_coordinator->loadReport(failing, otherReport, previewOf(*m_content, 10));
    QTRY_VERIFY(m_coordinator->showsPreview());
    selectEvent(previewed);
    release.release();
    QTRY_VERIFY(!m_coordinator->isLoading());
    QCOMPARE(m_session->policyTable()->rowCount(), 15);
    QCOMPARE(m_coordinator->currentEventId(), 0);

    m_coordinator->loadReport(failing, {}, previewOf(*m_content, 10));
    QTRY_VERIFY(m_coordinator->showsPreview());
    selectEvent(previewed);
    m_coordinator->loadReport(otherReport);
    release.release();
    QTRY_VERIFY(!m_coordinator->isLoading());
    QCOMPARE(m_session->policyTable()->rowCount(), 15);
    QCOMPARE(m_coordinator->currentEventId(), 0);
}

// The loader is handed the load job's flag, so that a load of seconds stops when the window
// closes; given up, it is no failure, and the fall-back report is not read instead.
void TestReportCoordinator::closingGivesUpTheLoad()
{
    QSignalSpy failures(m_coordinator.get(), &ReportCoordinator::loadFailed);
    QSemaphore loading;
    QSemaphore closed;
    const auto letGo = qScopeGuard([&closed]() { closed.release(); });
    std::atomic_bool sawCancel = false;
    std::atomic_bool fellBack = false;
    m_coordinator->loadReport(
        [&](QString *, const std::atomic_bool &cancelled) {
            loading.release();
            closed.acquire();
            sawCancel = cancelled.load();
            return std::optional<ReportContent>();
        },
        [&fellBack](QString *, const std::atomic_bool &) {
            fellBack = true;
            return std::optional<ReportContent>();
        });
    QVERIFY(loading.tryAcquire(1, 10000));
    m_coordinator->cancelAll();
    closed.release();
    QVERIFY(JobTracker::pool(JobTracker::Lane::Interactive)->waitForDone(10000));
    QCoreApplication::processEvents();
    QVERIFY(sawCancel);
    QVERIFY(!fellBack);
    QCOMPARE(failures.count(), 0);
}

void TestReportCoordinator::closingCancelsWhatRuns()
{
    QSignalSpy charts(m_coordinator.get(), &ReportCoordinator::chartDataChanged);
    QSignalSpy results(m_session->search(), &ReportSearch::resultsChanged);
    QSignalSpy reports(m_coordinator.get(), &ReportCoordinator::reportChanged);
    QSemaphore hold;
    const int threads = JobTracker::pool(JobTracker::Lane::Interactive)->maxThreadCount();
    const auto letGo = qScopeGuard([&]() { hold.release(threads); });
    for (int i = 0; i < threads; ++i)
        JobTracker::pool(JobTracker::Lane::Interactive)->start([&hold]() { hold.acquire(); });
    m_coordinator->loadReport(
        [this](QString *, const std::atomic_bool &) { return std::optional<ReportContent>(*m_content); });
    m_coordinator->setSearchText(QStringLiteral("湖北"));
    m_coordinator->setLaneMode(TimelineData::LaneMode::Region);
    QTRY_VERIFY(m_coordinator->isBusy());
    m_coordinator->cancelAll();
    QVERIFY(!m_coordinator->isBusy());
    hold.release(threads);
    QVERIFY(JobTracker::pool(JobTracker::Lane::Interactive)->waitForDone(10000));
    QCoreApplication::processEvents();
    QCOMPARE(charts.count(), 0);
    QCOMPARE(results.count(), 0);
    QCOMPARE(reports.count(), 0);
}

void TestReportCoordinator::csvExportWritesTheShownRows()
{
    m_coordinator->setSearchText(QStringLiteral("湖北"));
    QVERIFY(waitUntilIdle());
    const int shown = m_session->policyProxy()->rowCount();
    QVERIFY(shown > 0 && shown < m_content->events.size());
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("events.csv"));
    QSignalSpy finished(m_coordinator.get(), &ReportCoordinator::exportFinished);
    m_coordinator->exportCsv(path);
    QTRY_COMPARE(finished.count(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(csv.count("\r\n"), shown + 1);
    QVERIFY(csv.contains("湖北"));

    QSignalSpy failed(m_coordinator.get(), &ReportCoordinator::exportFailed);
    m_coordinator->exportCsv(folder.filePath(QStringLiteral("missing/events.csv")));
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
}

void TestReportCoordinator::citedRecordsFollowTheSelection()
{
    QVERIFY(m_coordinator->citedRecords(false).isEmpty());
    // Selected out of order: cited in the table's order, by their index in the content.
    QItemSelectionModel *selection = m_coordinator->eventSelection();
    PolicyFilterProxyModel *proxy = m_session->policyProxy();
    selection->select(proxy->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(proxy->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const auto isEvent = [](const CitedRecord &record) { return record.kind == CitedRecord::Kind::Event; };
    QList<CitedRecord> cited = m_coordinator->citedRecords(false);
    QCOMPARE(cited.size(), 2);
    QVERIFY(std::all_of(cited.cbegin(), cited.cend(), isEvent));
    QCOMPARE(cited.at(0).index, proxy->mapToSource(proxy->index(0, 0)).row());
    QCOMPARE(cited.at(1).index, proxy->mapToSource(proxy->index(2, 0)).row());
    // Without an alliance shown, preferring one cites nothing.
    QVERIFY(m_coordinator->citedRecords(true).isEmpty());

    m_coordinator->showAlliance(5);
    QCOMPARE(m_coordinator->citedRecords(false).size(), 2);
    cited = m_coordinator->citedRecords(true);
    QCOMPARE(cited.size(), 1);
    QCOMPARE(cited.at(0).kind, CitedRecord::Kind::Alliance);
    QCOMPARE(cited.at(0).index, 5);
    // With no event selected, the alliance either way.
    selection->clearSelection();
    cited = m_coordinator->citedRecords(false);
    QCOMPARE(cited.size(), 1);
    QCOMPARE(cited.at(0).kind, CitedRecord::Kind::Alliance);
}

QTEST_GUILESS_MAIN(TestReportCoordinator)
#include "tst_reportcoordinator.moc"
