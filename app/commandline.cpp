#include "commandline.h"

#include <QCommandLineParser>

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void usageError(const QString &message)
{
    CommandLine::fail(message);
    std::exit(2);
}

// parse() and showHelpOrVersion() describe the same options.
void describeOptions(QCommandLineParser *parser)
{
    parser->setApplicationDescription(CommandLine::tr(
        "Explore the 2016 China Open Source Ecosystem Report's chapter on industry alliances and policy events."));
    parser->addHelpOption();
    parser->addVersionOption();
    parser->addOptions({
        {QStringLiteral("import"), CommandLine::tr("Build the report from another copy or edition of its markdown."),
         CommandLine::tr("FILE.md")},
        {QStringLiteral("db"), CommandLine::tr("Open an existing report database instead of the embedded one."),
         CommandLine::tr("FILE.sqlite")},
        {QStringLiteral("export-db"), CommandLine::tr("Write the database in use to PATH and exit."),
         CommandLine::tr("PATH")},
        {QStringLiteral("export-chart"),
         CommandLine::tr("Write the chart as PNG, SVG or PDF (chosen by the file name's ending) and exit."),
         CommandLine::tr("FILE")},
        {QStringLiteral("chart"), CommandLine::tr("Which chart --export-chart writes: timeline (default) or per-year."),
         CommandLine::tr("timeline|per-year")},
        {QStringLiteral("size"),
         CommandLine::tr("Size of the exported chart: in pixels (default 1920x1080) or for print, as 85mmx60mm."),
         CommandLine::tr("WxH")},
        {QStringLiteral("dpi"),
         CommandLine::tr("Resolution of the exported chart, recorded in the PNG (default 300 for a size in mm)."),
         CommandLine::tr("DPI")},
        {QStringLiteral("export-csv"),
         CommandLine::tr("Write the policy table, as shown, as CSV (RFC 4180, UTF-8) and exit."),
         CommandLine::tr("FILE")},
        {QStringLiteral("export-citations"),
         CommandLine::tr("Write citations of the records shown as CSL-JSON (.json) or BibTeX (.bib) and exit."),
         CommandLine::tr("FILE")},
        {QStringLiteral("csv-bom"),
         CommandLine::tr("Start the CSV with a UTF-8 byte order mark, so that Excel reads it as UTF-8.")},
        {QStringLiteral("filter"), CommandLine::tr("Filter the exports as the search box would."),
         CommandLine::tr("TEXT")},
        {QStringLiteral("lang"), CommandLine::tr("Language of the interface and the content: zh or en."),
         CommandLine::tr("zh|en")},
    });
}

} // namespace

int CommandLine::fail(const QString &message)
{
    std::fprintf(stderr, "report-explorer: %s\n", qUtf8Printable(message));
    return 1;
}

QStringList CommandLine::argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void CommandLine::showHelpOrVersion() const
{
    QCommandLineParser parser;
    describeOptions(&parser);
    parser.process(m_arguments);
    if (versionRequested)
        parser.showVersion();
    parser.showHelp(0);
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    describeOptions(&parser);
    if (!parser.parse(arguments))
        usageError(parser.errorText());
    CommandLine options;
    options.m_arguments = arguments;
    options.helpRequested = parser.isSet(QStringLiteral("help"));
    options.versionRequested = parser.isSet(QStringLiteral("version"));
    if (options.helpRequested || options.versionRequested)
        return options;
    if (!parser.positionalArguments().isEmpty())
        usageError(tr("unexpected argument “%1”; see --help").arg(parser.positionalArguments().constFirst()));

    for (const char *name : {"import", "db", "export-db", "export-chart", "export-csv", "export-citations"}) {
        const QString option = QString::fromLatin1(name);
        if (parser.isSet(option) && parser.value(option).trimmed().isEmpty())
            usageError(tr("--%1 needs a file name").arg(option));
    }
    options.importPath = parser.value(QStringLiteral("import"));
    options.databasePath = parser.value(QStringLiteral("db"));
    options.exportDatabasePath = parser.value(QStringLiteral("export-db"));
    options.exportChartPath = parser.value(QStringLiteral("export-chart"));
    options.exportCsvPath = parser.value(QStringLiteral("export-csv"));
    options.exportCitationsPath = parser.value(QStringLiteral("export-citations"));
    options.filter = parser.value(QStringLiteral("filter"));
    options.csvByteOrderMark = parser.isSet(QStringLiteral("csv-bom"));
    if (options.csvByteOrderMark && options.exportCsvPath.isEmpty())
        usageError(tr("--csv-bom goes with --export-csv"));
    if (!options.importPath.isEmpty() && !options.databasePath.isEmpty())
        usageError(tr("--import and --db cannot be used together"));

    if (parser.isSet(QStringLiteral("lang"))) {
        const QString language = parser.value(QStringLiteral("lang")).toLower();
        if (language == QLatin1String("zh"))
            options.language = ContentLanguage::Chinese;
        else if (language == QLatin1String("en"))
            options.language = ContentLanguage::English;
        else
            usageError(tr("--lang takes zh or en, not “%1”").arg(parser.value(QStringLiteral("lang"))));
    }
    const bool chartSet = parser.isSet(QStringLiteral("chart"));
    const bool sizeSet = parser.isSet(QStringLiteral("size"));
    const bool dpiSet = parser.isSet(QStringLiteral("dpi"));
    if ((chartSet || sizeSet || dpiSet) && options.exportChartPath.isEmpty())
        usageError(tr("--chart, --size and --dpi go with --export-chart"));
    if (parser.isSet(QStringLiteral("filter")) && options.exportChartPath.isEmpty() && options.exportCsvPath.isEmpty()
        && options.exportCitationsPath.isEmpty())
        usageError(tr("--filter goes with --export-chart, --export-csv or --export-citations"));
    if (chartSet) {
        const QString chart = parser.value(QStringLiteral("chart"));
        if (chart == QLatin1String("timeline"))
            options.chart = Chart::Timeline;
        else if (chart == QLatin1String("per-year"))
            options.chart = Chart::PerYear;
        else
            usageError(tr("--chart takes timeline or per-year, not “%1”").arg(chart));
    }
    std::optional<int> dotsPerInch;
    if (dpiSet) {
        bool ok = false;
        dotsPerInch = parser.value(QStringLiteral("dpi")).toInt(&ok);
        if (!ok)
            usageError(tr("--dpi takes a number, e.g. 300"));
    }
    if (sizeSet || dpiSet) {
        QString error;
        const std::optional<ChartExportSize> size = ChartExportSize::parse(
            sizeSet ? parser.value(QStringLiteral("size")) : QStringLiteral("1920x1080"), dotsPerInch, &error);
        if (!size)
            usageError(QStringLiteral("--size, --dpi: %1").arg(error));
        options.chartSize = *size;
    }
    return options;
}
