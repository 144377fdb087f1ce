#pragma once

#include "editioncomparison.h"
#include "reportcontent.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// The editions of the report built into the application, for comparing one with another: read
// from the embedded database (ReportDatabase::loadEmbedded()), so that a comparison shows the
// records, translations and identities the explorer shows.
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
