#pragma once

#include "editionmatcher.h"

#include <QColor>
#include <QPalette>

class QChart;

// Colours that are not the style's own (charts, search highlights, secondary text), taken from
// a palette so that they read on a dark desktop as on a light one, with text at 4.5:1 or more.
class PaletteColors
{
public:
    enum class Theme { Light, Dark };

    // Fixed palettes: exports use them whatever the desktop, and tests try the window in both.
    static QPalette palette(Theme theme);
    static bool isDark(const QPalette &palette);
    // The palette's selection colour, darkened or lightened in steps until its selected text
    // reads at 4.5:1 (WCAG 2.1 AA); the colour itself when it already does. Fusion's own
    // selection blue carries white text at only 3.7:1, and GTK's dark Adwaita at 3.2:1.
    static QColor readableHighlight(const QPalette &palette);
    // For a window: the desktop's palette with only the selection colour set, and that only
    // when the desktop's own does not read. Every other role still follows the desktop, and
    // so does this one when the desktop changes it.
    static QPalette readableSelectionPalette();
    // WCAG 2.1's contrast ratio of two colours, from 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
    // Text that matters less, still well above 4.5:1 against the base.
    static QColor mutedText(const QPalette &palette);
    // Behind a search match; the palette's text stays readable on it.
    static QColor searchHighlight(const QPalette &palette);
    // A marker of a record that changed in this way between two editions; 3:1 or more against
    // the base, as a graphical object needs.
    static QColor changeColor(const QPalette &palette, EditionMatcher::Change change);
    // Background, title, legend, axes and grid of a chart; again after axes are added.
    static void applyToChart(QChart *chart, const QPalette &palette);
};
