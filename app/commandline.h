#pragma once

#include "chartexportsize.h"
#include "contentlanguage.h"
#include "reportcharts.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

// The explorer's command line: what to open, what to export, in which language.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    using Chart = ReportCharts::Chart;

    QString importPath;
    QString databasePath;
    QString exportDatabasePath;
    QString exportChartPath;
    QString exportCsvPath;
    QString exportCitationsPath;
    Chart chart = Chart::Timeline;
    ChartExportSize chartSize = ChartExportSize(QSize(1920, 1080), 2.0);
    PaletteColors::Theme chartTheme = PaletteColors::Theme::Light;
    QString filter;
    bool csvByteOrderMark = false;
    // The edition the exports show: a year, or ReportContent::allEditions; unset, the report's
    // first edition (and every edition for --export-db).
    std::optional<int> edition;
    // With importPath: the year the imported markdown is added as, beside the embedded editions.
    int importAsEdition = 0;
    QList<int> compareYears; // --compare FROM TO: two editions of the report (--db, --import … --as-edition)
    // A view link (ViewLink), given with --view or as the only positional argument: the window
    // opens on it, or the exports show it.
    QString viewLink;
    bool printLink = false; // print the link of the view the options describe, and exit
    bool chartGiven = false; // --chart was given, over the chart tab of a view link
    std::optional<ContentLanguage> language;
    bool helpRequested = false;
    bool versionRequested = false;

    // Headless: the run exports and exits without opening a window.
    bool isHeadless() const
    {
        return !exportDatabasePath.isEmpty() || !exportChartPath.isEmpty() || !exportCsvPath.isEmpty()
            || !exportCitationsPath.isEmpty() || printLink;
    }

    // Needs no application object, so it runs before the GUI connects to a display: a usage
    // error exits with status 2 and one line on stderr, even on a machine with no display.
    static CommandLine parse(const QStringList &arguments);
    static QStringList argumentsOf(int argc, char **argv);
    // Prints the help or the version and exits; needs the application object.
    [[noreturn]] void showHelpOrVersion() const;

    bool needsDisplay() const { return !isHeadless() && !helpRequested && !versionRequested; }

    // Every command-line failure is one line on stderr, "report-explorer: MESSAGE". Returns the
    // exit status of a failed run, for main() to return.
    static int fail(const QString &message);

private:
    QStringList m_arguments;
};
