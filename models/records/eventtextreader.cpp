#include "eventtextreader.h"

#include "eventtextstore.h"
#include "reportcontent.h"

#include <QMutexLocker>

#include <sqlite3.h>

#include <limits>

EventTextReader::EventTextReader(const ReportContent &content, qsizetype beginRow, qsizetype endRow)
    : m_content(content)
{
    const EventTextStore *store = content.eventTextStore.get();
    if (!store || beginRow >= endRow)
        return;
    const QMutexLocker locker(&store->m_mutex);
    const QByteArray select = "SELECT " + store->columns() + " FROM policy_events WHERE id BETWEEN ? AND ? ORDER BY id";
    if (sqlite3_prepare_v2(store->m_connection, select.constData(), -1, &m_statement, nullptr) != SQLITE_OK) {
        store->warnUnreadable(QString::fromUtf8(sqlite3_errmsg(store->m_connection)));
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
    if (!m_statement)
        return;
    const QMutexLocker locker(&m_content.eventTextStore->m_mutex);
    sqlite3_finalize(m_statement);
}

bool EventTextReader::seek(qsizetype row)
{
    const PolicyEventRecord &event = m_content.events.at(row);
    const EventTextStore *store = m_content.eventTextStore.get();
    if (!m_statement)
        return false;
    // Rows are in id order, so the statement only ever steps forward to the row's id.
    {
        const QMutexLocker locker(&store->m_mutex);
        while (m_currentId < event.id) {
            const int rc = sqlite3_step(m_statement);
            if (rc == SQLITE_ROW) {
                m_currentId = sqlite3_column_int64(m_statement, 0);
                continue;
            }
            if (rc != SQLITE_DONE)
                store->warnUnreadable(QString::fromUtf8(sqlite3_errmsg(store->m_connection)));
            m_currentId = std::numeric_limits<qint64>::max();
        }
    }
    if (m_currentId == event.id)
        return true;
    store->warnUnreadable(QStringLiteral("event %1 is missing").arg(event.id));
    return false;
}

BilingualText EventTextReader::text(qsizetype row)
{
    if (!m_content.eventTextStore)
        return m_content.events.at(row).text;
    if (!seek(row))
        return {};
    // Only SQLite's part runs under the mutex; the texts are decoded after it, while the other
    // threads sharing the connection step their own statements. Only this reader steps its
    // statement, so the row stays where seek() left it.
    EventTextStore::Utf8Text text;
    {
        const QMutexLocker locker(&m_content.eventTextStore->m_mutex);
        text = EventTextStore::utf8TextAt(m_statement);
    }
    return text.toBilingualText();
}

QString EventTextReader::identity(qsizetype row)
{
    const PolicyEventRecord &event = m_content.events.at(row);
    if (!event.identity.isEmpty() || !m_content.eventTextStore)
        return event.identity;
    if (!seek(row))
        return {};
    const QMutexLocker locker(&m_content.eventTextStore->m_mutex);
    return EventTextStore::identityAt(m_statement);
}
