#pragma once

#include "reportcontent.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Where the explorer's report comes from: the embedded database, a database file, or a
// markdown edition imported on the spot (translated with the built-in tables).
class ReportSource
{
    Q_DECLARE_TR_FUNCTIONS(ReportSource)

public:
    static std::optional<ReportContent> embedded(QString *error);
    static std::optional<ReportContent> database(const QString &path, QString *error);
    static std::optional<ReportContent> importMarkdown(const QString &path, QString *error);
};
