#pragma once

#include "reportcontent.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Reads the report's markdown as it is really written (headings with or without a space,
// bold section titles, full-width punctuation, CRLF, a BOM, other chapters in the same file)
// into records. Runs in linear time; malformed input yields an error that names the line.
class ReportImporter
{
public:
    struct Error
    {
        int line = 0; // 0 when the problem is the file as a whole
        QString message;
        QString toString() const;
    };

    static std::optional<ReportContent> parse(const QByteArray &markdown, const QString &sourceFileName, Error *error);
};
