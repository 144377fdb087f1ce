#pragma once

#include <QAccessibleWidget>
#include <QHash>

class ChartItems;

// A chart view as assistive technology sees it: a chart whose children are the items it
// draws (see ChartItems), made when first asked for, as a table makes its cells.
class ChartAccessible : public QAccessibleWidget
{
public:
    explicit ChartAccessible(QWidget *chart);
    ~ChartAccessible() override;

    // Makes the charts of this program answer with a ChartAccessible; safe to call repeatedly.
    static void installFactory();

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

private:
    ChartItems *items() const;
    void dropStaleChildren() const;

    mutable QHash<int, QAccessible::Id> m_children;
    mutable int m_childrenVersion = -1;
};
