#pragma once

#include <QFont>

class QChart;

// Qt Charts draws with point sizes of its own themes, which a larger system or application
// font leaves as they were; the charts take theirs from their widget instead, so that the
// title, legend and axis labels grow with the rest of the window's text.
class ChartFonts
{
public:
    // The chart's title: the widget's font, a step larger.
    static QFont title(const QFont &widgetFont);
    // Title, legend and every axis's labels and title; again after axes are added.
    static void applyToChart(QChart *chart, const QFont &widgetFont);
};
