#include "chartitemaccessible.h"

#include "chartitems.h"

#include <QWidget>
#include <QWindow>

ChartItemAccessible::ChartItemAccessible(QWidget *chart, int item)
    : m_chart(chart)
    , m_item(item)
{
}

ChartItems *ChartItemAccessible::items() const
{
    return dynamic_cast<ChartItems *>(m_chart.data());
}

bool ChartItemAccessible::isValid() const
{
    return m_chart && m_item < items()->itemCount();
}

QObject *ChartItemAccessible::object() const
{
    return nullptr;
}

QWindow *ChartItemAccessible::window() const
{
    return m_chart ? m_chart->window()->windowHandle() : nullptr;
}

QList<std::pair<QAccessibleInterface *, QAccessible::Relation>>
ChartItemAccessible::relations(QAccessible::Relation) const
{
    return {};
}

QAccessibleInterface *ChartItemAccessible::focusChild() const
{
    return nullptr;
}

QAccessibleInterface *ChartItemAccessible::childAt(int, int) const
{
    return nullptr;
}

QAccessibleInterface *ChartItemAccessible::parent() const
{
    return QAccessible::queryAccessibleInterface(m_chart.data());
}

QAccessibleInterface *ChartItemAccessible::child(int) const
{
    return nullptr;
}

int ChartItemAccessible::childCount() const
{
    return 0;
}

int ChartItemAccessible::indexOfChild(const QAccessibleInterface *) const
{
    return -1;
}

QString ChartItemAccessible::text(QAccessible::Text t) const
{
    if (t != QAccessible::Name || !isValid())
        return {};
    return items()->itemName(m_item);
}

void ChartItemAccessible::setText(QAccessible::Text, const QString &)
{
}

QRect ChartItemAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect local = items()->itemRect(m_item);
    return local.isEmpty() ? QRect() : QRect(m_chart->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::Role ChartItemAccessible::role() const
{
    return QAccessible::ListItem;
}

QAccessible::State ChartItemAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    const ChartItems *chartItems = items();
    const bool navigable = m_chart->focusPolicy() != Qt::NoFocus;
    state.focusable = navigable;
    state.selectable = navigable;
    state.focused = navigable && m_chart->hasFocus() && chartItems->focusedItem() == m_item;
    state.selected = chartItems->isItemSelected(m_item);
    state.invisible = !m_chart->isVisible();
    state.offscreen = chartItems->itemRect(m_item).isEmpty();
    return state;
}
