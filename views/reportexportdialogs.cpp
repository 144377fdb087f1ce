#include "reportexportdialogs.h"

#include "csvexportdialog.h"
#include "filechooser.h"
#include "reportcoordinator.h"

ReportExportDialogs::ReportExportDialogs(ReportCoordinator *coordinator, QWidget *window)
    : QObject(window)
    , m_coordinator(coordinator)
    , m_window(window)
{
}

void ReportExportDialogs::exportDatabase()
{
    FileChooser::ask(m_window, QFileDialog::AcceptSave, tr("Export Database"), QStringLiteral("report.sqlite"),
                     tr("SQLite databases (*.sqlite)"),
                     [this](const QString &path) { m_coordinator->exportDatabase(path); });
}

void ReportExportDialogs::exportTable()
{
    auto *dialog = new CsvExportDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        const CsvWriter::ByteOrderMark mark = dialog->byteOrderMark();
        FileChooser::ask(m_window, QFileDialog::AcceptSave, tr("Export Table as CSV"),
                         QStringLiteral("policy-events.csv"), tr("CSV files (*.csv)"),
                         [this, mark](const QString &path) { m_coordinator->exportCsv(path, mark); });
    });
    dialog->open();
}

void ReportExportDialogs::exportCitations()
{
    FileChooser::ask(m_window, QFileDialog::AcceptSave, tr("Export Citations"), QStringLiteral("citations.json"),
                     tr("CSL-JSON, for Zotero, Mendeley and pandoc (*.json);;BibTeX (*.bib)"),
                     [this](const QString &path) { m_coordinator->exportCitations(path); });
}
