#include "editioncomparison.h"
#include "editionmatcher.h"
#include "reportdatabase.h"
#include "reportimporter.h"
#include "textdiff.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using Change = EditionMatcher::Change;
using Kind = EditionMatcher::RecordKind;

namespace {

ReportContent importFile(const QString &fileName)
{
    QFile file(QStringLiteral(REPORT_SOURCE_DIR "/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    ReportImporter::Error error;
    return ReportImporter::parse(file.readAll(), fileName, &error).value_or(ReportContent());
}

ReportContent edition(const QString &year, const QList<PolicyEventRecord> &events,
                      const QList<AllianceRecord> &alliances = {})
{
    ReportContent content;
    content.edition = year;
    content.events = events;
    content.alliances = alliances;
    return content;
}

PolicyEventRecord policyEvent(int id, const QString &region, const ReportDate &date, const QString &text)
{
    PolicyEventRecord record;
    record.id = id;
    record.region.zh = region;
    record.date = date;
    record.text.zh = text;
    return record;
}

AllianceRecord alliance(const QString &slug, const QString &name, const QString &abbreviation)
{
    AllianceRecord record;
    record.slug = slug;
    record.name.zh = name;
    record.abbreviation = abbreviation;
    return record;
}

// One row of the comparison as a reader checks it: the record of each side named by the start
// of its Chinese name or text ("" for no record on that side).
struct ExpectedRow
{
    Kind kind;
    Change change;
    QString from;
    QString to;
    QStringList fields;
};

QString nameOf(const ReportContent &content, Kind kind, int index)
{
    return kind == Kind::Alliance ? content.alliances.at(index).name.zh : content.eventText(index).zh;
}

} // namespace

class TestEditionMatcher : public QObject
{
    Q_OBJECT

private slots:
    void editions2015And2016PairAsReadByHand();
    void embeddedEditionsAreTheFiles();
    void datesAgreeAtTheCoarserPrecision_data();
    void datesAgreeAtTheCoarserPrecision();
    void eventStatedToAnotherPrecisionPairs();
    void rewordedEventPairs();
    void fullWidthAndSpacingAreFolded();
    void allianceMatchesByAbbreviationAlone();
    void nearMissesStayApart();
    void eachRecordPairsOnceAtMost();
    void textDiffMarksWordsAndCharacters();
};

// Both files read side by side (2015: 产业协会 and 政策／重要事件; 2016: the chapter). The 2015
// alliances all stand in 2016, in the same order; only 湖北省开源软件推进联盟's 成员 changed
// (教育科研机构 became 科研机构). Its 14 events all stand in 2016: 13 word for word, one
// (2011年7月13日) without its trailing comma. Nothing was removed.
void TestEditionMatcher::editions2015And2016PairAsReadByHand()
{
    const ReportContent from = importFile(QStringLiteral("ChinaOSSRepor_Chn_2015.md"));
    const ReportContent to = importFile(QStringLiteral("orgnization-2016.md"));
    QCOMPARE(from.alliances.size(), 6);
    QCOMPARE(from.events.size(), 14);
    QCOMPARE(to.alliances.size(), 8);
    QCOMPARE(to.events.size(), 26);

    const QStringList none;
    const QList<ExpectedRow> expected = {
        {Kind::Alliance, Change::Unchanged, u"中国开源软件推进联盟"_s, u"中国开源软件推进联盟"_s, none},
        {Kind::Alliance, Change::Unchanged, u"共创软件联盟"_s, u"共创软件联盟"_s, none},
        {Kind::Alliance, Change::Unchanged, u"开源及基础软件通用技术创新联盟"_s, u"开源及基础软件通用技术创新联盟"_s,
         none},
        {Kind::Alliance, Change::Unchanged, u"北京长风开放标准平台软件产业联盟"_s,
         u"北京长风开放标准平台软件产业联盟"_s, none},
        {Kind::Alliance, Change::Unchanged, u"中国智能终端操作系统产业联盟"_s, u"中国智能终端操作系统产业联盟"_s, none},
        {Kind::Alliance, Change::Changed, u"湖北省开源软件推进联盟"_s, u"湖北省开源软件推进联盟"_s, {u"members"_s}},
        {Kind::Alliance, Change::Added, u""_s, u"云计算开源产业联盟"_s, none},
        {Kind::Alliance, Change::Added, u""_s, u"绿色计算产业联盟"_s, none},
        {Kind::Event, Change::Unchanged, u"1999年7月15日，Linux和中国软件产业论坛上"_s,
         u"1999年7月15日，Linux和中国软件产业论坛上"_s, none},
        {Kind::Event, Change::Unchanged, u"2004年4月3日，中日韩东北亚"_s, u"2004年4月3日，中日韩东北亚"_s, none},
        {Kind::Event, Change::Unchanged, u"2004年7月22日，在工业和信息化部"_s, u"2004年7月22日，在工业和信息化部"_s,
         none},
        {Kind::Event, Change::Unchanged, u"2004年，财政部"_s, u"2004年，财政部"_s, none},
        {Kind::Event, Change::Unchanged, u"2005年5月, 工业和信息化部与法国"_s, u"2005年5月, 工业和信息化部与法国"_s,
         none},
        {Kind::Event, Change::Added, u""_s, u"2008年8月，关于申报"_s, none},
        {Kind::Event, Change::Added, u""_s, u"2007年6月29日，发布"_s, none},
        {Kind::Event,
         Change::Changed,
         u"2011年7月13日，国务院发布十二五规划"_s,
         u"2011年7月13日，国务院发布十二五规划"_s,
         {u"text"_s}},
        {Kind::Event, Change::Unchanged, u"2013年3月，人力资源"_s, u"2013年3月，人力资源"_s, none},
        {Kind::Event, Change::Added, u""_s, u"2014年12月3日，国务院印发"_s, none},
        {Kind::Event, Change::Added, u""_s, u"2015年，国务院关于积极推进"_s, none},
        {Kind::Event, Change::Unchanged, u"2015年，国务院办公厅发布关于发展众创空间"_s,
         u"2015年，国务院办公厅发布关于发展众创空间"_s, none},
        {Kind::Event, Change::Added, u""_s, u"2015年，工业和信息化部公布"_s, none},
        {Kind::Event, Change::Added, u""_s, u"2015年5月25日，国际教育信息化大会"_s, none},
        {Kind::Event, Change::Added, u""_s, u"2016年，国务院办公厅关于印发"_s, none},
        {Kind::Event, Change::Added, u""_s, u"2016年7月，国务院印发"_s, none},
        {Kind::Event, Change::Unchanged, u"Linux公共服务平台，2004年"_s, u"Linux公共服务平台，2004年"_s, none},
        {Kind::Event, Change::Unchanged, u"广东省Linux促进计划"_s, u"广东省Linux促进计划"_s, none},
        {Kind::Event, Change::Added, u""_s, u"广东省高技术产业发展"_s, none},
        {Kind::Event, Change::Unchanged, u"Linux公共服务平台"_s, u"Linux公共服务平台"_s, none}, // 浙江省, undated
        {Kind::Event, Change::Added, u""_s, u"杭州建立"_s, none},
        {Kind::Event, Change::Unchanged, u"开源软件公共开发平台"_s, u"开源软件公共开发平台"_s, none},
        {Kind::Event, Change::Unchanged, u"成立开源软件推进联盟"_s, u"成立开源软件推进联盟"_s, none},
        {Kind::Event, Change::Unchanged, u"推进开源公共服务"_s, u"推进开源公共服务"_s, none},
        {Kind::Event, Change::Added, u""_s, u"科技馆设置创新教育展区"_s, none},
        {Kind::Event, Change::Added, u""_s, u"黑龙江省教育厅"_s, none},
    };

    const QList<EditionMatcher::Comparison> comparisons = EditionMatcher::compare(from, to);
    QCOMPARE(comparisons.size(), expected.size());
    QSet<QString> identities;
    for (int row = 0; row < expected.size(); ++row) {
        const EditionMatcher::Comparison &actual = comparisons.at(row);
        const ExpectedRow &wanted = expected.at(row);
        const QString where = QStringLiteral("row %1: %2").arg(row).arg(wanted.to);
        QVERIFY2(actual.kind == wanted.kind, qPrintable(where));
        QVERIFY2(actual.change == wanted.change, qPrintable(where));
        if (wanted.from.isEmpty())
            QVERIFY2(actual.fromIndex < 0, qPrintable(where));
        else
            QVERIFY2(nameOf(from, actual.kind, actual.fromIndex).startsWith(wanted.from), qPrintable(where));
        QVERIFY2(nameOf(to, actual.kind, actual.toIndex).startsWith(wanted.to), qPrintable(where));
        QCOMPARE(actual.changedFields, wanted.fields);
        identities.insert(actual.identity);
    }
    // The 浙江省 event has the same words as the 广东省 one: the region keeps them apart.
    QCOMPARE(to.events.at(comparisons.at(27).toIndex).region.zh, QStringLiteral("浙江省"));
    QCOMPARE(from.events.at(comparisons.at(27).fromIndex).region.zh, QStringLiteral("浙江省"));
    QCOMPARE(identities.size(), comparisons.size());
    // A pair has its older record's identity, a record only one side has its own.
    QCOMPARE(comparisons.constFirst().identity, from.alliances.at(0).identity);
    QCOMPARE(comparisons.constFirst().identity, QStringLiteral("alliance:中国开源软件推进联盟"));
    QCOMPARE(comparisons.at(8).identity, from.events.at(0).identity);
    QCOMPARE(comparisons.at(13).identity, to.events.at(5).identity);

    // The database built into the explorer holds both editions with one identity for each pair
    // of this list, and no identity twice within an edition.
    QString error;
    const std::optional<ReportContent> embedded = ReportDatabase::loadEmbedded(&error);
    QVERIFY2(embedded, qPrintable(error));
    const ReportContent embedded2015 = embedded->forEdition(2015);
    const ReportContent embedded2016 = embedded->forEdition(2016);
    auto identityOf = [](const ReportContent &content, Kind kind, int index) {
        return kind == Kind::Alliance ? content.alliances.at(index).identity : content.eventIdentity(index);
    };
    QSet<QString> identities2015;
    for (int row = 0; row < expected.size(); ++row) {
        const EditionMatcher::Comparison &actual = comparisons.at(row);
        const QString where = QStringLiteral("row %1: %2").arg(row).arg(expected.at(row).to);
        QCOMPARE(nameOf(embedded2016, actual.kind, actual.toIndex), nameOf(to, actual.kind, actual.toIndex));
        const QString newer = identityOf(embedded2016, actual.kind, actual.toIndex);
        if (actual.fromIndex < 0)
            continue;
        QCOMPARE(nameOf(embedded2015, actual.kind, actual.fromIndex), nameOf(from, actual.kind, actual.fromIndex));
        QVERIFY2(newer == identityOf(embedded2015, actual.kind, actual.fromIndex), qPrintable(where));
        identities2015.insert(newer);
    }
    for (const ReportContent *content : {&embedded2015, &embedded2016}) {
        QSet<QString> seen;
        for (const AllianceRecord &alliance : content->alliances)
            seen.insert(alliance.identity);
        for (qsizetype row = 0; row < content->events.size(); ++row)
            seen.insert(content->eventIdentity(row));
        QCOMPARE(seen.size(), content->alliances.size() + content->events.size());
    }
    QCOMPARE(identities2015.size(), 6 + 14);

    // The pairs an identity is derived from are the comparison's pairs.
    const EditionMatcher::IndexPairs alliancePairs = EditionMatcher::pairAlliances(from, to);
    const EditionMatcher::IndexPairs eventPairs = EditionMatcher::pairEvents(from, to);
    QCOMPARE(alliancePairs.size(), 6);
    QCOMPARE(eventPairs.size(), 14);
    for (const auto &[fromIndex, toIndex] : alliancePairs)
        QCOMPARE(fromIndex, toIndex);
}

void TestEditionMatcher::embeddedEditionsAreTheFiles()
{
    QString error;
    const std::optional<ReportContent> embedded = ReportDatabase::loadEmbedded(&error);
    QVERIFY2(embedded, qPrintable(error));
    QCOMPARE(embedded->editionYears(), QList<int>({2016, 2015}));
    const ReportContent from = embedded->forEdition(2015);
    QCOMPARE(from.edition, QStringLiteral("2015"));
    QCOMPARE(from.events.size(), 14);
    QCOMPARE(from.eventText(0).zh, importFile(QStringLiteral("ChinaOSSRepor_Chn_2015.md")).events.at(0).text.zh);
    QVERIFY(!from.alliances.at(0).name.en.isEmpty()); // translated with the built-in tables
    QVERIFY(!EditionComparison::between(*embedded, 2014, 2016, &error));
    QVERIFY2(error.contains(QStringLiteral("2014")), qPrintable(error));
}

void TestEditionMatcher::datesAgreeAtTheCoarserPrecision_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("agree");
    QTest::newRow("month and day in it") << u"2005-05"_s << u"2005-05-20"_s << true;
    QTest::newRow("year and day in it") << u"2005"_s << u"2005-05-20"_s << true;
    QTest::newRow("same day") << u"2004-07-22"_s << u"2004-07-22"_s << true;
    QTest::newRow("other day") << u"2004-07-22"_s << u"2004-07-23"_s << false;
    QTest::newRow("other month") << u"2005-05"_s << u"2005-06-01"_s << false;
    QTest::newRow("other year") << u"2004"_s << u"2005"_s << false;
    QTest::newRow("undated and dated") << u""_s << u"2004"_s << true;
}

void TestEditionMatcher::datesAgreeAtTheCoarserPrecision()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, agree);
    QCOMPARE(EditionMatcher::datesAgree(ReportDate::fromIso(a), ReportDate::fromIso(b)), agree);
    QCOMPARE(EditionMatcher::datesAgree(ReportDate::fromIso(b), ReportDate::fromIso(a)), agree);
}

void TestEditionMatcher::eventStatedToAnotherPrecisionPairs()
{
    ReportContent from = edition(u"2015"_s,
                                 {policyEvent(1, u"中央政府"_s, ReportDate::fromParts(2005, 5),
                                              u"2005年5月, 工业和信息化部与法国相关政府部门签署开源软件合作备忘录"_s)});
    ReportContent to
        = edition(u"2016"_s,
                  {policyEvent(1, u"中央政府"_s, ReportDate::fromParts(2005, 5, 20),
                               u"2005年5月20日，工业和信息化部与法国相关政府部门签署开源软件合作备忘录"_s)});
    from.events[0].identity = u"event:older"_s;
    to.events[0].identity = u"event:newer"_s;
    const QList<EditionMatcher::Comparison> comparisons = EditionMatcher::compare(from, to);
    QCOMPARE(comparisons.size(), 1);
    QVERIFY(comparisons.at(0).change == Change::Changed);
    QCOMPARE(comparisons.at(0).changedFields, QStringList({u"date"_s, u"text"_s}));
    QCOMPARE(comparisons.at(0).identity, u"event:older"_s);
}

void TestEditionMatcher::rewordedEventPairs()
{
    const ReportContent from
        = edition(u"2015"_s,
                  {policyEvent(7, u"中央政府"_s, ReportDate::fromParts(2011, 7, 13),
                               u"2011年7月13日，国务院发布十二五规划中写入了促进开源软件产业发展的文字"_s)});
    const ReportContent to
        = edition(u"2016"_s,
                  {policyEvent(9, u"中央政府"_s, ReportDate::fromParts(2011, 7, 13),
                               u"2011年7月13日，国务院发布的“十二五”规划写入了促进开源软件产业发展的内容"_s)});
    QCOMPARE(EditionMatcher::pairEvents(from, to), EditionMatcher::IndexPairs({{0, 0}}));
    QCOMPARE(EditionMatcher::compare(from, to).at(0).changedFields, QStringList({u"text"_s}));
}

void TestEditionMatcher::fullWidthAndSpacingAreFolded()
{
    const ReportContent from = edition(
        u"2015"_s, {policyEvent(1, u"广东省"_s, ReportDate::fromParts(2004), u"Ｌｉｎｕｘ公共服务平台，２００４年"_s)});
    const ReportContent to = edition(
        u"2016"_s, {policyEvent(1, u"广东省"_s, ReportDate::fromParts(2004), u"Linux 公共服务平台, 2004年"_s)});
    QCOMPARE(EditionMatcher::normalisedEventWording(from.events.at(0).text.zh), QStringLiteral("linux公共服务平台"));
    QCOMPARE(EditionMatcher::pairEvents(from, to), EditionMatcher::IndexPairs({{0, 0}}));
}

void TestEditionMatcher::allianceMatchesByAbbreviationAlone()
{
    const ReportContent from = edition(u"2015"_s, {}, {alliance(u"copu"_s, u"中国开源软件推进联盟"_s, u"COPU"_s)});
    const ReportContent to = edition(u"2016"_s, {},
                                     {alliance(u"oscar"_s, u"云计算开源产业联盟"_s, u"OSCAR"_s),
                                      alliance(u"copu"_s, u"中国开源软件促进联盟"_s, u"ＣＯＰＵ"_s)});
    QCOMPARE(EditionMatcher::pairAlliances(from, to), EditionMatcher::IndexPairs({{0, 1}}));
    const QList<EditionMatcher::Comparison> comparisons = EditionMatcher::compare(from, to);
    QCOMPARE(comparisons.size(), 2);
    QVERIFY(comparisons.at(0).change == Change::Added);
    QVERIFY(comparisons.at(1).change == Change::Changed);
    QCOMPARE(comparisons.at(1).changedFields, QStringList({u"name"_s, u"abbreviation"_s}));
}

void TestEditionMatcher::nearMissesStayApart()
{
    // Same words, another region; same region and year, another event; close wording, another
    // year; a one-letter abbreviation; a name one character apart.
    const ReportContent from
        = edition(u"2015"_s,
                  {policyEvent(1, u"广东省"_s, ReportDate::fromParts(2004), u"Linux公共服务平台，2004年"_s),
                   policyEvent(2, u"中央政府"_s, ReportDate::fromParts(2015),
                               u"2015年，国务院办公厅发布关于发展众创空间推进大众创新创业的指导意见"_s),
                   policyEvent(3, u"湖北省"_s, ReportDate::fromParts(2014), u"成立开源软件推进联盟，2014年"_s)},
                  {alliance(u"u"_s, u"开源及基础软件通用技术创新联盟"_s, u"U"_s),
                   alliance(u"hubei"_s, u"湖北省开源软件推进联盟"_s, u""_s)});
    const ReportContent to = edition(
        u"2016"_s,
        {policyEvent(1, u"浙江省"_s, ReportDate::fromParts(2004), u"Linux公共服务平台，2004年"_s),
         policyEvent(2, u"中央政府"_s, ReportDate::fromParts(2015),
                     u"2015年，国务院关于积极推进“互联网+”行动的指导意见"_s),
         policyEvent(3, u"湖北省"_s, ReportDate::fromParts(2015), u"成立开源软件推进联盟，2015年"_s)},
        {alliance(u"u"_s, u"开源软件创新联盟"_s, u"U"_s), alliance(u"hunan"_s, u"湖南省开源软件推进联盟"_s, u""_s)});
    QVERIFY(EditionMatcher::pairEvents(from, to).isEmpty());
    QVERIFY(EditionMatcher::pairAlliances(from, to).isEmpty());
    const QList<EditionMatcher::Comparison> comparisons = EditionMatcher::compare(from, to);
    QCOMPARE(comparisons.size(), 10);
    QCOMPARE(std::count_if(comparisons.begin(), comparisons.end(),
                           [](const EditionMatcher::Comparison &c) { return c.change == Change::Removed; }),
             5);
}

void TestEditionMatcher::eachRecordPairsOnceAtMost()
{
    // The same item twice in one edition and once in the other: one pair, in report order, and
    // the second copy stands alone.
    const ReportContent from = edition(u"2015"_s,
                                       {policyEvent(1, u"湖北省"_s, {}, u"推进开源公共服务"_s),
                                        policyEvent(2, u"湖北省"_s, {}, u"推进开源公共服务"_s)});
    const ReportContent to = edition(u"2016"_s, {policyEvent(1, u"湖北省"_s, {}, u"推进开源公共服务"_s)});
    QCOMPARE(EditionMatcher::pairEvents(from, to), EditionMatcher::IndexPairs({{0, 0}}));
    const QList<EditionMatcher::Comparison> comparisons = EditionMatcher::compare(from, to);
    QCOMPARE(comparisons.size(), 2);
    QVERIFY(comparisons.at(0).change == Change::Unchanged);
    QVERIFY(comparisons.at(1).change == Change::Removed);
    QCOMPARE(comparisons.at(1).fromIndex, 1);
    QCOMPARE(EditionMatcher::pairEvents(to, from), EditionMatcher::IndexPairs({{0, 0}}));
}

void TestEditionMatcher::textDiffMarksWordsAndCharacters()
{
    using Op = TextDiff::Operation;
    QCOMPARE(TextDiff::compare(u"Linux 公共平台", u"Linux 公共服务平台"),
             QList<TextDiff::Segment>({{Op::Equal, u"Linux 公共"_s}, {Op::Added, u"服务"_s}, {Op::Equal, u"平台"_s}}));
    QCOMPARE(TextDiff::compare(u"the Hubei Industry Association", u"the Hubei Association"),
             QList<TextDiff::Segment>(
                 {{Op::Equal, u"the Hubei "_s}, {Op::Removed, u"Industry "_s}, {Op::Equal, u"Association"_s}}));
    QCOMPARE(TextDiff::compare(u"成员：24", u"成员：25"),
             QList<TextDiff::Segment>({{Op::Equal, u"成员："_s}, {Op::Removed, u"24"_s}, {Op::Added, u"25"_s}}));
    QCOMPARE(TextDiff::similarity(u"abc", u"abc"), 1.0);
    QCOMPARE(TextDiff::similarity(u"甲乙", u"丙丁"), 0.0);
}

QTEST_GUILESS_MAIN(TestEditionMatcher)
#include "tst_editionmatcher.moc"
