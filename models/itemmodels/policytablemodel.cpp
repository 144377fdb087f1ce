#include "policytablemodel.h"

#include "reportroles.h"

#include <QCollator>
#include <QColor>

#include <algorithm>
#include <numeric>

PolicyTableModel::PolicyTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_content(QSharedPointer<const ReportContent>::create())
    , m_index(PolicyTableIndex::build(*m_content))
{
}

void PolicyTableModel::setContent(QSharedPointer<const ReportContent> content,
                                  QSharedPointer<const PolicyTableIndex> index)
{
    beginResetModel();
    m_content = content ? std::move(content) : QSharedPointer<const ReportContent>::create();
    m_index = index ? std::move(index) : PolicyTableIndex::build(*m_content);
    Q_ASSERT(m_index->rowKeys.size() == size_t(m_content->events.size()));
    m_relatedEvents.clear();
    rebuildRegionRanks();
    endResetModel();
    // The widest texts of the columns (ReportRoles::WidestTextsRole) are the content's.
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void PolicyTableModel::setLanguage(ContentLanguage language)
{
    if (m_language == language)
        return;
    m_language = language;
    rebuildRegionRanks();
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void PolicyTableModel::setRelatedEvents(const QSet<int> &eventIds)
{
    if (m_relatedEvents == eventIds)
        return;
    const QSet<int> changed = (m_relatedEvents - eventIds) + (eventIds - m_relatedEvents);
    m_relatedEvents = eventIds;
    for (int id : changed) {
        const int row = rowForEventId(id);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, columnCount() - 1), {Qt::BackgroundRole});
    }
}

void PolicyTableModel::rebuildRegionRanks()
{
    QStringList &shown = m_regionShown;
    shown.clear();
    for (int row : m_index->regionFirstRow)
        shown.append(m_content->events.at(row).region.text(m_language));
    std::vector<int> ids(size_t(shown.size()));
    std::iota(ids.begin(), ids.end(), 0);
    QCollator collator(localeFor(m_language));
    std::sort(ids.begin(), ids.end(), [&](int a, int b) { return collator.compare(shown.at(a), shown.at(b)) < 0; });
    m_regionRankOfId.assign(ids.size(), 0);
    for (size_t rank = 0; rank < ids.size(); ++rank)
        m_regionRankOfId[size_t(ids[rank])] = int(rank);
}

int PolicyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_content->events.size());
}

int PolicyTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_content->holdsSeveralEditions() ? ColumnCount : EditionColumn;
}

QString PolicyTableModel::levelName(PolicyLevel level)
{
    switch (level) {
    case PolicyLevel::Central:
        return tr("Central", "government level");
    case PolicyLevel::Provincial:
        return tr("Provincial", "government level");
    case PolicyLevel::Municipal:
        return tr("Municipal", "government level");
    case PolicyLevel::Other:
        return tr("Other", "government level");
    }
    return {};
}

QVariant PolicyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PolicyEventRecord &event = m_content->events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ReportRoles::FullTextRole:
        switch (index.column()) {
        case DateColumn:
            return event.date.isNull() ? QStringLiteral("—") : event.date.toDisplayString(localeFor(m_language));
        case LevelColumn:
            return levelName(event.level);
        case RegionColumn:
            return event.region.text(m_language);
        case TextColumn:
            return m_content->eventText(index.row()).text(m_language);
        case EditionColumn:
            return QString::number(event.edition);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return m_content->eventText(index.row()).text(m_language);
        if (index.column() == DateColumn && event.date.isNull())
            return tr("The report gives no date for this event.");
        break;
    case Qt::BackgroundRole:
        if (m_relatedEvents.contains(event.id))
            return QColor(255, 236, 179);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DateColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ReportRoles::SortRole:
        switch (index.column()) {
        case DateColumn:
            return event.date.sortKey();
        case LevelColumn:
            return int(event.level);
        case RegionColumn:
            return regionRank(index.row());
        case TextColumn:
            return m_content->eventText(index.row()).text(m_language);
        case EditionColumn:
            return editionRank(index.row());
        }
        break;
    case ReportRoles::EventIdRole:
        return event.id;
    case ReportRoles::DateRole:
        return QVariant::fromValue(event.date);
    case ReportRoles::LevelRole:
        return int(event.level);
    case ReportRoles::RegionRole:
        return event.region.zh;
    case ReportRoles::YearRole:
        return event.date.year();
    case ReportRoles::SourceLineRole:
        return event.sourceLine;
    case ReportRoles::EditionRole:
        return event.edition;
    case ReportRoles::IdentityRole:
        return m_content->eventIdentity(index.row());
    }
    return {};
}

QVariant PolicyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == ReportRoles::WidestTextsRole)
        return widestTexts(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case LevelColumn:
        return tr("Level");
    case RegionColumn:
        return tr("Region");
    case TextColumn:
        return tr("Event");
    case EditionColumn:
        return tr("Edition");
    }
    return {};
}

QStringList PolicyTableModel::widestTexts(int column) const
{
    switch (column) {
    case DateColumn:
        return ReportDate::longestDisplayStrings(localeFor(m_language));
    case LevelColumn: {
        QStringList names;
        for (PolicyLevel level : PolicyLevels::all)
            names.append(levelName(level));
        return names;
    }
    case RegionColumn:
        return m_regionShown;
    case EditionColumn: {
        QStringList years;
        for (int year : editionYears())
            years.append(QString::number(year));
        return years;
    }
    }
    return {}; // the text: as wide as the view leaves it
}
