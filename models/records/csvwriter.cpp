#include "csvwriter.h"

#include <QAbstractItemModel>

#include <numeric>

namespace {

QByteArray field(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace('"', "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

} // namespace

QByteArray CsvWriter::toCsv(const QAbstractItemModel &model, int role, ByteOrderMark mark)
{
    std::vector<int> rows(size_t(model.rowCount()));
    std::iota(rows.begin(), rows.end(), 0);
    return toCsv(model, rows, role, mark);
}

QByteArray CsvWriter::toCsv(const QAbstractItemModel &model, const std::vector<int> &rows, int role, ByteOrderMark mark)
{
    QByteArray csv = mark == ByteOrderMark::With ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    QByteArrayList cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells << field(model.headerData(column, Qt::Horizontal).toString());
    csv += cells.join(',') + "\r\n";
    for (int row : rows) {
        cells.clear();
        for (int column = 0; column < model.columnCount(); ++column)
            cells << field(model.index(row, column).data(role).toString());
        csv += cells.join(',') + "\r\n";
    }
    return csv;
}
