#pragma once

#include "alliancetreemodel.h"
#include "contentlanguage.h"
#include "policylevel.h"
#include "timelinedata.h"

#include <QMetaType>
#include <QSet>
#include <QString>

// Everything a person sets up to look at: which edition, what is searched and filtered, how the
// table is sorted, the tree grouped and the timeline laned, which records are selected, which
// chart is open, in which language. A link (ViewLink) and a saved view carry exactly this.
struct ViewState
{
    enum class ChartTab { Timeline, PerYear };
    // Which selected record the detail pane shows: both an event and an alliance can be selected.
    enum class Detail { Event, Alliance };

    // A year of the report's editions, or ReportContent::allEditions. Record ids run across
    // editions, so eventId names an event whichever edition is shown.
    int edition = 0;
    QString searchText;
    QSet<PolicyLevel> levels; // empty: every level
    QString regionZh; // empty: every region
    int yearFrom = 0; // 0: open
    int yearTo = 0;
    int sortColumn = 0; // PolicyTableModel::Column
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    AllianceTreeModel::Grouping grouping = AllianceTreeModel::Grouping::GuidingUnit;
    TimelineData::LaneMode lanes = TimelineData::LaneMode::Level;
    int eventId = 0; // 0: none
    QString allianceSlug; // empty: none
    // The selected alliance's edition: a slug is unique only within one edition.
    int allianceEdition = 0;
    Detail detail = Detail::Event;
    ChartTab chartTab = ChartTab::Timeline;
    ContentLanguage language = ContentLanguage::Chinese;

    friend bool operator==(const ViewState &a, const ViewState &b)
    {
        return a.edition == b.edition && a.searchText == b.searchText && a.levels == b.levels
            && a.regionZh == b.regionZh && a.yearFrom == b.yearFrom && a.yearTo == b.yearTo
            && a.sortColumn == b.sortColumn && a.sortOrder == b.sortOrder && a.grouping == b.grouping
            && a.lanes == b.lanes && a.eventId == b.eventId && a.allianceSlug == b.allianceSlug
            && a.allianceEdition == b.allianceEdition && a.detail == b.detail && a.chartTab == b.chartTab
            && a.language == b.language;
    }
    friend bool operator!=(const ViewState &a, const ViewState &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(ViewState)
