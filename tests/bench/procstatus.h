#pragma once

#include <QFile>
#include <QString>

#include <optional>

// Peak resident set size (VmHWM) of a process in MB (10^6 bytes, the unit of the targets),
// from /proc/PID/status, whose "kB" are KiB (Linux only).
inline std::optional<double> peakResidentMB(const QString &statusPath = QStringLiteral("/proc/self/status"))
{
    QFile status(statusPath);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmHWM:")) {
            bool ok = false;
            const double kib = line.mid(6).trimmed().split(' ').value(0).toDouble(&ok);
            if (ok)
                return kib * 1024 / 1e6;
        }
    }
    return std::nullopt;
}
