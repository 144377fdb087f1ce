#pragma once

#include <QObject>

class ReportCoordinator;
class QWidget;

// The File menu's exports of the report: each asks where to write (window-modal, in the folder
// of the last export) and has the coordinator write it on a worker, which then says how it went.
class ReportExportDialogs : public QObject
{
    Q_OBJECT

public:
    // The dialogs open over window, which also owns this.
    ReportExportDialogs(ReportCoordinator *coordinator, QWidget *window);

    void exportDatabase();
    // Asks first whether the CSV is for Excel (CsvExportDialog).
    void exportTable();
    void exportCitations();

private:
    ReportCoordinator *m_coordinator;
    QWidget *m_window;
};
