#include "headlessexport.h"

#include "chartexporter.h"
#include "csvwriter.h"
#include "editioncomparisonmodel.h"
#include "embeddededitions.h"
#include "filewriter.h"
#include "policyfilterproxymodel.h"
#include "reportcharts.h"
#include "reportdatabase.h"
#include "reportroles.h"
#include "reportsearch.h"
#include "reportsession.h"

#include <QChartView>

int HeadlessExport::run(const CommandLine &options, ReportSession *session)
{
    if (!options.compareYears.isEmpty())
        return exportComparison(options);
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
    if (!options.exportDatabasePath.isEmpty()) {
        QString error;
        // The database in use holds every edition, unless --edition chose one.
        const QSharedPointer<const ReportContent> content
            = options.edition ? session->content() : session->allEditions();
        if (!ReportDatabase::exportTo(*content, options.exportDatabasePath, &error))
            return CommandLine::fail(error);
    }
    if (!options.filter.isEmpty())
        session->search()->applyQueryTextNow(options.filter);
    if (!options.exportCsvPath.isEmpty()) {
        QString error;
        if (!FileWriter::write(options.exportCsvPath,
                               CsvWriter::toCsv(*session->policyProxy(), ReportRoles::FullTextRole), &error))
            return CommandLine::fail(error);
    }
    if (!options.exportChartPath.isEmpty()) {
        if (!ChartExporter::formatForPath(options.exportChartPath))
            return CommandLine::fail(
                tr("“%1”: the chart file name must end in .png, .svg or .pdf").arg(options.exportChartPath));
        const std::unique_ptr<QChartView> view
            = ReportCharts::viewForExport(options.chart, *session, TimelineData::LaneMode::Level);
        const qreal scale = options.chartSize.width() >= 1280 ? 2.0 : 1.0;
        QString error;
        if (!ChartExporter::exportChart(view.get(), options.exportChartPath, options.chartSize, scale,
                                        ReportCharts::caption(*session), &error))
            return CommandLine::fail(error);
    }
    return 0;
}

int HeadlessExport::exportComparison(const CommandLine &options)
{
    QString error;
    const std::optional<EditionComparison> comparison
        = EmbeddedEditions::compare(options.compareYears.at(0), options.compareYears.at(1), &error);
    if (!comparison)
        return CommandLine::fail(error);
    EditionComparisonModel model;
    model.setComparison(*comparison);
    if (!FileWriter::write(options.exportCsvPath, CsvWriter::toCsv(model, ReportRoles::ExportRole), &error))
        return CommandLine::fail(error);
    return 0;
}
