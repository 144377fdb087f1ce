#include "firstpaintreporter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

FirstPaintReporter::FirstPaintReporter(const QElapsedTimer &sinceStart, QObject *parent)
    : QObject(parent)
    , m_sinceStart(sinceStart)
{
}

bool FirstPaintReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // The other widgets of the frame paint in the same pass: report on the loop's next turn.
        QTimer::singleShot(0, this, [this]() {
            std::printf("first-paint %lld\n", m_sinceStart.elapsed());
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}
