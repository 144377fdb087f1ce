#pragma once

#include "timelinedata.h"

#include <QColor>
#include <QGraphicsObject>

// One event or founding on the timeline: a dot for a day, a bar as wide as the month or
// the year for coarser dates, so the precision the report states is what the reader sees.
class TimelineMarker : public QGraphicsObject
{
    Q_OBJECT

public:
    TimelineMarker(const TimelineData::Entry &entry, const QString &dateText, const QString &label, const QColor &color,
                   QGraphicsItem *parent = nullptr);

    const TimelineData::Entry &entry() const { return m_entry; }
    void setExtent(const QRectF &rect);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }
    void setRelated(bool related);
    // Where the keyboard is: drawn with a ring that reads on light and dark backgrounds.
    void setFocused(bool focused);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void updateStacking();

    TimelineData::Entry m_entry;
    QColor m_color;
    QRectF m_rect;
    bool m_selected = false;
    bool m_related = false;
    bool m_hovered = false;
    bool m_focused = false;
};
