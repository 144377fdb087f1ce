#pragma once

#include <QTreeView>

// The alliance tree. Its pane is never so narrow that the founded column's dates are cut or an
// alliance's name under its group's arrow is elided to nothing: its minimum width is measured
// from its content and font. Elided names read in full in their tooltips.
class AllianceTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit AllianceTreeView(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
};
