#pragma once

#include <QAccessibleInterface>
#include <QPointer>

class ChartItems;
class QWidget;

// One item of a chart (a marker, a density bin, a bar) for assistive technology: named by
// the chart, placed where it is drawn, focusable when the chart navigates by keyboard.
class ChartItemAccessible : public QAccessibleInterface
{
public:
    ChartItemAccessible(QWidget *chart, int item);

    int item() const { return m_item; }

    bool isValid() const override;
    QObject *object() const override;
    QWindow *window() const override;
    QList<std::pair<QAccessibleInterface *, QAccessible::Relation>>
    relations(QAccessible::Relation match) const override;
    QAccessibleInterface *focusChild() const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text t, const QString &text) override;
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;

private:
    ChartItems *items() const;

    QPointer<QWidget> m_chart;
    int m_item;
};
