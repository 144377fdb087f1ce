#pragma once

#include <QFile>
#include <QString>

#include <optional>

// A memory figure of /proc/PID/status (VmHWM, VmRSS …) in MB (10^6 bytes, the unit of the
// targets); the file's "kB" are KiB (Linux only).
inline std::optional<double> procStatusMB(const QByteArray &field,
                                          const QString &statusPath = QStringLiteral("/proc/self/status"))
{
    QFile status(statusPath);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith(field + ':')) {
            bool ok = false;
            const double kib = line.mid(field.size() + 1).trimmed().split(' ').value(0).toDouble(&ok);
            if (ok)
                return kib * 1024 / 1e6;
        }
    }
    return std::nullopt;
}

// Peak resident set size.
inline std::optional<double> peakResidentMB(const QString &statusPath = QStringLiteral("/proc/self/status"))
{
    return procStatusMB(QByteArrayLiteral("VmHWM"), statusPath);
}
