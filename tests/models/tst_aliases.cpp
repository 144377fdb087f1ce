// The alias table (resources/report/aliases.tsv) and searching by any name: hostile tables are
// refused with the line named, every form of the built-in table is in the report or documented,
// and a short form, the full Chinese name and the English name find the same events.
#include "aliastable.h"
#include "reportsearch.h"
#include "reporttesthelpers.h"
#include "searchquery.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestAliases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostileTablesAreRefused_data();
    void hostileTablesAreRefused();
    void builtInTableIsTheSourceTable();
    void everyFormOccursInTheReportOrIsDocumented();
    void anyNameFindsTheSameEvents_data();
    void anyNameFindsTheSameEvents();
    void predecessorIsRelatedNotEqual();
    void abbreviationsMatchAsWords();
    void narrowingKeepsTheAliases();

private:
    QSharedPointer<const ReportContent> m_content;
};

namespace {

QByteArray readSource(const QString &name)
{
    QFile file(QDir(QStringLiteral(REPORT_SOURCE_DIR)).filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString eventIdsOf(const ReportContent &content, const QBitArray &rows)
{
    QStringList ids;
    for (qsizetype row = 0; row < rows.size(); ++row) {
        if (rows.testBit(row))
            ids.append(QString::number(content.events.at(row).id));
    }
    return ids.join(u',');
}

} // namespace

void TestAliases::initTestCase()
{
    QString error;
    m_content = ReportTest::embeddedContent(&error);
    QVERIFY2(m_content, qPrintable(error));
}

void TestAliases::hostileTablesAreRefused_data()
{
    QTest::addColumn<QByteArray>("table");
    QTest::addColumn<QString>("error");
    QTest::newRow("self-alias") << QByteArray("工信部\tshort\t工信部\treport\n")
                                << "line 1: “工信部” is given as an alias of itself";
    QTest::newRow("self-alias by case") << QByteArray("MIIT\tabbreviation\tmiit\treport\n")
                                        << "line 1: “MIIT” is given as an alias of itself";
    QTest::newRow("cycle of two") << QByteArray("工信部\tshort\tMIIT\treport\nMIIT\tabbreviation\t工信部\treport\n")
                                  << "line 1: alias cycle: 工信部 → MIIT → 工信部";
    QTest::newRow("cycle of three") << readSource(QStringLiteral("../../tests/models/aliases/cycle.tsv"))
                                    << "line 2: alias cycle: 工信部 → 工业和信息化部 → MIIT → 工信部";
    QTest::newRow("two bodies") << QByteArray("MOF\tabbreviation\t财政部\treport\nMOF\tabbreviation\t教育部\treport\n")
                                << "line 2: “MOF” is already listed on line 1";
    QTest::newRow("predecessor loop") << QByteArray("信息产业部\tpredecessor\t工业和信息化部\treport\t2008\n"
                                                    "工业和信息化部\tpredecessor\t信息产业部\treport\t2009\n")
                                      << "predecessor loop through";
    QTest::newRow("predecessor of itself")
        << QByteArray("工信部\tshort\t工业和信息化部\treport\n工业和信息化部\tpredecessor\t工信部\treport\t2008\n")
        << "line 2: “工业和信息化部” cannot be its own body's predecessor";
    QTest::newRow("predecessor without a year") << QByteArray("信息产业部\tpredecessor\t工业和信息化部\treport\n")
                                                << "line 1: a predecessor needs the year it was replaced";
    QTest::newRow("unknown kind") << QByteArray("# comment\n\n工信部\tnickname\t工业和信息化部\treport\n")
                                  << "line 3: unknown kind “nickname”";
    QTest::newRow("unknown evidence") << QByteArray("工信部\tshort\t工业和信息化部\thearsay\n")
                                      << "line 1: evidence is “report” or “official”, not “hearsay”";
    QTest::newRow("official without a note")
        << QByteArray("国办\tshort\t国务院办公厅\tofficial\n") << "line 1: an official form needs a note";
    QTest::newRow("too few fields") << QByteArray("工信部\tshort\n") << "line 1: expected";
    QTest::newRow("empty form") << QByteArray(" \tshort\t工业和信息化部\treport\n")
                                << "line 1: a form and the name it belongs to are both needed";
}

void TestAliases::hostileTablesAreRefused()
{
    QFETCH(QByteArray, table);
    QFETCH(QString, error);
    QVERIFY(!table.isEmpty());
    QString message;
    QVERIFY(!AliasTable::parse(table, QStringLiteral("hostile.tsv"), &message));
    QVERIFY2(message.startsWith(QStringLiteral("hostile.tsv, ")), qPrintable(message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

void TestAliases::builtInTableIsTheSourceTable()
{
    QString error;
    const std::optional<AliasTable> source
        = AliasTable::parse(readSource(QStringLiteral("aliases.tsv")), QStringLiteral("aliases.tsv"), &error);
    QVERIFY2(source, qPrintable(error));
    QVERIFY(source->forms().size() >= 20);
    QCOMPARE(AliasTable::builtIn().forms().size(), source->forms().size());
    for (const char *form : {"工信部", "国办", "人社部", "科技部", "网信办", "MOF", "COPU", "863 Program"})
        QVERIFY2(!AliasTable::builtIn().equalForms(QString::fromUtf8(form)).isEmpty(), form);
    QCOMPARE(AliasTable::builtIn().equalForms(QStringLiteral("ＭＩＩＴ")).constFirst(),
             QStringLiteral("工业和信息化部"));
}

void TestAliases::everyFormOccursInTheReportOrIsDocumented()
{
    // The report in both languages: its markdown (every edition in the folder) and the English
    // of the translation tables.
    QString report;
    const QStringList editions = QDir(QStringLiteral(REPORT_SOURCE_DIR)).entryList({QStringLiteral("*.md")});
    QVERIFY(!editions.isEmpty());
    for (const QString &name : editions + QStringList{QStringLiteral("glossary.tsv"), QStringLiteral("content.en.tsv")})
        report += QString::fromUtf8(readSource(name));
    const QString folded = AliasTable::key(report);
    for (const AliasTable::Form &form : AliasTable::builtIn().forms()) {
        if (form.evidence == AliasTable::Evidence::Official)
            QVERIFY2(form.note.contains(u'.'), qPrintable(QStringLiteral("line %1: no source").arg(form.line)));
        else
            QVERIFY2(folded.contains(AliasTable::key(form.text)),
                     qPrintable(QStringLiteral("line %1: “%2” is not in the report").arg(form.line).arg(form.text)));
    }
}

void TestAliases::anyNameFindsTheSameEvents_data()
{
    QTest::addColumn<QString>("shortForm");
    QTest::addColumn<QString>("chinese");
    QTest::addColumn<QString>("english");
    QTest::addColumn<int>("count");
    QTest::newRow("工信部") << "工信部"
                            << "工业和信息化部"
                            << "Ministry of Industry and Information Technology" << 4;
    QTest::newRow("国办") << "国办"
                          << "国务院办公厅"
                          << "General Office of the State Council" << 2;
    QTest::newRow("人社部") << "人社部"
                            << "人力资源和社会保障部"
                            << "Ministry of Human Resources and Social Security" << 1;
    QTest::newRow("MIIT") << "MIIT"
                          << "中华人民共和国工业和信息化部"
                          << "miit" << 4;
    QTest::newRow("COPU") << "COPU"
                          << "中国开源软件推进联盟"
                          << "China Open Source Promotion Union" << 1;
    QTest::newRow("863") << "863计划"
                         << "国家高技术研究发展计划"
                         << "863 Program" << 1;
}

void TestAliases::anyNameFindsTheSameEvents()
{
    QFETCH(QString, shortForm);
    QFETCH(QString, chinese);
    QFETCH(QString, english);
    QFETCH(int, count);
    const QBitArray found = ReportSearch::matchingEvents(*m_content, shortForm);
    QCOMPARE(found.count(true), count);
    QCOMPARE(eventIdsOf(*m_content, ReportSearch::matchingEvents(*m_content, chinese)), eventIdsOf(*m_content, found));
    QCOMPARE(eventIdsOf(*m_content, ReportSearch::matchingEvents(*m_content, english)), eventIdsOf(*m_content, found));
}

void TestAliases::predecessorIsRelatedNotEqual()
{
    const AliasTable &aliases = AliasTable::builtIn();
    QVERIFY(!aliases.equalForms(QStringLiteral("信息产业部")).contains(QStringLiteral("工业和信息化部")));
    QVERIFY(aliases.equalForms(QStringLiteral("信息产业部")).contains(QStringLiteral("MII")));
    const QBitArray former = ReportSearch::matchingEvents(*m_content, QStringLiteral("信息产业部"));
    QCOMPARE(eventIdsOf(*m_content, former), QStringLiteral("1"));
    QVERIFY(!ReportSearch::matchingEvents(*m_content, QStringLiteral("工信部")).testBit(0));
    const QList<AliasTable::Succession> expected{
        {QStringLiteral("信息产业部"), QStringLiteral("工业和信息化部"), QStringLiteral("2008")}};
    QCOMPARE(aliases.successionsNamedIn(QStringLiteral("时任信息产业部副部长")), expected);
    QCOMPARE(aliases.successionsNamedIn(QStringLiteral("the MIIT signed")), expected);
    QVERIFY(aliases.successionsNamedIn(QStringLiteral("财政部")).isEmpty());
    QCOMPARE(aliases.englishName(QStringLiteral("信息产业部")), QStringLiteral("Ministry of Information Industry"));
}

void TestAliases::abbreviationsMatchAsWords()
{
    // An abbreviation the table adds must stand as a word; what the user typed matches anywhere.
    const SearchQuery byChineseName(QStringLiteral("网信办"));
    QVERIFY(byChineseName.highlightTerms().contains(QStringLiteral("cac")));
    QVERIFY(byChineseName.matches(SearchQuery::fold(QStringLiteral("guided by the CAC."))));
    QVERIFY(!byChineseName.matches(SearchQuery::fold(QStringLiteral("its efficacy"))));
    QVERIFY(SearchQuery(QStringLiteral("cac")).matches(SearchQuery::fold(QStringLiteral("its efficacy"))));
    QVERIFY(!ReportSearch::matchingEvents(*m_content, QStringLiteral("信息产业部")).testBit(2));
}

void TestAliases::narrowingKeepsTheAliases()
{
    // Typing on after a name narrows: only the rows it found can match. Typing a name after a
    // fragment of one does not, since the other names need not hold the fragment.
    QVERIFY(SearchQuery(QStringLiteral("工信部 2015")).narrows(SearchQuery(QStringLiteral("工信部"))));
    QVERIFY(!SearchQuery(QStringLiteral("工信部")).narrows(SearchQuery(QStringLiteral("工"))));
    // A name narrows what another name of its body found...
    QVERIFY(SearchQuery(QStringLiteral("信息产业部")).narrows(SearchQuery(QStringLiteral("MII"))));
    // ...but "MII" as typed is found inside "MIIT" too, which 信息产业部 did not find.
    QVERIFY(!SearchQuery(QStringLiteral("MII")).narrows(SearchQuery(QStringLiteral("信息产业部"))));
    // MIIT's other names need not hold "mii": what "mii" found is no bound for them.
    QVERIFY(!SearchQuery(QStringLiteral("miit")).narrows(SearchQuery(QStringLiteral("mii"))));
    QVERIFY(SearchQuery(QStringLiteral("miitx")).narrows(SearchQuery(QStringLiteral("mii"))));
}

QTEST_GUILESS_MAIN(TestAliases)
#include "tst_aliases.moc"
