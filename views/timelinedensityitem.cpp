#include "timelinedensityitem.h"

#include <QGraphicsSceneHoverEvent>
#include <QPainter>

#include <cmath>

TimelineDensityItem::TimelineDensityItem(QGraphicsItem *parent)
    : QGraphicsObject(parent)
{
    setAcceptHoverEvents(true);
}

void TimelineDensityItem::setBins(const QList<QList<int>> &counts, const QList<QColor> &laneColors, const QRectF &area,
                                  qreal binWidth, const QList<QString> &binLabels)
{
    prepareGeometryChange();
    m_counts = counts;
    m_colors = laneColors;
    m_area = area;
    m_binWidth = binWidth;
    m_binLabels = binLabels;
    m_maximum = 1;
    for (const QList<int> &lane : counts) {
        for (int count : lane)
            m_maximum = std::max(m_maximum, count);
    }
    update();
}

void TimelineDensityItem::setFocusedBin(int lane, int bin)
{
    if (lane == m_focusedLane && bin == m_focusedBin)
        return;
    m_focusedLane = lane;
    m_focusedBin = bin;
    update();
}

QRectF TimelineDensityItem::boundingRect() const
{
    return m_area;
}

void TimelineDensityItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_counts.isEmpty())
        return;
    const qreal laneHeight = m_area.height() / m_counts.size();
    // A logarithmic height keeps single events visible next to bins holding thousands.
    const qreal scale = std::log1p(qreal(m_maximum));
    for (int lane = 0; lane < m_counts.size(); ++lane) {
        const QColor color = m_colors.value(lane, Qt::gray);
        const qreal bottom = m_area.top() + (lane + 1) * laneHeight - 4;
        const qreal usable = laneHeight - 8;
        for (int bin = 0; bin < m_counts.at(lane).size(); ++bin) {
            const int count = m_counts.at(lane).at(bin);
            if (count == 0)
                continue;
            const qreal height = std::max<qreal>(2, usable * std::log1p(qreal(count)) / scale);
            painter->fillRect(QRectF(m_area.left() + bin * m_binWidth, bottom - height, m_binWidth, height), color);
        }
    }
    if (m_focusedLane >= 0 && m_focusedBin >= 0) {
        const QRectF ring(m_area.left() + m_focusedBin * m_binWidth - 3, m_area.top() + m_focusedLane * laneHeight + 1,
                          m_binWidth + 6, laneHeight - 2);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(Qt::white, 4));
        painter->drawRect(ring);
        painter->setPen(QPen(Qt::black, 2, Qt::DashLine));
        painter->drawRect(ring);
    }
}

void TimelineDensityItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    if (m_counts.isEmpty() || m_binWidth <= 0)
        return;
    const int lane = int((event->pos().y() - m_area.top()) / (m_area.height() / m_counts.size()));
    const int bin = int((event->pos().x() - m_area.left()) / m_binWidth);
    if (lane < 0 || lane >= m_counts.size() || bin < 0 || bin >= m_counts.at(lane).size()) {
        setToolTip(QString());
        return;
    }
    setToolTip(tr("%Ln event(s) around %1", nullptr, m_counts.at(lane).at(bin)).arg(m_binLabels.value(bin)));
}
