// The search index with its folded text in a temporary file, against the same index in memory:
// the same rows for every query, narrowed or not, on one thread and on two; the file removed
// with the index; and memory when no file can be made. The index of a database file kept in
// the cache folder: reused for the same file only, rebuilt when the kept file is damaged, and
// no more than two kept.
#include "reportdatabase.h"
#include "reporttesthelpers.h"
#include "searchindex.h"
#include "searchindexcache.h"
#include "searchtextfile.h"

#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

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

// The first query for which actual and expected match other rows, or nothing.
std::optional<QString> differentMatches(const SearchIndex &actual, const SearchIndex &expected)
{
    for (const QString &text : queries) {
        const Matches expectedMatches = matched(expected, text);
        const Matches actualMatches = matched(actual, text);
        if (actualMatches.events != expectedMatches.events || actualMatches.alliances != expectedMatches.alliances)
            return text;
    }
    return std::nullopt;
}

// The content of report written to a database file at path and read back, its events' texts
// left in the file.
std::optional<ReportContent> databaseContent(const ReportContent &report, const QString &path)
{
    QString error;
    if (!ReportDatabase::exportTo(report, path, &error)) {
        qWarning("%s", qPrintable(error));
        return std::nullopt;
    }
    std::optional<ReportContent> content = ReportDatabase::loadFile(path, &error);
    if (!content)
        qWarning("%s", qPrintable(error));
    return content;
}

QStringList keptIndexFiles()
{
    return QDir(SearchTextFile::directory()).entryList({QStringLiteral("report-explorer-index-*")}, QDir::Files);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

void removeKeptIndexFiles()
{
    for (const QString &name : keptIndexFiles())
        QDir(SearchTextFile::directory()).remove(name);
}

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
    void databaseIndexIsKeptAndReused();
    void changedDatabaseIsIndexedAgain();
    void damagedKeptIndexIsBuiltAgain_data();
    void damagedKeptIndexIsBuiltAgain();
    void anyByteOfTheLayoutDamagedIsSafe();
    void indexThatCannotBeKeptWarnsOnce();
    void fifoInPlaceOfTheIndexIsIgnored();
    void smallDatabaseIndexIsNotKept();
    void onlyTheIndexesUsedLastAreKept();

private:
    void compareOpenFiles(int expected);
    QByteArray freshKeptIndex();

    ReportContent m_report;
    ReportContent m_large;
    // Built once, in memory, to compare with.
    std::unique_ptr<SearchIndex> m_reportInMemory;
    std::unique_ptr<SearchIndex> m_largeInMemory;
    QTemporaryDir m_tempDir;
    QByteArray m_oldTmpDir;
    QByteArray m_oldCacheHome;
    // m_report read from a database file.
    std::optional<ReportContent> m_database;
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
    m_database = databaseContent(m_report, m_tempDir.filePath(QStringLiteral("report.sqlite")));
    QVERIFY(m_database);
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

// The index of m_database as it is kept once built.
QByteArray TestSearchIndex::freshKeptIndex()
{
    const QString path = SearchIndexCache(*m_database).filePath();
    QFile::remove(path);
    if (!builtIndex(*m_database, 0))
        return {};
    QFile kept(path);
    return kept.open(QIODevice::ReadOnly) ? kept.readAll() : QByteArray();
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
    QCOMPARE(matched(inMemory, queries.first()).events.size(), content.events.size());
    const std::optional<QString> different = differentMatches(*inFile, inMemory);
    QVERIFY2(!different, qPrintable(different.value_or(QString())));
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
    const std::optional<QString> different = differentMatches(*index, *m_largeInMemory);
    QVERIFY2(!different, qPrintable(different.value_or(QString())));
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

void TestSearchIndex::databaseIndexIsKeptAndReused()
{
    removeKeptIndexFiles();
    QVERIFY(!SearchIndexCache(m_report).isEnabled());
    const SearchIndexCache cache(*m_database);
    QVERIFY(cache.isEnabled());
    const std::unique_ptr<SearchIndex> built = builtIndex(*m_database, 0);
    QVERIFY(built);
    QVERIFY(!built->isLoadedFromCache());
    QCOMPARE(keptIndexFiles(), QStringList{QFileInfo(cache.filePath()).fileName()});

    // The file opened again, as by the next session.
    QString error;
    const std::optional<ReportContent> reopened
        = ReportDatabase::loadFile(m_tempDir.filePath(QStringLiteral("report.sqlite")), &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(SearchIndexCache(*reopened).filePath(), cache.filePath());
    const std::unique_ptr<SearchIndex> loaded = builtIndex(*reopened, 0);
    QVERIFY(loaded);
    QVERIFY(loaded->isLoadedFromCache());
    const std::optional<QString> different = differentMatches(*loaded, *m_reportInMemory);
    QVERIFY2(!different, qPrintable(different.value_or(QString())));
    // Narrowing reads the kept file too.
    for (const QStringList &typed : typedOn) {
        Matches shown = matched(*loaded, typed.first());
        for (const QString &text : typed.mid(1)) {
            shown = matched(*loaded, text, &shown);
            QVERIFY2(shown.events == matched(*m_reportInMemory, text).events, qPrintable(text));
        }
    }
}

void TestSearchIndex::changedDatabaseIsIndexedAgain()
{
    const QString path = m_tempDir.filePath(QStringLiteral("changing.sqlite"));
    const std::optional<ReportContent> original = databaseContent(m_report, path);
    QVERIFY(original);
    QVERIFY(!builtIndex(*original, 0)->isLoadedFromCache());
    QString error;
    {
        // Only its time changes.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(60), QFileDevice::FileModificationTime));
    }
    const std::optional<ReportContent> touched = ReportDatabase::loadFile(path, &error);
    QVERIFY2(touched, qPrintable(error));
    QVERIFY(SearchIndexCache(*touched).filePath() != SearchIndexCache(*original).filePath());
    const std::unique_ptr<SearchIndex> rebuilt = builtIndex(*touched, 0);
    QVERIFY(rebuilt && !rebuilt->isLoadedFromCache());
    QVERIFY(builtIndex(*touched, 0)->isLoadedFromCache());

    // Another report saved over it.
    ReportContent smaller = m_report;
    smaller.events.removeLast();
    const std::optional<ReportContent> replaced = databaseContent(smaller, path);
    QVERIFY(replaced);
    const std::unique_ptr<SearchIndex> replacedIndex = builtIndex(*replaced, 0);
    QVERIFY(replacedIndex && !replacedIndex->isLoadedFromCache());
    QCOMPARE(matched(*replacedIndex, QStringLiteral("Linux")).events,
             matched(*builtIndex(smaller, noLimit), QStringLiteral("Linux")).events);
}

void TestSearchIndex::damagedKeptIndexIsBuiltAgain_data()
{
    QTest::addColumn<QByteArray>("kept");

    const QByteArray valid = freshKeptIndex();
    QVERIFY(valid.size() > 40);
    // The trailer's first fields: the sizes of the text, the key and the layout.
    quint64 sizes[3];
    std::memcpy(sizes, valid.constData() + valid.size() - 40, sizeof sizes);
    const qsizetype keyBegin = qsizetype(sizes[0]);
    const qsizetype layoutBegin = keyBegin + qsizetype(sizes[1]);
    const qsizetype trailerBegin = layoutBegin + qsizetype(sizes[2]);
    QCOMPARE(trailerBegin, valid.size() - 40);
    auto with = [&valid](qsizetype position, QByteArray bytes) {
        return QByteArray(valid).replace(position, bytes.size(), bytes);
    };

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << valid.first(1);
    QTest::newRow("cut in half") << valid.first(valid.size() / 2);
    QTest::newRow("last byte cut") << valid.chopped(1);
    QTest::newRow("a byte more") << valid + 'x';
    QTest::newRow("magic") << with(valid.size() - 1, "?");
    QTest::newRow("key") << with(keyBegin, "?");
    QTest::newRow("text size") << with(trailerBegin, QByteArray(1, char(sizes[0] + 1)));
    QTest::newRow("layout of zeros") << with(layoutBegin, QByteArray(qsizetype(sizes[2]), '\0'));
    QTest::newRow("layout of 0xFF") << with(layoutBegin, QByteArray(qsizetype(sizes[2]), '\xFF'));
    // The events' first segment's first row begins past the text.
    QTest::newRow("row past the text") << with(layoutBegin + 8, QByteArray(8, '\x7F'));
}

void TestSearchIndex::damagedKeptIndexIsBuiltAgain()
{
    QFETCH(QByteArray, kept);

    QVERIFY(writeFile(SearchIndexCache(*m_database).filePath(), kept));
    const std::unique_ptr<SearchIndex> index = builtIndex(*m_database, 0);
    QVERIFY(index);
    QVERIFY(!index->isLoadedFromCache());
    const std::optional<QString> different = differentMatches(*index, *m_reportInMemory);
    QVERIFY2(!different, qPrintable(different.value_or(QString())));
    // Built again, it was kept again.
    QVERIFY(builtIndex(*m_database, 0)->isLoadedFromCache());
}

void TestSearchIndex::anyByteOfTheLayoutDamagedIsSafe()
{
    const QByteArray valid = freshKeptIndex();
    QVERIFY(valid.size() > 40);
    const QString path = SearchIndexCache(*m_database).filePath();
    quint64 textSize = 0;
    std::memcpy(&textSize, valid.constData() + valid.size() - 40, sizeof textSize);
    int builtAgain = 0;
    int tried = 0;
    // Every byte after the text, each changed in a few bits: an index either rejected and built
    // again, or (an offset still in range) loaded and scanned without reading past its file.
    for (qsizetype position = qsizetype(textSize); position < valid.size(); ++position, ++tried) {
        QByteArray damaged = valid;
        damaged[position] = char(damaged[position] ^ 0x5A);
        QVERIFY(writeFile(path, damaged));
        const std::unique_ptr<SearchIndex> index = builtIndex(*m_database, 0);
        QVERIFY(index);
        for (const QString &text : queries)
            QCOMPARE(matched(*index, text).events.size(), m_database->events.size());
        if (!index->isLoadedFromCache()) {
            ++builtAgain;
            const std::optional<QString> different = differentMatches(*index, *m_reportInMemory);
            QVERIFY2(!different, qPrintable(different.value_or(QString())));
        }
    }
    qInfo("%d of %d damaged bytes made the index be built again", builtAgain, tried);
    QVERIFY(builtAgain > tried / 2);
}

void TestSearchIndex::indexThatCannotBeKeptWarnsOnce()
{
    // A folder where the index would go.
    const QString path = SearchIndexCache(*m_database).filePath();
    QFile::remove(path);
    QVERIFY(QDir().mkdir(path));
    const QRegularExpression warning(QStringLiteral("^Search index: cannot keep it in the cache folder"));
    QTest::ignoreMessage(QtWarningMsg, warning);
    QTest::failOnWarning(warning);
    const std::unique_ptr<SearchIndex> index = builtIndex(*m_database, 0);
    QVERIFY(QDir().rmdir(path));
    QVERIFY(index && !index->isLoadedFromCache());
    const std::optional<QString> different = differentMatches(*index, *m_reportInMemory);
    QVERIFY2(!different, qPrintable(different.value_or(QString())));
}

void TestSearchIndex::fifoInPlaceOfTheIndexIsIgnored()
{
#ifdef Q_OS_UNIX
    // Opened as a file would be, it would wait for a writer that never comes.
    const QString path = SearchIndexCache(*m_database).filePath();
    QFile::remove(path);
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const std::unique_ptr<SearchIndex> index = builtIndex(*m_database, 0);
    QVERIFY(index && !index->isLoadedFromCache());
    const std::optional<QString> different = differentMatches(*index, *m_reportInMemory);
    QVERIFY2(!different, qPrintable(different.value_or(QString())));
    QVERIFY(QFileInfo(path).isFile());
#else
    QSKIP("FIFOs are a POSIX thing");
#endif
}

void TestSearchIndex::smallDatabaseIndexIsNotKept()
{
    removeKeptIndexFiles();
    const std::unique_ptr<SearchIndex> index = builtIndex(*m_database, SearchIndex::defaultMemoryLimit);
    QVERIFY(index && !index->isLoadedFromCache());
    QCOMPARE(keptIndexFiles(), QStringList());

    // Nor does it make the cache folder.
    const QByteArray cacheHome = qgetenv("XDG_CACHE_HOME");
    const QString unmade = m_tempDir.filePath(QStringLiteral("unmade-cache"));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(unmade));
    const bool built = builtIndex(*m_database, SearchIndex::defaultMemoryLimit) != nullptr;
    qputenv("XDG_CACHE_HOME", cacheHome);
    QVERIFY(built);
    QVERIFY(!QFileInfo::exists(unmade));
}

void TestSearchIndex::onlyTheIndexesUsedLastAreKept()
{
    removeKeptIndexFiles();
    std::vector<ReportContent> databases;
    for (const char *name : {"a.sqlite", "b.sqlite", "c.sqlite"}) {
        std::optional<ReportContent> content = databaseContent(m_report, m_tempDir.filePath(QString::fromLatin1(name)));
        QVERIFY(content);
        databases.push_back(std::move(*content));
    }
    auto keptFile
        = [](const ReportContent &content) { return QFileInfo(SearchIndexCache(content).filePath()).fileName(); };
    auto setAge = [&keptFile](const ReportContent &content, int seconds) {
        QFile file(QDir(SearchTextFile::directory()).filePath(keptFile(content)));
        return file.open(QIODevice::ReadWrite)
            && file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-seconds), QFileDevice::FileModificationTime);
    };
    QVERIFY(!builtIndex(databases[0], 0)->isLoadedFromCache());
    QVERIFY(!builtIndex(databases[1], 0)->isLoadedFromCache());
    QVERIFY(setAge(databases[0], 30));
    QVERIFY(setAge(databases[1], 20));
    // a, kept first, is used again: b is the one used least recently when c comes.
    QVERIFY(builtIndex(databases[0], 0)->isLoadedFromCache());
    QVERIFY(!builtIndex(databases[2], 0)->isLoadedFromCache());
    QStringList expected = {keptFile(databases[0]), keptFile(databases[2])};
    QStringList kept = keptIndexFiles();
    expected.sort();
    kept.sort();
    QCOMPARE(kept, expected);
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
