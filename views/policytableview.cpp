#include "policytableview.h"

#include "columnfitter.h"
#include "policytablemodel.h"
#include "reportroles.h"
#include "searchhighlightdelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

PolicyTableView::PolicyTableView(QWidget *parent)
    : QTableView(parent)
    , m_highlighter(new SearchHighlightDelegate(this))
    , m_fitter(new ColumnFitter(this, horizontalHeader(),
                                {PolicyTableModel::DateColumn, PolicyTableModel::LevelColumn,
                                 PolicyTableModel::RegionColumn, PolicyTableModel::EditionColumn}))
{
    setItemDelegate(m_highlighter);
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setAlternatingRowColors(true);
    setCornerButtonEnabled(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setHighlightSections(false);
    // The columns before the text fit what they can show (and the font): the minimum follows them.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, &QWidget::updateGeometry);
}

void PolicyTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_fitter->watchModel();
}

void PolicyTableView::showEditionColumn(bool show)
{
    QHeaderView *columns = horizontalHeader();
    columns->setStretchLastSection(!show);
    if (show) {
        columns->setSectionResizeMode(PolicyTableModel::TextColumn, QHeaderView::Stretch);
        m_fitter->fit();
    } else {
        columns->setSectionResizeMode(PolicyTableModel::TextColumn, QHeaderView::Interactive);
    }
}

void PolicyTableView::setHighlightTerms(const QStringList &terms)
{
    m_highlighter->setTerms(terms);
    viewport()->update();
}

QSize PolicyTableView::minimumSizeHint() const
{
    // Enough of an event's text to tell it from its neighbours; the detail pane has the rest.
    constexpr int textCharacters = 10;
    int width = textCharacters * fontMetrics().averageCharWidth();
    for (int column : {PolicyTableModel::DateColumn, PolicyTableModel::LevelColumn, PolicyTableModel::RegionColumn}) {
        if (!isColumnHidden(column))
            width += horizontalHeader()->sectionSize(column);
    }
    width += verticalScrollBar()->sizeHint().width() + 2 * frameWidth();
    return QSize(width, QTableView::minimumSizeHint().height());
}

void PolicyTableView::setEmptyMessage(const QString &message)
{
    m_emptyMessage = message;
    viewport()->update();
}

QString PolicyTableView::selectedRowsAsTsv() const
{
    if (!model())
        return {};
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    auto clean = [](QString text) {
        text.replace(u'\t', u' ');
        text.replace(u'\n', u' ');
        return text;
    };
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        for (int column = 0; column < model()->columnCount(); ++column) {
            if (!isColumnHidden(column))
                cells << clean(model()->index(row.row(), column).data(ReportRoles::FullTextRole).toString());
        }
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n');
}

void PolicyTableView::copySelection()
{
    const QString text = selectedRowsAsTsv();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void PolicyTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void PolicyTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (!model() || model()->rowCount() > 0 || m_emptyMessage.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    painter.setFont(font);
    painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, m_emptyMessage);
}
