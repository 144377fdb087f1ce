#include "searchtextfile.h"

#include <QDir>
#include <QStandardPaths>
#include <QtDebug>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <unistd.h>
#endif

SearchTextFile::SearchTextFile() = default;

SearchTextFile::~SearchTextFile() = default;

qint64 SearchTextFile::append(QByteArrayView bytes)
{
#ifdef Q_OS_UNIX
    // Appends are few (one per buffer of each segment) and large; taking turns costs nothing.
    const QMutexLocker locker(&m_appending);
    if (m_failed)
        return -1;
    auto fail = [this](const QString &reason) {
        qWarning("Search index: cannot use a temporary file (%s); keeping the search text in memory",
                 qPrintable(reason));
        m_failed = true;
        return -1;
    };
    if (!m_file.isOpen()) {
        // Never an empty folder: the template would then put the file in the working directory.
        const QString directory = SearchTextFile::directory();
        if (directory.isEmpty())
            return fail(QStringLiteral("no cache or temporary folder"));
        m_file.setFileTemplate(QDir(directory).filePath(QStringLiteral("report-explorer-search-XXXXXX")));
        if (!m_file.open())
            return fail(m_file.errorString());
    }
    const qint64 offset = m_size;
    for (qsizetype done = 0; done < bytes.size();) {
        const ssize_t written = ::pwrite(m_file.handle(), bytes.data() + done, size_t(bytes.size() - done), offset + done);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return fail(written < 0 ? qt_error_string(errno) : QStringLiteral("nothing written"));
        done += written;
    }
    m_size += bytes.size();
    return offset;
#else
    Q_UNUSED(bytes);
    return -1;
#endif
}

QString SearchTextFile::directory()
{
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!cache.isEmpty() && QDir().mkpath(cache))
        return cache;
    // Empty when TMPDIR names no directory.
    return QDir::tempPath();
}

bool SearchTextFile::read(qint64 offset, qsizetype size, char *buffer) const
{
#ifdef Q_OS_UNIX
    for (qsizetype done = 0; done < size;) {
        const ssize_t got = ::pread(m_file.handle(), buffer + done, size_t(size - done), offset + done);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            if (!m_readFailed.exchange(true)) {
                qWarning("Search index: cannot read its temporary file (%s)",
                         qPrintable(got < 0 ? qt_error_string(errno) : QStringLiteral("unexpected end")));
            }
            return false;
        }
        done += got;
    }
    return true;
#else
    Q_UNUSED(offset);
    Q_UNUSED(size);
    Q_UNUSED(buffer);
    return false;
#endif
}
