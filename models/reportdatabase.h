#pragma once

#include "reportcontent.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The report as an SQLite database (schema in README.md, versioned with PRAGMA user_version).
// Reading never writes: the embedded copy is deserialized read-only from the resource bytes,
// files are opened immutable and read-only, and every connection runs in SQLite's defensive
// mode with triggers, views and extension loading switched off, so a hostile file cannot run
// code or change itself. What is read is validated and copied into ReportContent.
class ReportDatabase
{
public:
    static constexpr int schemaVersion = 1;
    static constexpr const char *embeddedResource = ":/report/report.sqlite";

    static std::optional<ReportContent> loadEmbedded(QString *error);
    static std::optional<ReportContent> loadFile(const QString &path, QString *error);
    static std::optional<ReportContent> loadBytes(const QByteArray &bytes, QString *error);

    static std::optional<QByteArray> serialize(const ReportContent &content, QString *error);
    // Atomic: the target is replaced only once the whole database has been written.
    static bool exportTo(const ReportContent &content, const QString &path, QString *error);
};
