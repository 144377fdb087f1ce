#pragma once

#include "reportcontent.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

// Fills the English side of report content from reviewable tables that map the report's
// Chinese wording to English (tab-separated: zh, en, then anything). Keyed by the Chinese
// text itself, so an entry follows its record wherever the record moves in the report, and
// an entry whose Chinese no longer occurs in the report shows up as unused.
class ContentTranslator
{
public:
    // Later tables win over earlier ones for the same Chinese text.
    bool addTable(const QByteArray &tsv, const QString &tableName, QString *error);
    // Adds the tables shipped inside the application (glossary and content translation).
    bool addEmbeddedTables(QString *error);

    void translate(ReportContent *content) const;

    // Chinese texts of the content that have no English after translate().
    static QStringList untranslated(const ReportContent &content);
    // Entries of the named table that match no text of the content.
    QStringList unusedEntries(const ReportContent &content, const QString &tableName) const;

private:
    QHash<QString, QString> m_english;
    QHash<QString, QStringList> m_keysByTable;
};
