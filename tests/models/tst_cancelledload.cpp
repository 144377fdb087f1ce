// A load nobody waits for any more gives up: closing the window while a million events are
// read must not keep the process alive until the last row, since QCoreApplication's destructor
// waits for the jobs. Work is counted in bytes read from the file, never timed.
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

QTEST_GUILESS_MAIN(TestCancelledLoad)
#include "tst_cancelledload.moc"
