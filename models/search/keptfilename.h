#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct ReportContent;

// Names what is kept of a report in the user's cache folder (SearchIndexCache,
// TextOrderCache): a key, which the kept file holds and must match, and a path named after a
// hash of it. The key names the database file the report was read from by its canonical path,
// size, modification time, device and inode (EventTextStore::fileIdentity()), with the
// numbers of events and alliances, what is kept (kind and version) and what else it depends on
// (detail). Null for a report not read from a file, for a preview of one, or when the file's
// identity or the cache folder is unknown.
class KeptFileName
{
public:
    KeptFileName(const ReportContent &content, const QString &fileNamePrefix, QByteArrayView kind, quint32 version,
                 QByteArrayView detail = {});

    bool isNull() const { return m_key.isEmpty(); }
    QByteArray key() const { return m_key; }
    QString path() const { return m_path; }

    // Removes the files of fileNamePrefix beside keptPath but the count used last; a file
    // another explorer still reads stays readable until it closes it.
    static void removeAllButNewest(const QString &keptPath, const QString &fileNamePrefix, int count);

private:
    QByteArray m_key;
    QString m_path;
};
