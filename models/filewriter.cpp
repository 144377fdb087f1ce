#include "filewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

bool FileWriter::write(const QString &path, const QByteArray &data, QString *error)
{
    auto fail = [&path, error](const QString &reason) {
        if (error)
            *error = tr("cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    const QFileInfo info(path);
    if (info.isDir())
        return fail(tr("it is a folder"));
    if (info.exists() && !info.isFile()) {
        QFile special(path);
        if (!special.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return fail(special.errorString());
        if (special.write(data) != data.size())
            return fail(special.errorString());
        return true;
    }
    if (!info.absoluteDir().exists())
        return fail(tr("the folder “%1” does not exist").arg(QDir::toNativeSeparators(info.absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}
