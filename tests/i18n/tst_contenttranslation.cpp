// Every record and field of both editions of the report has English, and every entry of the
// translation table still matches a record of one of them: a changed report shows up here first.
#include "contenttranslator.h"
#include "reportdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

class TestContentTranslation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyFieldHasEnglish_data();
    void everyFieldHasEnglish();
    void everyTableEntryMatchesTheReport();
    void databaseHasNoEmptyEnglishColumn_data();
    void databaseHasNoEmptyEnglishColumn();
    void reportsOwnEnglishNamesAreKept_data();
    void reportsOwnEnglishNamesAreKept();
    void copuHasItsOwnEnglishName_data();
    void copuHasItsOwnEnglishName();

private:
    static void addEditions();
    static std::optional<ReportContent> load(const QString &edition, QString *error);

    std::optional<ReportContent> m_edition; // the one the current data row names
};

void TestContentTranslation::addEditions()
{
    QTest::addColumn<QString>("edition");
    QTest::newRow("2016") << QStringLiteral("2016");
    QTest::newRow("2015") << QStringLiteral("2015");
}

// Loads the edition a test's data row names, for every test that has rows.
void TestContentTranslation::init()
{
    m_edition.reset();
    if (!QTest::currentDataTag())
        return;
    QFETCH(QString, edition);
    QString error;
    m_edition = load(edition, &error);
    QVERIFY2(m_edition, qPrintable(error));
}

// The edition as the explorer embeds it, translated at build time with the embedded tables.
std::optional<ReportContent> TestContentTranslation::load(const QString &edition, QString *error)
{
    const std::optional<ReportContent> editions = ReportDatabase::loadEmbedded(error);
    if (!editions)
        return std::nullopt;
    return editions->forEdition(edition.toInt());
}

void TestContentTranslation::everyFieldHasEnglish_data()
{
    QTest::addColumn<QString>("edition");
    QTest::addColumn<int>("alliances");
    QTest::addColumn<int>("events");
    QTest::newRow("2016") << QStringLiteral("2016") << 8 << 26;
    QTest::newRow("2015") << QStringLiteral("2015") << 6 << 14;
}

void TestContentTranslation::everyFieldHasEnglish()
{
    QFETCH(int, alliances);
    QFETCH(int, events);
    const ReportContent &content = *m_edition;
    // All of the edition's records, so that none escapes the check below.
    QCOMPARE(content.alliances.size(), alliances);
    QCOMPARE(content.events.size(), events);
    const QStringList missing = ContentTranslator::untranslated(content);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no English for: ") + missing.join(QStringLiteral(" | "))));
}

void TestContentTranslation::everyTableEntryMatchesTheReport()
{
    QString error;
    ContentTranslator translator;
    QVERIFY2(translator.addEmbeddedTables(&error), qPrintable(error));
    QSet<QString> unused;
    bool first = true;
    for (const QString &edition : {QStringLiteral("2016"), QStringLiteral("2015")}) {
        const std::optional<ReportContent> content = load(edition, &error);
        QVERIFY2(content, qPrintable(error));
        const QStringList unusedHere = translator.unusedEntries(*content, QStringLiteral(":/report/content.en.tsv"));
        const QSet<QString> unusedInEdition(unusedHere.cbegin(), unusedHere.cend());
        unused = first ? unusedInEdition : unused.intersect(unusedInEdition);
        first = false;
    }
    QStringList list = unused.values();
    list.sort();
    QVERIFY2(list.isEmpty(),
             qPrintable(QStringLiteral("entries matching no record of either edition: ")
                        + list.join(QStringLiteral(" | "))));
}

void TestContentTranslation::databaseHasNoEmptyEnglishColumn_data()
{
    addEditions();
}

void TestContentTranslation::databaseHasNoEmptyEnglishColumn()
{
    const ReportContent &content = *m_edition;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.sqlite"));
    QString error;
    QVERIFY2(ReportDatabase::exportTo(content, path, &error), qPrintable(error));

    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    // Every column whose name ends in _en, in every table, as sqlite3 on an export would see it.
    sqlite3_stmt *columns = nullptr;
    QCOMPARE(sqlite3_prepare_v2(db,
                                "SELECT m.name, p.name FROM sqlite_schema m JOIN pragma_table_info(m.name) p"
                                " WHERE m.type = 'table' AND p.name LIKE '%\\_en' ESCAPE '\\'",
                                -1, &columns, nullptr),
             SQLITE_OK);
    int checked = 0;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(columns)) == SQLITE_ROW) {
        const QString table = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(columns, 0)));
        const QString column = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(columns, 1)));
        const QByteArray sql = QStringLiteral("SELECT count(*) FROM \"%1\" WHERE \"%2\" IS NULL OR trim(\"%2\") = ''")
                                   .arg(table, column)
                                   .toUtf8();
        sqlite3_stmt *count = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, sql.constData(), -1, &count, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(count), SQLITE_ROW);
        const int empty = sqlite3_column_int(count, 0);
        sqlite3_finalize(count);
        QVERIFY2(empty == 0,
                 qPrintable(QStringLiteral("%1.%2 has %3 NULL or empty values").arg(table, column).arg(empty)));
        ++checked;
    }
    QVERIFY2(step == SQLITE_DONE, sqlite3_errmsg(db));
    sqlite3_finalize(columns);
    // The section titles and the policy introduction live in report_meta as *_en keys.
    sqlite3_stmt *meta = nullptr;
    QCOMPARE(sqlite3_prepare_v2(
                 db, "SELECT count(*) FROM report_meta WHERE key LIKE '%\\_en' ESCAPE '\\' AND trim(value) <> ''", -1,
                 &meta, nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_step(meta), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(meta, 0), 3);
    sqlite3_finalize(meta);
    sqlite3_close(db);
    // editions (4), alliances (3), alliance_guides, alliance_items, policy_events (2).
    QCOMPARE(checked, 11);
}

void TestContentTranslation::reportsOwnEnglishNamesAreKept_data()
{
    addEditions();
}

// An English name the report gives is the alliance's English name, unless the glossary holds
// the body's own established name; the report's spelling then stays in givenEnglishName.
void TestContentTranslation::reportsOwnEnglishNamesAreKept()
{
    const ReportContent &content = *m_edition;
    QFile glossary(QStringLiteral(":/report/glossary.tsv"));
    QVERIFY(glossary.open(QIODevice::ReadOnly));
    QHash<QString, QString> establishedNames;
    for (const QByteArray &line : glossary.readAll().split('\n')) {
        const QStringList fields = QString::fromUtf8(line).split(u'\t');
        if (fields.size() >= 3 && fields.at(2).startsWith(QLatin1String("established")))
            establishedNames.insert(fields.at(0), fields.at(1));
    }
    int given = 0;
    for (const AllianceRecord &alliance : content.alliances) {
        if (alliance.givenEnglishName.isEmpty())
            continue;
        ++given;
        const auto established = establishedNames.constFind(alliance.name.zh);
        if (established != establishedNames.constEnd())
            QCOMPARE(alliance.name.en, *established);
        else
            QVERIFY2(alliance.name.en.contains(alliance.givenEnglishName, Qt::CaseInsensitive),
                     qPrintable(alliance.name.en));
    }
    QVERIFY(given > 0);
}

void TestContentTranslation::copuHasItsOwnEnglishName_data()
{
    addEditions();
}

void TestContentTranslation::copuHasItsOwnEnglishName()
{
    const ReportContent &content = *m_edition;
    const auto copu = std::find_if(content.alliances.cbegin(), content.alliances.cend(),
                                   [](const AllianceRecord &alliance) { return alliance.abbreviation == u"COPU"; });
    QVERIFY(copu != content.alliances.cend());
    QCOMPARE(copu->name.en, QStringLiteral("China OSS Promotion Union (COPU)"));
    QCOMPARE(copu->givenEnglishName, QStringLiteral("China Open Source Promotion Union"));
}

QTEST_GUILESS_MAIN(TestContentTranslation)
#include "tst_contenttranslation.moc"
