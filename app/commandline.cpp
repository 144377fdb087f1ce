#include "commandline.h"

#include "reportcontent.h"
#include "viewlink.h"

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
        {QStringLiteral("size"),
         CommandLine::tr("Size of the exported chart: in pixels (default 1920x1080) or for print, as 85mmx60mm."),
         CommandLine::tr("WxH")},
        {QStringLiteral("theme"), CommandLine::tr("Colours of the exported chart: light (default) or dark."),
         CommandLine::tr("light|dark")},
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
        {QStringLiteral("compare"),
         CommandLine::tr("Compare two editions record by record (--compare 2015 2016 --export-csv FILE)."),
         CommandLine::tr("YEAR")},
        {QStringLiteral("lang"), CommandLine::tr("Language of the interface and the content: zh or en."),
         CommandLine::tr("zh|en")},
        {QStringLiteral("view"),
         CommandLine::tr("Open the view of a report-explorer: link, or export what it shows with the exports."),
         CommandLine::tr("URI")},
        {QStringLiteral("print-link"),
         CommandLine::tr(
             "Print the link to the view the other options describe (--filter, --edition, --lang, --view) and exit.")},
        {QStringLiteral("edition"),
         CommandLine::tr("Which edition the exports show: a year, or all (default: the first edition; "
                         "--export-db writes every edition)."),
         CommandLine::tr("YEAR|all")},
        {QStringLiteral("as-edition"),
         CommandLine::tr("Add the --import markdown as the edition of this year, beside the embedded ones."),
         CommandLine::tr("YEAR")},
    });
    parser->addPositionalArgument(QStringLiteral("link"), CommandLine::tr("A report-explorer: link to open."),
                                  QStringLiteral("[report-explorer:…]"));
}

} // namespace

int CommandLine::fail(const QString &message)
{
    std::fprintf(stderr, "report-explorer: %s\n", qUtf8Printable(message));
    return 1;
}

QStringList CommandLine::argumentsOf(int argc, char **argv)
{
    // The options QGuiApplication and QApplication take out of argv for themselves (Qt 6.4:
    // -platformtheme gtk3, -style Fusion, -reverse, …), written with one dash or two. They are
    // left for Qt, which the parser runs before, rather than refused as unknown.
    static const QStringList qtOptionsWithValue{QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
                                                QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
                                                QStringLiteral("qwindowgeometry"), QStringLiteral("geometry"),
                                                QStringLiteral("qwindowicon"),     QStringLiteral("qwindowtitle"),
                                                QStringLiteral("title"),           QStringLiteral("session"),
                                                QStringLiteral("display"),         QStringLiteral("style"),
                                                QStringLiteral("stylesheet"),      QStringLiteral("qmljsdebugger")};
    static const QStringList qtFlags{QStringLiteral("reverse"), QStringLiteral("testability"),
                                     QStringLiteral("widgetcount")};
    QStringList arguments;
    bool optionsEnded = false;
    for (int i = 0; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        optionsEnded = optionsEnded || argument == QLatin1String("--");
        const QString name = QString(argument).remove(QRegularExpression(QStringLiteral("^--?"))).section(u'=', 0, 0);
        const bool isOption = i > 0 && !optionsEnded && argument.startsWith(u'-');
        if (isOption && qtFlags.contains(name))
            continue;
        if (isOption && qtOptionsWithValue.contains(name)) {
            if (!argument.contains(u'='))
                ++i; // its value follows
            continue;
        }
        arguments << argument;
    }
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
        for (const QString &text : {parser.value(QStringLiteral("compare")), positional.takeFirst()}) {
            const std::optional<int> year = yearOf(text);
            if (!year)
                usageError(tr("--compare takes two years, not “%1”").arg(text));
            options.compareYears.append(*year);
        }
        if (!parser.isSet(QStringLiteral("export-csv")))
            usageError(tr("--compare goes with --export-csv"));
        for (const char *name : {"filter", "export-db", "export-chart", "edition", "view", "print-link"}) {
            if (parser.isSet(QString::fromLatin1(name)))
                usageError(tr("--compare writes the comparison alone; leave out --%1").arg(QString::fromLatin1(name)));
        }
    }
    for (const QString &argument : std::as_const(positional)) {
        if (positional.size() > 1 || !ViewLink::looksLikeLink(argument))
            usageError(tr("unexpected argument “%1”; see --help").arg(argument));
    }
    options.viewLink
        = parser.isSet(QStringLiteral("view")) ? parser.value(QStringLiteral("view")) : positional.value(0);
    if (parser.isSet(QStringLiteral("view")) && !positional.isEmpty())
        usageError(tr("give the link either with --view or on its own, not both"));
    options.printLink = parser.isSet(QStringLiteral("print-link"));

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
    if (parser.isSet(QStringLiteral("edition"))) {
        const QString edition = parser.value(QStringLiteral("edition"));
        if (!options.isHeadless())
            usageError(tr("--edition goes with an export or --print-link"));
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
    const bool dpiSet = parser.isSet(QStringLiteral("dpi"));
    if ((chartSet || sizeSet || dpiSet) && options.exportChartPath.isEmpty())
        usageError(tr("--chart, --size and --dpi go with --export-chart"));
    if (parser.isSet(QStringLiteral("filter")) && options.exportChartPath.isEmpty() && options.exportCsvPath.isEmpty()
        && options.exportCitationsPath.isEmpty() && !options.printLink)
        usageError(tr("--filter goes with --export-chart, --export-csv, --export-citations or --print-link"));
    if (parser.isSet(QStringLiteral("filter")) && !options.viewLink.isEmpty())
        usageError(tr("--filter and a view link cannot be used together: the link has its own search"));
    if (options.edition && !options.viewLink.isEmpty())
        usageError(tr("--edition and a view link cannot be used together: the link names its own edition"));
    if (options.printLink
        && (!options.exportDatabasePath.isEmpty() || !options.exportChartPath.isEmpty()
            || !options.exportCsvPath.isEmpty() || !options.exportCitationsPath.isEmpty()))
        usageError(tr("--print-link prints the link and exits; it does not go with an export"));
    options.chartGiven = chartSet;
    if (parser.isSet(QStringLiteral("theme"))) {
        const QString theme = parser.value(QStringLiteral("theme"));
        if (options.exportChartPath.isEmpty())
            usageError(tr("--theme goes with --export-chart"));
        else if (theme == QLatin1String("dark"))
            options.chartTheme = PaletteColors::Theme::Dark;
        else if (theme != QLatin1String("light"))
            usageError(tr("--theme takes light or dark, not “%1”").arg(theme));
    }
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
