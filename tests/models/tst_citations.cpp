// Citations of the report's records: the GB/T 7714-2015 and APA 7 texts of three alliances and
// three events against texts composed by hand from the two standards, and the CSL-JSON and
// BibTeX files (what pandoc makes of them is checked in tests/app/command-line.sh).
#include "reportcitation.h"
#include "reporttesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QTest>

class TestCitations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textsFollowTheStandards_data();
    void textsFollowTheStandards();
    void cslJsonNamesEverything();
    void bibtexEscapesWhatLatexReads();
    void reportFromElsewhereHasNoUrl();
    void allEditionsCiteEachRecordsOwnEdition();
    void wholeReport();
    void formatFollowsTheFileName();
    void clipboardHoldsTextAndHtml();

private:
    CitedRecord record(CitedRecord::Kind kind, int sourceLine) const;

    QSharedPointer<const ReportContent> m_content;
    const QDate m_accessed = QDate(2026, 11, 28);
};

namespace {
const QString source = QStringLiteral(
    "https://github.com/kaiyuanshe/2016-China-Open-Source-Report/blob/master/community/orgnization.md#L");
} // namespace

void TestCitations::initTestCase()
{
    QString error;
    m_content = ReportTest::embeddedContent(&error);
    QVERIFY2(m_content, qPrintable(error));
}

CitedRecord TestCitations::record(CitedRecord::Kind kind, int sourceLine) const
{
    if (kind == CitedRecord::Kind::Alliance) {
        for (int i = 0; i < m_content->alliances.size(); ++i) {
            if (m_content->alliances.at(i).sourceLine == sourceLine)
                return {kind, i};
        }
    }
    for (int i = 0; i < m_content->events.size(); ++i) {
        if (kind == CitedRecord::Kind::Event && m_content->events.at(i).sourceLine == sourceLine)
            return {kind, i};
    }
    return {kind, -1};
}

void TestCitations::textsFollowTheStandards_data()
{
    QTest::addColumn<bool>("alliance");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("gbt");
    QTest::addColumn<QString>("apa");
    // GB/T 7714-2015, 析出文献: 析出责任者. 析出题名[R/OL]//专著责任者. 专著题名. 版本项. 出版地:
    // 出版者, 出版年: 引文位置[引用日期]. 获取和访问路径. The place is not stated: [出版地不详].
    // APA 7, a part of a report by a group author that is also its publisher: Author. (Year).
    // Title [English title]. In Report title [English title] (edition, locator). Retrieved Month
    // Day, Year, from URL (the page at HEAD can change, so the day it was read is given).
    const QString report = QStringLiteral("2016年中国开源生态系统报告");
    const QString reportApa = QStringLiteral("In 2016年中国开源生态系统报告 [2016 China open source ecosystem report]");
    auto gbt = [&](const QString &title, int line) {
        return QStringLiteral("开源社. %1[R/OL]//开源社. %2. 2016年版. [出版地不详]: 开源社, 2016: 第%3行[2026-11-28]. "
                              "%4%3.")
            .arg(title, report, QString::number(line), source);
    };
    auto apa = [&](const QString &title, int line) {
        return QStringLiteral("Kaiyuanshe. (2016). %1. %2 (2016 ed., line %3). Retrieved November 28, 2026, from %4%3")
            .arg(title, reportApa, QString::number(line), source);
    };
    QTest::newRow("COPU") << true << 4
                          << QStringLiteral(
                                 "开源社. 中国开源软件推进联盟[R/OL]//开源社. 2016年中国开源生态系统报告. 2016年版. "
                                 "[出版地不详]: 开源社, 2016: 第4行[2026-11-28]. "
                                 "https://github.com/kaiyuanshe/2016-China-Open-Source-Report/blob/master/community/"
                                 "orgnization.md#L4.")
                          << QStringLiteral(
                                 "Kaiyuanshe. (2016). 中国开源软件推进联盟 [China OSS Promotion Union (COPU)]. "
                                 "In 2016年中国开源生态系统报告 [2016 China open source ecosystem report] (2016 ed., "
                                 "line 4). Retrieved November 28, 2026, from "
                                 "https://github.com/kaiyuanshe/2016-China-Open-Source-Report/blob/master/community/"
                                 "orgnization.md#L4");
    QTest::newRow("CoCreate") << true << 25 << gbt(QStringLiteral("共创软件联盟"), 25)
                              << apa(QStringLiteral("共创软件联盟 [CoCreate OSS Union]"), 25);
    QTest::newRow("Green Computing") << true << 116 << gbt(QStringLiteral("绿色计算产业联盟"), 116)
                                     << apa(QStringLiteral("绿色计算产业联盟 [Green Computing Consortium]"), 116);
    QTest::newRow("1999, a day")
        << false << 138
        << gbt(QStringLiteral(
                   "1999年7月15日，Linux和中国软件产业论坛上，时任信息产业部副部长曲维枝第一次代表政府公开支持"
                   "Linux和开源软件"),
               138)
        << apa(QStringLiteral(
                   "1999年7月15日，Linux和中国软件产业论坛上，时任信息产业部副部长曲维枝第一次代表政府公开支持"
                   "Linux和开源软件 [On 15 July 1999, at the Linux and China Software Industry Forum, Qu "
                   "Weizhi, then Vice Minister of the Ministry of Information Industry (MII), publicly "
                   "voiced support for Linux and open source software on behalf of the government for the "
                   "first time]"),
               138);
    QTest::newRow("2013, a month")
        << false << 146
        << gbt(QStringLiteral("2013年3月，人力资源和社会保障部批准将Linux操作系统作为计算机职称考试的一部分"), 146)
        << apa(QStringLiteral(
                   "2013年3月，人力资源和社会保障部批准将Linux操作系统作为计算机职称考试的一部分 [In March 2013, "
                   "the Ministry of Human Resources and Social Security approved the inclusion of the Linux "
                   "operating system in the computer proficiency examination for professional titles]"),
               146);
    QTest::newRow("undated") << false << 161 << gbt(QStringLiteral("Linux公共服务平台"), 161)
                             << apa(QStringLiteral("Linux公共服务平台 [Linux public service platform]"), 161);
}

void TestCitations::textsFollowTheStandards()
{
    QFETCH(bool, alliance);
    QFETCH(int, line);
    QFETCH(QString, gbt);
    QFETCH(QString, apa);
    const CitedRecord cited = record(alliance ? CitedRecord::Kind::Alliance : CitedRecord::Kind::Event, line);
    QVERIFY(cited.index >= 0);
    QCOMPARE(ReportCitation::text(*m_content, cited, ReportCitation::Style::GbT7714, m_accessed), gbt);
    QCOMPARE(ReportCitation::text(*m_content, cited, ReportCitation::Style::Apa7, m_accessed), apa);
    // On the clipboard as HTML too, with APA's italic title of the report.
    const QString html = ReportCitation::text(*m_content, cited, ReportCitation::Style::Apa7, m_accessed, true);
    QVERIFY(html.contains(QStringLiteral("In <i>2016年中国开源生态系统报告</i> [2016")));
}

void TestCitations::cslJsonNamesEverything()
{
    const QList<CitedRecord> records{record(CitedRecord::Kind::Alliance, 4), record(CitedRecord::Kind::Event, 138)};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(
        ReportCitation::file(*m_content, records, ReportCitation::Format::CslJson, m_accessed), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray items = document.array();
    QCOMPARE(items.size(), 2);
    const QJsonObject copu = items.at(0).toObject();
    QCOMPARE(copu.value(QStringLiteral("id")).toString(), QStringLiteral("kaiyuanshe2016-alliance-l4"));
    QCOMPARE(copu.value(QStringLiteral("type")).toString(), QStringLiteral("chapter"));
    QCOMPARE(copu.value(QStringLiteral("title")).toString(), QStringLiteral("中国开源软件推进联盟"));
    QCOMPARE(copu.value(QStringLiteral("container-title")).toString(), QStringLiteral("2016年中国开源生态系统报告"));
    QCOMPARE(copu.value(QStringLiteral("publisher")).toString(), QStringLiteral("开源社 (Kaiyuanshe)"));
    QCOMPARE(copu.value(QStringLiteral("edition")).toString(), QStringLiteral("2016 edition"));
    QCOMPARE(copu.value(QStringLiteral("URL")).toString(), source + QStringLiteral("4"));
    QCOMPARE(copu.value(QStringLiteral("issued")).toObject().value(QStringLiteral("date-parts")),
             QJsonValue(QJsonArray{QJsonArray{2016}}));
    QCOMPARE(copu.value(QStringLiteral("accessed")).toObject().value(QStringLiteral("date-parts")),
             QJsonValue(QJsonArray{QJsonArray{2026, 11, 28}}));
    QVERIFY(copu.value(QStringLiteral("note")).toString().contains(QStringLiteral("Line 4 of orgnization-2016.md")));
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("kaiyuanshe2016-event-l138"));
}

void TestCitations::bibtexEscapesWhatLatexReads()
{
    ReportContent content;
    content.title = QStringLiteral("2016年中国开源生态系统报告");
    content.edition = QStringLiteral("2016");
    content.sourceFileName = QStringLiteral("orgnization-2016.md");
    AllianceRecord alliance;
    alliance.name = {QStringLiteral("R&D 联盟 {100%} #1_a~b^c\\d$"), QStringLiteral("R&D")};
    alliance.sourceLine = 7;
    content.alliances.append(alliance);
    const QString bib = QString::fromUtf8(
        ReportCitation::file(content, {{CitedRecord::Kind::Alliance, 0}}, ReportCitation::Format::BibTeX, m_accessed));
    QVERIFY2(
        bib.contains(QStringLiteral(
            "title = {R\\&D 联盟 \\{100\\%\\} \\#1\\_a\\textasciitilde{}b\\textasciicircum{}c\\textbackslash{}d\\$},")),
        qPrintable(bib));
    QVERIFY(bib.startsWith(QStringLiteral("@incollection{kaiyuanshe2016-alliance-l7,\n")));
    QVERIFY(bib.contains(QStringLiteral("  author = {{开源社 (Kaiyuanshe)}},\n")));
    QVERIFY(bib.contains(QStringLiteral("  url = {%1},\n").arg(source + u'7')));
    QVERIFY(bib.contains(QStringLiteral("  urldate = {2026-11-28},\n")));
    // Braces balance, so that no field runs into the next entry.
    QCOMPARE(bib.count(u'{') - bib.count(QStringLiteral("\\{")), bib.count(u'}') - bib.count(QStringLiteral("\\}")));
}

void TestCitations::reportFromElsewhereHasNoUrl()
{
    // As --import reads a copy: no editions table, so no source URL.
    ReportContent content = *m_content;
    content.editions.clear();
    content.sourceUrl.clear();
    content.sourceFileName = QStringLiteral("my-copy.md");
    const CitedRecord copu = record(CitedRecord::Kind::Alliance, 4);
    QCOMPARE(
        ReportCitation::text(content, copu, ReportCitation::Style::GbT7714, m_accessed),
        QStringLiteral("开源社. 中国开源软件推进联盟[R]//开源社. 2016年中国开源生态系统报告. 2016年版. [出版地不详]: "
                       "开源社, 2016: my-copy.md第4行."));
    QCOMPARE(
        ReportCitation::text(content, copu, ReportCitation::Style::Apa7, m_accessed),
        QStringLiteral("Kaiyuanshe. (2016). 中国开源软件推进联盟 [China OSS Promotion Union (COPU)]. In "
                       "2016年中国开源生态系统报告 [2016 China open source ecosystem report] (2016 ed., my-copy.md, "
                       "line 4)."));
    QVERIFY(!ReportCitation::file(content, {copu}, ReportCitation::Format::CslJson, m_accessed).contains("URL"));
}

void TestCitations::allEditionsCiteEachRecordsOwnEdition()
{
    // With all editions shown, the report's fields describe 2016; a 2015 record still names 2015.
    QString error;
    const QSharedPointer<const ReportContent> all = ReportTest::embeddedEditions(&error);
    QVERIFY2(all, qPrintable(error));
    QCOMPARE(all->edition, QStringLiteral("2016"));
    const QString source2015 = all->editionList().at(1).sourceUrl;
    QVERIFY(source2015.contains(QStringLiteral("2015-China-Open-Source-Report")));
    const auto firstEventOf = [&all](int year) {
        for (int i = 0; i < all->events.size(); ++i) {
            if (all->events.at(i).edition == year)
                return CitedRecord{CitedRecord::Kind::Event, i};
        }
        return CitedRecord{CitedRecord::Kind::Event, -1};
    };
    struct Expected
    {
        int year;
        QString title;
        QString url;
    };
    for (const Expected &expected : {Expected{2015, QStringLiteral("2015年中国开源生态系统报告"), source2015},
                                     Expected{2016, QStringLiteral("2016年中国开源生态系统报告"), source.chopped(2)}}) {
        const CitedRecord cited = firstEventOf(expected.year);
        QVERIFY(cited.index >= 0);
        const int line = all->events.at(cited.index).sourceLine;
        const QString url = expected.url + QStringLiteral("#L") + QString::number(line);
        const QString gbt = ReportCitation::text(*all, cited, ReportCitation::Style::GbT7714, m_accessed);
        QVERIFY2(gbt.contains(QStringLiteral("//开源社. %1. %2年版. [出版地不详]: 开源社, %2: ")
                                  .arg(expected.title)
                                  .arg(expected.year)),
                 qPrintable(gbt));
        QVERIFY2(gbt.endsWith(QStringLiteral("[2026-11-28]. %1.").arg(url)), qPrintable(gbt));

        const QJsonObject item
            = QJsonDocument::fromJson(ReportCitation::file(*all, {cited}, ReportCitation::Format::CslJson, m_accessed))
                  .array()
                  .at(0)
                  .toObject();
        QCOMPARE(item.value(QStringLiteral("container-title")).toString(), expected.title);
        QCOMPARE(item.value(QStringLiteral("edition")).toString(), QStringLiteral("%1 edition").arg(expected.year));
        QCOMPARE(item.value(QStringLiteral("issued")).toObject().value(QStringLiteral("date-parts")),
                 QJsonValue(QJsonArray{QJsonArray{expected.year}}));
        QCOMPARE(item.value(QStringLiteral("URL")).toString(), url);
        QCOMPARE(item.value(QStringLiteral("id")).toString(),
                 QStringLiteral("kaiyuanshe%1-event-l%2").arg(expected.year).arg(line));
        QVERIFY(item.value(QStringLiteral("note"))
                    .toString()
                    .contains(QStringLiteral(" of %1.").arg(all->sourceFileOf(expected.year))));
    }
}

void TestCitations::wholeReport()
{
    const QString url = QStringLiteral(
        "https://github.com/kaiyuanshe/2016-China-Open-Source-Report/blob/master/community/orgnization.md");
    // GB/T 7714-2015 for a report: 主要责任者. 题名[R/OL]. 版本项. 出版地: 出版者, 出版年[引用日期]. 路径.
    QCOMPARE(
        ReportCitation::reportText(*m_content, ReportCitation::Style::GbT7714, m_accessed),
        QStringLiteral("开源社. 2016年中国开源生态系统报告[R/OL]. 2016年版. [出版地不详]: 开源社, 2016[2026-11-28]. ")
            + url + u'.');
    // APA 7 for a report by a group author that is its publisher.
    QCOMPARE(ReportCitation::reportText(*m_content, ReportCitation::Style::Apa7, m_accessed),
             QStringLiteral("Kaiyuanshe. (2016). 2016年中国开源生态系统报告 [2016 China open source ecosystem report] "
                            "(2016 ed.). Retrieved November 28, 2026, from ")
                 + url);
}

void TestCitations::formatFollowsTheFileName()
{
    QCOMPARE(ReportCitation::formatForPath(QStringLiteral("a/refs.JSON")), ReportCitation::Format::CslJson);
    QCOMPARE(ReportCitation::formatForPath(QStringLiteral("refs.bib")), ReportCitation::Format::BibTeX);
    QVERIFY(!ReportCitation::formatForPath(QStringLiteral("refs.ris")));
    QVERIFY(!ReportCitation::formatForPath(QStringLiteral("bib")));
}

void TestCitations::clipboardHoldsTextAndHtml()
{
    QCOMPARE(ReportCitation::styleFor(ContentLanguage::Chinese), ReportCitation::Style::GbT7714);
    QCOMPARE(ReportCitation::styleFor(ContentLanguage::English), ReportCitation::Style::Apa7);
    const QList<CitedRecord> records{{CitedRecord::Kind::Event, 1}, {CitedRecord::Kind::Alliance, 0}};
    const auto style = ReportCitation::Style::Apa7;
    const std::unique_ptr<QMimeData> data = ReportCitation::mimeData(*m_content, records, style, m_accessed);
    QVERIFY(data);
    // A line of plain text per record; a paragraph of HTML, with APA's italic titles.
    QCOMPARE(data->text(),
             ReportCitation::text(*m_content, records.at(0), style, m_accessed) + u'\n'
                 + ReportCitation::text(*m_content, records.at(1), style, m_accessed));
    QCOMPARE(data->html(),
             QStringLiteral("<p>%1</p><p>%2</p>")
                 .arg(ReportCitation::text(*m_content, records.at(0), style, m_accessed, true),
                      ReportCitation::text(*m_content, records.at(1), style, m_accessed, true)));
    QVERIFY(data->html().contains(QLatin1String("<i>")));
}

QTEST_GUILESS_MAIN(TestCitations)
#include "tst_citations.moc"
