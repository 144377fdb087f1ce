#pragma once

#include "chartexportsize.h"
#include "reportcharts.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

// Asks which chart to export and at what size before the file dialog: in pixels for a screen,
// or in millimetres at a resolution for print.
class ChartExportDialog : public QDialog
{
    Q_OBJECT

public:
    using Chart = ReportCharts::Chart;

    // defaultScale is what a size in pixels is drawn at.
    ChartExportDialog(Chart chart, const QSize &defaultPixelSize, qreal defaultScale, QWidget *parent = nullptr);

    Chart chart() const;
    ChartExportSize size() const;

private:
    enum Unit { Pixels, Millimetres };
    void setUnit(Unit unit);

    QComboBox *m_chart = nullptr;
    QComboBox *m_unit = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_dotsPerInch = nullptr;
    QLabel *m_hint = nullptr;
    QSize m_pixelSize;
    qreal m_scale = 1;
};
