#include "palettecolors.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGuiApplication>
#include <QLegend>

#include <cmath>

namespace {

QColor blend(const QColor &foreground, const QColor &background, qreal amount)
{
    return QColor::fromRgbF(foreground.redF() * amount + background.redF() * (1 - amount),
                            foreground.greenF() * amount + background.greenF() * (1 - amount),
                            foreground.blueF() * amount + background.blueF() * (1 - amount));
}

} // namespace

QPalette PaletteColors::palette(Theme theme)
{
    if (theme == Theme::Light) {
        QPalette light(Qt::black, QColor(239, 239, 239), Qt::white, QColor(160, 160, 160), QColor(184, 184, 184),
                       Qt::black, Qt::white, Qt::white, QColor(239, 239, 239));
        light.setColor(QPalette::PlaceholderText, QColor(100, 100, 100));
        // Fusion's own selection blue carries white text at only 3.7:1.
        light.setColor(QPalette::Highlight, QColor(25, 103, 170));
        light.setColor(QPalette::HighlightedText, Qt::white);
        return light;
    }
    const QColor window(45, 45, 48);
    const QColor text(232, 232, 232);
    QPalette dark(text, QColor(58, 58, 62), QColor(90, 90, 96), QColor(20, 20, 22), QColor(40, 40, 44), text, Qt::white,
                  QColor(30, 30, 32), window);
    dark.setColor(QPalette::AlternateBase, QColor(38, 38, 41));
    dark.setColor(QPalette::Highlight, QColor(38, 110, 190));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, QColor(165, 165, 170));
    dark.setColor(QPalette::Link, QColor(120, 180, 255));
    dark.setColor(QPalette::LinkVisited, QColor(190, 150, 255));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(130, 130, 130));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(130, 130, 130));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(130, 130, 130));
    return dark;
}

bool PaletteColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

double PaletteColors::contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &color) {
        const auto channel
            = [](double value) { return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
    };
    const double first = luminance(a);
    const double second = luminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QColor PaletteColors::readableHighlight(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::HighlightedText);
    QColor highlight = palette.color(QPalette::Highlight);
    // Away from the text: darker under light text, lighter under dark text.
    const bool lightText = text.lightness() >= 128;
    for (int step = 0; step < 100 && contrast(highlight, text) < 4.5; ++step)
        highlight = lightText ? highlight.darker(104) : highlight.lighter(104);
    return highlight;
}

QPalette PaletteColors::readableSelectionPalette()
{
    QPalette own;
    const QPalette desktop = QGuiApplication::palette();
    if (const QColor readable = readableHighlight(desktop); readable != desktop.color(QPalette::Highlight))
        own.setColor(QPalette::Highlight, readable);
    return own;
}

QColor PaletteColors::changeColor(const QPalette &palette, EditionMatcher::Change change)
{
    const bool dark = isDark(palette);
    switch (change) {
    case EditionMatcher::Change::Added:
        return dark ? QColor(0x57, 0xc7, 0x85) : QColor(0x1e, 0x8c, 0x4e);
    case EditionMatcher::Change::Changed:
        return dark ? QColor(0xf0, 0xa0, 0x4b) : QColor(0xb8, 0x5c, 0x00);
    case EditionMatcher::Change::Removed:
        return dark ? QColor(0xf2, 0x7a, 0x6e) : QColor(0xc0, 0x39, 0x2b);
    case EditionMatcher::Change::Unchanged:
        break;
    }
    return dark ? QColor(0x7f, 0xb2, 0xe5) : QColor(0x21, 0x6f, 0xb5);
}

QColor PaletteColors::mutedText(const QPalette &palette)
{
    return blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.7);
}

QColor PaletteColors::searchHighlight(const QPalette &palette)
{
    // Amber either way: light under dark text, deep under light text.
    return isDark(palette) ? QColor(122, 86, 0) : QColor(255, 213, 79);
}

void PaletteColors::applyToChart(QChart *chart, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(mutedText(palette));
        axis->setGridLineColor(blend(text, base, 0.18));
        axis->setMinorGridLineColor(blend(text, base, 0.08));
    }
}
