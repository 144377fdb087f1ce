#pragma once

#include "contentlanguage.h"
#include "policytableindex.h"
#include "reportcontent.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSharedPointer>

#include <vector>

// The report's policy events as a table: date, level, region, text, and the edition when the
// content holds several. Display text follows the content language; raw values (ids, dates,
// levels, editions) are under ReportRoles.
class PolicyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // EditionColumn exists only for content of several editions (columnCount() says).
    enum Column { DateColumn, LevelColumn, RegionColumn, TextColumn, EditionColumn, ColumnCount };
    Q_ENUM(Column)

    explicit PolicyTableModel(QObject *parent = nullptr);

    // index: of this content, when it was built already (off the GUI thread); built here if not.
    void setContent(QSharedPointer<const ReportContent> content, QSharedPointer<const PolicyTableIndex> index = {});
    QSharedPointer<const ReportContent> content() const { return m_content; }
    void setLanguage(ContentLanguage language);
    ContentLanguage language() const { return m_language; }

    // Rows of these events get a highlight background (events related to a selected alliance).
    void setRelatedEvents(const QSet<int> &eventIds);
    const QSet<int> &relatedEvents() const { return m_relatedEvents; }

    const PolicyEventRecord &record(int row) const { return m_content->events.at(row); }
    const QSharedPointer<const PolicyTableIndex> &tableIndex() const { return m_index; }
    int rowForEventId(int id) const { return m_index->rowForEventId(id); }
    // Regions are numbered in order of first appearance, so filters and counts compare numbers.
    int regionId(int row) const { return m_index->rowKeys[size_t(row)].region; }
    int regionIdOf(const QString &regionZh) const { return m_index->regionIdOf(regionZh); }
    const QStringList &regionKeys() const { return m_index->regionKeys; } // Chinese names, by id
    QString regionText(int id) const { return m_regionShown.value(id); } // in the current language
    // Position of the row's region in the regions sorted for the current language.
    int regionRank(int row) const { return m_regionRankOfId[size_t(regionId(row))]; }
    // Position of the row's edition in ReportContent::editionYears().
    // A record naming no edition of the content (made in code) counts as of the first.
    int editionRank(int row) const { return m_index->rowKeys[size_t(row)].edition; }
    const QList<int> &editionYears() const { return m_index->editionYears; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString levelName(PolicyLevel level);

private:
    void rebuildRegionRanks();
    // ReportRoles::WidestTextsRole: every region's name, every level's, the longest dates.
    QStringList widestTexts(int column) const;

    QSharedPointer<const ReportContent> m_content;
    ContentLanguage m_language = ContentLanguage::Chinese;
    QSharedPointer<const PolicyTableIndex> m_index;
    QStringList m_regionShown;
    std::vector<int> m_regionRankOfId; // collation order of regions in the current language
    QSet<int> m_relatedEvents;
};
