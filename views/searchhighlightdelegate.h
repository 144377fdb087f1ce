#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

// Paints cells with the search terms highlighted; long text is elided on one line (the
// full text is in the tooltip and the detail pane).
class SearchHighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SearchHighlightDelegate(QObject *parent = nullptr);

    void setTerms(const QStringList &terms);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Ranges [start, end) of text where a term occurs, merged; exposed for the detail pane.
    static QList<std::pair<qsizetype, qsizetype>> matchRanges(const QString &text, const QStringList &terms);

private:
    QStringList m_terms;
};
