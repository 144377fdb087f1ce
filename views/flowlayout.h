#pragma once

#include <QLayout>
#include <QList>

// Lays its items out left to right at their size hints and starts a new line when the next
// one would not fit, like words in a paragraph; its height follows its width
// (heightForWidth). It is the layout of Qt's "Flow Layout" example, which Qt ships as an
// example only: QBoxLayout and QGridLayout keep every item on one line or in fixed cells, and
// a QToolBar hides what does not fit behind its extension button. Unlike the example, hidden
// widgets take no space, items are centred on their line and the order follows the layout
// direction.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    // All items on one line.
    QSize sizeHint() const override;
    // The widest item: narrower, and it would be cut.
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in rect (when place is true) and returns the height they need.
    int arrange(const QRect &rect, bool place) const;

    QList<QLayoutItem *> m_items;
};
