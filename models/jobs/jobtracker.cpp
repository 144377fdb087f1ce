#include "jobtracker.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {

// Destroyed after main() returns, by which time QCoreApplication's destructor has waited for
// every job (waitForEveryJob()).
class ExplorerPool : public QThreadPool
{
public:
    explicit ExplorerPool(const QString &name)
    {
        setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        setObjectName(name);
    }
};

Q_GLOBAL_STATIC(ExplorerPool, interactivePool, QStringLiteral("ReportExplorerInteractiveJobs"))
Q_GLOBAL_STATIC(ExplorerPool, backgroundPool, QStringLiteral("ReportExplorerBackgroundJobs"))

// A job still running after the application object is gone would use Qt's global state (Qt
// SQL's connections among it) while exit handlers destroy it: quitting while a report loaded
// crashed. QCoreApplication's destructor calls this first, while that state is alive; the
// trackers, destroyed before it, have cancelled their jobs.
void waitForEveryJob()
{
    interactivePool()->waitForDone();
    backgroundPool()->waitForDone();
}

} // namespace

JobTracker::JobTracker(Lane lane, QObject *parent)
    : QObject(parent)
    , m_lane(lane)
    , m_owner(std::make_shared<Owner>())
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    m_owner->tracker = this;
}

JobTracker::~JobTracker()
{
    m_cancelled->store(true);
    const std::lock_guard lock(m_owner->mutex);
    m_owner->tracker = nullptr;
}

void JobTracker::cancel()
{
    supersede();
    setRunning(false);
}

std::shared_ptr<std::atomic_bool> JobTracker::supersede()
{
    m_cancelled->store(true);
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    ++m_currentJob;
    return m_cancelled;
}

void JobTracker::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    emit runningChanged(running);
}

QThreadPool *JobTracker::pool(Lane lane)
{
    static const bool waitedForAtExit = []() {
        qAddPostRoutine(waitForEveryJob);
        return true;
    }();
    Q_UNUSED(waitedForAtExit);
    return lane == Lane::Interactive ? interactivePool() : backgroundPool();
}

void JobTracker::takeLanePriority(Lane lane)
{
#ifdef Q_OS_LINUX
    // A pool's threads serve one lane only, so each lowers its priority once, from the
    // process's own niceness: a little for the work a person waits to see, more for passes
    // over a whole report. The process's is its main thread's (its id is the process's): a
    // thread inherits its niceness from the thread that starts it, which is a worker when a
    // job starts a helper, and the helper's lane would otherwise come on top of the job's.
    thread_local const bool lowered = [lane]() {
        errno = 0;
        const int processNiceness = getpriority(PRIO_PROCESS, id_t(getpid()));
        const int steps = lane == Lane::Interactive ? 5 : 10;
        return errno == 0 && setpriority(PRIO_PROCESS, id_t(gettid()), std::min(processNiceness + steps, 19)) == 0;
    }();
    Q_UNUSED(lowered);
#else
    Q_UNUSED(lane);
#endif
}
