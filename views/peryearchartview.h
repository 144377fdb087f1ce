#pragma once

#include "chartitems.h"
#include "timelinedata.h"

#include <QChartView>

class QStackedBarSeries;

// Events per year, stacked by government level. Assistive technology reads each bar: its
// year, level and count (ChartItems).
class PerYearChartView
    : public QChartView
    , public ChartItems
{
    Q_OBJECT

public:
    explicit PerYearChartView(QWidget *parent = nullptr);

    // levelNames: the legend text of each level, in the interface language.
    void setTimeline(const TimelineData &data, const QMap<PolicyLevel, QString> &levelNames);
    void setTitle(const QString &title);
    void setUndatedNote(const QString &note);
    // The count axis has no title: the chart's title says what is counted, and Qt Charts
    // elides vertical CJK titles to nothing.
    void setAxisTitle(const QString &years);

    // ChartItems: the bars, year by year, each year's levels from the bottom up.
    int itemCount() const override { return int(m_bars.size()); }
    QString itemName(int item) const override;
    QRect itemRect(int item) const override;
    bool isItemSelected(int) const override { return false; }
    int focusedItem() const override { return -1; }
    int itemsVersion() const override { return m_barsVersion; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Bar
    {
        int category = 0; // the year's index on the axis
        int year = 0;
        QString level;
        int count = 0;
        int below = 0; // events stacked under this bar in the same year
    };

    void retranslate();
    void applyFonts();

    QString m_yearsTitle;
    QString m_note;
    QStackedBarSeries *m_series = nullptr;
    QList<Bar> m_bars;
    int m_barsVersion = 0;
};
