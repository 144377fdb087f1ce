#include "flowlayout.h"

#include <QStyle>
#include <QWidget>

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
}

FlowLayout::~FlowLayout()
{
    qDeleteAll(m_items);
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::sizeHint() const
{
    QSize size;
    int shown = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        size.rwidth() += hint.width();
        size.setHeight(std::max(size.height(), hint.height()));
        ++shown;
    }
    size.rwidth() += std::max(0, shown - 1) * spacing();
    const QMargins margins = contentsMargins();
    return size.grownBy(margins);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->sizeHint());
    }
    return size.grownBy(contentsMargins());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool place) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const Qt::LayoutDirection direction = parentWidget() ? parentWidget()->layoutDirection() : Qt::LeftToRight;
    const int gap = std::max(0, spacing());
    int top = area.top();
    QList<QLayoutItem *> line;
    int lineWidth = 0;
    int lineHeight = 0;
    const auto finishLine = [&]() {
        if (line.isEmpty())
            return;
        if (place) {
            int left = area.left();
            for (QLayoutItem *item : std::as_const(line)) {
                const QSize hint = item->sizeHint();
                const QRect cell(left, top + (lineHeight - hint.height()) / 2, hint.width(), hint.height());
                item->setGeometry(QStyle::visualRect(direction, area, cell));
                left += hint.width() + gap;
            }
        }
        top += lineHeight + gap;
        line.clear();
        lineWidth = 0;
        lineHeight = 0;
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        if (!line.isEmpty() && lineWidth + gap + hint.width() > area.width())
            finishLine();
        lineWidth += (line.isEmpty() ? 0 : gap) + hint.width();
        lineHeight = std::max(lineHeight, hint.height());
        line.append(item);
    }
    finishLine();
    // No line: no height; otherwise the gap after the last line is not part of it.
    const int used = top == area.top() ? 0 : top - gap - area.top();
    const QMargins margins = contentsMargins();
    return used + margins.top() + margins.bottom();
}
