#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

class ReportSearch;

// Filters the alliance tree by the search: an alliance stays when any of its fields matches,
// an activity or service when its own text does, and the path to every match stays visible.
class AllianceFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AllianceFilterProxyModel(QObject *parent = nullptr);

    void setSearch(ReportSearch *search);
    // Alliances (indexes into ReportContent::alliances) that pass the filter.
    QList<int> visibleAlliances() const;

signals:
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QPointer<ReportSearch> m_search;
};
