#pragma once

#include "chartselection.h"
#include "contentlanguage.h"
#include "csvwriter.h"
#include "reportcitation.h"
#include "reportcontent.h"
#include "timelinedata.h"
#include "viewstate.h"

#include <QObject>
#include <QSharedPointer>

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class JobTracker;
class PolicyTableIndex;
class QItemSelectionModel;
class QTimer;
class ReportRelations;
class ReportSession;

// What the window does, without the window: loads reports, keeps the selected event and
// alliance (and restores them when filtering, sorting, a language switch or a new grouping
// resets the models), finds what relates to them, and builds the charts' data. Every piece
// of background work goes through a JobTracker, so the GUI thread never waits and a result
// that a newer request has superseded is never shown.
//
// Views share its selection models and watch its signals; the window only builds widgets and
// connects them. The tests drive it with no widget at all.
class ReportCoordinator : public QObject
{
    Q_OBJECT

public:
    // Reads a report; returns nothing and says why in *error when it cannot. Once cancelled is
    // raised (the window closes, another report is asked for), it may give up, with no error.
    using ReportLoader = std::function<std::optional<ReportContent>(QString *error, const std::atomic_bool &cancelled)>;
    using ChartDataSlot = std::function<void(const TimelineData &)>;
    using ChartSelectionSlot = std::function<void(const ChartSelection &)>;

    explicit ReportCoordinator(ReportSession *session, QObject *parent = nullptr);
    ~ReportCoordinator() override;

    ReportSession *session() const { return m_session; }
    // The current event of the policy table and the current node of the alliance tree; the
    // views use these as their selection models.
    QItemSelectionModel *eventSelection() const { return m_eventSelection; }
    QItemSelectionModel *allianceSelection() const { return m_allianceSelection; }

    // Runs load on a worker and shows its report; until then isLoading() is true. When it
    // fails, loadFailed() says why, and the report of fallBack is shown if one is given, or
    // else the report shown before stays.
    // preview, if given, runs first and gives the report's first records
    // (ReportContent::preview, as ReportDatabase::loadFileStart() reads them): they are shown
    // until load's report arrives and takes over the selection, so that a large report shows
    // its first screenful at once. Nothing is exported of a preview, and links wait for the
    // whole report. A report small enough to come whole from preview is not read again.
    void loadReport(ReportLoader load, ReportLoader fallBack = {}, ReportLoader preview = {});
    // tableIndex: the policy table's index of this content, when it was built already.
    void setReport(QSharedPointer<const ReportContent> content, QSharedPointer<const PolicyTableIndex> tableIndex = {});
    // Shows one edition of the report (a year of ReportContent::editionYears()) or, with
    // ReportContent::allEditions, every edition side by side; reportChanged() follows.
    void setEdition(int edition);
    bool isLoading() const { return m_loading; }
    // A preview is shown while its whole report loads.
    bool showsPreview() const;
    bool hasReport() const { return m_hasReport; }

    void setLanguage(ContentLanguage language);
    void setSearchText(const QString &text);
    void setLaneMode(TimelineData::LaneMode mode);
    TimelineData::LaneMode laneMode() const { return m_laneMode; }

    // Selects the event wherever it was asked for (a link, a chart marker): when the filters
    // hide it, they and the search are cleared so that it can be shown.
    void showEvent(int eventId);
    void showEventRow(int sourceRow);
    void showAlliance(int allianceIndex);
    int currentEventId() const { return m_currentEventId; }
    int currentAlliance() const { return m_currentAlliance; }
    void setChartTab(ViewState::ChartTab tab) { m_chartTab = tab; }
    // What Copy Citation cites: the selected events in the table's order, or else the current
    // alliance, which comes first when preferAlliance (the tree has the focus). Empty when
    // neither is selected.
    QList<CitedRecord> citedRecords(bool preferAlliance) const;

    // The view shown, as a link or a saved view carries it.
    ViewState view() const;
    // Applies the whole view, or nothing of it, its edition first: a view comes from
    // ViewLink::parse(), which checked it against every edition of the report. viewApplied()
    // tells the window to show it.
    void applyView(const ViewState &view);
    // Parses the link (hostile input: ViewLink) and applies it; while a report loads, it waits
    // for that report. linkFailed() says why a link was refused, and the view stays as it was.
    void openLink(const QString &link);

    // Null until the report's relations have been found; relationsChanged() says when.
    std::shared_ptr<const ReportRelations> relations() const { return m_relations; }

    // Calls onData and onSelection now with what the charts show, and again whenever that
    // changes, for as long as context lives: a chart made late shows the current state.
    void watchCharts(QObject *context, ChartDataSlot onData, ChartSelectionSlot onSelection);

    // Written on a worker; exportFinished() or exportFailed() follows.
    void exportCsv(const QString &path, CsvWriter::ByteOrderMark mark = CsvWriter::ByteOrderMark::Without);
    void exportDatabase(const QString &path);
    // The shown records' citations, CSL-JSON or BibTeX by the file name's ending.
    void exportCitations(const QString &path);

    // Drops every job in flight: the window is closing.
    void cancelAll();
    bool isBusy() const { return m_busy; }

    // "12 of 26 events · 3 of 8 alliances", or that the report is loading.
    QString statusText() const;
    // What the empty policy table says instead of rows.
    QString emptyTableMessage() const;

signals:
    void loadingChanged(bool loading);
    void reportChanged(QSharedPointer<const ReportContent> content);
    void loadFailed(const QString &error);
    void eventShown(int sourceRow);
    void allianceShown(int allianceIndex);
    void relationsChanged();
    // The coordinator changed the search text itself (to show a filtered-out event).
    void searchTextChanged(const QString &text);
    // statusText() or emptyTableMessage() may read differently.
    void summaryChanged();
    void chartDataChanged(const TimelineData &data);
    void chartSelectionChanged(const ChartSelection &selection);
    void exportFinished(const QString &message);
    void exportFailed(const QString &error);
    void busyChanged(bool busy);
    void viewApplied(const ViewState &view);
    void linkFailed(const QString &error);

private:
    void setLoading(bool loading);
    void loadWholeReport(ReportLoader load, ReportLoader fallBack);
    // Shows content in place of the report shown; with keepSelection (the whole report after
    // its preview) the selected event and alliance stay selected.
    void replaceReport(QSharedPointer<const ReportContent> content, QSharedPointer<const PolicyTableIndex> tableIndex,
                       bool keepSelection);
    // What is selected, and which of the two the detail pane shows.
    struct Selection
    {
        int eventId = 0;
        int alliance = -1;
        ViewState::Detail detail = ViewState::Detail::Event;
    };
    Selection selection() const { return {m_currentEventId, m_currentAlliance, m_detail}; }
    // Shows content with selection, which the models restore quietly and the detail pane is
    // then told of; loading says whether a report is still on its way.
    void showContent(QSharedPointer<const ReportContent> content, QSharedPointer<const PolicyTableIndex> tableIndex,
                     const Selection &selection, bool loading);
    void showPreview(QSharedPointer<const ReportContent> content, QSharedPointer<const PolicyTableIndex> tableIndex);
    // After a load that failed: the report shown before its preview comes back, with its
    // selection.
    void dropPreview();
    void showDetailAgain();
    // Around a change of the session's content: the selection of the previous one is dropped
    // before, relations and charts follow the new one after.
    void forgetShownContent();
    void showSessionContent();
    void onEventCurrentChanged();
    void onAllianceCurrentChanged();
    void restoreEventSelection();
    void restoreAllianceSelection();
    void updateRelatedEvents();
    void scheduleCharts();
    void refreshCharts();
    // Every tracker of the coordinator's own, for what is done to all of them.
    std::array<JobTracker *, 7> jobs() const;
    ChartSelection chartSelection() const;
    void emitChartSelection();
    void onExportDone(const QString &message, const QString &error);
    // Says why and returns true while a preview is shown: its records are not the report.
    bool refuseExportOfPreview();
    void updateBusy();

    ReportSession *m_session;
    QItemSelectionModel *m_eventSelection;
    QItemSelectionModel *m_allianceSelection;
    JobTracker *m_loadJob;
    JobTracker *m_previewJob;
    JobTracker *m_relationsJob;
    JobTracker *m_chartJob;
    JobTracker *m_csvJob;
    JobTracker *m_databaseJob;
    JobTracker *m_citationsJob;
    QTimer *m_chartTimer;

    bool m_loading = false;
    bool m_hasReport = false; // before a report arrives there is nothing to chart
    bool m_restoring = false; // selection models are being set from the kept ids
    bool m_busy = false;
    int m_currentEventId = 0; // kept across resets of the proxy, which clear its selection
    int m_currentAlliance = -1; // likewise for the tree
    TimelineData::LaneMode m_laneMode = TimelineData::LaneMode::Level;
    ViewState::ChartTab m_chartTab = ViewState::ChartTab::Timeline;
    ViewState::Detail m_detail = ViewState::Detail::Event; // the record shown last
    QString m_pendingLink; // opened once the report loading now arrives
    // What a preview replaced, shown again if its whole report fails to load.
    struct ShownReport
    {
        QSharedPointer<const ReportContent> content;
        QSharedPointer<const PolicyTableIndex> tableIndex;
        bool isReport = false; // the coordinator's empty start is none
        Selection selection;
    };
    std::optional<ShownReport> m_beforePreview;
    bool m_previewOfThisLoad = false; // the preview shown belongs to the load in flight
    std::shared_ptr<const ReportRelations> m_relations;
    QSet<int> m_relatedEventIds;
    TimelineData m_chartData; // the latest built, for a chart that starts watching late
};
