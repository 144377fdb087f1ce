#pragma once

#include "reportcontent.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <optional>

// Where the explorer's report comes from: the embedded database, a database file, or a
// markdown edition imported on the spot (translated with the built-in tables), alone or as
// one more edition beside the embedded ones.
class ReportSource
{
    Q_DECLARE_TR_FUNCTIONS(ReportSource)

public:
    // Each gives up once cancelled (if given) is raised, returning nothing and no error: the
    // window that asked for the report has closed, or asked for another.
    static std::optional<ReportContent> embedded(QString *error, const std::atomic_bool *cancelled = nullptr);
    static std::optional<ReportContent> database(const QString &path, QString *error,
                                                 const std::atomic_bool *cancelled = nullptr);
    static std::optional<ReportContent> importMarkdown(const QString &path, QString *error,
                                                       const std::atomic_bool *cancelled = nullptr);
    // The embedded editions and the markdown at path as the edition of year, which must be
    // one the embedded report does not hold.
    static std::optional<ReportContent> importMarkdownAsEdition(const QString &path, int year, QString *error,
                                                                const std::atomic_bool *cancelled = nullptr);
};
