#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Writes a whole file or nothing. Regular files go through QSaveFile (a temporary beside the
// target, renamed over it only when complete). A target that exists but is not a regular
// file (/dev/stdout, a pipe, /dev/full) is written in place: renaming over a device node
// would replace the device itself, which root is allowed to do.
class FileWriter
{
    Q_DECLARE_TR_FUNCTIONS(FileWriter)

public:
    static bool write(const QString &path, const QByteArray &data, QString *error);
};
