#pragma once

#include <QColor>
#include <QGraphicsObject>
#include <QList>

// Stands in for individual markers when a timeline holds too many events to draw one by one:
// each lane becomes a strip of narrow bins whose height grows with the number of events
// whose span centres fall in the bin. Hovering tells the count.
class TimelineDensityItem : public QGraphicsObject
{
    Q_OBJECT

public:
    explicit TimelineDensityItem(QGraphicsItem *parent = nullptr);

    // counts[lane][bin]; bins of binWidth pixels starting at area.left().
    void setBins(const QList<QList<int>> &counts, const QList<QColor> &laneColors, const QRectF &area, qreal binWidth,
                 const QList<QString> &binLabels);

    // Outlines the bin the keyboard is on; -1 for none.
    void setFocusedBin(int lane, int bin);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QList<QList<int>> m_counts;
    QList<QColor> m_colors;
    QList<QString> m_binLabels;
    QRectF m_area;
    qreal m_binWidth = 1;
    int m_maximum = 1;
    int m_focusedLane = -1;
    int m_focusedBin = -1;
};
