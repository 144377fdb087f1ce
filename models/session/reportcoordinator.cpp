#include "reportcoordinator.h"

#include "alliancefilterproxymodel.h"
#include "alliancetreemodel.h"
#include "csvwriter.h"
#include "filewriter.h"
#include "jobtracker.h"
#include "policyfilterproxymodel.h"
#include "policytablemodel.h"
#include "reportcitation.h"
#include "reportdatabase.h"
#include "reportrelations.h"
#include "reportroles.h"
#include "reportsearch.h"
#include "reportsession.h"
#include "viewlink.h"

#include <QDir>
#include <QItemSelectionModel>
#include <QScopedValueRollback>
#include <QTimer>

namespace {

// What a worker hands back from a file it read or wrote.
template<typename Value>
struct Outcome
{
    Value value;
    QString error;
};

struct LoadedReport
{
    QSharedPointer<const ReportContent> content;
    QSharedPointer<const PolicyTableIndex> tableIndex;
    bool fellBack = false; // the fall-back's report, not the one asked for
};

} // namespace

ReportCoordinator::ReportCoordinator(ReportSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_eventSelection(new QItemSelectionModel(session->policyProxy(), this))
    , m_allianceSelection(new QItemSelectionModel(session->allianceProxy(), this))
    , m_loadJob(new JobTracker(JobTracker::Lane::Interactive, this))
    , m_previewJob(new JobTracker(JobTracker::Lane::Interactive, this))
    , m_relationsJob(new JobTracker(JobTracker::Lane::Background, this))
    , m_chartJob(new JobTracker(JobTracker::Lane::Interactive, this))
    , m_csvJob(new JobTracker(JobTracker::Lane::Background, this))
    , m_databaseJob(new JobTracker(JobTracker::Lane::Background, this))
    , m_citationsJob(new JobTracker(JobTracker::Lane::Background, this))
    , m_chartTimer(new QTimer(this))
{
    // Typing changes the filters once per result; the charts are rebuilt once per turn of the
    // event loop, after all of them.
    m_chartTimer->setSingleShot(true);
    m_chartTimer->setInterval(0);
    connect(m_chartTimer, &QTimer::timeout, this, &ReportCoordinator::refreshCharts);

    PolicyFilterProxyModel *events = session->policyProxy();
    AllianceFilterProxyModel *alliances = session->allianceProxy();
    connect(m_eventSelection, &QItemSelectionModel::currentRowChanged, this, &ReportCoordinator::onEventCurrentChanged);
    connect(m_allianceSelection, &QItemSelectionModel::currentChanged, this,
            &ReportCoordinator::onAllianceCurrentChanged);
    connect(events, &QAbstractItemModel::modelReset, this, &ReportCoordinator::restoreEventSelection);
    connect(events, &QAbstractItemModel::layoutChanged, this, &ReportCoordinator::restoreEventSelection);
    connect(alliances, &QAbstractItemModel::modelReset, this, &ReportCoordinator::restoreAllianceSelection);
    connect(alliances, &QAbstractItemModel::layoutChanged, this, &ReportCoordinator::restoreAllianceSelection);

    connect(events, &PolicyFilterProxyModel::filtersChanged, this, &ReportCoordinator::scheduleCharts);
    connect(events, &QAbstractItemModel::layoutChanged, this, &ReportCoordinator::scheduleCharts);
    connect(alliances, &AllianceFilterProxyModel::filtersChanged, this, &ReportCoordinator::scheduleCharts);
    connect(events, &PolicyFilterProxyModel::filtersChanged, this, &ReportCoordinator::summaryChanged);
    connect(alliances, &AllianceFilterProxyModel::filtersChanged, this, &ReportCoordinator::summaryChanged);
    connect(session->search(), &ReportSearch::resultsChanged, this, &ReportCoordinator::summaryChanged);

    for (JobTracker *job : jobs())
        connect(job, &JobTracker::runningChanged, this, &ReportCoordinator::updateBusy);
    connect(session->search(), &ReportSearch::busyChanged, this, &ReportCoordinator::updateBusy);
    connect(events, &PolicyFilterProxyModel::sortingChanged, this, &ReportCoordinator::updateBusy);
}

ReportCoordinator::~ReportCoordinator()
{
    cancelAll();
}

void ReportCoordinator::loadReport(ReportLoader load, ReportLoader fallBack, ReportLoader preview)
{
    setLoading(true);
    m_previewOfThisLoad = false;
    if (!preview) {
        m_previewJob->cancel();
        loadWholeReport(std::move(load), std::move(fallBack));
        return;
    }
    m_loadJob->cancel();
    m_previewJob->start(
        [preview = std::move(preview)](const std::atomic_bool &cancelled) {
            QString error; // not shown: the whole load says what is wrong with the file
            LoadedReport report;
            if (std::optional<ReportContent> content = preview(&error, cancelled)) {
                report.content = QSharedPointer<const ReportContent>::create(std::move(*content));
                report.tableIndex = PolicyTableIndex::build(*report.content);
            }
            return report;
        },
        // The whole report is read once its preview is shown: read at the same time, on two
        // cores, it took one from the preview and another from the GUI thread showing it.
        [this, load = std::move(load), fallBack = std::move(fallBack)](LoadedReport report) {
            if (report.content && !report.content->preview) {
                replaceReport(report.content, report.tableIndex, false);
                return;
            }
            if (report.content)
                showPreview(report.content, report.tableIndex);
            loadWholeReport(load, fallBack);
        });
}

void ReportCoordinator::loadWholeReport(ReportLoader load, ReportLoader fallBack)
{
    m_loadJob->start(
        [load = std::move(load), fallBack = std::move(fallBack)](const std::atomic_bool &cancelled) {
            Outcome<std::optional<ReportContent>> loaded;
            loaded.value = load(&loaded.error, cancelled);
            // A load given up is not a failure: nothing is shown of it.
            if (cancelled.load())
                return Outcome<LoadedReport>();
            const bool fellBack = !loaded.value && fallBack;
            if (fellBack) {
                QString fallBackError;
                loaded.value = fallBack(&fallBackError, cancelled);
                if (!loaded.value)
                    loaded.error += QLatin1Char('\n') + fallBackError;
            }
            // The table's index is built here too: at a million events it is a pass over every
            // record that would otherwise stall the GUI thread when the report is shown.
            Outcome<LoadedReport> report{{}, loaded.error};
            report.value.fellBack = fellBack;
            if (loaded.value) {
                report.value.content = QSharedPointer<const ReportContent>::create(std::move(*loaded.value));
                report.value.tableIndex = PolicyTableIndex::build(*report.value.content);
            }
            return report;
        },
        [this](Outcome<LoadedReport> loaded) {
            // What was selected in this report's preview names the same records in the report.
            if (loaded.value.content)
                replaceReport(loaded.value.content, loaded.value.tableIndex,
                              m_previewOfThisLoad && !loaded.value.fellBack);
            else
                dropPreview();
            if (!loaded.error.isEmpty())
                emit loadFailed(loaded.error);
        });
}

void ReportCoordinator::setReport(QSharedPointer<const ReportContent> content,
                                  QSharedPointer<const PolicyTableIndex> tableIndex)
{
    // A report given directly replaces the one still loading.
    m_loadJob->cancel();
    m_previewJob->cancel();
    replaceReport(std::move(content), std::move(tableIndex), false);
}

void ReportCoordinator::replaceReport(QSharedPointer<const ReportContent> content,
                                      QSharedPointer<const PolicyTableIndex> tableIndex, bool keepSelection)
{
    m_beforePreview.reset();
    m_hasReport = true;
    showContent(std::move(content), std::move(tableIndex), keepSelection ? selection() : Selection(), false);
}

void ReportCoordinator::showContent(QSharedPointer<const ReportContent> content,
                                    QSharedPointer<const PolicyTableIndex> tableIndex, const Selection &selection,
                                    bool loading)
{
    forgetShownContent();
    m_currentEventId = selection.eventId;
    m_currentAlliance = selection.alliance;
    m_detail = selection.detail;
    m_session->setContent(std::move(content), std::move(tableIndex));
    setLoading(loading);
    showSessionContent();
    showDetailAgain();
}

void ReportCoordinator::showDetailAgain()
{
    // The models restored the selection quietly; the detail pane was cleared with the report.
    if (m_detail == ViewState::Detail::Alliance && m_currentAlliance >= 0) {
        emit allianceShown(m_currentAlliance);
        return;
    }
    const int row = m_session->policyTable()->rowForEventId(m_currentEventId);
    if (m_currentEventId > 0 && row >= 0)
        emit eventShown(row);
}

void ReportCoordinator::showPreview(QSharedPointer<const ReportContent> content,
                                    QSharedPointer<const PolicyTableIndex> tableIndex)
{
    if (!m_beforePreview)
        m_beforePreview
            = ShownReport{m_session->allEditions(), m_session->allEditionsTableIndex(), m_hasReport, selection()};
    m_previewOfThisLoad = true;
    m_hasReport = true;
    showContent(std::move(content), std::move(tableIndex), Selection(), true);
}

void ReportCoordinator::dropPreview()
{
    if (!m_beforePreview) {
        setLoading(false);
        return;
    }
    const ShownReport before = *std::exchange(m_beforePreview, std::nullopt);
    m_hasReport = before.isReport;
    showContent(before.content, before.tableIndex, before.selection, false);
}

bool ReportCoordinator::showsPreview() const
{
    return m_session->allEditions()->preview;
}

void ReportCoordinator::setEdition(int edition)
{
    if (edition == m_session->edition())
        return;
    forgetShownContent();
    m_session->setEdition(edition);
    if (m_hasReport)
        showSessionContent();
}

// Before the models reset: the selection they restore must not be the previous content's.
void ReportCoordinator::forgetShownContent()
{
    m_currentEventId = 0;
    m_currentAlliance = -1;
    m_relations.reset();
    m_relatedEventIds.clear();
}

void ReportCoordinator::showSessionContent()
{
    // The table forgot the related events of the previous content with it.
    const QSharedPointer<const ReportContent> content = m_session->content();
    m_relationsJob->start(
        [content](const std::atomic_bool &cancelled) { return ReportRelations::build(content, cancelled); },
        [this](std::shared_ptr<const ReportRelations> relations) {
            m_relations = std::move(relations);
            updateRelatedEvents();
            emit relationsChanged();
        });
    emit reportChanged(content);
    emitChartSelection();
    scheduleCharts();
    // The counts are read once every model shows the new content (the tree resets last).
    emit summaryChanged();
    if (!m_pendingLink.isEmpty())
        openLink(std::exchange(m_pendingLink, QString()));
}

void ReportCoordinator::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
    emit summaryChanged();
}

void ReportCoordinator::setLanguage(ContentLanguage language)
{
    m_session->setLanguage(language);
    scheduleCharts();
    emit summaryChanged();
}

void ReportCoordinator::setSearchText(const QString &text)
{
    m_session->setSearchText(text);
    emit summaryChanged();
}

void ReportCoordinator::setLaneMode(TimelineData::LaneMode mode)
{
    if (m_laneMode == mode)
        return;
    m_laneMode = mode;
    scheduleCharts();
}

void ReportCoordinator::showEvent(int eventId)
{
    showEventRow(m_session->policyTable()->rowForEventId(eventId));
}

void ReportCoordinator::showEventRow(int sourceRow)
{
    PolicyTableModel *table = m_session->policyTable();
    if (sourceRow < 0 || sourceRow >= table->rowCount())
        return;
    m_currentEventId = table->record(sourceRow).id;
    m_detail = ViewState::Detail::Event;
    emit eventShown(sourceRow);
    emitChartSelection();
    if (!m_session->policyProxy()->mapFromSource(table->index(sourceRow, 0)).isValid()) {
        // The event is filtered out: show it anyway rather than ignore the click. Clearing the
        // search resets the proxy once its results are in, which selects the event then.
        m_session->policyProxy()->clearFilters();
        if (!m_session->search()->queryText().isEmpty()) {
            m_session->setSearchText(QString());
            emit searchTextChanged(QString());
        }
    }
    restoreEventSelection();
}

void ReportCoordinator::showAlliance(int allianceIndex)
{
    if (allianceIndex < 0 || allianceIndex >= m_session->content()->alliances.size())
        return;
    m_currentAlliance = allianceIndex;
    m_detail = ViewState::Detail::Alliance;
    restoreAllianceSelection();
    emit allianceShown(allianceIndex);
    updateRelatedEvents();
}

QList<CitedRecord> ReportCoordinator::citedRecords(bool preferAlliance) const
{
    QList<CitedRecord> records;
    if (!preferAlliance) {
        QModelIndexList rows = m_eventSelection->selectedRows();
        std::sort(rows.begin(), rows.end(),
                  [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        for (const QModelIndex &row : std::as_const(rows))
            records.append({CitedRecord::Kind::Event, m_session->policyProxy()->mapToSource(row).row()});
    }
    if (records.isEmpty() && m_currentAlliance >= 0)
        records.append({CitedRecord::Kind::Alliance, m_currentAlliance});
    return records;
}

ViewState ReportCoordinator::view() const
{
    ViewState view = m_session->view();
    view.lanes = m_laneMode;
    view.chartTab = m_chartTab;
    view.eventId = m_currentEventId;
    if (m_currentAlliance >= 0) {
        const AllianceRecord &alliance = m_session->content()->alliances.at(m_currentAlliance);
        view.allianceSlug = alliance.slug;
        view.allianceEdition = alliance.edition;
    }
    // The detail pane shows one of the two; with only one selected, that one.
    if (view.eventId != 0 && !view.allianceSlug.isEmpty())
        view.detail = m_detail;
    else if (!view.allianceSlug.isEmpty())
        view.detail = ViewState::Detail::Alliance;
    return view;
}

void ReportCoordinator::applyView(const ViewState &view)
{
    // First, as the records the view names are looked up in the edition it shows.
    setEdition(view.edition);
    m_chartTab = view.chartTab;
    m_laneMode = view.lanes;
    m_session->applyView(view);
    emit searchTextChanged(view.searchText);

    const QList<AllianceRecord> &alliances = m_session->content()->alliances;
    const auto slugged = std::find_if(alliances.cbegin(), alliances.cend(), [&view](const AllianceRecord &alliance) {
        return alliance.slug == view.allianceSlug && alliance.edition == view.allianceEdition;
    });
    const int alliance = slugged != alliances.cend() ? int(slugged - alliances.cbegin()) : -1;
    const auto selectEvent = [this, &view]() {
        m_currentEventId = view.eventId;
        if (m_currentEventId == 0) {
            m_eventSelection->clear();
            return;
        }
        m_detail = ViewState::Detail::Event;
        emit eventShown(m_session->policyTable()->rowForEventId(m_currentEventId));
        restoreEventSelection();
    };
    const auto selectAlliance = [this, alliance]() {
        if (alliance >= 0) {
            showAlliance(alliance);
            return;
        }
        m_currentAlliance = -1;
        m_allianceSelection->clear();
        updateRelatedEvents();
    };
    // What the detail pane shows is selected last.
    if (view.detail == ViewState::Detail::Event) {
        selectAlliance();
        selectEvent();
    } else {
        selectEvent();
        selectAlliance();
    }
    emitChartSelection();
    scheduleCharts();
    emit summaryChanged();
    emit viewApplied(view);
}

void ReportCoordinator::openLink(const QString &link)
{
    if (m_loading || !m_hasReport) {
        m_pendingLink = link.left(ViewLink::maximumLength + 1); // enough for parse() to refuse
        return;
    }
    QString error;
    const std::optional<ViewState> view = ViewLink::parse(link, *m_session->allEditions(), &error);
    if (!view) {
        emit linkFailed(error);
        return;
    }
    applyView(*view);
}

void ReportCoordinator::onEventCurrentChanged()
{
    const QModelIndex current = m_eventSelection->currentIndex();
    // A reset clears the current index; the event stays selected all the same.
    if (m_restoring || !current.isValid())
        return;
    m_currentEventId = current.data(ReportRoles::EventIdRole).toInt();
    m_detail = ViewState::Detail::Event;
    emit eventShown(m_session->policyTable()->rowForEventId(m_currentEventId));
    emitChartSelection();
}

void ReportCoordinator::onAllianceCurrentChanged()
{
    if (m_restoring)
        return;
    const QModelIndex current = m_allianceSelection->currentIndex();
    const int alliance = current.isValid() ? current.data(ReportRoles::AllianceIndexRole).toInt() : -1;
    m_currentAlliance = alliance;
    if (alliance >= 0) {
        m_detail = ViewState::Detail::Alliance;
        emit allianceShown(alliance);
    }
    updateRelatedEvents();
}

void ReportCoordinator::restoreEventSelection()
{
    PolicyTableModel *table = m_session->policyTable();
    const int sourceRow = table->rowForEventId(m_currentEventId);
    if (sourceRow < 0)
        return;
    const QModelIndex proxy = m_session->policyProxy()->mapFromSource(table->index(sourceRow, 0));
    if (!proxy.isValid() || proxy == m_eventSelection->currentIndex())
        return;
    const QScopedValueRollback restoring(m_restoring, true);
    m_eventSelection->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ReportCoordinator::restoreAllianceSelection()
{
    if (m_currentAlliance < 0)
        return;
    const QModelIndex current = m_allianceSelection->currentIndex();
    if (current.isValid() && current.data(ReportRoles::AllianceIndexRole).toInt() == m_currentAlliance)
        return;
    // The alliance's first node the filters show; grouped by guiding unit, it may have several.
    const QModelIndexList sources = m_session->allianceTree()->indexesForAlliance(m_currentAlliance);
    for (const QModelIndex &source : sources) {
        const QModelIndex proxy = m_session->allianceProxy()->mapFromSource(source);
        if (proxy.isValid()) {
            const QScopedValueRollback restoring(m_restoring, true);
            m_allianceSelection->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect);
            return;
        }
    }
}

void ReportCoordinator::updateRelatedEvents()
{
    QSet<int> related;
    if (m_relations && m_currentAlliance >= 0) {
        const QList<int> rows = m_relations->eventsOfAlliance(m_currentAlliance);
        related.reserve(rows.size());
        const QSharedPointer<const ReportContent> content = m_session->content();
        for (int row : rows)
            related.insert(content->events.at(row).id);
    }
    if (related == m_relatedEventIds)
        return;
    m_relatedEventIds = std::move(related);
    m_session->policyTable()->setRelatedEvents(m_relatedEventIds);
    emitChartSelection();
}

void ReportCoordinator::scheduleCharts()
{
    // What is being built now is already outdated; its result must not be shown, even if it
    // arrives before the newer one starts.
    m_chartJob->cancel();
    m_chartTimer->start();
    updateBusy();
}

void ReportCoordinator::refreshCharts()
{
    if (!m_hasReport) {
        updateBusy();
        return; // nothing to chart until the report arrives
    }
    // The chart data is built on a worker: with a million events it takes longer than a frame,
    // and typing must not wait for it.
    m_chartJob->start(
        [content = m_session->content(), rows = m_session->policyProxy()->sourceRows(),
         alliances = m_session->allianceProxy()->visibleAlliances(), mode = m_laneMode,
         language = m_session->language()](const std::atomic_bool &cancelled) {
            return TimelineData::build(content, rows, alliances, mode, language, &cancelled);
        },
        [this](TimelineData data) {
            m_chartData = std::move(data);
            emit chartDataChanged(m_chartData);
        });
}

std::array<JobTracker *, 7> ReportCoordinator::jobs() const
{
    return {m_loadJob, m_previewJob, m_relationsJob, m_chartJob, m_csvJob, m_databaseJob, m_citationsJob};
}

ChartSelection ReportCoordinator::chartSelection() const
{
    return ChartSelection{m_currentEventId, m_currentAlliance, m_relatedEventIds};
}

void ReportCoordinator::emitChartSelection()
{
    emit chartSelectionChanged(chartSelection());
}

void ReportCoordinator::watchCharts(QObject *context, ChartDataSlot onData, ChartSelectionSlot onSelection)
{
    onData(m_chartData);
    onSelection(chartSelection());
    connect(this, &ReportCoordinator::chartDataChanged, context, std::move(onData));
    connect(this, &ReportCoordinator::chartSelectionChanged, context, std::move(onSelection));
}

bool ReportCoordinator::refuseExportOfPreview()
{
    if (!showsPreview())
        return false;
    onExportDone({}, tr("The report is still loading: export it once all of it is shown."));
    return true;
}

void ReportCoordinator::exportCsv(const QString &path, CsvWriter::ByteOrderMark mark)
{
    if (refuseExportOfPreview())
        return;
    const PolicyFilterProxyModel *proxy = m_session->policyProxy();
    const int count = proxy->rowCount();
    m_csvJob->start(
        [path, count, mark, content = m_session->content(), tableIndex = m_session->policyTable()->tableIndex(),
         rows = proxy->sourceRows(), language = m_session->language()](const std::atomic_bool &) {
            // A model of its own on this thread: the shown one belongs to the GUI thread.
            PolicyTableModel table;
            table.setContent(content, tableIndex);
            table.setLanguage(language);
            Outcome<QString> written;
            if (FileWriter::write(path, CsvWriter::toCsv(table, rows, ReportRoles::FullTextRole, mark),
                                  &written.error)) {
                written.value = tr("%Ln event(s) written to %1", nullptr, count).arg(QDir::toNativeSeparators(path));
            }
            return written;
        },
        [this](Outcome<QString> written) { onExportDone(written.value, written.error); });
}

void ReportCoordinator::exportDatabase(const QString &path)
{
    if (refuseExportOfPreview())
        return;
    m_databaseJob->start(
        // The database in use, every edition of it, whichever the window shows.
        [path, content = m_session->allEditions()](const std::atomic_bool &) {
            Outcome<QString> written;
            if (ReportDatabase::exportTo(*content, path, &written.error))
                written.value = tr("Database written to %1").arg(QDir::toNativeSeparators(path));
            return written;
        },
        [this](Outcome<QString> written) { onExportDone(written.value, written.error); });
}

void ReportCoordinator::exportCitations(const QString &path)
{
    if (refuseExportOfPreview())
        return;
    const std::optional<ReportCitation::Format> format = ReportCitation::formatForPath(path);
    if (!format) {
        onExportDone(QString(),
                     tr("“%1”: choose a file name ending in .json (CSL-JSON) or .bib (BibTeX)")
                         .arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_citationsJob->start(
        [path, format, content = m_session->content(), records = m_session->shownRecords()](const std::atomic_bool &) {
            Outcome<QString> written;
            if (FileWriter::write(path, ReportCitation::file(*content, records, *format, QDate::currentDate()),
                                  &written.error)) {
                written.value = tr("%Ln citation(s) written to %1", nullptr, int(records.size()))
                                    .arg(QDir::toNativeSeparators(path));
            }
            return written;
        },
        [this](Outcome<QString> written) { onExportDone(written.value, written.error); });
}

void ReportCoordinator::onExportDone(const QString &message, const QString &error)
{
    if (error.isEmpty())
        emit exportFinished(message);
    else
        emit exportFailed(error);
}

void ReportCoordinator::cancelAll()
{
    m_chartTimer->stop();
    for (JobTracker *job : jobs())
        job->cancel();
    m_session->search()->cancel();
    updateBusy();
}

void ReportCoordinator::updateBusy()
{
    bool busy = m_chartTimer->isActive() || m_session->search()->isBusy() || m_session->policyProxy()->isSorting();
    for (JobTracker *job : jobs())
        busy = busy || job->isRunning();
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

QString ReportCoordinator::statusText() const
{
    if (m_loading && showsPreview()) {
        return tr("Loading the report… its first %Ln event(s) are shown", nullptr,
                  m_session->policyTable()->rowCount());
    }
    if (m_loading)
        return tr("Loading the report…");
    const int shownEvents = m_session->policyProxy()->rowCount();
    const int totalEvents = m_session->policyTable()->rowCount();
    const int shownAlliances = int(m_session->allianceProxy()->visibleAlliances().size());
    const int totalAlliances = int(m_session->content()->alliances.size());
    return tr("%L1 of %Ln event(s)", nullptr, totalEvents).arg(shownEvents) + QStringLiteral(" · ")
        + tr("%L1 of %Ln alliance(s)", nullptr, totalAlliances).arg(shownAlliances);
}

QString ReportCoordinator::emptyTableMessage() const
{
    if (m_loading)
        return tr("Loading the report…");
    const QString query = m_session->search()->queryText().trimmed();
    if (m_session->policyTable()->rowCount() == 0)
        return tr("This report has no policy events.");
    if (!query.isEmpty() && m_session->policyProxy()->hasFilters())
        return tr("No events match “%1” with the current filters.\nTry fewer words or Edit ▸ Clear Filters.")
            .arg(query);
    if (!query.isEmpty())
        return tr("No events match “%1”.\nTry fewer words, or the other language.").arg(query);
    return tr("No events match the current filters.\nEdit ▸ Clear Filters shows them all.");
}
