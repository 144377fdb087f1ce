#include "eventdatefinder.h"
#include "reportdate.h"

#include <QTest>

class TestReportDate : public QObject
{
    Q_OBJECT

private slots:
    void findsTheEventDate_data();
    void findsTheEventDate();
    void rejectsImpossibleDates();
    void isoRoundTrip_data();
    void isoRoundTrip();
    void sortKeyOrdersByEarliestDayThenCoarserFirst();
    void displaysAtItsOwnPrecision();
    void spanCoversThePrecision();
};

void TestReportDate::findsTheEventDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");
    QTest::newRow("day at start") << QStringLiteral("1999年7月15日，Linux和中国软件产业论坛上")
                                  << QStringLiteral("1999-07-15");
    QTest::newRow("year at start") << QStringLiteral("2004年，财政部和工业和信息化部") << QStringLiteral("2004");
    QTest::newRow("month, ASCII comma") << QStringLiteral("2005年5月, 工业和信息化部") << QStringLiteral("2005-05");
    QTest::newRow("year at end") << QStringLiteral("Linux公共服务平台，2004年") << QStringLiteral("2004");
    QTest::newRow("month at end") << QStringLiteral("科技馆设置创新教育展区，展示开源软件、3d打印等，2015年10月")
                                  << QStringLiteral("2015-10");
    QTest::newRow("year after quote") << QStringLiteral("杭州建立“教育部—LUPA开源软件实习实训基地（试点）” ，2007年")
                                      << QStringLiteral("2007");
    QTest::newRow("2007年度 is no date") << QStringLiteral("发布2007年度第一批重点项目") << QString();
    QTest::newRow("2015年电信 is no date")
        << QStringLiteral("工业和信息化部公布2015年电信行业网络安全试点示范项目") << QString();
    QTest::newRow("start wins over mention")
        << QStringLiteral("2008年8月，关于申报2008年度“教育部－英特尔精品课程”") << QStringLiteral("2008-08");
    QTest::newRow("undated") << QStringLiteral("推进开源公共服务") << QString();
    QTest::newRow("mention inside a clause") << QStringLiteral("协助2014年东北亚IT局长会议") << QString();
    QTest::newRow("full-width digits") << QStringLiteral("２０１６年７月，国务院") << QStringLiteral("2016-07");
    QTest::newRow("trailing comma") << QStringLiteral("2011年7月13日，国务院发布十二五规划,")
                                    << QStringLiteral("2011-07-13");
}

void TestReportDate::findsTheEventDate()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    const EventDateFinder::Result result = EventDateFinder::find(text);
    QVERIFY(result.invalidText.isEmpty());
    QCOMPARE(result.date.toIso(), iso);
}

void TestReportDate::rejectsImpossibleDates()
{
    QCOMPARE(EventDateFinder::find(u"2015年13月40日，某事").invalidText, QStringLiteral("2015年13月40日"));
    QCOMPARE(EventDateFinder::find(u"2015年2月30日，某事").invalidText, QStringLiteral("2015年2月30日"));
    QVERIFY(!EventDateFinder::parseWhole(u"不详").invalidText.isEmpty());
    QCOMPARE(EventDateFinder::parseWhole(u"2000年3月").date.toIso(), QStringLiteral("2000-03"));
    QVERIFY(EventDateFinder::parseWhole(u"").date.isNull());
    QVERIFY(ReportDate::fromParts(2015, 13).isNull());
    QVERIFY(ReportDate::fromParts(2015, 0, 3).isNull());
}

void TestReportDate::isoRoundTrip_data()
{
    QTest::addColumn<QString>("iso");
    QTest::addColumn<bool>("valid");
    QTest::newRow("day") << QStringLiteral("2004-07-22") << true;
    QTest::newRow("month") << QStringLiteral("2000-03") << true;
    QTest::newRow("year") << QStringLiteral("2016") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("bad month") << QStringLiteral("2016-13") << false;
    QTest::newRow("short") << QStringLiteral("16-1-1") << false;
    QTest::newRow("junk") << QStringLiteral("2016-07-22-01") << false;
}

void TestReportDate::isoRoundTrip()
{
    QFETCH(QString, iso);
    QFETCH(bool, valid);
    const ReportDate date = ReportDate::fromIso(iso);
    QCOMPARE(!date.isNull(), valid);
    if (valid)
        QCOMPARE(date.toIso(), iso);
}

void TestReportDate::sortKeyOrdersByEarliestDayThenCoarserFirst()
{
    const ReportDate year = ReportDate::fromParts(2004);
    const ReportDate month = ReportDate::fromParts(2004, 1);
    const ReportDate day = ReportDate::fromParts(2004, 1, 1);
    const ReportDate later = ReportDate::fromParts(2004, 1, 2);
    QVERIFY(year.sortKey() < month.sortKey());
    QVERIFY(month.sortKey() < day.sortKey());
    QVERIFY(day.sortKey() < later.sortKey());
    QVERIFY(ReportDate::fromParts(2003, 12, 31).sortKey() < year.sortKey());
}

void TestReportDate::displaysAtItsOwnPrecision()
{
    const QLocale zh(QLocale::Chinese, QLocale::China);
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(ReportDate::fromParts(2004, 7, 22).toDisplayString(zh), QStringLiteral("2004年7月22日"));
    QCOMPARE(ReportDate::fromParts(2000, 3).toDisplayString(zh), QStringLiteral("2000年3月"));
    QCOMPARE(ReportDate::fromParts(2016).toDisplayString(zh), QStringLiteral("2016年"));
    QCOMPARE(ReportDate::fromParts(2004, 7, 22).toDisplayString(en), QStringLiteral("22 July 2004"));
    QCOMPARE(ReportDate::fromParts(2000, 3).toDisplayString(en), QStringLiteral("March 2000"));
    QCOMPARE(ReportDate::fromParts(2016).toDisplayString(en), QStringLiteral("2016"));
    QVERIFY(ReportDate().toDisplayString(en).isEmpty());
}

void TestReportDate::spanCoversThePrecision()
{
    QCOMPARE(ReportDate::fromParts(2000, 2).latest(), QDate(2000, 2, 29));
    QCOMPARE(ReportDate::fromParts(2016).earliest(), QDate(2016, 1, 1));
    QCOMPARE(ReportDate::fromParts(2016).latest(), QDate(2016, 12, 31));
}

QTEST_GUILESS_MAIN(TestReportDate)
#include "tst_reportdate.moc"
