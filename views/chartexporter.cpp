#include "chartexporter.h"

#include "filewriter.h"
#include "palettecolors.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QChartView>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QImageWriter>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTextDocument>

#include <cmath>

namespace {

constexpr qreal captionPadding = 8;

// Lays the caption out at the logical width and returns its height.
qreal captionHeight(QTextDocument *document, const QString &caption, qreal width)
{
    document->setDocumentMargin(captionPadding);
    QFont font;
    font.setPointSizeF(8.5);
    document->setDefaultFont(font);
    document->setPlainText(caption);
    document->setTextWidth(width);
    return caption.isEmpty() ? 0 : document->size().height();
}

void paint(QPainter *painter, QChartView *view, QTextDocument *caption, const QSizeF &logical, qreal captionH)
{
    // The chart's own palette, which ReportCharts::viewForExport() chose, not the desktop's.
    const QPalette colors = view->palette();
    painter->fillRect(QRectF(QPointF(0, 0), logical), colors.color(QPalette::Base));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    view->scene()->render(painter, QRectF(0, 0, logical.width(), logical.height() - captionH),
                          view->chart()->geometry());
    if (captionH > 0) {
        painter->save();
        painter->translate(0, logical.height() - captionH);
        painter->setPen(PaletteColors::mutedText(colors));
        painter->drawLine(QPointF(captionPadding, 0), QPointF(logical.width() - captionPadding, 0));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = colors;
        caption->documentLayout()->draw(painter, context);
        painter->restore();
    }
}

} // namespace

std::optional<ChartExporter::Format> ChartExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

std::optional<QByteArray> ChartExporter::render(QChartView *view, Format format, const ChartExportSize &size,
                                                const QString &caption, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (const QString problem = size.problem(); !problem.isEmpty())
        return fail(problem);
    const QSize pixelSize = size.pixelSize();
    const qreal scale = std::clamp(size.scale(), 0.25, 16.0);
    const QSizeF logical(pixelSize.width() / scale, pixelSize.height() / scale);

    QTextDocument captionDocument;
    const qreal captionH = captionHeight(&captionDocument, caption, logical.width());
    // Only the chart's scene is drawn, so the view is never shown: showing it, even with
    // Qt::WA_DontShowOnScreen, would create a window just for the export, and QChartView passes
    // the chart's minimum size on to that window as a size hint, which the offscreen platform
    // of a headless export answers with a warning on stderr.
    view->chart()->resize(logical.width(), logical.height() - captionH);
    // The chart lays out its plot area, and the views their markers, in posted events.
    QCoreApplication::sendPostedEvents();

    // Rendered in memory first, so that a failure while drawing leaves nothing on disk.
    QByteArray bytes;
    QBuffer file(&bytes);
    file.open(QIODevice::WriteOnly);

    switch (format) {
    case Format::Png: {
        QImage image(pixelSize, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(Qt::white);
        QPainter painter(&image);
        paint(&painter, view, &captionDocument, logical, captionH);
        painter.end();
        // Set once drawn: the resolution would otherwise change how large fonts are drawn.
        if (size.isPrint()) {
            const int dotsPerMeter = int(std::lround(size.dotsPerInch() / 0.0254));
            image.setDotsPerMeterX(dotsPerMeter);
            image.setDotsPerMeterY(dotsPerMeter);
        }
        QImageWriter writer(&file, "png");
        if (!writer.write(image))
            return fail(writer.errorString());
        break;
    }
    case Format::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        // The generator gives the drawing's width and height in millimetres from its size and
        // resolution, and sizes text by the resolution: 96, as the PNG's, keeps the two alike
        // (a logical pixel is a CSS pixel).
        generator.setResolution(96);
        generator.setSize(logical.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), logical));
        generator.setTitle(view->chart()->title());
        generator.setDescription(caption);
        QPainter painter;
        if (!painter.begin(&generator))
            return fail(tr("the SVG generator failed"));
        paint(&painter, view, &captionDocument, logical, captionH);
        painter.end();
        break;
    }
    case Format::Pdf: {
        QPdfWriter writer(&file);
        writer.setResolution(72);
        writer.setPageSize(size.isPrint() ? QPageSize(size.millimetres(), QPageSize::Millimeter)
                                          : QPageSize(logical, QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(view->chart()->title());
        writer.setCreator(QStringLiteral("China Open Source Report Explorer"));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(tr("the PDF writer failed"));
        // The layout fills the page, whichever unit the page was given in.
        const QRectF page = writer.pageLayout().fullRect(QPageLayout::Point);
        painter.scale(page.width() / logical.width(), page.height() / logical.height());
        paint(&painter, view, &captionDocument, logical, captionH);
        painter.end();
        break;
    }
    }
    file.close();
    return bytes;
}

bool ChartExporter::exportChart(QChartView *view, const QString &path, const ChartExportSize &size,
                                const QString &caption, QString *error)
{
    const std::optional<Format> format = formatForPath(path);
    if (!format) {
        if (error)
            *error = tr("“%1”: choose a file name ending in .png, .svg or .pdf").arg(path);
        return false;
    }
    QString renderError;
    const std::optional<QByteArray> bytes = render(view, *format, size, caption, &renderError);
    if (!bytes) {
        if (error)
            *error = tr("cannot write “%1”: %2").arg(path, renderError);
        return false;
    }
    return FileWriter::write(path, *bytes, error);
}

std::unique_ptr<QMimeData> ChartExporter::mimeData(QChartView *view, const ChartExportSize &size,
                                                   const QString &caption, QString *error)
{
    const std::optional<QByteArray> png = render(view, Format::Png, size, caption, error);
    const std::optional<QByteArray> svg = png ? render(view, Format::Svg, size, caption, error) : std::nullopt;
    if (!svg)
        return nullptr;
    auto data = std::make_unique<QMimeData>();
    // As an image too: applications that paste images ask for the platform's own image types,
    // which Qt's clipboard makes from it.
    data->setImageData(QImage::fromData(*png, "PNG"));
    data->setData(QStringLiteral("image/png"), *png);
    data->setData(QStringLiteral("image/svg+xml"), *svg);
    return data;
}
