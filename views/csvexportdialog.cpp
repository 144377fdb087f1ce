#include "csvexportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace {
const QString forExcelKey = QStringLiteral("export/csvForExcel");
} // namespace

CsvExportDialog::CsvExportDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export Table as CSV"));
    auto *layout = new QVBoxLayout(this);
    m_forExcel = new QCheckBox(tr("For &Excel (UTF-8 with BOM)"), this);
    m_forExcel->setObjectName(QStringLiteral("forExcelBox"));
    m_forExcel->setChecked(QSettings().value(forExcelKey, true).toBool());
    layout->addWidget(m_forExcel);
    auto *hint = new QLabel(tr("Excel reads a CSV file without this mark in the system's code page, which garbles "
                               "Chinese text. Other tools read the file either way."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(this, &QDialog::accepted, this, [this]() { QSettings().setValue(forExcelKey, m_forExcel->isChecked()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

CsvWriter::ByteOrderMark CsvExportDialog::byteOrderMark() const
{
    return m_forExcel->isChecked() ? CsvWriter::ByteOrderMark::With : CsvWriter::ByteOrderMark::Without;
}
