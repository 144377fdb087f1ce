#pragma once

#include "bilingualtext.h"

#include <QDateTime>
#include <QMutex>
#include <QSharedPointer>
#include <QString>

#include <atomic>

struct sqlite3;
struct sqlite3_stmt;

// The policy events' texts of a report database file, read from the file when they are needed
// instead of held in memory: a million events carry 400 MB of text, most of the file. Loaded
// once and shared by every copy of the ReportContent, it is read by the GUI thread and by workers
// at once (ReportContent::eventText() one event at a time, EventTextReader in passes).
//
// It uses SQLite's C API rather than QSqlDatabase: a QSqlDatabase connection may only be used in
// the thread that opened it, while one connection behind a mutex serves any thread.
class EventTextStore
{
public:
    // Opens a connection to the file at path, as ReportDatabase::loadFile() opens it.
    static QSharedPointer<const EventTextStore> open(const QString &path, QString *error);
    ~EventTextStore();
    Q_DISABLE_COPY_MOVE(EventTextStore)

    // The text of the event with that id; empty (with a warning, once) when it cannot be read.
    BilingualText text(int eventId) const;

    // A connection of its own, for a pass in order over many events (EventTextReader); nullptr
    // (with a warning) when the file has changed since it was loaded or cannot be opened.
    sqlite3 *openConnection() const;
    // Warns once per store: a file that fails one read mostly fails them all.
    void warnUnreadable(const QString &problem) const;

    // Reads the texts of the statement's current row from its columns 1 and 2.
    static BilingualText textAt(sqlite3_stmt *statement);

private:
    EventTextStore() = default;

    QString m_path;
    // What the file looked like when it was loaded: a later connection to a file that has been
    // replaced would find other texts under the same ids.
    qint64 m_size = 0;
    QDateTime m_modified;
    mutable QMutex m_mutex; // guards m_connection and m_lookup
    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_lookup = nullptr;
    mutable std::atomic_bool m_warned{false};
};
