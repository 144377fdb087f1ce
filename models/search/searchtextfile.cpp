#include "searchtextfile.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QtDebug>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

SearchTextFile::SearchTextFile() = default;

SearchTextFile::~SearchTextFile() = default;

std::unique_ptr<SearchTextFile> SearchTextFile::openKept(const QString &path)
{
#ifdef Q_OS_UNIX
    // Not blocking: a FIFO put in its place would otherwise wait for a writer.
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (descriptor < 0)
        return nullptr;
    auto file = std::make_unique<SearchTextFile>();
    struct stat status;
    if (::fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode)
        || !file->m_kept.open(descriptor, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(descriptor);
        return nullptr;
    }
    file->m_size = status.st_size;
    // Nothing is appended to a kept file.
    file->m_failed = true;
    return file;
#else
    Q_UNUSED(path);
    return nullptr;
#endif
}

void SearchTextFile::markUsed()
{
    m_kept.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
}

bool SearchTextFile::writeAt(qint64 offset, QByteArrayView bytes, QString *error)
{
#ifdef Q_OS_UNIX
    for (qsizetype done = 0; done < bytes.size();) {
        const ssize_t written
            = ::pwrite(m_file.handle(), bytes.data() + done, size_t(bytes.size() - done), offset + done);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            *error = written < 0 ? qt_error_string(errno) : QStringLiteral("nothing written");
            return false;
        }
        done += written;
    }
    return true;
#else
    Q_UNUSED(offset);
    Q_UNUSED(bytes);
    *error = QStringLiteral("no positional writes on this system");
    return false;
#endif
}

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
    QString error;
    if (!writeAt(offset, bytes, &error))
        return fail(error);
    m_size += bytes.size();
    return offset;
#else
    Q_UNUSED(bytes);
    return -1;
#endif
}

bool SearchTextFile::keepAs(const QString &path, QByteArrayView tail, QString *error)
{
#ifdef Q_OS_UNIX
    const QMutexLocker locker(&m_appending);
    if (m_failed || !m_file.isOpen()) {
        *error = QStringLiteral("the search text is not in a file");
        return false;
    }
    if (!writeAt(m_size, tail, error))
        return false;
    m_size += tail.size();
    // Asking for its name links the file under a temporary one (it has none on Linux) and keeps
    // it open; renamed from there, it replaces any file at path at once.
    const QString temporaryName = m_file.fileName();
    if (temporaryName.isEmpty()
        || ::rename(QFile::encodeName(temporaryName).constData(), QFile::encodeName(path).constData()) != 0) {
        *error = temporaryName.isEmpty() ? QStringLiteral("it has no name") : qt_error_string(errno);
        return false;
    }
    m_file.setAutoRemove(false);
    return true;
#else
    Q_UNUSED(path);
    Q_UNUSED(tail);
    *error = QStringLiteral("no positional writes on this system");
    return false;
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
        const ssize_t got = ::pread(handle(), buffer + done, size_t(size - done), offset + done);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            if (!m_readFailed.exchange(true)) {
                qWarning("Search index: cannot read its file (%s)",
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
