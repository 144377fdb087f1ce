// PolicyTableModel and PolicyFilterProxyModel over the real report, as a ReportSession wires
// them: QAbstractItemModelTester watches both models through every change the tests make, so a
// wrong begin/end signal or an inconsistent index fails the test that caused it.
#include "eventtextreader.h"
#include "jobtracker.h"
#include "policyfilterproxymodel.h"
#include "policytableindex.h"
#include "policytablemodel.h"
#include "reportroles.h"
#include "reportsession.h"
#include "reporttesthelpers.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <numeric>

using ReportTest::eventIds;
using ReportTest::sorted;

class TestPolicyModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void columnsAndHeaders();
    void displayKeepsTheReportsPrecision_data();
    void displayKeepsTheReportsPrecision();
    void rawRolesGiveValuesNotText();
    void levelsAreDerivedFromTheReportsSections();

    void dateSortIsChronologicalCoarserFirstUndatedLast();
    void dateSortDescendingStillPutsUndatedLast();
    void dateSortSurvivesLanguageAndFilterChanges();
    void dateSortMatchesAStableSortOverTheCalendar();
    void levelSortBothDirections();
    void regionSortFollowsTheLanguage();
    void textSortArrivesFromAWorker();
    void textSortFollowsTheLanguage();
    void newerSortSupersedesTheTextSort();
    void newContentSortsItsOwnTexts();
    void textOrderIsReadyBeforeTheFirstSort();
    void selectionSurvivesTheTextSort();

    void levelFilter();
    void regionFilterUsesTheChineseKeyInEveryLanguage();
    void yearRangeHidesUndatedEvents_data();
    void yearRangeHidesUndatedEvents();
    void facetCountsIgnoreTheirOwnFacet();
    void filtersCombineWithTheSearch();
    void settingAFilterAgainChangesNothing();
    void clearFiltersShowsEveryEvent();

    void bareTableSurvivesContentChanges();
    void indexBuiltAheadIsTheOneShown();

private:
    QList<int> textOrder(ContentLanguage language) const;
    bool waitForSort() const;
    QModelIndex shown(int eventId, int column) const;
    QList<int> levelsShown() const;
    QStringList regionRunsShown() const;

    QSharedPointer<const ReportContent> m_content;
    std::unique_ptr<ReportSession> m_session;
};

void TestPolicyModels::initTestCase()
{
    QString error;
    m_content = ReportTest::embeddedContent(&error);
    QVERIFY2(m_content, qPrintable(error));
}

void TestPolicyModels::init()
{
    m_session = std::make_unique<ReportSession>();
    // Parented to their models: a tester must not outlive the model it watches. Attached before
    // setContent so the content's reset is checked too.
    new QAbstractItemModelTester(m_session->policyTable(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_session->policyTable());
    new QAbstractItemModelTester(m_session->policyProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_session->policyProxy());
    m_session->setContent(m_content);
}

void TestPolicyModels::cleanup()
{
    m_session.reset();
}

// Event ids in ascending text order, as the proxy used to compute it on the GUI thread.
QList<int> TestPolicyModels::textOrder(ContentLanguage language) const
{
    const ReportContent &content = *m_session->policyTable()->content();
    const QCollator collator(localeFor(language));
    std::vector<QCollatorSortKey> keys;
    EventTextReader texts(content);
    for (qsizetype row = 0; row < content.events.size(); ++row)
        keys.push_back(collator.sortKey(texts.text(row).text(language)));
    QList<int> rows(content.events.size());
    std::iota(rows.begin(), rows.end(), 0);
    std::sort(rows.begin(), rows.end(), [&keys](int a, int b) {
        const int compared = keys[size_t(a)].compare(keys[size_t(b)]);
        return compared != 0 ? compared < 0 : a < b;
    });
    return ReportTest::idsOfEventRows(content, rows);
}

bool TestPolicyModels::waitForSort() const
{
    return QTest::qWaitFor([this]() { return !m_session->policyProxy()->isSorting(); }, 10000);
}

// The proxy index that shows an event, as a view would see it.
QModelIndex TestPolicyModels::shown(int eventId, int column) const
{
    const PolicyTableModel *table = m_session->policyTable();
    return m_session->policyProxy()->mapFromSource(table->index(table->rowForEventId(eventId), column));
}

QList<int> TestPolicyModels::levelsShown() const
{
    const PolicyFilterProxyModel *proxy = m_session->policyProxy();
    QList<int> levels;
    for (int row = 0; row < proxy->rowCount(); ++row)
        levels.append(proxy->index(row, 0).data(ReportRoles::LevelRole).toInt());
    return levels;
}

// The regions in display order with repeats collapsed: a correctly sorted column shows each
// region as one run.
QStringList TestPolicyModels::regionRunsShown() const
{
    const PolicyFilterProxyModel *proxy = m_session->policyProxy();
    QStringList runs;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QString region = proxy->index(row, PolicyTableModel::RegionColumn).data().toString();
        if (runs.isEmpty() || runs.last() != region)
            runs.append(region);
    }
    return runs;
}

void TestPolicyModels::columnsAndHeaders()
{
    const PolicyFilterProxyModel *proxy = m_session->policyProxy();
    // One edition: no Edition column.
    QCOMPARE(proxy->columnCount(), int(PolicyTableModel::EditionColumn));
    QCOMPARE(proxy->columnCount(), 4);
    QCOMPARE(proxy->rowCount(), 26);
    // No translator is installed here, so the headers are the source strings.
    const QStringList expected
        = {QStringLiteral("Date"), QStringLiteral("Level"), QStringLiteral("Region"), QStringLiteral("Event")};
    for (ContentLanguage language : {ContentLanguage::Chinese, ContentLanguage::English}) {
        m_session->setLanguage(language);
        QStringList headers;
        for (int column = 0; column < proxy->columnCount(); ++column)
            headers << proxy->headerData(column, Qt::Horizontal).toString();
        QCOMPARE(headers, expected);
    }
    // A table has no children: a view must not offer to expand a row.
    QCOMPARE(m_session->policyTable()->rowCount(m_session->policyTable()->index(0, 0)), 0);
    QCOMPARE(m_session->policyTable()->columnCount(m_session->policyTable()->index(0, 0)), 0);
}

void TestPolicyModels::displayKeepsTheReportsPrecision_data()
{
    QTest::addColumn<int>("eventId");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("chinese");
    QTest::addColumn<QString>("english");

    const int date = PolicyTableModel::DateColumn;
    QTest::newRow("day") << 3 << date << QStringLiteral("2004年7月22日") << QStringLiteral("22 July 2004");
    QTest::newRow("month") << 5 << date << QStringLiteral("2005年5月") << QStringLiteral("May 2005");
    QTest::newRow("year") << 15 << date << QStringLiteral("2016年") << QStringLiteral("2016");
    QTest::newRow("undated") << 22 << date << QStringLiteral("—") << QStringLiteral("—");
    QTest::newRow("month of a municipal event")
        << 25 << date << QStringLiteral("2015年10月") << QStringLiteral("October 2015");
    QTest::newRow("region") << 23 << int(PolicyTableModel::RegionColumn) << QStringLiteral("湖北省")
                            << QStringLiteral("Hubei Province");
    QTest::newRow("text") << 17 << int(PolicyTableModel::TextColumn) << QStringLiteral("Linux公共服务平台，2004年")
                          << QStringLiteral("Linux public service platform (2004)");
    QTest::newRow("level") << 22 << int(PolicyTableModel::LevelColumn) << QStringLiteral("Municipal")
                           << QStringLiteral("Municipal");
}

void TestPolicyModels::displayKeepsTheReportsPrecision()
{
    QFETCH(int, eventId);
    QFETCH(int, column);
    QFETCH(QString, chinese);
    QFETCH(QString, english);

    QCOMPARE(shown(eventId, column).data().toString(), chinese);
    // Exports read FullTextRole; it must never differ from what the table shows.
    QCOMPARE(shown(eventId, column).data(ReportRoles::FullTextRole).toString(), chinese);

    QSignalSpy changed(m_session->policyTable(), &QAbstractItemModel::dataChanged);
    m_session->setLanguage(ContentLanguage::English);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(shown(eventId, column).data().toString(), english);

    m_session->setLanguage(ContentLanguage::Chinese);
    QCOMPARE(shown(eventId, column).data().toString(), chinese);
}

void TestPolicyModels::rawRolesGiveValuesNotText()
{
    m_session->setLanguage(ContentLanguage::English);

    const QModelIndex dated = shown(3, PolicyTableModel::TextColumn);
    QCOMPARE(dated.data(ReportRoles::EventIdRole).toInt(), 3);
    QCOMPARE(dated.data(ReportRoles::DateRole).value<ReportDate>(), ReportDate::fromParts(2004, 7, 22));
    QCOMPARE(dated.data(ReportRoles::LevelRole).toInt(), int(PolicyLevel::Central));
    // The region key stays Chinese whatever the language, because filters compare it.
    QCOMPARE(dated.data(ReportRoles::RegionRole).toString(), QStringLiteral("中央政府"));
    QCOMPARE(dated.data(ReportRoles::YearRole).toInt(), 2004);
    QCOMPARE(shown(3, PolicyTableModel::DateColumn).data(ReportRoles::SortRole).toLongLong(),
             ReportDate::fromParts(2004, 7, 22).sortKey());
    QCOMPARE(shown(3, PolicyTableModel::LevelColumn).data(ReportRoles::SortRole).toInt(), int(PolicyLevel::Central));

    const QModelIndex undated = shown(22, PolicyTableModel::TextColumn);
    QCOMPARE(undated.data(ReportRoles::EventIdRole).toInt(), 22);
    QVERIFY(undated.data(ReportRoles::DateRole).value<ReportDate>().isNull());
    QCOMPARE(undated.data(ReportRoles::YearRole).toInt(), 0);
    QCOMPARE(undated.data(ReportRoles::LevelRole).toInt(), int(PolicyLevel::Municipal));
    QCOMPARE(undated.data(ReportRoles::RegionRole).toString(), QStringLiteral("大连市"));
    QVERIFY(shown(22, PolicyTableModel::DateColumn).data(Qt::ToolTipRole).isValid());

    // Sort keys order by the earliest possible day, then coarser precision first.
    const auto key
        = [this](int id) { return shown(id, PolicyTableModel::DateColumn).data(ReportRoles::SortRole).toLongLong(); };
    QVERIFY(key(4) < key(2)); // 2004 (year) before 2004-04-03
    QVERIFY(key(2) < key(3)); // 2004-04-03 before 2004-07-22
    QVERIFY(key(9) < key(23)); // 2013-03 before 2014
}

void TestPolicyModels::levelsAreDerivedFromTheReportsSections()
{
    // The chapter lists 16 items under 中央政府; 广东省 3, 浙江省 2, 湖北省 2 and 黑龙江省 1 are
    // provinces; 大连市 and 郑州市 are cities.
    const QMap<PolicyLevel, int> counts = m_session->policyProxy()->levelCounts();
    QCOMPARE(counts.value(PolicyLevel::Central), 16);
    QCOMPARE(counts.value(PolicyLevel::Provincial), 8);
    QCOMPARE(counts.value(PolicyLevel::Municipal), 2);
    QCOMPARE(counts.value(PolicyLevel::Other), 0);
}

void TestPolicyModels::dateSortIsChronologicalCoarserFirstUndatedLast()
{
    m_session->policyProxy()->sort(PolicyTableModel::DateColumn, Qt::AscendingOrder);
    // 2004 (ids 4, 17, 18: year only) comes before 2004-04-03 and 2004-07-22; 2015 (ids 11–13)
    // before 2015-05-25 before 2015-10; the five undated events close the list.
    const QList<int> expected
        = {1, 4, 17, 18, 2, 3, 5, 21, 7, 6, 8, 9, 23, 10, 11, 12, 13, 14, 25, 15, 16, 19, 20, 22, 24, 26};
    QCOMPARE(eventIds(*m_session->policyProxy()), expected);
}

void TestPolicyModels::dateSortDescendingStillPutsUndatedLast()
{
    PolicyFilterProxyModel *proxy = m_session->policyProxy();
    proxy->sort(PolicyTableModel::DateColumn, Qt::AscendingOrder);
    const QList<int> ascending = eventIds(*proxy);
    proxy->sort(PolicyTableModel::DateColumn, Qt::DescendingOrder);
    const QList<int> descending = eventIds(*proxy);

    QList<int> datedAscending = ascending.first(21);
    std::reverse(datedAscending.begin(), datedAscending.end());
    QCOMPARE(descending.first(21), datedAscending);
    QCOMPARE(descending.first(2), QList<int>({16, 15})); // 2016-07 after the year 2016
    QCOMPARE(sorted(descending.last(5)), QList<int>({19, 20, 22, 24, 26}));
}

void TestPolicyModels::dateSortSurvivesLanguageAndFilterChanges()
{
    PolicyFilterProxyModel *proxy = m_session->policyProxy();
    proxy->sort(PolicyTableModel::DateColumn, Qt::AscendingOrder);
    const QList<int> before = eventIds(*proxy);
    m_session->setLanguage(ContentLanguage::English);
    QCOMPARE(eventIds(*proxy), before);

    proxy->setLevels({PolicyLevel::Provincial});
    QCOMPARE(eventIds(*proxy), QList<int>({17, 18, 21, 23, 19, 20, 24, 26}));
    proxy->setLevels({});
    QCOMPARE(eventIds(*proxy), before);
}

void TestPolicyModels::dateSortMatchesAStableSortOverTheCalendar()
{
    // Years 1 to 9999 and many equal dates: every pass of the proxy's radix sort, and its ties.
    ReportContent content = *m_content;
    const PolicyEventRecord pattern = content.events.constFirst();
    content.events.clear();
    QRandomGenerator random(2016);
    for (int id = 1; id <= 3000; ++id) {
        PolicyEventRecord event = pattern;
        event.id = id;
        const int year = random.bounded(4) == 0 ? random.bounded(1, 10000) : random.bounded(2000, 2003);
        const int month = random.bounded(13);
        const int day = month > 0 && random.bounded(2) == 0 ? random.bounded(1, 29) : 0;
        event.date = random.bounded(10) == 0 ? ReportDate() : ReportDate::fromParts(year, month, day);
        content.events.append(event);
    }
    QList<int> dated;
    QList<int> undated;
    for (const PolicyEventRecord &event : std::as_const(content.events))
        (event.date.isNull() ? undated : dated).append(event.id);
    std::stable_sort(dated.begin(), dated.end(), [&content](int a, int b) {
        return content.events.at(a - 1).date.sortKey() < content.events.at(b - 1).date.sortKey();
    });
    m_session->setContent(QSharedPointer<const ReportContent>::create(content));

    PolicyFilterProxyModel *proxy = m_session->policyProxy();
    proxy->sort(PolicyTableModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(eventIds(*proxy), dated + undated);
    proxy->sort(PolicyTableModel::DateColumn, Qt::DescendingOrder);
    std::reverse(dated.begin(), dated.end());
    QCOMPARE(eventIds(*proxy), dated + undated);
}

void TestPolicyModels::levelSortBothDirections()
{
    PolicyFilterProxyModel *proxy = m_session->policyProxy();
    const int central = int(PolicyLevel::Central);
    const int provincial = int(PolicyLevel::Provincial);
    const int municipal = int(PolicyLevel::Municipal);
    QList<int> expected = QList<int>(16, central) + QList<int>(8, provincial) + QList<int>(2, municipal);

    proxy->sort(PolicyTableModel::LevelColumn, Qt::AscendingOrder);
    QCOMPARE(levelsShown(), expected);
    proxy->sort(PolicyTableModel::LevelColumn, Qt::DescendingOrder);
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(levelsShown(), expected);
}

void TestPolicyModels::regionSortFollowsTheLanguage()
{
    PolicyFilterProxyModel *proxy = m_session->policyProxy();
    // Chinese regions sort by pinyin (da, guang, hei, hu, zhe, zheng, zhong), not by code point.
    QStringList chinese
        = {QStringLiteral("大连市"), QStringLiteral("广东省"), QStringLiteral("黑龙江省"), QStringLiteral("湖北省"),
           QStringLiteral("浙江省"), QStringLiteral("郑州市"), QStringLiteral("中央政府")};
    proxy->sort(PolicyTableModel::RegionColumn, Qt::AscendingOrder);
    QCOMPARE(regionRunsShown(), chinese);
    proxy->sort(PolicyTableModel::RegionColumn, Qt::DescendingOrder);
    std::reverse(chinese.begin(), chinese.end());
    QCOMPARE(regionRunsShown(), chinese);

    // Switching language re-sorts by the English names while the sort stays on the column.
    m_session->setLanguage(ContentLanguage::English);
    QStringList english = {QStringLiteral("Central Government"), QStringLiteral("Dalian"),
                           QStringLiteral("Guangdong Province"), QStringLiteral("Heilongjiang Province"),
                           QStringLiteral("Hubei Province"),     QStringLiteral("Zhejiang Province"),
                           QStringLiteral("Zhengzhou")};
    std::reverse(english.begin(), english.end());
    QCOMPARE(regionRunsShown(), english);
    proxy->sort(PolicyTableModel::RegionColumn, Qt::AscendingOrder);
    std::reverse(english.begin(), english.end());
    QCOMPARE(regionRunsShown(), english);
}

void TestPolicyModels::textSortArrivesFromAWorker()
{
    PolicyFilterProxyModel *proxy = m_session->policyProxy();
    const QList<int> byDate = eventIds(*proxy);
    const QList<int> ascending = textOrder(ContentLanguage::Chinese);
    QVERIFY(ascending != byDate);
    QSignalSpy sorting(proxy, &PolicyFilterProxyModel::sortingChanged);
    QSignalSpy layout(proxy, &QAbstractItemModel::layoutChanged);

    proxy->sort(PolicyTableModel::TextColumn, Qt::AscendingOrder);
    // Nothing moves until the order has been computed.
    QVERIFY(proxy->isSorting());
    QCOMPARE(eventIds(*proxy), byDate);
    QVERIFY(waitForSort());
    QCOMPARE(eventIds(*proxy), ascending);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(sorting.count(), 2);
    QCOMPARE(sorting.at(0).at(0).toBool(), true);
    QCOMPARE(sorting.at(1).at(0).toBool(), false);

    // The other direction, and back, reuse the order computed.
    QList<int> descending = ascending;
    std::reverse(descending.begin(), descending.end());
    proxy->sort(PolicyTableModel::TextColumn, Qt::DescendingOrder);
    QVERIFY(!proxy->isSorting());
    QCOMPARE(eventIds(*proxy), descending);
    proxy->sort(PolicyTableModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(eventIds(*proxy), byDate);
    proxy->sort(PolicyTableModel::TextColumn, Qt::AscendingOrder);
    QVERIFY(!proxy->isSorting());
    QCOMPARE(eventIds(*proxy), ascending);
    QCOMPARE(sorting.count(), 2);
}

void TestPolicyModels::textSortFollowsTheLanguage()
{
    PolicyFilterProxyModel *proxy = m_session->policyProxy();
    const QList<int> chinese = textOrder(ContentLanguage::Chinese);
    const QList<int> english = textOrder(ContentLanguage::English);
    QVERIFY(chinese != english);
    proxy->sort(PolicyTableModel::TextColumn, Qt::AscendingOrder);
    QVERIFY(waitForSort());
    QCOMPARE(eventIds(*proxy), chinese);

    m_session->setLanguage(ContentLanguage::English);
    QVERIFY(proxy->isSorting());
    QCOMPARE(eventIds(*proxy), chinese);
    QVERIFY(waitForSort());
    QCOMPARE(eventIds(*proxy), english);

    m_session->setLanguage(ContentLanguage::Chinese);
    QVERIFY(!proxy->isSorting());
    QCOMPARE(eventIds(*proxy), chinese);

    // A switch before the order has arrived: only the order of the language now shown applies.
    m_session->setContent(m_content);
    QVERIFY(proxy->isSorting());
    m_session->setLanguage(ContentLanguage::English);
    QVERIFY(waitForSort());
    QVERIFY(JobTracker::pool(JobTracker::Lane::Background)->waitForDone(10000));
    QCoreApplication::processEvents();
    QCOMPARE(eventIds(*proxy), english);
}

void TestPolicyModels::newerSortSupersedesTheTextSort()
{
    PolicyFilterProxyModel *proxy = m_session->policyProxy();
    QSignalSpy layout(proxy, &QAbstractItemModel::layoutChanged);
    proxy->sort(PolicyTableModel::TextColumn, Qt::AscendingOrder);
    proxy->sort(PolicyTableModel::LevelColumn, Qt::AscendingOrder);
    QVERIFY(!proxy->isSorting());
    const QList<int> byLevel = eventIds(*proxy);
    QCOMPARE(sorted(levelsShown()), levelsShown());
    QVERIFY(JobTracker::pool(JobTracker::Lane::Background)->waitForDone(10000));
    QCoreApplication::processEvents();
    QCOMPARE(eventIds(*proxy), byLevel);
    QCOMPARE(layout.count(), 1);

    // Text one way, then the other before the order of a new content has arrived: the newer
    // direction shows.
    m_session->setContent(m_content);
    QList<int> descending = textOrder(ContentLanguage::Chinese);
    std::reverse(descending.begin(), descending.end());
    proxy->sort(PolicyTableModel::TextColumn, Qt::AscendingOrder);
    proxy->sort(PolicyTableModel::TextColumn, Qt::DescendingOrder);
    QVERIFY(proxy->isSorting());
    QVERIFY(waitForSort());
    QCOMPARE(eventIds(*proxy), descending);
    QCOMPARE(layout.count(), 2);
}

void TestPolicyModels::newContentSortsItsOwnTexts()
{
    PolicyFilterProxyModel *proxy = m_session->policyProxy();
    m_session->setLanguage(ContentLanguage::English);
    proxy->sort(PolicyTableModel::TextColumn, Qt::AscendingOrder);
    QVERIFY(waitForSort());
    const QList<int> before = eventIds(*proxy);

    // The last event by text gets a text that sorts first: an order kept from the old content
    // would leave it last.
    ReportContent changed = *m_content;
    const int last = m_session->policyTable()->rowForEventId(before.last());
    changed.events[last].text.en = QStringLiteral("0 first");
    m_session->setContent(QSharedPointer<const ReportContent>::create(changed));
    QVERIFY(proxy->isSorting());
    QCOMPARE(eventIds(*proxy), eventIds(*m_session->policyTable())); // until the order arrives
    QVERIFY(waitForSort());
    QCOMPARE(eventIds(*proxy), textOrder(ContentLanguage::English));
    QCOMPARE(eventIds(*proxy).first(), before.last());
}

// The order of the language shown is computed as soon as the content arrives, without moving a
// row: a first sort by text then takes effect at once.
void TestPolicyModels::textOrderIsReadyBeforeTheFirstSort()
{
    PolicyFilterProxyModel *proxy = m_session->policyProxy();
    QSignalSpy layout(proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy sorting(proxy, &PolicyFilterProxyModel::sortingChanged);
    const auto settle = []() {
        QVERIFY(JobTracker::pool(JobTracker::Lane::Background)->waitForDone(10000));
        QCoreApplication::processEvents();
    };
    settle();
    QCOMPARE(layout.count(), 0);
    proxy->sort(PolicyTableModel::TextColumn, Qt::AscendingOrder);
    QVERIFY(!proxy->isSorting());
    QCOMPARE(eventIds(*proxy), textOrder(ContentLanguage::Chinese));

    QCOMPARE(sorting.count(), 0);

    // Another language's order waits for a sort by text: computing it would compete with the
    // repaint of the switch.
    proxy->sort(PolicyTableModel::DateColumn, Qt::AscendingOrder);
    m_session->setLanguage(ContentLanguage::English);
    settle();
    proxy->sort(PolicyTableModel::TextColumn, Qt::DescendingOrder);
    QVERIFY(proxy->isSorting());
    QVERIFY(waitForSort());
    QList<int> descending = textOrder(ContentLanguage::English);
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(eventIds(*proxy), descending);

    // A new content forgets the orders of the old one, and prepares its own.
    proxy->sort(PolicyTableModel::DateColumn, Qt::AscendingOrder);
    ReportContent changed = *m_content;
    const int last = m_session->policyTable()->rowForEventId(descending.first());
    changed.events[last].text.en = QStringLiteral("0 first");
    m_session->setContent(QSharedPointer<const ReportContent>::create(changed));
    settle();
    proxy->sort(PolicyTableModel::TextColumn, Qt::AscendingOrder);
    QVERIFY(!proxy->isSorting());
    QCOMPARE(eventIds(*proxy), textOrder(ContentLanguage::English));
    QCOMPARE(eventIds(*proxy).first(), descending.first());
}

void TestPolicyModels::selectionSurvivesTheTextSort()
{
    PolicyFilterProxyModel *proxy = m_session->policyProxy();
    QItemSelectionModel selection(proxy);
    selection.setCurrentIndex(shown(23, PolicyTableModel::TextColumn),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QPersistentModelIndex region = shown(9, PolicyTableModel::RegionColumn);
    const int rowByDate = selection.currentIndex().row();

    proxy->sort(PolicyTableModel::TextColumn, Qt::DescendingOrder);
    QCOMPARE(selection.currentIndex().row(), rowByDate);
    QVERIFY(waitForSort());
    QVERIFY(selection.currentIndex().row() != rowByDate);
    QCOMPARE(selection.currentIndex(), shown(23, PolicyTableModel::TextColumn));
    QCOMPARE(selection.selectedRows(), QModelIndexList({shown(23, 0)}));
    QCOMPARE(QModelIndex(region), shown(9, PolicyTableModel::RegionColumn));
    QCOMPARE(region.data(ReportRoles::EventIdRole).toInt(), 9);
}

void TestPolicyModels::levelFilter()
{
    PolicyFilterProxyModel *proxy = m_session->policyProxy();
    QSignalSpy changed(proxy, &PolicyFilterProxyModel::filtersChanged);

    proxy->setLevels({PolicyLevel::Central});
    QCOMPARE(proxy->rowCount(), 16);
    proxy->setLevels({PolicyLevel::Provincial});
    QCOMPARE(proxy->rowCount(), 8);
    proxy->setLevels({PolicyLevel::Municipal});
    QCOMPARE(sorted(eventIds(*proxy)), QList<int>({22, 25}));
    proxy->setLevels({PolicyLevel::Provincial, PolicyLevel::Municipal});
    QCOMPARE(proxy->rowCount(), 10);
    QCOMPARE(proxy->levels(), QSet<PolicyLevel>({PolicyLevel::Provincial, PolicyLevel::Municipal}));
    QVERIFY(proxy->hasFilters());
    QCOMPARE(changed.count(), 4);

    proxy->setLevels({});
    QCOMPARE(proxy->rowCount(), 26);
    QVERIFY(!proxy->hasFilters());
}

void TestPolicyModels::regionFilterUsesTheChineseKeyInEveryLanguage()
{
    PolicyFilterProxyModel *proxy = m_session->policyProxy();
    proxy->setRegion(QStringLiteral("湖北省"));
    QCOMPARE(sorted(eventIds(*proxy)), QList<int>({23, 24}));
    QVERIFY(proxy->hasFilters());

    m_session->setLanguage(ContentLanguage::English);
    QCOMPARE(sorted(eventIds(*proxy)), QList<int>({23, 24}));
    QCOMPARE(proxy->index(0, PolicyTableModel::RegionColumn).data().toString(), QStringLiteral("Hubei Province"));

    // The English name is display text, not a key.
    proxy->setRegion(QStringLiteral("Hubei Province"));
    QCOMPARE(proxy->rowCount(), 0);
    proxy->setRegion(QString());
    QCOMPARE(proxy->rowCount(), 26);
}

void TestPolicyModels::yearRangeHidesUndatedEvents_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<int>("expectedFrom");
    QTest::addColumn<int>("expectedTo");
    QTest::addColumn<QList<int>>("expectedIds"); // in date order

    QTest::newRow("2004–2005") << 2004 << 2005 << 2004 << 2005 << QList<int>({4, 17, 18, 2, 3, 5});
    QTest::newRow("single year") << 2014 << 2014 << 2014 << 2014 << QList<int>({23, 10});
    QTest::newRow("open end") << 2015 << 0 << 2015 << 0 << QList<int>({11, 12, 13, 14, 25, 15, 16});
    QTest::newRow("open start") << 0 << 2004 << 0 << 2004 << QList<int>({1, 4, 17, 18, 2, 3});
    QTest::newRow("reversed bounds are swapped") << 2005 << 2004 << 2004 << 2005 << QList<int>({4, 17, 18, 2, 3, 5});
    QTest::newRow("no year has events") << 2001 << 2003 << 2001 << 2003 << QList<int>();
}

void TestPolicyModels::yearRangeHidesUndatedEvents()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(int, expectedFrom);
    QFETCH(int, expectedTo);
    QFETCH(QList<int>, expectedIds);

    PolicyFilterProxyModel *proxy = m_session->policyProxy();
    proxy->setYearRange(from, to);
    QCOMPARE(proxy->yearFrom(), expectedFrom);
    QCOMPARE(proxy->yearTo(), expectedTo);
    QVERIFY(proxy->hasFilters());
    QCOMPARE(eventIds(*proxy), expectedIds);

    proxy->setYearRange(0, 0);
    QVERIFY(!proxy->hasFilters());
    QCOMPARE(proxy->rowCount(), 26);
}

void TestPolicyModels::facetCountsIgnoreTheirOwnFacet()
{
    PolicyFilterProxyModel *proxy = m_session->policyProxy();
    using LevelCounts = QMap<PolicyLevel, int>;
    using RegionCounts = QMap<QString, int>;
    using YearCounts = QMap<int, int>;
    const LevelCounts allLevels
        = {{PolicyLevel::Central, 16}, {PolicyLevel::Provincial, 8}, {PolicyLevel::Municipal, 2}};
    const RegionCounts allRegions
        = {{QStringLiteral("中央政府"), 16}, {QStringLiteral("广东省"), 3}, {QStringLiteral("浙江省"), 2},
           {QStringLiteral("大连市"), 1},    {QStringLiteral("湖北省"), 2}, {QStringLiteral("郑州市"), 1},
           {QStringLiteral("黑龙江省"), 1}};
    const YearCounts allYears = {{0, 5},    {1999, 1}, {2004, 5}, {2005, 1}, {2007, 2}, {2008, 1},
                                 {2011, 1}, {2013, 1}, {2014, 2}, {2015, 5}, {2016, 2}};
    QCOMPARE(proxy->levelCounts(), allLevels);
    QCOMPARE(proxy->regionCounts(), allRegions);
    QCOMPARE(proxy->yearCounts(), allYears);

    // A level filter narrows the other facets but not the level facet itself, so the user still
    // sees how many events choosing another level would give.
    proxy->setLevels({PolicyLevel::Provincial});
    QCOMPARE(proxy->levelCounts(), allLevels);
    QCOMPARE(proxy->regionCounts(),
             RegionCounts({{QStringLiteral("广东省"), 3},
                           {QStringLiteral("浙江省"), 2},
                           {QStringLiteral("湖北省"), 2},
                           {QStringLiteral("黑龙江省"), 1}}));
    QCOMPARE(proxy->yearCounts(), YearCounts({{0, 4}, {2004, 2}, {2007, 1}, {2014, 1}}));

    proxy->setYearRange(2004, 2004);
    QCOMPARE(proxy->rowCount(), 2);
    QCOMPARE(proxy->levelCounts(), LevelCounts({{PolicyLevel::Central, 3}, {PolicyLevel::Provincial, 2}}));
    QCOMPARE(proxy->regionCounts(), RegionCounts({{QStringLiteral("广东省"), 2}}));
    QCOMPARE(proxy->yearCounts(), YearCounts({{0, 4}, {2004, 2}, {2007, 1}, {2014, 1}}));

    proxy->setRegion(QStringLiteral("广东省"));
    QCOMPARE(sorted(eventIds(*proxy)), QList<int>({17, 18}));
    QCOMPARE(proxy->levelCounts(), LevelCounts({{PolicyLevel::Provincial, 2}}));
    QCOMPARE(proxy->regionCounts(), RegionCounts({{QStringLiteral("广东省"), 2}}));
    QCOMPARE(proxy->yearCounts(), YearCounts({{0, 1}, {2004, 2}}));

    // Sorting moves the rows the filters let through, and changes no count.
    proxy->setYearRange(0, 0);
    proxy->sort(PolicyTableModel::DateColumn, Qt::DescendingOrder);
    QCOMPARE(eventIds(*proxy), QList<int>({18, 17, 19}));
    QCOMPARE(proxy->levelCounts(), LevelCounts({{PolicyLevel::Provincial, 3}}));
    QCOMPARE(proxy->yearCounts(), YearCounts({{0, 1}, {2004, 2}}));
}

void TestPolicyModels::filtersCombineWithTheSearch()
{
    PolicyFilterProxyModel *proxy = m_session->policyProxy();
    m_session->setSearchText(QStringLiteral("Linux"));
    QVERIFY(ReportTest::waitForSearch(*m_session));
    QCOMPARE(sorted(eventIds(*proxy)), QList<int>({1, 6, 9, 17, 18, 20}));

    proxy->setLevels({PolicyLevel::Provincial});
    QCOMPARE(sorted(eventIds(*proxy)), QList<int>({17, 18, 20}));
    // Facets count within the search results.
    QCOMPARE(proxy->levelCounts(), (QMap<PolicyLevel, int>({{PolicyLevel::Central, 3}, {PolicyLevel::Provincial, 3}})));

    proxy->setYearRange(2004, 2004);
    QCOMPARE(sorted(eventIds(*proxy)), QList<int>({17, 18}));

    m_session->setSearchText(QString());
    QVERIFY(ReportTest::waitForSearch(*m_session));
    // The filters outlive the search: provincial 2004 events, Linux or not.
    QCOMPARE(sorted(eventIds(*proxy)), QList<int>({17, 18}));
    proxy->setYearRange(2007, 2007);
    QCOMPARE(eventIds(*proxy), QList<int>({21}));
}

void TestPolicyModels::settingAFilterAgainChangesNothing()
{
    PolicyFilterProxyModel *proxy = m_session->policyProxy();
    proxy->setLevels({PolicyLevel::Central});
    proxy->setRegion(QStringLiteral("中央政府"));
    proxy->setYearRange(2015, 2016);
    QSignalSpy changed(proxy, &PolicyFilterProxyModel::filtersChanged);
    QSignalSpy layout(proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(proxy, &QAbstractItemModel::rowsRemoved);
    proxy->setLevels({PolicyLevel::Central});
    proxy->setRegion(QStringLiteral("中央政府"));
    proxy->setYearRange(2015, 2016);
    proxy->setYearRange(2016, 2015); // the same range, written the other way round
    QCOMPARE(changed.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(proxy->rowCount(), 6);
}

void TestPolicyModels::clearFiltersShowsEveryEvent()
{
    PolicyFilterProxyModel *proxy = m_session->policyProxy();
    proxy->setLevels({PolicyLevel::Municipal});
    proxy->setRegion(QStringLiteral("郑州市"));
    proxy->setYearRange(2015, 2015);
    QCOMPARE(eventIds(*proxy), QList<int>({25}));

    QSignalSpy changed(proxy, &PolicyFilterProxyModel::filtersChanged);
    proxy->clearFilters();
    QCOMPARE(changed.count(), 1);
    QVERIFY(!proxy->hasFilters());
    QVERIFY(proxy->levels().isEmpty());
    QVERIFY(proxy->region().isEmpty());
    QCOMPARE(proxy->yearFrom(), 0);
    QCOMPARE(proxy->yearTo(), 0);
    QCOMPARE(proxy->rowCount(), 26);

    proxy->clearFilters(); // nothing left to clear: no refilter, no signal
    QCOMPARE(changed.count(), 1);
}

void TestPolicyModels::bareTableSurvivesContentChanges()
{
    PolicyTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table.rowCount(), 0);

    table.setContent(m_content);
    QCOMPARE(table.rowCount(), 26);
    QCOMPARE(table.rowForEventId(3), 2);
    QCOMPARE(table.rowForEventId(999), -1);

    // Related events are highlighted; only the rows that change are announced.
    QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
    table.setRelatedEvents({3, 23});
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.first().at(2).value<QList<int>>(), QList<int>({Qt::BackgroundRole}));
    QVERIFY(table.index(table.rowForEventId(3), 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(!table.index(table.rowForEventId(1), 0).data(Qt::BackgroundRole).isValid());
    table.setRelatedEvents({3, 23});
    QCOMPARE(changed.count(), 2);

    const QModelIndex region = table.index(table.rowForEventId(23), PolicyTableModel::RegionColumn);
    table.setLanguage(ContentLanguage::English);
    QCOMPARE(region.data().toString(), QStringLiteral("Hubei Province"));
    table.setLanguage(ContentLanguage::Chinese);
    QCOMPARE(region.data().toString(), QStringLiteral("湖北省"));

    // New content forgets the old highlights and ids.
    table.setContent({});
    QCOMPARE(table.rowCount(), 0);
    QCOMPARE(table.rowForEventId(3), -1);
    table.setContent(m_content);
    QVERIFY(!table.index(table.rowForEventId(3), 0).data(Qt::BackgroundRole).isValid());
}

QTEST_GUILESS_MAIN(TestPolicyModels)
// A report loaded on a worker comes with its table's index: the models show it as they would
// have built it, without building it again on the GUI thread.
void TestPolicyModels::indexBuiltAheadIsTheOneShown()
{
    const QSharedPointer<const PolicyTableIndex> index = PolicyTableIndex::build(*m_content);
    ReportSession session;
    session.setContent(m_content, index);
    QCOMPARE(session.policyTable()->tableIndex(), index);
    QCOMPARE(session.policyTable()->regionKeys(), m_session->policyTable()->regionKeys());
    for (int column = 0; column < PolicyTableModel::ColumnCount; ++column) {
        if (column == PolicyTableModel::TextColumn)
            continue; // computed on a worker, from the texts alone
        session.policyProxy()->sort(column, Qt::DescendingOrder);
        m_session->policyProxy()->sort(column, Qt::DescendingOrder);
        QCOMPARE(eventIds(*session.policyProxy()), eventIds(*m_session->policyProxy()));
    }
    session.policyProxy()->setRegion(QStringLiteral("湖北省"));
    m_session->policyProxy()->setRegion(QStringLiteral("湖北省"));
    QVERIFY(session.policyProxy()->rowCount() > 0);
    QCOMPARE(eventIds(*session.policyProxy()), eventIds(*m_session->policyProxy()));
    QCOMPARE(session.policyTable()->rowForEventId(3), 2);

    // Without one, the table builds its own.
    session.setContent(m_content);
    QVERIFY(session.policyTable()->tableIndex() != index);
    QCOMPARE(session.policyTable()->tableIndex()->dateOrder, index->dateOrder);
}

#include "tst_policymodels.moc"
