#pragma once

#include <QHash>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <optional>

class AllianceTreeModel;
class ReportSearch;

// Filters the alliance tree by the search. An alliance stays, shown whole, when any of its
// fields matches (its activities and services included, so a matching service is always
// reachable); a group stays when one of its alliances does, and shows all of them when its
// own label matches.
//
// Not recursive filtering: whether an alliance stays is one bit of the search results, so
// children never need to be visited to decide about a parent, and rows under collapsed
// alliances are not filtered until they are shown. With ten thousand alliances that is the
// difference between a re-filter per keystroke and a stall.
class AllianceFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AllianceFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void setSearch(ReportSearch *search);
    // Alliances (indexes into ReportContent::alliances) that pass the filter, ascending.
    QList<int> visibleAlliances() const;

    bool hasChildren(const QModelIndex &parent = {}) const override;

signals:
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool searching() const;
    bool groupLabelMatches(const QModelIndex &group) const;
    bool groupAccepted(const QModelIndex &group) const;
    bool allianceAccepted(const QModelIndex &alliance) const;
    void forgetResults();
    void refilter();

    AllianceTreeModel *m_tree = nullptr;
    QPointer<ReportSearch> m_search;
    // Of the current results and tree, filled as rows are asked about.
    mutable QHash<quintptr, bool> m_groupLabelMatches; // by the group's internal id
    mutable std::optional<QList<int>> m_visibleAlliances;
};
