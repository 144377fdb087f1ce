#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "aboutbox.h"
#include "alliancefilterproxymodel.h"
#include "alliancetreemodel.h"
#include "charttabs.h"
#include "compareview.h"
#include "detailpane.h"
#include "editioncomparer.h"
#include "errorbox.h"
#include "filechooser.h"
#include "filterbar.h"
#include "interfacelanguage.h"
#include "mainwindowsettings.h"
#include "palettecolors.h"
#include "policyfilterproxymodel.h"
#include "policytablemodel.h"
#include "policytableview.h"
#include "reportcitation.h"
#include "reportcoordinator.h"
#include "reportexportdialogs.h"
#include "reportsearch.h"
#include "reportsession.h"
#include "reportsource.h"
#include "savedviews.h"
#include "savedviewsmenu.h"
#include "searchbox.h"
#include "timelinechartview.h"
#include "viewlink.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>

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
    MainWindowSettings::restore(this, *ui);
    updateSummary();
    orderTabs();
}

MainWindow::~MainWindow() = default;

void MainWindow::createToolBar()
{
    QAction *firstAction = ui->mainToolBar->actions().value(0);
    m_searchBox = new SearchBox(ui->mainToolBar);
    ui->mainToolBar->insertWidget(firstAction, m_searchBox);
    ui->mainToolBar->insertSeparator(firstAction);
}

void MainWindow::setUpCentralWidgets()
{
    ui->allianceTree->setModel(m_session->allianceProxy());
    ui->allianceTree->setSelectionModel(m_coordinator->allianceSelection());
    ui->policyTable->setModel(m_session->policyProxy());
    ui->policyTable->setSelectionModel(m_coordinator->eventSelection());
    ui->policyTable->sortByColumn(PolicyTableModel::DateColumn, Qt::AscendingOrder);
    ui->policyTable->addAction(ui->copyAction);
    ui->policyTable->addAction(ui->copyCitationAction);
    ui->policyTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    ui->allianceTree->addAction(ui->copyCitationAction);
    ui->allianceTree->setContextMenuPolicy(Qt::ActionsContextMenu);
    ui->resetZoomButton->setDefaultAction(ui->resetZoomAction);
    ui->chartTabs->setChartAreas(ui->timelineAreaLayout, ui->perYearLayout);
    // The side panes keep their width when the window grows.
    ui->mainSplitter->setStretchFactor(0, 0);
    ui->mainSplitter->setStretchFactor(1, 1);
    ui->mainSplitter->setStretchFactor(2, 0);
    ui->centreSplitter->setStretchFactor(0, 1);
    ui->centreSplitter->setStretchFactor(1, 1);
    // Comparing editions is a view of its own beside the report's (mainwindow.ui), so it gets
    // the whole window.
    m_comparer = new EditionComparer(this);
    ui->compareView->setComparer(m_comparer);
    ui->compareView->setLanguage(m_session->language());
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
                   tr("Cannot open the database"), &ReportSource::database, &ReportSource::databaseStart);
    });
    connect(ui->importAction, &QAction::triggered, this, [this]() {
        openReport(tr("Import Report Markdown"), tr("Markdown (*.md *.markdown);;All files (*)"),
                   tr("Cannot import the report"), &ReportSource::importMarkdown);
    });
    auto *exports = new ReportExportDialogs(m_coordinator, this);
    connect(ui->exportDbAction, &QAction::triggered, exports, &ReportExportDialogs::exportDatabase);
    connect(ui->exportCsvAction, &QAction::triggered, exports, &ReportExportDialogs::exportTable);
    connect(ui->exportCitationsAction, &QAction::triggered, exports, &ReportExportDialogs::exportCitations);
    connect(ui->exportChartAction, &QAction::triggered, ui->chartTabs, &ChartTabs::exportChart);
    connect(ui->copyChartAction, &QAction::triggered, ui->chartTabs, &ChartTabs::copyChart);
    connect(ui->copyCitationAction, &QAction::triggered, this, &MainWindow::copyCitation);
    connect(ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(ui->copyAction, &QAction::triggered, ui->policyTable, &PolicyTableView::copySelection);
    connect(ui->findAction, &QAction::triggered, m_searchBox, &SearchBox::startTyping);
    connect(ui->clearSearchAction, &QAction::triggered, m_searchBox, &QLineEdit::clear);
    ui->colourByChangeButton->setDefaultAction(ui->colourByChangeAction);
    connect(ui->colourByChangeAction, &QAction::toggled, ui->chartTabs, &ChartTabs::setColouredByChange);
    connect(ui->resetZoomAction, &QAction::triggered, ui->chartTabs, &ChartTabs::resetZoom);
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
    // The filters are above the panes rather than in the toolbar, which would hide them behind
    // its extension button in a narrow window or with large text; there they wrap instead.
    ui->filterBar->setProxy(m_session->policyProxy());
    connect(ui->filterBar, &FilterBar::editionChosen, m_coordinator, &ReportCoordinator::setEdition);
    connect(ui->groupingBox, &QComboBox::currentIndexChanged, this, [this]() {
        m_session->allianceTree()->setGrouping(AllianceTreeModel::Grouping(ui->groupingBox->currentIndex()));
        ui->allianceTree->expandGroups();
    });
    connect(ui->laneModeBox, &QComboBox::currentIndexChanged, this,
            [this]() { m_coordinator->setLaneMode(TimelineData::LaneMode(ui->laneModeBox->currentIndex())); });
    connect(ui->chartTabs, &ChartTabs::escapePressed, ui->findAction, &QAction::trigger);
    connect(ui->chartTabs, &ChartTabs::timelineCreated, this, &MainWindow::orderTabs);
    connect(ui->chartTabs, &ChartTabs::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
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
        // A report opened now would be replaced by the one still loading, and what would be
        // exported is either about to go or only the first records of the report (a preview).
        for (QAction *action : {ui->openAction, ui->importAction, ui->exportChartAction, ui->exportCsvAction,
                                ui->exportCitationsAction, ui->exportDbAction, ui->copyChartAction})
            action->setEnabled(!loading);
    });
    connect(m_coordinator, &ReportCoordinator::loadFailed, this, [this](const QString &error) {
        if (m_openErrorTitle.isEmpty()) // the report asked for at start-up
            (new ErrorBox(tr("Cannot open the report"),
                          tr("%1\n\nShowing the report built into the explorer instead.").arg(error), this))
                ->open();
        else
            (new ErrorBox(m_openErrorTitle, tr("%1\n\nThe report shown stays as it was.").arg(error), this))->open();
    });
    connect(m_coordinator, &ReportCoordinator::reportChanged, this,
            [this](QSharedPointer<const ReportContent> content) {
                ui->filterBar->setEditions(m_session->allEditions()->editionYears(), m_session->edition());
                // Editions compared on their first records alone would differ where they do not.
                if (!m_coordinator->showsPreview())
                    m_comparer->setReport(m_session->allEditions());
                ui->policyTable->showEditionColumn(content->holdsSeveralEditions());
                ui->detailPane->setContent(content);
                ui->allianceTree->expandGroups();
            });
    connect(m_coordinator, &ReportCoordinator::relationsChanged, this,
            [this]() { ui->detailPane->setRelations(m_coordinator->relations()); });
    connect(m_coordinator, &ReportCoordinator::summaryChanged, this, &MainWindow::updateSummary);
    connect(m_coordinator, &ReportCoordinator::eventShown, ui->detailPane, &DetailPane::showPolicyEvent);
    connect(m_coordinator, &ReportCoordinator::allianceShown, ui->detailPane, &DetailPane::showAlliance);
    connect(m_coordinator, &ReportCoordinator::searchTextChanged, m_searchBox, &SearchBox::showText);
    connect(m_coordinator, &ReportCoordinator::exportFinished, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_coordinator, &ReportCoordinator::exportFailed, this,
            [this](const QString &error) { (new ErrorBox(tr("Export failed"), error, this))->open(); });
    connect(m_session->search(), &ReportSearch::resultsChanged, this, [this]() {
        const QStringList terms = m_session->search()->query().highlightTerms();
        ui->policyTable->setHighlightTerms(terms);
        ui->detailPane->setHighlightTerms(terms);
        // Matches inside alliances (activities, services) are shown opened, as long as the tree
        // stays small enough to read; expanding thousands of nodes would also stall typing.
        if (!m_session->search()->query().isEmpty() && m_session->allianceProxy()->visibleAlliances().size() <= 50)
            ui->allianceTree->expandAll();
    });
    // Connected last, so that a new report reaches the comparer before a chart is made for it.
    ui->chartTabs->setSources(m_coordinator, m_comparer);
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
        (new ErrorBox(tr("Cannot open the link"), tr("%1\n\nThe view shown stays as it was.").arg(error), this))
            ->open();
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

void MainWindow::orderTabs()
{
    // Reading order: the toolbar, then the panes from left to right. Left to creation order,
    // the toolbar (built after the panes) and the timeline (built later still) would come last.
    QList<QWidget *> order{m_searchBox};
    order << ui->filterBar->focusChain() << ui->groupingBox << ui->allianceTree << ui->policyTable << ui->chartTabs
          << ui->laneModeBox << ui->resetZoomButton;
    if (ui->chartTabs->timeline())
        order << ui->chartTabs->timeline();
    order << ui->detailPane;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void MainWindow::setLanguage(ContentLanguage language)
{
    m_language->apply(language);
    m_coordinator->setLanguage(language);
    ui->detailPane->setLanguage(language);
    ui->compareView->setLanguage(language);
    ui->chineseAction->setChecked(language == ContentLanguage::Chinese);
    ui->englishAction->setChecked(language == ContentLanguage::English);
    ui->allianceTree->expandGroups();
    retranslateUi();
}

void MainWindow::openReport(const QString &caption, const QString &filter, const QString &errorTitle,
                            ReportSource::PathLoader load, ReportSource::PathLoader preview)
{
    FileChooser::ask(this, QFileDialog::AcceptOpen, caption, QString(), filter,
                     [this, errorTitle, load, preview](const QString &path) {
                         m_openErrorTitle = errorTitle;
                         m_coordinator->loadReport(ReportSource::loaderOf(load, path), {},
                                                   ReportSource::loaderOf(preview, path));
                     });
}

void MainWindow::copyCitation()
{
    const QList<CitedRecord> records = m_coordinator->citedRecords(ui->allianceTree->hasFocus());
    if (records.isEmpty()) {
        statusBar()->showMessage(tr("Select an alliance or events to cite"), 5000);
        return;
    }
    QGuiApplication::clipboard()->setMimeData(ReportCitation::mimeData(*m_session->content(), records,
                                                                       ReportCitation::styleFor(m_session->language()),
                                                                       QDate::currentDate())
                                                  .release());
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
    setPalette(PaletteColors::readableSelectionPalette());
}

void MainWindow::retranslateUi()
{
    ui->retranslateUi(this);
    const auto withShortcut = [](const QString &text, const QAction *action) {
        return text.arg(action->shortcut().toString(QKeySequence::NativeText));
    };
    ui->exportChartAction->setToolTip(
        withShortcut(tr("Export the chart as PNG, SVG or PDF (%1)"), ui->exportChartAction));
    ui->exportCsvAction->setToolTip(withShortcut(tr("Export the events shown as CSV (%1)"), ui->exportCsvAction));
    ui->toggleLanguageAction->setText(m_session->language() == ContentLanguage::Chinese ? QStringLiteral("English")
                                                                                        : QStringLiteral("中文"));
    ui->toggleLanguageAction->setToolTip(withShortcut(tr("Switch language (%1)"), ui->toggleLanguageAction));
    ui->filterBar->retranslate();
    // The stretched name column shrinks with its pane, but not below its title.
    QHeaderView *allianceColumns = ui->allianceTree->header();
    allianceColumns->setMinimumSectionSize(allianceColumns->sectionSizeHint(AllianceTreeModel::NameColumn));
    updateSummary();
    ui->chartTabs->colourTimelineByChange();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    MainWindowSettings::save(this, *ui, m_session->language());
    m_coordinator->cancelAll();
    QMainWindow::closeEvent(event);
}
