// What the views derive from the models: which events concern which alliance (ReportRelations),
// what the timeline draws (TimelineData, built from the filtered table as the window builds
// it), and the CSV export (CsvWriter).
#include "alliancefilterproxymodel.h"
#include "csvwriter.h"
#include "policyfilterproxymodel.h"
#include "policytablemodel.h"
#include "reportrelations.h"
#include "reportsession.h"
#include "reporttesthelpers.h"
#include "timelinedata.h"

#include <QStandardItemModel>
#include <QTest>

#include <memory>

using ReportTest::sorted;

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

    void timelineLanesHaveAFixedOrder();
    void otherLevelGetsALaneOnlyWhenPresent();
    void undatedEventsAreCountedNotPlaced();
    void entriesSpanTheirPrecision_data();
    void entriesSpanTheirPrecision();
    void foundingsSitInTheirOwnLane();
    void perYearCountsSumToTheDatedEvents();
    void timelineFollowsTheSearch();
    void timelineFollowsTheLevelFilter();
    void regionLanesFollowTheTable();

    void csvQuotesPerRfc4180();
    void csvOfTheFilteredTable();

private:
    TimelineData timeline(TimelineData::LaneMode mode = TimelineData::LaneMode::Level) const;
    static QList<int> eventIdsOf(const TimelineData &data);

    QSharedPointer<const ReportContent> m_content;
    std::unique_ptr<ReportSession> m_session;
    int m_copu = -1;
    int m_hubei = -1;
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
    const ReportRelations relations(m_content);
    const QList<int> rows = relations.eventsOfAlliance(m_copu);
    QCOMPARE(ReportTest::idsOfEventRows(*m_content, rows), QList<int>({3}));
    const PolicyEventRecord &founding = m_content->events.at(rows.first());
    QCOMPARE(founding.date, ReportDate::fromParts(2004, 7, 22));
    QCOMPARE(founding.level, PolicyLevel::Central);
}

void TestRelationsAndTimeline::regionalAllianceRelatesToItsRegionsEvents()
{
    const ReportRelations relations(m_content);
    // Both 湖北省 events, including the undated one; the central event about 湖北电信 names
    // neither the alliance nor its region's section, so it is not related.
    QCOMPARE(ReportTest::idsOfEventRows(*m_content, relations.eventsOfAlliance(m_hubei)), QList<int>({23, 24}));
}

void TestRelationsAndTimeline::alliancesOfEventIsTheInverse()
{
    const ReportRelations relations(m_content);
    int pairs = 0;
    for (int row = 0; row < m_content->events.size(); ++row) {
        const QList<int> alliances = relations.alliancesOfEvent(row);
        for (int alliance = 0; alliance < m_content->alliances.size(); ++alliance) {
            QCOMPARE(alliances.contains(alliance), relations.eventsOfAlliance(alliance).contains(row));
            pairs += alliances.contains(alliance);
        }
    }
    QCOMPARE(pairs, 3); // COPU with its founding, 湖北 with its two events
    const PolicyTableModel *table = m_session->policyTable();
    QCOMPARE(relations.alliancesOfEvent(table->rowForEventId(3)), QList<int>({m_copu}));
    QCOMPARE(relations.alliancesOfEvent(table->rowForEventId(24)), QList<int>({m_hubei}));
    QVERIFY(relations.alliancesOfEvent(table->rowForEventId(13)).isEmpty());
}

void TestRelationsAndTimeline::relationsOutOfRangeAreEmpty()
{
    const ReportRelations relations(m_content);
    QVERIFY(relations.eventsOfAlliance(-1).isEmpty());
    QVERIFY(relations.eventsOfAlliance(8).isEmpty());
    QVERIFY(relations.alliancesOfEvent(-1).isEmpty());
    QVERIFY(relations.alliancesOfEvent(26).isEmpty());
    QVERIFY(ReportRelations().eventsOfAlliance(0).isEmpty());
}

void TestRelationsAndTimeline::timelineLanesHaveAFixedOrder()
{
    const QStringList expected = {PolicyTableModel::levelName(PolicyLevel::Central),
                                  PolicyTableModel::levelName(PolicyLevel::Provincial),
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
    QTest::newRow("provincial year") << 23 << QDate(2014, 1, 1) << QDate(2014, 12, 31) << int(ReportDate::Precision::Year)
                                     << QStringLiteral("2014年");
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
            QCOMPARE(data.lanes.at(entry.lane),
                     table->index(table->rowForEventId(entry.eventId), PolicyTableModel::RegionColumn).data().toString());
        }
    }
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

QTEST_GUILESS_MAIN(TestRelationsAndTimeline)
#include "tst_relationsandtimeline.moc"
