#include "headlessexport.h"

#include "chartexporter.h"
#include "csvwriter.h"
#include "editioncomparison.h"
#include "editioncomparisonmodel.h"
#include "filewriter.h"
#include "interfacelanguage.h"
#include "policyfilterproxymodel.h"
#include "reportcharts.h"
#include "reportcitation.h"
#include "reportdatabase.h"
#include "reportroles.h"
#include "reportsearch.h"
#include "reportsession.h"
#include "viewlink.h"

#include <QChartView>

#include <cstdio>

int HeadlessExport::run(const CommandLine &options, ReportSession *session, InterfaceLanguage *language)
{
    if (!options.compareYears.isEmpty())
        return exportComparison(options, *session->allEditions());
    if (options.edition) {
        const QList<int> years = session->allEditions()->editionYears();
        if (*options.edition != ReportContent::allEditions && !years.contains(*options.edition)) {
            QStringList held;
            for (int year : years)
                held.append(QString::number(year));
            CommandLine::fail(tr("the report has no %1 edition; it holds %2")
                                  .arg(*options.edition)
                                  .arg(held.join(QStringLiteral(", "))));
            return 2;
        }
        session->setEdition(*options.edition);
    }
    ReportCharts::Chart chart = options.chart;
    // A link that cannot be opened fails the run before anything is written.
    ViewState view = session->view();
    if (!options.viewLink.isEmpty()) {
        QString error;
        const std::optional<ViewState> linked = ViewLink::parse(options.viewLink, *session->allEditions(), &error);
        if (!linked)
            return CommandLine::fail(tr("the view link cannot be opened: %1").arg(error));
        view = *linked;
        session->setEdition(view.edition);
        if (options.language)
            view.language = *options.language;
        language->apply(view.language);
        if (!options.chartGiven)
            chart = view.chartTab == ViewState::ChartTab::PerYear ? ReportCharts::Chart::PerYear
                                                                  : ReportCharts::Chart::Timeline;
    }
    if (!options.exportDatabasePath.isEmpty()) {
        QString error;
        // The database in use holds every edition, unless --edition chose one.
        const QSharedPointer<const ReportContent> content
            = options.edition ? session->content() : session->allEditions();
        if (!ReportDatabase::exportTo(*content, options.exportDatabasePath, &error))
            return CommandLine::fail(error);
    }
    if (!options.filter.isEmpty())
        view.searchText = options.filter;
    session->applyView(view, ReportSession::SearchTiming::Now);
    if (options.printLink) {
        std::printf("%s\n", qUtf8Printable(ViewLink::toString(view)));
        return 0;
    }
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
        const std::unique_ptr<QChartView> chartView
            = ReportCharts::viewForExport(chart, *session, view.lanes, options.chartTheme);
        QString error;
        if (!ChartExporter::exportChart(chartView.get(), options.exportChartPath, options.chartSize,
                                        ReportCharts::caption(*session), &error))
            return CommandLine::fail(error);
    }
    return 0;
}

int HeadlessExport::exportComparison(const CommandLine &options, const ReportContent &report)
{
    QString error;
    const std::optional<EditionComparison> comparison
        = EditionComparison::between(report, options.compareYears.at(0), options.compareYears.at(1), &error);
    if (!comparison)
        return CommandLine::fail(error);
    EditionComparisonModel model;
    model.setComparison(*comparison);
    if (!FileWriter::write(options.exportCsvPath, CsvWriter::toCsv(model, ReportRoles::ExportRole), &error))
        return CommandLine::fail(error);
    return 0;
}
