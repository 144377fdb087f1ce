// TextOrderCache: the order by text of a report read from a file is kept in the user's cache
// folder and used when the same file is opened again; a kept file is untrusted input.
#include "eventtextreader.h"
#include "jobtracker.h"
#include "policyfilterproxymodel.h"
#include "policytablemodel.h"
#include "reportsession.h"
#include "reporttesthelpers.h"
#include "textordercache.h"

#include <QCollator>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <numeric>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using ReportTest::eventIds;

namespace {

// Rows in ascending order of their text in language, ties in report order.
std::vector<int> collatedRows(const ReportContent &content, ContentLanguage language)
{
    const QCollator collator(localeFor(language));
    std::vector<QCollatorSortKey> keys;
    EventTextReader texts(content);
    for (qsizetype row = 0; row < content.events.size(); ++row)
        keys.push_back(collator.sortKey(texts.text(row).text(language)));
    std::vector<int> rows(keys.size());
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(),
                     [&keys](int a, int b) { return keys[size_t(a)].compare(keys[size_t(b)]) < 0; });
    return rows;
}

QList<int> idsOf(const ReportContent &content, const std::vector<int> &rows)
{
    return ReportTest::idsOfEventRows(content, QList<int>(rows.begin(), rows.end()));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestTextOrderCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void reportInMemoryKeepsNothing();
    void computedOrderIsKept();
    void keptOrderIsShownOnTheNextOpening();
    void damagedKeptOrderIsComputedAgain_data();
    void damagedKeptOrderIsComputedAgain();
    void fifoInPlaceOfTheOrderIsIgnored();
    void onlyTheOrdersUsedLastAreKept();

private:
    // The file opened anew, as a second start of the explorer would.
    QSharedPointer<const ReportContent> reopened(const QString &path) const;
    // The event ids a session over content shows sorted by text, once its jobs are done.
    QList<int> shownByText(const QSharedPointer<const ReportContent> &content) const;
    QStringList keptFiles() const;

    QTemporaryDir m_tempDir;
    QByteArray m_oldCacheHome;
    QSharedPointer<const ReportContent> m_report;
    QString m_path;
};

void TestTextOrderCache::initTestCase()
{
    QVERIFY(m_tempDir.isValid());
    m_oldCacheHome = qgetenv("XDG_CACHE_HOME");
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_tempDir.filePath(QStringLiteral("cache"))));
    QString error;
    m_report = ReportTest::embeddedContent(&error);
    QVERIFY2(m_report, qPrintable(error));
    m_path = m_tempDir.filePath(QStringLiteral("report.sqlite"));
    QVERIFY2(ReportDatabase::exportTo(*m_report, m_path, &error), qPrintable(error));
}

void TestTextOrderCache::cleanupTestCase()
{
    if (m_oldCacheHome.isNull())
        qunsetenv("XDG_CACHE_HOME");
    else
        qputenv("XDG_CACHE_HOME", m_oldCacheHome);
}

void TestTextOrderCache::init()
{
    for (const QString &file : keptFiles())
        QVERIFY(QFile::remove(file));
}

QSharedPointer<const ReportContent> TestTextOrderCache::reopened(const QString &path) const
{
    QString error;
    std::optional<ReportContent> content = ReportDatabase::loadFile(path, &error);
    if (!content)
        qWarning("%s", qPrintable(error));
    return content ? QSharedPointer<const ReportContent>::create(std::move(*content)) : nullptr;
}

QList<int> TestTextOrderCache::shownByText(const QSharedPointer<const ReportContent> &content) const
{
    ReportSession session;
    session.setContent(content);
    PolicyFilterProxyModel *proxy = session.policyProxy();
    proxy->sort(PolicyTableModel::TextColumn, Qt::AscendingOrder);
    if (!QTest::qWaitFor([proxy]() { return !proxy->isSorting(); }, 10000))
        return {};
    // The order read or computed at arrival, delivered; and the kept file written.
    if (!JobTracker::pool(JobTracker::Lane::Background)->waitForDone(10000))
        return {};
    QCoreApplication::processEvents();
    return eventIds(*proxy);
}

QStringList TestTextOrderCache::keptFiles() const
{
    QDir cache(QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
    QStringList paths;
    for (const QString &name :
         cache.entryList({QStringLiteral("report-explorer-textorder-*")}, QDir::Files | QDir::System))
        paths.append(cache.filePath(name));
    return paths;
}

void TestTextOrderCache::reportInMemoryKeepsNothing()
{
    QVERIFY(!TextOrderCache(*m_report, ContentLanguage::Chinese).isEnabled());
    QCOMPARE(shownByText(m_report), idsOf(*m_report, collatedRows(*m_report, ContentLanguage::Chinese)));
    QCOMPARE(keptFiles(), QStringList());
}

void TestTextOrderCache::computedOrderIsKept()
{
    const QSharedPointer<const ReportContent> content = reopened(m_path);
    QVERIFY(content);
    const TextOrderCache chinese(*content, ContentLanguage::Chinese);
    const TextOrderCache english(*content, ContentLanguage::English);
    QVERIFY(chinese.isEnabled() && chinese.filePath() != english.filePath());
    QVERIFY(chinese.load().empty());
    const std::vector<int> expected = collatedRows(*content, ContentLanguage::Chinese);
    QCOMPARE(shownByText(content), idsOf(*content, expected));
    QCOMPARE(keptFiles(), QStringList{chinese.filePath()});
    QCOMPARE(chinese.load(), expected);
    // Opened again, the file is the same file: the same order is found.
    QCOMPARE(TextOrderCache(*reopened(m_path), ContentLanguage::Chinese).load(), expected);
}

void TestTextOrderCache::keptOrderIsShownOnTheNextOpening()
{
    // An order no collation gives: shown, it can only have come from the kept file.
    const QSharedPointer<const ReportContent> content = reopened(m_path);
    QVERIFY(content);
    std::vector<int> reversed = collatedRows(*content, ContentLanguage::Chinese);
    std::reverse(reversed.begin(), reversed.end());
    TextOrderCache(*content, ContentLanguage::Chinese).save(reversed);
    QCOMPARE(shownByText(reopened(m_path)), idsOf(*content, reversed));
}

void TestTextOrderCache::damagedKeptOrderIsComputedAgain_data()
{
    QTest::addColumn<int>("offset"); // from the end; -1: the whole file is cut to size
    QTest::addColumn<QByteArray>("bytes");
    const auto asBytes = [](int value) { return QByteArray(reinterpret_cast<const char *>(&value), sizeof value); };
    QTest::newRow("cut short") << -1 << QByteArray();
    QTest::newRow("a row twice") << 4 << QByteArray(); // the row before it
    QTest::newRow("a row past the end") << 4 << asBytes(1 << 20);
    QTest::newRow("a negative row") << 8 << asBytes(-1);
    QTest::newRow("one byte more") << 0 << QByteArray(1, 'x');
}

void TestTextOrderCache::damagedKeptOrderIsComputedAgain()
{
    QFETCH(int, offset);
    QFETCH(QByteArray, bytes);
    const QSharedPointer<const ReportContent> content = reopened(m_path);
    QVERIFY(content);
    const TextOrderCache cache(*content, ContentLanguage::Chinese);
    std::vector<int> reversed = collatedRows(*content, ContentLanguage::Chinese);
    std::reverse(reversed.begin(), reversed.end());
    cache.save(reversed);
    QFile file(cache.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray kept = file.readAll();
    file.close();
    if (offset > 0 && bytes.isEmpty())
        bytes = kept.mid(kept.size() - offset - 4, 4);
    if (offset < 0)
        kept.chop(3);
    else if (offset == 0)
        kept.append(bytes);
    else
        kept.replace(kept.size() - offset, bytes.size(), bytes);
    QVERIFY(writeFile(cache.filePath(), kept));
    QVERIFY(cache.load().empty());
    const std::vector<int> expected = collatedRows(*content, ContentLanguage::Chinese);
    QCOMPARE(shownByText(reopened(m_path)), idsOf(*content, expected));
    // Computed again, the order is kept anew, whole.
    QCOMPARE(cache.load(), expected);
}

void TestTextOrderCache::fifoInPlaceOfTheOrderIsIgnored()
{
#ifdef Q_OS_UNIX
    // Opened as a file would be, it would wait for a writer that never comes.
    const QSharedPointer<const ReportContent> content = reopened(m_path);
    QVERIFY(content);
    const TextOrderCache cache(*content, ContentLanguage::Chinese);
    QVERIFY(QDir().mkpath(QFileInfo(cache.filePath()).path()));
    QCOMPARE(::mkfifo(QFile::encodeName(cache.filePath()).constData(), 0600), 0);
    QVERIFY(cache.load().empty());
    QCOMPARE(shownByText(content), idsOf(*content, collatedRows(*content, ContentLanguage::Chinese)));
#else
    QSKIP("FIFOs are a POSIX thing");
#endif
}

void TestTextOrderCache::onlyTheOrdersUsedLastAreKept()
{
    QString error;
    QStringList paths;
    for (int copy = 0; copy < TextOrderCache::keptFiles + 2; ++copy) {
        const QString path = m_tempDir.filePath(QStringLiteral("copy-%1.sqlite").arg(copy));
        QVERIFY2(ReportDatabase::exportTo(*m_report, path, &error), qPrintable(error));
        const QSharedPointer<const ReportContent> content = reopened(path);
        QVERIFY(content);
        const TextOrderCache cache(*content, ContentLanguage::English);
        cache.save(collatedRows(*content, ContentLanguage::English));
        paths.append(cache.filePath());
        // File times have a resolution of their own: each file is kept in a later second.
        QFile(cache.filePath())
            .setFileTime(QDateTime::currentDateTimeUtc().addSecs(copy), QFileDevice::FileModificationTime);
    }
    QStringList kept = keptFiles();
    std::sort(kept.begin(), kept.end());
    QStringList newest = paths.mid(2);
    std::sort(newest.begin(), newest.end());
    QCOMPARE(kept, newest);
}

QTEST_GUILESS_MAIN(TestTextOrderCache)
#include "tst_textordercache.moc"
