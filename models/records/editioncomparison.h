#pragma once

#include "editionmatcher.h"
#include "reportcontent.h"

#include <QCoreApplication>
#include <QList>
#include <QSharedPointer>
#include <QString>

#include <optional>

// Two editions of the report and how their records line up.
struct EditionComparison
{
    Q_DECLARE_TR_FUNCTIONS(EditionComparison)

public:
    QSharedPointer<const ReportContent> from;
    QSharedPointer<const ReportContent> to;
    QList<EditionMatcher::Comparison> rows;

    // Why two editions of report cannot be compared (a year it does not hold, or one edition
    // on both sides), empty when they can. Cheap: it looks at the years only.
    static QString refusal(const ReportContent &report, int fromYear, int toYear);
    // Compares two editions of report, which holds them side by side (ReportContent::combined(),
    // or a database of several editions); nullopt and refusal()'s message when they cannot be.
    static std::optional<EditionComparison> between(const ReportContent &report, int fromYear, int toYear,
                                                    QString *error);
};
