#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "aboutbox.h"
#include "alliancefilterproxymodel.h"
#include "alliancetreemodel.h"
#include "chartexportdialog.h"
#include "chartexporter.h"
#include "compareview.h"
#include "csvexportdialog.h"
#include "detailpane.h"
#include "editioncomparer.h"
#include "editioncomparisonmodel.h"
#include "filterbar.h"
#include "interfacelanguage.h"
#include "palettecolors.h"
#include "peryearchartview.h"
#include "policyfilterproxymodel.h"
#include "policytablemodel.h"
#include "policytableview.h"
#include "reportcharts.h"
#include "reportcitation.h"
#include "reportcoordinator.h"
#include "reportroles.h"
#include "reportsearch.h"
#include "reportsession.h"
#include "reportsource.h"
#include "savedviews.h"
#include "savedviewsmenu.h"
#include "searchhighlightdelegate.h"
#include "timelinechartview.h"
#include "viewlink.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

QString exportFolder()
{
    const QString folder = QSettings().value(QStringLiteral("export/lastFolder")).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void rememberExportFolder(const QString &path)
{
    QSettings().setValue(QStringLiteral("export/lastFolder"), QFileInfo(path).absolutePath());
}

} // namespace

MainWindow::MainWindow(ReportCoordinator *coordinator, InterfaceLanguage *language, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_coordinator(coordinator)
    , m_session(coordinator->session())
    , m_language(language)
{
    ui->setupUi(this);
    keepSelectionReadable();
    createToolBar();
    setUpCentralWidgets();
    connectActions();
    connectCoordinator();
    connectViews();
    retranslateUi();
    ui->detailPane->setLanguage(m_session->language());
    ui->detailPane->setNotes(m_session->notes());
    ui->chineseAction->setChecked(m_session->language() == ContentLanguage::Chinese);
    ui->englishAction->setChecked(m_session->language() == ContentLanguage::English);
    readSettings();
    updateSummary();
    orderTabs();
}

MainWindow::~MainWindow() = default;

void MainWindow::createToolBar()
{
    QAction *firstAction = ui->mainToolBar->actions().value(0);
    m_searchBox = new QLineEdit(ui->mainToolBar);
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setMinimumWidth(220);
    m_searchBox->setMaximumWidth(420);
    ui->mainToolBar->insertWidget(firstAction, m_searchBox);
    // Esc clears the box only while it has focus, so Esc elsewhere keeps its usual meaning.
    auto *escape = new QAction(m_searchBox);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetShortcut);
    connect(escape, &QAction::triggered, m_searchBox, &QLineEdit::clear);
    m_searchBox->addAction(escape);
    ui->mainToolBar->insertSeparator(firstAction);
    // Above the panes rather than in the toolbar, which would hide it behind its extension
    // button in a narrow window or with large text; there it wraps onto more lines instead.
    m_filterBar = new FilterBar(this);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
}

void MainWindow::setUpCentralWidgets()
{
    ui->allianceTree->setModel(m_session->allianceProxy());
    ui->allianceTree->setSelectionModel(m_coordinator->allianceSelection());
    ui->allianceTree->header()->setSectionResizeMode(AllianceTreeModel::NameColumn, QHeaderView::Stretch);
    ui->allianceTree->header()->setSectionResizeMode(AllianceTreeModel::FoundedColumn, QHeaderView::ResizeToContents);
    ui->policyTable->setModel(m_session->policyProxy());
    ui->policyTable->setSelectionModel(m_coordinator->eventSelection());
    m_highlighter = new SearchHighlightDelegate(ui->policyTable);
    ui->policyTable->setItemDelegate(m_highlighter);
    // Sized from the first rows only: measuring a million rows would delay the first paint.
    ui->policyTable->horizontalHeader()->setResizeContentsPrecision(200);
    ui->allianceTree->header()->setResizeContentsPrecision(200);
    for (int column : {PolicyTableModel::DateColumn, PolicyTableModel::LevelColumn, PolicyTableModel::RegionColumn})
        ui->policyTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    ui->policyTable->sortByColumn(PolicyTableModel::DateColumn, Qt::AscendingOrder);
    ui->policyTable->addAction(ui->copyAction);
    ui->policyTable->addAction(ui->copyCitationAction);
    ui->policyTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    ui->allianceTree->addAction(ui->copyCitationAction);
    ui->allianceTree->setContextMenuPolicy(Qt::ActionsContextMenu);
    ui->resetZoomButton->setDefaultAction(ui->resetZoomAction);
    // The side panes keep their width when the window grows.
    ui->mainSplitter->setStretchFactor(0, 0);
    ui->mainSplitter->setStretchFactor(1, 1);
    ui->mainSplitter->setStretchFactor(2, 0);
    ui->centreSplitter->setStretchFactor(0, 1);
    ui->centreSplitter->setStretchFactor(1, 1);
    // Comparing editions is a view of its own beside the report's, so it gets the whole window.
    m_modeTabs = new QTabWidget(this);
    m_modeTabs->setObjectName(QStringLiteral("modeTabs"));
    m_modeTabs->setDocumentMode(true);
    auto *reportPage = new QWidget(m_modeTabs);
    auto *reportLayout = new QVBoxLayout(reportPage);
    reportLayout->setContentsMargins(0, 4, 0, 0);
    reportLayout->addWidget(m_filterBar);
    reportLayout->addWidget(takeCentralWidget(), 1);
    m_modeTabs->addTab(reportPage, QString());
    m_compareView = new CompareView(m_modeTabs);
    m_compareView->setObjectName(QStringLiteral("compareView"));
    m_comparer = new EditionComparer(this);
    m_compareView->setComparer(m_comparer);
    m_compareView->setLanguage(m_session->language());
    m_modeTabs->addTab(m_compareView, QString());
    setCentralWidget(m_modeTabs);
    statusBar()->addWidget(m_status = new QLabel(this), 1);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    // A screen reader hears passing messages (an export written) as the status bar's name; the
    // summary label announces itself, as every QLabel does when its text changes.
    connect(statusBar(), &QStatusBar::messageChanged, statusBar(), &QWidget::setAccessibleName);
}

void MainWindow::connectActions()
{
    connect(ui->openAction, &QAction::triggered, this, [this]() {
        openReport(tr("Open Report Database"), tr("SQLite databases (*.sqlite *.db);;All files (*)"),
                   tr("Cannot open the database"), &ReportSource::database);
    });
    connect(ui->importAction, &QAction::triggered, this, [this]() {
        openReport(tr("Import Report Markdown"), tr("Markdown (*.md *.markdown);;All files (*)"),
                   tr("Cannot import the report"), &ReportSource::importMarkdown);
    });
    connect(ui->exportDbAction, &QAction::triggered, this, [this]() {
        askForFile(QFileDialog::AcceptSave, tr("Export Database"), QStringLiteral("report.sqlite"),
                   tr("SQLite databases (*.sqlite)"),
                   [this](const QString &path) { m_coordinator->exportDatabase(path); });
    });
    connect(ui->exportCsvAction, &QAction::triggered, this, [this]() {
        auto *dialog = new CsvExportDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog]() {
            const CsvWriter::ByteOrderMark mark = dialog->byteOrderMark();
            askForFile(QFileDialog::AcceptSave, tr("Export Table as CSV"), QStringLiteral("policy-events.csv"),
                       tr("CSV files (*.csv)"),
                       [this, mark](const QString &path) { m_coordinator->exportCsv(path, mark); });
        });
        dialog->open();
    });
    connect(ui->exportChartAction, &QAction::triggered, this, &MainWindow::exportChart);
    connect(ui->copyChartAction, &QAction::triggered, this, &MainWindow::copyChart);
    connect(ui->copyCitationAction, &QAction::triggered, this, &MainWindow::copyCitation);
    connect(ui->exportCitationsAction, &QAction::triggered, this, [this]() {
        askForFile(QFileDialog::AcceptSave, tr("Export Citations"), QStringLiteral("citations.json"),
                   tr("CSL-JSON, for Zotero, Mendeley and pandoc (*.json);;BibTeX (*.bib)"),
                   [this](const QString &path) { m_coordinator->exportCitations(path); });
    });
    connect(ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(ui->copyAction, &QAction::triggered, ui->policyTable, &PolicyTableView::copySelection);
    connect(ui->findAction, &QAction::triggered, this, [this]() {
        m_searchBox->setFocus(Qt::ShortcutFocusReason);
        m_searchBox->selectAll();
    });
    connect(ui->clearSearchAction, &QAction::triggered, m_searchBox, &QLineEdit::clear);
    ui->colourByChangeButton->setDefaultAction(ui->colourByChangeAction);
    connect(ui->colourByChangeAction, &QAction::toggled, this, &MainWindow::colourTimelineByChange);
    connect(m_comparer, &EditionComparer::comparisonChanged, this, &MainWindow::colourTimelineByChange);
    connect(ui->clearFiltersAction, &QAction::triggered, m_session->policyProxy(),
            &PolicyFilterProxyModel::clearFilters);
    connect(ui->chineseAction, &QAction::triggered, this, [this]() { setLanguage(ContentLanguage::Chinese); });
    connect(ui->englishAction, &QAction::triggered, this, [this]() { setLanguage(ContentLanguage::English); });
    connect(ui->toggleLanguageAction, &QAction::triggered, this, [this]() {
        setLanguage(m_session->language() == ContentLanguage::Chinese ? ContentLanguage::English
                                                                      : ContentLanguage::Chinese);
    });
    connect(ui->aboutAction, &QAction::triggered, this,
            [this]() { (new AboutBox(*m_session->content(), this))->open(); });
    connect(ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(m_searchBox, &QLineEdit::textChanged, m_coordinator, &ReportCoordinator::setSearchText);
    m_filterBar->setProxy(m_session->policyProxy());
    connect(m_filterBar, &FilterBar::editionChosen, m_coordinator, &ReportCoordinator::setEdition);
    connect(ui->groupingBox, &QComboBox::currentIndexChanged, this, [this]() {
        m_session->allianceTree()->setGrouping(AllianceTreeModel::Grouping(ui->groupingBox->currentIndex()));
        ui->allianceTree->expandGroups();
    });
    connect(ui->laneModeBox, &QComboBox::currentIndexChanged, this,
            [this]() { m_coordinator->setLaneMode(TimelineData::LaneMode(ui->laneModeBox->currentIndex())); });
    connect(ui->chartTabs, &QTabWidget::currentChanged, this, &MainWindow::ensureChartView);
    connect(ui->chartTabs, &QTabWidget::currentChanged, m_coordinator,
            [this](int tab) { m_coordinator->setChartTab(ViewState::ChartTab(tab)); });
    connect(ui->detailPane, &DetailPane::eventLinkActivated, m_coordinator, &ReportCoordinator::showEventRow);
    connect(ui->detailPane, &DetailPane::allianceLinkActivated, m_coordinator, &ReportCoordinator::showAlliance);
    connect(ui->policyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, ui->policyTable,
            [this](const QModelIndex &current) { ui->policyTable->scrollTo(current); });
    connect(ui->allianceTree->selectionModel(), &QItemSelectionModel::currentChanged, ui->allianceTree,
            [this](const QModelIndex &current) { ui->allianceTree->scrollTo(current); });
}

void MainWindow::connectCoordinator()
{
    connect(m_coordinator, &ReportCoordinator::loadingChanged, this, [this](bool loading) {
        // A report opened now would be replaced by the one still loading.
        ui->openAction->setEnabled(!loading);
        ui->importAction->setEnabled(!loading);
    });
    connect(m_coordinator, &ReportCoordinator::loadFailed, this, [this](const QString &error) {
        if (m_openErrorTitle.isEmpty()) // the report asked for at start-up
            showError(tr("Cannot open the report"),
                      tr("%1\n\nShowing the report built into the explorer instead.").arg(error));
        else
            showError(m_openErrorTitle, tr("%1\n\nThe report shown stays as it was.").arg(error));
    });
    connect(m_coordinator, &ReportCoordinator::reportChanged, this,
            [this](QSharedPointer<const ReportContent> content) {
                m_filterBar->setEditions(m_session->allEditions()->editionYears(), m_session->edition());
                m_comparer->setReport(m_session->allEditions());
                // The text keeps the width left when all editions add their column after it.
                QHeaderView *columns = ui->policyTable->horizontalHeader();
                columns->setStretchLastSection(!content->holdsSeveralEditions());
                if (content->holdsSeveralEditions()) {
                    columns->setSectionResizeMode(PolicyTableModel::TextColumn, QHeaderView::Stretch);
                    columns->setSectionResizeMode(PolicyTableModel::EditionColumn, QHeaderView::ResizeToContents);
                } else {
                    columns->setSectionResizeMode(PolicyTableModel::TextColumn, QHeaderView::Interactive);
                }
                ui->detailPane->setContent(content);
                ui->allianceTree->expandGroups();
                ensureChartView(ui->chartTabs->currentIndex());
            });
    connect(m_coordinator, &ReportCoordinator::relationsChanged, this,
            [this]() { ui->detailPane->setRelations(m_coordinator->relations()); });
    connect(m_coordinator, &ReportCoordinator::summaryChanged, this, &MainWindow::updateSummary);
    connect(m_coordinator, &ReportCoordinator::eventShown, ui->detailPane, &DetailPane::showPolicyEvent);
    connect(m_coordinator, &ReportCoordinator::allianceShown, ui->detailPane, &DetailPane::showAlliance);
    connect(m_coordinator, &ReportCoordinator::searchTextChanged, m_searchBox, [this](const QString &text) {
        const QSignalBlocker blocker(m_searchBox);
        m_searchBox->setText(text);
    });
    connect(m_coordinator, &ReportCoordinator::exportFinished, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_coordinator, &ReportCoordinator::exportFailed, this,
            [this](const QString &error) { showError(tr("Export failed"), error); });
    connect(m_session->search(), &ReportSearch::resultsChanged, this, [this]() {
        const QStringList terms = m_session->search()->query().highlightTerms();
        m_highlighter->setTerms(terms);
        ui->detailPane->setHighlightTerms(terms);
        ui->policyTable->viewport()->update();
        // Matches inside alliances (activities, services) are shown opened, as long as the tree
        // stays small enough to read; expanding thousands of nodes would also stall typing.
        if (!m_session->search()->query().isEmpty() && m_session->allianceProxy()->visibleAlliances().size() <= 50)
            ui->allianceTree->expandAll();
    });
}

void MainWindow::connectViews()
{
    const auto currentLink = [this]() { return ViewLink::toString(m_coordinator->view()); };
    connect(ui->copyLinkAction, &QAction::triggered, this, [this, currentLink]() {
        QGuiApplication::clipboard()->setText(currentLink());
        statusBar()->showMessage(tr("Link to this view copied"), 5000);
    });
    auto *savedViewsMenu = new SavedViewsMenu(new SavedViews(this), currentLink, this);
    menuBar()->insertMenu(ui->languageMenu->menuAction(), savedViewsMenu);
    connect(savedViewsMenu, &SavedViewsMenu::openRequested, m_coordinator, &ReportCoordinator::openLink);
    connect(m_coordinator, &ReportCoordinator::viewApplied, this, &MainWindow::showView);
    connect(m_coordinator, &ReportCoordinator::linkFailed, this, [this](const QString &error) {
        showError(tr("Cannot open the link"), tr("%1\n\nThe view shown stays as it was.").arg(error));
    });
}

void MainWindow::showView(const ViewState &view)
{
    // The session already speaks the view's language; the interface and the detail pane follow.
    setLanguage(view.language);
    // The boxes and tabs list their choices in the order of the enums (mainwindow.ui).
    ui->groupingBox->setCurrentIndex(int(view.grouping));
    ui->laneModeBox->setCurrentIndex(int(view.lanes));
    ui->chartTabs->setCurrentIndex(int(view.chartTab));
    ui->policyTable->sortByColumn(view.sortColumn, view.sortOrder);
}

void MainWindow::updateSummary()
{
    m_status->setText(m_coordinator->statusText());
    ui->policyTable->setEmptyMessage(m_coordinator->emptyTableMessage());
}

void MainWindow::ensureChartView(int tab)
{
    if (!m_coordinator->hasReport())
        return;
    if (tab == TimelineTab && !m_timeline) {
        m_timeline = new TimelineChartView;
        m_timeline->setObjectName(QStringLiteral("timelineChart"));
        ui->timelineAreaLayout->addWidget(m_timeline);
        connect(ui->resetZoomAction, &QAction::triggered, m_timeline, &TimelineChartView::resetZoom);
        connect(m_timeline, &TimelineChartView::eventClicked, m_coordinator, &ReportCoordinator::showEvent);
        connect(m_timeline, &TimelineChartView::allianceClicked, m_coordinator, &ReportCoordinator::showAlliance);
        connect(m_timeline, &TimelineChartView::escapePressed, ui->findAction, &QAction::trigger);
        colourTimelineByChange();
        orderTabs();
        m_coordinator->watchCharts(
            m_timeline, [this](const TimelineData &data) { ReportCharts::fillTimeline(m_timeline, data); },
            [this](const ChartSelection &selection) {
                m_timeline->setSelectedEvent(selection.eventId);
                m_timeline->setSelectedAlliance(selection.allianceIndex);
                m_timeline->setRelatedEvents(selection.relatedEventIds);
            });
    } else if (tab == PerYearTab && !m_perYear) {
        m_perYear = new PerYearChartView;
        m_perYear->setObjectName(QStringLiteral("perYearChart"));
        ui->perYearLayout->addWidget(m_perYear);
        m_coordinator->watchCharts(
            m_perYear, [this](const TimelineData &data) { ReportCharts::fillPerYear(m_perYear, data); },
            [](const ChartSelection &) {});
    }
}

void MainWindow::orderTabs()
{
    // Reading order: the toolbar, then the panes from left to right. Left to creation order,
    // the toolbar (built after the panes) and the timeline (built later still) would come last.
    QList<QWidget *> order{m_searchBox};
    const QList<QWidget *> filters = m_filterBar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *filter : filters) {
        if (filter->focusPolicy() & Qt::TabFocus)
            order.append(filter);
    }
    order << ui->groupingBox << ui->allianceTree << ui->policyTable << ui->chartTabs << ui->laneModeBox
          << ui->resetZoomButton;
    if (m_timeline)
        order << m_timeline;
    order << ui->detailPane;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void MainWindow::setLanguage(ContentLanguage language)
{
    m_language->apply(language);
    m_coordinator->setLanguage(language);
    ui->detailPane->setLanguage(language);
    m_compareView->setLanguage(language);
    ui->chineseAction->setChecked(language == ContentLanguage::Chinese);
    ui->englishAction->setChecked(language == ContentLanguage::English);
    ui->allianceTree->expandGroups();
    retranslateUi();
}

void MainWindow::showError(const QString &title, const QString &message)
{
    // Window-modal and without a nested event loop: the work in flight goes on meanwhile.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
}

void MainWindow::openReport(const QString &caption, const QString &filter, const QString &errorTitle,
                            std::optional<ReportContent> (*load)(const QString &, QString *, const std::atomic_bool *))
{
    askForFile(QFileDialog::AcceptOpen, caption, QString(), filter, [this, errorTitle, load](const QString &path) {
        m_openErrorTitle = errorTitle;
        m_coordinator->loadReport(
            [load, path](QString *error, const std::atomic_bool &cancelled) { return load(path, error, &cancelled); });
    });
}

void MainWindow::askForFile(QFileDialog::AcceptMode mode, const QString &caption, const QString &fileName,
                            const QString &filter, std::function<void(const QString &path)> chosen)
{
    // Window-modal, with no event loop of its own: what runs in the background goes on.
    auto *dialog = new QFileDialog(this, caption, QDir(exportFolder()).filePath(fileName), filter);
    dialog->setAcceptMode(mode);
    dialog->setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [chosen = std::move(chosen)](const QString &path) {
        if (path.isEmpty())
            return;
        rememberExportFolder(path);
        chosen(path);
    });
    dialog->open();
}

void MainWindow::exportChart()
{
    const bool timelineShown = ui->chartTabs->currentIndex() == TimelineTab;
    QWidget *shown = timelineShown ? static_cast<QWidget *>(m_timeline) : m_perYear;
    if (!shown) // the report is still loading
        shown = ui->chartTabs->currentWidget();
    const qreal ratio = std::max<qreal>(2.0, devicePixelRatioF());
    auto *dialog
        = new ChartExportDialog(timelineShown ? ReportCharts::Chart::Timeline : ReportCharts::Chart::PerYear,
                                (QSizeF(shown->size()) * ratio).toSize().expandedTo(QSize(1280, 720)), ratio, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        const ReportCharts::Chart chart = dialog->chart();
        const ChartExportSize size = dialog->size();
        askForFile(
            QFileDialog::AcceptSave, tr("Export Chart"), QStringLiteral("chart.png"),
            tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
            [this, chart, size](const QString &path) {
                const std::unique_ptr<QChartView> view
                    = ReportCharts::viewForExport(chart, *m_session, m_coordinator->laneMode());
                QString error;
                if (!ChartExporter::exportChart(view.get(), path, size, ReportCharts::caption(*m_session), &error)) {
                    showError(tr("Export failed"), error);
                    return;
                }
                statusBar()->showMessage(tr("Chart written to %1").arg(QDir::toNativeSeparators(path)), 5000);
            });
    });
    dialog->open();
}

void MainWindow::copyChart()
{
    const bool timelineShown = ui->chartTabs->currentIndex() == TimelineTab;
    QWidget *shown = timelineShown ? static_cast<QWidget *>(m_timeline) : m_perYear;
    if (!shown) // the report is still loading
        return;
    // As large as on screen, drawn at twice the scale so that it stays sharp on a slide.
    const ChartExportSize size((QSizeF(shown->size()) * 2.0).toSize().expandedTo(QSize(640, 360)), 2.0);
    const std::unique_ptr<QChartView> view
        = ReportCharts::viewForExport(timelineShown ? ReportCharts::Chart::Timeline : ReportCharts::Chart::PerYear,
                                      *m_session, m_coordinator->laneMode());
    QString error;
    std::unique_ptr<QMimeData> data
        = ChartExporter::mimeData(view.get(), size, ReportCharts::caption(*m_session), &error);
    if (!data) {
        showError(tr("Cannot copy the chart"), error);
        return;
    }
    QGuiApplication::clipboard()->setMimeData(data.release());
    statusBar()->showMessage(tr("Chart copied as an image and as SVG"), 5000);
}

void MainWindow::copyCitation()
{
    // The tree's alliance when the tree has the focus or the table has no selection; else the
    // table's selected events, in the table's order.
    QList<CitedRecord> records;
    QModelIndexList rows = ui->policyTable->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    if (!ui->allianceTree->hasFocus()) {
        for (const QModelIndex &row : std::as_const(rows))
            records.append({CitedRecord::Kind::Event, m_session->policyProxy()->mapToSource(row).row()});
    }
    if (records.isEmpty() && m_coordinator->currentAlliance() >= 0)
        records.append({CitedRecord::Kind::Alliance, m_coordinator->currentAlliance()});
    if (records.isEmpty()) {
        statusBar()->showMessage(tr("Select an alliance or events to cite"), 5000);
        return;
    }
    const auto style = m_session->language() == ContentLanguage::Chinese ? ReportCitation::Style::GbT7714
                                                                         : ReportCitation::Style::Apa7;
    QStringList text;
    QStringList html;
    const QDate today = QDate::currentDate();
    for (const CitedRecord &record : std::as_const(records)) {
        text << ReportCitation::text(*m_session->content(), record, style, today);
        html << ReportCitation::text(*m_session->content(), record, style, today, true);
    }
    auto *data = new QMimeData;
    data->setText(text.join(u'\n'));
    data->setHtml(QStringLiteral("<p>%1</p>").arg(html.join(QStringLiteral("</p><p>"))));
    QGuiApplication::clipboard()->setMimeData(data);
    statusBar()->showMessage(tr("%Ln citation(s) copied", nullptr, int(records.size())), 5000);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::ApplicationPaletteChange)
        keepSelectionReadable();
    QMainWindow::changeEvent(event);
}

void MainWindow::keepSelectionReadable()
{
    // Only the selection colour is set on the window; every other role still follows the
    // desktop's palette, and so does this one when the desktop changes it.
    QPalette own;
    const QPalette desktop = QApplication::palette();
    if (const QColor readable = PaletteColors::readableHighlight(desktop);
        readable != desktop.color(QPalette::Highlight))
        own.setColor(QPalette::Highlight, readable);
    setPalette(own);
}

void MainWindow::retranslateUi()
{
    ui->retranslateUi(this);
    m_modeTabs->setTabText(0, tr("Report"));
    m_modeTabs->setTabText(1, tr("Compare Editions"));
    m_modeTabs->setAccessibleName(tr("Report or comparison of editions"));
    const auto withShortcut = [](const QString &text, const QAction *action) {
        return text.arg(action->shortcut().toString(QKeySequence::NativeText));
    };
    ui->exportChartAction->setToolTip(
        withShortcut(tr("Export the chart as PNG, SVG or PDF (%1)"), ui->exportChartAction));
    ui->exportCsvAction->setToolTip(withShortcut(tr("Export the events shown as CSV (%1)"), ui->exportCsvAction));
    ui->toggleLanguageAction->setText(m_session->language() == ContentLanguage::Chinese ? QStringLiteral("English")
                                                                                        : QStringLiteral("中文"));
    ui->toggleLanguageAction->setToolTip(withShortcut(tr("Switch language (%1)"), ui->toggleLanguageAction));
    m_searchBox->setPlaceholderText(tr("Search events and alliances (Ctrl+F)"));
    m_searchBox->setToolTip(tr("Matches Chinese and English at once. All words must match; put a phrase in quotes."));
    m_searchBox->setAccessibleName(tr("Search"));
    m_searchBox->setAccessibleDescription(m_searchBox->toolTip());
    m_filterBar->retranslate();
    // The stretched name column shrinks with its pane, but not below its title.
    QHeaderView *allianceColumns = ui->allianceTree->header();
    allianceColumns->setMinimumSectionSize(allianceColumns->sectionSizeHint(AllianceTreeModel::NameColumn));
    updateSummary();
    colourTimelineByChange();
}

void MainWindow::colourTimelineByChange()
{
    if (!m_comparer)
        return;
    const bool byChange = ui->colourByChangeAction->isChecked();
    // The Compare tab compares when first shown; the timeline can ask before it is. Either way
    // the colours follow the pair chosen in the tab.
    if (byChange)
        m_comparer->compare();
    if (m_timeline)
        ReportCharts::colourTimelineByChange(
            m_timeline, byChange ? EventChangeLookup(m_comparer->model()->comparison()) : EventChangeLookup());
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1440, 900);
        resize(QSize(1380, 820).boundedTo(available));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!ui->mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray())) {
        // The side panes keep their size when the window shrinks: share a narrow window out.
        const int width = size().width();
        ui->mainSplitter->setSizes({width * 22 / 100, width * 53 / 100, width * 25 / 100});
    }
    ui->centreSplitter->restoreState(settings.value(QStringLiteral("window/centreSplitter")).toByteArray());
    ui->chartTabs->setCurrentIndex(settings.value(QStringLiteral("view/chartTab"), 0).toInt());
    // The boxes list the groupings and lane modes in the order of their enums (mainwindow.ui).
    const auto choose = [&settings](QComboBox *box, const QString &key) {
        const int index = settings.value(key, 0).toInt();
        box->setCurrentIndex(index >= 0 && index < box->count() ? index : 0);
    };
    choose(ui->groupingBox, QStringLiteral("tree/grouping"));
    choose(ui->laneModeBox, QStringLiteral("timeline/lanes"));
    const int sortColumn = std::clamp(settings.value(QStringLiteral("table/sortColumn"), 0).toInt(), 0,
                                      int(PolicyTableModel::ColumnCount) - 1);
    const auto sortOrder
        = Qt::SortOrder(settings.value(QStringLiteral("table/sortOrder"), int(Qt::AscendingOrder)).toInt());
    ui->policyTable->sortByColumn(sortColumn,
                                  sortOrder == Qt::DescendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), ui->mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/centreSplitter"), ui->centreSplitter->saveState());
    settings.setValue(QStringLiteral("view/chartTab"), ui->chartTabs->currentIndex());
    settings.setValue(QStringLiteral("tree/grouping"), ui->groupingBox->currentIndex());
    settings.setValue(QStringLiteral("timeline/lanes"), ui->laneModeBox->currentIndex());
    settings.setValue(QStringLiteral("table/sortColumn"), ui->policyTable->horizontalHeader()->sortIndicatorSection());
    settings.setValue(QStringLiteral("table/sortOrder"),
                      int(ui->policyTable->horizontalHeader()->sortIndicatorOrder()));
    settings.setValue(QStringLiteral("language"), InterfaceLanguage::code(m_session->language()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    m_coordinator->cancelAll();
    QMainWindow::closeEvent(event);
}
