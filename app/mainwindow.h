#pragma once

#include "contentlanguage.h"
#include "reportcontent.h"
#include "viewstate.h"

#include <QFileDialog>
#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class CompareView;
class EditionComparer;
class FilterBar;
class InterfaceLanguage;
class PerYearChartView;
class QLabel;
class QLineEdit;
class QTabWidget;
class ReportCoordinator;
class ReportSession;
class SearchHighlightDelegate;
class TimelineChartView;

namespace Ui {
class MainWindow;
}

// The explorer's window: alliance tree on the left, the policy table over the charts in the
// centre, details on the right, the search in the toolbar and the filters above the panes. It builds the widgets and
// connects them to the coordinator, which does the work; menus and actions are in
// mainwindow.ui.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Opens in the session's language, which the interface should already be in;
    // setLanguage() switches both.
    MainWindow(ReportCoordinator *coordinator, InterfaceLanguage *language, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setLanguage(ContentLanguage language);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    enum ChartTab { TimelineTab, PerYearTab };

    void createToolBar();
    void setUpCentralWidgets();
    void connectActions();
    void connectCoordinator();
    // Links, saved views and their Views menu.
    void connectViews();
    void showView(const ViewState &view);
    void retranslateUi();
    void keepSelectionReadable();
    void orderTabs();
    void readSettings();
    void writeSettings() const;

    void openReport(const QString &caption, const QString &filter, const QString &errorTitle,
                    std::optional<ReportContent> (*load)(const QString &, QString *, const std::atomic_bool *));
    // Asks for a file in a window-modal dialog, then calls chosen with its path.
    void askForFile(QFileDialog::AcceptMode mode, const QString &caption, const QString &fileName,
                    const QString &filter, std::function<void(const QString &path)> chosen);
    void exportChart();
    void copyChart();
    void copyCitation();
    void ensureChartView(int tab);
    void updateSummary();
    // After the option, the comparison or the language changed, or the timeline was made.
    void colourTimelineByChange();
    void showError(const QString &title, const QString &message);

    std::unique_ptr<Ui::MainWindow> ui;
    ReportCoordinator *m_coordinator;
    ReportSession *m_session;
    InterfaceLanguage *m_language;
    QString m_openErrorTitle; // of the File ▸ Open or Import in flight

    QLineEdit *m_searchBox = nullptr;
    FilterBar *m_filterBar = nullptr;
    SearchHighlightDelegate *m_highlighter = nullptr;
    // Made by ensureChartView() when their tab is first shown with a report; null until then.
    TimelineChartView *m_timeline = nullptr;
    PerYearChartView *m_perYear = nullptr;
    QLabel *m_status = nullptr;
    // The report and the comparison of the built-in editions, as the window's two tabs.
    QTabWidget *m_modeTabs = nullptr;
    CompareView *m_compareView = nullptr;
    EditionComparer *m_comparer = nullptr;
};
