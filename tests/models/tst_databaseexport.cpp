// Export Database and --export-db: the database is built by SQLite in a file of its own and then
// put at the target, which must end up whole or untouched, never half-written, with nothing
// left beside it.
#include "filewriter.h"
#include "reportdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TestDatabaseExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportLoadsBack();
    void existingFileIsReplacedWhole();
    void failedBuildLeavesTargetAndFolderAlone();
    void unwritableTargetsFailCleanly_data();
    void unwritableTargetsFailCleanly();
    void deviceIsWrittenInPlace();

private:
    QStringList entries() const;
    QString writeOldFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    ReportContent m_content;
};

QStringList TestDatabaseExport::entries() const
{
    return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

QString TestDatabaseExport::writeOldFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile old(path);
    if (!old.open(QIODevice::WriteOnly) || old.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestDatabaseExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const std::optional<ReportContent> content = ReportDatabase::loadEmbedded(&error);
    QVERIFY2(content, qPrintable(error));
    m_content = *content;
}

void TestDatabaseExport::exportLoadsBack()
{
    const QString path = m_dir.filePath(QStringLiteral("report.sqlite"));
    QString error;
    QVERIFY2(ReportDatabase::exportTo(m_content, path, &error), qPrintable(error));
    const std::optional<ReportContent> loaded = ReportDatabase::loadFile(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->alliances.size(), m_content.alliances.size());
    QCOMPARE(loaded->events.size(), m_content.events.size());
    QCOMPARE(loaded->eventText(3), m_content.eventText(3));
    QCOMPARE(entries(), QStringList{QStringLiteral("report.sqlite")});
    QVERIFY(QFile::remove(path));
}

void TestDatabaseExport::existingFileIsReplacedWhole()
{
    const QString path = writeOldFile(QStringLiteral("existing.sqlite"), "an older export");
    QVERIFY(!path.isEmpty());
    const QFileDevice::Permissions permissions
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
    QVERIFY(QFile::setPermissions(path, permissions));
    QString error;
    QVERIFY2(ReportDatabase::exportTo(m_content, path, &error), qPrintable(error));
    QVERIFY2(ReportDatabase::loadFile(path, &error), qPrintable(error));
    QCOMPARE(QFileInfo(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), permissions);
    QCOMPARE(entries(), QStringList{QStringLiteral("existing.sqlite")});
    QVERIFY(QFile::remove(path));
}

void TestDatabaseExport::failedBuildLeavesTargetAndFolderAlone()
{
    const QByteArray oldBytes = "the file that was there";
    const QString path = writeOldFile(QStringLiteral("kept.sqlite"), oldBytes);
    QVERIFY(!path.isEmpty());
    // The writer gets half its file out, then fails.
    auto halfWritten = [](const QString &file, QString *error) {
        QFile partial(file);
        if (partial.open(QIODevice::WriteOnly))
            partial.write("SQLite format 3");
        *error = QStringLiteral("disk on fire");
        return false;
    };
    QString error;
    QVERIFY(!FileWriter::writeWith(path, halfWritten, &error));
    QVERIFY2(error.contains(QStringLiteral("disk on fire")), qPrintable(error));
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), oldBytes);
    old.close();
    QCOMPARE(entries(), QStringList{QStringLiteral("kept.sqlite")});
    QVERIFY(QFile::remove(path));
}

void TestDatabaseExport::unwritableTargetsFailCleanly_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/report.sqlite")
                                    << QStringLiteral("does not exist");
    QTest::newRow("a folder") << QString() << QStringLiteral("it is a folder");
    QTest::newRow("full disk") << QStringLiteral("/dev/full") << QString();
}

void TestDatabaseExport::unwritableTargetsFailCleanly()
{
    QFETCH(QString, path);
    QFETCH(QString, messagePart);
    if (!path.startsWith(u'/'))
        path = m_dir.filePath(path);
    const QStringList before = entries();
    QString error;
    QVERIFY(!ReportDatabase::exportTo(m_content, path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write")), qPrintable(error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
    QCOMPARE(entries(), before);
}

void TestDatabaseExport::deviceIsWrittenInPlace()
{
    // /dev/null stands for /dev/stdout: renaming a file over a device would replace the device.
    QString error;
    QVERIFY2(ReportDatabase::exportTo(m_content, QStringLiteral("/dev/null"), &error), qPrintable(error));
    QVERIFY(!QFileInfo(QStringLiteral("/dev/null")).isFile());
}

QTEST_GUILESS_MAIN(TestDatabaseExport)
#include "tst_databaseexport.moc"
