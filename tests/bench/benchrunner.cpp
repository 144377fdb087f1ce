#include "benchrunner.h"

#include "interactionbenchmark.h"
#include "procstatus.h"
#include "reportimporter.h"
#include "samples.h"
#include "sizebenchmark.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <cstdio>

namespace {

const QString chartPhases[] = {QStringLiteral("timeline"), QStringLiteral("export"), QStringLiteral("window")};

bool isChartPhase(const QString &phase)
{
    return std::find(std::begin(chartPhases), std::end(chartPhases), phase) != std::end(chartPhases);
}

// A phase is stopped only when it runs far beyond anything its target allows, so that one
// size cannot take the whole ten minutes. The chart phases draw every event of the size as a
// marker and are the ones expected to overrun at a million events; they get less.
qint64 phaseLimitMs(const QString &phase, qint64 events)
{
    const double millions = double(events) / 1e6;
    if (phase == QLatin1String("interactions"))
        return qint64(30000 + 150000 * millions); // 25 interactions, each waited for up to 5 s + 25 s per million
    return isChartPhase(phase) ? qint64(15000 + 45000 * millions) : qint64(30000 + 120000 * millions);
}

// Adds what from holds and into lacks; objects are merged key by key. The first value wins:
// a phase that runs again after a stopped one (load, session) keeps its first figures.
void merge(QJsonObject &into, const QJsonObject &from)
{
    for (auto it = from.begin(); it != from.end(); ++it) {
        if (!into.contains(it.key())) {
            into.insert(it.key(), it.value());
        } else if (into.value(it.key()).isObject() && it.value().isObject()) {
            QJsonObject merged = into.value(it.key()).toObject();
            merge(merged, it.value().toObject());
            into.insert(it.key(), merged);
        }
    }
}

// figures["a"]["b"]… as a number, or NaN when absent (a phase stopped or not run).
double number(const QJsonObject &figures, const QStringList &path)
{
    QJsonValue value = figures;
    for (const QString &key : path)
        value = value.toObject().value(key);
    return value.isDouble() ? value.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

QString formatted(double value)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    const double magnitude = std::abs(value);
    return QString::number(value, 'f', magnitude < 10 ? 2 : magnitude < 100 ? 1 : 0);
}

QJsonObject target(const QString &name, double limit, double measured, bool atMost, const QString &note = {})
{
    QJsonObject result{{QStringLiteral("target"), name}, {QStringLiteral("limit"), limit}};
    if (std::isnan(measured)) {
        result.insert(QStringLiteral("measured"), QJsonValue::Null);
        result.insert(QStringLiteral("met"), QJsonValue::Null);
    } else {
        result.insert(QStringLiteral("measured"), Samples::rounded(measured));
        result.insert(QStringLiteral("met"), atMost ? measured <= limit : measured >= limit);
    }
    if (!note.isEmpty())
        result.insert(QStringLiteral("note"), note);
    return result;
}

QString verdict(const QJsonObject &target)
{
    const QJsonValue met = target.value(QStringLiteral("met"));
    const QString measured = met.isNull() ? QStringLiteral("not measured")
                                          : formatted(target.value(QStringLiteral("measured")).toDouble());
    const QString mark = met.isNull() ? QStringLiteral("  ?  ")
        : met.toBool()                ? QStringLiteral(" met ")
                                      : QStringLiteral("MISSED");
    QString line
        = QStringLiteral("  [%1] %2: %3").arg(mark, target.value(QStringLiteral("target")).toString(), measured);
    if (target.contains(QStringLiteral("note")))
        line += QStringLiteral(" (%1)").arg(target.value(QStringLiteral("note")).toString());
    return line;
}

// The interactions arrive one at a time, keyed by name: in their order, with the figures the
// targets read.
QJsonObject summarizeInteractions(const QJsonObject &byName)
{
    QList<QJsonObject> entries;
    for (auto it = byName.begin(); it != byName.end(); ++it) {
        QJsonObject entry = it.value().toObject();
        entry.insert(QStringLiteral("name"), it.key());
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("order")).toInt() < b.value(QStringLiteral("order")).toInt();
    });
    QJsonArray list;
    QStringList failed;
    Samples results;
    double longestResult = 0;
    double longestStall = 0;
    for (QJsonObject entry : std::as_const(entries)) {
        entry.remove(QStringLiteral("order"));
        const QJsonValue result = entry.value(QStringLiteral("result_ms"));
        // The end of a result already on screen: listed, and its stalls count, but it is no
        // result of its own (InteractionBenchmark).
        const bool completion = entry.contains(QStringLiteral("completes"));
        if (!result.isDouble()) {
            failed.append(entry.value(QStringLiteral("name")).toString());
        } else if (!completion) {
            results.add(result.toDouble());
            longestResult = std::max(longestResult, result.toDouble());
        }
        longestStall = std::max(longestStall, entry.value(QStringLiteral("max_stall_ms")).toDouble());
        list.append(entry);
    }
    QJsonObject summary{{QStringLiteral("list"), list},
                        {QStringLiteral("max_stall_ms"), Samples::rounded(longestStall)},
                        {QStringLiteral("failed"), QJsonArray::fromStringList(failed)}};
    if (results.count() > 0) {
        summary.insert(QStringLiteral("p95_result_ms"), Samples::rounded(results.p95()));
        summary.insert(QStringLiteral("max_result_ms"), Samples::rounded(longestResult));
    }
    return summary;
}

// A target on the interactions: missed whenever one never showed its result, and naming the
// slowest of them.
QJsonObject interactionTarget(const QString &name, double limit, const QJsonObject &interactions, const QString &figure,
                              const QString &perInteraction)
{
    QList<std::pair<double, QString>> over;
    qsizetype counted = 0;
    for (const QJsonValue &entry : interactions.value(QStringLiteral("list")).toArray()) {
        if (perInteraction == QLatin1String("result_ms") && entry.toObject().contains(QStringLiteral("completes")))
            continue;
        ++counted;
        const double value = entry.toObject().value(perInteraction).toDouble();
        if (value > limit)
            over.append({value, entry.toObject().value(QStringLiteral("name")).toString()});
    }
    std::sort(over.begin(), over.end(), std::greater<>());
    QStringList notes;
    if (!over.isEmpty()) {
        QStringList slowest;
        for (qsizetype i = 0; i < std::min<qsizetype>(over.size(), 4); ++i)
            slowest.append(QStringLiteral("%1 %2").arg(over.at(i).second, formatted(over.at(i).first)));
        notes.append(QStringLiteral("%1 of %2 over %3: %4%5")
                         .arg(over.size())
                         .arg(counted)
                         .arg(formatted(limit), slowest.join(QStringLiteral(", ")),
                              over.size() > slowest.size() ? QStringLiteral(" …") : QString()));
    }
    const QStringList failed = interactions.value(QStringLiteral("failed")).toVariant().toStringList();
    if (!failed.isEmpty())
        notes.append(QStringLiteral("never shown: %1").arg(failed.join(QStringLiteral(", "))));
    const double measured = interactions.value(figure).isDouble() ? interactions.value(figure).toDouble()
                                                                  : std::numeric_limits<double>::quiet_NaN();
    QJsonObject result = target(name, limit, measured, true, notes.join(QStringLiteral("; ")));
    if (!failed.isEmpty())
        result.insert(QStringLiteral("met"), false);
    return result;
}

void print(const QString &text)
{
    std::fputs(qUtf8Printable(text + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace

BenchRunner::BenchRunner(const SyntheticReport &synthetic, const Options &options)
    : m_synthetic(synthetic)
    , m_options(options)
    , m_platform(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("(default)")))
{
}

QString BenchRunner::cachedDatabase(qint64 events) const
{
    return QDir(m_options.cacheDir)
        .filePath(QStringLiteral("report-%1-events-%2-alliances-seed-%3-v%4-%5.sqlite")
                      .arg(events)
                      .arg(SyntheticReport::defaultAllianceCount(events))
                      .arg(m_options.seed)
                      .arg(SyntheticReport::generatorVersion)
                      .arg(m_synthetic.sourceSha256().left(8)));
}

QProcessEnvironment BenchRunner::childEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The explorer reads and writes its settings (window geometry, language); a benchmark must
    // neither depend on nor change the user's.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_workDir.filePath(QStringLiteral("config")));
    return environment;
}

int BenchRunner::run()
{
    if (!m_workDir.isValid() || !QDir().mkpath(m_options.cacheDir)) {
        std::fprintf(stderr, "report-explorer-bench: cannot create a temporary folder or %s\n",
                     qPrintable(m_options.cacheDir));
        return 1;
    }
    QElapsedTimer total;
    total.start();
    m_importer = measureImporter();
    m_startupBare = measureStartup({}, QStringLiteral(BARE_WINDOW_PATH), 10000);
    m_startupBareText = measureStartup({QStringLiteral("--text")}, QStringLiteral(BARE_WINDOW_PATH), 10000);
    m_startupEmbedded = measureStartup({}, m_options.explorer, 10000);
    if (!m_options.json)
        printHeader();

    for (qint64 events : std::as_const(m_options.sizes)) {
        const int alliances = SyntheticReport::defaultAllianceCount(events);
        QJsonObject size{{QStringLiteral("events"), events},
                         {QStringLiteral("alliances"), alliances},
                         {QStringLiteral("seed"), QString::number(m_options.seed)},
                         {QStringLiteral("runs"), m_options.runs},
                         {QStringLiteral("platform"), m_platform}};
        const QString database = cachedDatabase(events);
        if (QFileInfo::exists(database)) {
            size.insert(QStringLiteral("generate_s"), QJsonValue::Null);
        } else {
            QElapsedTimer clock;
            clock.start();
            QString error;
            if (!m_synthetic.writeDatabase(database, events, alliances, m_options.seed, &error)) {
                std::fprintf(stderr, "report-explorer-bench: %s\n", qUtf8Printable(error));
                return 1;
            }
            size.insert(QStringLiteral("generate_s"), Samples::rounded(double(clock.elapsed()) / 1000));
        }
        size.insert(QStringLiteral("database"), database);
        size.insert(QStringLiteral("database_mb"), Samples::rounded(double(QFileInfo(database).size()) / 1e6));
        merge(size, measureSize(events, database));
        if (m_startupEmbedded.value(QStringLiteral("measured")).toBool()) {
            size.insert(QStringLiteral("startup_db"),
                        measureStartup({QStringLiteral("--db"), database}, m_options.explorer,
                                       int(phaseLimitMs(QStringLiteral("window"), events))));
        } else {
            size.insert(QStringLiteral("startup_db"),
                        QJsonObject{{QStringLiteral("measured"), false},
                                    {QStringLiteral("note"),
                                     QStringLiteral("not measured: start-up on the embedded report was not")}});
        }
        size.insert(QStringLiteral("targets"), targetsFor(size));
        size.insert(QStringLiteral("common"),
                    QJsonObject{{QStringLiteral("importer"), m_importer},
                                {QStringLiteral("startup_embedded"), m_startupEmbedded},
                                {QStringLiteral("startup_bare_window"), m_startupBare},
                                {QStringLiteral("startup_bare_window_text"), m_startupBareText},
                                {QStringLiteral("targets"), commonTargets()}});
        if (m_options.json)
            print(QString::fromUtf8(QJsonDocument(size).toJson(QJsonDocument::Compact)));
        else
            printSize(size);
    }
    if (!m_options.json)
        print(QStringLiteral("\nTotal time: %1 s").arg(formatted(double(total.elapsed()) / 1000)));
    return 0;
}

QJsonObject BenchRunner::measureSize(qint64 events, const QString &database)
{
    const QStringList prerequisites = SizeBenchmark::phases().mid(0, 2);
    QStringList pending = SizeBenchmark::phases().mid(2);
    QJsonObject figures;
    QJsonArray stopped;
    while (!pending.isEmpty()) {
        QProcess child;
        child.setProcessEnvironment(childEnvironment());
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--one-size"), QString::number(events), QStringLiteral("--db"), database,
                     QStringLiteral("--runs"), QString::number(m_options.runs), QStringLiteral("--work-dir"),
                     m_workDir.path(), QStringLiteral("--phases"), (prerequisites + pending).join(u',')});
        QString phase;
        QElapsedTimer phaseClock;
        bool overran = false;
        for (bool running = true; running;) {
            running = child.waitForReadyRead(100) || child.state() != QProcess::NotRunning;
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                if (line.startsWith("phase ")) {
                    phase = QString::fromUtf8(line.mid(6));
                    pending.removeOne(phase);
                    phaseClock.start();
                } else if (line.startsWith("figures ")) {
                    merge(figures, QJsonDocument::fromJson(line.mid(8)).object());
                }
            }
            if (running && phaseClock.isValid() && phaseClock.elapsed() > phaseLimitMs(phase, events)) {
                const std::optional<double> peak
                    = peakResidentMB(QStringLiteral("/proc/%1/status").arg(child.processId()));
                child.kill();
                child.waitForFinished();
                QJsonObject entry{{QStringLiteral("phase"), phase},
                                  {QStringLiteral("stopped_after_s"), double(phaseLimitMs(phase, events)) / 1000}};
                if (peak) {
                    entry.insert(QStringLiteral("peak_rss_mb"), Samples::rounded(*peak));
                    merge(figures, {{QStringLiteral("peak_rss_mb"), QJsonObject{{phase, Samples::rounded(*peak)}}}});
                }
                stopped.append(entry);
                overran = true;
                running = false;
            }
        }
        if (!overran && (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)) {
            stopped.append(
                QJsonObject{{QStringLiteral("phase"), phase},
                            {QStringLiteral("error"),
                             QStringLiteral("the child process failed (exit code %1)").arg(child.exitCode())}});
            if (prerequisites.contains(phase) || phase.isEmpty())
                break;
        }
        // The three chart phases all draw the whole size on the timeline: once one overruns,
        // the others would too, and only cost their time limit.
        if (overran && isChartPhase(phase)) {
            for (const QString &other : chartPhases) {
                if (pending.removeOne(other)) {
                    stopped.append(
                        QJsonObject{{QStringLiteral("phase"), other},
                                    {QStringLiteral("skipped_because"), QStringLiteral("%1 overran").arg(phase)}});
                }
            }
        }
        if (!overran && child.exitCode() == 0)
            break;
    }
    figures.insert(QStringLiteral("stopped"), stopped);
    if (figures.contains(QStringLiteral("interactions")))
        figures.insert(QStringLiteral("interactions"),
                       summarizeInteractions(figures.value(QStringLiteral("interactions")).toObject()));

    // The explorer's own peak is the highest before the usual approach builds its item model,
    // without the interactions, where the benchmark holds results of its own beside the
    // window's (their peak is reported per interaction).
    const QJsonObject peaks = figures.value(QStringLiteral("peak_rss_mb")).toObject();
    double appPeak = 0;
    for (auto it = peaks.begin(); it != peaks.end(); ++it) {
        if (it.key() != QLatin1String("usual") && it.key() != QLatin1String("interactions"))
            appPeak = std::max(appPeak, it.value().toDouble());
    }
    figures.insert(QStringLiteral("app_peak_rss_mb"), appPeak);

    // Ours against the usual approach and against an independent count, query by query.
    const QJsonArray ours
        = figures.value(QStringLiteral("search")).toObject().value(QStringLiteral("queries")).toArray();
    const QJsonArray usual
        = figures.value(QStringLiteral("usual")).toObject().value(QStringLiteral("queries")).toArray();
    const QJsonObject expected = figures.value(QStringLiteral("expected_rows")).toObject();
    QJsonArray comparison;
    double slowestRatio = std::numeric_limits<double>::quiet_NaN();
    for (qsizetype q = 0; q < ours.size(); ++q) {
        const QJsonObject mine = ours.at(q).toObject();
        const QString query = mine.value(QStringLiteral("query")).toString();
        QJsonObject row{{QStringLiteral("query"), query}, {QStringLiteral("rows"), mine.value(QStringLiteral("rows"))}};
        if (expected.contains(query)) {
            row.insert(QStringLiteral("expected_rows"), expected.value(query));
            row.insert(QStringLiteral("rows_ok"), expected.value(query) == mine.value(QStringLiteral("rows")));
        }
        if (q < usual.size()) {
            const QJsonObject theirs = usual.at(q).toObject();
            const double ratio = theirs.value(QStringLiteral("median_ms")).toDouble()
                / std::max(0.01, mine.value(QStringLiteral("median_ms")).toDouble());
            row.insert(QStringLiteral("usual_rows"), theirs.value(QStringLiteral("rows")));
            row.insert(QStringLiteral("ratio"), Samples::rounded(ratio));
            slowestRatio = std::isnan(slowestRatio) ? ratio : std::min(slowestRatio, ratio);
        }
        comparison.append(row);
    }
    const double overallRatio = number(figures, {QStringLiteral("usual"), QStringLiteral("median_ms")})
        / std::max(0.01, number(figures, {QStringLiteral("search"), QStringLiteral("median_ms")}));
    figures.insert(QStringLiteral("comparison"),
                   QJsonObject{{QStringLiteral("queries"), comparison},
                               {QStringLiteral("ratio_of_medians"),
                                std::isnan(overallRatio) ? QJsonValue() : QJsonValue(Samples::rounded(overallRatio))},
                               {QStringLiteral("smallest_ratio"),
                                std::isnan(slowestRatio) ? QJsonValue() : QJsonValue(Samples::rounded(slowestRatio))}});
    return figures;
}

QJsonObject BenchRunner::measureStartup(const QStringList &arguments, const QString &program, int timeoutMs) const
{
    QProcessEnvironment environment = childEnvironment();
    // The hook app/main.cpp is asked for: print "first-paint MS" once the window's first frame
    // is painted, then quit. bench-bare-window always does.
    environment.insert(QStringLiteral("REPORT_EXPLORER_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    Samples wall;
    Samples inProcess;
    QString failure;
    QElapsedTimer budget;
    budget.start();
    for (int run = 0; run < m_options.runs && (run == 0 || budget.elapsed() < 20000); ++run) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer clock;
        clock.start();
        process.start(program, arguments);
        bool painted = false;
        while (!painted && clock.elapsed() < timeoutMs) {
            if (!process.waitForReadyRead(int(std::max<qint64>(1, timeoutMs - clock.elapsed())))
                && process.state() == QProcess::NotRunning)
                break;
            while (process.canReadLine()) {
                const QByteArray line = process.readLine().trimmed();
                if (line.startsWith("first-paint ")) {
                    wall.add(double(clock.nsecsElapsed()) / 1e6);
                    inProcess.add(line.mid(12).toDouble());
                    painted = true;
                    break;
                }
            }
        }
        if (!painted) {
            failure = process.state() == QProcess::NotRunning
                ? QStringLiteral("exited (code %1) without printing first-paint").arg(process.exitCode())
                : QStringLiteral("no first-paint line within %1 s (a program without the "
                                 "REPORT_EXPLORER_EXIT_AFTER_FIRST_PAINT hook never prints one)")
                      .arg(timeoutMs / 1000);
        }
        if (!process.waitForFinished(5000)) {
            process.kill();
            process.waitForFinished();
        }
        if (!painted)
            break;
    }
    QJsonObject result{{QStringLiteral("program"), QFileInfo(program).fileName()},
                       {QStringLiteral("arguments"), QJsonArray::fromStringList(arguments)},
                       {QStringLiteral("measured"), failure.isEmpty()}};
    if (failure.isEmpty()) {
        result.insert(QStringLiteral("wall"), wall.toJson());
        result.insert(QStringLiteral("in_process"), inProcess.toJson());
    } else {
        result.insert(QStringLiteral("note"), QStringLiteral("not measured: %1").arg(failure));
    }
    return result;
}

QJsonObject BenchRunner::measureImporter() const
{
    const QByteArray markdown = m_synthetic.markdown(24'000'000);
    if (markdown.isEmpty())
        return {{QStringLiteral("error"), QStringLiteral("the report's markdown does not have the expected sections")}};
    Samples timings;
    QString error;
    qsizetype alliances = 0;
    qsizetype events = 0;
    QElapsedTimer budget;
    budget.start();
    for (int run = 0; run < m_options.runs && (run == 0 || budget.elapsed() < 20000); ++run) {
        ReportImporter::Error importError;
        QElapsedTimer clock;
        clock.start();
        const std::optional<ReportContent> content
            = ReportImporter::parse(markdown, QStringLiteral("synthetic.md"), &importError);
        timings.add(double(clock.nsecsElapsed()) / 1e6);
        if (!content) {
            error = importError.toString();
            break;
        }
        alliances = content->alliances.size();
        events = content->events.size();
    }
    QJsonObject result = timings.toJson();
    result.insert(QStringLiteral("bytes"), markdown.size());
    result.insert(QStringLiteral("alliances"), alliances);
    result.insert(QStringLiteral("events"), events);
    if (!error.isEmpty())
        result.insert(QStringLiteral("error"), error);
    else
        result.insert(QStringLiteral("mb_per_s"),
                      Samples::rounded(double(markdown.size()) / 1e6 / (timings.median() / 1000)));
    return result;
}

QJsonObject BenchRunner::commonTargets() const
{
    const double bare = number(m_startupBare, {QStringLiteral("wall"), QStringLiteral("median_ms")});
    const double embedded = number(m_startupEmbedded, {QStringLiteral("wall"), QStringLiteral("median_ms")});
    return {{QStringLiteral("startup_embedded"),
             target(QStringLiteral("start-up to first paint on the embedded report ≤ 1.3× a bare QMainWindow (ratio)"),
                    1.3, embedded / bare, true,
                    QStringLiteral("%1 ms against %2 ms, %3").arg(formatted(embedded), formatted(bare), m_platform))},
            {QStringLiteral("importer"),
             target(QStringLiteral("importer ≥ 20 MB/s of report markdown"), 20,
                    number(m_importer, {QStringLiteral("mb_per_s")}), false)}};
}

QJsonObject BenchRunner::targetsFor(const QJsonObject &size) const
{
    QJsonObject targets;
    const qint64 events = size.value(QStringLiteral("events")).toInteger();
    const QJsonObject interactions = size.value(QStringLiteral("interactions")).toObject();
    if (events == 100000) {
        targets.insert(QStringLiteral("search_p95"),
                       target(QStringLiteral("100 000 events: search p95 ≤ 16 ms"), 16,
                              number(size, {QStringLiteral("search"), QStringLiteral("p95_ms")}), true));
        targets.insert(
            QStringLiteral("search_ratio"),
            target(
                QStringLiteral("100 000 events: search ≥ 30× faster than the usual approach, every query"), 30,
                number(size, {QStringLiteral("comparison"), QStringLiteral("smallest_ratio")}), false,
                QStringLiteral("ratio of medians over all queries: %1")
                    .arg(formatted(number(size, {QStringLiteral("comparison"), QStringLiteral("ratio_of_medians")})))));
        targets.insert(
            QStringLiteral("sort"),
            target(QStringLiteral("100 000 events: sorting ≤ 50 ms (slowest of date/region, both orders, median)"), 50,
                   number(size, {QStringLiteral("sort"), QStringLiteral("slowest_median_ms")}), true));
        targets.insert(
            QStringLiteral("timeline"),
            target(QStringLiteral("100 000 events: timeline rebuild and render ≤ 50 ms (median)"), 50,
                   number(size, {QStringLiteral("timeline"), QStringLiteral("total"), QStringLiteral("median_ms")}),
                   true));
        targets.insert(
            QStringLiteral("startup_db"),
            target(QStringLiteral("100 000 events: start-up to first paint ≤ 300 ms"), 300,
                   number(size, {QStringLiteral("startup_db"), QStringLiteral("wall"), QStringLiteral("median_ms")}),
                   true));
        targets.insert(QStringLiteral("interactions_result"),
                       interactionTarget(QStringLiteral("100 000 events: every interaction's result on screen ≤ 50 ms"),
                                         50, interactions, QStringLiteral("max_result_ms"),
                                         QStringLiteral("result_ms")));
    } else if (events == 1000000) {
        targets.insert(
            QStringLiteral("typing_stall"),
            target(QStringLiteral("1 000 000 events: GUI thread never stalls > 50 ms while typing (session)"), 50,
                   number(size, {QStringLiteral("typing"), QStringLiteral("max_stall_ms")}), true));
        targets.insert(
            QStringLiteral("window_typing_stall"),
            target(QStringLiteral("1 000 000 events: … and in the main window"), 50,
                   number(size, {QStringLiteral("window"), QStringLiteral("typing"), QStringLiteral("max_stall_ms")}),
                   true));
        targets.insert(QStringLiteral("search_p95"),
                       target(QStringLiteral("1 000 000 events: search results ≤ 250 ms p95"), 250,
                              number(size, {QStringLiteral("search"), QStringLiteral("p95_ms")}), true));
        targets.insert(QStringLiteral("peak_rss"),
                       target(QStringLiteral("1 000 000 events: peak resident memory ≤ 500 MB"), 500,
                              number(size, {QStringLiteral("app_peak_rss_mb")}), true));
        targets.insert(
            QStringLiteral("interactions_stall"),
            interactionTarget(QStringLiteral("1 000 000 events: GUI thread never stalls > 50 ms in any interaction"),
                              50, interactions, QStringLiteral("max_stall_ms"), QStringLiteral("max_stall_ms")));
        targets.insert(QStringLiteral("interactions_result"),
                       interactionTarget(QStringLiteral("1 000 000 events: interaction results on screen ≤ 250 ms p95"),
                                         250, interactions, QStringLiteral("p95_result_ms"),
                                         QStringLiteral("result_ms")));
    }
    return targets;
}

void BenchRunner::printHeader() const
{
    print(QStringLiteral("report-explorer-bench · platform %1 · %2 runs · seed %3")
              .arg(m_platform)
              .arg(m_options.runs)
              .arg(m_options.seed));
    if (m_importer.contains(QStringLiteral("error"))) {
        print(QStringLiteral("importer: %1").arg(m_importer.value(QStringLiteral("error")).toString()));
    } else {
        print(QStringLiteral("importer: %1 MB of markdown (%2 alliances, %3 events) in %4 ms median → %5 MB/s")
                  .arg(formatted(m_importer.value(QStringLiteral("bytes")).toDouble() / 1e6))
                  .arg(m_importer.value(QStringLiteral("alliances")).toInt())
                  .arg(m_importer.value(QStringLiteral("events")).toInt())
                  .arg(formatted(m_importer.value(QStringLiteral("median_ms")).toDouble()),
                       formatted(m_importer.value(QStringLiteral("mb_per_s")).toDouble())));
    }
    for (const QJsonObject *startup : {&m_startupBare, &m_startupBareText, &m_startupEmbedded}) {
        QStringList command{startup->value(QStringLiteral("program")).toString()};
        command += startup->value(QStringLiteral("arguments")).toVariant().toStringList();
        const QString name = command.join(u' ');
        if (startup->value(QStringLiteral("measured")).toBool()) {
            print(QStringLiteral("start-up to first paint, %1: %2 ms median, %3 ms p95 (wall, from QProcess::start)")
                      .arg(name, formatted(number(*startup, {QStringLiteral("wall"), QStringLiteral("median_ms")})),
                           formatted(number(*startup, {QStringLiteral("wall"), QStringLiteral("p95_ms")}))));
        } else {
            print(QStringLiteral("start-up to first paint, %1: %2")
                      .arg(name, startup->value(QStringLiteral("note")).toString()));
        }
    }
    const QJsonObject common = commonTargets();
    for (auto it = common.begin(); it != common.end(); ++it)
        print(verdict(it.value().toObject()));
}

void BenchRunner::printSize(const QJsonObject &size) const
{
    auto value = [&size](std::initializer_list<const char *> path) {
        QStringList keys;
        for (const char *key : path)
            keys.append(QString::fromLatin1(key));
        return formatted(number(size, keys));
    };
    print(QStringLiteral("\n== %1 events, %2 alliances · database %3 MB%4 ==")
              .arg(size.value(QStringLiteral("events")).toInteger())
              .arg(size.value(QStringLiteral("alliances")).toInt())
              .arg(value({"database_mb"}),
                   size.value(QStringLiteral("generate_s")).isNull()
                       ? QStringLiteral(", cached")
                       : QStringLiteral(", generated in %1 s").arg(value({"generate_s"}))));
    print(QStringLiteral("load %1 ms · setContent %2 ms · first search after it (waits for the index) %3 ms · peak RSS "
                         "%4 MB after loading, %5 MB for the explorer, %6 MB with the usual approach's model")
              .arg(value({"load_ms"}), value({"set_content_ms"}), value({"first_search_ms"}),
                   value({"peak_rss_mb", "load"}), value({"app_peak_rss_mb"}), value({"peak_rss_mb", "usual"})));

    print(QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
              .arg(QStringLiteral("query"), -14)
              .arg(QStringLiteral("rows"), 9)
              .arg(QStringLiteral("expected"), 9)
              .arg(QStringLiteral("ours p50/p95 ms"), 18)
              .arg(QStringLiteral("usual rows"), 11)
              .arg(QStringLiteral("usual p50/p95 ms"), 18)
              .arg(QStringLiteral("usual/ours"), 11));
    const QJsonArray ours = size.value(QStringLiteral("search")).toObject().value(QStringLiteral("queries")).toArray();
    const QJsonArray usual = size.value(QStringLiteral("usual")).toObject().value(QStringLiteral("queries")).toArray();
    const QJsonArray comparison
        = size.value(QStringLiteral("comparison")).toObject().value(QStringLiteral("queries")).toArray();
    for (qsizetype q = 0; q < ours.size(); ++q) {
        const QJsonObject mine = ours.at(q).toObject();
        const QJsonObject theirs = usual.at(q).toObject();
        const QJsonObject compared = comparison.at(q).toObject();
        const QString query = mine.value(QStringLiteral("query")).toString();
        const QJsonValue expected = compared.value(QStringLiteral("expected_rows"));
        print(QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                  .arg(query.isEmpty() ? QStringLiteral("(cleared)") : QStringLiteral("“%1”").arg(query), -14)
                  .arg(mine.value(QStringLiteral("rows")).toInt(), 9)
                  .arg(expected.isUndefined() ? QStringLiteral("–")
                                              : QString::number(expected.toInt())
                               + (compared.value(QStringLiteral("rows_ok")).toBool() ? QString() : QStringLiteral("!")),
                       9)
                  .arg(formatted(mine.value(QStringLiteral("median_ms")).toDouble()) + QStringLiteral(" / ")
                           + formatted(mine.value(QStringLiteral("p95_ms")).toDouble()),
                       18)
                  .arg(theirs.isEmpty() ? QStringLiteral("–")
                                        : QString::number(theirs.value(QStringLiteral("rows")).toInt()),
                       11)
                  .arg(theirs.isEmpty() ? QStringLiteral("–")
                                        : formatted(theirs.value(QStringLiteral("median_ms")).toDouble())
                               + QStringLiteral(" / ") + formatted(theirs.value(QStringLiteral("p95_ms")).toDouble()),
                       18)
                  .arg(compared.contains(QStringLiteral("ratio"))
                           ? formatted(compared.value(QStringLiteral("ratio")).toDouble()) + QStringLiteral("×")
                           : QStringLiteral("–"),
                       11));
    }
    print(QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
              .arg(QStringLiteral("all queries"), -14)
              .arg(QString(), 9)
              .arg(QString(), 9)
              .arg(value({"search", "median_ms"}) + QStringLiteral(" / ") + value({"search", "p95_ms"}), 18)
              .arg(QString(), 11)
              .arg(value({"usual", "median_ms"}) + QStringLiteral(" / ") + value({"usual", "p95_ms"}), 18)
              .arg(value({"comparison", "ratio_of_medians"}) + QStringLiteral("×"), 11));
    auto samplesPerQuery = [](const QJsonArray &queries) {
        return queries.isEmpty() ? 0 : queries.at(0).toObject().value(QStringLiteral("samples")).toInt();
    };
    print(
        QStringLiteral("(samples per query: %1 ours, %2 usual; the usual approach built its model in %3 ms and matches "
                       "the Chinese display text only, each query as one string in one cell; \"!\" marks a row count "
                       "that differs from an independent count)")
            .arg(samplesPerQuery(ours))
            .arg(samplesPerQuery(usual))
            .arg(value({"usual", "build_ms"})));
    print(QStringLiteral("sort (median ms): date ↑ %1 · date ↓ %2 · region ↑ %3 · region ↓ %4")
              .arg(value({"sort", "date_asc", "median_ms"}), value({"sort", "date_desc", "median_ms"}),
                   value({"sort", "region_asc", "median_ms"}), value({"sort", "region_desc", "median_ms"})));
    print(QStringLiteral(
              "relations: index built in %1 ms median, %9 ms of processor time (+%2 MB resident, +%3 MB peak); "
              "widest answers %4 events of one alliance (%5) and %6 alliances of one event, looked up in %7 "
              "and %8 ms median")
              .arg(value({"relations", "build", "median_ms"}), value({"relations", "resident_growth_mb"}),
                   value({"relations", "peak_growth_mb"}), value({"relations", "most_events_of_an_alliance"}),
                   size.value(QStringLiteral("relations"))
                       .toObject()
                       .value(QStringLiteral("alliance_with_most_events"))
                       .toString(),
                   value({"relations", "most_alliances_of_an_event"}),
                   value({"relations", "lookup_alliance", "median_ms"}),
                   value({"relations", "lookup_event", "median_ms"}), value({"relations", "build_cpu", "median_ms"})));
    print(QStringLiteral(
              "timeline (%1 entries, 1200×700): rebuild %2 + setTimeline %3 + render %4 = %5 ms median (p95 %6)")
              .arg(value({"timeline", "entries"}), value({"timeline", "rebuild_data", "median_ms"}),
                   value({"timeline", "set_timeline", "median_ms"}), value({"timeline", "render", "median_ms"}),
                   value({"timeline", "total", "median_ms"}), value({"timeline", "total", "p95_ms"})));
    print(QStringLiteral("export 1920×1080 PNG: %1 ms median (the timeline filled in %2 ms first)")
              .arg(value({"export_png", "median_ms"}), value({"export_png", "fill_timeline_ms"})));
    print(QStringLiteral("typing 开源软件 and erasing it, %1 ms a key: longest GUI stall %2 ms (session), %3 ms (main "
                         "window, opened in %4 ms); results %5 ms after the last key")
              .arg(SizeBenchmark::keystrokeIntervalMs)
              .arg(value({"typing", "max_stall_ms"}), value({"window", "typing", "max_stall_ms"}),
                   value({"window", "open_ms"}), value({"typing", "results_after_last_typed_key_ms"})));
    const QJsonArray interactions
        = size.value(QStringLiteral("interactions")).toObject().value(QStringLiteral("list")).toArray();
    if (!interactions.isEmpty()) {
        print(QStringLiteral(
                  "interactions in the main window (ms from the input to the paint that shows the result; longest "
                  "GUI stall until %1 ms after it):")
                  .arg(InteractionBenchmark::settleMs));
        QStringList cells;
        for (const QJsonValue &entry : interactions) {
            const QJsonObject interaction = entry.toObject();
            const QJsonValue result = interaction.value(QStringLiteral("result_ms"));
            cells.append(QStringLiteral("%1 %2 %3")
                             .arg(interaction.value(QStringLiteral("name")).toString(), -22)
                             .arg(result.isDouble() ? formatted(result.toDouble()) : QStringLiteral("—"), 7)
                             .arg(formatted(interaction.value(QStringLiteral("max_stall_ms")).toDouble()), 7));
        }
        // Two columns side by side keep the table short.
        const qsizetype half = (cells.size() + 1) / 2;
        print(QStringLiteral("  %1 %2 %3      %4 %5 %6")
                  .arg(QStringLiteral("interaction"), -22)
                  .arg(QStringLiteral("result"), 7)
                  .arg(QStringLiteral("stall"), 7)
                  .arg(QStringLiteral("interaction"), -22)
                  .arg(QStringLiteral("result"), 7)
                  .arg(QStringLiteral("stall"), 7));
        for (qsizetype i = 0; i < half; ++i)
            print(QStringLiteral("  %1      %2")
                      .arg(cells.at(i), i + half < cells.size() ? cells.at(i + half) : QString()));
        print(QStringLiteral("  all: p95 %1 ms, slowest %2 ms, longest stall %3 ms")
                  .arg(value({"interactions", "p95_result_ms"}), value({"interactions", "max_result_ms"}),
                       value({"interactions", "max_stall_ms"})));
        for (const QJsonValue &entry : interactions) {
            if (entry.toObject().contains(QStringLiteral("failure")))
                print(QStringLiteral("  %1: %2")
                          .arg(entry.toObject().value(QStringLiteral("name")).toString(),
                               entry.toObject().value(QStringLiteral("failure")).toString()));
        }
    }
    const QJsonObject startup = size.value(QStringLiteral("startup_db")).toObject();
    print(startup.value(QStringLiteral("measured")).toBool()
              ? QStringLiteral("start-up to first paint with --db: %1 ms median")
                    .arg(value({"startup_db", "wall", "median_ms"}))
              : QStringLiteral("start-up to first paint with --db: %1")
                    .arg(startup.value(QStringLiteral("note")).toString()));
    for (const QJsonValue &entry : size.value(QStringLiteral("stopped")).toArray()) {
        const QJsonObject stop = entry.toObject();
        const QString phase = stop.value(QStringLiteral("phase")).toString();
        if (stop.contains(QStringLiteral("stopped_after_s")))
            print(QStringLiteral("phase %1 stopped after its limit of %2 s")
                      .arg(phase, formatted(stop.value(QStringLiteral("stopped_after_s")).toDouble())));
        else if (stop.contains(QStringLiteral("skipped_because")))
            print(QStringLiteral("phase %1 skipped: %2")
                      .arg(phase, stop.value(QStringLiteral("skipped_because")).toString()));
        else
            print(QStringLiteral("phase %1: %2").arg(phase, stop.value(QStringLiteral("error")).toString()));
    }
    const QJsonObject targets = size.value(QStringLiteral("targets")).toObject();
    for (auto it = targets.begin(); it != targets.end(); ++it)
        print(verdict(it.value().toObject()));
}
