#include "eventtextreader.h"
#include "eventtextstore.h"
#include "reportcontent.h"
#include "reportdatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

// A report opened from a database file leaves its events' texts in the file: every way of
// reading them must give exactly what a copy in memory holds.
class TestEventTexts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fileTextsEqualCopiedTexts();
    void readersOverRunsOfRows();
    void exportWritesCompleteTexts();
    void concurrentReads();
    void truncatedFileGivesEmptyTextsAndOneWarning();
    void textsOutliveAFileSavedOverThem();

private:
    QString writeDatabase(const QString &name);

    QTemporaryDir m_dir;
    ReportContent m_memory; // texts copied, as from the embedded script
    QByteArray m_bytes;
};

// The embedded chapter's 26 events, repeated to 3 000 with texts made distinct (and some
// without English, some on several lines, some beyond the BMP) so a misplaced row shows.
void TestEventTexts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const std::optional<ReportContent> embedded = ReportDatabase::loadEmbedded(&error);
    QVERIFY2(embedded, qPrintable(error));
    ReportContent content = *embedded;
    content.events.clear();
    for (int i = 0; i < 3000; ++i) {
        PolicyEventRecord event = embedded->events.at(i % embedded->events.size());
        // Gaps in the ids, as a database edited by hand would have.
        event.id = 1 + i * 3;
        event.text.zh += QStringLiteral("（第%1条）").arg(i);
        event.text.en = i % 7 == 0 ? QString() : event.text.en + QStringLiteral(" #%1").arg(i);
        if (i % 11 == 0)
            event.text.zh += QStringLiteral("\n第二行 🐉");
        content.events.append(event);
    }
    const QString exported = m_dir.filePath(QStringLiteral("exported-once.sqlite"));
    QVERIFY2(ReportDatabase::exportTo(content, exported, &error), qPrintable(error));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_bytes = file.readAll();
    const std::optional<QByteArray> script = ReportDatabase::sqlScript(content, &error);
    QVERIFY2(script, qPrintable(error));
    const std::optional<ReportContent> memory = ReportDatabase::loadSqlScript(*script, &error);
    QVERIFY2(memory, qPrintable(error));
    QVERIFY(!memory->eventTextStore);
    m_memory = *memory;
}

QString TestEventTexts::writeDatabase(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size())
        return {};
    return path;
}

void TestEventTexts::fileTextsEqualCopiedTexts()
{
    const QString path = writeDatabase(QStringLiteral("texts.sqlite"));
    QString error;
    const std::optional<ReportContent> file = ReportDatabase::loadFile(path, &error);
    QVERIFY2(file, qPrintable(error));
    QVERIFY(file->eventTextStore);
    QCOMPARE(file->events.size(), m_memory.events.size());
    EventTextReader reader(*file);
    for (qsizetype row = 0; row < file->events.size(); ++row) {
        const PolicyEventRecord &event = file->events.at(row);
        QVERIFY(event.text.zh.isEmpty() && event.text.en.isEmpty());
        // The identity stays in the file too: a string for each of a million events is 100 MB.
        QVERIFY(event.identity.isEmpty());
        QCOMPARE(event.id, m_memory.events.at(row).id);
        const BilingualText expected = m_memory.events.at(row).text;
        QCOMPARE(file->eventText(row), expected);
        QCOMPARE(reader.text(row), expected);
        QCOMPARE(m_memory.eventText(row), expected);
        const QString identity = m_memory.events.at(row).identity;
        QVERIFY(identity.startsWith(u"event:"));
        QCOMPARE(file->eventIdentity(row), identity);
        QCOMPARE(reader.identity(row), identity);
        QCOMPARE(m_memory.eventIdentity(row), identity);
    }
}

void TestEventTexts::readersOverRunsOfRows()
{
    const QString path = writeDatabase(QStringLiteral("runs.sqlite"));
    QString error;
    const std::optional<ReportContent> file = ReportDatabase::loadFile(path, &error);
    QVERIFY2(file, qPrintable(error));
    // A run in the middle, read with rows skipped, as a worker's share of a pass reads.
    EventTextReader reader(*file, 1000, 2000);
    for (qsizetype row = 1000; row < 2000; row += 1 + row % 5)
        QCOMPARE(reader.text(row), m_memory.events.at(row).text);
    EventTextReader last(*file, file->events.size() - 1, file->events.size());
    QCOMPARE(last.text(file->events.size() - 1), m_memory.events.last().text);
}

void TestEventTexts::exportWritesCompleteTexts()
{
    const QString path = writeDatabase(QStringLiteral("source.sqlite"));
    QString error;
    const std::optional<ReportContent> file = ReportDatabase::loadFile(path, &error);
    QVERIFY2(file, qPrintable(error));
    const QString exported = m_dir.filePath(QStringLiteral("exported.sqlite"));
    QVERIFY2(ReportDatabase::exportTo(*file, exported, &error), qPrintable(error));
    // The same rows inserted in the same order: the very same database.
    QFile exportedFile(exported);
    QVERIFY(exportedFile.open(QIODevice::ReadOnly));
    QVERIFY(exportedFile.readAll() == m_bytes);
    const std::optional<ReportContent> reloaded = ReportDatabase::loadFile(exported, &error);
    QVERIFY2(reloaded, qPrintable(error));
    EventTextReader reader(*reloaded);
    for (qsizetype row = 0; row < reloaded->events.size(); ++row)
        QCOMPARE(reader.text(row), m_memory.events.at(row).text);
}

void TestEventTexts::concurrentReads()
{
    const QString path = writeDatabase(QStringLiteral("threads.sqlite"));
    QString error;
    const std::optional<ReportContent> file = ReportDatabase::loadFile(path, &error);
    QVERIFY2(file, qPrintable(error));
    // Two threads looking events up one by one, in opposite orders, while this one streams
    // every text through a reader: all on the store's one connection.
    std::atomic_int mismatches = 0;
    auto lookUp = [&](bool backwards) {
        const qsizetype count = file->events.size();
        for (int round = 0; round < 3; ++round) {
            for (qsizetype i = 0; i < count; ++i) {
                const qsizetype row = backwards ? count - 1 - i : i;
                if (!(file->eventText(row) == m_memory.events.at(row).text))
                    ++mismatches;
            }
        }
    };
    std::unique_ptr<QThread> forwards(QThread::create(lookUp, false));
    std::unique_ptr<QThread> backwards(QThread::create(lookUp, true));
    forwards->start();
    backwards->start();
    for (int round = 0; round < 3; ++round) {
        EventTextReader reader(*file);
        for (qsizetype row = 0; row < file->events.size(); ++row) {
            if (!(reader.text(row) == m_memory.events.at(row).text))
                ++mismatches;
        }
    }
    QVERIFY(forwards->wait(60000));
    QVERIFY(backwards->wait(60000));
    QCOMPARE(mismatches.load(), 0);
}

void TestEventTexts::truncatedFileGivesEmptyTextsAndOneWarning()
{
    const QString path = writeDatabase(QStringLiteral("truncated.sqlite"));
    QString error;
    const std::optional<ReportContent> file = ReportDatabase::loadFile(path, &error);
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(file->eventText(0), m_memory.events.at(0).text);
    // Cut short in place, under the open connection: the pages of the last events are gone.
    QVERIFY(QFile::resize(path, 4096));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^Cannot read the policy events' texts from ")));
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
    const qsizetype last = file->events.size() - 1;
    QCOMPARE(file->eventText(last), BilingualText());
    QCOMPARE(file->eventText(last - 1), BilingualText());
    EventTextReader reader(*file, last - 1, last + 1);
    QCOMPARE(reader.text(last - 1), BilingualText());
    QCOMPARE(reader.text(last), BilingualText());
}

void TestEventTexts::textsOutliveAFileSavedOverThem()
{
    // Export Database to the path the report was opened from replaces the file by a rename:
    // the texts are still those of the file that was loaded.
    const QString path = writeDatabase(QStringLiteral("saved-over.sqlite"));
    QString error;
    const std::optional<ReportContent> file = ReportDatabase::loadFile(path, &error);
    QVERIFY2(file, qPrintable(error));
    ReportContent other = m_memory;
    other.events.resize(10);
    QVERIFY2(ReportDatabase::exportTo(other, path, &error), qPrintable(error));
    EventTextReader reader(*file);
    for (qsizetype row = 0; row < file->events.size(); ++row) {
        QCOMPARE(file->eventText(row), m_memory.events.at(row).text);
        QCOMPARE(reader.text(row), m_memory.events.at(row).text);
    }
}

QTEST_GUILESS_MAIN(TestEventTexts)
#include "tst_eventtexts.moc"
