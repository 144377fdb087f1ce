#pragma once

#include "contentlanguage.h"
#include "reportcontent.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QMimeData;

// One record of the report to cite: an alliance or an event, by its index in ReportContent.
struct CitedRecord
{
    enum class Kind { Alliance, Event };
    Kind kind = Kind::Event;
    int index = 0;
};

// Citations of records of the report: the record as a part of the report, which names the
// report, its edition and year, the publisher 开源社 (Kaiyuanshe), and the source file's URL
// and line, all of the edition the record comes from (content may hold several). As text, in
// GB/T 7714-2015 (for the Chinese interface) or APA 7 (English); as files, CSL-JSON (what
// Zotero, Mendeley and pandoc read) or BibTeX. Online sources need the
// day they were accessed: callers pass it, so the same day always gives the same text.
class ReportCitation
{
public:
    enum class Style { GbT7714, Apa7 };
    enum class Format { CslJson, BibTeX };

    static std::optional<Format> formatForPath(const QString &path);
    // The style a reader of that language cites in.
    static Style styleFor(ContentLanguage language);

    // Plain text; italicHtml gives APA's italic titles as <i>…</i> and escapes the rest.
    static QString text(const ReportContent &content, const CitedRecord &record, Style style, const QDate &accessed,
                        bool italicHtml = false);
    // The whole report, as the caption of an exported chart cites it.
    static QString reportText(const ReportContent &content, Style style, const QDate &accessed);
    // For the clipboard: the records' citations as plain text, a line each, and as HTML, a
    // paragraph each.
    static std::unique_ptr<QMimeData> mimeData(const ReportContent &content, const QList<CitedRecord> &records,
                                               Style style, const QDate &accessed);
    static QByteArray file(const ReportContent &content, const QList<CitedRecord> &records, Format format,
                           const QDate &accessed);

    // The key a document cites the record by, e.g. kaiyuanshe2016-event-l140.
    static QString key(const ReportContent &content, const CitedRecord &record);
};
