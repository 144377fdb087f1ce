#pragma once

#include <QObject>
#include <QString>

class EditionComparisonModel;
class JobTracker;

// Compares two built-in editions off the GUI thread and publishes the result in its model;
// a newer request supersedes one still running.
class EditionComparer : public QObject
{
    Q_OBJECT

public:
    explicit EditionComparer(QObject *parent = nullptr);

    EditionComparisonModel *model() const { return m_model; }
    void compare(const QString &fromYear, const QString &toYear);

signals:
    void compared();
    void failed(const QString &message);

private:
    JobTracker *m_tracker;
    EditionComparisonModel *m_model;
};
