#pragma once

#include "timelinedata.h"

#include <QChartView>

// Events per year, stacked by government level.
class PerYearChartView : public QChartView
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

private:
    QString m_yearsTitle;
    QString m_note;
};
