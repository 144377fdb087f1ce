// The importer on the real report and on the ways the same chapter is written elsewhere: every
// variant is generated here from the real report (or written inline), never kept as a copy.
#include "reportdump.h"
#include "reportimporter.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestImporterEdgeCases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void realReportHasItsChapterAndLicence();
    void realReportAlliances_data();
    void realReportAlliances();
    void realReportEvents_data();
    void realReportEvents();

    void layoutVariantsImportTheSame_data();
    void layoutVariantsImportTheSame();
    void asciiPunctuationImportsTheSame_data();
    void asciiPunctuationImportsTheSame();
    void trailingPunctuationLeavesNoEmptyItems();
    void otherChaptersAddNothing_data();
    void otherChaptersAddNothing();

    void allianceHeadingForms_data();
    void allianceHeadingForms();
    void allianceFieldForms();
    void memberCounts_data();
    void memberCounts();
    void eventDates_data();
    void eventDates();
    void policyLevels_data();
    void policyLevels();

private:
    static std::optional<ReportContent> import(const QByteArray &markdown, QString *error = nullptr);

    QByteArray m_report;
    ReportContent m_content;
};

namespace {

QStringList texts(const QList<BilingualText> &list)
{
    QStringList result;
    for (const BilingualText &text : list)
        result.append(text.zh);
    return result;
}

// Applies a regular expression line by line (multiline), as the variants are all about lines.
QByteArray replaceLines(const QByteArray &markdown, const QString &pattern, const QString &replacement)
{
    const QRegularExpression expression(pattern, QRegularExpression::MultilineOption);
    Q_ASSERT(expression.isValid());
    return QString::fromUtf8(markdown).replace(expression, replacement).toUtf8();
}

QByteArray replaceText(const QByteArray &markdown, const QString &before, const QString &after)
{
    return QString::fromUtf8(markdown).replace(before, after).toUtf8();
}

// The same text with ASCII punctuation written full-width, to compare variants that differ only there.
QStringList fullWidth(QStringList lines)
{
    for (QString &line : lines) {
        line.replace(QStringLiteral(": "), QStringLiteral("：")).replace(QStringLiteral(", "), QStringLiteral("，"));
        line.replace(u':', u'：').replace(u',', u'，').replace(u';', u'；');
        line.replace(u'(', u'（').replace(u')', u'）');
    }
    return lines;
}

const char *const policyHeader = "## 重要政策事件\n\n";

} // namespace

std::optional<ReportContent> TestImporterEdgeCases::import(const QByteArray &markdown, QString *error)
{
    ReportImporter::Error failure;
    std::optional<ReportContent> content = ReportImporter::parse(markdown, QStringLiteral("variant.md"), &failure);
    if (!content && error)
        *error = failure.toString();
    return content;
}

void TestImporterEdgeCases::initTestCase()
{
    QFile file(QStringLiteral(REPORT_SOURCE_DIR "/orgnization-2016.md"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    m_report = file.readAll();
    QString error;
    const std::optional<ReportContent> content = import(m_report, &error);
    QVERIFY2(content, qPrintable(error));
    m_content = *content;
}

void TestImporterEdgeCases::realReportHasItsChapterAndLicence()
{
    QCOMPARE(m_content.alliances.size(), 8);
    QCOMPARE(m_content.events.size(), 26);
    QCOMPARE(m_content.title, QStringLiteral("2016年中国开源生态系统报告"));
    QCOMPARE(m_content.edition, QStringLiteral("2016"));
    QCOMPARE(m_content.licence, QStringLiteral("Creative Commons Zero v1.0 Universal"));
    QCOMPARE(m_content.alliancesTitle.zh, QStringLiteral("产业协会"));
    QCOMPARE(m_content.policyTitle.zh, QStringLiteral("重要政策事件"));
    QVERIFY(m_content.policyIntro.zh.startsWith(QStringLiteral("在我国，中央政府和地方政府")));
    QVERIFY(m_content.policyIntro.zh.endsWith(QStringLiteral("协调促进开源产业相关事务。")));
    QCOMPARE(m_content.sourceFileName, QStringLiteral("variant.md"));
    QCOMPARE(m_content.sourceSha256.size(), 64);
    QStringList slugs;
    for (const AllianceRecord &alliance : std::as_const(m_content.alliances))
        slugs.append(alliance.slug);
    QCOMPARE(QSet<QString>(slugs.cbegin(), slugs.cend()).size(), slugs.size());
}

void TestImporterEdgeCases::realReportAlliances_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("abbreviation");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("founded");
    QTest::addColumn<int>("memberCountMin");
    QTest::addColumn<bool>("memberCountExact");
    QTest::addColumn<QString>("memberCountSource");
    QTest::addColumn<QStringList>("structure");
    QTest::addColumn<QStringList>("guides");
    QTest::addColumn<QStringList>("activities");
    QTest::addColumn<QStringList>("services");
    QTest::addColumn<int>("line");

    const QString miit = QStringLiteral("中华人民共和国工业和信息化部");
    const QString most = QStringLiteral("中华人民共和国科学技术部");
    const QStringList boardAndMembers = {QStringLiteral("理事单位"), QStringLiteral("普通成员")};
    const QStringList chairs = {QStringLiteral("理事长"), QStringLiteral("副理事长"), QStringLiteral("理事单位")};
    const QStringList standardServices
        = {QStringLiteral("产业资讯"), QStringLiteral("品牌推广"), QStringLiteral("成员交流"),
           QStringLiteral("标准服务"), QStringLiteral("人才培养服务")};

    QTest::newRow("COPU: English and 简称 in the parentheses, 100+ members, activity list")
        << 0 << QStringLiteral("中国开源软件推进联盟") << QStringLiteral("China Open Source Promotion Union")
        << QStringLiteral("COPU") << QStringLiteral("copu") << QStringLiteral("2004-07-22") << 100 << false
        << QStringLiteral("members")
        << QStringList{QStringLiteral("主席"), QStringLiteral("副主席"), QStringLiteral("理事单位"),
                       QStringLiteral("专家委员会"), QStringLiteral("国际智囊团")}
        << QStringList{miit}
        << QStringList{QStringLiteral(
                           "东北亚开源论坛：每年一届，由中日韩三国轮流举办，论坛和开源训练营，开源项目和人物表彰。"),
                       QStringLiteral("开源中国开源世界高峰论坛：每年一届（6月底），国内最重要的开源产业和技术论坛，汇"
                                      "聚国内外众多企业、社团和研究机构，与开源商业客户探讨开源产业未来的发展。"),
                       QStringLiteral("自由软件日：COPU是相关活动的指导单位，为活动提供帮助和支持。"),
                       QStringLiteral("中国Linux内核大会：COPU为中国Linux内核大会的指导单位，提供帮助和支持。")}
        << QStringList() << 4;
    QTest::newRow("CoCreate: English only, space inside the parenthesis, month precision")
        << 1 << QStringLiteral("共创软件联盟") << QStringLiteral("CoCreate OSS Union") << QString()
        << QStringLiteral("cocreate-oss-union") << QStringLiteral("2000-03") << 30 << false << QStringLiteral("members")
        << chairs << QStringList{most} << QStringList() << QStringList() << 25;
    QTest::newRow("U盟: 简称 only, exact count")
        << 2 << QStringLiteral("开源及基础软件通用技术创新联盟") << QString() << QStringLiteral("U盟") << QString()
        << QStringLiteral("2009-10-15") << 24 << true << QStringLiteral("members") << chairs << QStringList{most}
        << QStringList() << QStringList() << 39;
    QTest::newRow("长风联盟: Chinese 简称, services")
        << 3 << QStringLiteral("北京长风开放标准平台软件产业联盟") << QString() << QStringLiteral("长风联盟")
        << QString() << QStringLiteral("2005-04") << 127 << true << QStringLiteral("members") << boardAndMembers
        << QStringList{QStringLiteral("北京市科委")} << QStringList() << standardServices << 52;
    QTest::newRow("智能终端: no parentheses, 近期主要活动 on one line")
        << 4 << QStringLiteral("中国智能终端操作系统产业联盟") << QString() << QString() << QString()
        << QStringLiteral("2014-05") << 84 << true << QStringLiteral("members") << boardAndMembers
        << QStringList{QStringLiteral("中华人民共和国国家互联网信息办公室")}
        << QStringList{QStringLiteral("举办多场产业研讨会")} << standardServices << 67;
    QTest::newRow("湖北: count in 组织结构, two guides split on ；, field right under the heading")
        << 5 << QStringLiteral("湖北省开源软件推进联盟") << QString() << QString() << QString()
        << QStringLiteral("2014-11") << 100 << false << QStringLiteral("structure") << boardAndMembers
        << QStringList{QStringLiteral("中国开源软件推进联盟"), QStringLiteral("湖北省软件协会")}
        << QStringList{QStringLiteral("协助2014年东北亚IT局长会议和开源论坛在武汉举办。")}
        << QStringList{QStringLiteral("产业资讯"), QStringLiteral("品牌推广"), QStringLiteral("成员交流"),
                       QStringLiteral("园区服务"), QStringLiteral("创新服务")}
        << 84;
    QTest::newRow("OSCAR: acronym alone in the parentheses")
        << 6 << QStringLiteral("云计算开源产业联盟") << QString() << QStringLiteral("OSCAR") << QStringLiteral("oscar")
        << QStringLiteral("2016-03-09") << 25 << false << QStringLiteral("structure")
        << QStringList{QStringLiteral("理事会员"), QStringLiteral("企业会员"), QStringLiteral("用户会员")}
        << QStringList{miit} << QStringList{QStringLiteral("云计算开源产业联盟成果发布会")}
        << QStringList{QStringLiteral("产业资讯"),     QStringLiteral("成员交流"),
                       QStringLiteral("最佳实践方案"), QStringLiteral("制定产品评估标准"),
                       QStringLiteral("支撑政府政策"), QStringLiteral("培养开源云计算人才")}
        << 100;
    QTest::newRow("Green Computing: English name alone in the parentheses")
        << 7 << QStringLiteral("绿色计算产业联盟") << QStringLiteral("Green Computing Consortium") << QString()
        << QStringLiteral("green-computing-consortium") << QStringLiteral("2016-04-15") << 20 << false
        << QStringLiteral("structure")
        << QStringList{QStringLiteral("理事长"), QStringLiteral("白金会员"), QStringLiteral("会员")}
        << QStringList{miit} << QStringList{QStringLiteral("绿色计算产业生态研讨会")}
        << QStringList{QStringLiteral("产业资讯"), QStringLiteral("成员交流"), QStringLiteral("模式创新"),
                       QStringLiteral("绿色计算产品"), QStringLiteral("品牌推广")}
        << 116;
}

void TestImporterEdgeCases::realReportAlliances()
{
    QFETCH(int, index);
    QFETCH(QString, name);
    QFETCH(QString, english);
    QFETCH(QString, abbreviation);
    QFETCH(QString, slug);
    QFETCH(QString, founded);
    QFETCH(int, memberCountMin);
    QFETCH(bool, memberCountExact);
    QFETCH(QString, memberCountSource);
    QFETCH(QStringList, structure);
    QFETCH(QStringList, guides);
    QFETCH(QStringList, activities);
    QFETCH(QStringList, services);
    QFETCH(int, line);

    const AllianceRecord &alliance = m_content.alliances.at(index);
    QCOMPARE(alliance.name.zh, name);
    QCOMPARE(alliance.givenEnglishName, english);
    QCOMPARE(alliance.abbreviation, abbreviation);
    if (slug.isEmpty())
        QVERIFY2(alliance.slug.startsWith(QStringLiteral("alliance-")),
                 qPrintable(alliance.slug)); // no Latin name to derive it from
    else
        QCOMPARE(alliance.slug, slug);
    QCOMPARE(alliance.founded.toIso(), founded);
    QCOMPARE(alliance.memberCountMin, memberCountMin);
    QCOMPARE(alliance.memberCountExact, memberCountExact);
    QCOMPARE(ReportDump::memberCountSourceName(alliance.memberCountSource), memberCountSource);
    QCOMPARE(texts(alliance.structure), structure);
    QCOMPARE(texts(alliance.guides), guides);
    QCOMPARE(texts(alliance.activities), activities);
    QCOMPARE(texts(alliance.services), services);
    QVERIFY(alliance.otherFields.isEmpty());
    QVERIFY(!alliance.intro.zh.isEmpty());
    QVERIFY(!alliance.members.zh.isEmpty());
    QCOMPARE(alliance.sourceLine, line);
}

void TestImporterEdgeCases::realReportEvents_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("textStart");

    struct Row
    {
        const char *date;
        const char *precision;
        const char16_t *textStart;
    };
    const QString central = QStringLiteral("中央政府");
    const Row centralRows[] = {
        {"1999-07-15", "day", u"1999年7月15日，Linux和中国软件产业论坛上"},
        {"2004-04-03", "day", u"2004年4月3日，中日韩东北亚开源软件司局长会议"},
        {"2004-07-22", "day", u"2004年7月22日，在工业和信息化部的指导下"},
        {"2004", "year", u"2004年，财政部和工业和信息化部"},
        {"2005-05", "month", u"2005年5月, 工业和信息化部与法国"},
        {"2008-08", "month", u"2008年8月，关于申报2008年度"},
        {"2007-06-29", "day", u"2007年6月29日，发布“十一五”863计划信息技术领域2007年度"},
        {"2011-07-13", "day", u"2011年7月13日，国务院发布十二五规划"},
        {"2013-03", "month", u"2013年3月，人力资源和社会保障部"},
        {"2014-12-03", "day", u"2014年12月3日，国务院印发"},
        {"2015", "year", u"2015年，国务院关于积极推进“互联网+”"},
        {"2015", "year", u"2015年，国务院办公厅发布关于发展众创空间"},
        {"2015", "year", u"2015年，工业和信息化部公布2015年电信行业"},
        {"2015-05-25", "day", u"2015年5月25日，国际教育信息化大会闭幕"},
        {"2016", "year", u"2016年，国务院办公厅关于印发促进科技成果"},
        {"2016-07", "month", u"2016年7月，国务院印发《国家信息化发展战略纲要》"},
    };
    int id = 0;
    for (const Row &row : centralRows) {
        ++id;
        QTest::addRow("event %d", id) << id << central << QStringLiteral("central") << QString::fromLatin1(row.date)
                                      << QString::fromLatin1(row.precision) << 137 + id
                                      << QString::fromUtf16(row.textStart);
    }
    struct LocalRow
    {
        const char16_t *region;
        const char *level;
        const char *date;
        const char *precision;
        int line;
        const char16_t *textStart;
    };
    const LocalRow localRows[] = {
        {u"广东省", "provincial", "2004", "year", 156, u"Linux公共服务平台，2004年"},
        {u"广东省", "provincial", "2004", "year", 157, u"广东省Linux促进计划，2004年"},
        {u"广东省", "provincial", "", "none", 158, u"广东省高技术产业发展“十二五”规划"},
        {u"浙江省", "provincial", "", "none", 161, u"Linux公共服务平台"},
        {u"浙江省", "provincial", "2007", "year", 162, u"杭州建立“教育部—LUPA开源软件实习实训基地（试点）” ，2007年"},
        {u"大连市", "municipal", "", "none", 165, u"开源软件公共开发平台"},
        {u"湖北省", "provincial", "2014", "year", 168, u"成立开源软件推进联盟，2014年"},
        {u"湖北省", "provincial", "", "none", 169, u"推进开源公共服务"},
        {u"郑州市", "municipal", "2015-10", "month", 172,
         u"科技馆设置创新教育展区，展示开源软件、3d打印等，2015年10月"},
        {u"黑龙江省", "provincial", "", "none", 175, u"黑龙江省教育厅关于深化高校创新创业教育改革"},
    };
    for (const LocalRow &row : localRows) {
        ++id;
        QTest::addRow("event %d", id) << id << QString::fromUtf16(row.region) << QString::fromLatin1(row.level)
                                      << QString::fromLatin1(row.date) << QString::fromLatin1(row.precision) << row.line
                                      << QString::fromUtf16(row.textStart);
    }
}

void TestImporterEdgeCases::realReportEvents()
{
    QFETCH(int, id);
    QFETCH(QString, region);
    QFETCH(QString, level);
    QFETCH(QString, date);
    QFETCH(QString, precision);
    QFETCH(int, line);
    QFETCH(QString, textStart);

    const PolicyEventRecord &event = m_content.events.at(id - 1);
    QCOMPARE(event.id, id);
    QCOMPARE(event.region.zh, region);
    QCOMPARE(PolicyLevels::name(event.level), level);
    QCOMPARE(event.date.toIso(), date);
    QCOMPARE(ReportDate::precisionName(event.date.precision()), precision);
    QCOMPARE(event.sourceLine, line);
    QVERIFY2(event.text.zh.startsWith(textStart), qPrintable(event.text.zh));
    QVERIFY2(!event.text.zh.startsWith(u'-') && event.text.zh == event.text.zh.trimmed(), qPrintable(event.text.zh));
}

void TestImporterEdgeCases::layoutVariantsImportTheSame_data()
{
    QTest::addColumn<QByteArray>("variant");
    QTest::addColumn<bool>("sameLines"); // false where the variant adds or removes lines

    const QByteArray &report = m_report;
    QTest::newRow("CRLF") << QByteArray(report).replace("\n", "\r\n") << true;
    QTest::newRow("UTF-8 BOM") << "\xEF\xBB\xBF" + report << true;
    QTest::newRow("BOM and CRLF") << "\xEF\xBB\xBF" + QByteArray(report).replace("\n", "\r\n") << true;
    QTest::newRow("no final newline") << report.trimmed() << true;
    QTest::newRow("trailing spaces and tabs")
        << replaceLines(report, QStringLiteral("$"), QStringLiteral(" \t ")) << true;
    QTest::newRow("space after every #") << replaceLines(report, QStringLiteral("^(#+)(?=[^#\\s])"),
                                                         QStringLiteral("\\1 "))
                                         << true;
    QTest::newRow("closing #s") << replaceLines(report, QStringLiteral("^(#+)(.+)$"), QStringLiteral("\\1 \\2 \\1"))
                                << true;
    QTest::newRow("up to three spaces before #")
        << replaceLines(report, QStringLiteral("^#"), QStringLiteral("   #")) << true;
    for (int level = 3; level <= 6; ++level) {
        QTest::addRow("alliances and regions at level %d", level)
            << replaceLines(report, QStringLiteral("^#####"), QString(level, u'#')) << true;
    }
    const qsizetype policyStart = report.indexOf("##重要政策事件");
    QTest::newRow("alliances at level 2, the level of their section")
        << replaceLines(report.left(policyStart), QStringLiteral("^#####"), QStringLiteral("##"))
            + report.mid(policyStart)
        << true;
    QTest::newRow("sections as level 1") << replaceLines(report, QStringLiteral("^##(?!#)"), QStringLiteral("# "))
                                         << true;
    QTest::newRow("sections as bold numbered paragraphs")
        << replaceText(replaceText(report, QStringLiteral("##产业协会"), QStringLiteral("**1. 产业协会**")),
                       QStringLiteral("##重要政策事件"), QStringLiteral("**2. 重要政策事件**"))
        << true;
    QTest::newRow("sections as bold paragraphs numbered 一、")
        << replaceText(replaceText(report, QStringLiteral("##产业协会"), QStringLiteral("**一、产业协会**")),
                       QStringLiteral("##重要政策事件"), QStringLiteral("** 二、 重要政策事件 **"))
        << true;
    QTest::newRow("sections as setext headings")
        << replaceText(replaceText(report, QStringLiteral("##产业协会\n"), QStringLiteral("产业协会\n========\n")),
                       QStringLiteral("##重要政策事件\n"), QStringLiteral("重要政策事件\n------\n"))
        << false;
    QTest::newRow("---------- rules between blocks")
        << replaceLines(report, QStringLiteral("^(#)"), QStringLiteral("\n----------\n\n\\1")) << false;
    QTest::newRow("*** and ___ rules between blocks")
        << replaceLines(replaceLines(report, QStringLiteral("^(#####)"), QStringLiteral("* * *\n\\1")),
                        QStringLiteral("^(##(?!#))"), QStringLiteral("___\n\n\\1"))
        << false;
    QTest::newRow("list items with * and +")
        << replaceLines(replaceLines(report, QStringLiteral("^- (?=[0-9])"), QStringLiteral("* ")),
                        QStringLiteral("^- "), QStringLiteral("+ "))
        << true;
    QTest::newRow("numbered list items") << replaceLines(report, QStringLiteral("^- "), QStringLiteral("1. ")) << true;
    QTest::newRow("indented list items") << replaceLines(report, QStringLiteral("^- "), QStringLiteral("  -   "))
                                         << true;
    QTest::newRow("no blank lines at all") << replaceLines(report, QStringLiteral("^\\s*\\n"), QString()) << false;
    QTest::newRow("chapter after an unrelated chapter")
        << QByteArray("# 2016年中国开源生态系统报告\n\n## 开源社区\n\n- 开源社：成立于2014年\n\n名称：开源中国\n\n")
            + report
        << false;
}

void TestImporterEdgeCases::layoutVariantsImportTheSame()
{
    QFETCH(QByteArray, variant);
    QFETCH(bool, sameLines);
    QString error;
    const std::optional<ReportContent> content = import(variant, &error);
    QVERIFY2(content, qPrintable(error));
    const ReportDump::SourceLines lines = sameLines ? ReportDump::SourceLines::Keep : ReportDump::SourceLines::Ignore;
    QCOMPARE(ReportDump::dump(*content, lines), ReportDump::dump(m_content, lines));
}

void TestImporterEdgeCases::asciiPunctuationImportsTheSame_data()
{
    QTest::addColumn<QByteArray>("variant");
    QTest::newRow("ASCII colons") << replaceText(m_report, QStringLiteral("："), QStringLiteral(":"));
    QTest::newRow("ASCII colons with a space") << replaceText(m_report, QStringLiteral("："), QStringLiteral(": "));
    QTest::newRow("ASCII commas") << replaceText(m_report, QStringLiteral("，"), QStringLiteral(","));
    QTest::newRow("ASCII semicolons") << replaceText(m_report, QStringLiteral("；"), QStringLiteral(";"));
    QTest::newRow("ASCII parentheses") << replaceText(replaceText(m_report, QStringLiteral("（"), QStringLiteral("(")),
                                                      QStringLiteral("）"), QStringLiteral(")"));
    QByteArray everything = m_report;
    for (const auto &[wide, narrow] : {std::pair(u"：", u":"), std::pair(u"，", u","), std::pair(u"；", u";"),
                                       std::pair(u"（", u"("), std::pair(u"）", u")")})
        everything = replaceText(everything, QString::fromUtf16(wide), QString::fromUtf16(narrow));
    QTest::newRow("all ASCII") << everything;
}

void TestImporterEdgeCases::asciiPunctuationImportsTheSame()
{
    QFETCH(QByteArray, variant);
    QString error;
    const std::optional<ReportContent> content = import(variant, &error);
    QVERIFY2(content, qPrintable(error));
    // The report's own words keep whatever punctuation they were written with, so both sides
    // are compared with punctuation folded to full width.
    QCOMPARE(fullWidth(ReportDump::dump(*content)), fullWidth(ReportDump::dump(m_content)));
}

void TestImporterEdgeCases::trailingPunctuationLeavesNoEmptyItems()
{
    const QByteArray markdown = R"(## 产业协会

##### 甲联盟（Alpha Alliance，简称：AA）

创立时间：2004年7月22日。

成员：100+，包括企事业单位，

组织结构：理事长，副理事长，

指导单位：中华人民共和国工业和信息化部；北京市科委；

近期主要活动：举办多场产业研讨会，

联盟服务：产业资讯，品牌推广、

## 重要政策事件

##### 中央政府
- 1999年7月15日，推动开源软件的发展,
- 推动开源软件的发展，2004年。
- 推动开源软件的发展，2015年10月；
- 2016年，推动开源软件的发展,
)";
    QString error;
    const std::optional<ReportContent> content = import(markdown, &error);
    QVERIFY2(content, qPrintable(error));
    QCOMPARE(content->alliances.size(), 1);
    const AllianceRecord &alliance = content->alliances.first();
    QCOMPARE(alliance.founded.toIso(), QStringLiteral("2004-07-22"));
    QCOMPARE(alliance.memberCountMin, 100);
    QCOMPARE(texts(alliance.structure), (QStringList{QStringLiteral("理事长"), QStringLiteral("副理事长")}));
    QCOMPARE(texts(alliance.guides),
             (QStringList{QStringLiteral("中华人民共和国工业和信息化部"), QStringLiteral("北京市科委")}));
    QCOMPARE(texts(alliance.services), (QStringList{QStringLiteral("产业资讯"), QStringLiteral("品牌推广")}));
    QCOMPARE(texts(alliance.activities), QStringList{QStringLiteral("举办多场产业研讨会，")});

    QCOMPARE(content->events.size(), 4);
    const QStringList dates
        = {QStringLiteral("1999-07-15"), QStringLiteral("2004"), QStringLiteral("2015-10"), QStringLiteral("2016")};
    for (qsizetype i = 0; i < dates.size(); ++i)
        QCOMPARE(content->events.at(i).date.toIso(), dates.at(i));
    // Event text is the report's own wording and is kept as written.
    QCOMPARE(content->events.first().text.zh, QStringLiteral("1999年7月15日，推动开源软件的发展,"));
}

void TestImporterEdgeCases::otherChaptersAddNothing_data()
{
    QTest::addColumn<QByteArray>("chapter");
    QTest::newRow("开源社区 with list items and 名称 lines") << QByteArray(R"(## 开源社区

开源社区是开源生态的重要组成部分。

- 开源社：2014年10月成立，2015年举办首届开源年会
- 2016年，Linux中国发布年度报告
* 2015年10月，某社区成立

##### 开源社
名称：开源社
成立时间的说明：不详
网址：https://kaiyuanshe.cn

### 社区活动
1. 2016年，开源年会
2. 开源之夏，2015年
)");
    QTest::newRow("开源项目 with bold titles and numbered lists") << QByteArray(R"(**3. 开源项目**

**项目列表**

1. 2015年13月40日，一个在别处不是日期的日期
2. 名称：某项目，2015年

----------

# 附录

- 2004年7月22日，只是一个例子
)");
    QTest::newRow("a CRLF chapter with a setext heading")
        << QByteArray("开源基金会\r\n======\r\n\r\n名称：某基金会\r\n- 2010年，成立\r\n");
}

void TestImporterEdgeCases::otherChaptersAddNothing()
{
    QFETCH(QByteArray, chapter);
    const QByteArray policyHeading = "##重要政策事件";
    const qsizetype policyStart = m_report.indexOf(policyHeading);
    const QByteArray variants[] = {
        chapter + "\n" + m_report,
        m_report.left(policyStart) + chapter + "\n" + m_report.mid(policyStart),
        m_report + "\n" + chapter,
    };
    for (const QByteArray &variant : variants) {
        QString error;
        const std::optional<ReportContent> content = import(variant, &error);
        QVERIFY2(content, qPrintable(error));
        QCOMPARE(ReportDump::dump(*content, ReportDump::SourceLines::Ignore),
                 ReportDump::dump(m_content, ReportDump::SourceLines::Ignore));
    }
    QString error;
    QVERIFY(!import(chapter, &error));
    QVERIFY2(error.contains(QStringLiteral("no alliances and no policy events")), qPrintable(error));
}

void TestImporterEdgeCases::allianceHeadingForms_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("abbreviation");
    QTest::addColumn<QString>("slug");

    QTest::newRow("English and 简称") << QStringLiteral(
        "中国开源软件推进联盟（China Open Source Promotion Union，简称：COPU）")
                                      << QStringLiteral("中国开源软件推进联盟")
                                      << QStringLiteral("China Open Source Promotion Union") << QStringLiteral("COPU")
                                      << QStringLiteral("copu");
    QTest::newRow("ASCII parentheses, comma and colon")
        << QStringLiteral("中国开源软件推进联盟 (China Open Source Promotion Union, 简称: COPU)")
        << QStringLiteral("中国开源软件推进联盟") << QStringLiteral("China Open Source Promotion Union")
        << QStringLiteral("COPU") << QStringLiteral("copu");
    QTest::newRow("简称 only") << QStringLiteral("开源及基础软件通用技术创新联盟（简称：U盟）")
                               << QStringLiteral("开源及基础软件通用技术创新联盟") << QString() << QStringLiteral("U盟")
                               << QString();
    QTest::newRow("英文简称") << QStringLiteral("某联盟（英文简称：ABC）") << QStringLiteral("某联盟") << QString()
                              << QStringLiteral("ABC") << QStringLiteral("abc");
    QTest::newRow("acronym only") << QStringLiteral("云计算开源产业联盟（OSCAR）")
                                  << QStringLiteral("云计算开源产业联盟") << QString() << QStringLiteral("OSCAR")
                                  << QStringLiteral("oscar");
    QTest::newRow("English only") << QStringLiteral("绿色计算产业联盟（Green Computing Consortium）")
                                  << QStringLiteral("绿色计算产业联盟") << QStringLiteral("Green Computing Consortium")
                                  << QString() << QStringLiteral("green-computing-consortium");
    QTest::newRow("English then acronym")
        << QStringLiteral("某联盟（Open Alliance，OA）") << QStringLiteral("某联盟") << QStringLiteral("Open Alliance")
        << QStringLiteral("OA") << QStringLiteral("oa");
    QTest::newRow("parentheses that belong to the name")
        << QStringLiteral("中国开源联盟（筹）") << QStringLiteral("中国开源联盟（筹）") << QString() << QString()
        << QString();
    QTest::newRow("no parentheses") << QStringLiteral("中国智能终端操作系统产业联盟")
                                    << QStringLiteral("中国智能终端操作系统产业联盟") << QString() << QString()
                                    << QString();
}

void TestImporterEdgeCases::allianceHeadingForms()
{
    QFETCH(QString, heading);
    QFETCH(QString, name);
    QFETCH(QString, english);
    QFETCH(QString, abbreviation);
    QFETCH(QString, slug);
    for (int level = 2; level <= 6; ++level) {
        const QString hashes(level, u'#');
        for (const QString &separator : {QString(), QStringLiteral(" ")}) {
            const QString markdown = hashes + separator + heading + QStringLiteral("\n\n创立时间：2016年\n");
            QString error;
            const std::optional<ReportContent> content = import(markdown.toUtf8(), &error);
            QVERIFY2(content, qPrintable(error));
            QCOMPARE(content->alliances.size(), 1);
            const AllianceRecord &alliance = content->alliances.first();
            QCOMPARE(alliance.name.zh, name);
            QCOMPARE(alliance.givenEnglishName, english);
            QCOMPARE(alliance.abbreviation, abbreviation);
            if (slug.isEmpty())
                QVERIFY2(alliance.slug.startsWith(QStringLiteral("alliance-")), qPrintable(alliance.slug));
            else
                QCOMPARE(alliance.slug, slug);
            QCOMPARE(alliance.sourceLine, 1);
        }
    }
}

void TestImporterEdgeCases::allianceFieldForms()
{
    const QByteArray markdown = R"(**1. 产业协会**

### 甲联盟（Alpha Alliance，简称：AA）
成立时间: 2004年7月
网址：https://example.org
简介：第一行介绍，
续写的第二行。
会员：24，包括企事业单位
组织架构：主席、副主席，理事单位
指导单位：中华人民共和国工业和信息化部；湖北省软件协会;北京市科委
主要活动：

- 东北亚开源论坛：每年一届
- 自由软件日：提供帮助和支持

  * 缩进的活动
联盟服务：产业资讯、品牌推广，成员交流

#### 乙联盟（AA）
创立时间：2009年
组织结构：100+，理事单位
近期主要活动：举办多场产业研讨会
联盟服务：
- 产业资讯，品牌推广
- 标准服务

##### 丙联盟
介绍：没有日期，也没有成员
创立时间：
成员：
组织结构：
指导单位：
主要活动：
联盟服务：
)";
    QString error;
    const std::optional<ReportContent> content = import(markdown, &error);
    QVERIFY2(content, qPrintable(error));
    QCOMPARE(content->alliancesTitle.zh, QStringLiteral("产业协会"));
    QCOMPARE(content->alliances.size(), 3);

    const AllianceRecord &first = content->alliances.at(0);
    QCOMPARE(first.slug, QStringLiteral("aa"));
    QCOMPARE(first.founded.toIso(), QStringLiteral("2004-07"));
    QCOMPARE(first.intro.zh, QStringLiteral("第一行介绍，\n续写的第二行。"));
    QCOMPARE(first.memberCountMin, 24);
    QVERIFY(first.memberCountExact);
    QCOMPARE(first.memberCountSource, AllianceRecord::MemberCountSource::Members);
    QCOMPARE(texts(first.structure),
             (QStringList{QStringLiteral("主席"), QStringLiteral("副主席"), QStringLiteral("理事单位")}));
    QCOMPARE(texts(first.guides),
             (QStringList{QStringLiteral("中华人民共和国工业和信息化部"), QStringLiteral("湖北省软件协会"),
                          QStringLiteral("北京市科委")}));
    QCOMPARE(texts(first.activities),
             (QStringList{QStringLiteral("东北亚开源论坛：每年一届"), QStringLiteral("自由软件日：提供帮助和支持"),
                          QStringLiteral("缩进的活动")}));
    QCOMPARE(texts(first.services),
             (QStringList{QStringLiteral("产业资讯"), QStringLiteral("品牌推广"), QStringLiteral("成员交流")}));
    QCOMPARE(texts(first.otherFields), QStringList{QStringLiteral("网址：https://example.org")});
    QCOMPARE(first.sourceLine, 3);

    const AllianceRecord &second = content->alliances.at(1);
    QCOMPARE(second.slug, QStringLiteral("aa-2")); // the same abbreviation as the first
    QCOMPARE(second.founded.toIso(), QStringLiteral("2009"));
    QCOMPARE(second.memberCountMin, 100);
    QVERIFY(!second.memberCountExact);
    QCOMPARE(second.memberCountSource, AllianceRecord::MemberCountSource::Structure);
    QCOMPARE(texts(second.structure), QStringList{QStringLiteral("理事单位")});
    QCOMPARE(texts(second.activities), QStringList{QStringLiteral("举办多场产业研讨会")});
    QCOMPARE(texts(second.services),
             (QStringList{QStringLiteral("产业资讯"), QStringLiteral("品牌推广"), QStringLiteral("标准服务")}));

    const AllianceRecord &third = content->alliances.at(2);
    QVERIFY(third.founded.isNull());
    QCOMPARE(third.memberCountMin, -1);
    QCOMPARE(third.memberCountSource, AllianceRecord::MemberCountSource::None);
    QVERIFY(third.members.zh.isEmpty());
    QVERIFY(third.structure.isEmpty());
    QVERIFY(third.guides.isEmpty());
    QVERIFY(third.activities.isEmpty());
    QVERIFY(third.services.isEmpty());
}

void TestImporterEdgeCases::memberCounts_data()
{
    QTest::addColumn<QString>("members");
    QTest::addColumn<QString>("structure");
    QTest::addColumn<int>("min");
    QTest::addColumn<bool>("exact");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("roles");

    const QStringList roles = {QStringLiteral("理事单位"), QStringLiteral("普通成员")};
    const QString plainRoles = QStringLiteral("理事单位，普通成员");
    QTest::newRow("100+ in 成员") << QStringLiteral("100+，包括：本地商业机构") << plainRoles << 100 << false
                                  << QStringLiteral("members") << roles;
    QTest::newRow("full-width ＋") << QStringLiteral("30＋，包括863相关参与单位。") << plainRoles << 30 << false
                                   << QStringLiteral("members") << roles;
    QTest::newRow("exact in 成员") << QStringLiteral("127，包括企事业单位和教育科研机构") << plainRoles << 127 << true
                                   << QStringLiteral("members") << roles;
    QTest::newRow("多 and ASCII comma") << QStringLiteral("50多, 包括高校") << plainRoles << 50 << false
                                        << QStringLiteral("members") << roles;
    QTest::newRow("a count alone") << QStringLiteral("84") << plainRoles << 84 << true << QStringLiteral("members")
                                   << roles;
    QTest::newRow("count in 组织结构") << QStringLiteral("包括企事业单位和科研机构")
                                       << QStringLiteral("100+，理事单位，普通成员") << 100 << false
                                       << QStringLiteral("structure") << roles;
    QTest::newRow("exact count in 组织结构")
        << QStringLiteral("包括企事业单位") << QStringLiteral("25、理事单位、普通成员") << 25 << true
        << QStringLiteral("structure") << roles;
    QTest::newRow("no count anywhere") << QStringLiteral("包括企事业单位") << plainRoles << -1 << false
                                       << QStringLiteral("none") << roles;
    QTest::newRow("a number inside the text is no count")
        << QStringLiteral("包括863相关参与单位") << QStringLiteral("理事单位，3个工作组") << -1 << false
        << QStringLiteral("none") << QStringList{QStringLiteral("理事单位"), QStringLiteral("3个工作组")};
}

void TestImporterEdgeCases::memberCounts()
{
    QFETCH(QString, members);
    QFETCH(QString, structure);
    QFETCH(int, min);
    QFETCH(bool, exact);
    QFETCH(QString, source);
    QFETCH(QStringList, roles);
    const QString markdown
        = QStringLiteral("#####某联盟\n创立时间：2014年11月\n\n成员：%1\n\n组织结构：%2\n").arg(members, structure);
    QString error;
    const std::optional<ReportContent> content = import(markdown.toUtf8(), &error);
    QVERIFY2(content, qPrintable(error));
    const AllianceRecord &alliance = content->alliances.first();
    QCOMPARE(alliance.members.zh, members);
    QCOMPARE(alliance.memberCountMin, min);
    if (min >= 0)
        QCOMPARE(alliance.memberCountExact, exact);
    QCOMPARE(ReportDump::memberCountSourceName(alliance.memberCountSource), source);
    QCOMPARE(texts(alliance.structure), roles);
}

void TestImporterEdgeCases::eventDates_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("precision");

    QTest::newRow("day at start") << QStringLiteral("1999年7月15日，Linux和中国软件产业论坛上")
                                  << QStringLiteral("1999-07-15") << QStringLiteral("day");
    QTest::newRow("day written with 号") << QStringLiteral("2014年12月3号，国务院印发") << QStringLiteral("2014-12-03")
                                         << QStringLiteral("day");
    QTest::newRow("month at start, ASCII comma")
        << QStringLiteral("2005年5月, 工业和信息化部") << QStringLiteral("2005-05") << QStringLiteral("month");
    QTest::newRow("year at start") << QStringLiteral("2004年，财政部") << QStringLiteral("2004")
                                   << QStringLiteral("year");
    QTest::newRow("year at end") << QStringLiteral("Linux公共服务平台，2004年") << QStringLiteral("2004")
                                 << QStringLiteral("year");
    QTest::newRow("month at end") << QStringLiteral("展示开源软件、3d打印等，2015年10月") << QStringLiteral("2015-10")
                                  << QStringLiteral("month");
    QTest::newRow("day at end") << QStringLiteral("某会议召开，2016年3月9日") << QStringLiteral("2016-03-09")
                                << QStringLiteral("day");
    QTest::newRow("spaces inside the date")
        << QStringLiteral("2016 年 3 月 9 日，某会议召开") << QStringLiteral("2016-03-09") << QStringLiteral("day");
    QTest::newRow("full-width digits") << QStringLiteral("２０１６年７月，国务院") << QStringLiteral("2016-07")
                                       << QStringLiteral("month");
    QTest::newRow("none") << QStringLiteral("推进开源公共服务") << QString() << QStringLiteral("none");
    QTest::newRow("2007年度 is no date") << QStringLiteral("发布863计划2007年度第一批重点项目") << QString()
                                         << QStringLiteral("none");
    QTest::newRow("2015年电信行业 is no date") << QStringLiteral("工业和信息化部公布2015年电信行业网络安全试点示范项目")
                                               << QString() << QStringLiteral("none");
    QTest::newRow("2007年度 after a real date") << QStringLiteral("2007年6月29日，发布2007年度第一批重点项目")
                                                << QStringLiteral("2007-06-29") << QStringLiteral("day");
    QTest::newRow("2015年电信行业 before a real date")
        << QStringLiteral("公布2015年电信行业试点示范项目，2016年") << QStringLiteral("2016") << QStringLiteral("year");
}

void TestImporterEdgeCases::eventDates()
{
    QFETCH(QString, item);
    QFETCH(QString, date);
    QFETCH(QString, precision);
    const QString markdown = QString::fromUtf8(policyHeader) + QStringLiteral("#####中央政府\n- ") + item + u'\n';
    QString error;
    const std::optional<ReportContent> content = import(markdown.toUtf8(), &error);
    QVERIFY2(content, qPrintable(error));
    QCOMPARE(content->events.size(), 1);
    const PolicyEventRecord &event = content->events.first();
    QCOMPARE(event.text.zh, item);
    QCOMPARE(event.date.toIso(), date);
    QCOMPARE(ReportDate::precisionName(event.date.precision()), precision);
    QCOMPARE(event.sourceLine, 4);
}

void TestImporterEdgeCases::policyLevels_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("level");
    QTest::newRow("中央政府") << QStringLiteral("中央政府") << QStringLiteral("central");
    QTest::newRow("国务院") << QStringLiteral("国务院") << QStringLiteral("central");
    QTest::newRow("省") << QStringLiteral("广东省") << QStringLiteral("provincial");
    QTest::newRow("自治区") << QStringLiteral("广西壮族自治区") << QStringLiteral("provincial");
    QTest::newRow("市") << QStringLiteral("郑州市") << QStringLiteral("municipal");
    QTest::newRow("区") << QStringLiteral("北京市海淀区") << QStringLiteral("municipal");
    QTest::newRow("县") << QStringLiteral("某县") << QStringLiteral("municipal");
    QTest::newRow("anything else") << QStringLiteral("港澳台及海外") << QStringLiteral("other");
}

void TestImporterEdgeCases::policyLevels()
{
    QFETCH(QString, region);
    QFETCH(QString, level);
    for (int regionLevel = 3; regionLevel <= 6; ++regionLevel) {
        const QString markdown = QString::fromUtf8(policyHeader) + QString(regionLevel, u'#') + QStringLiteral(" ")
            + region + QStringLiteral("\n\n- 2016年，某政策\n- 另一政策\n");
        QString error;
        const std::optional<ReportContent> content = import(markdown.toUtf8(), &error);
        QVERIFY2(content, qPrintable(error));
        QCOMPARE(content->events.size(), 2);
        for (const PolicyEventRecord &event : std::as_const(content->events)) {
            QCOMPARE(event.region.zh, region);
            QCOMPARE(PolicyLevels::name(event.level), level);
        }
    }
}

QTEST_GUILESS_MAIN(TestImporterEdgeCases)
#include "tst_importeredgecases.moc"
