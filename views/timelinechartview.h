#pragma once

#include "timelinedata.h"

#include <QChartView>
#include <QList>
#include <QSet>

class QCategoryAxis;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class TimelineDensityItem;
class TimelineMarker;

// The policy events and alliance foundings on a time axis, one lane per level (or region)
// plus one for foundings. Markers show the stated precision; overlapping markers in a lane
// are stacked so none hides another. Wheel or rubber band zooms the time axis.
class TimelineChartView : public QChartView
{
    Q_OBJECT

public:
    explicit TimelineChartView(QWidget *parent = nullptr);

    void setTimeline(const TimelineData &data);
    void setTitle(const QString &title);
    // Texts of the legend and the undated note; set again after a language switch.
    void setLegendTexts(const QString &day, const QString &month, const QString &year);
    void setUndatedNote(const QString &note);

    void setSelectedEvent(int eventId);
    void setSelectedAlliance(int allianceIndex);
    void setRelatedEvents(const QSet<int> &eventIds);

    // Markers shown one per entry; none when the density strip stands in for them.
    int markerCount() const { return int(m_markers.size()); }
    // Above this many entries the lanes show event density instead of one marker per event.
    static constexpr int maximumMarkers = 3000;

public slots:
    void resetZoom();

signals:
    void eventClicked(int eventId);
    void allianceClicked(int allianceIndex);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void layoutMarkers();
    void layoutDensity(const QRectF &plot);
    QColor laneColor(int lane) const;
    void updateSelection();

    TimelineData m_data;
    QValueAxis *m_timeAxis = nullptr; // decimal years: 2004.5 is the middle of 2004
    QCategoryAxis *m_laneAxis = nullptr;
    QLineSeries *m_anchor = nullptr;
    QScatterSeries *m_legendDay = nullptr;
    QLineSeries *m_legendMonth = nullptr;
    QLineSeries *m_legendYear = nullptr;
    QGraphicsRectItem *m_plotClip = nullptr;
    QGraphicsSimpleTextItem *m_note = nullptr;
    QString m_noteText; // shown elided to the chart's width, whole in the tooltip
    QList<TimelineMarker *> m_markers; // empty when the density strip stands in for them
    TimelineDensityItem *m_density = nullptr;
    int m_selectedEvent = 0;
    int m_selectedAlliance = -1;
    QSet<int> m_relatedEvents;
    qreal m_fullMin = 0;
    qreal m_fullMax = 0;
};
