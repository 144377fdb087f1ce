#pragma once

#include "reportcontent.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;

// The report as an SQLite database (schema in README.md, versioned with PRAGMA user_version).
// Reading never writes: the embedded copy is deserialized read-only from the resource bytes,
// files are opened immutable and read-only, and every connection runs in SQLite's defensive
// mode with triggers, views and extension loading switched off, so a hostile file cannot run
// code or change itself. What is read is validated and copied into ReportContent, except the
// events' texts of a file, which EventTextStore reads from it when they are needed.
class ReportDatabase
{
public:
    static constexpr int schemaVersion = 1;
    static constexpr const char *embeddedResource = ":/report/report.sqlite";
    // SQLITE_LIMIT_LENGTH of every connection: a longer value fails its read.
    static constexpr int maxValueBytes = 64 * 1024 * 1024;

    static std::optional<ReportContent> loadEmbedded(QString *error);
    static std::optional<ReportContent> loadFile(const QString &path, QString *error);
    static std::optional<ReportContent> loadBytes(const QByteArray &bytes, QString *error);

    // A connection of the SQLite C API to the file at path, opened and hardened as loadFile()
    // opens it (nullptr and *error on failure; close it with sqlite3_close()).
    static sqlite3 *openReadOnly(const QString &path, QString *error);

    static std::optional<QByteArray> serialize(const ReportContent &content, QString *error);
    // Atomic: the target is replaced only once the whole database has been written.
    static bool exportTo(const ReportContent &content, const QString &path, QString *error);
};
