// A load nobody waits for any more gives up: closing the window while a million events are
// read must not keep the process alive until the last row, since QCoreApplication's destructor
// waits for the jobs. And a preview reads its first records alone, whatever the size of the
// report. Work is counted in bytes read from the file, never timed.
#include "keptfilename.h"
#include "reportcontent.h"
#include "reportdatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <optional>

class TestCancelledLoad : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void raisedFlagStopsTheFileLoadAtOnce();
    void raisedFlagStopsTheEmbeddedLoad();
    void checkCoversEveryRangeOfIds();
    void previewReadsTheFirstRecordsAlone();
    void previewChecksWhatItReads();

private:
    // The embedded events repeated to count, with the ids given.
    ReportContent repeatedEvents(int count, qint64 (*idOf)(int index)) const;
    QString write(const ReportContent &content, const QString &name);

    QTemporaryDir m_dir;
    ReportContent m_embedded;
    QString m_large;
};

namespace {

constexpr int largeEventCount = 20000;

// What this process has read through read() and its kin so far (Linux), or nothing.
std::optional<qint64> bytesRead()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("rchar: "))
            return line.mid(7).toLongLong();
    }
    return std::nullopt;
}

} // namespace

void TestCancelledLoad::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const std::optional<ReportContent> embedded = ReportDatabase::loadEmbedded(&error);
    QVERIFY2(embedded, qPrintable(error));
    m_embedded = *embedded;
    m_large = write(repeatedEvents(largeEventCount, [](int index) { return qint64(index) + 1; }),
                    QStringLiteral("large.sqlite"));
    QVERIFY(!m_large.isEmpty());
}

ReportContent TestCancelledLoad::repeatedEvents(int count, qint64 (*idOf)(int index)) const
{
    ReportContent content = m_embedded;
    content.events.clear();
    for (int i = 0; i < count; ++i) {
        PolicyEventRecord event = m_embedded.events.at(i % m_embedded.events.size());
        event.id = int(idOf(i));
        event.identity += QStringLiteral("-%1").arg(i);
        content.events.append(event);
    }
    return content;
}

QString TestCancelledLoad::write(const ReportContent &content, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!ReportDatabase::exportTo(content, path, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return path;
}

void TestCancelledLoad::raisedFlagStopsTheFileLoadAtOnce()
{
    const std::optional<qint64> before = bytesRead();
    if (!before)
        QSKIP("Counting the bytes read takes Linux's /proc/self/io");
    QString error;
    const std::atomic_bool going = false;
    const std::optional<ReportContent> whole = ReportDatabase::loadFile(m_large, &error, &going);
    QVERIFY2(whole, qPrintable(error));
    QCOMPARE(whole->events.size(), largeEventCount);
    const qint64 wholeLoad = *bytesRead() - *before;

    const std::atomic_bool cancelled = true;
    error = QStringLiteral("untouched");
    const qint64 start = *bytesRead();
    QVERIFY(!ReportDatabase::loadFile(m_large, &error, &cancelled));
    const qint64 givenUp = *bytesRead() - start;
    // Given up, the load is no failure to report: nobody waits for it.
    QCOMPARE(error, QStringLiteral("untouched"));
    QVERIFY2(
        givenUp * 20 < wholeLoad,
        qPrintable(QStringLiteral("a load given up read %1 bytes, the whole load %2").arg(givenUp).arg(wholeLoad)));
}

void TestCancelledLoad::raisedFlagStopsTheEmbeddedLoad()
{
    QString error = QStringLiteral("untouched");
    const std::atomic_bool cancelled = true;
    QVERIFY(!ReportDatabase::loadEmbedded(&error, &cancelled));
    QCOMPARE(error, QStringLiteral("untouched"));
}

// The events are checked before they are read, one range of ids at a time, so that a load can
// stop between two: every range is checked, up to the highest id, over the whole of qint64's
// span.
void TestCancelledLoad::checkCoversEveryRangeOfIds()
{
    const QString path = write(repeatedEvents(5000, [](int index) { return qint64(index) * 400'000 - 7; }),
                               QStringLiteral("spread.sqlite"));
    QVERIFY(!path.isEmpty());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("spread"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        // The first id is below zero, which reading the rows would refuse; the check, before
        // them, finds the empty text of the last event first.
        QVERIFY2(query.exec(QStringLiteral("UPDATE policy_events SET text_zh = ' '"
                                           " WHERE id = (SELECT max(id) FROM policy_events)")),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("UPDATE policy_events SET id = -9223372036854775807"
                                          " WHERE id = (SELECT min(id) FROM policy_events)")));
        QVERIFY(query.exec(QStringLiteral("UPDATE policy_events SET id = 9223372036854775807"
                                          " WHERE id = (SELECT max(id) FROM policy_events)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("spread"));
    QString error;
    QVERIFY(!ReportDatabase::loadFile(path, &error));
    QVERIFY2(error.endsWith(QStringLiteral("policy_events.text_zh is empty")), qPrintable(error));
}

// The first records by id, as the whole load reads them, and a small part of the file: a
// preview costs the same at any size.
void TestCancelledLoad::previewReadsTheFirstRecordsAlone()
{
    const std::optional<qint64> before = bytesRead();
    QString error;
    const std::optional<ReportContent> whole = ReportDatabase::loadFile(m_large, &error);
    QVERIFY2(whole, qPrintable(error));
    const qint64 start = before ? *bytesRead() : 0;
    const std::optional<ReportContent> preview = ReportDatabase::loadFileStart(m_large, {10, 3}, &error);
    QVERIFY2(preview, qPrintable(error));
    QVERIFY(preview->preview);
    QVERIFY(!whole->preview);
    QCOMPARE(preview->events.size(), 10);
    QCOMPARE(preview->alliances.size(), 3);
    QCOMPARE(preview->editionYears(), whole->editionYears());
    for (int row = 0; row < 10; ++row) {
        const PolicyEventRecord &shown = preview->events.at(row);
        const PolicyEventRecord &read = whole->events.at(row);
        QCOMPARE(shown.id, read.id);
        QCOMPARE(shown.date.toIso(), read.date.toIso());
        QCOMPARE(shown.region.zh, read.region.zh);
        QCOMPARE(preview->eventText(row).zh, whole->eventText(row).zh);
    }
    for (int row = 0; row < 3; ++row) {
        const AllianceRecord &shown = preview->alliances.at(row);
        const AllianceRecord &read = whole->alliances.at(row);
        QCOMPARE(shown.name.zh, read.name.zh);
        QCOMPARE(shown.guides.size(), read.guides.size());
        QCOMPARE(shown.structure.size() + shown.activities.size() + shown.services.size(),
                 read.structure.size() + read.activities.size() + read.services.size());
    }
    // Kept files name a report by its numbers of records: a preview's would stand for the file.
    QVERIFY(KeptFileName(*preview, QStringLiteral("test-"), "test", 1).isNull());
    if (!before)
        QSKIP("Counting the bytes read takes Linux's /proc/self/io");
    const qint64 previewLoad = *bytesRead() - start;
    const qint64 wholeLoad = start - *before;
    QVERIFY2(
        previewLoad * 20 < wholeLoad,
        qPrintable(QStringLiteral("the preview read %1 bytes, the whole load %2").arg(previewLoad).arg(wholeLoad)));
}

// A preview checks its records as the whole load does; a damaged record after them is the
// whole load's to refuse.
void TestCancelledLoad::previewChecksWhatItReads()
{
    for (const qint64 damagedId : {5, 30}) {
        const QString path = write(repeatedEvents(50, [](int index) { return qint64(index) + 1; }),
                                   QStringLiteral("damaged-%1.sqlite").arg(damagedId));
        QVERIFY(!path.isEmpty());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damaged"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("UPDATE policy_events SET text_zh = ' ' WHERE id = %1").arg(damagedId)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damaged"));
        QString error;
        QVERIFY(!ReportDatabase::loadFile(path, &error));
        QVERIFY2(error.endsWith(QStringLiteral("policy_events.text_zh is empty")), qPrintable(error));
        const std::optional<ReportContent> preview = ReportDatabase::loadFileStart(path, {10, 3}, &error);
        if (damagedId <= 10) {
            QVERIFY(!preview);
            QVERIFY2(error.endsWith(QStringLiteral("policy_events.text_zh is empty")), qPrintable(error));
        } else {
            QVERIFY2(preview, qPrintable(error));
            QCOMPARE(preview->events.size(), 10);
            QVERIFY(preview->preview);
        }
    }
    // A report that holds no more than a preview, to the record, is read whole and is no preview.
    QString error;
    const std::optional<ReportContent> whole = ReportDatabase::loadFileStart(m_large, {largeEventCount, 1000}, &error);
    QVERIFY2(whole, qPrintable(error));
    QVERIFY(!whole->preview);
    QCOMPARE(whole->events.size(), largeEventCount);
}

QTEST_GUILESS_MAIN(TestCancelledLoad)
#include "tst_cancelledload.moc"
