#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QFileInfo;

// Writes a whole file or nothing. Regular files go through QSaveFile (a temporary beside the
// target, renamed over it only when complete). A target that exists but is not a regular
// file (/dev/stdout, a pipe, /dev/full) is written in place: renaming over a device node
// would replace the device itself, which root is allowed to do.
class FileWriter
{
    Q_DECLARE_TR_FUNCTIONS(FileWriter)

public:
    static bool write(const QString &path, const QByteArray &data, QString *error);

    // For a file that another library writes by name (an SQLite database), which QSaveFile
    // cannot hand it: writeFile writes the whole file at the path it is given, in a temporary
    // folder beside the target, and that file is then renamed over the target. A device gets
    // its bytes as write() gives them.
    using FileWriterFunction = std::function<bool(const QString &file, QString *error)>;
    static bool writeWith(const QString &path, const FileWriterFunction &writeFile, QString *error);

private:
    // Why nothing can be written at the target, or an empty string.
    static QString unwritableTarget(const QFileInfo &info);
};
