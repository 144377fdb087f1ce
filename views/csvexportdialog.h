#pragma once

#include "csvwriter.h"

#include <QDialog>

class QCheckBox;

// Asks, before the file dialog, whether the CSV is for Excel: then it starts with a byte order
// mark. The choice is on by default and remembered.
class CsvExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CsvExportDialog(QWidget *parent = nullptr);

    CsvWriter::ByteOrderMark byteOrderMark() const;

private:
    QCheckBox *m_forExcel = nullptr;
};
