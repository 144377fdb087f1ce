#pragma once

#include <QList>
#include <QObject>

class QAbstractItemView;
class QHeaderView;

// Sizes a view's columns to the widest texts their model says they can show
// (ReportRoles::WidestTextsRole), and again whenever the model's header data changes (another
// report, a language switch) or the view's font or style changes. QHeaderView::ResizeToContents
// measured a few hundred of the rows shown instead, on every reset, sort and language switch:
// a fifth of a language switch's stall at a million events; and a date or a region further
// down, wider than those, was cut short. The columns stay resizable by hand, and no wider than
// maximumCharacters: a longer value is elided.
class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    // No column is fitted wider than this many average characters of the view's font.
    static constexpr int maximumCharacters = 24;

    ColumnFitter(QAbstractItemView *view, QHeaderView *header, QList<int> columns);

    // Follows the view's model: call after every QAbstractItemView::setModel().
    void watchModel();
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    QHeaderView *m_header;
    QList<int> m_columns;
    QMetaObject::Connection m_modelConnection;
};
