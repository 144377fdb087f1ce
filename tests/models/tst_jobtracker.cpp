// The one way background work runs: results arrive on the tracker's thread, a newer job
// supersedes an older one, cancel() and destruction drop what is in flight.
#include "jobtracker.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <memory>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

class TestJobTracker : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void resultArrivesOnTheTrackersThread();
    void newerJobSupersedesTheOlder();
    void cancelDropsTheResultAndRaisesTheFlag();
    void destroyedTrackerDropsTheResult();
    void runningFollowsTheJob();
    void interactiveWorkPassesABusyBackground();
    void jobsRunAtTheirLanesPriority();
};

void TestJobTracker::cleanup()
{
    // No test leaves a job behind for the next.
    QVERIFY(JobTracker::pool(JobTracker::Lane::Interactive)->waitForDone(10000));
}

void TestJobTracker::resultArrivesOnTheTrackersThread()
{
    JobTracker tracker(JobTracker::Lane::Interactive);
    QThread *worker = nullptr;
    QThread *deliveredOn = nullptr;
    int delivered = 0;
    tracker.start(
        [&worker](const std::atomic_bool &) {
            worker = QThread::currentThread();
            return 42;
        },
        [&](int value) {
            deliveredOn = QThread::currentThread();
            delivered = value;
        });
    // Never delivered from inside start(): the caller has not returned to the event loop.
    QCOMPARE(delivered, 0);
    QTRY_COMPARE(delivered, 42);
    QCOMPARE(deliveredOn, QThread::currentThread());
    QVERIFY(worker != QThread::currentThread());
    QVERIFY(worker != nullptr);
}

void TestJobTracker::newerJobSupersedesTheOlder()
{
    JobTracker tracker(JobTracker::Lane::Interactive);
    QSemaphore olderRunning;
    QSemaphore older;
    std::atomic_bool olderSawCancel = false;
    const auto letGo = qScopeGuard([&older]() { older.release(); });
    QStringList delivered;
    tracker.start(
        [&](const std::atomic_bool &cancelled) {
            olderRunning.release();
            older.acquire();
            olderSawCancel = cancelled.load();
            return QStringLiteral("older");
        },
        [&delivered](const QString &value) { delivered << value; });
    QVERIFY(olderRunning.tryAcquire(1, 10000));
    tracker.start([](const std::atomic_bool &) { return QStringLiteral("newer"); },
                  [&delivered](const QString &value) { delivered << value; });
    QTRY_COMPARE(delivered, QStringList({QStringLiteral("newer")}));
    older.release();
    QVERIFY(JobTracker::pool(JobTracker::Lane::Interactive)->waitForDone(10000));
    QCoreApplication::processEvents();
    QCOMPARE(delivered, QStringList({QStringLiteral("newer")}));
    QVERIFY(olderSawCancel);
}

void TestJobTracker::cancelDropsTheResultAndRaisesTheFlag()
{
    JobTracker tracker(JobTracker::Lane::Interactive);
    QSemaphore running;
    QSemaphore proceed;
    std::atomic_bool sawCancel = false;
    const auto letGo = qScopeGuard([&proceed]() { proceed.release(); });
    bool delivered = false;
    tracker.start(
        [&](const std::atomic_bool &cancelled) {
            running.release();
            proceed.acquire();
            sawCancel = cancelled.load();
            return 1;
        },
        [&delivered](int) { delivered = true; });
    QVERIFY(running.tryAcquire(1, 10000));
    QVERIFY(tracker.isRunning());
    tracker.cancel();
    QVERIFY(!tracker.isRunning());
    proceed.release();
    QVERIFY(JobTracker::pool(JobTracker::Lane::Interactive)->waitForDone(10000));
    QCoreApplication::processEvents();
    QVERIFY(sawCancel);
    QVERIFY(!delivered);
}

void TestJobTracker::destroyedTrackerDropsTheResult()
{
    auto tracker = std::make_unique<JobTracker>(JobTracker::Lane::Interactive);
    QSemaphore running;
    QSemaphore proceed;
    const auto letGo = qScopeGuard([&proceed]() { proceed.release(); });
    auto delivered = std::make_shared<bool>(false);
    tracker->start(
        [&](const std::atomic_bool &) {
            running.release();
            proceed.acquire();
            return 1;
        },
        [delivered](int) { *delivered = true; });
    QVERIFY(running.tryAcquire(1, 10000));
    tracker.reset();
    proceed.release();
    QVERIFY(JobTracker::pool(JobTracker::Lane::Interactive)->waitForDone(10000));
    QCoreApplication::processEvents();
    QVERIFY(!*delivered);
}

void TestJobTracker::runningFollowsTheJob()
{
    JobTracker tracker(JobTracker::Lane::Interactive);
    QSignalSpy running(&tracker, &JobTracker::runningChanged);
    bool delivered = false;
    tracker.start([](const std::atomic_bool &) { return 0; },
                  [&](int) {
                      // Delivery finds the tracker idle already, so that what it starts counts anew.
                      QVERIFY(!tracker.isRunning());
                      delivered = true;
                  });
    QVERIFY(tracker.isRunning());
    QTRY_VERIFY(delivered);
    QCOMPARE(running.count(), 2);
    QCOMPARE(running.at(0).at(0).toBool(), true);
    QCOMPARE(running.at(1).at(0).toBool(), false);
}

void TestJobTracker::interactiveWorkPassesABusyBackground()
{
    // Every background thread is taken, as by the index and the relations of a large report.
    QThreadPool *background = JobTracker::pool(JobTracker::Lane::Background);
    QSemaphore hold;
    const int threads = background->maxThreadCount();
    const auto letGo = qScopeGuard([&]() { hold.release(threads); });
    for (int i = 0; i < threads; ++i)
        background->start([&hold]() { hold.acquire(); });
    JobTracker chart(JobTracker::Lane::Interactive);
    bool delivered = false;
    chart.start([](const std::atomic_bool &) { return 1; }, [&delivered](int) { delivered = true; });
    QTRY_VERIFY(delivered);
    hold.release(threads);
    QVERIFY(background->waitForDone(10000));
}

void TestJobTracker::jobsRunAtTheirLanesPriority()
{
#ifndef Q_OS_LINUX
    QSKIP("The lanes' priorities are niceness, which only Linux gives each thread");
#else
    const auto niceness = [](pid_t thread) { return getpriority(PRIO_PROCESS, id_t(thread)); };
    const int process = niceness(getpid());
    if (process > 19 - 10)
        QSKIP("The tests run too nice for the lanes to run nicer still");
    QThreadPool *interactive = JobTracker::pool(JobTracker::Lane::Interactive);
    QThreadPool *background = JobTracker::pool(JobTracker::Lane::Background);
    // Waiting ends the pools' threads: the next job of each gets a thread of its own, which starts
    // at the niceness of the thread that starts it.
    QVERIFY(interactive->waitForDone(10000));
    QVERIFY(background->waitForDone(10000));

    JobTracker tracker(JobTracker::Lane::Interactive);
    int started = process;
    tracker.start([&niceness](const std::atomic_bool &) { return niceness(gettid()); },
                  [&started](int value) { started = value; });
    QTRY_COMPARE(started, process + 5);

    // A background job shares its work with an interactive helper, whose thread the job's
    // thread starts: the helper runs at its own lane's priority, not the job's lowered further.
    QVERIFY(interactive->waitForDone(10000));
    std::atomic_int helper = process;
    QFuture<int> job = JobTracker::run(JobTracker::Lane::Background, [&]() {
        JobTracker::run(JobTracker::Lane::Interactive, [&]() { helper = niceness(gettid()); }).waitForFinished();
        return niceness(gettid());
    });
    QTRY_VERIFY(job.isFinished());
    QCOMPARE(job.result(), process + 10);
    QCOMPARE(helper.load(), process + 5);
    QVERIFY(background->waitForDone(10000));
#endif
}

QTEST_GUILESS_MAIN(TestJobTracker)
#include "tst_jobtracker.moc"
