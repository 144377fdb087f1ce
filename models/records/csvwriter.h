#pragma once

#include <QByteArray>

#include <vector>

class QAbstractItemModel;

// A table model as CSV per RFC 4180: UTF-8, CRLF line ends, fields quoted when they hold a
// comma, a quote or a line break, and quotes doubled. The header row comes first.
class CsvWriter
{
public:
    // Excel reads a UTF-8 file without a byte order mark in the system's code page (GBK on a
    // Chinese Windows), which garbles every Chinese character; with the mark it reads UTF-8.
    enum class ByteOrderMark { Without, With };

    static QByteArray toCsv(const QAbstractItemModel &model, int role, ByteOrderMark mark = ByteOrderMark::Without);
    // Only the given rows, in that order.
    static QByteArray toCsv(const QAbstractItemModel &model, const std::vector<int> &rows, int role,
                            ByteOrderMark mark = ByteOrderMark::Without);
};
