#include "eventtextstore.h"

#include "reportdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

// The hardening loadFile() gets from pragmas and checks in SQL, set here on the connection
// itself: this handle comes from the SQLite the project links, whose C API it may call.
void harden(sqlite3 *connection)
{
    sqlite3_db_config(connection, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(connection, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(connection, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(connection, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(connection, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(connection, SQLITE_LIMIT_LENGTH, ReportDatabase::maxValueBytes);
    sqlite3_exec(connection, "PRAGMA query_only = 1", nullptr, nullptr, nullptr);
    sqlite3_exec(connection, "PRAGMA cell_size_check = 1", nullptr, nullptr, nullptr);
}

} // namespace

QSharedPointer<const EventTextStore> EventTextStore::open(const QString &path, bool withIdentities, QString *error)
{
    QSharedPointer<EventTextStore> store(new EventTextStore);
    store->m_holdsIdentities = withIdentities;
    store->m_path = QFileInfo(path).absoluteFilePath();
    const QByteArray identity = identityOf(store->m_path);
    const int opened = sqlite3_open_v2(ReportDatabase::readOnlyUri(store->m_path).toUtf8().constData(),
                                       &store->m_connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    if (opened != SQLITE_OK) {
        if (error)
            *error
                = QString::fromUtf8(store->m_connection ? sqlite3_errmsg(store->m_connection) : sqlite3_errstr(opened));
        return {};
    }
    harden(store->m_connection);
    const QByteArray lookup = "SELECT " + store->columns() + " FROM policy_events WHERE id = ?";
    const int rc = sqlite3_prepare_v3(store->m_connection, lookup.constData(), -1, SQLITE_PREPARE_PERSISTENT,
                                      &store->m_lookup, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(store->m_connection));
        return {};
    }
    // Taken on both sides of the opening, so that it is that of the file the connection holds,
    // not of one saved over its name meanwhile.
    if (identityOf(store->m_path) == identity)
        store->m_fileIdentity = identity;
    return store;
}

EventTextStore::~EventTextStore()
{
    sqlite3_finalize(m_lookup);
    sqlite3_close(m_connection);
}

QByteArray EventTextStore::columns() const
{
    return m_holdsIdentities ? "id, text_zh, text_en, identity" : "id, text_zh, text_en, NULL";
}

bool EventTextStore::lookUp(int eventId) const
{
    sqlite3_reset(m_lookup);
    sqlite3_bind_int64(m_lookup, 1, eventId);
    const int rc = sqlite3_step(m_lookup);
    if (rc == SQLITE_ROW)
        return true;
    warnUnreadable(rc == SQLITE_DONE ? QStringLiteral("event %1 is missing").arg(eventId)
                                     : QString::fromUtf8(sqlite3_errmsg(m_connection)));
    return false;
}

BilingualText EventTextStore::text(int eventId) const
{
    const QMutexLocker locker(&m_mutex);
    return lookUp(eventId) ? utf8TextAt(m_lookup).toBilingualText() : BilingualText();
}

QString EventTextStore::identity(int eventId) const
{
    if (!m_holdsIdentities)
        return {};
    const QMutexLocker locker(&m_mutex);
    return lookUp(eventId) ? identityAt(m_lookup) : QString();
}

QByteArray EventTextStore::identityOf(const QString &path)
{
#ifdef Q_OS_UNIX
    // The inode tells a file saved over this name apart even when its size and time agree.
    const QFileInfo info(path);
    const QString canonicalPath = info.canonicalFilePath();
    struct stat status;
    if (canonicalPath.isEmpty() || ::stat(QFile::encodeName(canonicalPath).constData(), &status) != 0)
        return {};
    return canonicalPath.toUtf8() + '\n' + QByteArray::number(info.size()) + ' '
        + QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + ' ' + QByteArray::number(quint64(status.st_dev))
        + ' ' + QByteArray::number(quint64(status.st_ino));
#else
    Q_UNUSED(path);
    return {};
#endif
}

void EventTextStore::warnUnreadable(const QString &problem) const
{
    if (!m_warned.exchange(true))
        qWarning("Cannot read the policy events' texts from %s: %s", qPrintable(m_path), qPrintable(problem));
}

EventTextStore::Utf8Text EventTextStore::utf8TextAt(sqlite3_stmt *statement)
{
    auto column = [statement](int index) {
        const char *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, index));
        return QByteArrayView(text, text ? sqlite3_column_bytes(statement, index) : 0);
    };
    return {column(1), column(2)};
}

QString EventTextStore::identityAt(sqlite3_stmt *statement)
{
    const char *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 3));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(statement, 3)) : QString();
}

BilingualText EventTextStore::Utf8Text::toBilingualText() const
{
    // A NULL English stays a null QString, as when the texts are copied at load.
    return {QString::fromUtf8(zh), en.data() ? QString::fromUtf8(en) : QString()};
}
