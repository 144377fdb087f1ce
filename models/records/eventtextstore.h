#pragma once

#include "bilingualtext.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QMutex>
#include <QSharedPointer>
#include <QString>

#include <atomic>

struct sqlite3;
struct sqlite3_stmt;

// The policy events' texts and identities of a report database file, read from the file when
// they are needed instead of held in memory: a million events carry 400 MB of text, most of the
// file, and 100 MB of identities as QString. Loaded
// once and shared by every copy of the ReportContent, it is read by the GUI thread and by workers
// at once: ReportContent::eventText() one event at a time, EventTextReader in passes.
//
// All reads share one connection, opened when the report is loaded, behind a mutex. It is never
// reopened: the connection holds the file that was loaded, even after something is saved over
// its name (Export Database to the same path), where a new one would not. That is why it is a
// connection of the C API of the SQLite the project links, opened here, and not one of Qt Sql:
// a QSqlDatabase connection may only be used in the thread that opened it, so the workers
// would each have to open the file again. (A full pass also takes 1.6 times as long through QSqlQuery,
// README.md "The database".) The file is immutable to it, so it takes no locks and shares
// nothing with whichever SQLite Qt's driver uses.
class EventTextStore
{
public:
    // Opens the file at path as ReportDatabase::loadFile() opens it. A file of schema version 1
    // has no identities to give (withIdentities false).
    static QSharedPointer<const EventTextStore> open(const QString &path, bool withIdentities, QString *error);
    ~EventTextStore();
    Q_DISABLE_COPY_MOVE(EventTextStore)

    // The text of the event with that id; empty (with a warning, once) when it cannot be read.
    BilingualText text(int eventId) const;
    // The identity of the event with that id; empty when the file holds none or it cannot be read.
    QString identity(int eventId) const;
    bool holdsIdentities() const { return m_holdsIdentities; }
    // What identifies the file opened, for caches of what is derived from it: its canonical
    // path, size, modification time, device and inode as they were when it was opened. Empty
    // when they could not be taken, or changed while it was opened.
    QByteArray fileIdentity() const { return m_fileIdentity; }

private:
    friend class EventTextReader;

    EventTextStore() = default;
    // Warns once per store: a file that fails one read mostly fails them all.
    void warnUnreadable(const QString &problem) const;
    // The columns the statements read: id, text_zh, text_en and identity (NULL when the file
    // has none).
    QByteArray columns() const;
    // Steps m_lookup to the event with that id; false (with a warning) when it is not there.
    bool lookUp(int eventId) const;
    // The texts of a statement's current row, from its columns 1 and 2, as SQLite holds them:
    // valid until the statement steps again, so they can be decoded after the mutex is released.
    struct Utf8Text
    {
        QByteArrayView zh;
        QByteArrayView en;
        BilingualText toBilingualText() const;
    };
    static Utf8Text utf8TextAt(sqlite3_stmt *statement);
    static QString identityAt(sqlite3_stmt *statement);
    static QByteArray identityOf(const QString &path);

    QString m_path;
    QByteArray m_fileIdentity;
    bool m_holdsIdentities = false;
    // Guards every use of the connection and its statements, EventTextReader's included.
    mutable QMutex m_mutex;
    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_lookup = nullptr;
    mutable std::atomic_bool m_warned{false};
};
