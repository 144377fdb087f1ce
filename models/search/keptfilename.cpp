#include "keptfilename.h"

#include "eventtextstore.h"
#include "reportcontent.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

KeptFileName::KeptFileName(const ReportContent &content, const QString &fileNamePrefix, QByteArrayView kind,
                           quint32 version, QByteArrayView detail)
{
    // A preview's key would name the file as a report of its first events alone.
    if (!content.eventTextStore || content.preview)
        return;
    const QByteArray identity = content.eventTextStore->fileIdentity();
    // Never the temporary folder SearchTextFile falls back on: often memory, and emptied anyway.
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (identity.isEmpty() || directory.isEmpty())
        return;
    m_key = kind.toByteArray() + ' ' + QByteArray::number(version) + '\n' + identity + '\n'
        + QByteArray::number(content.events.size()) + ' ' + QByteArray::number(content.alliances.size());
    if (!detail.isEmpty())
        m_key += '\n' + detail.toByteArray();
    const QByteArray hash = QCryptographicHash::hash(m_key, QCryptographicHash::Sha1).toHex();
    m_path = QDir(directory).filePath(fileNamePrefix + QString::fromLatin1(hash));
}

void KeptFileName::removeAllButNewest(const QString &keptPath, const QString &fileNamePrefix, int count)
{
    const QFileInfoList kept
        = QFileInfo(keptPath).dir().entryInfoList({fileNamePrefix + u'*'}, QDir::Files, QDir::Time);
    for (qsizetype i = count; i < kept.size(); ++i)
        QFile::remove(kept.at(i).filePath());
}
