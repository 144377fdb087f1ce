#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "alliancefilterproxymodel.h"
#include "alliancetreemodel.h"
#include "chartexportdialog.h"
#include "chartexporter.h"
#include "detailpane.h"
#include "filterbar.h"
#include "interfacelanguage.h"
#include "peryearchartview.h"
#include "policyfilterproxymodel.h"
#include "policytablemodel.h"
#include "policytableview.h"
#include "reportcharts.h"
#include "reportcoordinator.h"
#include "reportroles.h"
#include "reportsearch.h"
#include "reportsession.h"
#include "reportsource.h"
#include "searchhighlightdelegate.h"
#include "timelinechartview.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
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
    createToolBar();
    createCentralWidgets();
    connectActions();
    connectCoordinator();
    retranslateUi();
    m_detail->setLanguage(m_session->language());
    ui->chineseAction->setChecked(m_session->language() == ContentLanguage::Chinese);
    ui->englishAction->setChecked(m_session->language() == ContentLanguage::English);
    readSettings();
    updateSummary();
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
    m_filterBar = new FilterBar(ui->mainToolBar);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    ui->mainToolBar->insertWidget(firstAction, m_filterBar);
    ui->mainToolBar->insertSeparator(firstAction);
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
    m_tree->setSelectionModel(m_coordinator->allianceSelection());
    m_tree->header()->setSectionResizeMode(AllianceTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(AllianceTreeModel::FoundedColumn, QHeaderView::ResizeToContents);
    allianceLayout->addWidget(m_tree);

    m_table = new PolicyTableView(this);
    m_table->setObjectName(QStringLiteral("policyTable"));
    m_table->setModel(m_session->policyProxy());
    m_table->setSelectionModel(m_coordinator->eventSelection());
    m_highlighter = new SearchHighlightDelegate(m_table);
    m_table->setItemDelegate(m_highlighter);
    // Sized from the first rows only: measuring a million rows would delay the first paint.
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_tree->header()->setResizeContentsPrecision(200);
    for (int column : {PolicyTableModel::DateColumn, PolicyTableModel::LevelColumn, PolicyTableModel::RegionColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->sortByColumn(PolicyTableModel::DateColumn, Qt::AscendingOrder);
    m_table->addAction(ui->copyAction);

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
    m_resetZoom->setDefaultAction(ui->resetZoomAction);
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
        const QString path = askExportPath(tr("Export Database"), QStringLiteral("report.sqlite"),
                                           tr("SQLite databases (*.sqlite)"));
        if (!path.isEmpty())
            m_coordinator->exportDatabase(path);
    });
    connect(ui->exportCsvAction, &QAction::triggered, this, [this]() {
        const QString path = askExportPath(tr("Export Table as CSV"), QStringLiteral("policy-events.csv"),
                                           tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            m_coordinator->exportCsv(path);
    });
    connect(ui->exportChartAction, &QAction::triggered, this, &MainWindow::exportChart);
    connect(ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(ui->copyAction, &QAction::triggered, m_table, &PolicyTableView::copySelection);
    connect(ui->findAction, &QAction::triggered, this, [this]() {
        m_searchBox->setFocus(Qt::ShortcutFocusReason);
        m_searchBox->selectAll();
    });
    connect(ui->clearSearchAction, &QAction::triggered, m_searchBox, &QLineEdit::clear);
    connect(ui->clearFiltersAction, &QAction::triggered, m_session->policyProxy(), &PolicyFilterProxyModel::clearFilters);
    connect(ui->chineseAction, &QAction::triggered, this, [this]() { setLanguage(ContentLanguage::Chinese); });
    connect(ui->englishAction, &QAction::triggered, this, [this]() { setLanguage(ContentLanguage::English); });
    connect(ui->toggleLanguageAction, &QAction::triggered, this, [this]() {
        setLanguage(m_session->language() == ContentLanguage::Chinese ? ContentLanguage::English
                                                                      : ContentLanguage::Chinese);
    });
    connect(ui->aboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(m_searchBox, &QLineEdit::textChanged, m_coordinator, &ReportCoordinator::setSearchText);
    m_filterBar->setProxy(m_session->policyProxy());
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this]() {
        m_session->allianceTree()->setGrouping(AllianceTreeModel::Grouping(m_grouping->currentData().toInt()));
        m_tree->expandToDepth(0);
    });
    connect(m_laneMode, &QComboBox::currentIndexChanged, this, [this]() {
        m_coordinator->setLaneMode(TimelineData::LaneMode(m_laneMode->currentData().toInt()));
    });
    connect(m_chartTabs, &QTabWidget::currentChanged, this, &MainWindow::ensureChartView);
    connect(m_detail, &DetailPane::eventLinkActivated, m_coordinator, &ReportCoordinator::showEventRow);
    connect(m_detail, &DetailPane::allianceLinkActivated, m_coordinator, &ReportCoordinator::showAlliance);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, m_table,
            [this](const QModelIndex &current) { m_table->scrollTo(current); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, m_tree,
            [this](const QModelIndex &current) { m_tree->scrollTo(current); });
}

void MainWindow::connectCoordinator()
{
    connect(m_coordinator, &ReportCoordinator::loadingChanged, this, [this](bool loading) {
        // A report opened now would be replaced by the one still loading.
        ui->openAction->setEnabled(!loading);
        ui->importAction->setEnabled(!loading);
    });
    connect(m_coordinator, &ReportCoordinator::loadFailed, this, [this](const QString &error) {
        if (!m_openErrorTitle.isEmpty())
            showError(m_openErrorTitle, tr("%1\n\nThe report shown stays as it was.").arg(error));
    });
    connect(m_coordinator, &ReportCoordinator::reportChanged, this, [this](QSharedPointer<const ReportContent> content) {
        m_detail->setContent(content);
        m_tree->expandToDepth(0);
        ensureChartView(m_chartTabs->currentIndex());
    });
    connect(m_coordinator, &ReportCoordinator::summaryChanged, this, &MainWindow::updateSummary);
    connect(m_coordinator, &ReportCoordinator::eventShown, m_detail, &DetailPane::showPolicyEvent);
    connect(m_coordinator, &ReportCoordinator::allianceShown, m_detail, &DetailPane::showAlliance);
    connect(m_coordinator, &ReportCoordinator::searchTextChanged, m_searchBox, [this](const QString &text) {
        const QSignalBlocker blocker(m_searchBox);
        m_searchBox->setText(text);
    });
    connect(m_coordinator, &ReportCoordinator::exportFinished, this, [this](const QString &message) {
        statusBar()->showMessage(message, 5000);
    });
    connect(m_coordinator, &ReportCoordinator::exportFailed, this,
            [this](const QString &error) { showError(tr("Export failed"), error); });
    connect(m_session->search(), &ReportSearch::resultsChanged, this, [this]() {
        const QStringList terms = m_session->search()->query().terms();
        m_highlighter->setTerms(terms);
        m_detail->setHighlightTerms(terms);
        m_table->viewport()->update();
        // Matches inside alliances (activities, services) are shown opened, as long as the tree
        // stays small enough to read; expanding thousands of nodes would also stall typing.
        if (!m_session->search()->query().isEmpty() && m_session->allianceProxy()->visibleAlliances().size() <= 50)
            m_tree->expandAll();
    });
}

void MainWindow::updateSummary()
{
    m_status->setText(m_coordinator->statusText());
    m_table->setEmptyMessage(m_coordinator->emptyTableMessage());
}

void MainWindow::ensureChartView(int tab)
{
    if (!m_coordinator->hasReport())
        return;
    if (tab == TimelineTab && !m_timeline) {
        m_timeline = new TimelineChartView;
        m_timeline->setObjectName(QStringLiteral("timelineChart"));
        m_timelineArea->addWidget(m_timeline);
        connect(ui->resetZoomAction, &QAction::triggered, m_timeline, &TimelineChartView::resetZoom);
        connect(m_timeline, &TimelineChartView::eventClicked, m_coordinator, &ReportCoordinator::showEvent);
        connect(m_timeline, &TimelineChartView::allianceClicked, m_coordinator, &ReportCoordinator::showAlliance);
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
        m_perYearArea->addWidget(m_perYear);
        m_coordinator->watchCharts(
            m_perYear, [this](const TimelineData &data) { ReportCharts::fillPerYear(m_perYear, data); },
            [](const ChartSelection &) {});
    }
}

void MainWindow::setLanguage(ContentLanguage language)
{
    m_language->apply(language);
    m_coordinator->setLanguage(language);
    m_detail->setLanguage(language);
    ui->chineseAction->setChecked(language == ContentLanguage::Chinese);
    ui->englishAction->setChecked(language == ContentLanguage::English);
    m_tree->expandToDepth(0);
    retranslateUi();
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

void MainWindow::openReport(const QString &caption, const QString &filter, const QString &errorTitle,
                            std::optional<ReportContent> (*load)(const QString &, QString *))
{
    const QString path = QFileDialog::getOpenFileName(this, caption, exportFolder(), filter);
    if (path.isEmpty())
        return;
    m_openErrorTitle = errorTitle;
    m_coordinator->loadReport([load, path](QString *error) { return load(path, error); });
}

QString MainWindow::askExportPath(const QString &caption, const QString &fileName, const QString &filter)
{
    const QString path = QFileDialog::getSaveFileName(this, caption, QDir(exportFolder()).filePath(fileName), filter);
    if (!path.isEmpty())
        rememberExportFolder(path);
    return path;
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
    const QString path = askExportPath(tr("Export Chart"), QStringLiteral("chart.png"),
                                       tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    std::unique_ptr<QChartView> view;
    if (dialog.chart() == ChartExportDialog::Chart::Timeline) {
        auto timeline = std::make_unique<TimelineChartView>();
        ReportCharts::fillTimeline(timeline.get(), *m_session, m_coordinator->laneMode());
        view = std::move(timeline);
    } else {
        auto perYear = std::make_unique<PerYearChartView>();
        ReportCharts::fillPerYear(perYear.get(), *m_session);
        view = std::move(perYear);
    }
    QString error;
    if (!ChartExporter::exportChart(view.get(), path, dialog.pixelSize(), ratio, ReportCharts::caption(*m_session), &error)) {
        showError(tr("Export failed"), error);
        return;
    }
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

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    ui->retranslateUi(this);
    const auto withShortcut = [](const QString &text, const QAction *action) {
        return text.arg(action->shortcut().toString(QKeySequence::NativeText));
    };
    ui->exportChartAction->setToolTip(withShortcut(tr("Export the chart as PNG, SVG or PDF (%1)"), ui->exportChartAction));
    ui->exportCsvAction->setToolTip(withShortcut(tr("Export the events shown as CSV (%1)"), ui->exportCsvAction));
    ui->toggleLanguageAction->setText(m_session->language() == ContentLanguage::Chinese ? QStringLiteral("English")
                                                                                       : QStringLiteral("中文"));
    ui->toggleLanguageAction->setToolTip(withShortcut(tr("Switch language (%1)"), ui->toggleLanguageAction));
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
    m_chartTabs->setTabText(TimelineTab, tr("Timeline"));
    m_chartTabs->setTabText(PerYearTab, tr("Events per Year"));
    m_filterBar->retranslate();
    updateSummary();
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
    m_coordinator->cancelAll();
    QMainWindow::closeEvent(event);
}
