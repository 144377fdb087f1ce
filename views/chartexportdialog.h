#pragma once

#include "reportcharts.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

// Asks which chart to export and at what size before the file dialog.
class ChartExportDialog : public QDialog
{
    Q_OBJECT

public:
    using Chart = ReportCharts::Chart;

    ChartExportDialog(Chart chart, const QSize &defaultPixelSize, QWidget *parent = nullptr);

    Chart chart() const;
    QSize pixelSize() const;

private:
    QComboBox *m_chart = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
};
