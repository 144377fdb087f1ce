#pragma once

#include <QElapsedTimer>
#include <QObject>

// For start-up benchmarks: watches a window, prints "first-paint MS" (milliseconds since the
// given clock started) once the window's first frame is painted, then quits the application.
// The explorer installs it when REPORT_EXPLORER_EXIT_AFTER_FIRST_PAINT=1 is set.
class FirstPaintReporter : public QObject
{
    Q_OBJECT

public:
    explicit FirstPaintReporter(const QElapsedTimer &sinceStart, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_sinceStart;
    bool m_painted = false;
};
