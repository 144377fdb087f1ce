#pragma once

#include <QByteArrayView>
#include <QFile>
#include <QMutex>
#include <QTemporaryFile>

#include <atomic>
#include <memory>

// The folded text of a search index too large to keep in memory, in a temporary file that the
// kernel's page cache keeps hot. The file is created in directory() on the first append and
// removed with this object. Threads append and read at once with positional I/O on the
// descriptor: a QFile has one position and its own buffer, so it cannot serve two threads.
// Only POSIX systems have that; elsewhere every append fails and the index keeps its text in
// memory.
//
// The file of a finished index can be kept under a name of its own (SearchIndexCache), to be
// opened again, read-only, by a later index over the same report.
class SearchTextFile
{
public:
    SearchTextFile();
    ~SearchTextFile();

    // The file kept at path, to read; null when it cannot be opened or is no regular file.
    static std::unique_ptr<SearchTextFile> openKept(const QString &path);
    // Sets the modification time of a kept file to now: the cache keeps the files used last.
    void markUsed();

    // Writes bytes after those written so far and returns where they begin, or -1 when the file
    // cannot be created or written. The first failure is warned about; every later append then
    // fails at once, so that the index keeps the rest of its text in memory without retrying.
    qint64 append(QByteArrayView bytes);
    // The bytes appended, or those of the file opened.
    qint64 size() const { return m_size; }
    // Appends tail and gives the file the name path, in place of any file there, so that it
    // stays once this object is gone; false with the reason when it cannot. Until then the file
    // has no name or a temporary one, so path never holds a partial file.
    bool keepAs(const QString &path, QByteArrayView tail, QString *error);
    // The user's cache folder when it can be made, else the temporary folder. Not the temporary
    // folder first: /tmp is a RAM-backed tmpfs on many systems, where the file would hold the
    // very memory it is meant to save. Empty when neither is usable.
    static QString directory();
    // Reads size bytes at offset into buffer; false on a read error (the first one warned about).
    // Thread-safe.
    bool read(qint64 offset, qsizetype size, char *buffer) const;

private:
    // Writes bytes at offset; false with the reason when it cannot.
    bool writeAt(qint64 offset, QByteArrayView bytes, QString *error);
    int handle() const { return m_kept.isOpen() ? m_kept.handle() : m_file.handle(); }

    QMutex m_appending;
    QTemporaryFile m_file;
    // The file opened by openKept().
    QFile m_kept;
    qint64 m_size = 0;
    bool m_failed = false;
    mutable std::atomic_bool m_readFailed = false;
};
