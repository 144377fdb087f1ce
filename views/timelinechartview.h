#pragma once

#include "chartitems.h"
#include "eventchangelookup.h"
#include "timelinedata.h"

#include <QChartView>
#include <QList>
#include <QMap>
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
// The keyboard walks the markers (or the density bins standing in for them): Left and Right
// along a lane in time order, Up and Down across lanes, Enter selects, +, - and 0 zoom, Esc
// hands focus back (escapePressed). Assistive technology sees the same items (ChartItems).
class TimelineChartView
    : public QChartView
    , public ChartItems
{
    Q_OBJECT

public:
    explicit TimelineChartView(QWidget *parent = nullptr);

    void setTimeline(const TimelineData &data);
    void setTitle(const QString &title);
    // Texts of the legend and the undated note; set again after a language switch.
    void setLegendTexts(const QString &day, const QString &month, const QString &year);
    void setUndatedNote(const QString &note);
    // Colours the events by how they changed between the two editions compared, with a legend
    // entry per kind of change, instead of by lane; events of other editions and foundings in
    // the neutral. An empty lookup colours by lane again. The density strip keeps lane colours.
    void setEventChanges(const EventChangeLookup &changes, const QMap<EditionMatcher::Change, QString> &legendTexts);
    // The colour a marker of this entry is drawn in.
    QColor markerColor(const TimelineData::Entry &entry) const;

    void setSelectedEvent(int eventId);
    void setSelectedAlliance(int allianceIndex);
    void setRelatedEvents(const QSet<int> &eventIds);

    // Markers shown one per entry; none when the density strip stands in for them.
    int markerCount() const { return int(m_markers.size()); }
    // Above this many entries the lanes show event density instead of one marker per event.
    static constexpr int maximumMarkers = 3000;

    // ChartItems: the markers, or the non-empty density bins, in time order.
    int itemCount() const override { return int(m_items.size()); }
    QString itemName(int item) const override;
    QRect itemRect(int item) const override;
    bool isItemSelected(int item) const override;
    int focusedItem() const override { return m_focusedItem; }
    int itemsVersion() const override { return m_itemsVersion; }
    // Moves the keyboard focus to an item, panning the time axis to show it; -1 for none.
    void setFocusedItem(int item);

public slots:
    void resetZoom();

signals:
    void eventClicked(int eventId);
    void allianceClicked(int allianceIndex);
    void escapePressed();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // A marker, or a density bin of one lane, as the keyboard and assistive technology see it.
    struct Item
    {
        qreal start = 0; // decimal years
        qreal end = 0;
        int lane = 0;
        int marker = -1; // in m_markers; -1 for a bin
        int bin = -1; // for a bin
        int count = 0; // events in a bin
        QRectF area; // a bin's rectangle in scene coordinates
    };

    void retranslate();
    void applyPalette();
    void applyFonts();
    // Room for the legend's labels whole and for a label on every lane of the levels.
    void updateMinimumSize();
    void layoutMarkers();
    void layoutDensity(const QRectF &plot);
    void makeMarkerItems();
    QColor laneColor(int lane) const;
    void recolourMarkers();
    void updateSelection();
    // steps > 0 zooms in around the point at fraction (0 to 1) of the plot's width.
    void zoomBy(qreal steps, qreal fraction);
    void moveAlongLane(int direction);
    void moveAcrossLanes(int direction);
    void activateFocusedItem();
    void showFocus();
    void announceFocusedItem();

    TimelineData m_data;
    QValueAxis *m_timeAxis = nullptr; // decimal years: 2004.5 is the middle of 2004
    QCategoryAxis *m_laneAxis = nullptr;
    QLineSeries *m_anchor = nullptr;
    QScatterSeries *m_legendDay = nullptr;
    QLineSeries *m_legendMonth = nullptr;
    QLineSeries *m_legendYear = nullptr;
    QMap<EditionMatcher::Change, QScatterSeries *> m_legendChanges; // shown while colouring by change
    EventChangeLookup m_changes;
    QGraphicsRectItem *m_plotClip = nullptr;
    QGraphicsSimpleTextItem *m_note = nullptr;
    QString m_noteText; // shown elided to the chart's width, whole in the tooltip
    QList<TimelineMarker *> m_markers; // empty when the density strip stands in for them
    TimelineDensityItem *m_density = nullptr;
    int m_selectedEvent = 0;
    int m_selectedAlliance = -1;
    QSet<int> m_relatedEvents;
    QList<Item> m_items;
    QList<int> m_itemOfMarker;
    int m_focusedItem = -1;
    int m_itemsVersion = 0;
    qreal m_fullMin = 0;
    qreal m_fullMax = 0;
    QSize m_minimumSize;
};
