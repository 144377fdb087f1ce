// Database files the explorer may be handed: each must load correctly or fail with an error that
// says what is wrong, and loading must never write: the file keeps its bytes and modification
// time, and no journal, WAL or shared-memory file appears beside it. Every fixture is made here,
// from the real report exported by ReportDatabase and then altered with SQLite's C API.
#include "reportdatabase.h"
#include "reportimporter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <functional>

class TestHostileDatabases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void realDatabaseLoadsWithoutWriting();
    void hostileDatabases_data();
    void hostileDatabases();
    void valueOverTheLengthLimit_data();
    void valueOverTheLengthLimit();
    void missingFileAndDirectory();
    void pathsThatLookLikeUriParameters_data();
    void pathsThatLookLikeUriParameters();
    void hotJournalIsNeitherReplayedNorDeleted();
    void walDatabaseIsReadWithoutSharedMemory();
    void corruptedPagesNeverCrash();

private:
    enum class Start { Valid, Empty };
    enum class Outcome { Loads, Fails, Either };
    using Edit = std::function<bool(sqlite3 *db, QString *error)>;

    QString freshPath(const QString &name);
    std::optional<QByteArray> makeFixture(Start start, const Edit &edit, QString *error);
    void checkLoadLeavesFileUntouched(const QString &path, Outcome outcome, const QString &messagePart = {});

    QTemporaryDir m_dir;
    QByteArray m_valid;
    ReportContent m_content;
    int m_fixtures = 0;
};

namespace {

bool exec(sqlite3 *db, const QString &sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QStringLiteral("%1: %2").arg(sql, QString::fromUtf8(message));
    sqlite3_free(message);
    return false;
}

QString columnText(sqlite3_stmt *statement, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)));
}

// Recreates table from its own CREATE statement passed through rewrite, copying every row across:
// how a fixture loosens NOT NULL or turns a column into a generated one without restating the schema.
bool redefineTable(sqlite3 *db, const QString &table, const std::function<QString(QString)> &rewrite, QString *error)
{
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", -1, &statement, nullptr);
    const QByteArray name = table.toUtf8();
    sqlite3_bind_text(statement, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    const QString createStatement = sqlite3_step(statement) == SQLITE_ROW ? columnText(statement, 0) : QString();
    sqlite3_finalize(statement);
    if (createStatement.isEmpty()) {
        *error = QStringLiteral("no table %1").arg(table);
        return false;
    }
    const QString old = QStringLiteral("old_") + table;
    if (!exec(db, QStringLiteral("PRAGMA legacy_alter_table = ON"), error)
        || !exec(db, QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(table, old), error)
        || !exec(db, rewrite(createStatement), error))
        return false;
    QStringList storedColumns;
    sqlite3_prepare_v2(db, QStringLiteral("PRAGMA table_xinfo(%1)").arg(table).toUtf8().constData(), -1, &statement,
                       nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        if (sqlite3_column_int(statement, 6) == 0) // hidden: generated columns are not copied
            storedColumns.append(columnText(statement, 1));
    }
    sqlite3_finalize(statement);
    const QString columns = storedColumns.join(u',');
    return exec(db, QStringLiteral("INSERT INTO %1(%2) SELECT %2 FROM %3").arg(table, columns, old), error)
        && exec(db, QStringLiteral("DROP TABLE %1").arg(old), error);
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QString TestHostileDatabases::freshPath(const QString &name)
{
    const QString directory = m_dir.filePath(QStringLiteral("case-%1").arg(++m_fixtures));
    QDir().mkpath(directory);
    return directory + u'/' + name;
}

std::optional<QByteArray> TestHostileDatabases::makeFixture(Start start, const Edit &edit, QString *error)
{
    const QString path = freshPath(QStringLiteral("fixture.sqlite"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(start == Start::Valid ? m_valid : QByteArray()) < 0) {
        *error = file.errorString();
        return std::nullopt;
    }
    file.close();
    sqlite3 *db = nullptr;
    bool edited = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK;
    if (!edited)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    else
        edited = edit(db, error);
    sqlite3_close(db);
    if (!edited)
        return std::nullopt;
    const QByteArray bytes = readAll(path);
    QDir(QFileInfo(path).absolutePath()).removeRecursively();
    return bytes;
}

// Loads path with ReportDatabase::loadFile, expecting outcome (a failure whose message contains
// messagePart). Whatever the outcome, the file must keep its bytes and modification time, and
// its directory must gain no file.
void TestHostileDatabases::checkLoadLeavesFileUntouched(const QString &path, Outcome outcome,
                                                        const QString &messagePart)
{
    const QDateTime longAgo(QDate(2016, 7, 1), QTime(12, 0), Qt::UTC);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(longAgo, QFileDevice::FileModificationTime));
    }
    const QDir directory = QFileInfo(path).absoluteDir();
    const QStringList filesBefore = directory.entryList(QDir::Files | QDir::Hidden | QDir::System);
    const QByteArray hashBefore = sha256(readAll(path));

    QString error;
    const std::optional<ReportContent> content = ReportDatabase::loadFile(path, &error);
    if (outcome == Outcome::Loads)
        QVERIFY2(content, qPrintable(error));
    if (outcome == Outcome::Fails)
        QVERIFY2(!content, "a hostile database loaded");
    if (!content) {
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(messagePart), qPrintable(error));
    }
    // A preview, the window's first look at the file, never passes off as whole a report the
    // whole load refuses: it fails too, or says it is a preview.
    for (const ReportDatabase::PreviewSize size : {ReportDatabase::PreviewSize(), ReportDatabase::PreviewSize{1, 1}}) {
        QString previewError;
        const std::optional<ReportContent> preview = ReportDatabase::loadFileStart(path, size, &previewError);
        if (!preview)
            QVERIFY2(previewError.startsWith(path + QStringLiteral(": ")), qPrintable(previewError));
        else if (!content)
            QVERIFY2(preview->preview,
                     qPrintable(QStringLiteral("refused whole (%1), read whole as a preview").arg(error)));
        else if (!preview->preview)
            QCOMPARE(preview->events.size(), content->events.size());
    }

    QCOMPARE(sha256(readAll(path)), hashBefore);
    QCOMPARE(QFileInfo(path).lastModified(), longAgo);
    QCOMPARE(directory.entryList(QDir::Files | QDir::Hidden | QDir::System), filesBefore);
}

void TestHostileDatabases::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile report(QStringLiteral(REPORT_SOURCE_DIR "/orgnization-2016.md"));
    QVERIFY(report.open(QIODevice::ReadOnly));
    ReportImporter::Error importError;
    const std::optional<ReportContent> content
        = ReportImporter::parse(report.readAll(), QStringLiteral("orgnization-2016.md"), &importError);
    QVERIFY2(content, qPrintable(importError.toString()));
    m_content = *content;
    QString error;
    const QString exported = m_dir.filePath(QStringLiteral("valid.sqlite"));
    QVERIFY2(ReportDatabase::exportTo(m_content, exported, &error), qPrintable(error));
    m_valid = readAll(exported);
    QVERIFY(m_valid.size() > 4096);
}

void TestHostileDatabases::realDatabaseLoadsWithoutWriting()
{
    const QString path = freshPath(QStringLiteral("report.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_valid);
    file.close();
    checkLoadLeavesFileUntouched(path, Outcome::Loads);
    QString error;
    const std::optional<ReportContent> content = ReportDatabase::loadFile(path, &error);
    QVERIFY2(content, qPrintable(error));
    QCOMPARE(content->alliances.size(), 8);
    QCOMPARE(content->events.size(), 26);
    QCOMPARE(content->alliances.at(5).guides.size(), 2);
}

void TestHostileDatabases::hostileDatabases_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");

    const QString notSqlite = QStringLiteral("not an SQLite database");
    const QString notReport = QStringLiteral("not a report database");
    const QString malformed = QStringLiteral("database disk image is malformed");
    // SQLite reads what a truncated file lacks as zeros, which the reader's checks then refuse.
    const QString anyError;

    QTest::newRow("empty file") << QByteArray() << notSqlite;
    QTest::newRow("markdown") << QByteArray("##产业协会\n\n#####中国开源软件推进联盟\n") << notSqlite;
    QTest::newRow("a zip archive") << QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10) << notSqlite;
    QTest::newRow("an SQLite header missing its NUL") << QByteArray("SQLite format 3!") + m_valid.mid(16) << notSqlite;
    QTest::newRow("the SQLite header alone") << m_valid.left(16) << QStringLiteral("file is not a database");
    QTest::newRow("truncated to its 100-byte header") << m_valid.left(100) << malformed;
    QTest::newRow("truncated to one page") << m_valid.left(4096) << malformed;
    QTest::newRow("truncated to half") << m_valid.left(m_valid.size() / 2) << anyError;
    QTest::newRow("truncated by one page") << m_valid.chopped(4096) << anyError;
    QTest::newRow("truncated mid-page") << m_valid.chopped(1000) << anyError;

    struct Case
    {
        const char *name;
        Start start;
        Edit edit;
        QString messagePart;
    };
    auto statements = [](const QStringList &sql) -> Edit {
        return [sql](sqlite3 *db, QString *error) {
            return std::all_of(sql.cbegin(), sql.cend(),
                               [db, error](const QString &one) { return exec(db, one, error); });
        };
    };
    auto sql = [&statements](const char *one) { return statements({QString::fromUtf8(one)}); };
    auto loosened = [](const QString &table, const QString &update) -> Edit {
        return [table, update](sqlite3 *db, QString *error) {
            auto dropNotNull
                = [](QString createStatement) { return createStatement.remove(QStringLiteral(" NOT NULL")); };
            return redefineTable(db, table, dropNotNull, error) && exec(db, update, error);
        };
    };
    auto retyped = [](const QString &table, const QString &declaration, const QString &update) -> Edit {
        return [table, declaration, update](sqlite3 *db, QString *error) {
            auto untype = [declaration](QString createStatement) {
                return createStatement.replace(declaration, declaration.section(u' ', 0, 0));
            };
            return redefineTable(db, table, untype, error) && exec(db, update, error);
        };
    };
    auto generated = [](const QString &table, const QString &column, const QString &expression) -> Edit {
        return [table, column, expression](sqlite3 *db, QString *error) {
            auto generate = [column, expression](QString createStatement) {
                return createStatement.replace(
                    QStringLiteral(" %1 TEXT,").arg(column),
                    QStringLiteral(" %1 TEXT GENERATED ALWAYS AS (%2) VIRTUAL,").arg(column, expression));
            };
            return redefineTable(db, table, generate, error);
        };
    };

    const Case cases[] = {
        {"another application's SQLite database", Start::Empty,
         statements({QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)"),
                     QStringLiteral("INSERT INTO notes(body) VALUES ('产业协会')")}),
         notReport},
        {"an empty SQLite database", Start::Empty, sql("CREATE TABLE t(x); DROP TABLE t; VACUUM"), notReport},
        {"one report table missing", Start::Valid, sql("DROP TABLE alliance_items"),
         QStringLiteral("no table “alliance_items”")},
        {"a newer schema version", Start::Valid, sql("PRAGMA user_version = 99"), QStringLiteral("newer")},
        {"the newest possible schema version", Start::Valid, sql("PRAGMA user_version = 2147483647"),
         QStringLiteral("newer")},
        {"an older schema version", Start::Valid, sql("PRAGMA user_version = 0"), QStringLiteral("schema version 0")},
        {"a negative schema version", Start::Valid, sql("PRAGMA user_version = -1"),
         QStringLiteral("schema version -1")},

        {"report_meta.key NULL", Start::Valid,
         loosened(QStringLiteral("report_meta"),
                  QStringLiteral("UPDATE report_meta SET key = NULL WHERE key = 'title'")),
         QStringLiteral("report_meta.key is missing (NULL)")},
        {"alliances.name_zh NULL", Start::Valid,
         loosened(QStringLiteral("alliances"), QStringLiteral("UPDATE alliances SET name_zh = NULL WHERE id = 3")),
         QStringLiteral("alliances.name_zh is missing (NULL)")},
        {"alliances.source_line NULL", Start::Valid,
         loosened(QStringLiteral("alliances"), QStringLiteral("UPDATE alliances SET source_line = NULL WHERE id = 8")),
         QStringLiteral("alliances.source_line is missing (NULL)")},
        {"policy_events.text_zh NULL", Start::Valid,
         loosened(QStringLiteral("policy_events"),
                  QStringLiteral("UPDATE policy_events SET text_zh = NULL WHERE id = 26")),
         QStringLiteral("policy_events.text_zh is missing (NULL)")},
        {"policy_events.date_precision NULL", Start::Valid,
         loosened(QStringLiteral("policy_events"),
                  QStringLiteral("UPDATE policy_events SET date_precision = NULL WHERE id = 1")),
         QStringLiteral("policy_events.date is missing (NULL)")},
        {"alliance_guides.name_zh NULL", Start::Valid,
         loosened(QStringLiteral("alliance_guides"), QStringLiteral("UPDATE alliance_guides SET name_zh = NULL")),
         QStringLiteral("alliance_guides.name_zh is missing (NULL)")},
        {"policy_events.text_zh blank", Start::Valid, sql("UPDATE policy_events SET text_zh = '  ' WHERE id = 3"),
         QStringLiteral("policy_events.text_zh is empty")},
        {"policy_events.identity NULL", Start::Valid,
         loosened(QStringLiteral("policy_events"),
                  QStringLiteral("UPDATE policy_events SET identity = NULL WHERE id = 20")),
         QStringLiteral("policy_events.identity is missing (NULL)")},
        {"policy_events.identity blank", Start::Valid, sql("UPDATE policy_events SET identity = ' ' WHERE id = 4"),
         QStringLiteral("policy_events.identity is empty")},
        {"a blob where policy_events.identity belongs", Start::Valid,
         sql("UPDATE policy_events SET identity = X'6576656E74' WHERE id = 5"),
         QStringLiteral("policy_events.identity holds a QByteArray where text belongs")},

        {"a blob where alliances.name_zh belongs", Start::Valid,
         sql("UPDATE alliances SET name_zh = X'E4B8AD' WHERE id = 2"),
         QStringLiteral("alliances.name_zh holds a QByteArray where text belongs")},
        {"a blob where alliance_items.text_zh belongs", Start::Valid,
         sql("UPDATE alliance_items SET text_zh = X'00FF'"),
         QStringLiteral("alliance_items.text_zh holds a QByteArray where text belongs")},
        {"a blob where policy_events.text_zh belongs", Start::Valid,
         sql("UPDATE policy_events SET text_zh = X'E4B8AD' WHERE id = 12"),
         QStringLiteral("policy_events.text_zh holds a QByteArray where text belongs")},
        {"a number where policy_events.text_en belongs", Start::Valid,
         retyped(QStringLiteral("policy_events"), QStringLiteral("text_en TEXT"),
                 QStringLiteral("UPDATE policy_events SET text_en = 42 WHERE id = 20")),
         QStringLiteral("policy_events.text_en holds a qlonglong where text belongs")},
        {"a number where report_meta.value belongs", Start::Valid,
         retyped(QStringLiteral("report_meta"), QStringLiteral("value TEXT NOT NULL"),
                 QStringLiteral("UPDATE report_meta SET value = 2016 WHERE key = 'edition'")),
         QStringLiteral("report_meta.value holds a qlonglong where text belongs")},
        {"a number where alliances.slug belongs", Start::Valid,
         retyped(QStringLiteral("alliances"), QStringLiteral("slug TEXT NOT NULL"),
                 QStringLiteral("UPDATE alliances SET slug = 3.5 WHERE id = 4")),
         QStringLiteral("alliances.slug holds a double where text belongs")},
        {"text where alliances.source_line belongs", Start::Valid,
         sql("UPDATE alliances SET source_line = 'line four' WHERE id = 1"),
         QStringLiteral("alliances.source_line holds a QString where a whole number belongs")},
        {"a real where policy_events.source_line belongs", Start::Valid,
         sql("UPDATE policy_events SET source_line = 1.5 WHERE id = 7"),
         QStringLiteral("policy_events.source_line holds a double where a whole number belongs")},
        {"a blob where alliances.member_count_min belongs", Start::Valid,
         sql("UPDATE alliances SET member_count_min = X'64' WHERE id = 1"),
         QStringLiteral("alliances.member_count_min holds a QByteArray where a whole number belongs")},
        {"a negative member count", Start::Valid, sql("UPDATE alliances SET member_count_min = -5 WHERE id = 1"),
         QStringLiteral("alliances.member_count_min -5 is out of range")},
        {"a member count beyond int", Start::Valid,
         sql("UPDATE alliances SET member_count_min = 99999999999 WHERE id = 1"), QStringLiteral("out of range")},
        {"an event id of 0", Start::Valid, sql("UPDATE policy_events SET id = 0 WHERE id = 1"),
         QStringLiteral("policy_events.id 0 is out of range")},
        {"an event id beyond int", Start::Valid, sql("UPDATE policy_events SET id = 4294967296 WHERE id = 1"),
         QStringLiteral("policy_events.id 4294967296 is out of range")},
        {"a founding date that does not match its precision", Start::Valid,
         sql("UPDATE alliances SET founded = '2015-13' WHERE id = 2"),
         QStringLiteral("alliances.founded “2015-13” does not match its precision “month”")},
        {"an unknown date precision", Start::Valid,
         sql("PRAGMA ignore_check_constraints = ON; UPDATE policy_events SET date_precision = 'decade' WHERE id = 1"),
         QStringLiteral("does not match its precision “decade”")},
        {"an unknown policy level", Start::Valid,
         sql("PRAGMA ignore_check_constraints = ON; UPDATE policy_events SET level = 'galactic' WHERE id = 1"),
         QStringLiteral("policy_events.level of event 1 is not central, provincial, municipal or other")},
        {"an unknown item kind", Start::Valid,
         sql("PRAGMA ignore_check_constraints = ON; UPDATE alliance_items SET kind = 'bogus' WHERE rowid = 1"),
         QStringLiteral("alliance_items.kind “bogus” is not structure, activity, service or other")},

        {"a trigger that would write", Start::Valid,
         sql("CREATE TRIGGER plant AFTER INSERT ON alliances BEGIN INSERT INTO report_meta VALUES ('planted', 'yes'); "
             "END"),
         QStringLiteral("not a report database: it carries the trigger “plant”")},
        {"a trigger that would delete", Start::Valid,
         sql("CREATE TRIGGER wipe BEFORE UPDATE ON report_meta BEGIN DELETE FROM policy_events; END"),
         QStringLiteral("it carries the trigger “wipe”")},
        {"alliances as a view calling load_extension", Start::Valid,
         statements(
             {QStringLiteral("DROP TABLE alliances"),
              QStringLiteral(
                  "CREATE VIEW alliances AS SELECT load_extension('/nonexistent/evil.so') AS id FROM report_meta")}),
         QStringLiteral("not a report database: it has no table “alliances”")},
        {"an extra view calling a function", Start::Valid,
         sql("CREATE VIEW extra AS SELECT load_extension('/nonexistent/evil.so'), zeroblob(2000000000)"),
         QStringLiteral("it carries the view “extra”")},
        {"alliance_guides as an FTS5 virtual table", Start::Valid,
         sql("DROP TABLE alliance_guides; CREATE VIRTUAL TABLE alliance_guides USING fts5(alliance_id, position, "
             "name_zh, name_en)"),
         QStringLiteral("it carries the virtual table “alliance_guides”")},
        {"an extra R*Tree virtual table", Start::Valid, sql("CREATE VIRTUAL TABLE places USING rtree(id, x0, x1)"),
         QStringLiteral("it carries the virtual table “places”")},
        {"a virtual table of a module nobody has, written into the schema", Start::Valid,
         sql("PRAGMA writable_schema = ON; INSERT INTO sqlite_schema VALUES ('table', 'evil', 'evil', 0, "
             "'create  virtual  table evil using nosuchmodule(a)')"),
         notReport},
        {"a schema entry that is not SQL", Start::Valid,
         sql("PRAGMA writable_schema = ON; INSERT INTO sqlite_schema VALUES ('table', 'bad', 'bad', 0, 'NOT SQL AT "
             "ALL')"),
         QStringLiteral("malformed database schema")},
        {"a generated column blowing up memory", Start::Valid,
         generated(QStringLiteral("alliances"), QStringLiteral("intro_zh"),
                   QStringLiteral("zeroblob(100 * 1024 * 1024)")),
         QStringLiteral("it carries the generated column “alliances.intro_zh”")},
        {"an event text blowing up memory", Start::Valid,
         generated(QStringLiteral("policy_events"), QStringLiteral("text_en"),
                   QStringLiteral("zeroblob(100 * 1024 * 1024)")),
         QStringLiteral("it carries the generated column “policy_events.text_en”")},
        {"a generated column that looks harmless", Start::Valid,
         generated(QStringLiteral("alliances"), QStringLiteral("intro_en"), QStringLiteral("upper(name_zh)")),
         QStringLiteral("it carries the generated column “alliances.intro_en”")},
    };
    for (const Case &fixture : cases) {
        QString error;
        const std::optional<QByteArray> bytes = makeFixture(fixture.start, fixture.edit, &error);
        QVERIFY2(bytes, qPrintable(QStringLiteral("%1: %2").arg(QString::fromUtf8(fixture.name), error)));
        QTest::newRow(fixture.name) << *bytes << fixture.messagePart;
    }
}

void TestHostileDatabases::hostileDatabases()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);

    const QString path = freshPath(QStringLiteral("hostile.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    checkLoadLeavesFileUntouched(path, Outcome::Fails, messagePart);
}

void TestHostileDatabases::valueOverTheLengthLimit_data()
{
    QTest::addColumn<QString>("update");
    QTest::addColumn<QString>("messagePart");
    // Blobs and texts, in the tables read whole and in the events, one text after a NUL (where
    // length() of a text stops counting). Each stands in a row after valid ones, where a reader
    // stopping mid-table would return the rows before it.
    const QString overLimit = QStringLiteral(" holds a value over the 64 MiB a report database may hold");
    QTest::newRow("a blob in an alliance")
        << QStringLiteral("UPDATE alliances SET intro_zh = zeroblob(64 * 1024 * 1024 + 1) WHERE id = 2")
        << QStringLiteral("alliances.intro_zh") + overLimit;
    QTest::newRow("a text in a guide") << QStringLiteral(
        "UPDATE alliance_guides SET name_en = hex(zeroblob(32 * 1024 * 1024)) || 'x'"
        " WHERE rowid = (SELECT max(rowid) FROM alliance_guides)")
                                       << QStringLiteral("alliance_guides.name_en") + overLimit;
    QTest::newRow("a text in an event, its Chinese text after a NUL")
        << QStringLiteral(
               "UPDATE policy_events SET text_zh = CAST(x'00' || zeroblob(64 * 1024 * 1024) AS TEXT) WHERE id = 20")
        << QStringLiteral("policy_events.text_zh") + overLimit;
    QTest::newRow("a region of an event")
        << QStringLiteral("UPDATE policy_events SET region_en = hex(zeroblob(32 * 1024 * 1024)) || 'x' WHERE id = 26")
        << QStringLiteral("policy_events.region_en") + overLimit;
}

void TestHostileDatabases::valueOverTheLengthLimit()
{
    QFETCH(QString, update);
    QFETCH(QString, messagePart);
    QString error;
    const std::optional<QByteArray> bytes = makeFixture(
        Start::Valid, [&update](sqlite3 *db, QString *editError) { return exec(db, update, editError); }, &error);
    QVERIFY2(bytes, qPrintable(error));
    const QString path = freshPath(QStringLiteral("long-value.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(*bytes);
    file.close();
    checkLoadLeavesFileUntouched(path, Outcome::Fails, messagePart);
}

void TestHostileDatabases::missingFileAndDirectory()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
    QString error;
    QVERIFY(!ReportDatabase::loadFile(missing, &error));
    QCOMPARE(error, missing + QStringLiteral(": no such file"));
    QVERIFY(!QFileInfo::exists(missing));

    const QString directory = freshPath(QStringLiteral("a-directory.sqlite"));
    QVERIFY(QDir().mkpath(directory));
    QVERIFY(!ReportDatabase::loadFile(directory, &error));
    QCOMPARE(error, directory + QStringLiteral(": not a file"));
}

void TestHostileDatabases::pathsThatLookLikeUriParameters_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("spaces and CJK") << QStringLiteral("开源 报告 2016.sqlite");
    QTest::newRow("a query string") << QStringLiteral("report.sqlite?mode=rwc&immutable=0");
    QTest::newRow("a fragment and percent escapes") << QStringLiteral("report #1 %3F%26mode=rw.sqlite");
    QTest::newRow("a name that is a URI") << QStringLiteral("file:report.sqlite");
}

void TestHostileDatabases::pathsThatLookLikeUriParameters()
{
    // The file is opened through an SQLite URI; its name must not add parameters to it.
    QFETCH(QString, name);
    const QString path = freshPath(name);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    file.write(m_valid);
    file.close();
    checkLoadLeavesFileUntouched(path, Outcome::Loads);
}

void TestHostileDatabases::hotJournalIsNeitherReplayedNorDeleted()
{
    // A copy taken while another program was mid-transaction: the database with its rollback
    // journal beside it. Opening it normally would roll the journal back into the file.
    const QString livePath = freshPath(QStringLiteral("live.sqlite"));
    QFile live(livePath);
    QVERIFY(live.open(QIODevice::WriteOnly));
    live.write(m_valid);
    live.close();
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(livePath.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    QString error;
    // A one-page cache forces the transaction's pages out to the file before it commits.
    QVERIFY2(exec(db,
                  QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA cache_size = 1; BEGIN EXCLUSIVE;"
                                 " UPDATE policy_events SET text_zh = text_zh || hex(randomblob(300));"
                                 " UPDATE alliances SET intro_zh = intro_zh || hex(randomblob(300));"),
                  &error),
             qPrintable(error));
    const QString copyPath = freshPath(QStringLiteral("copy.sqlite"));
    QVERIFY(QFileInfo::exists(livePath + QStringLiteral("-journal")));
    QVERIFY(QFile::copy(livePath, copyPath));
    QVERIFY(QFile::copy(livePath + QStringLiteral("-journal"), copyPath + QStringLiteral("-journal")));
    exec(db, QStringLiteral("ROLLBACK"), &error);
    sqlite3_close(db);

    const QByteArray journalBefore = sha256(readAll(copyPath + QStringLiteral("-journal")));
    const QByteArray copyBefore = sha256(readAll(copyPath));
    QVERIFY2(copyBefore != sha256(m_valid), "the transaction never reached the file; the journal is not hot");
    std::optional<ReportContent> content = ReportDatabase::loadFile(copyPath, &error);
    QVERIFY(content || !error.isEmpty());
    QCOMPARE(sha256(readAll(copyPath)), copyBefore);
    QCOMPARE(sha256(readAll(copyPath + QStringLiteral("-journal"))), journalBefore);
    QCOMPARE(QDir(QFileInfo(copyPath).absolutePath()).entryList(QDir::Files | QDir::Hidden),
             (QStringList{QStringLiteral("copy.sqlite"), QStringLiteral("copy.sqlite-journal")}));
}

void TestHostileDatabases::walDatabaseIsReadWithoutSharedMemory()
{
    const QString livePath = freshPath(QStringLiteral("live.sqlite"));
    QFile live(livePath);
    QVERIFY(live.open(QIODevice::WriteOnly));
    live.write(m_valid);
    live.close();
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(livePath.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    QString error;
    QVERIFY2(exec(db,
                  QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;"
                                 " UPDATE report_meta SET value = 'changed in the WAL' WHERE key = 'title'"),
                  &error),
             qPrintable(error));
    const QString copyPath = freshPath(QStringLiteral("wal.sqlite"));
    QVERIFY(QFile::copy(livePath, copyPath));
    QVERIFY(QFile::copy(livePath + QStringLiteral("-wal"), copyPath + QStringLiteral("-wal")));
    sqlite3_close(db);

    const QByteArray walBefore = sha256(readAll(copyPath + QStringLiteral("-wal")));
    checkLoadLeavesFileUntouched(copyPath, Outcome::Loads);
    QCOMPARE(sha256(readAll(copyPath + QStringLiteral("-wal"))), walBefore);
    QVERIFY(!QFileInfo::exists(copyPath + QStringLiteral("-shm")));
    // Immutable means the file alone: what only the WAL holds is not read.
    const std::optional<ReportContent> content = ReportDatabase::loadFile(copyPath, &error);
    QVERIFY2(content, qPrintable(error));
    QCOMPARE(content->title, m_content.title);
}

void TestHostileDatabases::corruptedPagesNeverCrash()
{
    // Deterministic damage: a few bytes overwritten anywhere past the header's magic string.
    QRandomGenerator random(20160722);
    int loaded = 0;
    int failed = 0;
    for (int round = 0; round < 400; ++round) {
        QByteArray damaged = m_valid;
        const int flips = 1 + int(random.bounded(8));
        for (int i = 0; i < flips; ++i)
            damaged[16 + qsizetype(random.bounded(quint32(damaged.size() - 16)))] = char(random.bounded(256));
        const QString path = freshPath(QStringLiteral("damaged.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(damaged);
        file.close();
        QString error;
        const std::optional<ReportContent> content = ReportDatabase::loadFile(path, &error);
        if (content) {
            ++loaded;
        } else {
            ++failed;
            QVERIFY(!error.isEmpty());
        }
        if (round % 40 == 0)
            checkLoadLeavesFileUntouched(path, Outcome::Either);
        QDir(QFileInfo(path).absolutePath()).removeRecursively();
    }
    qInfo("400 damaged copies: %d loaded, %d refused", loaded, failed);
}

QTEST_GUILESS_MAIN(TestHostileDatabases)
#include "tst_hostiledatabases.moc"
