#pragma once

#include "reportcontent.h"
#include "reportcoordinator.h"

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
    using PathLoader
        = std::optional<ReportContent> (*)(const QString &path, QString *error, const std::atomic_bool *cancelled);
    // The coordinator's loader reading path with load; none without load.
    static ReportCoordinator::ReportLoader loaderOf(PathLoader load, const QString &path);

    // Each gives up once cancelled (if given) is raised, returning nothing and no error: the
    // window that asked for the report has closed, or asked for another.
    static std::optional<ReportContent> embedded(QString *error, const std::atomic_bool *cancelled = nullptr);
    static std::optional<ReportContent> database(const QString &path, QString *error,
                                                 const std::atomic_bool *cancelled = nullptr);
    // The database's first screenfuls of records, read in milliseconds at any size, shown
    // while database() reads the whole of it.
    static std::optional<ReportContent> databaseStart(const QString &path, QString *error,
                                                      const std::atomic_bool *cancelled = nullptr);
    static std::optional<ReportContent> importMarkdown(const QString &path, QString *error,
                                                       const std::atomic_bool *cancelled = nullptr);
    // The embedded editions and the markdown at path as the edition of year, which must be
    // one the embedded report does not hold.
    static std::optional<ReportContent> importMarkdownAsEdition(const QString &path, int year, QString *error,
                                                                const std::atomic_bool *cancelled = nullptr);
};
