#pragma once

#include <QByteArrayView>
#include <QMutex>
#include <QTemporaryFile>

#include <atomic>

// The folded text of a search index too large to keep in memory, in a temporary file that the
// kernel's page cache keeps hot. The file is created in directory() on the first append and
// removed with this object. Threads append and read at once with positional I/O on the
// descriptor: a QFile has one position and its own buffer, so it cannot serve two threads.
// Only POSIX systems have that; elsewhere every append fails and the index keeps its text in
// memory.
class SearchTextFile
{
public:
    SearchTextFile();
    ~SearchTextFile();

    // Writes bytes after those written so far and returns where they begin, or -1 when the file
    // cannot be created or written. The first failure is warned about; every later append then
    // fails at once, so that the index keeps the rest of its text in memory without retrying.
    qint64 append(QByteArrayView bytes);
    // The user's cache folder when it can be made, else the temporary folder. Not the temporary
    // folder first: /tmp is a RAM-backed tmpfs on many systems, where the file would hold the
    // very memory it is meant to save. Empty when neither is usable.
    static QString directory();
    // Reads size bytes at offset into buffer; false on a read error (the first one warned about).
    // Thread-safe.
    bool read(qint64 offset, qsizetype size, char *buffer) const;

private:
    QMutex m_appending;
    QTemporaryFile m_file;
    qint64 m_size = 0;
    bool m_failed = false;
    mutable std::atomic_bool m_readFailed = false;
};
