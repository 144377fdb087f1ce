#include "alliancetreeview.h"

#include "alliancetreemodel.h"
#include "columnfitter.h"
#include "reportroles.h"

#include <QHeaderView>
#include <QScrollBar>

AllianceTreeView::AllianceTreeView(QWidget *parent)
    : QTreeView(parent)
    , m_fitter(new ColumnFitter(this, header(), {AllianceTreeModel::FoundedColumn}))
{
    // The founded column fits its dates (and the font): the pane's minimum follows it.
    connect(header(), &QHeaderView::sectionResized, this, &QWidget::updateGeometry);
    connect(header(), &QHeaderView::geometriesChanged, this, &QWidget::updateGeometry);
}

void AllianceTreeView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    header()->setSectionResizeMode(AllianceTreeModel::NameColumn, QHeaderView::Stretch);
    m_fitter->watchModel();
}

QSize AllianceTreeView::minimumSizeHint() const
{
    const int founded = header()->sectionSize(AllianceTreeModel::FoundedColumn);
    // An alliance sits a level under its group: past the arrows, room for the start of its
    // name, enough to tell it from its neighbours; the whole name is in the tooltip.
    constexpr int nameCharacters = 6;
    const int name = std::max(header()->sectionSizeHint(AllianceTreeModel::NameColumn),
                              2 * indentation() + nameCharacters * fontMetrics().averageCharWidth());
    const int scrollBar = verticalScrollBar()->sizeHint().width();
    return QSize(name + founded + scrollBar + 2 * frameWidth(), QTreeView::minimumSizeHint().height());
}

void AllianceTreeView::expandGroups()
{
    const QModelIndex first = model() ? model()->index(0, 0) : QModelIndex();
    if (first.isValid() && first.data(ReportRoles::NodeKindRole).toInt() == int(AllianceTreeModel::NodeKind::Group))
        expandToDepth(0);
}
