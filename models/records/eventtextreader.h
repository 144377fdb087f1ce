#pragma once

#include "bilingualtext.h"

#include <QtGlobal>

struct ReportContent;
struct sqlite3_stmt;

// Reads the texts (and identities) of a run of events in row order, for the passes over every event (the search
// index, relations, sorting by text, export). Content built in memory gives its records' texts;
// content whose texts stay in the database file is read by one SELECT in id order, which
// streams the table where a lookup per event would descend its B-tree each time. One thread
// uses a reader; several readers and lookups share the store's connection.
class EventTextReader
{
public:
    // Rows [beginRow, endRow) of content, which must outlive the reader.
    EventTextReader(const ReportContent &content, qsizetype beginRow, qsizetype endRow);
    explicit EventTextReader(const ReportContent &content);
    ~EventTextReader();
    Q_DISABLE_COPY_MOVE(EventTextReader)

    // The text of row, which must lie in the reader's run and follow the row read before it.
    // Empty when it cannot be read (EventTextStore warns).
    BilingualText text(qsizetype row);
    // The identity of row, under the same rule: the record's own, or the file's.
    QString identity(qsizetype row);

private:
    // Steps the statement to row's event; false (with a warning) when it is missing.
    bool seek(qsizetype row);

    const ReportContent &m_content;
    sqlite3_stmt *m_statement = nullptr;
    // The id of the row the statement stands on: 0 before the first step, past every id once
    // it is done.
    qint64 m_currentId = 0;
};
