#include "filewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <filesystem>
#include <system_error>

namespace {

// Says in *error why path was not written; false, for the caller to return.
bool fail(const QString &path, const QString &reason, QString *error)
{
    if (error)
        *error = FileWriter::tr("cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), reason);
    return false;
}

bool isDevice(const QFileInfo &info)
{
    return info.exists() && !info.isFile();
}

} // namespace

QString FileWriter::unwritableTarget(const QFileInfo &info)
{
    if (info.isDir())
        return tr("it is a folder");
    if (!isDevice(info) && !info.absoluteDir().exists())
        return tr("the folder “%1” does not exist").arg(QDir::toNativeSeparators(info.absolutePath()));
    return {};
}

bool FileWriter::write(const QString &path, const QByteArray &data, QString *error)
{
    const QFileInfo info(path);
    if (const QString reason = unwritableTarget(info); !reason.isEmpty())
        return fail(path, reason, error);
    if (isDevice(info)) {
        QFile special(path);
        if (!special.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return fail(path, special.errorString(), error);
        if (special.write(data) != data.size())
            return fail(path, special.errorString(), error);
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(path, file.errorString(), error);
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(path, reason, error);
    }
    if (!file.commit())
        return fail(path, file.errorString(), error);
    return true;
}

bool FileWriter::writeWith(const QString &path, const FileWriterFunction &writeFile, QString *error)
{
    const QFileInfo info(path);
    if (const QString reason = unwritableTarget(info); !reason.isEmpty())
        return fail(path, reason, error);
    // Beside the target, on its file system, so that moving the file there is a rename; the
    // folder and whatever a failed writeFile left in it go when it goes out of scope.
    const bool device = isDevice(info);
    QTemporaryDir folder(device ? QDir::temp().filePath(QStringLiteral("report-explorer-XXXXXX"))
                                : info.absoluteDir().filePath(QStringLiteral(".%1-XXXXXX").arg(info.fileName())));
    if (!folder.isValid())
        return fail(path, folder.errorString(), error);
    const QString file = folder.filePath(QStringLiteral("file"));
    QString reason;
    if (!writeFile(file, &reason))
        return fail(path, reason, error);
    if (device) {
        QFile written(file);
        if (!written.open(QIODevice::ReadOnly))
            return fail(path, written.errorString(), error);
        return write(path, written.readAll(), error);
    }
    if (info.exists())
        QFile::setPermissions(file, info.permissions());
    // std::filesystem::rename replaces an existing target in one step on every platform
    // (QFile::rename refuses to).
    std::error_code renameError;
    std::filesystem::rename(std::filesystem::path(file.toStdU16String()),
                            std::filesystem::path(info.absoluteFilePath().toStdU16String()), renameError);
    if (renameError)
        return fail(path, QString::fromStdString(renameError.message()), error);
    return true;
}
