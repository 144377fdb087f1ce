#include "chartaccessible.h"

#include "chartitemaccessible.h"
#include "chartitems.h"

#include <QWidget>

namespace {

QAccessibleInterface *chartFactory(const QString &, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    if (widget && dynamic_cast<ChartItems *>(widget))
        return new ChartAccessible(widget);
    return nullptr;
}

} // namespace

ChartAccessible::ChartAccessible(QWidget *chart)
    : QAccessibleWidget(chart, QAccessible::Chart)
{
}

ChartAccessible::~ChartAccessible()
{
    for (QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

void ChartAccessible::installFactory()
{
    static const bool installed = (QAccessible::installFactory(chartFactory), true);
    Q_UNUSED(installed);
}

ChartItems *ChartAccessible::items() const
{
    return dynamic_cast<ChartItems *>(widget());
}

void ChartAccessible::dropStaleChildren() const
{
    const int version = items()->itemsVersion();
    if (version == m_childrenVersion)
        return;
    for (QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
    m_children.clear();
    m_childrenVersion = version;
}

int ChartAccessible::childCount() const
{
    return items()->itemCount();
}

QAccessibleInterface *ChartAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    dropStaleChildren();
    if (const auto known = m_children.constFind(index); known != m_children.cend())
        return QAccessible::accessibleInterface(known.value());
    auto *item = new ChartItemAccessible(widget(), index);
    m_children.insert(index, QAccessible::registerAccessibleInterface(item));
    return item;
}

int ChartAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    dropStaleChildren();
    const QAccessible::Id id = QAccessible::uniqueId(const_cast<QAccessibleInterface *>(child));
    return m_children.key(id, -1);
}

QAccessibleInterface *ChartAccessible::childAt(int x, int y) const
{
    const QPoint point = widget()->mapFromGlobal(QPoint(x, y));
    ChartItems *chartItems = items();
    // The last drawn lies on top.
    for (int item = chartItems->itemCount() - 1; item >= 0; --item) {
        if (chartItems->itemRect(item).contains(point))
            return child(item);
    }
    return nullptr;
}

QAccessibleInterface *ChartAccessible::focusChild() const
{
    const int focused = items()->focusedItem();
    if (focused >= 0 && widget()->hasFocus())
        return child(focused);
    return QAccessibleWidget::focusChild();
}
