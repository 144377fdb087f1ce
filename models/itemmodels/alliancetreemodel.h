#pragma once

#include "contentlanguage.h"
#include "reportcontent.h"

#include <QAbstractItemModel>
#include <QList>
#include <QSharedPointer>

// The alliances as a tree: grouped by guiding unit (an alliance with two guiding units
// appears under both), by founding year, or flat; each alliance expands into its
// activities and services.
class AllianceTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Grouping { GuidingUnit, FoundingYear, Flat };
    Q_ENUM(Grouping)
    enum class NodeKind { Group, Alliance, Category, Item };
    Q_ENUM(NodeKind)
    enum Column { NameColumn, FoundedColumn, ColumnCount };

    explicit AllianceTreeModel(QObject *parent = nullptr);

    void setContent(QSharedPointer<const ReportContent> content);
    QSharedPointer<const ReportContent> content() const { return m_content; }
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    void setLanguage(ContentLanguage language);
    ContentLanguage language() const { return m_language; }

    // Every index that shows the alliance (several when grouped by guiding unit).
    QModelIndexList indexesForAlliance(int allianceIndex) const;
    // The raw values behind NodeKindRole and AllianceIndexRole, without a QVariant: proxies
    // ask them of every node on every keystroke.
    NodeKind nodeKind(const QModelIndex &index) const { return m_nodes.at(int(index.internalId())).kind; }
    int allianceIndex(const QModelIndex &index) const { return m_nodes.at(int(index.internalId())).alliance; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class Category { Activities, Services };

    struct Node
    {
        NodeKind kind = NodeKind::Group;
        int parent = -1; // node index, -1 for top level
        int row = 0; // row under its parent
        int alliance = -1;
        Category category = Category::Activities;
        int item = -1;
        BilingualText groupLabel; // for groups
        int groupYear = 0; // for groups by founding year; 0 = undated
        QList<int> children;
    };

    void rebuild();
    int addNode(Node node, int parent);
    void addAllianceNode(int allianceIndex, int parent);
    QString nodeText(const Node &node) const;
    const QList<BilingualText> &categoryItems(const Node &node) const;
    const QList<int> &childrenOf(int node) const;

    QSharedPointer<const ReportContent> m_content;
    Grouping m_grouping = Grouping::GuidingUnit;
    ContentLanguage m_language = ContentLanguage::Chinese;
    QList<Node> m_nodes;
    QList<int> m_topLevel;
};
