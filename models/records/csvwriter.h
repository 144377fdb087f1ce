#pragma once

#include <QByteArray>

#include <vector>

class QAbstractItemModel;

// A table model as CSV per RFC 4180: UTF-8, CRLF line ends, fields quoted when they hold a
// comma, a quote or a line break, and quotes doubled. The header row comes first.
class CsvWriter
{
public:
    static QByteArray toCsv(const QAbstractItemModel &model, int role);
    // Only the given rows, in that order.
    static QByteArray toCsv(const QAbstractItemModel &model, const std::vector<int> &rows, int role);
};
