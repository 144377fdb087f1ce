#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

struct ReportContent;
class SearchTextFile;

// Keeps the search index of a report read from a database file in the user's cache folder, so
// that opening the same file again finds its index ready instead of folding every text anew
// (3 s at a million events). Only an index whose text went to a file is kept: a smaller one is
// built in a fraction of that.
//
// A kept file is the index's text file with its layout appended:
//   folded text | key | layout | trailer (sizes of the three, format version, magic)
// It is named after a hash of the key and holds the key itself, which it must match. The key
// names the database file by its canonical path, size, modification time, device and inode
// (EventTextStore::fileIdentity()), with the numbers of events and alliances and the format
// version. The explorer opens a database immutable, assuming it does not change while it is
// read; a file that still has the same name, size, time and inode is taken to be the same.
//
// A kept file is read as untrusted input: another process may have truncated or changed it.
// Its trailer, key and sizes are checked against the file's size here, and the layout against
// the text by SearchIndex::restoreLayout(); anything amiss and the index is built again. The
// folded text itself is not checked (it is most of the file): changed, it may match the wrong
// rows, never read outside the file.
class SearchIndexCache
{
public:
    // Bump whenever the folding or the layout of the index changes.
    static constexpr quint32 formatVersion = 1;
    // The index files kept, those used last: each takes about as much disk as the database.
    static constexpr int keptFiles = 2;

    // Disabled (isEnabled() false) unless content was read from a database file whose
    // identity is known.
    explicit SearchIndexCache(const ReportContent &content);

    bool isEnabled() const { return !m_key.isEmpty(); }
    // Where this content's index is kept; empty when disabled.
    QString filePath() const { return m_filePath; }

    struct Kept
    {
        std::unique_ptr<SearchTextFile> file;
        // The folded text is the file's first textSize bytes.
        qint64 textSize = 0;
        QByteArray layout;
    };
    // The kept index, its trailer and key checked; a null file when there is none usable.
    Kept load() const;
    // Appends the key, layout and trailer to file, whose textSize bytes are the folded text,
    // and keeps it under filePath(); then removes all but the keptFiles used last. Warns once
    // when it cannot: the index works without.
    void save(SearchTextFile *file, QByteArrayView layout) const;

private:
    QByteArray m_key;
    QString m_filePath;
    // A layout takes 8 bytes a row and a few dozen a segment: a larger one is not read.
    qint64 m_maxLayoutBytes = 0;
};
