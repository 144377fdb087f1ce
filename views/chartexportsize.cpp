#include "chartexportsize.h"

#include <QRegularExpression>

#include <cmath>

namespace {
constexpr qreal millimetresPerInch = 25.4;
// A chart for print is laid out as the printed size would be on a screen of this resolution:
// text of 9 points on screen comes out at 6 on paper, as in a journal's figures, and the axes
// of an 85 mm chart keep room for their labels.
constexpr qreal layoutDotsPerInch = 144;
} // namespace

ChartExportSize::ChartExportSize(const QSize &pixelSize, qreal scale)
    : m_pixelSize(pixelSize)
    , m_scale(scale)
{
}

ChartExportSize ChartExportSize::forPrint(const QSizeF &millimetres, int dotsPerInch)
{
    const QSize pixels(int(std::lround(millimetres.width() / millimetresPerInch * dotsPerInch)),
                       int(std::lround(millimetres.height() / millimetresPerInch * dotsPerInch)));
    ChartExportSize size(pixels, dotsPerInch / layoutDotsPerInch);
    size.m_dotsPerInch = dotsPerInch;
    size.m_millimetres = millimetres;
    return size;
}

std::optional<ChartExportSize> ChartExportSize::parse(const QString &text, std::optional<int> dotsPerInch,
                                                      QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (dotsPerInch && (*dotsPerInch < minimumDotsPerInch || *dotsPerInch > maximumDotsPerInch))
        return fail(tr("the resolution must be between %1 and %2 DPI").arg(minimumDotsPerInch).arg(maximumDotsPerInch));
    static const QRegularExpression pixels(QStringLiteral("^([0-9]{1,6})[x×X]([0-9]{1,6})$"));
    static const QRegularExpression millimetres(
        QStringLiteral("^([0-9]{1,4}(?:\\.[0-9]{1,2})?)mm[x×X]([0-9]{1,4}(?:\\.[0-9]{1,2})?)mm$"));
    std::optional<ChartExportSize> size;
    if (const QRegularExpressionMatch match = pixels.match(text); match.hasMatch()) {
        const QSize pixelSize(match.captured(1).toInt(), match.captured(2).toInt());
        // A screen export is drawn at twice the scale when it is large enough to be sharp.
        size = ChartExportSize(pixelSize, pixelSize.width() >= 1280 ? 2.0 : 1.0);
        if (dotsPerInch) {
            size->m_dotsPerInch = *dotsPerInch;
            size->m_millimetres = QSizeF(pixelSize) / *dotsPerInch * millimetresPerInch;
        }
    } else if (const QRegularExpressionMatch match = millimetres.match(text); match.hasMatch()) {
        size = forPrint(QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble()),
                        dotsPerInch.value_or(defaultDotsPerInch));
    } else {
        return fail(tr("the size is WIDTHxHEIGHT in pixels (1920x1080) or in millimetres (85mmx60mm)"));
    }
    if (const QString problem = size->problem(); !problem.isEmpty())
        return fail(problem);
    return size;
}

QString ChartExportSize::problem() const
{
    if (m_pixelSize.width() < minimumPixels || m_pixelSize.height() < minimumPixels
        || m_pixelSize.width() > maximumPixels || m_pixelSize.height() > maximumPixels)
        return tr("the size %1×%2 is outside %3–%4 pixels")
            .arg(m_pixelSize.width())
            .arg(m_pixelSize.height())
            .arg(minimumPixels)
            .arg(maximumPixels);
    return QString();
}
