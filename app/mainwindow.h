#pragma once

#include "contentlanguage.h"
#include "reportsource.h"
#include "viewstate.h"

#include <QMainWindow>

#include <memory>

class EditionComparer;
class InterfaceLanguage;
class QLabel;
class ReportCoordinator;
class ReportSession;
class SearchBox;

namespace Ui {
class MainWindow;
}

// The explorer's window: alliance tree on the left, the policy table over the charts in the
// centre, details on the right, the search in the toolbar and the filters above the panes. It
// builds the widgets and connects them to the coordinator, which does the work; widgets,
// menus and actions are in mainwindow.ui, and what it keeps between runs in
// MainWindowSettings.
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

    // preview: what shows the report's first records while load reads it, if anything does.
    void openReport(const QString &caption, const QString &filter, const QString &errorTitle,
                    ReportSource::PathLoader load, ReportSource::PathLoader preview = nullptr);
    void copyCitation();
    void updateSummary();

    std::unique_ptr<Ui::MainWindow> ui;
    ReportCoordinator *m_coordinator;
    ReportSession *m_session;
    InterfaceLanguage *m_language;
    QString m_openErrorTitle; // of the File ▸ Open or Import in flight

    SearchBox *m_searchBox = nullptr;
    QLabel *m_status = nullptr;
    EditionComparer *m_comparer = nullptr;
};
