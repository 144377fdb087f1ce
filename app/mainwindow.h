#pragma once

#include "contentlanguage.h"
#include "reportcontent.h"
#include "timelinedata.h"

#include <QMainWindow>
#include <QSharedPointer>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class DetailPane;
class FilterBar;
class InterfaceLanguage;
class PerYearChartView;
class PolicyTableView;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTabWidget;
class QTimer;
class QToolBar;
class QToolButton;
class QTreeView;
class QVBoxLayout;
class ReportRelations;
class ReportSession;
class SearchHighlightDelegate;
class TimelineChartView;

// The explorer's window: alliance tree on the left, the policy table over the charts in the
// centre, details on the right, search and filters in the toolbar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Opens in the session's language, which the interface should already be in;
    // setLanguage() switches both.
    MainWindow(ReportSession *session, InterfaceLanguage *language, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads a report; returns nothing and says why in *error when it cannot.
    using ReportLoader = std::function<std::optional<ReportContent>(QString *error)>;

    void setReport(QSharedPointer<const ReportContent> content);
    // Runs load off the GUI thread, so that a large report never keeps the window from
    // answering, and shows its report; the window says it is loading until then. When it
    // fails, the report shown stays and onFailure is called with the reason.
    void loadReport(ReportLoader load, std::function<void(const QString &error)> onFailure);
    void setLanguage(ContentLanguage language);

    // Shows an error in a dialog; used for failures at start-up as well as later.
    void showError(const QString &title, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    enum ChartTab { TimelineTab, PerYearTab };

    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidgets();
    void connectModels();
    void retranslateUi();
    void readSettings();
    void writeSettings() const;

    void openDatabase();
    void importReport();
    // Asks for a file, loads it with load(), and shows it or says why not.
    void openReport(const QString &caption, const QString &filter, const QString &errorTitle,
                    std::optional<ReportContent> (*load)(const QString &, QString *));
    void showLoading(bool loading);
    void exportDatabase();
    void exportCsv();
    void exportChart();
    void about();

    void ensureChartView(int tab);
    void scheduleRefresh();
    void refreshViews();
    void updateStatus();
    void updateEmptyMessage();
    void onTableCurrentChanged();
    void restoreTableSelection();
    void onTreeCurrentChanged();
    void selectEventRow(int sourceRow);
    void selectAlliance(int allianceIndex);
    void showRelatedEvents(int allianceIndex);
    QString exportFolder() const;
    void rememberExportFolder(const QString &path);
    TimelineData::LaneMode laneMode() const;

    ReportSession *m_session;
    InterfaceLanguage *m_language;

    QLineEdit *m_searchBox = nullptr;
    FilterBar *m_filterBar = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_groupingLabel = nullptr;
    QComboBox *m_grouping = nullptr;
    QTreeView *m_tree = nullptr;
    PolicyTableView *m_table = nullptr;
    SearchHighlightDelegate *m_highlighter = nullptr;
    QTabWidget *m_chartTabs = nullptr;
    QVBoxLayout *m_timelineArea = nullptr;
    QVBoxLayout *m_perYearArea = nullptr;
    // Made by ensureChartView() when their tab is first shown with a report; null until then.
    TimelineChartView *m_timeline = nullptr;
    PerYearChartView *m_perYear = nullptr;
    TimelineData m_chartData; // the latest built, for a chart view made after it
    QLabel *m_laneLabel = nullptr;
    QComboBox *m_laneMode = nullptr;
    QToolButton *m_resetZoom = nullptr;
    DetailPane *m_detail = nullptr;
    std::shared_ptr<const ReportRelations> m_relations; // of the report shown
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_centreSplitter = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_refreshTimer = nullptr;
    bool m_loading = false;
    bool m_hasReport = false; // set by setReport(): before it there is nothing to chart
    // The newest chart refresh; a worker job of an older one skips its work. Declared before
    // the pool, whose destructor waits for the jobs that read it.
    std::atomic<quint64> m_chartGeneration = 0;
    // Chart data is built on a pool of its own: the global pool must stay free, since Qt's
    // raster engine (Qt 6.4) splits large fills over it and waits for them while painting.
    QThreadPool m_chartPool;
    QThreadPool m_loadPool; // apart from the charts, so a refresh never waits for a load
    int m_currentEventId = 0; // kept across proxy resets, which clear the view's selection

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportDbAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_exportChartAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_clearSearchAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_resetZoomAction = nullptr;
    QAction *m_chineseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_toggleLanguageAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};
