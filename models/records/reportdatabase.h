#pragma once

#include "reportcontent.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <optional>

// The report as an SQLite database (schema in README.md, versioned with PRAGMA user_version),
// read and written through Qt Sql alone: nothing here touches the SQLite library beneath the
// QSQLITE driver, which is the system's on Debian and a copy inside the driver on Qt's own
// Windows and macOS builds (README.md, "The database").
//
// Reading never writes: the embedded copy is an SQL script replayed into an in-memory
// database, files are opened immutable and read-only, and the contents are checked before they
// are read: a file carrying triggers, views, virtual tables or generated columns is refused
// (they are code), and so is one holding a value over maxValueBytes. What is read is validated
// and copied into ReportContent, except the events' texts of a file, which EventTextStore
// reads from it when they are needed.
class ReportDatabase
{
public:
    static constexpr int schemaVersion = 2;
    // Version 1 (one edition, no identities) is still read, and upgraded in memory.
    static constexpr int oldestSchemaVersion = 1;
    static constexpr const char *embeddedResource = ":/report/report.sql";
    // The longest value, in bytes, a report database may hold.
    static constexpr int maxValueBytes = 64 * 1024 * 1024;
    // What loadFileStart() reads: by default screenfuls of each, in milliseconds at any size.
    struct PreviewSize
    {
        qsizetype events = 1000;
        qsizetype alliances = 100;
    };

    // Loading gives up once cancelled (if given) is raised: it returns nothing and leaves *error
    // alone, as nobody waits for the report any more.
    static std::optional<ReportContent> loadEmbedded(QString *error, const std::atomic_bool *cancelled = nullptr);
    static std::optional<ReportContent> loadFile(const QString &path, QString *error,
                                                 const std::atomic_bool *cancelled = nullptr);
    // The report's first events and alliances by id (as many as size says), checked as
    // loadFile() checks them, and marked as a preview (ReportContent::preview): what the window
    // shows while loadFile() reads the rest. A report that holds no more is read whole, and is
    // no preview. In files whose ids are their tables' rowids (every file the explorer writes)
    // it reads only those records; other files may cost it a pass over the ids.
    static std::optional<ReportContent> loadFileStart(const QString &path, PreviewSize size, QString *error,
                                                      const std::atomic_bool *cancelled = nullptr);

    // The database as an SQL script, as the build embeds it: one statement a line (a newline
    // in a text is written as char(10)), so that it can be replayed line by line through Qt
    // Sql, and runs unchanged in the sqlite3 shell.
    static std::optional<QByteArray> sqlScript(const ReportContent &content, QString *error);
    static std::optional<ReportContent> loadSqlScript(const QByteArray &script, QString *error,
                                                      const std::atomic_bool *cancelled = nullptr);

    // Atomic: the target is replaced only once the whole database has been written.
    static bool exportTo(const ReportContent &content, const QString &path, QString *error);

    // The SQLite URI loadFile() opens path with: read-only and immutable.
    static QString readOnlyUri(const QString &path);

private:
    static std::optional<ReportContent> readFile(const QString &path, std::optional<PreviewSize> preview,
                                                 QString *error, const std::atomic_bool *cancelled);
};
