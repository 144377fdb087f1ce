#include "timelinemarker.h"

#include <QCursor>
#include <QPainter>

TimelineMarker::TimelineMarker(const TimelineData::Entry &entry, const QString &dateText, const QString &label,
                               const QColor &color, QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_entry(entry)
    , m_color(color)
{
    setAcceptHoverEvents(true);
    setCursor(QCursor(Qt::PointingHandCursor));
    setToolTip(QStringLiteral("<b>%1</b><br>%2").arg(dateText.toHtmlEscaped(), label.toHtmlEscaped()));
}

void TimelineMarker::setExtent(const QRectF &rect)
{
    prepareGeometryChange();
    m_rect = rect;
}

void TimelineMarker::setColor(const QColor &color)
{
    m_color = color;
    update();
}

void TimelineMarker::setSelected(bool selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    updateStacking();
    update();
}

void TimelineMarker::setFocused(bool focused)
{
    if (m_focused == focused)
        return;
    m_focused = focused;
    updateStacking();
    update();
}

void TimelineMarker::setRelated(bool related)
{
    if (m_related == related)
        return;
    m_related = related;
    updateStacking();
    update();
}

void TimelineMarker::updateStacking()
{
    // The focused marker on top, then the selected one, then related ones, so none is hidden.
    setZValue(m_focused ? 3 : m_selected ? 2 : m_related ? 1 : 0);
}

QRectF TimelineMarker::boundingRect() const
{
    return m_rect.adjusted(-6, -6, 6, 6);
}

void TimelineMarker::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_related || m_selected) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_selected ? QColor(255, 193, 7, 200) : QColor(255, 213, 79, 150));
        const QRectF halo = m_rect.adjusted(-3, -3, 3, 3);
        if (m_entry.date.precision() == ReportDate::Precision::Day)
            painter->drawEllipse(halo);
        else
            painter->drawRoundedRect(halo, 4, 4);
    }
    QColor fill = m_color;
    QPen outline(m_color.darker(140), m_selected || m_hovered ? 2.0 : 1.0);
    switch (m_entry.date.precision()) {
    case ReportDate::Precision::Day:
        painter->setPen(outline);
        painter->setBrush(fill);
        painter->drawEllipse(m_rect);
        break;
    case ReportDate::Precision::Month:
        painter->setPen(outline);
        painter->setBrush(fill);
        painter->drawRoundedRect(m_rect, 2, 2);
        break;
    case ReportDate::Precision::Year:
    case ReportDate::Precision::None:
        // A year is a span of uncertainty: lighter fill, full outline.
        fill.setAlpha(90);
        painter->setPen(outline);
        painter->setBrush(fill);
        painter->drawRect(m_rect);
        break;
    }
    if (m_focused) {
        // Dark dashes over a light ring: visible whatever the lane colour and the background.
        const QRectF ring = m_rect.adjusted(-5, -5, 5, 5);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(Qt::white, 4));
        painter->drawRoundedRect(ring, 3, 3);
        painter->setPen(QPen(Qt::black, 2, Qt::DashLine));
        painter->drawRoundedRect(ring, 3, 3);
    }
}

void TimelineMarker::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsObject::hoverEnterEvent(event);
}

void TimelineMarker::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsObject::hoverLeaveEvent(event);
}
