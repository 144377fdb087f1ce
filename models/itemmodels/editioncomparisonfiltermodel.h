#pragma once

#include "editionmatcher.h"

#include <QSortFilterProxyModel>

#include <optional>

// Shows the rows of an EditionComparisonModel with one kind of change, or all of them. A
// comparison holds a few hundred rows at most, so QSortFilterProxyModel's own filtering and
// sorting are enough here.
class EditionComparisonFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EditionComparisonFilterModel(QObject *parent = nullptr);

    void setChange(std::optional<EditionMatcher::Change> change); // nullopt: every row

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<EditionMatcher::Change> m_change;
};
