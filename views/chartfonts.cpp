#include "chartfonts.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

QFont ChartFonts::title(const QFont &widgetFont)
{
    constexpr qreal larger = 1.2;
    QFont font = widgetFont;
    if (widgetFont.pointSizeF() > 0)
        font.setPointSizeF(widgetFont.pointSizeF() * larger);
    else
        font.setPixelSize(qRound(widgetFont.pixelSize() * larger));
    return font;
}

void ChartFonts::applyToChart(QChart *chart, const QFont &widgetFont)
{
    chart->setTitleFont(title(widgetFont));
    chart->legend()->setFont(widgetFont);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(widgetFont);
        axis->setTitleFont(widgetFont);
    }
}
