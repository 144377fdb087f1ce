#include "headlessexport.h"

#include "chartexporter.h"
#include "csvwriter.h"
#include "filewriter.h"
#include "policyfilterproxymodel.h"
#include "reportcharts.h"
#include "reportcitation.h"
#include "reportdatabase.h"
#include "reportroles.h"
#include "reportsearch.h"
#include "reportsession.h"

#include <QChartView>

int HeadlessExport::run(const CommandLine &options, ReportSession *session)
{
    if (!options.exportDatabasePath.isEmpty()) {
        QString error;
        if (!ReportDatabase::exportTo(*session->content(), options.exportDatabasePath, &error))
            return CommandLine::fail(error);
    }
    if (!options.filter.isEmpty())
        session->search()->applyQueryTextNow(options.filter);
    if (!options.exportCsvPath.isEmpty()) {
        QString error;
        const auto mark = options.csvByteOrderMark ? CsvWriter::ByteOrderMark::With : CsvWriter::ByteOrderMark::Without;
        if (!FileWriter::write(options.exportCsvPath,
                               CsvWriter::toCsv(*session->policyProxy(), ReportRoles::FullTextRole, mark), &error))
            return CommandLine::fail(error);
    }
    if (!options.exportCitationsPath.isEmpty()) {
        const std::optional<ReportCitation::Format> format = ReportCitation::formatForPath(options.exportCitationsPath);
        if (!format)
            return CommandLine::fail(tr("“%1”: the citations file name must end in .json (CSL-JSON) or .bib (BibTeX)")
                                         .arg(options.exportCitationsPath));
        QString error;
        if (!FileWriter::write(
                options.exportCitationsPath,
                ReportCitation::file(*session->content(), session->shownRecords(), *format, QDate::currentDate()),
                &error))
            return CommandLine::fail(error);
    }
    if (!options.exportChartPath.isEmpty()) {
        if (!ChartExporter::formatForPath(options.exportChartPath))
            return CommandLine::fail(
                tr("“%1”: the chart file name must end in .png, .svg or .pdf").arg(options.exportChartPath));
        const std::unique_ptr<QChartView> view
            = ReportCharts::viewForExport(options.chart, *session, TimelineData::LaneMode::Level);
        QString error;
        if (!ChartExporter::exportChart(view.get(), options.exportChartPath, options.chartSize,
                                        ReportCharts::caption(*session), &error))
            return CommandLine::fail(error);
    }
    return 0;
}
