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
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTextDocument>

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

bool ChartExporter::exportChart(QChartView *view, const QString &path, const QSize &pixelSize, qreal scale,
                                const QString &caption, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const std::optional<Format> format = formatForPath(path);
    if (!format)
        return fail(tr("“%1”: choose a file name ending in .png, .svg or .pdf").arg(path));
    if (pixelSize.width() < 64 || pixelSize.height() < 64 || pixelSize.width() > 16384 || pixelSize.height() > 16384)
        return fail(tr("the size %1×%2 is outside 64–16384 pixels").arg(pixelSize.width()).arg(pixelSize.height()));
    scale = std::clamp(scale, 0.25, 8.0);
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

    switch (*format) {
    case Format::Png: {
        QImage image(pixelSize, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(Qt::white);
        QPainter painter(&image);
        paint(&painter, view, &captionDocument, logical, captionH);
        painter.end();
        QImageWriter writer(&file, "png");
        if (!writer.write(image))
            return fail(tr("cannot write “%1”: %2").arg(path, writer.errorString()));
        break;
    }
    case Format::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(logical.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), logical));
        generator.setTitle(view->chart()->title());
        generator.setDescription(caption);
        QPainter painter;
        if (!painter.begin(&generator))
            return fail(tr("cannot write “%1”: the SVG generator failed").arg(path));
        paint(&painter, view, &captionDocument, logical, captionH);
        painter.end();
        break;
    }
    case Format::Pdf: {
        QPdfWriter writer(&file);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(logical, QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(view->chart()->title());
        writer.setCreator(QStringLiteral("China Open Source Report Explorer"));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(tr("cannot write “%1”: the PDF writer failed").arg(path));
        paint(&painter, view, &captionDocument, logical, captionH);
        painter.end();
        break;
    }
    }
    file.close();
    return FileWriter::write(path, bytes, error);
}
