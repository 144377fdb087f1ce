#pragma once

#include <QFuture>
#include <QMetaObject>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>
#include <mutex>
#include <type_traits>
#include <utility>

// The one way the explorer runs work off the GUI thread, in the manner of KDAB hotspot's
// JobTracker: a tracker runs one kind of work (loading, the search index, a query, the
// relations, chart data, an export), and starting a job supersedes the one before it. The
// superseded job's cancel flag is raised, and its result is dropped even if it finishes, so
// what is shown always belongs to the newest request. Results are delivered on the tracker's
// thread through its event loop: nothing ever waits for a job.
//
// Trackers run on one of two pools of the explorer's own, by the lane they are made for: work
// a person waits to see (a report loading, a query, chart data) never queues behind a pass
// over a whole report (the search index, the relations, the text order, an export), which
// can take seconds at a million events. Qt's global pool stays free: Qt 6.4's raster engine
// splits large fills over it and waits for them while painting.
class JobTracker : public QObject
{
    Q_OBJECT

public:
    enum class Lane { Interactive, Background };

    explicit JobTracker(Lane lane, QObject *parent = nullptr);
    // Cancels the job in flight; its result, if it comes, goes nowhere.
    ~JobTracker() override;

    // Runs job(const std::atomic_bool &cancelled) on the pool and hands its result to
    // deliver(result) on this tracker's thread, unless another start() or cancel() came first.
    template<typename Job, typename Deliver>
    void start(Job job, Deliver deliver)
    {
        using Result = std::invoke_result_t<Job &, const std::atomic_bool &>;
        auto cancelled = supersede();
        const quint64 id = m_currentJob;
        setRunning(true);
        pool(m_lane)->start(atLanePriority(
            m_lane, [owner = m_owner, id, cancelled, job = std::move(job), deliver = std::move(deliver)]() mutable {
                if (cancelled->load())
                    return;
                auto result = std::make_shared<Result>(job(*cancelled));
                const std::lock_guard lock(owner->mutex);
                if (cancelled->load() || !owner->tracker)
                    return;
                // Posted under the lock, so the tracker cannot go away in between; once posted, a
                // tracker destroyed before delivery takes the call with it.
                JobTracker *tracker = owner->tracker;
                QMetaObject::invokeMethod(
                    tracker,
                    [tracker, id, result, deliver = std::move(deliver)]() mutable {
                        if (id != tracker->m_currentJob)
                            return; // a newer job, or cancel(), came after this one
                        tracker->setRunning(false);
                        deliver(std::move(*result));
                    },
                    Qt::QueuedConnection);
            }));
    }

    // Runs fn() on the pool of lane, at the lane's priority as start() does: for a job that
    // shares its work with a helper thread and waits for the helper's result itself. Only a
    // worker waits for it: QFuture::result() runs a task not started yet on the waiting thread,
    // which would take the lane's priority for good.
    template<typename Fn>
    [[nodiscard]] static QFuture<std::invoke_result_t<Fn &>> run(Lane lane, Fn fn)
    {
        return QtConcurrent::run(pool(lane), atLanePriority(lane, std::move(fn)));
    }

    // Drops the job in flight, if any: closing the window, or a request that needs no work.
    void cancel();
    bool isRunning() const { return m_running; }

    // The pool of a lane. Each has as many threads as the machine has cores, and never fewer
    // than two.
    static QThreadPool *pool(Lane lane);

signals:
    void runningChanged(bool running);

private:
    // What a worker reaches the tracker through: the tracker's destructor clears it.
    struct Owner
    {
        std::mutex mutex;
        JobTracker *tracker = nullptr;
    };

    // fn, run first giving its pool thread the lane's priority: the one way start() and run()
    // put work on a lane's pool, so that no job can forget it.
    template<typename Fn>
    static auto atLanePriority(Lane lane, Fn fn)
    {
        return [lane, fn = std::move(fn)]() mutable {
            takeLanePriority(lane);
            return fn();
        };
    }
    // Gives the calling pool thread its lane's scheduling priority. Workers must not take the
    // cores from the GUI thread while it paints: on two cores, a query's two scanning threads
    // made each repaint take twice its time, and the window's longest stall while typing at a
    // million events went from about 25 ms to 60-100.
    // Linux schedules threads one by one, so pool threads run at a higher niceness than the
    // process (5 for the interactive lane, 10 for the background one): they take only what the
    // GUI thread leaves, yet still progress on a busy machine, unlike QThread::IdlePriority.
    static void takeLanePriority(Lane lane);

    // Raises the flag of the job in flight and gives the next job its own.
    std::shared_ptr<std::atomic_bool> supersede();
    void setRunning(bool running);

    const Lane m_lane;
    std::shared_ptr<Owner> m_owner;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    quint64 m_currentJob = 0; // read and written on this tracker's thread only
    bool m_running = false;
};
