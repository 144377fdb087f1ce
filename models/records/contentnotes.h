#pragma once

#include "reportcontent.h"

#include <QHash>
#include <QList>
#include <QStringList>

// The notes a reader of a record should see beside it, in both languages: what the content
// tables record about a translation or an inconsistency of the source (the note column of
// content.en.tsv, glossary names marked descriptive), with their Chinese from notes.zh.tsv, and
// what the data itself records (a member count the report states under 组织结构).
//
// A table's note belongs to the Chinese text its row translates, so it shows on every record
// holding that text, wherever the record moves in the report.
class ContentNotes
{
public:
    // content.en.tsv and glossary.tsv as ContentTranslator reads them; notes.zh.tsv maps each
    // note's English to its Chinese. A note without Chinese shows in English in both languages.
    bool addTables(const QByteArray &contentTsv, const QByteArray &glossaryTsv, const QByteArray &chineseTsv,
                   QString *error);
    // The tables built into the application.
    bool addEmbeddedTables(QString *error);

    QList<BilingualText> notesForAlliance(const AllianceRecord &alliance) const;
    QList<BilingualText> notesForEvent(const ReportContent &content, qsizetype row) const;

    // For the tests: notes of the tables that have no Chinese, and Chinese for no note.
    QStringList notesWithoutChinese() const;
    QStringList unusedChinese() const;

private:
    void addNotesOf(const BilingualText &text, QList<BilingualText> *notes) const;

    QHash<QString, QString> m_noteByChinese; // the Chinese text noted → the note in English
    QHash<QString, QString> m_chineseNote; // a note in English → in Chinese
    QStringList m_descriptiveNames; // glossary names that are the explorer's own English
};
