#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <optional>

class QChartView;

// Writes a chart as PNG, SVG or PDF with a caption under it (filters, source, licence).
// Files are written through QSaveFile: a failed export leaves no partial file behind and an
// existing file is replaced only once the new one is complete.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    enum class Format { Png, Svg, Pdf };

    static std::optional<Format> formatForPath(const QString &path);

    // pixelSize is the PNG's exact size; SVG and PDF get the same layout in logical units of
    // pixelSize / scale. The view's chart is resized for the export and the view itself is never
    // shown; callers pass a view of their own (ReportCharts::viewForExport).
    static bool exportChart(QChartView *view, const QString &path, const QSize &pixelSize, qreal scale,
                            const QString &caption, QString *error);
};
