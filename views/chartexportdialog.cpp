#include "chartexportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace {
// One column of a journal page, at a landscape 7:5; what a size in millimetres starts from.
const QSize defaultMillimetres(85, 60);
} // namespace

ChartExportDialog::ChartExportDialog(Chart chart, const QSize &defaultPixelSize, qreal defaultScale, QWidget *parent)
    : QDialog(parent)
    , m_pixelSize(defaultPixelSize)
    , m_scale(defaultScale)
{
    setWindowTitle(tr("Export Chart"));
    auto *form = new QFormLayout(this);
    m_chart = new QComboBox(this);
    m_chart->addItem(tr("Timeline"), int(Chart::Timeline));
    m_chart->addItem(tr("Events per year"), int(Chart::PerYear));
    m_chart->setCurrentIndex(chart == Chart::Timeline ? 0 : 1);
    form->addRow(tr("&Chart:"), m_chart);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unitBox"));
    m_unit->addItem(tr("Pixels, for a screen"));
    m_unit->addItem(tr("Millimetres, for print"));
    form->addRow(tr("&Size in:"), m_unit);
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox *box : {m_width, m_height})
        box->setGroupSeparatorShown(false);
    m_width->setObjectName(QStringLiteral("widthBox"));
    m_height->setObjectName(QStringLiteral("heightBox"));
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    m_dotsPerInch = new QSpinBox(this);
    m_dotsPerInch->setObjectName(QStringLiteral("dpiBox"));
    m_dotsPerInch->setRange(ChartExportSize::minimumDotsPerInch, ChartExportSize::maximumDotsPerInch);
    m_dotsPerInch->setValue(ChartExportSize::defaultDotsPerInch);
    m_dotsPerInch->setSuffix(tr(" DPI"));
    form->addRow(tr("&Resolution:"), m_dotsPerInch);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    form->addRow(m_hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this](int unit) { setUnit(Unit(unit)); });
    setUnit(Pixels);
}

void ChartExportDialog::setUnit(Unit unit)
{
    const bool print = unit == Millimetres;
    for (QSpinBox *box : {m_width, m_height}) {
        box->setSuffix(print ? tr(" mm") : tr(" px"));
        box->setRange(print ? 10 : ChartExportSize::minimumPixels, print ? 1000 : ChartExportSize::maximumPixels);
    }
    const QSize shown = print ? defaultMillimetres : m_pixelSize;
    m_width->setValue(shown.width());
    m_height->setValue(shown.height());
    m_dotsPerInch->setEnabled(print);
    m_hint->setText(print ? tr("The PNG gets as many pixels as the size needs at this resolution and records the "
                               "resolution; the PDF page and the SVG drawing are exactly this size.")
                          : tr("PNG files get exactly this many pixels, drawn at twice the screen's scale for sharp "
                               "text; SVG and PDF are vector files with the same layout."));
}

ChartExportDialog::Chart ChartExportDialog::chart() const
{
    return Chart(m_chart->currentData().toInt());
}

ChartExportSize ChartExportDialog::size() const
{
    const QSize entered(m_width->value(), m_height->value());
    if (m_unit->currentIndex() == Millimetres)
        return ChartExportSize::forPrint(QSizeF(entered), m_dotsPerInch->value());
    return ChartExportSize(entered, m_scale);
}
