#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

// The longest time the event loop went without serving a 1 ms heartbeat: how long the GUI
// thread was blocked, as a user typing or clicking would feel it (one frame is 16 ms).
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_heartbeat.setTimerType(Qt::PreciseTimer);
        m_heartbeat.setInterval(1);
        connect(&m_heartbeat, &QTimer::timeout, this, [this]() { beat(); });
    }

    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_heartbeat.start();
    }

    // The time since the last beat counts too: a stall may last until the very end.
    double stop()
    {
        beat();
        m_heartbeat.stop();
        return double(m_longest) / 1e6;
    }

private:
    void beat()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_longest = std::max(m_longest, now - m_last);
        m_last = now;
    }

    QTimer m_heartbeat;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};
