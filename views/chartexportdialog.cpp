#include "chartexportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

ChartExportDialog::ChartExportDialog(Chart chart, const QSize &defaultPixelSize, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export Chart"));
    auto *form = new QFormLayout(this);
    m_chart = new QComboBox(this);
    m_chart->addItem(tr("Timeline"), int(Chart::Timeline));
    m_chart->addItem(tr("Events per year"), int(Chart::PerYear));
    m_chart->setCurrentIndex(chart == Chart::Timeline ? 0 : 1);
    form->addRow(tr("&Chart:"), m_chart);
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(64, 16384);
        box->setSuffix(tr(" px"));
        box->setGroupSeparatorShown(false);
    }
    m_width->setValue(defaultPixelSize.width());
    m_height->setValue(defaultPixelSize.height());
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    auto *hint = new QLabel(tr("PNG files get exactly this many pixels, drawn at twice the screen's scale for sharp "
                               "text; SVG and PDF are vector files with the same layout."),
                            this);
    hint->setWordWrap(true);
    form->addRow(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

ChartExportDialog::Chart ChartExportDialog::chart() const
{
    return Chart(m_chart->currentData().toInt());
}

QSize ChartExportDialog::pixelSize() const
{
    return QSize(m_width->value(), m_height->value());
}
