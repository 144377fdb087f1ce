// AllianceTreeModel and AllianceFilterProxyModel over the real report in all three groupings,
// with QAbstractItemModelTester watching both through grouping, language and search changes.
#include "alliancefilterproxymodel.h"
#include "alliancetreemodel.h"
#include "reportroles.h"
#include "reportsearch.h"
#include "reportsession.h"
#include "reporttesthelpers.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <memory>

using Grouping = AllianceTreeModel::Grouping;
using NodeKind = AllianceTreeModel::NodeKind;

class TestAllianceTree : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void guidingUnitGroupsShowAnAllianceUnderEachUnit();
    void foundingYearGroupsAscend();
    void undatedFoundingGroupComesLast();
    void flatListsEveryAllianceOnce();
    void alliancesExpandIntoActivitiesAndServices();
    void foundedColumnKeepsThePrecision();
    void indexesForAllianceFindsEveryPlace();
    void switchingGroupingAndLanguageKeepsTheModelValid();
    void searchKeepsThePathToEveryMatch_data();
    void searchKeepsThePathToEveryMatch();
    void searchForAServiceKeepsItsCategory();
    void searchWithoutMatchesEmptiesTheTree();
    void searchForAGroupShowsItsAlliances();
    void sortingFlatByFoundingDate();

private:
    AllianceTreeModel *tree() const { return m_session->allianceTree(); }
    AllianceFilterProxyModel *proxy() const { return m_session->allianceProxy(); }
    static QStringList childTexts(const QAbstractItemModel &model, const QModelIndex &parent);
    static NodeKind kindOf(const QModelIndex &index);
    static QModelIndexList allianceNodes(const QAbstractItemModel &model, const QModelIndex &parent = {});
    void search(const QString &text);

    QSharedPointer<const ReportContent> m_content;
    std::unique_ptr<ReportSession> m_session;
    int m_copu = -1;
    int m_cocreate = -1;
    int m_hubei = -1;
};

void TestAllianceTree::initTestCase()
{
    QString error;
    m_content = ReportTest::embeddedContent(&error);
    QVERIFY2(m_content, qPrintable(error));
    QCOMPARE(m_content->alliances.size(), 8);
    m_copu = ReportTest::allianceNamed(*m_content, QStringLiteral("中国开源软件推进联盟"));
    m_cocreate = ReportTest::allianceNamed(*m_content, QStringLiteral("共创软件联盟"));
    m_hubei = ReportTest::allianceNamed(*m_content, QStringLiteral("湖北省开源软件推进联盟"));
    QVERIFY(m_copu >= 0 && m_cocreate >= 0 && m_hubei >= 0);
}

void TestAllianceTree::init()
{
    m_session = std::make_unique<ReportSession>();
    new QAbstractItemModelTester(tree(), QAbstractItemModelTester::FailureReportingMode::QtTest, tree());
    new QAbstractItemModelTester(proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest, proxy());
    m_session->setContent(m_content);
}

void TestAllianceTree::cleanup()
{
    m_session.reset();
}

QStringList TestAllianceTree::childTexts(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(parent); ++row)
        texts << model.index(row, 0, parent).data().toString();
    return texts;
}

NodeKind TestAllianceTree::kindOf(const QModelIndex &index)
{
    return NodeKind(index.data(ReportRoles::NodeKindRole).toInt());
}

// Alliance nodes anywhere below parent (they sit at the top or under a group).
QModelIndexList TestAllianceTree::allianceNodes(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QModelIndexList nodes;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        if (kindOf(child) == NodeKind::Alliance)
            nodes << child;
        else if (kindOf(child) == NodeKind::Group)
            nodes << allianceNodes(model, child);
    }
    return nodes;
}

void TestAllianceTree::search(const QString &text)
{
    m_session->setSearchText(text);
    QVERIFY(ReportTest::waitForSearch(*m_session));
}

void TestAllianceTree::guidingUnitGroupsShowAnAllianceUnderEachUnit()
{
    QCOMPARE(tree()->grouping(), Grouping::GuidingUnit);
    // Larger groups first (MIIT guides three, MOST two), then in order of appearance.
    const QStringList units = {QStringLiteral("中华人民共和国工业和信息化部"),
                               QStringLiteral("中华人民共和国科学技术部"),
                               QStringLiteral("北京市科委"),
                               QStringLiteral("中华人民共和国国家互联网信息办公室"),
                               QStringLiteral("中国开源软件推进联盟"),
                               QStringLiteral("湖北省软件协会")};
    QCOMPARE(childTexts(*tree(), {}), units);
    for (int row = 0; row < tree()->rowCount(); ++row)
        QCOMPARE(kindOf(tree()->index(row, 0)), NodeKind::Group);

    QCOMPARE(childTexts(*tree(), tree()->index(0, 0)),
             QStringList({QStringLiteral("中国开源软件推进联盟"), QStringLiteral("云计算开源产业联盟"),
                          QStringLiteral("绿色计算产业联盟")}));
    // 湖北省开源软件推进联盟 names two guiding units and appears under both.
    const QStringList hubeiOnly = {QStringLiteral("湖北省开源软件推进联盟")};
    QCOMPARE(childTexts(*tree(), tree()->index(4, 0)), hubeiOnly);
    QCOMPARE(childTexts(*tree(), tree()->index(5, 0)), hubeiOnly);
    QCOMPARE(allianceNodes(*tree()).size(), 9);

    m_session->setLanguage(ContentLanguage::English);
    QCOMPARE(tree()->index(0, 0).data().toString(),
             QStringLiteral("Ministry of Industry and Information Technology (MIIT)"));
    QCOMPARE(tree()->index(5, 0).data().toString(), QStringLiteral("Hubei Software Association"));
}

void TestAllianceTree::foundingYearGroupsAscend()
{
    tree()->setGrouping(Grouping::FoundingYear);
    // Every alliance in the report has a founding date, so there is no undated group.
    QCOMPARE(childTexts(*tree(), {}),
             QStringList({QStringLiteral("2000"), QStringLiteral("2004"), QStringLiteral("2005"),
                          QStringLiteral("2009"), QStringLiteral("2014"), QStringLiteral("2016")}));
    QCOMPARE(tree()->index(0, 0).data(ReportRoles::SortRole).toInt(), 2000);
    QCOMPARE(childTexts(*tree(), tree()->index(4, 0)),
             QStringList({QStringLiteral("中国智能终端操作系统产业联盟"), QStringLiteral("湖北省开源软件推进联盟")}));
    QCOMPARE(allianceNodes(*tree()).size(), 8);
}

void TestAllianceTree::undatedFoundingGroupComesLast()
{
    ReportContent content = *m_content;
    content.alliances[m_copu].founded = ReportDate();
    tree()->setGrouping(Grouping::FoundingYear);
    m_session->setContent(QSharedPointer<const ReportContent>::create(content));

    const int last = tree()->rowCount() - 1;
    QCOMPARE(tree()->index(last, 0).data().toString(), QStringLiteral("Founding date unknown"));
    QCOMPARE(childTexts(*tree(), tree()->index(last, 0)), QStringList({QStringLiteral("中国开源软件推进联盟")}));
    QCOMPARE(tree()->index(last - 1, 0).data().toString(), QStringLiteral("2016"));
    // COPU was the only 2004 founding; the year has no group any more.
    QVERIFY(!childTexts(*tree(), {}).contains(QStringLiteral("2004")));
    QCOMPARE(tree()->index(0, AllianceTreeModel::FoundedColumn, tree()->index(last, 0)).data().toString(),
             QStringLiteral("—"));
}

void TestAllianceTree::flatListsEveryAllianceOnce()
{
    tree()->setGrouping(Grouping::Flat);
    QCOMPARE(tree()->rowCount(), 8);
    for (int row = 0; row < 8; ++row) {
        const QModelIndex alliance = tree()->index(row, 0);
        QCOMPARE(kindOf(alliance), NodeKind::Alliance);
        QCOMPARE(alliance.data(ReportRoles::AllianceIndexRole).toInt(), row);
        QCOMPARE(alliance.data().toString(), m_content->alliances.at(row).name.zh);
        QVERIFY(!alliance.parent().isValid());
    }
}

void TestAllianceTree::alliancesExpandIntoActivitiesAndServices()
{
    tree()->setGrouping(Grouping::Flat);

    const QModelIndex copu = tree()->index(m_copu, 0);
    QCOMPARE(childTexts(*tree(), copu), QStringList({QStringLiteral("Activities (4)")}));
    const QModelIndex activities = tree()->index(0, 0, copu);
    QCOMPARE(kindOf(activities), NodeKind::Category);
    QCOMPARE(activities.data(ReportRoles::AllianceIndexRole).toInt(), m_copu);
    QCOMPARE(tree()->rowCount(activities), 4);
    const QModelIndex firstActivity = tree()->index(0, 0, activities);
    QCOMPARE(kindOf(firstActivity), NodeKind::Item);
    QVERIFY(firstActivity.data().toString().startsWith(QStringLiteral("东北亚开源论坛")));
    QCOMPARE(tree()->rowCount(firstActivity), 0);

    // 共创软件联盟 lists neither activities nor services: no empty categories.
    QCOMPARE(tree()->rowCount(tree()->index(m_cocreate, 0)), 0);

    const QModelIndex hubei = tree()->index(m_hubei, 0);
    QCOMPARE(childTexts(*tree(), hubei),
             QStringList({QStringLiteral("Activities (1)"), QStringLiteral("Services (5)")}));
    const QModelIndex services = tree()->index(1, 0, hubei);
    QCOMPARE(childTexts(*tree(), services),
             QStringList({QStringLiteral("产业资讯"), QStringLiteral("品牌推广"), QStringLiteral("成员交流"),
                          QStringLiteral("园区服务"), QStringLiteral("创新服务")}));

    m_session->setLanguage(ContentLanguage::English);
    const QModelIndex englishServices = tree()->index(1, 0, tree()->index(m_hubei, 0));
    QCOMPARE(tree()->index(0, 0, englishServices).data().toString(), QStringLiteral("Industry news"));
    QCOMPARE(tree()->index(3, 0, englishServices).data().toString(), QStringLiteral("Industrial park services"));
}

void TestAllianceTree::foundedColumnKeepsThePrecision()
{
    tree()->setGrouping(Grouping::Flat);
    const auto founded
        = [this](int alliance) { return tree()->index(alliance, AllianceTreeModel::FoundedColumn).data().toString(); };
    QCOMPARE(tree()->headerData(AllianceTreeModel::FoundedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Founded"));
    QCOMPARE(founded(m_copu), QStringLiteral("2004年7月22日"));
    QCOMPARE(founded(m_cocreate), QStringLiteral("2000年3月"));
    QCOMPARE(tree()->index(m_copu, AllianceTreeModel::FoundedColumn).data(ReportRoles::DateRole).value<ReportDate>(),
             ReportDate::fromParts(2004, 7, 22));

    m_session->setLanguage(ContentLanguage::English);
    QCOMPARE(founded(m_copu), QStringLiteral("22 July 2004"));
    QCOMPARE(founded(m_cocreate), QStringLiteral("March 2000"));

    // Only alliances have a founding date; the column is empty for categories and groups.
    QVERIFY(!tree()->index(0, AllianceTreeModel::FoundedColumn, tree()->index(m_copu, 0)).data().isValid());
    tree()->setGrouping(Grouping::GuidingUnit);
    QVERIFY(!tree()->index(0, AllianceTreeModel::FoundedColumn).data().isValid());
}

void TestAllianceTree::indexesForAllianceFindsEveryPlace()
{
    QModelIndexList places = tree()->indexesForAlliance(m_hubei);
    QCOMPARE(places.size(), 2);
    QStringList groups;
    for (const QModelIndex &place : places) {
        QCOMPARE(place.model(), tree());
        QCOMPARE(place.column(), 0);
        QCOMPARE(place.data(ReportRoles::AllianceIndexRole).toInt(), m_hubei);
        // The index must be the one index() gives for the same place, or views cannot select it.
        QCOMPARE(place, tree()->index(place.row(), 0, place.parent()));
        groups << place.parent().data().toString();
    }
    QCOMPARE(groups, QStringList({QStringLiteral("中国开源软件推进联盟"), QStringLiteral("湖北省软件协会")}));
    QCOMPARE(tree()->indexesForAlliance(m_copu).size(), 1);

    tree()->setGrouping(Grouping::FoundingYear);
    places = tree()->indexesForAlliance(m_hubei);
    QCOMPARE(places.size(), 1);
    QCOMPARE(places.first().parent().data().toString(), QStringLiteral("2014"));

    tree()->setGrouping(Grouping::Flat);
    places = tree()->indexesForAlliance(m_hubei);
    QCOMPARE(places.size(), 1);
    QCOMPARE(places.first(), tree()->index(m_hubei, 0));

    QVERIFY(tree()->indexesForAlliance(8).isEmpty());
    QVERIFY(tree()->indexesForAlliance(-1).isEmpty());
}

void TestAllianceTree::switchingGroupingAndLanguageKeepsTheModelValid()
{
    // With a search active, so the proxy filters while its source resets under it.
    search(QStringLiteral("联盟"));
    const QList<std::pair<Grouping, int>> groupings
        = {{Grouping::FoundingYear, 8}, {Grouping::Flat, 8}, {Grouping::GuidingUnit, 9}};
    for (ContentLanguage language : {ContentLanguage::English, ContentLanguage::Chinese}) {
        m_session->setLanguage(language);
        for (const auto &[grouping, allianceNodeCount] : groupings) {
            tree()->setGrouping(grouping);
            QCOMPARE(tree()->grouping(), grouping);
            QCOMPARE(tree()->language(), language);
            QCOMPARE(allianceNodes(*tree()).size(), allianceNodeCount);
            QCOMPARE(allianceNodes(*proxy()).size(), allianceNodeCount);
        }
    }
    QCOMPARE(tree()->index(0, 0, tree()->index(0, 0)).data().toString(), QStringLiteral("中国开源软件推进联盟"));
}

void TestAllianceTree::searchKeepsThePathToEveryMatch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<Grouping>("grouping");
    QTest::addColumn<ContentLanguage>("language");

    const QStringList queries = {QStringLiteral("湖北"), QStringLiteral("Linux"), QStringLiteral("2014"),
                                 QStringLiteral("Ministry of Science"), QStringLiteral("OSCAR")};
    for (const QString &query : queries) {
        for (Grouping grouping : {Grouping::GuidingUnit, Grouping::FoundingYear, Grouping::Flat}) {
            for (ContentLanguage language : {ContentLanguage::Chinese, ContentLanguage::English}) {
                QTest::addRow("%s, grouping %d, language %d", qPrintable(query), int(grouping), int(language))
                    << query << grouping << language;
            }
        }
    }
}

void TestAllianceTree::searchKeepsThePathToEveryMatch()
{
    QFETCH(QString, query);
    QFETCH(Grouping, grouping);
    QFETCH(ContentLanguage, language);

    tree()->setGrouping(grouping);
    m_session->setLanguage(language);
    search(query);

    QList<int> matches;
    for (int alliance = 0; alliance < m_content->alliances.size(); ++alliance) {
        if (m_session->search()->allianceMatches(alliance))
            matches << alliance;
    }
    QVERIFY2(!matches.isEmpty(), "each query names something in the report");
    QCOMPARE(proxy()->visibleAlliances(), matches);

    // Every place a matching alliance has in the tree stays reachable, with its group above it.
    for (int alliance : matches) {
        for (const QModelIndex &place : tree()->indexesForAlliance(alliance)) {
            const QModelIndex shown = proxy()->mapFromSource(place);
            QVERIFY(shown.isValid());
            QCOMPARE(shown.parent().isValid(), grouping != Grouping::Flat);
            if (shown.parent().isValid())
                QCOMPARE(kindOf(shown.parent()), NodeKind::Group);
            // An alliance that is shown is shown whole.
            QCOMPARE(proxy()->rowCount(shown), tree()->rowCount(place));
        }
    }
    // And nothing else is: no alliance that does not match, no group left empty.
    for (const QModelIndex &shown : allianceNodes(*proxy()))
        QVERIFY(matches.contains(shown.data(ReportRoles::AllianceIndexRole).toInt()));
    for (int row = 0; row < proxy()->rowCount(); ++row) {
        const QModelIndex top = proxy()->index(row, 0);
        if (kindOf(top) == NodeKind::Group)
            QVERIFY(proxy()->rowCount(top) > 0);
    }
}

void TestAllianceTree::searchForAServiceKeepsItsCategory()
{
    // 园区服务 is one of 湖北省开源软件推进联盟's services and nothing else's.
    search(QStringLiteral("园区服务"));
    QCOMPARE(proxy()->visibleAlliances(), QList<int>({m_hubei}));
    const QModelIndexList places = allianceNodes(*proxy());
    QCOMPARE(places.size(), 2); // under both of its guiding units
    for (const QModelIndex &alliance : places) {
        const QModelIndex services = proxy()->index(1, 0, alliance);
        QCOMPARE(services.data().toString(), QStringLiteral("Services (5)"));
        QVERIFY(childTexts(*proxy(), services).contains(QStringLiteral("园区服务")));
    }
}

void TestAllianceTree::searchWithoutMatchesEmptiesTheTree()
{
    search(QStringLiteral("量子计算机"));
    QCOMPARE(proxy()->rowCount(), 0);
    QVERIFY(proxy()->visibleAlliances().isEmpty());
    search(QString());
    QCOMPARE(proxy()->rowCount(), tree()->rowCount());
    QCOMPARE(proxy()->visibleAlliances().size(), 8);
}

void TestAllianceTree::searchForAGroupShowsItsAlliances()
{
    // The group's label is the window's wording, not a field of any alliance: the group is
    // found by its label and shown with all of its alliances.
    ReportContent content = *m_content;
    content.alliances[m_copu].founded = ReportDate();
    tree()->setGrouping(Grouping::FoundingYear);
    m_session->setContent(QSharedPointer<const ReportContent>::create(content));
    search(QStringLiteral("date unknown"));
    QVERIFY(!m_session->search()->allianceMatches(m_copu));
    QCOMPARE(proxy()->visibleAlliances(), QList<int>({m_copu}));
    QCOMPARE(proxy()->rowCount(), 1);
    const QModelIndex group = proxy()->index(0, 0);
    QCOMPARE(group.data().toString(), QStringLiteral("Founding date unknown"));
    QCOMPARE(childTexts(*proxy(), group), QStringList({QStringLiteral("中国开源软件推进联盟")}));
    const QModelIndex alliance = proxy()->index(0, 0, group);
    QVERIFY(proxy()->hasChildren(alliance));
    QCOMPARE(proxy()->rowCount(alliance), tree()->rowCount(proxy()->mapToSource(alliance)));
}

void TestAllianceTree::sortingFlatByFoundingDate()
{
    tree()->setGrouping(Grouping::Flat);
    proxy()->sort(AllianceTreeModel::FoundedColumn, Qt::AscendingOrder);
    const QStringList chronological = {
        QStringLiteral("共创软件联盟"), // 2000-03
        QStringLiteral("中国开源软件推进联盟"), // 2004-07-22
        QStringLiteral("北京长风开放标准平台软件产业联盟"), // 2005-04
        QStringLiteral("开源及基础软件通用技术创新联盟"), // 2009-10-15
        QStringLiteral("中国智能终端操作系统产业联盟"), // 2014-05
        QStringLiteral("湖北省开源软件推进联盟"), // 2014-11
        QStringLiteral("云计算开源产业联盟"), // 2016-03-09
        QStringLiteral("绿色计算产业联盟"), // 2016-04-15
    };
    QCOMPARE(childTexts(*proxy(), {}), chronological);
}

QTEST_GUILESS_MAIN(TestAllianceTree)
#include "tst_alliancetree.moc"
