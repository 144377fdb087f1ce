#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QSizeF>
#include <QString>

#include <optional>

// How large an exported chart is. On screen: a PNG of so many pixels, drawn at a scale (2 for
// sharp text). For print: a width and a height in millimetres at a resolution, which the PNG
// records in its pHYs chunk and which the PDF takes as its page size; the layout is then that
// of the printed size on a 144 DPI screen, so text is two thirds of its size on screen.
class ChartExportSize
{
    Q_DECLARE_TR_FUNCTIONS(ChartExportSize)

public:
    static constexpr int minimumPixels = 64;
    static constexpr int maximumPixels = 16384;
    static constexpr int minimumDotsPerInch = 72;
    static constexpr int maximumDotsPerInch = 1200;
    static constexpr int defaultDotsPerInch = 300;

    ChartExportSize(const QSize &pixelSize, qreal scale);
    static ChartExportSize forPrint(const QSizeF &millimetres, int dotsPerInch);
    // "1920x1080" (pixels) or "85mmx60mm"; dotsPerInch, if given, goes into the file and is the
    // resolution of a size in millimetres (300 if not given). Returns nothing, and says why,
    // for anything else or a size outside 64–16384 pixels.
    static std::optional<ChartExportSize> parse(const QString &text, std::optional<int> dotsPerInch, QString *error);

    QSize pixelSize() const { return m_pixelSize; }
    qreal scale() const { return m_scale; }
    // 0 when no resolution was asked for: the PNG then records none.
    int dotsPerInch() const { return m_dotsPerInch; }
    bool isPrint() const { return m_dotsPerInch > 0; }
    // The page of a PDF or SVG for print; of the pixel size at the given resolution when the
    // size was given in pixels.
    QSizeF millimetres() const { return m_millimetres; }
    // Why the size cannot be exported, or an empty string.
    QString problem() const;

private:
    QSize m_pixelSize;
    qreal m_scale = 1;
    int m_dotsPerInch = 0;
    QSizeF m_millimetres;
};
