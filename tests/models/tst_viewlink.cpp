// Links to a view: every key survives the round trip, hostile links are refused with a message,
// and a coordinator applies a link whole or not at all.
#include "policyfilterproxymodel.h"
#include "policytablemodel.h"
#include "reportcoordinator.h"
#include "reporttesthelpers.h"
#include "viewlink.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace ReportTest;

class TestViewLink : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripsEveryKey_data();
    void roundTripsEveryKey();
    void encodesDelimitersInValues();
    void refusesHostileLinks_data();
    void refusesHostileLinks();
    void handTypedLinksAreRead();
    void leftOutKeysTakeTheirDefaults();
    void coordinatorAppliesALinkWhole();
    void coordinatorKeepsTheViewOnARefusedLink();
    void aLinkWaitsForTheReportLoading();
    // A link names its edition; opening it shows that edition with the records it names.
    void coordinatorSwitchesToTheLinksEdition_data();
    void coordinatorSwitchesToTheLinksEdition();
    void coordinatorKeepsTheEditionOnARefusedLink();

private:
    ViewState baseView() const;
    // The first of the edition's alliances, or of its events, in the report with every edition.
    int firstAllianceOf(int edition) const;
    int firstEventOf(int edition) const;
    // A region that only events of this edition name.
    QString regionOnlyIn(int edition) const;

    QSharedPointer<const ReportContent> m_editions; // 2016 and 2015, as the explorer holds them
    QSharedPointer<const ReportContent> m_content; // the 2016 edition, shown by default
};

void TestViewLink::initTestCase()
{
    QString error;
    m_editions = embeddedEditions(&error);
    QVERIFY2(m_editions, qPrintable(error));
    QCOMPARE(m_editions->editionYears(), QList<int>({2016, 2015}));
    m_content = embeddedContent(&error);
    QVERIFY2(m_content, qPrintable(error));
}

ViewState TestViewLink::baseView() const
{
    ViewState view;
    view.edition = 2016;
    return view;
}

int TestViewLink::firstAllianceOf(int edition) const
{
    const QList<AllianceRecord> &alliances = m_editions->alliances;
    const auto found = std::find_if(alliances.cbegin(), alliances.cend(),
                                    [edition](const AllianceRecord &alliance) { return alliance.edition == edition; });
    return found != alliances.cend() ? int(found - alliances.cbegin()) : -1;
}

int TestViewLink::firstEventOf(int edition) const
{
    const QList<PolicyEventRecord> &events = m_editions->events;
    const auto found = std::find_if(events.cbegin(), events.cend(),
                                    [edition](const PolicyEventRecord &event) { return event.edition == edition; });
    return found != events.cend() ? int(found - events.cbegin()) : -1;
}

QString TestViewLink::regionOnlyIn(int edition) const
{
    QSet<QString> elsewhere;
    for (const PolicyEventRecord &event : m_editions->events) {
        if (event.edition != edition)
            elsewhere.insert(event.region.zh);
    }
    for (const PolicyEventRecord &event : m_editions->events) {
        if (event.edition == edition && !elsewhere.contains(event.region.zh))
            return event.region.zh;
    }
    return {};
}

void TestViewLink::roundTripsEveryKey_data()
{
    QTest::addColumn<ViewState>("view");
    const ViewState base = baseView();
    const auto with = [&base](auto change) {
        ViewState view = base;
        change(view);
        return view;
    };
    QTest::newRow("defaults") << base;
    QTest::newRow("lang") << with([](ViewState &v) { v.language = ContentLanguage::English; });
    QTest::newRow("q") << with([](ViewState &v) { v.searchText = QStringLiteral("湖北 \"open source\""); });
    QTest::newRow("level") << with([](ViewState &v) { v.levels = {PolicyLevel::Central, PolicyLevel::Municipal}; });
    QTest::newRow("region") << with([this](ViewState &v) { v.regionZh = m_content->events.constLast().region.zh; });
    QTest::newRow("years") << with([](ViewState &v) {
        v.yearFrom = 2006;
        v.yearTo = 2015;
    });
    QTest::newRow("years from") << with([](ViewState &v) { v.yearFrom = 2010; });
    QTest::newRow("years to") << with([](ViewState &v) { v.yearTo = 2010; });
    QTest::newRow("sort") << with([](ViewState &v) {
        v.sortColumn = 3;
        v.sortOrder = Qt::DescendingOrder;
    });
    QTest::newRow("group") << with([](ViewState &v) { v.grouping = AllianceTreeModel::Grouping::Flat; });
    QTest::newRow("lanes") << with([](ViewState &v) { v.lanes = TimelineData::LaneMode::Region; });
    QTest::newRow("event") << with([this](ViewState &v) { v.eventId = m_content->events.at(5).id; });
    QTest::newRow("alliance") << with([this](ViewState &v) {
        v.allianceSlug = m_content->alliances.at(2).slug;
        v.allianceEdition = 2016;
        v.detail = ViewState::Detail::Alliance;
    });
    QTest::newRow("tab") << with([](ViewState &v) { v.chartTab = ViewState::ChartTab::PerYear; });
    QTest::newRow("everything") << with([this](ViewState &v) {
        v.language = ContentLanguage::English;
        v.searchText = QStringLiteral("a&b=c+d#e%f 中");
        v.levels = {PolicyLevel::Provincial};
        v.regionZh = m_content->events.constFirst().region.zh;
        v.yearFrom = 2000;
        v.yearTo = 2016;
        v.sortColumn = 2;
        v.grouping = AllianceTreeModel::Grouping::FoundingYear;
        v.lanes = TimelineData::LaneMode::Region;
        v.eventId = m_content->events.constLast().id;
        v.allianceSlug = m_content->alliances.constFirst().slug;
        v.allianceEdition = 2016;
        v.detail = ViewState::Detail::Alliance;
        v.chartTab = ViewState::ChartTab::PerYear;
    });
    const AllianceRecord &alliance2015 = m_editions->alliances.at(firstAllianceOf(2015));
    const PolicyEventRecord &event2015 = m_editions->events.at(firstEventOf(2015) + 3);
    QTest::newRow("edition 2015") << with([&](ViewState &v) {
        v.edition = 2015;
        v.regionZh = event2015.region.zh;
        v.eventId = event2015.id;
        v.allianceSlug = alliance2015.slug;
        v.allianceEdition = 2015;
    });
    QTest::newRow("all editions") << with([&](ViewState &v) {
        v.edition = ReportContent::allEditions;
        v.eventId = event2015.id;
        v.allianceSlug = alliance2015.slug;
        v.allianceEdition = 2015;
        v.detail = ViewState::Detail::Alliance;
    });
    QTest::newRow("all editions, 2016 alliance") << with([this](ViewState &v) {
        v.edition = ReportContent::allEditions;
        v.eventId = m_content->events.at(5).id;
        v.allianceSlug = m_content->alliances.at(2).slug;
        v.allianceEdition = 2016;
    });
}

void TestViewLink::roundTripsEveryKey()
{
    QFETCH(ViewState, view);
    const QString link = ViewLink::toString(view);
    QVERIFY(link.startsWith(QStringLiteral("report-explorer:view?v=1&")));
    QString error;
    const std::optional<ViewState> parsed = ViewLink::parse(link, *m_editions, &error);
    QVERIFY2(parsed, qPrintable(error));
    QVERIFY(*parsed == view);
    QVERIFY2(link.contains(view.edition == ReportContent::allEditions
                               ? QStringLiteral("&edition=all&")
                               : QStringLiteral("&edition=%1&").arg(view.edition)),
             qPrintable(link));
}

void TestViewLink::encodesDelimitersInValues()
{
    ViewState view = baseView();
    view.searchText = QStringLiteral("R&D = 研发 + #1 100%");
    const QString link = ViewLink::toString(view);
    // Only ASCII, no space, and the search's own delimiters encoded.
    for (QChar c : link)
        QVERIFY2(c.unicode() > 0x20 && c.unicode() < 0x7f, qPrintable(link));
    QVERIFY(!link.contains(QLatin1Char('#')));
    QVERIFY(link.contains(QStringLiteral("q=R%26D%20%3D%20%E7%A0%94%E5%8F%91%20%2B%20%231%20100%25")));
}

void TestViewLink::refusesHostileLinks_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("message");
    const QString start = QStringLiteral("report-explorer:view?v=1");
    QTest::newRow("1 MB") << start + QStringLiteral("&q=") + QString(1024 * 1024, QLatin1Char('a'))
                          << QStringLiteral("a view link has at most 8,192");
    QTest::newRow("unknown key") << start + QStringLiteral("&exec=rm") << QStringLiteral("unknown key “exec”");
    QTest::newRow("key twice") << start + QStringLiteral("&lang=zh&lang=en") << QStringLiteral("appears twice");
    QTest::newRow("event not a number") << start + QStringLiteral("&event=abc")
                                        << QStringLiteral("“event” in the link takes an event's number");
    QTest::newRow("event negative") << start + QStringLiteral("&event=-3") << QStringLiteral("event's number");
    QTest::newRow("event huge") << start + QStringLiteral("&event=99999999999999999999")
                                << QStringLiteral("event's number");
    QTest::newRow("event missing") << start + QStringLiteral("&event=99999")
                                   << QStringLiteral("the report has no event 99999");
    QTest::newRow("alliance missing") << start + QStringLiteral("&alliance=no-such")
                                      << QStringLiteral("no alliance “no-such”");
    QTest::newRow("region missing") << start + QStringLiteral("&region=%E7%81%AB%E6%98%9F")
                                    << QStringLiteral("no region “火星”");
    QTest::newRow("edition not a year") << start + QStringLiteral("&edition=latest")
                                        << QStringLiteral("takes a year such as 2016 or all, not “latest”");
    QTest::newRow("edition abc") << start + QStringLiteral("&edition=abc") << QStringLiteral("or all, not “abc”");
    QTest::newRow("edition 1999") << start + QStringLiteral("&edition=1999")
                                  << QStringLiteral(
                                         "the 1999 edition, which the report does not hold (it holds 2016, 2015)");
    QTest::newRow("edition ALL") << start + QStringLiteral("&edition=ALL") << QStringLiteral("or all, not “ALL”");
    const int event2016 = m_editions->events.at(firstEventOf(2016)).id;
    const int event2015 = m_editions->events.at(firstEventOf(2015)).id;
    QTest::newRow("2016 event in a 2015 link")
        << start + QStringLiteral("&edition=2015&event=%1").arg(event2016)
        << QStringLiteral("event %1 is of the 2016 edition, not of the link's 2015 edition").arg(event2016);
    QTest::newRow("2015 event in a default link")
        << start + QStringLiteral("&event=%1").arg(event2015)
        << QStringLiteral("event %1 is of the 2015 edition, not of the link's 2016 edition").arg(event2015);
    QTest::newRow("edition all, event missing")
        << start + QStringLiteral("&edition=all&event=99999") << QStringLiteral("the report has no event 99999");
    const QString slug2015 = m_editions->alliances.at(firstAllianceOf(2015)).slug;
    QTest::newRow("edition all, alliance without its edition") << start + QStringLiteral("&edition=all&alliance=")
            + slug2015 << QStringLiteral("with edition=all, “alliance” in the link takes YEAR.slug");
    QTest::newRow("edition all, alliance of an edition not held")
        << start + QStringLiteral("&edition=all&alliance=1999.") + slug2015
        << QStringLiteral("the 1999 edition has no alliance");
    QTest::newRow("edition all, alliance of no year")
        << start + QStringLiteral("&edition=all&alliance=.") + slug2015 << QStringLiteral("takes YEAR.slug");
    QTest::newRow("year-qualified alliance in a one-edition link")
        << start + QStringLiteral("&edition=2015&alliance=2015.") + slug2015
        << QStringLiteral("the 2015 edition has no alliance “2015.");
    QVERIFY(!regionOnlyIn(2016).isEmpty());
    QTest::newRow("region of another edition") << start + QStringLiteral("&edition=2015&region=")
            + QString::fromLatin1(QUrl::toPercentEncoding(regionOnlyIn(2016)))
                                               << QStringLiteral("no region");
    QTest::newRow("language") << start + QStringLiteral("&lang=fr") << QStringLiteral("zh | en");
    QTest::newRow("level") << start + QStringLiteral("&level=central,central") << QStringLiteral("each once");
    QTest::newRow("years reversed") << start + QStringLiteral("&years=2016-2000")
                                    << QStringLiteral("ends before it starts");
    QTest::newRow("years form") << start + QStringLiteral("&years=-") << QStringLiteral("FROM-TO");
    QTest::newRow("huge year") << start + QStringLiteral("&years=99999-") << QStringLiteral("takes a year");
    QTest::newRow("sort") << start + QStringLiteral("&sort=--date") << QStringLiteral("date | level");
    QTest::newRow("search too long") << start + QStringLiteral("&q=") + QString(1001, QLatin1Char('a'))
                                     << QStringLiteral("at most 1,000");
    QTest::newRow("no version") << QStringLiteral("report-explorer:view?lang=zh")
                                << QStringLiteral("no format version");
    QTest::newRow("newer version") << QStringLiteral("report-explorer:view?v=2") << QStringLiteral("version “2”");
    QTest::newRow("other scheme") << QStringLiteral("https://example.org/view?v=1")
                                  << QStringLiteral("not a view link");
    QTest::newRow("fragment") << start + QStringLiteral("#x") << QStringLiteral("no “#” part");
    QTest::newRow("empty") << QString() << QStringLiteral("not a view link");
}

void TestViewLink::refusesHostileLinks()
{
    QFETCH(QString, link);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!ViewLink::parse(link, *m_editions, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(error.size() < 200);
}

void TestViewLink::handTypedLinksAreRead()
{
    // What a person types or a chat client leaves unencoded reads as the encoded form would.
    QString error;
    const std::optional<ViewState> parsed
        = ViewLink::parse(QStringLiteral(" report-explorer:view?v=1&q=open source 湖北 "), *m_editions, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->searchText, QStringLiteral("open source 湖北"));
}

void TestViewLink::leftOutKeysTakeTheirDefaults()
{
    QString error;
    const std::optional<ViewState> parsed
        = ViewLink::parse(QStringLiteral("report-explorer:view?v=1"), *m_editions, &error);
    QVERIFY2(parsed, qPrintable(error));
    QVERIFY(*parsed == baseView());
    // The edition shown by default, whichever the receiving window shows.
    QCOMPARE(parsed->edition, 2016);
}

void TestViewLink::coordinatorAppliesALinkWhole()
{
    ReportSession session;
    ReportCoordinator coordinator(&session);
    coordinator.setReport(m_content);
    QTRY_VERIFY(!coordinator.isBusy());

    ViewState view = baseView();
    view.language = ContentLanguage::English;
    view.searchText = QStringLiteral("软件");
    view.levels = {PolicyLevel::Central};
    view.yearFrom = 2000;
    view.sortColumn = 1;
    view.sortOrder = Qt::DescendingOrder;
    view.grouping = AllianceTreeModel::Grouping::Flat;
    view.lanes = TimelineData::LaneMode::Region;
    view.allianceSlug = m_content->alliances.at(1).slug;
    view.allianceEdition = 2016;
    view.chartTab = ViewState::ChartTab::PerYear;
    QSignalSpy applied(&coordinator, &ReportCoordinator::viewApplied);
    coordinator.openLink(ViewLink::toString(view));
    QCOMPARE(applied.size(), 1);
    QTRY_VERIFY(session.search()->isIdle());
    view.detail = ViewState::Detail::Alliance;
    QVERIFY(coordinator.view() == view);
    QVERIFY(session.policyProxy()->rowCount() > 0);
    QCOMPARE(coordinator.currentAlliance(), 1);
}

void TestViewLink::coordinatorKeepsTheViewOnARefusedLink()
{
    ReportSession session;
    ReportCoordinator coordinator(&session);
    coordinator.setReport(m_content);
    coordinator.setSearchText(QStringLiteral("湖北"));
    QTRY_VERIFY(session.search()->isIdle());
    coordinator.showEvent(m_content->events.at(3).id);
    const ViewState before = coordinator.view();
    const int rowsBefore = session.policyProxy()->rowCount();

    QSignalSpy failed(&coordinator, &ReportCoordinator::linkFailed);
    QSignalSpy applied(&coordinator, &ReportCoordinator::viewApplied);
    // Every key is good but the last: nothing of it may be applied.
    coordinator.openLink(QStringLiteral("report-explorer:view?v=1&lang=en&q=x&level=other&group=flat&lanes=region"
                                        "&tab=per-year&event=99999"));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.constFirst().constFirst().toString().contains(QStringLiteral("no event 99999")));
    QCOMPARE(applied.size(), 0);
    QVERIFY(coordinator.view() == before);
    QCOMPARE(session.policyProxy()->rowCount(), rowsBefore);
}

void TestViewLink::aLinkWaitsForTheReportLoading()
{
    // A link given at start-up arrives before the report: it is checked against that report.
    ReportSession session;
    ReportCoordinator coordinator(&session);
    QSignalSpy applied(&coordinator, &ReportCoordinator::viewApplied);
    QSignalSpy failed(&coordinator, &ReportCoordinator::linkFailed);
    const ReportContent content = *m_content;
    coordinator.loadReport(
        [content](QString *, const std::atomic_bool &) { return std::optional<ReportContent>(content); });
    coordinator.openLink(QStringLiteral("report-explorer:view?v=1&q=%E6%B9%96%E5%8C%97&tab=per-year"));
    QCOMPARE(applied.size(), 0);
    QTRY_COMPARE(applied.size(), 1);
    QTRY_VERIFY(session.search()->isIdle());
    QCOMPARE(session.policyProxy()->rowCount(), 3);
    QCOMPARE(coordinator.view().chartTab, ViewState::ChartTab::PerYear);
    QCOMPARE(failed.size(), 0);
}

void TestViewLink::coordinatorSwitchesToTheLinksEdition_data()
{
    QTest::addColumn<int>("edition");
    QTest::addColumn<int>("events");
    QTest::newRow("2015") << 2015 << 14;
    QTest::newRow("all") << int(ReportContent::allEditions) << 40;
}

void TestViewLink::coordinatorSwitchesToTheLinksEdition()
{
    QFETCH(int, edition);
    QFETCH(int, events);
    ReportSession session;
    ReportCoordinator coordinator(&session);
    coordinator.setReport(m_editions);
    QTRY_VERIFY(!coordinator.isBusy());
    QCOMPARE(session.edition(), 2016);

    // An alliance of 2015 whose slug 2016 has too: the link must name the 2015 one.
    const AllianceRecord &alliance = m_editions->alliances.at(firstAllianceOf(2015));
    QVERIFY(std::any_of(m_content->alliances.cbegin(), m_content->alliances.cend(),
                        [&alliance](const AllianceRecord &other) { return other.slug == alliance.slug; }));
    ViewState view = baseView();
    view.edition = edition;
    view.eventId = m_editions->events.at(firstEventOf(2015) + 2).id;
    view.allianceSlug = alliance.slug;
    view.allianceEdition = 2015;
    view.detail = ViewState::Detail::Alliance;
    QSignalSpy applied(&coordinator, &ReportCoordinator::viewApplied);
    QSignalSpy reports(&coordinator, &ReportCoordinator::reportChanged);
    coordinator.openLink(ViewLink::toString(view));
    QCOMPARE(applied.size(), 1);
    // The edition is switched before the rest is applied, once.
    QCOMPARE(reports.size(), 1);
    QCOMPARE(session.edition(), edition);
    QTRY_VERIFY(!coordinator.isBusy());
    QCOMPARE(session.policyTable()->rowCount(), events);
    QVERIFY(coordinator.view() == view);
    const AllianceRecord &selected = session.content()->alliances.at(coordinator.currentAlliance());
    QCOMPARE(selected.slug, alliance.slug);
    QCOMPARE(selected.edition, 2015);
    QCOMPARE(coordinator.eventSelection()->currentIndex().data(ReportRoles::EventIdRole).toInt(), view.eventId);
}

void TestViewLink::coordinatorKeepsTheEditionOnARefusedLink()
{
    ReportSession session;
    ReportCoordinator coordinator(&session);
    coordinator.setReport(m_editions);
    coordinator.setEdition(2015);
    QTRY_VERIFY(!coordinator.isBusy());
    const ViewState before = coordinator.view();
    QCOMPARE(before.edition, 2015);

    QSignalSpy failed(&coordinator, &ReportCoordinator::linkFailed);
    QSignalSpy reports(&coordinator, &ReportCoordinator::reportChanged);
    const int event2015 = m_editions->events.at(firstEventOf(2015)).id;
    for (const QString &link : {QStringLiteral("report-explorer:view?v=1&edition=1999&q=x"),
                                QStringLiteral("report-explorer:view?v=1&edition=2016&q=x&event=%1").arg(event2015)}) {
        coordinator.openLink(link);
        QVERIFY(coordinator.view() == before);
    }
    QCOMPARE(failed.size(), 2);
    QVERIFY(failed.at(0).constFirst().toString().contains(QStringLiteral("1999 edition")));
    QVERIFY(failed.at(1).constFirst().toString().contains(QStringLiteral("of the 2015 edition")));
    QCOMPARE(reports.size(), 0);
    QCOMPARE(session.edition(), 2015);
}

QTEST_GUILESS_MAIN(TestViewLink)
#include "tst_viewlink.moc"
