#pragma once

#include "reportcontent.h"

#include <QObject>
#include <QSharedPointer>
#include <QString>

class EditionComparisonModel;
class JobTracker;

// Compares two editions of the report that is open, chosen by the reader, off the GUI thread
// and publishes the result in its model. A newer request supersedes one still running, whose
// result is dropped. Nothing is compared until someone asks (compare()): from then on a new
// pair or a new report is compared as soon as it is chosen.
class EditionComparer : public QObject
{
    Q_OBJECT

public:
    explicit EditionComparer(QObject *parent = nullptr);

    EditionComparisonModel *model() const { return m_model; }

    // The report with all its editions. Its two latest published editions (those with a source
    // URL; a reader's draft imported as an edition has none) become the pair, or its two latest
    // editions when fewer than two are published.
    void setReport(QSharedPointer<const ReportContent> report);
    QList<int> editionYears() const;
    int fromYear() const { return m_fromYear; }
    int toYear() const { return m_toYear; }
    void setEditions(int fromYear, int toYear);

    // Compares the pair chosen, unless its comparison is shown or on its way already.
    void compare();
    bool isComparing() const;
    // Why the pair chosen cannot be compared (EditionComparison::refusal()), in the language
    // of the moment; empty when it can, or when no report is open yet.
    QString refusal() const;

signals:
    // The report or the pair chosen changed.
    void editionsChanged();
    // The model holds the comparison of the pair chosen, or none when it is refused or a new
    // request is on its way.
    void comparisonChanged();

private:
    void startComparison();

    JobTracker *m_tracker;
    EditionComparisonModel *m_model;
    QSharedPointer<const ReportContent> m_report;
    int m_fromYear = 0;
    int m_toYear = 0;
    bool m_wanted = false; // compare() was called: keep the comparison current
};
