// What the views derive from the models: which events concern which alliance (ReportRelations),
// what the timeline draws (TimelineData, built from the filtered table as the window builds
// it), and the CSV export (CsvWriter).
#include "alliancefilterproxymodel.h"
#include "csvwriter.h"
#include "eventtextreader.h"
#include "policyfilterproxymodel.h"
#include "policytablemodel.h"
#include "reportrelations.h"
#include "reportsession.h"
#include "reporttesthelpers.h"
#include "timelinedata.h"

#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <map>
#include <memory>
#include <numeric>

using ReportTest::sorted;

// The relations as the explorer computed them before ReportRelations became an index: every
// question scans every event or alliance. Kept here, word for word, as the reference the index
// must agree with.
namespace RelationScan {

QString regionStem(const QString &region)
{
    for (const QString &suffix :
         {QStringLiteral("特别行政区"), QStringLiteral("自治区"), QStringLiteral("省"), QStringLiteral("市")}) {
        if (region.endsWith(suffix) && region.size() > suffix.size() + 1)
            return region.chopped(suffix.size());
    }
    return region;
}

bool containsWord(const QString &text, const QString &word)
{
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const bool before = at == 0 || !text.at(at - 1).isLetterOrNumber() || text.at(at - 1).unicode() > 0x2E80;
        const qsizetype end = at + word.size();
        const bool after = end == text.size() || !text.at(end).isLetterOrNumber() || text.at(end).unicode() > 0x2E80;
        if (before && after)
            return true;
    }
    return false;
}

bool eventConcernsAlliance(const PolicyEventRecord &event, const QString &text, const AllianceRecord &alliance)
{
    if (text.contains(alliance.name.zh))
        return true;
    if (alliance.abbreviation.size() >= 2 && containsWord(text, alliance.abbreviation))
        return true;
    if (!alliance.givenEnglishName.isEmpty() && text.contains(alliance.givenEnglishName, Qt::CaseInsensitive))
        return true;
    const QString stem = regionStem(event.region.zh);
    return stem.size() >= 2 && alliance.name.zh.startsWith(stem);
}

QList<int> eventsOfAlliance(const ReportContent &content, int allianceIndex)
{
    QList<int> events;
    const AllianceRecord &alliance = content.alliances.at(allianceIndex);
    EventTextReader texts(content);
    for (int e = 0; e < content.events.size(); ++e) {
        if (eventConcernsAlliance(content.events.at(e), texts.text(e).zh, alliance))
            events.append(e);
    }
    return events;
}

QList<int> alliancesOfEvent(const ReportContent &content, int eventRow)
{
    QList<int> alliances;
    const PolicyEventRecord &event = content.events.at(eventRow);
    const QString text = content.eventText(eventRow).zh;
    for (int a = 0; a < content.alliances.size(); ++a) {
        if (eventConcernsAlliance(event, text, content.alliances.at(a)))
            alliances.append(a);
    }
    return alliances;
}

} // namespace RelationScan

namespace {

std::shared_ptr<const ReportRelations> buildRelations(QSharedPointer<const ReportContent> content)
{
    const std::atomic_bool cancelled = false;
    return ReportRelations::build(std::move(content), cancelled);
}

// Names that trip a matcher: one inside another, abbreviations inside words and beside Chinese,
// English in other cases, regions of every suffix, an alliance with no name.
QSharedPointer<const ReportContent> trickyContent()
{
    ReportContent content;
    auto alliance = [&content](const QString &zh, const QString &abbreviation = {}, const QString &english = {}) {
        AllianceRecord record;
        record.slug = QStringLiteral("alliance-%1").arg(content.alliances.size());
        record.name.zh = zh;
        record.abbreviation = abbreviation;
        record.givenEnglishName = english;
        content.alliances.append(record);
    };
    alliance(QStringLiteral("开源联盟"), QStringLiteral("OSA"), QStringLiteral("Open Source Alliance"));
    alliance(QStringLiteral("开源联盟北京分会"), QStringLiteral("OSAB"));
    alliance(QStringLiteral("北京开源软件联盟"));
    alliance(QStringLiteral(""));
    alliance(QStringLiteral("联盟"), QStringLiteral("A"));
    alliance(QStringLiteral("湖北省开源软件推进联盟"), QStringLiteral("HB"), QStringLiteral("hubei OPEN source"));
    alliance(QStringLiteral("U盟联合会"), QStringLiteral("U盟"));
    alliance(QStringLiteral("内蒙古开源协会"));
    alliance(QStringLiteral("香港开源促进会"));
    alliance(QStringLiteral("COPU成员联盟"), QStringLiteral("COPU"));
    alliance(QStringLiteral("中国开源软件推进联盟"), QStringLiteral("COPU"),
             QStringLiteral("China OSS Promotion Union"));
    alliance(QStringLiteral("省开源"));
    alliance(QStringLiteral("欧洲联合会"), QString(), QStringLiteral("Ünion Straße"));
    alliance(QStringLiteral("重复名称"), QStringLiteral("ABAB"));
    alliance(QStringLiteral("五代通信"), QStringLiteral("5G"));
    alliance(QStringLiteral("开源联盟"), QStringLiteral("开源"));

    auto event = [&content](const QString &region, const QString &text) {
        PolicyEventRecord record;
        record.id = int(content.events.size()) + 1;
        record.region.zh = region;
        record.text.zh = text;
        content.events.append(record);
    };
    event(QStringLiteral("北京市"), QStringLiteral("开源联盟成立"));
    event(QStringLiteral("湖北省"), QStringLiteral("COPU在武汉召开会议"));
    event(QStringLiteral("中央政府"), QStringLiteral("XCOPU and COPUX and OSAB"));
    event(QStringLiteral("中央政府"), QStringLiteral("THE OPEN SOURCE ALLIANCE met"));
    event(QStringLiteral("中央政府"), QStringLiteral(""));
    event(QStringLiteral("内蒙古自治区"), QStringLiteral("Hubei Open Source promotion"));
    event(QStringLiteral("香港特别行政区"), QStringLiteral("U盟发布"));
    event(QStringLiteral("上海市"), QStringLiteral("ABABAB, xABABx, 15G and 5G联盟"));
    event(QStringLiteral("北京"), QStringLiteral("（COPU）"));
    event(QStringLiteral("市"), QStringLiteral("ÜNION STRAßE; ünion strasse"));
    event(QStringLiteral("省"), QStringLiteral("αCOPU, ＸCOPU, —OSA—, 漢HB漢"));
    event(QStringLiteral("自治区"), QStringLiteral("开源联盟北京分会"));
    event(QStringLiteral("广东省"), QStringLiteral("𠀀ABAB𠀀 and china oss PROMOTION union"));
    return QSharedPointer<const ReportContent>::create(std::move(content));
}

} // namespace

class TestRelationsAndTimeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void copuRelatesToItsFoundingEvent();
    void regionalAllianceRelatesToItsRegionsEvents();
    void alliancesOfEventIsTheInverse();
    void relationsOutOfRangeAreEmpty();
    void indexAgreesWithTheScan_data();
    void indexAgreesWithTheScan();
    void trickyNamesRelateAsWritten();
    void cancelledBuildGivesNothing();

    void timelineLanesHaveAFixedOrder();
    void regionLanesDoNotFollowTheTableOrder();
    void otherLevelGetsALaneOnlyWhenPresent();
    void regionLanesKeepTheBusiestAndShareTheRest();
    void undatedEventsAreCountedNotPlaced();
    void entriesSpanTheirPrecision_data();
    void entriesSpanTheirPrecision();
    void entriesCentreOnTheirSpanInEveryCalendarYear();
    void foundingsSitInTheirOwnLane();
    void perYearCountsSumToTheDatedEvents();
    void centreCountsAreTheEntriesCounted_data();
    void centreCountsAreTheEntriesCounted();
    void sharedCentresAreCountedOnce();
    void timelineFollowsTheSearch();
    void timelineFollowsTheLevelFilter();
    void regionLanesFollowTheTable();
    void cancelledTimelineGivesNothing();

    void csvQuotesPerRfc4180();
    void csvOfTheFilteredTable();
    void csvForExcelStartsWithAByteOrderMark();

private:
    TimelineData timeline(TimelineData::LaneMode mode = TimelineData::LaneMode::Level) const;
    static QList<int> eventIdsOf(const TimelineData &data);
    static void compareWithEntriesCounted(const TimelineData &data);
    QSharedPointer<const ReportContent> throughFile(const ReportContent &content);

    QSharedPointer<const ReportContent> m_content;
    std::unique_ptr<ReportSession> m_session;
    int m_copu = -1;
    int m_hubei = -1;
    QTemporaryDir m_files;
    int m_fileCount = 0;
};

void TestRelationsAndTimeline::initTestCase()
{
    QString error;
    m_content = ReportTest::embeddedContent(&error);
    QVERIFY2(m_content, qPrintable(error));
    m_copu = ReportTest::allianceNamed(*m_content, QStringLiteral("中国开源软件推进联盟"));
    m_hubei = ReportTest::allianceNamed(*m_content, QStringLiteral("湖北省开源软件推进联盟"));
    QVERIFY(m_copu >= 0 && m_hubei >= 0);
}

void TestRelationsAndTimeline::init()
{
    m_session = std::make_unique<ReportSession>();
    m_session->setContent(m_content);
}

void TestRelationsAndTimeline::cleanup()
{
    m_session.reset();
}

// As the window builds it: from the filtered table and the alliances the tree still shows.
TimelineData TestRelationsAndTimeline::timeline(TimelineData::LaneMode mode) const
{
    return TimelineData::build(*m_session->policyProxy(), m_session->allianceProxy()->visibleAlliances(), mode,
                               m_session->language());
}

QList<int> TestRelationsAndTimeline::eventIdsOf(const TimelineData &data)
{
    QList<int> ids;
    for (const TimelineData::Entry &entry : data.entries) {
        if (entry.eventId != 0)
            ids << entry.eventId;
    }
    return sorted(ids);
}

void TestRelationsAndTimeline::copuRelatesToItsFoundingEvent()
{
    const auto relations = buildRelations(m_content);
    const QList<int> rows = relations->eventsOfAlliance(m_copu);
    QCOMPARE(ReportTest::idsOfEventRows(*m_content, rows), QList<int>({3}));
    const PolicyEventRecord &founding = m_content->events.at(rows.first());
    QCOMPARE(founding.date, ReportDate::fromParts(2004, 7, 22));
    QCOMPARE(founding.level, PolicyLevel::Central);
}

void TestRelationsAndTimeline::regionalAllianceRelatesToItsRegionsEvents()
{
    const auto relations = buildRelations(m_content);
    // Both 湖北省 events, including the undated one; the central event about 湖北电信 names
    // neither the alliance nor its region's section, so it is not related.
    QCOMPARE(ReportTest::idsOfEventRows(*m_content, relations->eventsOfAlliance(m_hubei)), QList<int>({23, 24}));
}

void TestRelationsAndTimeline::alliancesOfEventIsTheInverse()
{
    const auto relations = buildRelations(m_content);
    int pairs = 0;
    for (int row = 0; row < m_content->events.size(); ++row) {
        const QList<int> alliances = relations->alliancesOfEvent(row);
        for (int alliance = 0; alliance < m_content->alliances.size(); ++alliance) {
            QCOMPARE(alliances.contains(alliance), relations->eventsOfAlliance(alliance).contains(row));
            pairs += alliances.contains(alliance);
        }
    }
    QCOMPARE(pairs, 3); // COPU with its founding, 湖北 with its two events
    const PolicyTableModel *table = m_session->policyTable();
    QCOMPARE(relations->alliancesOfEvent(table->rowForEventId(3)), QList<int>({m_copu}));
    QCOMPARE(relations->alliancesOfEvent(table->rowForEventId(24)), QList<int>({m_hubei}));
    QVERIFY(relations->alliancesOfEvent(table->rowForEventId(13)).isEmpty());
}

void TestRelationsAndTimeline::relationsOutOfRangeAreEmpty()
{
    const auto relations = buildRelations(m_content);
    QVERIFY(relations->eventsOfAlliance(-1).isEmpty());
    QVERIFY(relations->eventsOfAlliance(8).isEmpty());
    QVERIFY(relations->alliancesOfEvent(-1).isEmpty());
    QVERIFY(relations->alliancesOfEvent(26).isEmpty());
    const auto nothing = buildRelations({});
    QVERIFY(nothing);
    QVERIFY(nothing->eventsOfAlliance(0).isEmpty());
    QVERIFY(nothing->alliancesOfEvent(0).isEmpty());
}

void TestRelationsAndTimeline::indexAgreesWithTheScan_data()
{
    QTest::addColumn<QSharedPointer<const ReportContent>>("content");
    QTest::addColumn<int>("pairs");
    QTest::newRow("embedded report") << m_content << 3;
    QTest::newRow("embedded report, texts in its file") << throughFile(*m_content) << 3;
    const QSharedPointer<const ReportContent> tricky = trickyContent();
    QTest::newRow("tricky names") << tricky << 42;
    // A file holds no alliance without a name, nor an event without a text.
    ReportContent storable = *tricky;
    storable.alliances.removeIf([](const AllianceRecord &alliance) { return alliance.name.zh.isEmpty(); });
    storable.events.removeIf([](const PolicyEventRecord &event) { return event.text.zh.isEmpty(); });
    QTest::newRow("tricky names, texts in their file") << throughFile(storable) << 29;
}

// Every question the window can ask, answered by the index exactly as by a scan, same order.
void TestRelationsAndTimeline::indexAgreesWithTheScan()
{
    QFETCH(QSharedPointer<const ReportContent>, content);
    QFETCH(int, pairs);
    QVERIFY(content);
    const auto relations = buildRelations(content);
    QVERIFY(relations);
    int found = 0;
    for (int alliance = 0; alliance < content->alliances.size(); ++alliance) {
        const QList<int> events = relations->eventsOfAlliance(alliance);
        QCOMPARE(events, RelationScan::eventsOfAlliance(*content, alliance));
        found += int(events.size());
    }
    for (int row = 0; row < content->events.size(); ++row)
        QCOMPARE(relations->alliancesOfEvent(row), RelationScan::alliancesOfEvent(*content, row));
    // The scan itself finds something to agree on.
    QCOMPARE(found, pairs);
}

// The content written to a database and read back from it, with its events' texts left there.
QSharedPointer<const ReportContent> TestRelationsAndTimeline::throughFile(const ReportContent &content)
{
    const QString path = m_files.filePath(QStringLiteral("report-%1.sqlite").arg(++m_fileCount));
    QString error;
    std::optional<ReportContent> file;
    if (ReportDatabase::exportTo(content, path, &error))
        file = ReportDatabase::loadFile(path, &error);
    if (!file || !file->eventTextStore) {
        qWarning("%s: %s", qPrintable(path), qPrintable(error));
        return {};
    }
    return QSharedPointer<const ReportContent>::create(std::move(*file));
}

// A few of the tricky cases checked by hand, so the reference scan is not the only witness.
void TestRelationsAndTimeline::trickyNamesRelateAsWritten()
{
    const QSharedPointer<const ReportContent> content = trickyContent();
    const auto relations = buildRelations(content);
    const int nameless = ReportTest::allianceNamed(*content, QStringLiteral(""));
    const int copu = ReportTest::allianceNamed(*content, QStringLiteral("中国开源软件推进联盟"));
    const int beijing = ReportTest::allianceNamed(*content, QStringLiteral("北京开源软件联盟"));
    // No name is contained in every text, even an empty one.
    QCOMPARE(relations->eventsOfAlliance(nameless).size(), content->events.size());
    QCOMPARE(relations->alliancesOfEvent(4), QList<int>({nameless}));
    // COPU beside Chinese stands alone; inside XCOPU or COPUX it does not.
    QVERIFY(relations->alliancesOfEvent(1).contains(copu));
    QVERIFY(!relations->alliancesOfEvent(2).contains(copu));
    // A full-width letter is no part of a Latin word, a letter of another script is.
    QVERIFY(relations->alliancesOfEvent(10).contains(copu));
    // ABAB only inside ABABAB and xABABx; between characters beyond the BMP it stands alone.
    const int abab = ReportTest::allianceNamed(*content, QStringLiteral("重复名称"));
    QVERIFY(!relations->alliancesOfEvent(7).contains(abab));
    QVERIFY(relations->alliancesOfEvent(12).contains(abab));
    // 5G after 1 is part of 15G; before 联盟 it stands alone.
    const int fiveG = ReportTest::allianceNamed(*content, QStringLiteral("五代通信"));
    QCOMPARE(relations->eventsOfAlliance(fiveG), QList<int>({7}));
    // English names in any case: "china oss PROMOTION union", "ÜNION STRAßE".
    QVERIFY(relations->alliancesOfEvent(12).contains(copu));
    QVERIFY(relations->alliancesOfEvent(9).contains(ReportTest::allianceNamed(*content, QStringLiteral("欧洲联合会"))));
    // 北京市 and 北京 are one region for the alliance named after it.
    QVERIFY(relations->eventsOfAlliance(beijing).contains(0));
    QVERIFY(relations->eventsOfAlliance(beijing).contains(8));
}

void TestRelationsAndTimeline::cancelledBuildGivesNothing()
{
    const std::atomic_bool cancelled = true;
    QVERIFY(!ReportRelations::build(m_content, cancelled));
    QVERIFY(!ReportRelations::build(QSharedPointer<const ReportContent>::create(), cancelled));
}

// Regions get their lanes in order of first appearance in the report, so sorting the table
// (here: its rows read backwards) moves no lane, and every entry stays in its region's lane.
void TestRelationsAndTimeline::regionLanesDoNotFollowTheTableOrder()
{
    // Dated events whose regions take turns, as a report listing by date would: A, B, C at the
    // start; C, B, A at the end.
    ReportContent content = *m_content;
    content.events.removeIf([](const PolicyEventRecord &event) { return event.date.isNull(); });
    QVERIFY(content.events.size() > 6);
    const QList<BilingualText> regions = {{QStringLiteral("甲"), QStringLiteral("A")},
                                          {QStringLiteral("乙"), QStringLiteral("B")},
                                          {QStringLiteral("丙"), QStringLiteral("C")}};
    for (qsizetype row = 0; row < content.events.size(); ++row)
        content.events[row].region = regions.at(row < content.events.size() / 2 ? row % 3 : 2 - row % 3);
    const auto report = QSharedPointer<const ReportContent>::create(content);
    std::vector<int> rows(size_t(content.events.size()));
    std::iota(rows.begin(), rows.end(), 0);
    const TimelineData forwards
        = TimelineData::build(report, rows, {}, TimelineData::LaneMode::Region, ContentLanguage::English);
    std::reverse(rows.begin(), rows.end());
    const TimelineData backwards
        = TimelineData::build(report, rows, {}, TimelineData::LaneMode::Region, ContentLanguage::English);
    QCOMPARE(forwards.lanes.mid(0, 3), QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(backwards.lanes, forwards.lanes);
    QCOMPARE(backwards.centreCounts.size(), forwards.centreCounts.size());
    for (qsizetype i = 0; i < forwards.centreCounts.size(); ++i) {
        QCOMPARE(backwards.centreCounts.at(i).lane, forwards.centreCounts.at(i).lane);
        QCOMPARE(backwards.centreCounts.at(i).count, forwards.centreCounts.at(i).count);
    }
}

void TestRelationsAndTimeline::timelineLanesHaveAFixedOrder()
{
    const QStringList expected
        = {PolicyTableModel::levelName(PolicyLevel::Central), PolicyTableModel::levelName(PolicyLevel::Provincial),
           PolicyTableModel::levelName(PolicyLevel::Municipal), QStringLiteral("Alliance foundings")};
    // The table's own sort order must not reorder the lanes.
    for (int column : {int(PolicyTableModel::DateColumn), int(PolicyTableModel::LevelColumn)}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m_session->policyProxy()->sort(column, order);
            const TimelineData data = timeline();
            QCOMPARE(data.lanes, expected);
            QCOMPARE(data.foundingLane, 3);
        }
    }
    // Each event sits in its level's lane.
    const TimelineData data = timeline();
    for (const TimelineData::Entry &entry : data.entries) {
        if (entry.eventId == 0)
            continue;
        const PolicyLevel level = m_content->events.at(m_session->policyTable()->rowForEventId(entry.eventId)).level;
        QCOMPARE(data.lanes.at(entry.lane), PolicyTableModel::levelName(level));
    }
}

void TestRelationsAndTimeline::otherLevelGetsALaneOnlyWhenPresent()
{
    ReportContent content = *m_content;
    content.events[m_session->policyTable()->rowForEventId(25)].level = PolicyLevel::Other;
    m_session->setContent(QSharedPointer<const ReportContent>::create(content));
    const TimelineData data = timeline();
    QCOMPARE(data.lanes.size(), 5);
    QCOMPARE(data.lanes.at(3), PolicyTableModel::levelName(PolicyLevel::Other));
    QCOMPARE(data.foundingLane, 4);
    for (const TimelineData::Entry &entry : data.entries) {
        if (entry.eventId == 25)
            QCOMPARE(entry.lane, 3);
    }
}

void TestRelationsAndTimeline::regionLanesKeepTheBusiestAndShareTheRest()
{
    // Region r has r + 1 dated events, in order of region; an undated event of a region of its
    // own gives no lane at all.
    ReportContent content;
    const ReportDate date = m_content->events.at(m_session->policyTable()->rowForEventId(8)).date;
    QVERIFY(!date.isNull());
    const int regionCount = TimelineData::maximumRegionLanes + 10;
    for (int region = 0; region < regionCount; ++region) {
        for (int i = 0; i <= region; ++i) {
            PolicyEventRecord event;
            event.id = int(content.events.size()) + 1;
            event.region = {QStringLiteral("地区%1").arg(region), QStringLiteral("Region %1").arg(region)};
            event.level = PolicyLevel::Municipal;
            event.date = date;
            event.text = {QStringLiteral("事件"), QStringLiteral("event")};
            content.events.append(event);
        }
    }
    PolicyEventRecord undated;
    undated.id = int(content.events.size()) + 1;
    undated.region = {QStringLiteral("无日期地区"), QStringLiteral("Undated region")};
    content.events.append(undated);
    std::vector<int> rows(size_t(content.events.size()));
    std::iota(rows.begin(), rows.end(), 0);
    const auto shared = QSharedPointer<const ReportContent>::create(content);
    const TimelineData data
        = TimelineData::build(shared, rows, {}, TimelineData::LaneMode::Region, ContentLanguage::English);

    const int ownLanes = TimelineData::maximumRegionLanes - 1;
    const int sharing = regionCount - ownLanes;
    QCOMPARE(data.lanes.size(), TimelineData::maximumRegionLanes + 1);
    for (int lane = 0; lane < ownLanes; ++lane)
        QCOMPARE(data.lanes.at(lane), QStringLiteral("Region %1").arg(sharing + lane));
    QCOMPARE(data.lanes.at(ownLanes), QStringLiteral("%1 other region(s)").arg(sharing));
    QCOMPARE(data.foundingLane, TimelineData::maximumRegionLanes);
    QCOMPARE(data.entries.size(), content.events.size() - 1);
    for (const TimelineData::Entry &entry : data.entries) {
        const int region = content.events.at(entry.eventRow).region.en.mid(7).toInt();
        QCOMPARE(entry.lane, region < sharing ? ownLanes : region - sharing);
    }
}

void TestRelationsAndTimeline::undatedEventsAreCountedNotPlaced()
{
    const TimelineData data = timeline();
    QCOMPARE(data.undatedEvents, 5);
    QList<int> dated;
    for (const PolicyEventRecord &event : m_content->events) {
        if (!event.date.isNull())
            dated << event.id;
    }
    QCOMPARE(dated.size(), 21);
    QCOMPARE(eventIdsOf(data), dated);
    QCOMPARE(data.first, QDate(1999, 7, 15));
    QCOMPARE(data.last, QDate(2016, 12, 31)); // the year 2016 runs to its end
}

void TestRelationsAndTimeline::entriesSpanTheirPrecision_data()
{
    QTest::addColumn<int>("eventId");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<int>("precision"); // ReportDate::Precision
    QTest::addColumn<QString>("dateText");

    QTest::newRow("day") << 3 << QDate(2004, 7, 22) << QDate(2004, 7, 22) << int(ReportDate::Precision::Day)
                         << QStringLiteral("2004年7月22日");
    QTest::newRow("31-day month") << 5 << QDate(2005, 5, 1) << QDate(2005, 5, 31) << int(ReportDate::Precision::Month)
                                  << QStringLiteral("2005年5月");
    QTest::newRow("municipal month") << 25 << QDate(2015, 10, 1) << QDate(2015, 10, 31)
                                     << int(ReportDate::Precision::Month) << QStringLiteral("2015年10月");
    QTest::newRow("year") << 15 << QDate(2016, 1, 1) << QDate(2016, 12, 31) << int(ReportDate::Precision::Year)
                          << QStringLiteral("2016年");
    QTest::newRow("provincial year") << 23 << QDate(2014, 1, 1) << QDate(2014, 12, 31)
                                     << int(ReportDate::Precision::Year) << QStringLiteral("2014年");
}

void TestRelationsAndTimeline::entriesSpanTheirPrecision()
{
    QFETCH(int, eventId);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(int, precision);
    QFETCH(QString, dateText);

    const TimelineData data = timeline();
    const auto entry = std::find_if(data.entries.cbegin(), data.entries.cend(),
                                    [eventId](const TimelineData::Entry &e) { return e.eventId == eventId; });
    QVERIFY(entry != data.entries.cend());
    QCOMPARE(entry->date.earliest(), start);
    QCOMPARE(entry->date.latest(), end);
    QCOMPARE(int(entry->date.precision()), precision);
    QCOMPARE(data.dateText(*entry), dateText);
    QCOMPARE(entry->allianceIndex, -1);
    QCOMPARE(data.label(*entry), m_content->events.at(m_session->policyTable()->rowForEventId(eventId)).text.zh);
}

// A day, a month and a whole year in common and leap years, century years included: each entry's
// centre lies in the middle of the days its date covers, and the timeline runs from the first of
// those days to the last.
void TestRelationsAndTimeline::entriesCentreOnTheirSpanInEveryCalendarYear()
{
    ReportContent content;
    auto addEvent = [&content](const ReportDate &date) {
        PolicyEventRecord event;
        event.id = int(content.events.size()) + 1;
        event.region = {QStringLiteral("北京市"), QStringLiteral("Beijing")};
        event.level = PolicyLevel::Municipal;
        event.date = date;
        content.events.append(event);
    };
    for (int year : {2023, 1900, 2004, 2000, 1999}) {
        addEvent(ReportDate::fromParts(year));
        for (int month = 1; month <= 12; ++month) {
            addEvent(ReportDate::fromParts(year, month));
            addEvent(ReportDate::fromParts(year, month, 1));
            addEvent(ReportDate::fromParts(year, month, QDate(year, month, 1).daysInMonth()));
        }
    }
    std::vector<int> rows(size_t(content.events.size()));
    std::iota(rows.begin(), rows.end(), 0);
    const TimelineData data = TimelineData::build(QSharedPointer<const ReportContent>::create(content), rows, {},
                                                  TimelineData::LaneMode::Level, ContentLanguage::Chinese);

    QCOMPARE(data.entries.size(), content.events.size());
    auto yearsOf = [](const QDate &day, int endOfDay) {
        return day.year() + (day.dayOfYear() - 1 + endOfDay) / qreal(day.daysInYear());
    };
    for (const TimelineData::Entry &entry : data.entries) {
        const qreal middle = (yearsOf(entry.date.earliest(), 0) + yearsOf(entry.date.latest(), 1)) / 2;
        QVERIFY2(qFuzzyCompare(entry.middle, middle), qPrintable(entry.date.toIso()));
    }
    QCOMPARE(data.first, QDate(1900, 1, 1));
    QCOMPARE(data.last, QDate(2023, 12, 31));
}

void TestRelationsAndTimeline::foundingsSitInTheirOwnLane()
{
    m_session->setLanguage(ContentLanguage::English);
    const TimelineData data = timeline();
    QList<int> founded;
    for (const TimelineData::Entry &entry : data.entries) {
        if (entry.lane != data.foundingLane)
            continue;
        QCOMPARE(entry.eventId, 0);
        founded << entry.allianceIndex;
        if (entry.allianceIndex == ReportTest::allianceNamed(*m_content, QStringLiteral("共创软件联盟"))) {
            QCOMPARE(entry.date.earliest(), QDate(2000, 3, 1));
            QCOMPARE(entry.date.latest(), QDate(2000, 3, 31));
            QCOMPARE(data.dateText(entry), QStringLiteral("March 2000"));
            QCOMPARE(data.label(entry), QStringLiteral("CoCreate OSS Union"));
        }
    }
    QCOMPARE(sorted(founded), QList<int>({0, 1, 2, 3, 4, 5, 6, 7}));
}

void TestRelationsAndTimeline::perYearCountsSumToTheDatedEvents()
{
    const TimelineData data = timeline();
    int total = 0;
    for (const QMap<PolicyLevel, int> &levels : data.perYear) {
        for (int count : levels)
            total += count;
    }
    QCOMPARE(total, 21);
    QCOMPARE(data.perYear.keys(), QList<int>({1999, 2004, 2005, 2007, 2008, 2011, 2013, 2014, 2015, 2016}));
    QCOMPARE(data.perYear.value(2004),
             (QMap<PolicyLevel, int>({{PolicyLevel::Central, 3}, {PolicyLevel::Provincial, 2}})));
    QCOMPARE(data.perYear.value(2015),
             (QMap<PolicyLevel, int>({{PolicyLevel::Central, 4}, {PolicyLevel::Municipal, 1}})));
}

// The counts the density strip bins, against the entries counted one by one under their own
// centre and lane.
void TestRelationsAndTimeline::compareWithEntriesCounted(const TimelineData &data)
{
    std::map<std::pair<qreal, int>, int> expected;
    for (const TimelineData::Entry &entry : data.entries)
        ++expected[{entry.middle, entry.lane}];
    QCOMPARE(data.centreCounts.size(), qsizetype(expected.size()));
    auto centre = data.centreCounts.cbegin();
    for (const auto &[key, count] : expected) {
        QCOMPARE(centre->middle, key.first);
        QCOMPARE(centre->lane, key.second);
        QCOMPARE(centre->count, count);
        ++centre;
    }
}

void TestRelationsAndTimeline::centreCountsAreTheEntriesCounted_data()
{
    QTest::addColumn<int>("mode"); // TimelineData::LaneMode
    QTest::addColumn<QString>("search");

    QTest::newRow("levels") << int(TimelineData::LaneMode::Level) << QString();
    QTest::newRow("regions") << int(TimelineData::LaneMode::Region) << QString();
    QTest::newRow("levels, searched") << int(TimelineData::LaneMode::Level) << QStringLiteral("开源");
}

void TestRelationsAndTimeline::centreCountsAreTheEntriesCounted()
{
    QFETCH(int, mode);
    QFETCH(QString, search);
    if (!search.isEmpty()) {
        m_session->setSearchText(search);
        QVERIFY(ReportTest::waitForSearch(*m_session));
    }
    const TimelineData data = timeline(TimelineData::LaneMode(mode));
    QVERIFY(data.entries.size() > 10);
    compareWithEntriesCounted(data);
}

// Entries of different precision share a centre: January's is the 16th's, and a common year's
// is its 183rd day's. Each such centre is one count; a leap year's centre falls between days.
void TestRelationsAndTimeline::sharedCentresAreCountedOnce()
{
    ReportContent content;
    auto addEvent = [&content](const ReportDate &date, PolicyLevel level) {
        PolicyEventRecord event;
        event.id = int(content.events.size()) + 1;
        event.region = {QStringLiteral("北京市"), QStringLiteral("Beijing")};
        event.level = level;
        event.date = date;
        content.events.append(event);
    };
    addEvent(ReportDate::fromParts(2004, 1), PolicyLevel::Central);
    addEvent(ReportDate::fromParts(2004, 1, 16), PolicyLevel::Central);
    addEvent(ReportDate::fromParts(2004, 1, 16), PolicyLevel::Central);
    addEvent(ReportDate::fromParts(2004, 1, 16), PolicyLevel::Municipal);
    addEvent(ReportDate::fromParts(2003), PolicyLevel::Central);
    addEvent(ReportDate::fromParts(2003, 7, 2), PolicyLevel::Central);
    addEvent(ReportDate::fromParts(2004), PolicyLevel::Central);
    addEvent(ReportDate::fromParts(2004, 7, 1), PolicyLevel::Central);
    std::vector<int> rows(size_t(content.events.size()));
    std::iota(rows.begin(), rows.end(), 0);
    const TimelineData data = TimelineData::build(QSharedPointer<const ReportContent>::create(content), rows, {},
                                                  TimelineData::LaneMode::Level, ContentLanguage::Chinese);

    compareWithEntriesCounted(data);
    QList<int> counts;
    for (const TimelineData::CentreCount &centre : data.centreCounts)
        counts << centre.count;
    // In time order: 2003 and its middle day; January 2004 and its 16th, in two lanes; 1 July 2004,
    // then the centre of the leap year 2004 half a day later.
    QCOMPARE(counts, QList<int>({2, 3, 1, 1, 1}));
    QCOMPARE(data.centreCounts.at(1).lane, 0);
    QCOMPARE(data.centreCounts.at(2).lane, 2);
}

void TestRelationsAndTimeline::timelineFollowsTheSearch()
{
    m_session->setSearchText(QStringLiteral("湖北"));
    QVERIFY(ReportTest::waitForSearch(*m_session));
    const TimelineData data = timeline();
    // The lanes stay put so charts compare across searches.
    QCOMPARE(data.lanes.size(), 4);
    QCOMPARE(eventIdsOf(data), QList<int>({13, 23}));
    QCOMPARE(data.undatedEvents, 1); // 推进开源公共服务
    QCOMPARE(data.perYear.value(2014), (QMap<PolicyLevel, int>({{PolicyLevel::Provincial, 1}})));
    QCOMPARE(data.perYear.value(2015), (QMap<PolicyLevel, int>({{PolicyLevel::Central, 1}})));
    QCOMPARE(data.entries.size(), 3); // two events and the one founding the tree still shows
    QCOMPARE(data.entries.last().allianceIndex, m_hubei);
    QCOMPARE(data.first, QDate(2014, 1, 1));
    QCOMPARE(data.last, QDate(2015, 12, 31));
}

void TestRelationsAndTimeline::timelineFollowsTheLevelFilter()
{
    m_session->policyProxy()->setLevels({PolicyLevel::Municipal});
    const TimelineData data = timeline();
    QCOMPARE(data.lanes.size(), 4);
    QCOMPARE(eventIdsOf(data), QList<int>({25}));
    QCOMPARE(data.undatedEvents, 1); // 大连市
    QCOMPARE(data.perYear.keys(), QList<int>({2015}));
}

void TestRelationsAndTimeline::regionLanesFollowTheTable()
{
    m_session->setLanguage(ContentLanguage::English);
    const TimelineData data = timeline(TimelineData::LaneMode::Region);
    // Five regions with dated events and the foundings; 大连市 and 黑龙江省 have only undated
    // events, and an empty lane would say nothing.
    QCOMPARE(data.lanes.size(), 6);
    QCOMPARE(data.foundingLane, 5);
    QVERIFY(!data.lanes.contains(QStringLiteral("Dalian")));
    QCOMPARE(data.lanes.first(), QStringLiteral("Central Government"));
    QCOMPARE(data.lanes.count(QStringLiteral("Hubei Province")), 1);
    const PolicyTableModel *table = m_session->policyTable();
    for (const TimelineData::Entry &entry : data.entries) {
        if (entry.eventId != 0) {
            QCOMPARE(
                data.lanes.at(entry.lane),
                table->index(table->rowForEventId(entry.eventId), PolicyTableModel::RegionColumn).data().toString());
        }
    }
}

// A chart request superseded (or the window closed) stops the build: a million rows take a
// fifth of a second.
void TestRelationsAndTimeline::cancelledTimelineGivesNothing()
{
    const QSharedPointer<const ReportContent> content = m_session->content();
    std::vector<int> rows(size_t(content->events.size()));
    std::iota(rows.begin(), rows.end(), 0);
    const std::atomic_bool going = false;
    const TimelineData built
        = TimelineData::build(content, rows, {}, TimelineData::LaneMode::Level, ContentLanguage::Chinese, &going);
    QVERIFY(!built.entries.isEmpty());
    const std::atomic_bool cancelled = true;
    const TimelineData givenUp
        = TimelineData::build(content, rows, {}, TimelineData::LaneMode::Level, ContentLanguage::Chinese, &cancelled);
    QVERIFY(givenUp.entries.isEmpty());
    QVERIFY(givenUp.lanes.isEmpty());
}

void TestRelationsAndTimeline::csvQuotesPerRfc4180()
{
    QStandardItemModel model(0, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("name"), QStringLiteral("note, with comma")});
    const QList<QStringList> rows = {
        {QStringLiteral("plain"), QString()},
        {QStringLiteral("a,b"), QStringLiteral("say \"hi\"")},
        {QStringLiteral("two\nlines"), QStringLiteral("carriage\rreturn")},
        {QStringLiteral("湖北省"), QStringLiteral(" spaces kept ")},
    };
    for (const QStringList &row : rows)
        model.appendRow({new QStandardItem(row.at(0)), new QStandardItem(row.at(1))});

    const QByteArray expected = "name,\"note, with comma\"\r\n"
                                "plain,\r\n"
                                "\"a,b\",\"say \"\"hi\"\"\"\r\n"
                                "\"two\nlines\",\"carriage\rreturn\"\r\n"
                                "\xe6\xb9\x96\xe5\x8c\x97\xe7\x9c\x81, spaces kept \r\n";
    QCOMPARE(CsvWriter::toCsv(model, Qt::DisplayRole), expected);
}

void TestRelationsAndTimeline::csvOfTheFilteredTable()
{
    m_session->setLanguage(ContentLanguage::English);
    m_session->setSearchText(QStringLiteral("Guangdong"));
    QVERIFY(ReportTest::waitForSearch(*m_session));
    const QByteArray csv = CsvWriter::toCsv(*m_session->policyProxy(), ReportRoles::FullTextRole);

    QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.takeLast(), QByteArray()); // the last record ends with CRLF too
    QCOMPARE(lines.size(), 4);
    for (const QByteArray &line : std::as_const(lines))
        QVERIFY(line.endsWith('\r'));
    QCOMPARE(lines.at(0), QByteArray("Date,Level,Region,Event\r")); // no byte order mark before it
    QCOMPARE(lines.at(1), QByteArray("2004,Provincial,Guangdong Province,Linux public service platform (2004)\r"));
    QCOMPARE(lines.at(2),
             QByteArray("2004,Provincial,Guangdong Province,Linux Promotion Program of Guangdong Province (2004)\r"));
    // The undated plan: an em dash in UTF-8, and a text with commas, quoted.
    const QString text = m_content->events.at(m_session->policyTable()->rowForEventId(19)).text.en;
    QVERIFY(text.contains(u','));
    QCOMPARE(lines.at(3), QStringLiteral("—,Provincial,Guangdong Province,\"%1\"\r").arg(text).toUtf8());

    m_session->setLanguage(ContentLanguage::Chinese);
    const QString chinese = QString::fromUtf8(CsvWriter::toCsv(*m_session->policyProxy(), ReportRoles::FullTextRole));
    QVERIFY(chinese.contains(QStringLiteral("2004年,Provincial,广东省,Linux公共服务平台，2004年\r\n")));
}

void TestRelationsAndTimeline::csvForExcelStartsWithAByteOrderMark()
{
    m_session->setLanguage(ContentLanguage::Chinese);
    m_session->setSearchText(QString());
    QVERIFY(ReportTest::waitForSearch(*m_session));
    const QByteArray plain = CsvWriter::toCsv(*m_session->policyProxy(), ReportRoles::FullTextRole);
    const QByteArray forExcel
        = CsvWriter::toCsv(*m_session->policyProxy(), ReportRoles::FullTextRole, CsvWriter::ByteOrderMark::With);
    QCOMPARE(forExcel.left(3), QByteArray("\xEF\xBB\xBF"));
    QCOMPARE(forExcel.mid(3), plain);
    // A reader that honours the mark (QTextStream detects it, as Excel and Python's utf-8-sig
    // do) reads the same rows, the mark gone.
    QTextStream reader(forExcel);
    const QStringList rows = reader.readAll().split(QStringLiteral("\r\n"));
    QCOMPARE(rows, QString::fromUtf8(plain).split(QStringLiteral("\r\n")));
    QCOMPARE(rows.size(), m_content->events.size() + 2); // the header, and nothing after the last CRLF
    QVERIFY(rows.constFirst().startsWith(u'D'));
}

QTEST_GUILESS_MAIN(TestRelationsAndTimeline)
#include "tst_relationsandtimeline.moc"
