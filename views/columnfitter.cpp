#include "columnfitter.h"

#include "reportroles.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>

ColumnFitter::ColumnFitter(QAbstractItemView *view, QHeaderView *header, QList<int> columns)
    : QObject(view)
    , m_view(view)
    , m_header(header)
    , m_columns(std::move(columns))
{
    view->installEventFilter(this);
}

void ColumnFitter::watchModel()
{
    disconnect(m_modelConnection);
    // Not on every reset: the table's proxy resets on every keystroke, and its widest texts
    // change only with the report or the language, which change its header data.
    if (QAbstractItemModel *model = m_view->model())
        m_modelConnection = connect(model, &QAbstractItemModel::headerDataChanged, this, &ColumnFitter::fit);
    fit();
}

void ColumnFitter::fit()
{
    const QAbstractItemModel *model = m_view->model();
    if (!model)
        return;
    const QFontMetrics metrics(m_view->font());
    // The margins QStyledItemDelegate leaves on each side of a cell's text, and a table's grid
    // line, which takes a pixel of the cell (as QTableView::sizeHintForColumn() counts it).
    const auto *table = qobject_cast<const QTableView *>(m_view);
    const int margins = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1)
        + (table && table->showGrid() ? 1 : 0);
    // A longer value (a region named in full) is elided, whole in its tooltip: one such name
    // among hundreds must not push the events' text out of a narrow window.
    const int widest = maximumCharacters * metrics.averageCharWidth() + margins;
    for (int column : std::as_const(m_columns)) {
        if (column >= model->columnCount())
            continue;
        m_header->setSectionResizeMode(column, QHeaderView::Interactive);
        const QStringList texts
            = model->headerData(column, Qt::Horizontal, ReportRoles::WidestTextsRole).toStringList();
        int width = 0;
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text) + margins);
        m_header->resizeSection(column, std::max(m_header->sectionSizeHint(column), std::min(width, widest)));
    }
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange))
        fit();
    return QObject::eventFilter(watched, event);
}
