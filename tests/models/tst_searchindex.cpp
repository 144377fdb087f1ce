// The search index with its folded text in a temporary file, against the same index in memory:
// the same rows for every query, narrowed or not, on one thread and on two; the file removed
// with the index; and memory when no file can be made.
#include "searchindex.h"
#include "searchtextfile.h"
#include "reporttesthelpers.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <limits>
#include <memory>
#include <optional>
#include <utility>

namespace {

// Enough events for two threads and several segments in each thread's half (≈ 55 MB folded),
// and enough alliances (≈ 16 MB) to take the whole past the default memory limit.
constexpr int eventCopies = 4800;
constexpr int allianceCopies = 1000;
constexpr qsizetype noLimit = std::numeric_limits<qsizetype>::max();
const std::atomic_bool never(false);

struct Matches
{
    QBitArray events;
    QBitArray alliances;
};

// Copies of the report, each copy's events tagged apart so that a row found in the wrong copy
// shows: its number in English and in Chinese.
ReportContent largeContent(const ReportContent &report)
{
    ReportContent content = report;
    content.events.clear();
    content.alliances.clear();
    for (int copy = 0; copy < eventCopies; ++copy) {
        for (PolicyEventRecord event : report.events) {
            event.text.en += QStringLiteral(" tag%1").arg(copy % 97);
            event.text.zh += QStringLiteral("标记%1").arg(copy % 89);
            content.events.append(event);
        }
    }
    for (int copy = 0; copy < allianceCopies; ++copy)
        content.alliances.append(report.alliances);
    return content;
}

std::unique_ptr<SearchIndex> builtIndex(const ReportContent &content, qsizetype memoryLimit)
{
    auto index = std::make_unique<SearchIndex>();
    index->setMemoryLimit(memoryLimit);
    if (!index->build(content, never))
        return {};
    return index;
}

Matches matched(const SearchIndex &index, const QString &text, const Matches *candidates = nullptr)
{
    Matches matches;
    const SearchQuery query(text);
    if (candidates)
        index.matchWithin(query, candidates->events, candidates->alliances, &matches.events, &matches.alliances, never);
    else
        index.match(query, &matches.events, &matches.alliances, never);
    return matches;
}

// Chinese, English, both, phrases, a single byte, tags of one copy, and nothing.
const QStringList queries = {QStringLiteral("湖北"),
                             QStringLiteral("联盟"),
                             QStringLiteral("省"),
                             QStringLiteral("开源软件"),
                             QStringLiteral("Linux"),
                             QStringLiteral("open source"),
                             QStringLiteral("Guangdong"),
                             QStringLiteral("L"),
                             QStringLiteral("("),
                             QStringLiteral("开源 Linux"),
                             QStringLiteral("Linux 2004"),
                             QStringLiteral("北京 supports"),
                             QStringLiteral("\"Linux public\""),
                             QStringLiteral("\"Province Linux\""),
                             QStringLiteral("tag42"),
                             QStringLiteral("标记7 Linux"),
                             QStringLiteral("量子计算机"),
                             QStringLiteral("NEAR"),
                             QString()};

// Each query narrows the one before it.
const QList<QStringList> typedOn = {
    {QStringLiteral("L"), QStringLiteral("Li"), QStringLiteral("Linux"), QStringLiteral("Linux 2004")},
    {QStringLiteral("开"), QStringLiteral("开源"), QStringLiteral("开源 Linux"), QStringLiteral("开源 Linux tag4")},
    {QStringLiteral("t"), QStringLiteral("tag4"), QStringLiteral("tag42"), QStringLiteral("tag42 标记1")},
};

// Files under directory this process holds open. The index's file has no name there: on
// Linux, QTemporaryFile makes it with O_TMPFILE until someone asks for its name.
std::optional<int> openFilesIn(const QString &directory)
{
#ifdef Q_OS_LINUX
    // QDir lists no descriptor of a file without a name; std::filesystem lists them all.
    const std::string prefix = QFile::encodeName(directory + u'/').toStdString();
    int count = 0;
    for (const auto &descriptor : std::filesystem::directory_iterator("/proc/self/fd")) {
        std::error_code closedMeanwhile;
        if (std::filesystem::read_symlink(descriptor.path(), closedMeanwhile).native().rfind(prefix, 0) == 0)
            ++count;
    }
    return count;
#else
    Q_UNUSED(directory);
    return std::nullopt;
#endif
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void fileFindsWhatMemoryFinds_data();
    void fileFindsWhatMemoryFinds();
    void narrowingTheFileFindsWhatMemoryFinds();
    void smallIndexMakesNoFile();
    void fileGoesWithTheIndex();
    void unusableFoldersKeepTheTextInMemory();
    void newerQueryStopsAScanOfTheFile();

private:
    void compareOpenFiles(int expected);

    ReportContent m_report;
    ReportContent m_large;
    // Built once, in memory, to compare with.
    std::unique_ptr<SearchIndex> m_reportInMemory;
    std::unique_ptr<SearchIndex> m_largeInMemory;
    QTemporaryDir m_tempDir;
    QByteArray m_oldTmpDir;
    QByteArray m_oldCacheHome;
};

void TestSearchIndex::initTestCase()
{
    QString error;
    const QSharedPointer<const ReportContent> report = ReportTest::embeddedContent(&error);
    QVERIFY2(report, qPrintable(error));
    m_report = *report;
    m_large = largeContent(m_report);
    m_reportInMemory = builtIndex(m_report, noLimit);
    m_largeInMemory = builtIndex(m_large, noLimit);
    QVERIFY(m_reportInMemory && m_largeInMemory);
    // The index's files go where this suite can see them.
    QVERIFY(m_tempDir.isValid());
    m_oldTmpDir = qgetenv("TMPDIR");
    m_oldCacheHome = qgetenv("XDG_CACHE_HOME");
    qputenv("TMPDIR", QFile::encodeName(m_tempDir.path()));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_tempDir.filePath(QStringLiteral("cache"))));
    QVERIFY(SearchTextFile::directory().startsWith(m_tempDir.filePath(QStringLiteral("cache"))));
}

void TestSearchIndex::cleanupTestCase()
{
    for (const auto &[name, old] : {std::pair("TMPDIR", m_oldTmpDir), std::pair("XDG_CACHE_HOME", m_oldCacheHome)}) {
        if (old.isNull())
            qunsetenv(name);
        else
            qputenv(name, old);
    }
}

void TestSearchIndex::compareOpenFiles(int expected)
{
    const std::optional<int> count = openFilesIn(SearchTextFile::directory());
    if (!count)
        QSKIP("This system does not list a process's open files");
    QCOMPARE(*count, expected);
}

void TestSearchIndex::fileFindsWhatMemoryFinds_data()
{
    QTest::addColumn<bool>("large");
    QTest::addColumn<qsizetype>("memoryLimit");

    QTest::newRow("report, all in the file") << false << qsizetype(0);
    // One thread holds the events in memory until they pass the limit.
    QTest::newRow("report, passed in the events") << false << qsizetype(4 << 10);
    QTest::newRow("large, all in the file") << true << qsizetype(0);
    // The events stay under it, held in memory until the alliances pass it.
    QTest::newRow("large, passed in the alliances") << true << SearchIndex::defaultMemoryLimit;
}

void TestSearchIndex::fileFindsWhatMemoryFinds()
{
    QFETCH(bool, large);
    QFETCH(qsizetype, memoryLimit);

    const ReportContent &content = large ? m_large : m_report;
    const SearchIndex &inMemory = large ? *m_largeInMemory : *m_reportInMemory;
    const std::unique_ptr<SearchIndex> inFile = builtIndex(content, memoryLimit);
    QVERIFY(inFile);
    compareOpenFiles(1);
    for (const QString &text : queries) {
        const Matches expected = matched(inMemory, text);
        const Matches actual = matched(*inFile, text);
        QCOMPARE(expected.events.size(), content.events.size());
        QVERIFY2(actual.events == expected.events, qPrintable(text));
        QVERIFY2(actual.alliances == expected.alliances, qPrintable(text));
    }
}

void TestSearchIndex::narrowingTheFileFindsWhatMemoryFinds()
{
    const std::unique_ptr<SearchIndex> inFile = builtIndex(m_large, 0);
    QVERIFY(inFile);
    for (const QStringList &typed : typedOn) {
        Matches shown = matched(*inFile, typed.first());
        for (const QString &text : typed.mid(1)) {
            const Matches fresh = matched(*m_largeInMemory, text);
            shown = matched(*inFile, text, &shown);
            QVERIFY2(shown.events == fresh.events, qPrintable(text));
            QVERIFY2(shown.alliances == fresh.alliances, qPrintable(text));
        }
        QVERIFY(shown.events.count(true) > 0);
    }
}

void TestSearchIndex::smallIndexMakesNoFile()
{
    const std::unique_ptr<SearchIndex> index = builtIndex(m_report, SearchIndex::defaultMemoryLimit);
    QVERIFY(index);
    compareOpenFiles(0);
}

void TestSearchIndex::fileGoesWithTheIndex()
{
    std::unique_ptr<SearchIndex> index = builtIndex(m_report, 0);
    QVERIFY(index);
    compareOpenFiles(1);
    // A build again (after a cancelled one, say) starts a file of its own.
    QVERIFY(index->build(m_report, never));
    compareOpenFiles(1);
    index.reset();
    compareOpenFiles(0);
}

void TestSearchIndex::unusableFoldersKeepTheTextInMemory()
{
    // A cache folder that cannot be made (its parent is a file) and a temporary one that is missing.
    QFile blocker(m_tempDir.filePath(QStringLiteral("a-file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QByteArray tmpDir = qgetenv("TMPDIR");
    const QByteArray cacheHome = qgetenv("XDG_CACHE_HOME");
    qputenv("TMPDIR", QFile::encodeName(m_tempDir.filePath(QStringLiteral("missing"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_tempDir.filePath(QStringLiteral("a-file/cache"))));
    const QRegularExpression warning(QStringLiteral("^Search index: cannot use a temporary file"));
    // Once for the index, not once for each segment it keeps in memory.
    QTest::ignoreMessage(QtWarningMsg, warning);
    QTest::failOnWarning(warning);
    const std::unique_ptr<SearchIndex> index = builtIndex(m_large, 0);
    qputenv("TMPDIR", tmpDir);
    qputenv("XDG_CACHE_HOME", cacheHome);
    QVERIFY(index);
    for (const QString &text : queries) {
        const Matches expected = matched(*m_largeInMemory, text);
        const Matches actual = matched(*index, text);
        QVERIFY2(actual.events == expected.events, qPrintable(text));
        QVERIFY2(actual.alliances == expected.alliances, qPrintable(text));
    }
}

void TestSearchIndex::newerQueryStopsAScanOfTheFile()
{
    const std::unique_ptr<SearchIndex> index = builtIndex(m_large, 0);
    QVERIFY(index);
    const std::atomic_bool superseded(true);
    QBitArray events;
    QBitArray alliances;
    QVERIFY(!index->match(SearchQuery(QStringLiteral("Linux")), &events, &alliances, superseded));
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
