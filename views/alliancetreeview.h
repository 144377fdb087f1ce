#pragma once

#include <QTreeView>

class ColumnFitter;

// The alliance tree. Its pane is never so narrow that the founded column's dates are cut or an
// alliance's name under its group's arrow is elided to nothing: its minimum width is measured
// from its content and font. Elided names read in full in their tooltips.
class AllianceTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit AllianceTreeView(QWidget *parent = nullptr);

    // An AllianceTreeModel, or a proxy of one: the name takes the width the founded date leaves.
    void setModel(QAbstractItemModel *model) override;
    QSize minimumSizeHint() const override;

    // Opens the groups onto their alliances and leaves the alliances' activities and services
    // closed. A flat tree has no groups: there expandToDepth(0) would open every alliance, one
    // layout each, which with ten thousand alliances held the window up for a tenth of a second.
    void expandGroups();

private:
    ColumnFitter *m_fitter;
};
