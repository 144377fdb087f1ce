#pragma once

#include <QTableView>

class ColumnFitter;
class SearchHighlightDelegate;

// The policy table: sortable by any header, one line per event with the text elided, Ctrl+C
// copies the selected rows as tab-separated text, an empty result says so in words, and the
// search's terms are highlighted in the cells.
class PolicyTableView : public QTableView
{
    Q_OBJECT

public:
    explicit PolicyTableView(QWidget *parent = nullptr);

    // A PolicyTableModel, or a proxy of one: the columns before the text fit every value it has.
    void setModel(QAbstractItemModel *model) override;
    // With several editions, an edition column follows the text; the text keeps the width left.
    void showEditionColumn(bool show);
    void setHighlightTerms(const QStringList &terms);
    void setEmptyMessage(const QString &message);
    // Wide enough for the date, level and region columns and the start of an event's text, so
    // that a narrow window takes its width from the other panes before the events' text.
    QSize minimumSizeHint() const override;
    // The selected rows, in view order, as tab-separated lines.
    QString selectedRowsAsTsv() const;

public slots:
    void copySelection();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_emptyMessage;
    SearchHighlightDelegate *m_highlighter;
    ColumnFitter *m_fitter;
};
