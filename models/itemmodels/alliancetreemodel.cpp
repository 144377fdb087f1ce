#include "alliancetreemodel.h"

#include "reportroles.h"

#include <QMap>

#include <algorithm>
#include <numeric>

AllianceTreeModel::AllianceTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_content(QSharedPointer<const ReportContent>::create())
{
}

void AllianceTreeModel::setContent(QSharedPointer<const ReportContent> content)
{
    beginResetModel();
    m_content = content ? std::move(content) : QSharedPointer<const ReportContent>::create();
    rebuild();
    endResetModel();
}

void AllianceTreeModel::setGrouping(Grouping grouping)
{
    if (m_grouping == grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    rebuild();
    endResetModel();
}

void AllianceTreeModel::setLanguage(ContentLanguage language)
{
    if (m_language == language)
        return;
    // Every text changes, the tree does not: groups are ordered by size and first appearance,
    // whatever the language. Building it again took 10 ms of a language switch at ten thousand
    // alliances.
    beginResetModel();
    m_language = language;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int AllianceTreeModel::addNode(Node node, int parent)
{
    const int id = int(m_nodes.size());
    node.parent = parent;
    QList<int> &siblings = parent < 0 ? m_topLevel : m_nodes[parent].children;
    node.row = int(siblings.size());
    siblings.append(id);
    m_nodes.append(std::move(node));
    return id;
}

void AllianceTreeModel::addAllianceNode(int allianceIndex, int parent)
{
    Node alliance;
    alliance.kind = NodeKind::Alliance;
    alliance.alliance = allianceIndex;
    const int allianceNode = addNode(alliance, parent);
    const AllianceRecord &record = m_content->alliances.at(allianceIndex);
    for (Category category : {Category::Activities, Category::Services}) {
        const QList<BilingualText> &items = category == Category::Activities ? record.activities : record.services;
        if (items.isEmpty())
            continue;
        Node categoryNode;
        categoryNode.kind = NodeKind::Category;
        categoryNode.alliance = allianceIndex;
        categoryNode.category = category;
        const int categoryId = addNode(categoryNode, allianceNode);
        for (int i = 0; i < items.size(); ++i) {
            Node item = categoryNode;
            item.kind = NodeKind::Item;
            item.item = i;
            addNode(item, categoryId);
        }
    }
}

void AllianceTreeModel::rebuild()
{
    m_nodes.clear();
    m_topLevel.clear();
    const QList<AllianceRecord> &alliances = m_content->alliances;
    // Reserved up front: growing the list node by node moved it a dozen times over, which ten
    // thousand alliances felt on every change of grouping or language.
    qsizetype nodeCount = alliances.size() + 1; // at most one group per alliance, and one more
    for (const AllianceRecord &alliance : alliances) {
        qsizetype subtree = 1;
        for (const QList<BilingualText> *items : {&alliance.activities, &alliance.services})
            subtree += items->isEmpty() ? 0 : 1 + items->size();
        // Grouped by guiding unit, an alliance is shown under each of its units.
        nodeCount += subtree * std::max<qsizetype>(1, m_grouping == Grouping::GuidingUnit ? alliance.guides.size() : 1);
    }
    m_nodes.reserve(nodeCount);
    switch (m_grouping) {
    case Grouping::Flat:
        for (int i = 0; i < alliances.size(); ++i)
            addAllianceNode(i, -1);
        break;
    case Grouping::FoundingYear: {
        QMap<int, QList<int>> byYear; // 0 (undated) sorts first; moved last below
        for (int i = 0; i < alliances.size(); ++i)
            byYear[alliances.at(i).founded.year()].append(i);
        QList<int> years = byYear.keys();
        if (!years.isEmpty() && years.first() == 0)
            years.append(years.takeFirst());
        for (int year : years) {
            Node group;
            group.groupYear = year;
            const int groupId = addNode(group, -1);
            for (int allianceIndex : byYear.value(year))
                addAllianceNode(allianceIndex, groupId);
        }
        break;
    }
    case Grouping::GuidingUnit: {
        QList<BilingualText> units;
        QList<QList<int>> members;
        QList<int> unguided;
        for (int i = 0; i < alliances.size(); ++i) {
            if (alliances.at(i).guides.isEmpty())
                unguided.append(i);
            for (const BilingualText &guide : alliances.at(i).guides) {
                qsizetype unit = units.indexOf(guide);
                if (unit < 0) {
                    unit = units.size();
                    units.append(guide);
                    members.append(QList<int>());
                }
                if (!members[unit].contains(i))
                    members[unit].append(i);
            }
        }
        // Larger groups first, then in order of first appearance in the report.
        QList<int> order(units.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&members](int a, int b) { return members.at(a).size() > members.at(b).size(); });
        for (int unit : order) {
            Node group;
            group.groupLabel = units.at(unit);
            const int groupId = addNode(group, -1);
            for (int allianceIndex : members.at(unit))
                addAllianceNode(allianceIndex, groupId);
        }
        if (!unguided.isEmpty()) {
            const int groupId = addNode(Node{}, -1);
            for (int allianceIndex : unguided)
                addAllianceNode(allianceIndex, groupId);
        }
        break;
    }
    }
}

const QList<int> &AllianceTreeModel::childrenOf(int node) const
{
    return node < 0 ? m_topLevel : m_nodes.at(node).children;
}

QModelIndexList AllianceTreeModel::indexesForAlliance(int allianceIndex) const
{
    QModelIndexList indexes;
    for (int id = 0; id < m_nodes.size(); ++id) {
        const Node &node = m_nodes.at(id);
        if (node.kind == NodeKind::Alliance && node.alliance == allianceIndex)
            indexes.append(createIndex(node.row, NameColumn, quintptr(id)));
    }
    return indexes;
}

QModelIndex AllianceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const int parentNode = parent.isValid() ? int(parent.internalId()) : -1;
    return createIndex(row, column, quintptr(childrenOf(parentNode).at(row)));
}

QModelIndex AllianceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes.at(int(child.internalId())).parent;
    if (parentNode < 0)
        return {};
    return createIndex(m_nodes.at(parentNode).row, NameColumn, quintptr(parentNode));
}

int AllianceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int AllianceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const QList<BilingualText> &AllianceTreeModel::categoryItems(const Node &node) const
{
    const AllianceRecord &alliance = m_content->alliances.at(node.alliance);
    return node.category == Category::Activities ? alliance.activities : alliance.services;
}

QString AllianceTreeModel::nodeText(const Node &node) const
{
    switch (node.kind) {
    case NodeKind::Group:
        if (m_grouping == Grouping::FoundingYear)
            return node.groupYear > 0 ? QString::number(node.groupYear) : tr("Founding date unknown");
        return node.groupLabel.zh.isEmpty() ? tr("No guiding unit") : node.groupLabel.text(m_language);
    case NodeKind::Alliance: {
        // With several editions side by side, the same alliance appears once per edition.
        const AllianceRecord &alliance = m_content->alliances.at(node.alliance);
        if (m_content->holdsSeveralEditions())
            return QStringLiteral("%1 · %2").arg(alliance.name.text(m_language)).arg(alliance.edition);
        return alliance.name.text(m_language);
    }
    case NodeKind::Category:
        return node.category == Category::Activities ? tr("Activities (%n)", nullptr, int(categoryItems(node).size()))
                                                     : tr("Services (%n)", nullptr, int(categoryItems(node).size()));
    case NodeKind::Item:
        return categoryItems(node).at(node.item).text(m_language);
    }
    return {};
}

QVariant AllianceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes.at(int(index.internalId()));
    if (index.column() == FoundedColumn) {
        if (node.kind != NodeKind::Alliance)
            return {};
        const ReportDate &founded = m_content->alliances.at(node.alliance).founded;
        switch (role) {
        case Qt::DisplayRole:
            return founded.isNull() ? QStringLiteral("—") : founded.toDisplayString(localeFor(m_language));
        case ReportRoles::SortRole:
            return founded.sortKey();
        case ReportRoles::DateRole:
            return QVariant::fromValue(founded);
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case ReportRoles::FullTextRole:
        return nodeText(node);
    case Qt::ToolTipRole:
        if (node.kind == NodeKind::Alliance) {
            const AllianceRecord &alliance = m_content->alliances.at(node.alliance);
            return alliance.name.zh + u'\n' + alliance.name.en;
        }
        return nodeText(node);
    case ReportRoles::SortRole:
        return node.kind == NodeKind::Group && m_grouping == Grouping::FoundingYear ? QVariant(node.groupYear)
                                                                                    : QVariant(nodeText(node));
    case ReportRoles::AllianceIndexRole:
        return node.alliance;
    case ReportRoles::NodeKindRole:
        return int(node.kind);
    case ReportRoles::SourceLineRole:
        return node.alliance >= 0 ? m_content->alliances.at(node.alliance).sourceLine : 0;
    case ReportRoles::EditionRole:
        return node.alliance >= 0 ? m_content->alliances.at(node.alliance).edition : 0;
    case ReportRoles::IdentityRole:
        return node.alliance >= 0 ? m_content->alliances.at(node.alliance).identity : QString();
    }
    return {};
}

QVariant AllianceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == ReportRoles::WidestTextsRole && section == FoundedColumn)
        return ReportDate::longestDisplayStrings(localeFor(m_language)) << QStringLiteral("—");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Alliance") : tr("Founded");
}
