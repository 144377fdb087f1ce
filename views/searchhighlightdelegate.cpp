#include "searchhighlightdelegate.h"

#include "palettecolors.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

SearchHighlightDelegate::SearchHighlightDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void SearchHighlightDelegate::setTerms(const QStringList &terms)
{
    m_terms = terms;
}

QList<std::pair<qsizetype, qsizetype>> SearchHighlightDelegate::matchRanges(const QString &text,
                                                                            const QStringList &terms)
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive))
            ranges.append({at, at + term.size()});
    }
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<qsizetype, qsizetype>> merged;
    for (const auto &range : ranges) {
        if (!merged.isEmpty() && range.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, range.second);
        else
            merged.append(range);
    }
    return merged;
}

void SearchHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (m_terms.isEmpty() || opt.text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    const QFontMetricsF metrics(opt.font);
    QString shown = text;
    shown.replace(u'\n', u' ');
    shown = metrics.elidedText(shown, opt.textElideMode, textRect.width());
    const auto ranges = matchRanges(shown, m_terms);
    painter->save();
    painter->setClipRect(textRect);
    const qreal baseline = textRect.top() + (textRect.height() - metrics.height()) / 2;
    // Highlights follow the cell's own alignment (dates are right-aligned).
    const qreal textWidth = metrics.horizontalAdvance(shown);
    const Qt::Alignment horizontal
        = QStyle::visualAlignment(opt.direction, opt.displayAlignment) & Qt::AlignHorizontal_Mask;
    const qreal textLeft = horizontal & Qt::AlignRight ? textRect.right() - textWidth
        : horizontal & Qt::AlignHCenter                ? textRect.center().x() - textWidth / 2
                                                       : textRect.left();
    for (const auto &[start, end] : ranges) {
        const qreal x = textLeft + metrics.horizontalAdvance(shown.left(start));
        const qreal width = metrics.horizontalAdvance(shown.mid(start, end - start));
        painter->fillRect(QRectF(x, baseline, width, metrics.height()), PaletteColors::searchHighlight(opt.palette));
    }
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    painter->drawText(QRectF(textLeft, baseline, textWidth, metrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, shown);
    painter->restore();
}
