#include "benchrunner.h"
#include "sizebenchmark.h"
#include "syntheticreport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

namespace {

int fail(const QString &message, int status = 1)
{
    std::fprintf(stderr, "report-explorer-bench: %s\n", qUtf8Printable(message));
    return status;
}

// A positive whole number, or nullopt.
std::optional<qint64> positive(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && value > 0 ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    // Charts and windows are drawn offscreen where there is no display, as in CI.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("report-explorer-bench"));
    // The main window reads and writes QSettings under this name, never the explorer's.
    QApplication::setOrganizationName(QStringLiteral("ReportExplorerBench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Synthetic report databases and the performance benchmark of the China Open Source Report Explorer.\n\n"
        "  report-explorer-bench generate --events N [--alliances M] --out FILE.sqlite [--seed S]\n"
        "  report-explorer-bench [--json] [--sizes 1000,10000,100000,1000000] [--runs K]"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("generate, or nothing to run the benchmark"),
                                 QStringLiteral("[generate]"));
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("generate: policy events"),
                                          QStringLiteral("N"));
    const QCommandLineOption alliancesOption(QStringLiteral("alliances"),
                                             QStringLiteral("generate: alliances (default: events / 100, at least 8)"),
                                             QStringLiteral("M"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("generate: the database to write"),
                                       QStringLiteral("FILE.sqlite"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("seed of the generator (default %1)").arg(SyntheticReport::defaultSeed),
        QStringLiteral("S"), QString::number(SyntheticReport::defaultSeed));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("one JSON object per size instead of a table"));
    const QCommandLineOption sizesOption(QStringLiteral("sizes"), QStringLiteral("event counts to measure"),
                                         QStringLiteral("LIST"), QStringLiteral("1000,10000,100000,1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("repetitions of each measurement (default 5)"),
                                        QStringLiteral("K"), QStringLiteral("5"));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache-dir"), QStringLiteral("where generated databases are kept between runs"),
        QStringLiteral("DIR"), QDir(QDir::tempPath()).filePath(QStringLiteral("report-explorer-bench")));
    const QCommandLineOption explorerOption(
        QStringLiteral("explorer"),
        QStringLiteral("the report-explorer whose start-up is measured (default: the "
                       "one built with this benchmark)"),
        QStringLiteral("FILE"), QStringLiteral(REPORT_EXPLORER_PATH));
    // The child process that measures one size; started by the benchmark itself.
    QCommandLineOption oneSizeOption(QStringLiteral("one-size"), QStringLiteral("internal"), QStringLiteral("N"));
    QCommandLineOption databaseOption(QStringLiteral("db"), QStringLiteral("internal"), QStringLiteral("FILE"));
    QCommandLineOption phasesOption(QStringLiteral("phases"), QStringLiteral("internal"), QStringLiteral("LIST"));
    QCommandLineOption workDirOption(QStringLiteral("work-dir"), QStringLiteral("internal"), QStringLiteral("DIR"));
    for (QCommandLineOption *hidden : {&oneSizeOption, &databaseOption, &phasesOption, &workDirOption})
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({eventsOption, alliancesOption, outOption, seedOption, jsonOption, sizesOption, runsOption,
                       cacheOption, explorerOption, oneSizeOption, databaseOption, phasesOption, workDirOption});
    parser.process(app);

    const std::optional<qint64> runs = positive(parser.value(runsOption));
    bool seedOk = false;
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!runs || !seedOk)
        return fail(QStringLiteral("--runs takes a positive number and --seed a whole number"), 2);

    if (parser.isSet(oneSizeOption)) {
        SizeBenchmark benchmark(parser.value(databaseOption), int(*runs), QDir(parser.value(workDirOption)));
        return benchmark.run(parser.value(phasesOption).split(u',', Qt::SkipEmptyParts)) ? 0 : 1;
    }

    QString error;
    const std::optional<SyntheticReport> synthetic = SyntheticReport::fromEmbeddedReport(&error);
    if (!synthetic)
        return fail(error);

    const QStringList positional = parser.positionalArguments();
    if (positional == QStringList{QStringLiteral("generate")}) {
        const std::optional<qint64> events = positive(parser.value(eventsOption));
        if (!events || *events > std::numeric_limits<int>::max() || parser.value(outOption).isEmpty())
            return fail(QStringLiteral("generate needs --events N and --out FILE.sqlite"), 2);
        std::optional<qint64> alliances = SyntheticReport::defaultAllianceCount(*events);
        if (parser.isSet(alliancesOption))
            alliances = positive(parser.value(alliancesOption));
        if (!alliances || *alliances > std::numeric_limits<int>::max())
            return fail(QStringLiteral("--alliances takes a positive number"), 2);
        QElapsedTimer clock;
        clock.start();
        if (!synthetic->writeDatabase(parser.value(outOption), *events, int(*alliances), seed, &error))
            return fail(error);
        std::printf("%s: %lld events, %lld alliances, seed %llu, %.1f MB in %.1f s\n",
                    qUtf8Printable(parser.value(outOption)), *events, *alliances, seed,
                    double(QFileInfo(parser.value(outOption)).size()) / 1e6, double(clock.elapsed()) / 1000);
        return 0;
    }
    if (!positional.isEmpty())
        return fail(QStringLiteral("unknown command “%1”; see --help").arg(positional.join(u' ')), 2);

    BenchRunner::Options options;
    for (const QString &size : parser.value(sizesOption).split(u',', Qt::SkipEmptyParts)) {
        const std::optional<qint64> events = positive(size.trimmed());
        if (!events || *events > std::numeric_limits<int>::max())
            return fail(QStringLiteral("--sizes takes event counts separated by commas, not “%1”").arg(size), 2);
        options.sizes.append(*events);
    }
    options.runs = int(*runs);
    options.seed = seed;
    options.json = parser.isSet(jsonOption);
    options.cacheDir = parser.value(cacheOption);
    options.explorer = parser.value(explorerOption);
    BenchRunner runner(*synthetic, options);
    return runner.run();
}
