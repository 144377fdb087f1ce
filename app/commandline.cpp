#include "commandline.h"

#include "reportcontent.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void usageError(const QString &message)
{
    CommandLine::fail(message);
    std::exit(2);
}

// An edition's year: four digits, as the editions' titles give it.
std::optional<int> yearOf(const QString &text)
{
    static const QRegularExpression year(QStringLiteral("^[0-9]{4}$"));
    if (!year.match(text).hasMatch() || text.toInt() == 0)
        return std::nullopt;
    return text.toInt();
}

// parse() and showHelpOrVersion() describe the same options.
void describeOptions(QCommandLineParser *parser)
{
    parser->setApplicationDescription(CommandLine::tr(
        "Explore the 2016 China Open Source Ecosystem Report's chapter on industry associations and policy events."));
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
        {QStringLiteral("size"), CommandLine::tr("Size of the exported chart in pixels (default 1920x1080)."),
         CommandLine::tr("WxH")},
        {QStringLiteral("export-csv"),
         CommandLine::tr("Write the policy table, as shown, as CSV (RFC 4180, UTF-8) and exit."),
         CommandLine::tr("FILE")},
        {QStringLiteral("filter"), CommandLine::tr("Filter the exports as the search box would."),
         CommandLine::tr("TEXT")},
        {QStringLiteral("compare"),
         CommandLine::tr("Compare two editions record by record (--compare 2015 2016 --export-csv FILE)."),
         CommandLine::tr("YEAR")},
        {QStringLiteral("lang"), CommandLine::tr("Language of the interface and the content: zh or en."),
         CommandLine::tr("zh|en")},
        {QStringLiteral("edition"),
         CommandLine::tr("Which edition the exports show: a year, or all (default: the first edition; "
                         "--export-db writes every edition)."),
         CommandLine::tr("YEAR|all")},
        {QStringLiteral("as-edition"),
         CommandLine::tr("Add the --import markdown as the edition of this year, beside the embedded ones."),
         CommandLine::tr("YEAR")},
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
    QStringList positional = parser.positionalArguments();
    // --compare takes two years; the option parser gives the second as a positional argument.
    if (parser.isSet(QStringLiteral("compare"))) {
        if (positional.isEmpty())
            usageError(tr("--compare takes two years, e.g. --compare 2015 2016"));
        options.compareYears = QStringList{parser.value(QStringLiteral("compare")), positional.takeFirst()};
        if (!parser.isSet(QStringLiteral("export-csv")))
            usageError(tr("--compare goes with --export-csv"));
        for (const char *name : {"import", "db", "filter", "export-db", "export-chart", "edition"}) {
            if (parser.isSet(QString::fromLatin1(name)))
                usageError(tr("--compare writes the comparison alone; leave out --%1").arg(QString::fromLatin1(name)));
        }
    }
    if (!positional.isEmpty())
        usageError(tr("unexpected argument “%1”; see --help").arg(positional.constFirst()));

    for (const char *name : {"import", "db", "export-db", "export-chart", "export-csv"}) {
        const QString option = QString::fromLatin1(name);
        if (parser.isSet(option) && parser.value(option).trimmed().isEmpty())
            usageError(tr("--%1 needs a file name").arg(option));
    }
    options.importPath = parser.value(QStringLiteral("import"));
    options.databasePath = parser.value(QStringLiteral("db"));
    options.exportDatabasePath = parser.value(QStringLiteral("export-db"));
    options.exportChartPath = parser.value(QStringLiteral("export-chart"));
    options.exportCsvPath = parser.value(QStringLiteral("export-csv"));
    options.filter = parser.value(QStringLiteral("filter"));
    if (!options.importPath.isEmpty() && !options.databasePath.isEmpty())
        usageError(tr("--import and --db cannot be used together"));
    if (parser.isSet(QStringLiteral("edition"))) {
        const QString edition = parser.value(QStringLiteral("edition"));
        if (!options.isHeadless())
            usageError(tr("--edition goes with --export-db, --export-csv or --export-chart"));
        if (edition == QLatin1String("all"))
            options.edition = ReportContent::allEditions;
        else if (const std::optional<int> year = yearOf(edition))
            options.edition = *year;
        else
            usageError(tr("--edition takes a year or all, not “%1”").arg(edition));
    }
    if (parser.isSet(QStringLiteral("as-edition"))) {
        if (options.importPath.isEmpty())
            usageError(tr("--as-edition goes with --import"));
        const std::optional<int> year = yearOf(parser.value(QStringLiteral("as-edition")));
        if (!year)
            usageError(tr("--as-edition takes a year, not “%1”").arg(parser.value(QStringLiteral("as-edition"))));
        options.importAsEdition = *year;
    }

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
    if ((chartSet || sizeSet) && options.exportChartPath.isEmpty())
        usageError(tr("--chart and --size go with --export-chart"));
    if (parser.isSet(QStringLiteral("filter")) && options.exportChartPath.isEmpty() && options.exportCsvPath.isEmpty())
        usageError(tr("--filter goes with --export-chart or --export-csv"));
    if (chartSet) {
        const QString chart = parser.value(QStringLiteral("chart"));
        if (chart == QLatin1String("timeline"))
            options.chart = Chart::Timeline;
        else if (chart == QLatin1String("per-year"))
            options.chart = Chart::PerYear;
        else
            usageError(tr("--chart takes timeline or per-year, not “%1”").arg(chart));
    }
    if (sizeSet) {
        static const QRegularExpression size(QStringLiteral("^([0-9]{1,6})[x×X]([0-9]{1,6})$"));
        const QRegularExpressionMatch match = size.match(parser.value(QStringLiteral("size")));
        if (!match.hasMatch())
            usageError(tr("--size takes WIDTHxHEIGHT in pixels, e.g. 1920x1080"));
        options.chartSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
        if (options.chartSize.width() < 64 || options.chartSize.height() < 64 || options.chartSize.width() > 16384
            || options.chartSize.height() > 16384)
            usageError(tr("--size must be between 64x64 and 16384x16384"));
    }
    return options;
}
