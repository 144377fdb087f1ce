#include "jobtracker.h"

#include <QThread>

#include <algorithm>

namespace {

// Destroyed after main() returns; by then every tracker has cancelled its job, and the
// destructor of QThreadPool waits for the few that were still finishing.
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
    return lane == Lane::Interactive ? interactivePool() : backgroundPool();
}
