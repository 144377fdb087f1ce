#include "searchindexcache.h"

#include "keptfilename.h"
#include "reportcontent.h"
#include "searchtextfile.h"

#include <QDir>
#include <QFileInfo>
#include <QtDebug>

#include <cstring>
#include <type_traits>

namespace {

const QString fileNamePrefix = QStringLiteral("report-explorer-index-");

// Last in the file, so that a file cut short has none.
struct Trailer
{
    quint64 textSize = 0;
    quint64 keySize = 0;
    quint64 layoutSize = 0;
    quint32 version = SearchIndexCache::formatVersion;
    // Written in this machine's byte order; read on another, it does not match.
    quint32 byteOrder = 0x01020304;
    char magic[8] = {'R', 'E', 'X', 'I', 'N', 'D', 'E', 'X'};
};
static_assert(std::is_trivially_copyable_v<Trailer> && sizeof(Trailer) == 40);

} // namespace

SearchIndexCache::SearchIndexCache(const ReportContent &content)
{
    // The folder is not made here: SearchTextFile makes it for an index large enough to keep.
    const KeptFileName name(content, fileNamePrefix, "search index", formatVersion);
    if (name.isNull())
        return;
    m_key = name.key();
    m_filePath = name.path();
    m_maxLayoutBytes = 64 * (qint64(content.events.size()) + content.alliances.size() + 16);
}

SearchIndexCache::Kept SearchIndexCache::load() const
{
    if (!isEnabled())
        return {};
    std::unique_ptr<SearchTextFile> file = SearchTextFile::openKept(m_filePath);
    if (!file)
        return {};
    const qint64 size = file->size();
    Trailer trailer;
    const Trailer expected;
    if (size < qint64(sizeof trailer)
        || !file->read(size - qint64(sizeof trailer), sizeof trailer, reinterpret_cast<char *>(&trailer)))
        return {};
    // Each size is checked against the file before they are added up: no sum can overflow.
    if (std::memcmp(trailer.magic, expected.magic, sizeof trailer.magic) != 0 || trailer.version != expected.version
        || trailer.byteOrder != expected.byteOrder || trailer.keySize != quint64(m_key.size())
        || trailer.textSize > quint64(size) || trailer.layoutSize > quint64(m_maxLayoutBytes)
        || trailer.textSize + trailer.keySize + trailer.layoutSize + sizeof trailer != quint64(size))
        return {};
    QByteArray key(m_key.size(), Qt::Uninitialized);
    if (!file->read(qint64(trailer.textSize), key.size(), key.data()) || key != m_key)
        return {};
    Kept kept;
    kept.layout.resize(qsizetype(trailer.layoutSize));
    if (!file->read(qint64(trailer.textSize + trailer.keySize), kept.layout.size(), kept.layout.data()))
        return {};
    kept.textSize = qint64(trailer.textSize);
    kept.file = std::move(file);
    return kept;
}

void SearchIndexCache::save(SearchTextFile *file, QByteArrayView layout) const
{
    // Without it (it could not be made) the text went to the temporary folder: nothing to keep.
    if (!QFileInfo(m_filePath).dir().exists())
        return;
    Trailer trailer;
    trailer.textSize = quint64(file->size());
    trailer.keySize = quint64(m_key.size());
    trailer.layoutSize = quint64(layout.size());
    QByteArray tail;
    tail.reserve(m_key.size() + layout.size() + qsizetype(sizeof trailer));
    tail.append(m_key).append(layout).append(reinterpret_cast<const char *>(&trailer), qsizetype(sizeof trailer));
    QString error;
    if (!file->keepAs(m_filePath, tail, &error)) {
        qWarning("Search index: cannot keep it in the cache folder as %s (%s)", qPrintable(m_filePath),
                 qPrintable(error));
        return;
    }
    KeptFileName::removeAllButNewest(m_filePath, fileNamePrefix, keptFiles);
}
