// The window as a person uses it: typing filters the table and the tree, headers sort,
// selections fill the detail pane, chart markers select rows, the language switches live.
#include "alliancefilterproxymodel.h"
#include "alliancetreemodel.h"
#include "csvexportdialog.h"
#include "csvwriter.h"
#include "detailpane.h"
#include "editioncomparer.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "palettecolors.h"
#include "peryearchartview.h"
#include "policyfilterproxymodel.h"
#include "policytablemodel.h"
#include "policytableview.h"
#include "reportcitation.h"
#include "reportcoordinator.h"
#include "reportdatabase.h"
#include "reportroles.h"
#include "reportsearch.h"
#include "reportsession.h"
#include "savedviews.h"
#include "timelinechartview.h"
#include "timelinemarker.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typingChineseFiltersTableAndTree();
    void typingEnglishFiltersWhateverTheLanguage();
    void noMatchShowsAnEmptyState();
    void escapeClearsAndCtrlFFocuses();
    void textBeingComposedDoesNotSearch();
    void clickingAHeaderSorts();
    void selectingATreeNodeFillsTheDetailPane();
    void groupsOpenOntoClosedAlliances();
    void provenanceNamesTheRecordsOwnEdition();
    void selectingAnAllianceHighlightsRelatedEvents();
    void clickingAMarkerSelectsItsRow();
    void chartsAreMadeWhenTheirTabIsFirstShown();
    void rememberedPerYearTabIsShownFirst();
    void copyGivesTabSeparatedRows();
    void copyCitationCitesTheSelection();
    void copyChartGivesImageAndSvg();
    void languageSwitchesEverythingAndBack();
    void loadingAReportKeepsTheWindowAnswering();
    void aReportThatFailsToLoadLeavesTheShownOne();
    void exportingAsksWithoutBlockingAndWritesOnAWorker();
    // A link copied in the window, given to the real executable with --view and --export-csv,
    // writes exactly the rows the window showed, for every key; opened again, it restores the view.
    void copiedLinkExportsTheRowsShownAndReopens_data();
    void copiedLinkExportsTheRowsShownAndReopens();
    void viewsMenuSavesReopensAndDeletes();
    void editionFacetNarrowsAllEditions();
    void timelineColoursEventsByChange();

private:
    QStringList visibleEventTexts() const;
    int visibleAllianceCount() const;
    void search(const QString &text);
    void setUpView(const QString &key);
    void chooseEdition(int edition);
    QByteArray exportWithLink(const QString &link);

    QSharedPointer<const ReportContent> m_content;
    std::unique_ptr<ReportSession> m_session;
    std::unique_ptr<ReportCoordinator> m_coordinator;
    std::unique_ptr<InterfaceLanguage> m_language;
    std::unique_ptr<MainWindow> m_window;
    QLineEdit *m_searchBox = nullptr;
    PolicyTableView *m_table = nullptr;
    QTreeView *m_tree = nullptr;
    DetailPane *m_detail = nullptr;
    TimelineChartView *m_timeline = nullptr;
    QLabel *m_status = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ReportExplorerTests"));
    QString error;
    std::optional<ReportContent> content = ReportDatabase::loadEmbedded(&error);
    QVERIFY2(content, qPrintable(error));
    m_content = QSharedPointer<const ReportContent>::create(*content);
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_session = std::make_unique<ReportSession>();
    m_language = std::make_unique<InterfaceLanguage>();
    m_coordinator = std::make_unique<ReportCoordinator>(m_session.get());
    m_window = std::make_unique<MainWindow>(m_coordinator.get(), m_language.get());
    m_window->setLanguage(ContentLanguage::Chinese);
    m_coordinator->setReport(m_content);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_searchBox = m_window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    m_table = m_window->findChild<PolicyTableView *>(QStringLiteral("policyTable"));
    m_tree = m_window->findChild<QTreeView *>(QStringLiteral("allianceTree"));
    m_detail = m_window->findChild<DetailPane *>(QStringLiteral("detailPane"));
    m_timeline = m_window->findChild<TimelineChartView *>(QStringLiteral("timelineChart"));
    m_status = m_window->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY(m_searchBox && m_table && m_tree && m_detail && m_timeline && m_status);
    QTRY_COMPARE(m_table->model()->rowCount(), 26);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_language.reset();
    m_coordinator.reset();
    m_session.reset();
}

QStringList TestMainWindow::visibleEventTexts() const
{
    QStringList texts;
    const QAbstractItemModel *model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, PolicyTableModel::TextColumn).data(ReportRoles::FullTextRole).toString();
    return texts;
}

int TestMainWindow::visibleAllianceCount() const
{
    return int(m_session->allianceProxy()->visibleAlliances().size());
}

void TestMainWindow::search(const QString &text)
{
    m_searchBox->setFocus();
    m_searchBox->clear();
    // Chinese arrives through an input method, one committed character at a time; Latin
    // text as key presses.
    for (QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(m_searchBox, c.toLatin1());
        } else {
            QInputMethodEvent committed;
            committed.setCommitString(QString(c));
            QApplication::sendEvent(m_searchBox, &committed);
        }
    }
    QCOMPARE(m_searchBox->text(), text);
    QTRY_VERIFY(m_session->search()->isIdle());
}

void TestMainWindow::typingChineseFiltersTableAndTree()
{
    search(QStringLiteral("湖北"));
    const QStringList texts = visibleEventTexts();
    QCOMPARE(texts.size(), 3);
    // Two events of the 湖北省 region, and one central event that names 湖北电信.
    const QAbstractItemModel *model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, PolicyTableModel::TextColumn);
        QVERIFY2(index.data(ReportRoles::RegionRole).toString() == QStringLiteral("湖北省")
                     || index.data(ReportRoles::FullTextRole).toString().contains(QStringLiteral("湖北")),
                 qPrintable(texts.at(row)));
    }
    QCOMPARE(visibleAllianceCount(), 1);
    // The path to the match stays visible: a guiding-unit group above the alliance.
    const QModelIndex group = m_tree->model()->index(0, 0);
    QVERIFY(group.isValid());
    QVERIFY(m_tree->model()->rowCount(group) >= 1);
    QCOMPARE(m_tree->model()->index(0, 0, group).data().toString(), QStringLiteral("湖北省开源软件推进联盟"));
    QTRY_VERIFY(m_status->text().contains(QStringLiteral("3")));

    search(QStringLiteral("联盟"));
    QVERIFY(visibleEventTexts().size() >= 2);
    QCOMPARE(visibleAllianceCount(), 8);
}

// Whatever the grouping, the tree shows the alliances closed: under open groups, or flat.
void TestMainWindow::groupsOpenOntoClosedAlliances()
{
    const QAbstractItemModel *tree = m_tree->model();
    auto expandedTopLevelRows = [this, tree]() {
        int expanded = 0;
        for (int row = 0; row < tree->rowCount(); ++row)
            expanded += m_tree->isExpanded(tree->index(row, 0)) ? 1 : 0;
        return expanded;
    };
    auto *grouping = m_window->findChild<QComboBox *>(QStringLiteral("groupingBox"));
    for (const AllianceTreeModel::Grouping grouped :
         {AllianceTreeModel::Grouping::GuidingUnit, AllianceTreeModel::Grouping::FoundingYear}) {
        grouping->setCurrentIndex(int(grouped));
        QVERIFY(tree->rowCount() > 1);
        QCOMPARE(expandedTopLevelRows(), tree->rowCount());
        int openable = 0;
        for (int group = 0; group < tree->rowCount(); ++group) {
            const QModelIndex groupIndex = tree->index(group, 0);
            for (int row = 0; row < tree->rowCount(groupIndex); ++row) {
                const QModelIndex alliance = tree->index(row, 0, groupIndex);
                QCOMPARE(alliance.data(ReportRoles::NodeKindRole).toInt(), int(AllianceTreeModel::NodeKind::Alliance));
                openable += tree->hasChildren(alliance) ? 1 : 0;
                QVERIFY(!m_tree->isExpanded(alliance));
            }
        }
        QVERIFY(openable > 0);
    }
    grouping->setCurrentIndex(int(AllianceTreeModel::Grouping::Flat));
    QCOMPARE(tree->index(0, 0).data(ReportRoles::NodeKindRole).toInt(), int(AllianceTreeModel::NodeKind::Alliance));
    QCOMPARE(expandedTopLevelRows(), 0);
    m_window->setLanguage(ContentLanguage::English);
    QCOMPARE(expandedTopLevelRows(), 0);
}

void TestMainWindow::typingEnglishFiltersWhateverTheLanguage()
{
    search(QStringLiteral("guangdong"));
    QCOMPARE(visibleEventTexts().size(), 3);
    search(QStringLiteral("LINUX 2004"));
    QCOMPARE(visibleEventTexts().size(), 2);
}

void TestMainWindow::noMatchShowsAnEmptyState()
{
    search(QStringLiteral("完全不存在的词zzz"));
    QCOMPARE(m_table->model()->rowCount(), 0);
    QCOMPARE(visibleAllianceCount(), 0);
    // The empty state is drawn in words, not left as a blank table.
    const QImage shot = m_table->viewport()->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < shot.height(); y += 2) {
        for (int x = 0; x < shot.width(); x += 2)
            colours.insert(shot.pixel(x, y));
    }
    QVERIFY2(colours.size() > 3, "the empty table shows no message");
}

void TestMainWindow::escapeClearsAndCtrlFFocuses()
{
    search(QStringLiteral("湖北"));
    QTest::keyClick(m_searchBox, Qt::Key_Escape);
    QVERIFY(m_searchBox->text().isEmpty());
    QTRY_COMPARE(m_table->model()->rowCount(), 26);
    m_table->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_searchBox->hasFocus());
}

void TestMainWindow::textBeingComposedDoesNotSearch()
{
    m_searchBox->setFocus();
    QInputMethodEvent composing(QStringLiteral("hubei"), {});
    QApplication::sendEvent(m_searchBox, &composing);
    QVERIFY(m_session->search()->queryText().isEmpty());
    QCOMPARE(m_table->model()->rowCount(), 26);
    QInputMethodEvent committed;
    committed.setCommitString(QStringLiteral("湖北"));
    QApplication::sendEvent(m_searchBox, &committed);
    QCOMPARE(m_session->search()->queryText(), QStringLiteral("湖北"));
    QTRY_COMPARE(m_table->model()->rowCount(), 3);
}

void TestMainWindow::clickingAHeaderSorts()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int regionX = header->sectionViewportPosition(PolicyTableModel::RegionColumn) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(regionX, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(PolicyTableModel::RegionColumn));
    const QAbstractItemModel *model = m_table->model();
    const int firstRank = model->index(0, PolicyTableModel::RegionColumn).data(ReportRoles::SortRole).toInt();
    const int lastRank
        = model->index(model->rowCount() - 1, PolicyTableModel::RegionColumn).data(ReportRoles::SortRole).toInt();
    QVERIFY(firstRank <= lastRank);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(regionX, header->height() / 2));
    QCOMPARE(header->sortIndicatorOrder(),
             header->sortIndicatorOrder() == Qt::AscendingOrder ? Qt::AscendingOrder : Qt::DescendingOrder);
    const int newFirst = model->index(0, PolicyTableModel::RegionColumn).data(ReportRoles::SortRole).toInt();
    QCOMPARE(newFirst, lastRank);

    // Dates: undated rows last in both directions.
    const int dateX = header->sectionViewportPosition(PolicyTableModel::DateColumn) + 5;
    for (int click = 0; click < 2; ++click) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(dateX, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(PolicyTableModel::DateColumn));
        QVERIFY(!model->index(0, 0).data(ReportRoles::DateRole).value<ReportDate>().isNull());
        QVERIFY(model->index(model->rowCount() - 1, 0).data(ReportRoles::DateRole).value<ReportDate>().isNull());
    }
}

void TestMainWindow::selectingATreeNodeFillsTheDetailPane()
{
    const QModelIndex alliance = m_tree->model()->index(0, 0, m_tree->model()->index(0, 0));
    QVERIFY(alliance.isValid());
    m_tree->setCurrentIndex(alliance);
    const QString text = m_detail->toPlainText();
    QVERIFY2(text.contains(alliance.data().toString()), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("orgnization-2016.md")));
    QVERIFY(text.contains(QStringLiteral("指导单位")));
}

void TestMainWindow::provenanceNamesTheRecordsOwnEdition()
{
    m_coordinator->setEdition(ReportContent::allEditions);
    const QSharedPointer<const ReportContent> shown = m_session->content();
    const auto alliance2015 = std::find_if(shown->alliances.cbegin(), shown->alliances.cend(),
                                           [](const AllianceRecord &alliance) { return alliance.edition == 2015; });
    QVERIFY(alliance2015 != shown->alliances.cend());
    m_coordinator->showAlliance(int(alliance2015 - shown->alliances.cbegin()));
    const QString text = m_detail->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("ChinaOSSRepor_Chn_2015.md")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("orgnization-2016.md")), qPrintable(text));
}

void TestMainWindow::selectingAnAllianceHighlightsRelatedEvents()
{
    const QModelIndexList hubei = m_session->allianceTree()->indexesForAlliance(5);
    QCOMPARE(m_content->alliances.at(5).name.zh, QStringLiteral("湖北省开源软件推进联盟"));
    QVERIFY(!hubei.isEmpty());
    m_tree->setCurrentIndex(m_session->allianceProxy()->mapFromSource(hubei.first()));
    const QAbstractItemModel *model = m_table->model();
    const auto highlightedRegions = [model]() {
        QStringList regions;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(Qt::BackgroundRole).isValid())
                regions << model->index(row, 0).data(ReportRoles::RegionRole).toString();
        }
        return regions;
    };
    // The relations are found on a worker when the report arrives.
    QTRY_COMPARE(highlightedRegions(), QStringList({QStringLiteral("湖北省"), QStringLiteral("湖北省")}));
    // The detail pane links them too.
    QTRY_VERIFY(m_detail->toHtml().contains(QStringLiteral("href=\"event:")));
}

// The scene position of an event's marker, found as a reader finds it among the items shown;
// null until the marker is shown and laid out.
static QPointF markerCenter(const TimelineChartView *view, int eventId)
{
    for (const QGraphicsItem *item : view->scene()->items()) {
        const auto *marker = qobject_cast<const TimelineMarker *>(item->toGraphicsObject());
        if (marker && marker->entry().eventId == eventId && marker->isVisible())
            return marker->mapToScene(marker->boundingRect().center());
    }
    return {};
}

void TestMainWindow::clickingAMarkerSelectsItsRow()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("chartTabs"));
    tabs->setCurrentIndex(0);
    QTRY_VERIFY(m_timeline->markerCount() > 0);
    const int eventId = 8; // 2011-07-13, a day-precision marker alone in its stretch of time
    const QPointF scenePoint = markerCenter(m_timeline, eventId);
    QVERIFY(!scenePoint.isNull());
    const QPoint viewPoint = m_timeline->mapFromScene(scenePoint);
    QTest::mouseClick(m_timeline->viewport(), Qt::LeftButton, {}, viewPoint);
    const QModelIndex current = m_table->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(ReportRoles::EventIdRole).toInt(), eventId);
    QVERIFY(m_detail->toPlainText().contains(QStringLiteral("2011年7月13日")));
}

// The years under the per-year chart's bars; none until it is filled.
static int perYearCategories(const PerYearChartView *view)
{
    const QList<QAbstractAxis *> axes = view->chart()->axes(Qt::Horizontal);
    return axes.isEmpty() ? 0 : static_cast<QBarCategoryAxis *>(axes.constFirst())->count();
}

void TestMainWindow::chartsAreMadeWhenTheirTabIsFirstShown()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("chartTabs"));
    QCOMPARE(tabs->currentIndex(), 0);
    QVERIFY(!m_window->findChild<PerYearChartView *>(QStringLiteral("perYearChart")));
    QTRY_VERIFY(m_timeline->markerCount() > 0);
    tabs->setCurrentIndex(1);
    const auto *perYear = m_window->findChild<PerYearChartView *>(QStringLiteral("perYearChart"));
    QVERIFY(perYear);
    // Filled at once from the data the timeline shows, without waiting for a rebuild.
    QVERIFY(perYearCategories(perYear) > 0);
}

void TestMainWindow::rememberedPerYearTabIsShownFirst()
{
    QSettings().setValue(QStringLiteral("view/chartTab"), 1);
    ReportSession session;
    ReportCoordinator coordinator(&session);
    MainWindow window(&coordinator, m_language.get());
    coordinator.setReport(m_content);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("chartTabs"));
    QCOMPARE(tabs->currentIndex(), 1);
    QVERIFY(!window.findChild<TimelineChartView *>(QStringLiteral("timelineChart")));
    const auto *perYear = window.findChild<PerYearChartView *>(QStringLiteral("perYearChart"));
    QVERIFY(perYear);
    QTRY_VERIFY(perYearCategories(perYear) > 0);

    // The timeline made later is filled and answers clicks like one made with the window.
    tabs->setCurrentIndex(0);
    auto *timeline = window.findChild<TimelineChartView *>(QStringLiteral("timelineChart"));
    QVERIFY(timeline);
    QVERIFY(timeline->markerCount() > 0);
    const int eventId = 8;
    QTRY_VERIFY(!markerCenter(timeline, eventId).isNull());
    QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {},
                      timeline->mapFromScene(markerCenter(timeline, eventId)));
    auto *table = window.findChild<PolicyTableView *>(QStringLiteral("policyTable"));
    QCOMPARE(table->currentIndex().data(ReportRoles::EventIdRole).toInt(), eventId);
}

void TestMainWindow::copyGivesTabSeparatedRows()
{
    m_table->selectRow(0);
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    QCOMPARE(copied.count(u'\t'), 3);
    QVERIFY(copied.startsWith(QStringLiteral("1999年7月15日\t")));
}

void TestMainWindow::copyCitationCitesTheSelection()
{
    auto *copyCitation = m_window->findChild<QAction *>(QStringLiteral("copyCitationAction"));
    QVERIFY(copyCitation);
    // Two events, in the table's order, GB/T 7714 in the Chinese interface.
    m_table->setFocus();
    m_table->selectRow(2);
    m_table->selectionModel()->select(m_table->model()->index(0, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    copyCitation->trigger();
    auto sourceRow = [this](int row) {
        return m_session->policyProxy()->mapToSource(m_session->policyProxy()->index(row, 0)).row();
    };
    const QDate today = QDate::currentDate();
    const QString first = ReportCitation::text(*m_content, {CitedRecord::Kind::Event, sourceRow(0)},
                                               ReportCitation::Style::GbT7714, today);
    const QString third = ReportCitation::text(*m_content, {CitedRecord::Kind::Event, sourceRow(2)},
                                               ReportCitation::Style::GbT7714, today);
    QCOMPARE(QApplication::clipboard()->text(), first + u'\n' + third);
    QVERIFY(first.startsWith(QStringLiteral("开源社. 1999年7月15日")));
    QVERIFY(QApplication::clipboard()->mimeData()->hasHtml());

    // The tree's alliance when the tree has the focus, APA 7 in the English interface.
    m_window->setLanguage(ContentLanguage::English);
    m_coordinator->showAlliance(0);
    m_tree->setFocus();
    QTRY_VERIFY(m_tree->hasFocus());
    copyCitation->trigger();
    QCOMPARE(QApplication::clipboard()->text(),
             ReportCitation::text(*m_content, {CitedRecord::Kind::Alliance, 0}, ReportCitation::Style::Apa7, today));
    QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("Kaiyuanshe. (2016). ")));
    // In the context menus of both.
    QVERIFY(m_tree->actions().contains(copyCitation));
    QVERIFY(m_table->actions().contains(copyCitation));
}

void TestMainWindow::copyChartGivesImageAndSvg()
{
    auto *copyChart = m_window->findChild<QAction *>(QStringLiteral("copyChartAction"));
    QVERIFY(copyChart);
    QCOMPARE(copyChart->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    QApplication::clipboard()->clear();
    copyChart->trigger();
    const QMimeData *data = QApplication::clipboard()->mimeData();
    QVERIFY(data);
    QVERIFY(data->hasImage());
    QVERIFY(data->formats().contains(QStringLiteral("image/png")));
    QVERIFY(data->data(QStringLiteral("image/svg+xml")).contains("<svg"));
    QImage image;
    QVERIFY(image.loadFromData(data->data(QStringLiteral("image/png")), "PNG"));
    QVERIFY(image.width() >= 640);
}

void TestMainWindow::languageSwitchesEverythingAndBack()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("chartTabs"));
    const QAbstractItemModel *table = m_table->model();
    auto snapshot = [&]() {
        QStringList texts;
        texts << m_window->windowTitle() << m_window->menuBar()->actions().constFirst()->text();
        for (int column = 0; column < table->columnCount(); ++column) {
            texts << table->headerData(column, Qt::Horizontal).toString();
            texts << table->index(0, column).data().toString();
        }
        texts << m_tree->model()->index(0, 0).data().toString();
        texts << m_timeline->chart()->title() << tabs->tabText(0);
        return texts;
    };
    // The charts are rebuilt on a worker after each change: wait for them too.
    QTRY_VERIFY(!m_status->text().isEmpty());
    QTRY_VERIFY(!m_timeline->chart()->title().isEmpty());
    const QStringList chinese = snapshot();
    const QString chineseStatus = m_status->text();
    QCOMPARE(chinese.at(0), QStringLiteral("中国开源生态报告浏览器"));

    m_window->setLanguage(ContentLanguage::English);
    QTRY_VERIFY(m_status->text() != chineseStatus);
    QTRY_VERIFY(m_timeline->chart()->title() != chinese.at(chinese.size() - 2));
    const QStringList english = snapshot();
    QCOMPARE(english.at(0), QStringLiteral("China Open Source Report Explorer"));
    for (int i = 0; i < chinese.size(); ++i)
        QVERIFY2(chinese.at(i) != english.at(i), qPrintable(QStringLiteral("unchanged: ") + english.at(i)));
    QVERIFY(m_status->text().contains(QStringLiteral("events")));

    m_window->setLanguage(ContentLanguage::Chinese);
    QTRY_COMPARE(m_status->text(), chineseStatus);
    QTRY_COMPARE(snapshot(), chinese);
}

void TestMainWindow::exportingAsksWithoutBlockingAndWritesOnAWorker()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QSettings().setValue(QStringLiteral("export/lastFolder"), folder.path());
    search(QStringLiteral("湖北"));
    const int shown = m_table->model()->rowCount();
    QSettings().remove(QStringLiteral("export/csvForExcel"));
    // Exports the table, answering the CSV dialog (for Excel or not) and then the file dialog.
    auto exportCsv = [&](const QString &name, std::optional<bool> forExcel) -> QByteArray {
        m_window->findChild<QAction *>(QStringLiteral("exportCsvAction"))->trigger();
        // trigger() came back: the dialogs run no event loop of their own.
        QDialog *options = nullptr;
        [&]() { QTRY_VERIFY((options = m_window->findChild<CsvExportDialog *>()) && options->isVisible()); }();
        auto *box = options ? options->findChild<QCheckBox *>(QStringLiteral("forExcelBox")) : nullptr;
        if (!box)
            return "no CSV dialog";
        if (forExcel)
            box->setChecked(*forExcel);
        const bool checked = box->isChecked();
        options->accept();
        QFileDialog *dialog = nullptr;
        [&]() { QTRY_VERIFY((dialog = m_window->findChild<QFileDialog *>()) && dialog->isVisible()); }();
        if (!dialog)
            return "no file dialog";
        const QString path = folder.filePath(name);
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
        [&]() { QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(name)); }();
        QFile csv(path);
        return csv.open(QIODevice::ReadOnly) ? (checked ? "checked:" : "unchecked:") + csv.readAll() : "no file";
    };
    // For Excel by default: the file starts with the UTF-8 byte order mark.
    const QByteArray excel = exportCsv(QStringLiteral("hubei.csv"), std::nullopt);
    QVERIFY2(excel.startsWith("checked:\xEF\xBB\xBF"), excel.left(40).constData());
    QCOMPARE(excel.count("\r\n"), shown + 1);
    // Turned off, it stays off the next time.
    const QByteArray plain = exportCsv(QStringLiteral("plain.csv"), false);
    QVERIFY2(plain.startsWith("unchecked:") && !plain.contains("\xEF\xBB\xBF"), plain.left(40).constData());
    QCOMPARE(exportCsv(QStringLiteral("again.csv"), std::nullopt).mid(int(qstrlen("unchecked:"))), excel.mid(11));
}

void TestMainWindow::copiedLinkExportsTheRowsShownAndReopens_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("inLink");
    QTest::newRow("edition") << QStringLiteral("edition") << QStringLiteral("edition=2016");
    QTest::newRow("q") << QStringLiteral("q") << QStringLiteral("q=%E8%BD%AF%E4%BB%B6");
    QTest::newRow("level") << QStringLiteral("level") << QStringLiteral("level=provincial");
    QTest::newRow("region") << QStringLiteral("region") << QStringLiteral("region=");
    QTest::newRow("years") << QStringLiteral("years") << QStringLiteral("years=2010-2015");
    QTest::newRow("sort") << QStringLiteral("sort") << QStringLiteral("sort=-text");
    QTest::newRow("lang") << QStringLiteral("lang") << QStringLiteral("lang=en");
    QTest::newRow("group") << QStringLiteral("group") << QStringLiteral("group=flat");
    QTest::newRow("lanes") << QStringLiteral("lanes") << QStringLiteral("lanes=region");
    QTest::newRow("event") << QStringLiteral("event") << QStringLiteral("event=");
    QTest::newRow("alliance") << QStringLiteral("alliance") << QStringLiteral("alliance=");
    QTest::newRow("detail") << QStringLiteral("detail") << QStringLiteral("detail=alliance");
    QTest::newRow("tab") << QStringLiteral("tab") << QStringLiteral("tab=per-year");
    QTest::newRow("everything") << QStringLiteral("everything") << QStringLiteral("lang=en&q=");
    // Another edition than the default, with an event and an alliance of it selected.
    QTest::newRow("edition 2015") << QStringLiteral("edition 2015") << QStringLiteral("edition=2015&");
    // Every edition, with a 2015 alliance: its slug names its edition too.
    QTest::newRow("all editions") << QStringLiteral("all editions") << QStringLiteral("edition=all&");
}

void TestMainWindow::chooseEdition(int edition)
{
    // As a person does: the switcher in the filter bar, by keyboard.
    auto *box = m_window->findChild<QComboBox *>(QStringLiteral("editionBox"));
    QVERIFY(box && box->isVisible());
    box->setFocus(Qt::TabFocusReason);
    for (int step = 0; step < box->count() && box->currentData().toInt() != edition; ++step)
        QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(m_session->edition(), edition);
}

void TestMainWindow::setUpView(const QString &key)
{
    const bool edition2015 = key == QLatin1String("edition 2015");
    const bool allEditions = key == QLatin1String("all editions");
    if (edition2015 || allEditions)
        chooseEdition(edition2015 ? 2015 : ReportContent::allEditions);
    if (allEditions) {
        m_window->findChild<QLineEdit *>(QStringLiteral("searchBox"))->setText(QStringLiteral("软件"));
        m_window->findChild<PolicyTableView *>(QStringLiteral("policyTable"))
            ->sortByColumn(PolicyTableModel::TextColumn, Qt::DescendingOrder);
    }
    const bool all = key == QLatin1String("everything");
    if (key == QLatin1String("q") || all)
        m_window->findChild<QLineEdit *>(QStringLiteral("searchBox"))->setText(QStringLiteral("软件"));
    if (key == QLatin1String("level"))
        m_window->findChild<QToolButton *>(QStringLiteral("provincialLevelButton"))->click();
    if (key == QLatin1String("region") || all)
        m_window->findChild<QComboBox *>(QStringLiteral("regionBox"))->setCurrentIndex(1);
    if (key == QLatin1String("years") || all) {
        m_window->findChild<QSpinBox *>(QStringLiteral("yearFromBox"))->setValue(2010);
        m_window->findChild<QSpinBox *>(QStringLiteral("yearToBox"))->setValue(2015);
    }
    if (key == QLatin1String("sort") || all)
        m_window->findChild<PolicyTableView *>(QStringLiteral("policyTable"))
            ->sortByColumn(PolicyTableModel::TextColumn, Qt::DescendingOrder);
    if (key == QLatin1String("lang") || all)
        m_window->findChild<QAction *>(QStringLiteral("englishAction"))->trigger();
    if (key == QLatin1String("group") || all)
        m_window->findChild<QComboBox *>(QStringLiteral("groupingBox"))->setCurrentIndex(2);
    if (key == QLatin1String("lanes") || all)
        m_window->findChild<QComboBox *>(QStringLiteral("laneModeBox"))->setCurrentIndex(1);
    if (key == QLatin1String("tab") || all)
        m_window->findChild<QTabWidget *>(QStringLiteral("chartTabs"))->setCurrentIndex(1);
    QTRY_VERIFY(m_session->search()->isIdle() && !m_session->policyProxy()->isSorting());
    if (key == QLatin1String("event") || key == QLatin1String("detail") || all || edition2015 || allEditions) {
        QVERIFY(m_session->policyProxy()->rowCount() > 1);
        m_window->findChild<PolicyTableView *>(QStringLiteral("policyTable"))->selectRow(1);
    }
    if (key == QLatin1String("alliance") || key == QLatin1String("detail") || all)
        m_coordinator->showAlliance(2);
    if (edition2015 || allEditions) {
        const QList<AllianceRecord> &alliances = m_session->content()->alliances;
        const auto of2015 = std::find_if(alliances.cbegin(), alliances.cend(),
                                         [](const AllianceRecord &alliance) { return alliance.edition == 2015; });
        QVERIFY(of2015 != alliances.cend());
        m_coordinator->showAlliance(int(of2015 - alliances.cbegin()) + 1);
        QCOMPARE(m_session->content()->alliances.at(m_coordinator->currentAlliance()).edition, 2015);
    }
}

QByteArray TestMainWindow::exportWithLink(const QString &link)
{
    const QTemporaryDir folder;
    const QString out = folder.filePath(QStringLiteral("out.csv"));
    QProcess explorer;
    explorer.start(QStringLiteral(REPORT_EXPLORER_PATH),
                   {QStringLiteral("--view"), link, QStringLiteral("--export-csv"), out});
    if (!explorer.waitForFinished(60000) || explorer.exitCode() != 0) {
        qWarning("%s", explorer.readAllStandardError().constData());
        return {};
    }
    QFile file(out);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestMainWindow::copiedLinkExportsTheRowsShownAndReopens()
{
    QFETCH(QString, key);
    QFETCH(QString, inLink);
    setUpView(key);
    if (QTest::currentTestFailed())
        return;
    m_window->findChild<QAction *>(QStringLiteral("copyLinkAction"))->trigger();
    const QString link = QGuiApplication::clipboard()->text();
    QVERIFY2(link.contains(inLink), qPrintable(link));
    // With every edition shown, a slug names its alliance only with the alliance's edition.
    QVERIFY2(key != QLatin1String("all editions") || link.contains(QStringLiteral("&alliance=2015.")),
             qPrintable(link));

    const QByteArray shown = CsvWriter::toCsv(*m_session->policyProxy(), ReportRoles::FullTextRole);
    QVERIFY(shown.count('\n') >= 2); // a header and at least one row
    QCOMPARE(exportWithLink(link), shown);

    // The same link, opened in the window after a reset to the defaults, brings it all back.
    const ViewState copied = m_coordinator->view();
    m_coordinator->openLink(QStringLiteral("report-explorer:view?v=1"));
    QTRY_VERIFY(m_session->search()->isIdle());
    QVERIFY(m_coordinator->view() != copied || key == QLatin1String("edition"));
    // A link without an edition shows the default one, whichever was shown.
    QCOMPARE(m_session->edition(), 2016);
    m_coordinator->openLink(link);
    QTRY_VERIFY(m_session->search()->isIdle() && !m_session->policyProxy()->isSorting());
    QVERIFY(m_coordinator->view() == copied);
    QCOMPARE(CsvWriter::toCsv(*m_session->policyProxy(), ReportRoles::FullTextRole), shown);
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("searchBox"))->text(), copied.searchText);
    QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("groupingBox"))->currentIndex(), int(copied.grouping));
    QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("laneModeBox"))->currentIndex(), int(copied.lanes));
    QCOMPARE(m_window->findChild<QTabWidget *>(QStringLiteral("chartTabs"))->currentIndex(), int(copied.chartTab));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("englishAction"))->isChecked(),
             copied.language == ContentLanguage::English);
    QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("editionBox"))->currentData().toInt(), copied.edition);
}

void TestMainWindow::viewsMenuSavesReopensAndDeletes()
{
    search(QStringLiteral("湖北"));
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("savedViewsMenu"));
    QVERIFY(menu);
    QVERIFY(m_window->menuBar()->actions().contains(menu->menuAction()));
    menu->findChild<QAction *>(QStringLiteral("saveViewAction"))->trigger();
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QInputDialog *>(QStringLiteral("viewNameDialog"))));
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    dialog->setTextValue(QStringLiteral("Hubei & co"));
    dialog->accept();
    QCOMPARE(SavedViews().names(), QStringList{QStringLiteral("Hubei & co")});

    m_searchBox->clear();
    QTRY_COMPARE(m_table->model()->rowCount(), 26);
    const auto named = [menu](const QString &text) -> QAction * {
        for (QAction *action : menu->actions()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    };
    QAction *open = named(QStringLiteral("Hubei && co")); // an '&' of the name is not a mnemonic
    QVERIFY(open);
    open->trigger();
    QTRY_COMPARE(m_table->model()->rowCount(), 3);
    QCOMPARE(m_searchBox->text(), QStringLiteral("湖北"));

    QMenu *remove = menu->findChild<QMenu *>(QStringLiteral("deleteViewMenu"));
    QVERIFY(remove);
    QCOMPARE(remove->actions().size(), 1);
    remove->actions().constFirst()->trigger();
    QVERIFY(SavedViews().names().isEmpty());
    QVERIFY(!named(QStringLiteral("Hubei && co")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

void TestMainWindow::loadingAReportKeepsTheWindowAnswering()
{
    // The loader blocks until the test lets it go: meanwhile the event loop runs, and the
    // window says it is loading.
    QSemaphore release;
    // Let the loader go whatever happens, or the window's pool would wait for it forever.
    const auto letGo = qScopeGuard([&release]() {
        if (release.available() == 0)
            release.release();
    });
    ReportContent smaller = *m_content;
    smaller.events.resize(3);
    // Its first records show meanwhile, and nothing of them can be exported.
    ReportContent preview = smaller;
    preview.events.resize(2);
    preview.preview = true;
    QSignalSpy failures(m_coordinator.get(), &ReportCoordinator::loadFailed);
    // Editions compared on a preview's records would differ where they do not: the comparison
    // waits for the whole report.
    auto *comparer = m_window->findChild<EditionComparer *>();
    QVERIFY(comparer);
    QSignalSpy compared(comparer, &EditionComparer::editionsChanged);
    m_coordinator->loadReport(
        [&release, smaller](QString *, const std::atomic_bool &) {
            release.acquire();
            return std::optional<ReportContent>(smaller);
        },
        {}, [preview](QString *, const std::atomic_bool &) { return std::optional<ReportContent>(preview); });
    QTRY_COMPARE(m_session->policyTable()->rowCount(), 2);
    QCOMPARE(compared.count(), 0);
    QVERIFY(m_status->text().contains(QStringLiteral("Loading")) || m_status->text().contains(QStringLiteral("加载")));
    QVERIFY(m_status->text().contains(QStringLiteral("2")));
    QList<QAction *> blocked;
    for (const char *name : {"openAction", "exportCsvAction", "exportChartAction", "exportDbAction",
                             "exportCitationsAction", "copyChartAction"}) {
        auto *action = m_window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action && !action->isEnabled(), name);
        blocked.append(action);
    }
    release.release();
    QTRY_COMPARE(m_session->policyTable()->rowCount(), 3);
    QCOMPARE(compared.count(), 1);
    for (const QAction *action : std::as_const(blocked))
        QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
    QCOMPARE(failures.count(), 0);
}

void TestMainWindow::aReportThatFailsToLoadLeavesTheShownOne()
{
    const int events = m_session->policyTable()->rowCount();
    QSignalSpy failures(m_coordinator.get(), &ReportCoordinator::loadFailed);
    m_coordinator->loadReport([](QString *error, const std::atomic_bool &) {
        *error = QStringLiteral("not a report");
        return std::optional<ReportContent>();
    });
    QTRY_COMPARE(failures.count(), 1);
    QCOMPARE(failures.at(0).at(0).toString(), QStringLiteral("not a report"));
    // Said in a dialog that leaves the window answering.
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("errorBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("not a report")));
    box->accept();
    QCOMPARE(m_session->policyTable()->rowCount(), events);
    QVERIFY(!m_status->text().contains(QStringLiteral("Loading"))
            && !m_status->text().contains(QStringLiteral("加载")));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("openAction"))->isEnabled());
}

void TestMainWindow::editionFacetNarrowsAllEditions()
{
    auto *facet = m_window->findChild<QComboBox *>(QStringLiteral("editionFacetBox"));
    QVERIFY(facet);
    QVERIFY(facet->isHidden());
    m_coordinator->setEdition(ReportContent::allEditions);
    QTRY_COMPARE(m_table->model()->rowCount(), 40);
    QVERIFY(facet->isVisible());
    QVERIFY(!facet->accessibleName().isEmpty());
    QVERIFY(!facet->accessibleDescription().isEmpty());
    QCOMPARE(facet->count(), 3);
    QVERIFY(facet->itemText(0).contains(QStringLiteral("40")));
    const int only2015 = facet->findData(2015);
    QVERIFY(facet->itemText(only2015).contains(QStringLiteral("14")));
    QVERIFY(facet->itemText(facet->findData(2016)).contains(QStringLiteral("26")));

    facet->setCurrentIndex(only2015);
    QCOMPARE(m_table->model()->rowCount(), 14);
    // The facet counts within the search.
    m_searchBox->setText(QStringLiteral("开源"));
    QTRY_VERIFY(m_table->model()->rowCount() < 14);
    QVERIFY(facet->itemText(facet->currentIndex()).contains(QString::number(m_table->model()->rowCount())));
    m_searchBox->clear();
    QTRY_COMPARE(m_table->model()->rowCount(), 14);

    m_window->findChild<QAction *>(QStringLiteral("clearFiltersAction"))->trigger();
    QCOMPARE(m_table->model()->rowCount(), 40);
    QCOMPARE(facet->currentIndex(), 0);

    facet->setCurrentIndex(facet->findData(2016));
    m_coordinator->setEdition(2015);
    QTRY_COMPARE(m_table->model()->rowCount(), 14);
    QVERIFY(facet->isHidden());
}

void TestMainWindow::timelineColoursEventsByChange()
{
    m_coordinator->setEdition(ReportContent::allEditions);
    QTRY_COMPARE(m_table->model()->rowCount(), 40);
    QTRY_VERIFY(m_timeline->markerCount() > 0);
    const auto legendEntries = [this]() {
        int shown = 0;
        for (QLegendMarker *marker : m_timeline->chart()->legend()->markers())
            shown += marker->isVisible() && marker->series()->isVisible() ? 1 : 0;
        return shown;
    };
    const int precisionEntries = legendEntries();
    const auto changeLegendEntries = [&]() { return legendEntries() - precisionEntries; };
    QCOMPARE(changeLegendEntries(), 0);
    const auto eventMarkers = [this]() {
        QList<const TimelineMarker *> markers;
        for (const QGraphicsItem *item : m_timeline->scene()->items()) {
            const auto *marker = qobject_cast<const TimelineMarker *>(item->toGraphicsObject());
            if (marker && marker->entry().eventRow >= 0)
                markers.append(marker);
        }
        return markers;
    };
    QVERIFY(!eventMarkers().isEmpty());

    m_window->findChild<QAction *>(QStringLiteral("colourByChangeAction"))->trigger();
    const QPalette colors = m_timeline->palette();
    const QColor added = PaletteColors::changeColor(colors, EditionMatcher::Change::Added);
    const QColor changed = PaletteColors::changeColor(colors, EditionMatcher::Change::Changed);
    const QColor unchanged = PaletteColors::changeColor(colors, EditionMatcher::Change::Unchanged);
    // The comparison runs on a worker the first time.
    QTRY_COMPARE(changeLegendEntries(), 4);
    QMap<QRgb, int> perColour;
    for (const TimelineMarker *marker : eventMarkers()) {
        const QColor colour = marker->color();
        ++perColour[colour.rgb()];
        // Only 2016 has new events; every one of 2015 is still there.
        if (colour == added)
            QCOMPARE(m_session->content()->events.at(marker->entry().eventRow).edition, 2016);
    }
    QVERIFY(perColour.value(added.rgb()) > 0);
    QCOMPARE(perColour.value(changed.rgb()), 2); // one reworded event, in both editions
    QVERIFY(perColour.value(unchanged.rgb()) > 0);
    QCOMPARE(perColour.size(), 3);

    m_window->findChild<QAction *>(QStringLiteral("colourByChangeAction"))->trigger();
    QCOMPARE(changeLegendEntries(), 0);
    for (const TimelineMarker *marker : eventMarkers()) {
        TimelineData::Entry sameLane;
        sameLane.lane = marker->entry().lane;
        QCOMPARE(marker->color(), m_timeline->markerColor(sameLane));
    }
}
