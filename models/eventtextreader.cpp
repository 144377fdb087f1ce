#include "eventtextreader.h"

#include "eventtextstore.h"
#include "reportcontent.h"

#include <sqlite3.h>

#include <limits>

EventTextReader::EventTextReader(const ReportContent &content, qsizetype beginRow, qsizetype endRow)
    : m_content(content)
{
    if (!content.eventTextStore || beginRow >= endRow)
        return;
    m_connection = content.eventTextStore->openConnection();
    if (!m_connection)
        return;
    if (sqlite3_prepare_v2(m_connection, "SELECT id, text_zh, text_en FROM policy_events WHERE id BETWEEN ? AND ? ORDER BY id",
                           -1, &m_statement, nullptr)
        != SQLITE_OK) {
        content.eventTextStore->warnUnreadable(QString::fromUtf8(sqlite3_errmsg(m_connection)));
        return;
    }
    sqlite3_bind_int64(m_statement, 1, content.events.at(beginRow).id);
    sqlite3_bind_int64(m_statement, 2, content.events.at(endRow - 1).id);
}

EventTextReader::EventTextReader(const ReportContent &content)
    : EventTextReader(content, 0, content.events.size())
{
}

EventTextReader::~EventTextReader()
{
    sqlite3_finalize(m_statement);
    sqlite3_close(m_connection);
}

BilingualText EventTextReader::text(qsizetype row)
{
    const PolicyEventRecord &event = m_content.events.at(row);
    if (!m_content.eventTextStore)
        return event.text;
    if (!m_statement)
        return {};
    // Rows are in id order, so the statement only ever steps forward to the row's id.
    while (m_currentId < event.id) {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW) {
            m_currentId = sqlite3_column_int64(m_statement, 0);
            continue;
        }
        if (rc != SQLITE_DONE)
            m_content.eventTextStore->warnUnreadable(QString::fromUtf8(sqlite3_errmsg(m_connection)));
        m_currentId = std::numeric_limits<qint64>::max();
    }
    if (m_currentId != event.id) {
        m_content.eventTextStore->warnUnreadable(QStringLiteral("event %1 is missing").arg(event.id));
        return {};
    }
    return EventTextStore::textAt(m_statement);
}
