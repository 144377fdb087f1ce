#pragma once

#include "chartexportsize.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QChartView;
class QMimeData;

// Writes a chart as PNG, SVG or PDF with a caption under it (filters, source, licence), or
// puts it on the clipboard as PNG and SVG at once.
// Files are written through QSaveFile: a failed export leaves no partial file behind and an
// existing file is replaced only once the new one is complete.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    enum class Format { Png, Svg, Pdf };

    static std::optional<Format> formatForPath(const QString &path);

    // A PNG gets the size's exact pixels; SVG and PDF the same layout in logical units of
    // pixelSize / scale, on a page of the size's millimetres when it is for print. The view's
    // chart is resized for the export and the view itself is never shown; callers pass a view
    // of their own (ReportCharts::viewForExport).
    static bool exportChart(QChartView *view, const QString &path, const ChartExportSize &size, const QString &caption,
                            QString *error);
    // image/png (also as the clipboard's image) and image/svg+xml, for office suites and slides.
    static std::unique_ptr<QMimeData> mimeData(QChartView *view, const ChartExportSize &size, const QString &caption,
                                               QString *error);

private:
    static std::optional<QByteArray> render(QChartView *view, Format format, const ChartExportSize &size,
                                            const QString &caption, QString *error);
};
