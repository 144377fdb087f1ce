#include "sizebenchmark.h"

#include "aliastable.h"

#include "benchwindow.h"
#include "chartexporter.h"
#include "eventtextreader.h"
#include "interactionbenchmark.h"
#include "interfacelanguage.h"
#include "policyfilterproxymodel.h"
#include "policytablemodel.h"
#include "procstatus.h"
#include "reportcharts.h"
#include "reportdatabase.h"
#include "reportrelations.h"
#include "reportsearch.h"
#include "reportsession.h"
#include "samples.h"
#include "stallmeter.h"
#include "timelinechartview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTimer>

#include <cstdio>
#include <functional>

#include <time.h>

namespace {

// Until the search text's results are published. The harness may wait; the explorer never does.
void waitForSearch(const ReportSession &session)
{
    while (!session.search()->isIdle())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents | QEventLoop::ExcludeUserInputEvents);
}

// A group of repetitions (all queries K times, all sorts K times …) starts no new repetition
// after this long, so that a million events fit the benchmark's ten minutes.
constexpr double repeatBudgetMs = 20000;

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// Types 开源软件 a character at a time, waits for its results, then erases it a character at a
// time, with keystrokeIntervalMs between keys, while measuring the longest GUI-thread stall.
// type() is what a keystroke does: set the session's search text, or the window's search box.
QJsonObject simulateTyping(ReportSearch *search, const std::function<void(const QString &)> &type)
{
    const QStringList typed
        = {QStringLiteral("开"), QStringLiteral("开源"), QStringLiteral("开源软"), QStringLiteral("开源软件")};
    const QStringList erased = {QStringLiteral("开源软"), QStringLiteral("开源"), QStringLiteral("开"), QString()};
    // A safety net only: the parent process enforces the real time limit.
    constexpr qint64 deadlineNs = 300'000'000'000;

    QEventLoop loop;
    StallMeter meter;
    QElapsedTimer clock;
    qint64 lastKeyAt = 0;
    qint64 resultsAt = -1;
    int published = 0;
    const QMetaObject::Connection results = QObject::connect(search, &ReportSearch::resultsChanged, &loop, [&]() {
        ++published;
        if (search->isIdle())
            resultsAt = clock.nsecsElapsed();
    });

    enum class Stage { Typing, WaitTyped, Erasing, WaitErased, Done } stage = Stage::Typing;
    qsizetype key = 0;
    double typedResultsMs = -1;
    double erasedResultsMs = -1;
    auto press = [&](const QString &text) {
        lastKeyAt = clock.nsecsElapsed();
        resultsAt = -1;
        type(text);
    };
    QTimer keyboard;
    keyboard.setInterval(SizeBenchmark::keystrokeIntervalMs);
    QObject::connect(&keyboard, &QTimer::timeout, &loop, [&]() {
        if (clock.nsecsElapsed() > deadlineNs) {
            loop.quit();
            return;
        }
        switch (stage) {
        case Stage::Typing:
            press(typed.at(key++));
            if (key == typed.size())
                stage = Stage::WaitTyped;
            break;
        case Stage::WaitTyped:
            if (search->isIdle() && resultsAt >= 0) {
                typedResultsMs = double(resultsAt - lastKeyAt) / 1e6;
                stage = Stage::Erasing;
                key = 0;
            }
            break;
        case Stage::Erasing:
            press(erased.at(key++));
            if (key == erased.size())
                stage = Stage::WaitErased;
            break;
        case Stage::WaitErased:
            if (search->isIdle() && resultsAt >= 0) {
                erasedResultsMs = double(resultsAt - lastKeyAt) / 1e6;
                stage = Stage::Done;
            }
            break;
        case Stage::Done:
            // One more interval has passed, so work queued by the last results (a window's
            // refresh) has run and been measured.
            loop.quit();
            break;
        }
    });
    clock.start();
    meter.start();
    keyboard.start();
    loop.exec();
    const double longestStall = meter.stop();
    QObject::disconnect(results);
    return {{QStringLiteral("max_stall_ms"), Samples::rounded(longestStall)},
            {QStringLiteral("keystrokes"), int(typed.size() + erased.size())},
            {QStringLiteral("keystroke_interval_ms"), SizeBenchmark::keystrokeIntervalMs},
            {QStringLiteral("results_after_last_typed_key_ms"), Samples::rounded(typedResultsMs)},
            {QStringLiteral("results_after_last_erased_key_ms"), Samples::rounded(erasedResultsMs)},
            {QStringLiteral("results_published"), published},
            {QStringLiteral("complete"), stage == Stage::Done}};
}

} // namespace

const QStringList &SizeBenchmark::phases()
{
    // The chart phases come late: at a million events they may overrun and be stopped, and
    // everything before them is measured by then. The usual approach comes last because its
    // item model would otherwise count in the explorer's peak memory.
    static const QStringList all = {QStringLiteral("load"),   QStringLiteral("session"),      QStringLiteral("search"),
                                    QStringLiteral("sort"),   QStringLiteral("relations"),    QStringLiteral("typing"),
                                    QStringLiteral("verify"), QStringLiteral("timeline"),     QStringLiteral("export"),
                                    QStringLiteral("window"), QStringLiteral("interactions"), QStringLiteral("usual")};
    return all;
}

const QStringList &SizeBenchmark::queries()
{
    // One and two Chinese characters, a Chinese phrase, English words, mixed, no match, two
    // short names that the alias table expands into every name of their ministry or office,
    // cleared.
    static const QStringList all = {QStringLiteral("省"),
                                    QStringLiteral("湖北"),
                                    QStringLiteral("开源软件"),
                                    QStringLiteral("Linux"),
                                    QStringLiteral("open source"),
                                    QStringLiteral("Linux 2004"),
                                    QStringLiteral("开源 Linux"),
                                    QStringLiteral("量子纠缠"),
                                    QStringLiteral("工信部"),
                                    QStringLiteral("国办"),
                                    QString()};
    return all;
}

SizeBenchmark::SizeBenchmark(const QString &databasePath, int runs, const QDir &workDir)
    : m_databasePath(databasePath)
    , m_runs(std::max(1, runs))
    , m_workDir(workDir)
    , m_language(std::make_unique<InterfaceLanguage>())
{
    // Chinese interface, as a Chinese user sees it: the level column of the usual approach's
    // table then holds the same words the window shows.
    m_language->apply(ContentLanguage::Chinese);
}

SizeBenchmark::~SizeBenchmark() = default;

template<typename Body>
void SizeBenchmark::repeat(double budgetMs, Body body) const
{
    QElapsedTimer clock;
    clock.start();
    for (int run = 0; run < m_runs && (run == 0 || msSince(clock) < budgetMs); ++run)
        body();
}

void SizeBenchmark::emitFigures(const QJsonObject &figures) const
{
    std::printf("figures %s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

void SizeBenchmark::emitPeakMemory(const QString &phase) const
{
    if (const std::optional<double> peak = peakResidentMB())
        emitFigures({{QStringLiteral("peak_rss_mb"), QJsonObject{{phase, Samples::rounded(*peak)}}}});
}

bool SizeBenchmark::run(const QStringList &phases)
{
    for (const QString &phase : phases) {
        std::printf("phase %s\n", qPrintable(phase));
        std::fflush(stdout);
        if (phase == QLatin1String("load")) {
            if (!load())
                return false;
        } else if (phase == QLatin1String("session")) {
            startSession();
        } else if (phase == QLatin1String("relations")) {
            relations(); // needs the content only
        } else if (!m_session) {
            std::fprintf(stderr, "report-explorer-bench: phase %s needs the load and session phases first\n",
                         qPrintable(phase));
            return false;
        } else if (phase == QLatin1String("search")) {
            search();
        } else if (phase == QLatin1String("sort")) {
            sort();

        } else if (phase == QLatin1String("timeline")) {
            timeline();
        } else if (phase == QLatin1String("export")) {
            exportPng();
        } else if (phase == QLatin1String("typing")) {
            typing();
        } else if (phase == QLatin1String("window")) {
            window();
        } else if (phase == QLatin1String("interactions")) {
            interactions();
        } else if (phase == QLatin1String("usual")) {
            usualApproach();
        } else if (phase == QLatin1String("verify")) {
            verify();
        } else {
            std::fprintf(stderr, "report-explorer-bench: no phase %s\n", qPrintable(phase));
            return false;
        }
        emitPeakMemory(phase);
    }
    return true;
}

bool SizeBenchmark::load()
{
    QString error;
    QElapsedTimer clock;
    clock.start();
    const std::optional<ReportContent> preview = ReportDatabase::loadFileStart(m_databasePath, {}, &error);
    const double previewMs = msSince(clock);
    clock.restart();
    std::optional<ReportContent> content = preview ? ReportDatabase::loadFile(m_databasePath, &error) : std::nullopt;
    const double loadMs = msSince(clock);
    if (!content) {
        std::fprintf(stderr, "report-explorer-bench: %s\n", qUtf8Printable(error));
        return false;
    }
    m_content = QSharedPointer<const ReportContent>::create(std::move(*content));
    emitFigures({{QStringLiteral("load_ms"), Samples::rounded(loadMs)},
                 {QStringLiteral("load_preview_ms"), Samples::rounded(previewMs)},
                 {QStringLiteral("events"), int(m_content->events.size())},
                 {QStringLiteral("alliances"), int(m_content->alliances.size())}});
    return true;
}

void SizeBenchmark::startSession()
{
    m_session = std::make_unique<ReportSession>();
    m_session->setLanguage(ContentLanguage::Chinese);
    QElapsedTimer clock;
    clock.start();
    m_session->setContent(m_content);
    const double setContentMs = msSince(clock);
    // The first query also builds the search index; a query that matches nothing keeps the
    // proxy's share of it small.
    clock.restart();
    m_session->setSearchText(queries().at(7));
    waitForSearch(*m_session);
    const double firstSearchMs = msSince(clock);
    m_session->setSearchText({});
    waitForSearch(*m_session);
    emitFigures({{QStringLiteral("set_content_ms"), Samples::rounded(setContentMs)},
                 {QStringLiteral("first_search_ms"), Samples::rounded(firstSearchMs)}});
}

void SizeBenchmark::search()
{
    QList<Samples> perQuery(queries().size());
    QList<int> rows(queries().size(), -1);
    bool consistent = true;
    repeat(repeatBudgetMs, [&]() {
        for (qsizetype q = 0; q < queries().size(); ++q) {
            QElapsedTimer clock;
            clock.start();
            m_session->setSearchText(queries().at(q));
            waitForSearch(*m_session);
            const int shown = m_session->policyProxy()->rowCount();
            perQuery[q].add(msSince(clock));
            consistent = consistent && (rows.at(q) < 0 || rows.at(q) == shown);
            rows[q] = shown;
        }
    });
    Samples all;
    QJsonArray details;
    for (qsizetype q = 0; q < queries().size(); ++q) {
        all.add(perQuery.at(q));
        QJsonObject query = perQuery.at(q).toJson();
        query.insert(QStringLiteral("query"), queries().at(q));
        query.insert(QStringLiteral("rows"), rows.at(q));
        details.append(query);
    }
    QJsonObject figures = all.toJson();
    figures.insert(QStringLiteral("queries"), details);
    figures.insert(QStringLiteral("rows_same_every_run"), consistent);
    emitFigures({{QStringLiteral("search"), figures}});
}

void SizeBenchmark::relations()
{
    const std::atomic_bool notCancelled = false;
    const std::optional<double> residentBefore = procStatusMB(QByteArrayLiteral("VmRSS"));
    const std::optional<double> peakBefore = peakResidentMB();
    // The processor time too: on a shared machine it moves far less than the wall time.
    auto threadCpuMs = []() {
        timespec time{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
        return double(time.tv_sec) * 1e3 + double(time.tv_nsec) / 1e6;
    };
    std::shared_ptr<const ReportRelations> relations;
    Samples build;
    Samples buildCpu;
    repeat(repeatBudgetMs, [&]() {
        relations.reset();
        QElapsedTimer clock;
        clock.start();
        const double cpuStart = threadCpuMs();
        relations = ReportRelations::build(m_content, notCancelled);
        buildCpu.add(threadCpuMs() - cpuStart);
        build.add(msSince(clock));
    });
    QJsonObject figures{{QStringLiteral("build"), build.toJson()}, {QStringLiteral("build_cpu"), buildCpu.toJson()}};
    if (const std::optional<double> resident = procStatusMB(QByteArrayLiteral("VmRSS")); resident && residentBefore)
        figures.insert(QStringLiteral("resident_growth_mb"), Samples::rounded(*resident - *residentBefore));
    if (const std::optional<double> peak = peakResidentMB(); peak && peakBefore)
        figures.insert(QStringLiteral("peak_growth_mb"), Samples::rounded(*peak - *peakBefore));

    // The largest answers a click can get, and how long they take to look up.
    int widestAlliance = 0;
    qsizetype mostEvents = -1;
    qint64 pairs = 0;
    for (int alliance = 0; alliance < m_content->alliances.size(); ++alliance) {
        const qsizetype events = relations->eventsOfAlliance(alliance).size();
        pairs += events;
        if (events > mostEvents) {
            mostEvents = events;
            widestAlliance = alliance;
        }
    }
    int widestEvent = 0;
    qsizetype mostAlliances = -1;
    for (int row = 0; row < m_content->events.size(); ++row) {
        const qsizetype alliances = relations->alliancesOfEvent(row).size();
        if (alliances > mostAlliances) {
            mostAlliances = alliances;
            widestEvent = row;
        }
    }
    Samples allianceLookup;
    Samples eventLookup;
    repeat(repeatBudgetMs, [&]() {
        QElapsedTimer clock;
        clock.start();
        relations->eventsOfAlliance(widestAlliance);
        allianceLookup.add(msSince(clock));
        clock.restart();
        relations->alliancesOfEvent(widestEvent);
        eventLookup.add(msSince(clock));
    });
    figures.insert(QStringLiteral("pairs"), double(pairs));
    figures.insert(QStringLiteral("most_events_of_an_alliance"), double(std::max<qsizetype>(mostEvents, 0)));
    if (!m_content->alliances.isEmpty())
        figures.insert(QStringLiteral("alliance_with_most_events"), m_content->alliances.at(widestAlliance).name.zh);
    figures.insert(QStringLiteral("most_alliances_of_an_event"), double(std::max<qsizetype>(mostAlliances, 0)));
    figures.insert(QStringLiteral("lookup_alliance"), allianceLookup.toJson());
    figures.insert(QStringLiteral("lookup_event"), eventLookup.toJson());
    emitFigures({{QStringLiteral("relations"), figures}});
}

void SizeBenchmark::sort()
{
    PolicyFilterProxyModel *proxy = m_session->policyProxy();
    struct Order
    {
        const char *name;
        int column;
        Qt::SortOrder order;
    };
    // Every step changes column or direction, so none is skipped as already in place.
    const Order orders[] = {{"date_desc", PolicyTableModel::DateColumn, Qt::DescendingOrder},
                            {"date_asc", PolicyTableModel::DateColumn, Qt::AscendingOrder},
                            {"region_asc", PolicyTableModel::RegionColumn, Qt::AscendingOrder},
                            {"region_desc", PolicyTableModel::RegionColumn, Qt::DescendingOrder}};
    QList<Samples> timings(std::size(orders));
    repeat(repeatBudgetMs, [&]() {
        for (qsizetype i = 0; i < timings.size(); ++i) {
            QElapsedTimer clock;
            clock.start();
            proxy->sort(orders[i].column, orders[i].order);
            timings[i].add(msSince(clock));
        }
    });
    proxy->sort(PolicyTableModel::DateColumn, Qt::AscendingOrder);
    QJsonObject figures;
    double slowest = 0;
    for (qsizetype i = 0; i < timings.size(); ++i) {
        figures.insert(QLatin1String(orders[i].name), timings.at(i).toJson());
        slowest = std::max(slowest, timings.at(i).median());
    }
    figures.insert(QStringLiteral("slowest_median_ms"), Samples::rounded(slowest));
    figures.insert(QStringLiteral("rows"), proxy->rowCount());
    emitFigures({{QStringLiteral("sort"), figures}});
}

void SizeBenchmark::timeline()
{
    TimelineChartView view;
    view.resize(1200, 700);
    view.setTitle(QStringLiteral("Open source policy events and alliance foundings in China"));
    view.setLegendTexts(QStringLiteral("Exact day"), QStringLiteral("Month"), QStringLiteral("Year"));
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    Samples rebuild, fill, render, total;
    qsizetype entries = 0;
    repeat(repeatBudgetMs, [&]() {
        QElapsedTimer clock;
        clock.start();
        const TimelineData data = ReportCharts::timeline(*m_session, TimelineData::LaneMode::Level);
        const double rebuildMs = msSince(clock);
        clock.restart();
        view.setUndatedNote(ReportCharts::undatedNote(data.undatedEvents));
        view.setTimeline(data);
        const double fillMs = msSince(clock);
        clock.restart();
        // Pending layout requests run first, as the event loop would run them before painting.
        QCoreApplication::processEvents();
        image.fill(Qt::white);
        QPainter painter(&image);
        view.render(&painter);
        painter.end();
        const double renderMs = msSince(clock);
        rebuild.add(rebuildMs);
        fill.add(fillMs);
        render.add(renderMs);
        total.add(rebuildMs + fillMs + renderMs);
        entries = data.entries.size();
    });
    emitFigures({{QStringLiteral("timeline"),
                  QJsonObject{{QStringLiteral("entries"), int(entries)},
                              {QStringLiteral("markers"), view.markerCount()},
                              {QStringLiteral("image"), QStringLiteral("%1x%2").arg(image.width()).arg(image.height())},
                              {QStringLiteral("rebuild_data"), rebuild.toJson()},
                              {QStringLiteral("set_timeline"), fill.toJson()},
                              {QStringLiteral("render"), render.toJson()},
                              {QStringLiteral("total"), total.toJson()}}}});
}

void SizeBenchmark::exportPng()
{
    TimelineChartView view;
    QElapsedTimer clock;
    clock.start();
    ReportCharts::fillTimeline(&view, ReportCharts::timeline(*m_session, TimelineData::LaneMode::Level));
    const double fillMs = msSince(clock);
    const QString path = m_workDir.filePath(QStringLiteral("timeline.png"));
    const QString caption = ReportCharts::caption(*m_session);
    Samples timings;
    QString error;
    repeat(repeatBudgetMs, [&]() {
        clock.restart();
        // 2× above 1280 pixels, as the command line's --export-chart does.
        if (!ChartExporter::exportChart(&view, path, ChartExportSize(QSize(1920, 1080), 2.0), caption, &error))
            std::fprintf(stderr, "report-explorer-bench: %s\n", qUtf8Printable(error));
        timings.add(msSince(clock));
    });
    QJsonObject figures = timings.toJson();
    figures.insert(QStringLiteral("fill_timeline_ms"), Samples::rounded(fillMs));
    figures.insert(QStringLiteral("bytes"), QFileInfo(path).size());
    if (!error.isEmpty())
        figures.insert(QStringLiteral("error"), error);
    QFile::remove(path);
    emitFigures({{QStringLiteral("export_png"), figures}});
}

void SizeBenchmark::typing()
{
    ReportSession *session = m_session.get();
    const QJsonObject figures
        = simulateTyping(session->search(), [session](const QString &text) { session->setSearchText(text); });
    emitFigures({{QStringLiteral("typing"), figures}});
}

void SizeBenchmark::window()
{
    // As at start-up: the window is built over an empty session, then given the report.
    m_session->setContent({});
    const std::unique_ptr<MainWindow> window = makeBenchWindow(m_session.get(), m_language.get());
    QElapsedTimer clock;
    clock.start();
    showInBenchWindow(window.get(), m_content);
    window->show();
    // The first pass paints the window; the second runs what the first posted (the views'
    // refresh on a zero timer), as an idle event loop would right after start-up.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    const double openMs = msSince(clock);
    auto *searchBox = window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    QJsonObject figures{{QStringLiteral("open_ms"), Samples::rounded(openMs)}};
    if (searchBox) {
        // setText is what an input method's commit amounts to: one textChanged per keystroke.
        figures.insert(QStringLiteral("typing"), simulateTyping(m_session->search(), [searchBox](const QString &text) {
                           searchBox->setText(text);
                       }));
    } else {
        figures.insert(QStringLiteral("error"), QStringLiteral("the window has no search box named searchBox"));
    }
    emitFigures({{QStringLiteral("window"), figures}});
}

void SizeBenchmark::interactions()
{
    // Computed before the window opens the report, so that its first search is the first.
    const QBitArray matches = ReportSearch::matchingEvents(*m_content, InteractionBenchmark::searchText());
    const qsizetype events = m_content->events.size();
    // The window reads the database itself, as File ▸ Open does; the benchmark's copy goes
    // first, so that the memory measured is the window's.
    m_session->setContent({});
    m_content.reset();
    {
        const std::unique_ptr<MainWindow> window = makeBenchWindow(m_session.get(), m_language.get());
        const double millions = double(events) / 1e6;
        InteractionBenchmark benchmark(window.get(), m_databasePath, events, matches, int(5000 + 25000 * millions));
        benchmark.run([this](const InteractionBenchmark::Result &result) {
            QJsonObject figures = result.toJson();
            // A high-water mark: the interaction that raises it is the one that needed the memory.
            if (const std::optional<double> peak = peakResidentMB())
                figures.insert(QStringLiteral("peak_rss_mb_after"), Samples::rounded(*peak));
            emitFigures({{QStringLiteral("interactions"), QJsonObject{{result.name, figures}}}});
        });
    }
    m_content = m_session->content();
    if (!m_content || m_content->events.size() != events) {
        // The window never got the report: later phases work on the benchmark's own copy.
        load();
        m_session->setContent(m_content);
    }
}

void SizeBenchmark::usualApproach()
{
    const PolicyTableModel &table = *m_session->policyTable();
    QElapsedTimer clock;
    clock.start();
    // The display text of the four columns, as the window shows them in Chinese.
    QStandardItemModel model(0, PolicyTableModel::ColumnCount);
    for (int row = 0; row < table.rowCount(); ++row) {
        QList<QStandardItem *> items;
        items.reserve(PolicyTableModel::ColumnCount);
        for (int column = 0; column < PolicyTableModel::ColumnCount; ++column)
            items.append(new QStandardItem(table.index(row, column).data(Qt::DisplayRole).toString()));
        model.appendRow(items);
    }
    const double buildMs = msSince(clock);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.rowCount(); // the mapping exists before the first keystroke, as in a shown view

    QList<Samples> perQuery(queries().size());
    QList<int> rows(queries().size(), -1);
    repeat(repeatBudgetMs, [&]() {
        for (qsizetype q = 0; q < queries().size(); ++q) {
            clock.restart();
            proxy.setFilterFixedString(queries().at(q));
            rows[q] = proxy.rowCount();
            perQuery[q].add(msSince(clock));
        }
    });
    Samples all;
    QJsonArray details;
    for (qsizetype q = 0; q < queries().size(); ++q) {
        all.add(perQuery.at(q));
        QJsonObject query = perQuery.at(q).toJson();
        query.insert(QStringLiteral("query"), queries().at(q));
        query.insert(QStringLiteral("rows"), rows.at(q));
        details.append(query);
    }
    QJsonObject figures = all.toJson();
    figures.insert(QStringLiteral("build_ms"), Samples::rounded(buildMs));
    figures.insert(QStringLiteral("queries"), details);
    figures.insert(QStringLiteral("note"),
                   QStringLiteral("QStandardItemModel + QSortFilterProxyModel::setFilterFixedString over the Chinese "
                                  "display text only: it cannot match English, and a query of several words must "
                                  "occur as one string in one cell"));
    emitFigures({{QStringLiteral("usual"), figures}});
}

void SizeBenchmark::verify()
{
    // Written independently of SearchIndex: an event matches when every word of the query
    // occurs, ignoring case, in one of the fields the search box covers for events (region,
    // text, date as ISO and as shown in Chinese and English), in either language.
    QHash<qint64, QStringList> dateTexts;
    auto datesOf = [&dateTexts](const ReportDate &date) -> const QStringList & {
        const qint64 key = date.year() * 10000 + date.month() * 100 + date.day();
        auto it = dateTexts.find(key);
        if (it == dateTexts.end()) {
            QStringList texts;
            if (!date.isNull()) {
                texts << date.toIso() << date.toDisplayString(localeFor(ContentLanguage::Chinese))
                      << date.toDisplayString(localeFor(ContentLanguage::English));
            }
            it = dateTexts.insert(key, texts);
        }
        return *it;
    };
    // A word that the alias table knows matches any name of the same body; the table's
    // abbreviations only as whole words.
    auto occursIn = [](const QString &field, const QString &form, bool wholeWord) {
        for (qsizetype at = field.indexOf(form, 0, Qt::CaseInsensitive); at >= 0;
             at = field.indexOf(form, at + 1, Qt::CaseInsensitive)) {
            const auto isWordCharacter = [](QChar c) { return c.unicode() < 0x80 && c.isLetterOrNumber(); };
            const qsizetype after = at + form.size();
            if (!wholeWord
                || ((at == 0 || !isWordCharacter(field.at(at - 1)))
                    && (after == field.size() || !isWordCharacter(field.at(after)))))
                return true;
        }
        return false;
    };
    QJsonObject expected;
    for (const QString &query : queries()) {
        const QStringList words = query.split(u' ', Qt::SkipEmptyParts);
        QList<QList<std::pair<QString, bool>>> wordForms;
        for (const QString &word : words) {
            QList<std::pair<QString, bool>> forms{{word, false}};
            for (const QString &alias : AliasTable::builtIn().equalForms(word)) {
                const bool ascii
                    = std::all_of(alias.cbegin(), alias.cend(), [](QChar c) { return c.unicode() < 0x80; });
                forms.append({alias, ascii && alias.front().isLetterOrNumber() && alias.back().isLetterOrNumber()});
            }
            wordForms.append(forms);
        }
        int count = 0;
        EventTextReader texts(*m_content);
        for (qsizetype row = 0; row < m_content->events.size(); ++row) {
            const PolicyEventRecord &event = m_content->events.at(row);
            const BilingualText text = texts.text(row);
            const QStringList &dates = datesOf(event.date);
            const bool matches = std::all_of(wordForms.begin(), wordForms.end(), [&](const auto &forms) {
                return std::any_of(forms.begin(), forms.end(), [&](const std::pair<QString, bool> &form) {
                    for (const QString *field : {&event.region.zh, &event.region.en, &text.zh, &text.en}) {
                        if (occursIn(*field, form.first, form.second))
                            return true;
                    }
                    return std::any_of(dates.begin(), dates.end(), [&form, &occursIn](const QString &date) {
                        return occursIn(date, form.first, form.second);
                    });
                });
            });
            count += matches ? 1 : 0;
        }
        expected.insert(query, count);
    }
    emitFigures({{QStringLiteral("expected_rows"), expected}});
}
