#include "mainwindow.h"

#include "alliancefilterproxymodel.h"
#include "alliancetreemodel.h"
#include "chartexportdialog.h"
#include "chartexporter.h"
#include "csvwriter.h"
#include "detailpane.h"
#include "filewriter.h"
#include "filterbar.h"
#include "interfacelanguage.h"
#include "peryearchartview.h"
#include "policyfilterproxymodel.h"
#include "policytablemodel.h"
#include "policytableview.h"
#include "reportcharts.h"
#include "reportdatabase.h"
#include "reportrelations.h"
#include "reportroles.h"
#include "reportsearch.h"
#include "reportsession.h"
#include "reportsource.h"
#include "searchhighlightdelegate.h"
#include "timelinechartview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

MainWindow::MainWindow(ReportSession *session, InterfaceLanguage *language, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_language(language)
{
    m_chartPool.setMaxThreadCount(1);
    m_loadPool.setMaxThreadCount(1);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshViews);

    createActions();
    createMenus();
    createToolBar();
    createCentralWidgets();
    connectModels();
    retranslateUi();
    m_detail->setLanguage(m_session->language());
    m_chineseAction->setChecked(m_session->language() == ContentLanguage::Chinese);
    m_englishAction->setChecked(m_session->language() == ContentLanguage::English);
    readSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDatabase);
    m_importAction = new QAction(this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importReport);
    m_exportDbAction = new QAction(this);
    connect(m_exportDbAction, &QAction::triggered, this, &MainWindow::exportDatabase);
    m_exportCsvAction = new QAction(this);
    m_exportCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportCsvAction, &QAction::triggered, this, &MainWindow::exportCsv);
    m_exportChartAction = new QAction(this);
    m_exportChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportChartAction, &QAction::triggered, this, &MainWindow::exportChart);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_copyAction = new QAction(this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_clearSearchAction = new QAction(this);
    m_clearFiltersAction = new QAction(this);
    m_resetZoomAction = new QAction(this);
    m_resetZoomAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    m_languageGroup = new QActionGroup(this);
    m_chineseAction = new QAction(QStringLiteral("中文"), m_languageGroup);
    m_englishAction = new QAction(QStringLiteral("English"), m_languageGroup);
    for (QAction *action : {m_chineseAction, m_englishAction})
        action->setCheckable(true);
    connect(m_chineseAction, &QAction::triggered, this, [this]() { setLanguage(ContentLanguage::Chinese); });
    connect(m_englishAction, &QAction::triggered, this, [this]() { setLanguage(ContentLanguage::English); });
    m_toggleLanguageAction = new QAction(this);
    m_toggleLanguageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_toggleLanguageAction, &QAction::triggered, this, [this]() {
        setLanguage(m_session->language() == ContentLanguage::Chinese ? ContentLanguage::English
                                                                      : ContentLanguage::Chinese);
    });

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportChartAction);
    m_fileMenu->addAction(m_exportCsvAction);
    m_fileMenu->addAction(m_exportDbAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_copyAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_editMenu->addAction(m_clearSearchAction);
    m_editMenu->addAction(m_clearFiltersAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_resetZoomAction);
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addAction(m_chineseAction);
    m_languageMenu->addAction(m_englishAction);
    m_languageMenu->addSeparator();
    m_languageMenu->addAction(m_toggleLanguageAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_searchBox = new QLineEdit(m_toolBar);
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setMinimumWidth(220);
    m_searchBox->setMaximumWidth(420);
    m_toolBar->addWidget(m_searchBox);
    // Esc clears the box only while it has focus, so Esc elsewhere keeps its usual meaning.
    auto *escape = new QAction(m_searchBox);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetShortcut);
    connect(escape, &QAction::triggered, m_searchBox, &QLineEdit::clear);
    m_searchBox->addAction(escape);
    connect(m_findAction, &QAction::triggered, this, [this]() {
        m_searchBox->setFocus(Qt::ShortcutFocusReason);
        m_searchBox->selectAll();
    });
    connect(m_clearSearchAction, &QAction::triggered, m_searchBox, &QLineEdit::clear);
    m_toolBar->addSeparator();
    m_filterBar = new FilterBar(m_toolBar);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    m_toolBar->addWidget(m_filterBar);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_exportChartAction);
    m_toolBar->addAction(m_exportCsvAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_toggleLanguageAction);
}

void MainWindow::createCentralWidgets()
{
    auto *alliancePanel = new QWidget(this);
    auto *allianceLayout = new QVBoxLayout(alliancePanel);
    allianceLayout->setContentsMargins(0, 0, 0, 0);
    auto *groupingRow = new QHBoxLayout;
    m_groupingLabel = new QLabel(alliancePanel);
    m_grouping = new QComboBox(alliancePanel);
    m_grouping->setObjectName(QStringLiteral("groupingBox"));
    m_groupingLabel->setBuddy(m_grouping);
    groupingRow->addWidget(m_groupingLabel);
    groupingRow->addWidget(m_grouping, 1);
    allianceLayout->addLayout(groupingRow);
    m_tree = new QTreeView(alliancePanel);
    m_tree->setObjectName(QStringLiteral("allianceTree"));
    m_tree->setUniformRowHeights(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setModel(m_session->allianceProxy());
    m_tree->header()->setSectionResizeMode(AllianceTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(AllianceTreeModel::FoundedColumn, QHeaderView::ResizeToContents);
    allianceLayout->addWidget(m_tree);

    m_table = new PolicyTableView(this);
    m_table->setObjectName(QStringLiteral("policyTable"));
    m_table->setModel(m_session->policyProxy());
    m_highlighter = new SearchHighlightDelegate(m_table);
    m_table->setItemDelegate(m_highlighter);
    // Sized from the first rows only: measuring a million rows would delay the first paint.
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_tree->header()->setResizeContentsPrecision(200);
    m_table->horizontalHeader()->setSectionResizeMode(PolicyTableModel::DateColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PolicyTableModel::LevelColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PolicyTableModel::RegionColumn, QHeaderView::ResizeToContents);
    m_table->sortByColumn(PolicyTableModel::DateColumn, Qt::AscendingOrder);
    m_table->addAction(m_copyAction);
    connect(m_copyAction, &QAction::triggered, m_table, &PolicyTableView::copySelection);

    // The chart views themselves are made later, by ensureChartView(): setting up Qt Charts
    // would delay the first frame, and there is nothing to chart before the report arrives.
    m_chartTabs = new QTabWidget(this);
    m_chartTabs->setObjectName(QStringLiteral("chartTabs"));
    m_chartTabs->setDocumentMode(true);
    auto *timelinePage = new QWidget(m_chartTabs);
    auto *timelineLayout = new QVBoxLayout(timelinePage);
    timelineLayout->setContentsMargins(0, 4, 0, 0);
    auto *timelineControls = new QHBoxLayout;
    m_laneLabel = new QLabel(timelinePage);
    m_laneMode = new QComboBox(timelinePage);
    m_laneMode->setObjectName(QStringLiteral("laneModeBox"));
    m_laneLabel->setBuddy(m_laneMode);
    m_resetZoom = new QToolButton(timelinePage);
    m_resetZoom->setDefaultAction(m_resetZoomAction);
    timelineControls->addWidget(m_laneLabel);
    timelineControls->addWidget(m_laneMode);
    timelineControls->addStretch();
    timelineControls->addWidget(m_resetZoom);
    timelineLayout->addLayout(timelineControls);
    // The chart's area keeps its place while it waits for the chart, so that the splitter
    // shares the window out as it does with the chart there.
    auto *timelineArea = new QWidget(timelinePage);
    timelineArea->setMinimumHeight(220);
    m_timelineArea = new QVBoxLayout(timelineArea);
    m_timelineArea->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(timelineArea, 1);
    auto *perYearPage = new QWidget(m_chartTabs);
    m_perYearArea = new QVBoxLayout(perYearPage);
    m_perYearArea->setContentsMargins(0, 0, 0, 0);
    m_chartTabs->insertTab(TimelineTab, timelinePage, QString());
    m_chartTabs->insertTab(PerYearTab, perYearPage, QString());

    m_centreSplitter = new QSplitter(Qt::Vertical, this);
    m_centreSplitter->setObjectName(QStringLiteral("centreSplitter"));
    m_centreSplitter->addWidget(m_table);
    m_centreSplitter->addWidget(m_chartTabs);
    m_centreSplitter->setStretchFactor(0, 1);
    m_centreSplitter->setStretchFactor(1, 1);
    m_centreSplitter->setChildrenCollapsible(false);

    m_detail = new DetailPane(this);
    m_detail->setObjectName(QStringLiteral("detailPane"));

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(alliancePanel);
    m_mainSplitter->addWidget(m_centreSplitter);
    m_mainSplitter->addWidget(m_detail);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setStretchFactor(2, 0);
    m_mainSplitter->setSizes({300, 760, 320});
    setCentralWidget(m_mainSplitter);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_status, 1);
}

void MainWindow::connectModels()
{
    connect(m_searchBox, &QLineEdit::textChanged, m_session, &ReportSession::setSearchText);
    m_filterBar->setProxy(m_session->policyProxy());
    connect(m_clearFiltersAction, &QAction::triggered, m_session->policyProxy(), &PolicyFilterProxyModel::clearFilters);
    connect(m_session->search(), &ReportSearch::resultsChanged, this, [this]() {
        m_highlighter->setTerms(m_session->search()->query().terms());
        m_detail->setHighlightTerms(m_session->search()->query().terms());
        m_table->viewport()->update();
        // Matches inside alliances (activities, services) are shown opened, as long as the tree
        // stays small enough to read; expanding thousands of nodes would also stall typing.
        if (!m_session->search()->query().isEmpty() && m_session->allianceProxy()->visibleAlliances().size() <= 50)
            m_tree->expandAll();
    });
    connect(m_session->policyProxy(), &PolicyFilterProxyModel::filtersChanged, this, &MainWindow::scheduleRefresh);
    connect(m_session->allianceProxy(), &AllianceFilterProxyModel::filtersChanged, this, &MainWindow::scheduleRefresh);
    connect(m_session->policyProxy(), &QAbstractItemModel::layoutChanged, this, &MainWindow::scheduleRefresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onTableCurrentChanged);
    connect(m_session->policyProxy(), &QAbstractItemModel::modelReset, this, &MainWindow::restoreTableSelection);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onTreeCurrentChanged);
    connect(m_chartTabs, &QTabWidget::currentChanged, this, &MainWindow::ensureChartView);
    connect(m_detail, &DetailPane::eventLinkActivated, this, &MainWindow::selectEventRow);
    connect(m_detail, &DetailPane::allianceLinkActivated, this, &MainWindow::selectAlliance);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this]() {
        m_session->allianceTree()->setGrouping(AllianceTreeModel::Grouping(m_grouping->currentData().toInt()));
        m_tree->expandToDepth(0);
    });
    connect(m_laneMode, &QComboBox::currentIndexChanged, this, &MainWindow::scheduleRefresh);
}

void MainWindow::setReport(QSharedPointer<const ReportContent> content)
{
    m_loading = false;
    m_hasReport = true;
    m_openAction->setEnabled(true);
    m_importAction->setEnabled(true);
    // Ids of the previous report mean nothing in the new one.
    m_currentEventId = 0;
    if (m_timeline)
        m_timeline->setSelectedEvent(0);
    m_session->setContent(content);
    m_detail->setContent(content);
    m_tree->expandToDepth(0);
    ensureChartView(m_chartTabs->currentIndex());
    scheduleRefresh();
}

void MainWindow::ensureChartView(int tab)
{
    if (!m_hasReport)
        return;
    if (tab == TimelineTab && !m_timeline) {
        m_timeline = new TimelineChartView;
        m_timeline->setObjectName(QStringLiteral("timelineChart"));
        m_timelineArea->addWidget(m_timeline);
        connect(m_resetZoomAction, &QAction::triggered, m_timeline, &TimelineChartView::resetZoom);
        connect(m_timeline, &TimelineChartView::eventClicked, this, [this](int eventId) {
            selectEventRow(m_session->policyTable()->rowForEventId(eventId));
        });
        connect(m_timeline, &TimelineChartView::allianceClicked, this, &MainWindow::selectAlliance);
        ReportCharts::fillTimeline(m_timeline, m_chartData);
        // What was selected while the chart did not exist yet.
        m_timeline->setSelectedEvent(m_currentEventId);
        const QModelIndex alliance = m_tree->currentIndex();
        m_timeline->setSelectedAlliance(alliance.isValid() ? alliance.data(ReportRoles::AllianceIndexRole).toInt() : -1);
        m_timeline->setRelatedEvents(m_session->policyTable()->relatedEvents());
    } else if (tab == PerYearTab && !m_perYear) {
        m_perYear = new PerYearChartView;
        m_perYear->setObjectName(QStringLiteral("perYearChart"));
        m_perYearArea->addWidget(m_perYear);
        ReportCharts::fillPerYear(m_perYear, m_chartData);
    }
}

void MainWindow::showLoading(bool loading)
{
    m_loading = loading;
    // A report opened now would be replaced by the one still loading.
    m_openAction->setEnabled(!loading);
    m_importAction->setEnabled(!loading);
    updateStatus();
    updateEmptyMessage();
}

void MainWindow::loadReport(ReportLoader load, std::function<void(const QString &)> onFailure)
{
    struct Loaded
    {
        std::optional<ReportContent> content;
        QString error;
    };
    showLoading(true);
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, onFailure = std::move(onFailure)]() {
        watcher->deleteLater();
        Loaded loaded = watcher->future().takeResult();
        if (loaded.content) {
            setReport(QSharedPointer<const ReportContent>::create(std::move(*loaded.content)));
            return;
        }
        showLoading(false);
        onFailure(loaded.error);
    });
    watcher->setFuture(QtConcurrent::run(&m_loadPool, [load = std::move(load)]() {
        Loaded loaded;
        loaded.content = load(&loaded.error);
        return loaded;
    }));
}

void MainWindow::setLanguage(ContentLanguage language)
{
    // The tree is rebuilt for the new language: keep the alliance selected across it.
    const QModelIndex current = m_tree->currentIndex();
    const int alliance = current.isValid() ? current.data(ReportRoles::AllianceIndexRole).toInt() : -1;
    m_language->apply(language);
    m_session->setLanguage(language);
    m_detail->setLanguage(language);
    m_chineseAction->setChecked(language == ContentLanguage::Chinese);
    m_englishAction->setChecked(language == ContentLanguage::English);
    m_tree->expandToDepth(0);
    if (alliance >= 0)
        selectAlliance(alliance);
    retranslateUi();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("China Open Source Report Explorer"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open Database…"));
    m_importAction->setText(tr("&Import Report Markdown…"));
    m_exportDbAction->setText(tr("Export &Database…"));
    m_exportCsvAction->setText(tr("Export Table as &CSV…"));
    m_exportChartAction->setText(tr("Export C&hart…"));
    m_exportChartAction->setToolTip(tr("Export the chart as PNG, SVG or PDF (%1)").arg(m_exportChartAction->shortcut().toString(QKeySequence::NativeText)));
    m_exportCsvAction->setToolTip(tr("Export the events shown as CSV (%1)").arg(m_exportCsvAction->shortcut().toString(QKeySequence::NativeText)));
    m_quitAction->setText(tr("&Quit"));
    m_copyAction->setText(tr("&Copy Selected Rows"));
    m_findAction->setText(tr("&Find…"));
    m_clearSearchAction->setText(tr("C&lear Search"));
    m_clearFiltersAction->setText(tr("Clear &Filters"));
    m_resetZoomAction->setText(tr("&Reset Zoom"));
    m_toggleLanguageAction->setText(m_session->language() == ContentLanguage::Chinese ? QStringLiteral("English")
                                                                                     : QStringLiteral("中文"));
    m_toggleLanguageAction->setToolTip(tr("Switch language (%1)").arg(m_toggleLanguageAction->shortcut().toString(QKeySequence::NativeText)));
    m_aboutAction->setText(tr("&About China Open Source Report Explorer"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_toolBar->setWindowTitle(tr("Search and Filters"));
    m_searchBox->setPlaceholderText(tr("Search events and alliances (Ctrl+F)"));
    m_searchBox->setToolTip(tr("Matches Chinese and English at once. All words must match; put a phrase in quotes."));
    m_groupingLabel->setText(tr("&Group by:"));
    {
        const QSignalBlocker blocker(m_grouping);
        const int current = std::max(0, m_grouping->currentIndex());
        m_grouping->clear();
        m_grouping->addItem(tr("Guiding unit"), int(AllianceTreeModel::Grouping::GuidingUnit));
        m_grouping->addItem(tr("Founding year"), int(AllianceTreeModel::Grouping::FoundingYear));
        m_grouping->addItem(tr("None (flat list)"), int(AllianceTreeModel::Grouping::Flat));
        m_grouping->setCurrentIndex(current);
    }
    m_laneLabel->setText(tr("&Lanes:"));
    {
        const QSignalBlocker blocker(m_laneMode);
        const int current = std::max(0, m_laneMode->currentIndex());
        m_laneMode->clear();
        m_laneMode->addItem(tr("By level of government"), int(TimelineData::LaneMode::Level));
        m_laneMode->addItem(tr("By region"), int(TimelineData::LaneMode::Region));
        m_laneMode->setCurrentIndex(current);
    }
    m_chartTabs->setTabText(0, tr("Timeline"));
    m_chartTabs->setTabText(1, tr("Events per Year"));
    m_filterBar->retranslate();
    scheduleRefresh();
}

TimelineData::LaneMode MainWindow::laneMode() const
{
    return TimelineData::LaneMode(m_laneMode->currentData().toInt());
}

void MainWindow::scheduleRefresh()
{
    m_refreshTimer->start();
}

void MainWindow::refreshViews()
{
    updateStatus();
    updateEmptyMessage();
    if (m_loading)
        return; // nothing to chart until the report arrives
    // The chart data is built on a worker: with a million events it takes longer than a frame,
    // and typing must not wait for it. Results of a superseded refresh are dropped.
    const quint64 generation = ++m_chartGeneration;
    auto *watcher = new QFutureWatcher<TimelineData>(this);
    connect(watcher, &QFutureWatcher<TimelineData>::finished, this, [this, watcher, generation]() {
        watcher->deleteLater();
        if (generation != m_chartGeneration)
            return;
        m_chartData = watcher->result();
        if (m_timeline)
            ReportCharts::fillTimeline(m_timeline, m_chartData);
        if (m_perYear)
            ReportCharts::fillPerYear(m_perYear, m_chartData);
    });
    watcher->setFuture(QtConcurrent::run(
        &m_chartPool,
        [this, generation, content = m_session->content(), rows = m_session->policyProxy()->sourceRows(),
         alliances = m_session->allianceProxy()->visibleAlliances(), mode = laneMode(), language = m_session->language()]() {
            // Typing queues a refresh per result; only the newest is worth building.
            if (generation != m_chartGeneration)
                return TimelineData();
            return TimelineData::build(content, rows, alliances, mode, language);
        }));
}

void MainWindow::updateStatus()
{
    if (m_loading) {
        m_status->setText(tr("Loading the report…"));
        return;
    }
    const int shownEvents = m_session->policyProxy()->rowCount();
    const int totalEvents = m_session->policyTable()->rowCount();
    const int shownAlliances = int(m_session->allianceProxy()->visibleAlliances().size());
    const int totalAlliances = int(m_session->content()->alliances.size());
    m_status->setText(tr("%L1 of %Ln event(s)", nullptr, totalEvents).arg(shownEvents) + QStringLiteral(" · ")
                      + tr("%L1 of %Ln alliance(s)", nullptr, totalAlliances).arg(shownAlliances));
}

void MainWindow::updateEmptyMessage()
{
    if (m_loading) {
        m_table->setEmptyMessage(tr("Loading the report…"));
        return;
    }
    const QString query = m_session->search()->queryText().trimmed();
    if (m_session->policyTable()->rowCount() == 0)
        m_table->setEmptyMessage(tr("This report has no policy events."));
    else if (!query.isEmpty() && m_session->policyProxy()->hasFilters())
        m_table->setEmptyMessage(tr("No events match “%1” with the current filters.\nTry fewer words or Edit ▸ Clear Filters.").arg(query));
    else if (!query.isEmpty())
        m_table->setEmptyMessage(tr("No events match “%1”.\nTry fewer words, or the other language.").arg(query));
    else
        m_table->setEmptyMessage(tr("No events match the current filters.\nEdit ▸ Clear Filters shows them all."));
}

void MainWindow::onTableCurrentChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex source = m_session->policyProxy()->mapToSource(current);
    m_currentEventId = current.data(ReportRoles::EventIdRole).toInt();
    m_detail->showPolicyEvent(source.row());
    if (m_timeline)
        m_timeline->setSelectedEvent(m_currentEventId);
}

void MainWindow::restoreTableSelection()
{
    const int sourceRow = m_session->policyTable()->rowForEventId(m_currentEventId);
    if (sourceRow < 0)
        return;
    const QModelIndex proxy = m_session->policyProxy()->mapFromSource(m_session->policyTable()->index(sourceRow, 0));
    if (!proxy.isValid())
        return;
    const QSignalBlocker blocker(m_table->selectionModel());
    m_table->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(proxy);
}

void MainWindow::onTreeCurrentChanged()
{
    const QModelIndex current = m_tree->selectionModel()->currentIndex();
    const int alliance = current.isValid() ? current.data(ReportRoles::AllianceIndexRole).toInt() : -1;
    if (alliance < 0) {
        showRelatedEvents(-1);
        return;
    }
    m_detail->showAlliance(alliance);
    if (m_timeline)
        m_timeline->setSelectedAlliance(alliance);
    showRelatedEvents(alliance);
}

void MainWindow::showRelatedEvents(int allianceIndex)
{
    QSet<int> related;
    if (allianceIndex >= 0) {
        const ReportRelations relations(m_session->content());
        for (int row : relations.eventsOfAlliance(allianceIndex))
            related.insert(m_session->content()->events.at(row).id);
    }
    m_session->policyTable()->setRelatedEvents(related);
    if (m_timeline)
        m_timeline->setRelatedEvents(related);
}

void MainWindow::selectEventRow(int sourceRow)
{
    if (sourceRow < 0)
        return;
    const QModelIndex source = m_session->policyTable()->index(sourceRow, 0);
    QModelIndex proxy = m_session->policyProxy()->mapFromSource(source);
    if (!proxy.isValid()) {
        // The event is filtered out: show it anyway rather than ignore the click.
        m_searchBox->clear();
        m_session->policyProxy()->clearFilters();
        m_session->waitForSearch();
        proxy = m_session->policyProxy()->mapFromSource(source);
    }
    m_table->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(proxy);
    m_detail->showPolicyEvent(sourceRow);
}

void MainWindow::selectAlliance(int allianceIndex)
{
    const QModelIndexList sources = m_session->allianceTree()->indexesForAlliance(allianceIndex);
    for (const QModelIndex &source : sources) {
        const QModelIndex proxy = m_session->allianceProxy()->mapFromSource(source);
        if (proxy.isValid()) {
            m_tree->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect);
            m_tree->scrollTo(proxy);
            break;
        }
    }
    m_detail->showAlliance(allianceIndex);
    if (m_timeline)
        m_timeline->setSelectedAlliance(allianceIndex);
    showRelatedEvents(allianceIndex);
}

QString MainWindow::exportFolder() const
{
    const QString folder = QSettings().value(QStringLiteral("export/lastFolder")).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::rememberExportFolder(const QString &path)
{
    QSettings().setValue(QStringLiteral("export/lastFolder"), QFileInfo(path).absolutePath());
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

void MainWindow::openDatabase()
{
    openReport(tr("Open Report Database"), tr("SQLite databases (*.sqlite *.db);;All files (*)"),
               tr("Cannot open the database"), &ReportSource::database);
}

void MainWindow::importReport()
{
    openReport(tr("Import Report Markdown"), tr("Markdown (*.md *.markdown);;All files (*)"),
               tr("Cannot import the report"), &ReportSource::importMarkdown);
}

void MainWindow::openReport(const QString &caption, const QString &filter, const QString &errorTitle,
                            std::optional<ReportContent> (*load)(const QString &, QString *))
{
    const QString path = QFileDialog::getOpenFileName(this, caption, exportFolder(), filter);
    if (path.isEmpty())
        return;
    loadReport([load, path](QString *error) { return load(path, error); },
               [this, errorTitle](const QString &error) {
                   showError(errorTitle, tr("%1\n\nThe report shown stays as it was.").arg(error));
               });
}

void MainWindow::exportDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Database"),
                                                      QDir(exportFolder()).filePath(QStringLiteral("report.sqlite")),
                                                      tr("SQLite databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!ReportDatabase::exportTo(*m_session->content(), path, &error)) {
        showError(tr("Export failed"), error);
        return;
    }
    rememberExportFolder(path);
    statusBar()->showMessage(tr("Database written to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Table as CSV"),
                                                      QDir(exportFolder()).filePath(QStringLiteral("policy-events.csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!FileWriter::write(path, CsvWriter::toCsv(*m_session->policyProxy(), ReportRoles::FullTextRole), &error)) {
        showError(tr("Export failed"), error);
        return;
    }
    rememberExportFolder(path);
    statusBar()->showMessage(tr("%Ln event(s) written to %1", nullptr, m_session->policyProxy()->rowCount())
                                 .arg(QDir::toNativeSeparators(path)),
                             5000);
}

void MainWindow::exportChart()
{
    const bool timelineShown = m_chartTabs->currentIndex() == TimelineTab;
    QWidget *shown = timelineShown ? static_cast<QWidget *>(m_timeline) : m_perYear;
    if (!shown) // the report is still loading
        shown = m_chartTabs->currentWidget();
    const qreal ratio = std::max<qreal>(2.0, devicePixelRatioF());
    ChartExportDialog dialog(timelineShown ? ChartExportDialog::Chart::Timeline : ChartExportDialog::Chart::PerYear,
                             (QSizeF(shown->size()) * ratio).toSize().expandedTo(QSize(1280, 720)), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), QDir(exportFolder()).filePath(QStringLiteral("chart.png")),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    const std::unique_ptr<QChartView> view = ReportCharts::viewForExport(dialog.chart(), *m_session, laneMode());
    QString error;
    if (!ChartExporter::exportChart(view.get(), path, dialog.pixelSize(), ratio, ReportCharts::caption(*m_session), &error)) {
        showError(tr("Export failed"), error);
        return;
    }
    rememberExportFolder(path);
    statusBar()->showMessage(tr("Chart written to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::about()
{
    const QSharedPointer<const ReportContent> content = m_session->content();
    QMessageBox::about(
        this, tr("About China Open Source Report Explorer"),
        tr("<h3>China Open Source Report Explorer %1</h3>"
           "<p>Browse, search, chart and cite the chapter on industry alliances and important policy events of the "
           "<i>2016 China Open Source Ecosystem Report</i> (%2), in Chinese and English.</p>"
           "<p><b>Source:</b> Kaiyuanshe (开源社), "
           "<a href='https://github.com/kaiyuanshe/2016-China-Open-Source-Report'>2016-China-Open-Source-Report</a>, "
           "file %3 (SHA-256 %4).</p>"
           "<p><b>Licence of the report:</b> %5 — "
           "<a href='https://creativecommons.org/publicdomain/zero/1.0/'>CC0 1.0</a>. The English translations of "
           "names marked as descriptive are the explorer's own.</p>")
            .arg(QApplication::applicationVersion(), content->title.toHtmlEscaped(),
                 content->sourceFileName.toHtmlEscaped(), content->sourceSha256.left(16) + QStringLiteral("…"),
                 content->licence.toHtmlEscaped()));
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1440, 900);
        resize(QSize(1380, 820).boundedTo(available));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray())) {
        // The side panes keep their size when the window shrinks: share a narrow window out.
        const int width = size().width();
        m_mainSplitter->setSizes({width * 22 / 100, width * 53 / 100, width * 25 / 100});
    }
    m_centreSplitter->restoreState(settings.value(QStringLiteral("window/centreSplitter")).toByteArray());
    m_chartTabs->setCurrentIndex(settings.value(QStringLiteral("view/chartTab"), 0).toInt());
    const int grouping = m_grouping->findData(settings.value(QStringLiteral("tree/grouping"), 0).toInt());
    m_grouping->setCurrentIndex(std::max(0, grouping));
    m_laneMode->setCurrentIndex(std::max(0, m_laneMode->findData(settings.value(QStringLiteral("timeline/lanes"), 0).toInt())));
    const int sortColumn = std::clamp(settings.value(QStringLiteral("table/sortColumn"), 0).toInt(), 0,
                                      int(PolicyTableModel::ColumnCount) - 1);
    const auto sortOrder = Qt::SortOrder(settings.value(QStringLiteral("table/sortOrder"), int(Qt::AscendingOrder)).toInt());
    m_table->sortByColumn(sortColumn, sortOrder == Qt::DescendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/centreSplitter"), m_centreSplitter->saveState());
    settings.setValue(QStringLiteral("view/chartTab"), m_chartTabs->currentIndex());
    settings.setValue(QStringLiteral("tree/grouping"), m_grouping->currentData());
    settings.setValue(QStringLiteral("timeline/lanes"), m_laneMode->currentData());
    settings.setValue(QStringLiteral("table/sortColumn"), m_table->horizontalHeader()->sortIndicatorSection());
    settings.setValue(QStringLiteral("table/sortOrder"), int(m_table->horizontalHeader()->sortIndicatorOrder()));
    settings.setValue(QStringLiteral("language"), InterfaceLanguage::code(m_session->language()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    QMainWindow::closeEvent(event);
}
