#pragma once

#include "editioncomparison.h"
#include "reportcontent.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// The editions of the report built into the application as markdown, for comparing one with
// another: each is imported on request with ReportImporter and translated with the built-in
// tables, so that both sides of a comparison are read the same way.
class EmbeddedEditions
{
    Q_DECLARE_TR_FUNCTIONS(EmbeddedEditions)

public:
    // Oldest first.
    static QStringList years();
    // An unknown year, or an edition that fails to import, yields nullopt and a message.
    static std::optional<ReportContent> load(const QString &year, QString *error);
    // Loads both editions and compares them; comparing an edition with itself is an error.
    static std::optional<EditionComparison> compare(const QString &fromYear, const QString &toYear, QString *error);
};
