#include "textordercache.h"

#include "keptfilename.h"
#include "reportcontent.h"
#include "searchtextfile.h"

#include <QDir>
#include <QSaveFile>
#include <QtDebug>

#include <cstring>
#include <type_traits>

namespace {

const QString fileNamePrefix = QStringLiteral("report-explorer-textorder-");

struct Header
{
    char magic[8] = {'R', 'E', 'X', 'O', 'R', 'D', 'E', 'R'};
    quint32 version = TextOrderCache::formatVersion;
    // Written in this machine's byte order; read on another, it does not match.
    quint32 byteOrder = 0x01020304;
    quint64 keySize = 0;
    quint64 rowCount = 0;
};
static_assert(std::is_trivially_copyable_v<Header> && sizeof(Header) == 32);

// Every row of rowCount exactly once.
bool isPermutation(const std::vector<int> &order, size_t rowCount)
{
    if (order.size() != rowCount)
        return false;
    std::vector<bool> seen(rowCount, false);
    for (const int row : order) {
        if (row < 0 || size_t(row) >= rowCount || seen[size_t(row)])
            return false;
        seen[size_t(row)] = true;
    }
    return true;
}

} // namespace

TextOrderCache::TextOrderCache(const ReportContent &content, ContentLanguage language)
    : m_eventCount(content.events.size())
{
    const KeptFileName name(content, fileNamePrefix, "text order", formatVersion,
                            localeFor(language).name().toLatin1() + " Qt " + qVersion());
    m_key = name.key();
    m_filePath = name.path();
}

std::vector<int> TextOrderCache::load() const
{
    if (!isEnabled())
        return {};
    // Opened as the search index's kept files are: never blocking on a FIFO, regular files only.
    const std::unique_ptr<SearchTextFile> file = SearchTextFile::openKept(m_filePath);
    if (!file)
        return {};
    Header header;
    const Header expected;
    const quint64 orderBytes = quint64(m_eventCount) * sizeof(int);
    if (file->size() != qint64(sizeof header + quint64(m_key.size()) + orderBytes)
        || !file->read(0, sizeof header, reinterpret_cast<char *>(&header))
        || std::memcmp(header.magic, expected.magic, sizeof header.magic) != 0 || header.version != expected.version
        || header.byteOrder != expected.byteOrder || header.keySize != quint64(m_key.size())
        || header.rowCount != quint64(m_eventCount))
        return {};
    QByteArray key(m_key.size(), Qt::Uninitialized);
    if (!file->read(sizeof header, key.size(), key.data()) || key != m_key)
        return {};
    std::vector<int> order(m_eventCount);
    if (!file->read(qint64(sizeof header) + key.size(), qsizetype(orderBytes), reinterpret_cast<char *>(order.data()))
        || !isPermutation(order, m_eventCount))
        return {};
    file->markUsed();
    return order;
}

void TextOrderCache::save(const std::vector<int> &order) const
{
    if (!isEnabled() || order.size() != m_eventCount || !QDir().mkpath(QFileInfo(m_filePath).path()))
        return;
    Header header;
    header.keySize = quint64(m_key.size());
    header.rowCount = quint64(order.size());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(reinterpret_cast<const char *>(&header), sizeof header) < 0
        || file.write(m_key) < 0
        || file.write(reinterpret_cast<const char *>(order.data()), qint64(order.size() * sizeof(int))) < 0
        || !file.commit()) {
        qWarning("Text order: cannot keep it in the cache folder as %s (%s)", qPrintable(m_filePath),
                 qPrintable(file.errorString()));
        return;
    }
    KeptFileName::removeAllButNewest(m_filePath, fileNamePrefix, keptFiles);
}
