#include "editioncomparisonfiltermodel.h"
#include "editioncomparisonmodel.h"
#include "eventchangelookup.h"
#include "reportdatabase.h"
#include "reportroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Change = EditionMatcher::Change;

class TestEditionComparisonModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsCarryRawValuesInRoles();
    void countsEachKindOfChange();
    void filterShowsOneKindOfChange();
    void fieldsOfBothSides();
    void languageSwitchRepaintsNames();
    void eachShownEventHasItsChange();

private:
    EditionComparisonModel m_model;
};

void TestEditionComparisonModel::initTestCase()
{
    new QAbstractItemModelTester(&m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    QString error;
    const std::optional<ReportContent> embedded = ReportDatabase::loadEmbedded(&error);
    QVERIFY2(embedded, qPrintable(error));
    const std::optional<EditionComparison> comparison = EditionComparison::between(*embedded, 2015, 2016, &error);
    QVERIFY2(comparison, qPrintable(error));
    m_model.setComparison(*comparison);
}

void TestEditionComparisonModel::rowsCarryRawValuesInRoles()
{
    QCOMPARE(m_model.rowCount(), 34);
    // Row 5 is 湖北省开源软件推进联盟, whose 成员 changed.
    const QModelIndex hubei = m_model.index(5, EditionComparisonModel::ChangedFieldsColumn);
    QCOMPARE(hubei.data(ReportRoles::ChangeRole).toInt(), int(Change::Changed));
    QCOMPARE(hubei.data(ReportRoles::RecordKindRole).toInt(), int(EditionMatcher::RecordKind::Alliance));
    QCOMPARE(hubei.data(ReportRoles::ChangedFieldsRole).toStringList(), QStringList{u"members"_s});
    QCOMPARE(hubei.data(ReportRoles::ExportRole).toString(), u"members"_s);
    QVERIFY(hubei.data(ReportRoles::IdentityRole).toString().startsWith(u"alliance:"_s));
    QCOMPARE(m_model.index(5, EditionComparisonModel::IdentityColumn).data().toString(),
             hubei.data(ReportRoles::IdentityRole).toString());
    QCOMPARE(m_model.index(5, EditionComparisonModel::ChangeColumn).data(ReportRoles::ExportRole).toString(),
             u"changed"_s);
    QCOMPARE(m_model.index(6, EditionComparisonModel::KindColumn).data(ReportRoles::ExportRole).toString(),
             u"alliance"_s);
    QCOMPARE(m_model.index(6, EditionComparisonModel::FromChineseColumn).data().toString(), QString());
    QCOMPARE(m_model.index(6, EditionComparisonModel::ToChineseColumn).data().toString(), u"云计算开源产业联盟"_s);
    QCOMPARE(m_model.index(8, EditionComparisonModel::KindColumn).data(ReportRoles::ExportRole).toString(), u"event"_s);
    QVERIFY(
        m_model.index(8, EditionComparisonModel::FromChineseColumn).data().toString().startsWith(u"1999年7月15日"_s));
    QVERIFY(!m_model.index(8, EditionComparisonModel::FromEnglishColumn).data().toString().isEmpty());
}

void TestEditionComparisonModel::countsEachKindOfChange()
{
    QCOMPARE(m_model.count(Change::Added), 14);
    QCOMPARE(m_model.count(Change::Removed), 0);
    QCOMPARE(m_model.count(Change::Changed), 2);
    QCOMPARE(m_model.count(Change::Unchanged), 18);
}

void TestEditionComparisonModel::filterShowsOneKindOfChange()
{
    EditionComparisonFilterModel filter;
    new QAbstractItemModelTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest, &filter);
    filter.setSourceModel(&m_model);
    QCOMPARE(filter.rowCount(), 34);
    for (Change change : {Change::Added, Change::Removed, Change::Changed, Change::Unchanged}) {
        filter.setChange(change);
        QCOMPARE(filter.rowCount(), m_model.count(change));
        for (int row = 0; row < filter.rowCount(); ++row)
            QCOMPARE(filter.index(row, 0).data(ReportRoles::ChangeRole).toInt(), int(change));
    }
    filter.setChange(std::nullopt);
    QCOMPARE(filter.rowCount(), 34);
}

void TestEditionComparisonModel::fieldsOfBothSides()
{
    using Side = EditionComparisonModel::Side;
    QCOMPARE(m_model.fieldText(5, u"members"_s, Side::From, ContentLanguage::Chinese),
             u"包括企事业单位和教育科研机构"_s);
    QCOMPARE(m_model.fieldText(5, u"members"_s, Side::To, ContentLanguage::Chinese), u"包括企事业单位和科研机构"_s);
    QCOMPARE(m_model.fieldText(5, u"member_count"_s, Side::To, ContentLanguage::Chinese), u"100+"_s);
    QCOMPARE(m_model.fieldText(6, u"name"_s, Side::From, ContentLanguage::Chinese), QString());
    QCOMPARE(m_model.fieldText(8, u"date"_s, Side::To, ContentLanguage::Chinese), u"1999年7月15日"_s);
}

void TestEditionComparisonModel::languageSwitchRepaintsNames()
{
    QSignalSpy headers(&m_model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy data(&m_model, &QAbstractItemModel::dataChanged);
    m_model.setLanguage(ContentLanguage::English);
    QCOMPARE(headers.size(), 1);
    QCOMPARE(data.size(), 1);
    m_model.setLanguage(ContentLanguage::English);
    QCOMPARE(headers.size(), 1);
}

void TestEditionComparisonModel::eachShownEventHasItsChange()
{
    const EventChangeLookup lookup(m_model.comparison());
    QCOMPARE(lookup.fromYear(), 2015);
    QCOMPARE(lookup.toYear(), 2016);
    // Looked up from the events the window shows with all editions, not the comparison's own.
    QString error;
    const std::optional<ReportContent> shown = ReportDatabase::loadEmbedded(&error);
    QVERIFY2(shown, qPrintable(error));
    QMap<int, QMap<Change, int>> perEdition;
    QHash<QString, Change> byIdentity;
    for (const PolicyEventRecord &event : shown->events) {
        const std::optional<Change> change = lookup.changeOf(event);
        QVERIFY2(change, qPrintable(event.identity));
        ++perEdition[event.edition][*change];
        // Both sides of a pair show the pair's change.
        if (byIdentity.contains(event.identity))
            QCOMPARE(*change, byIdentity.value(event.identity));
        byIdentity.insert(event.identity, *change);
    }
    // 12 of 2016's 26 events are new; every one of 2015's 14 is still there, one of them reworded.
    QCOMPARE(perEdition.value(2016),
             (QMap<Change, int>{{Change::Added, 12}, {Change::Changed, 1}, {Change::Unchanged, 13}}));
    QCOMPARE(perEdition.value(2015), (QMap<Change, int>{{Change::Changed, 1}, {Change::Unchanged, 13}}));

    PolicyEventRecord otherEdition = shown->events.constFirst();
    otherEdition.edition = 2017;
    QVERIFY(!lookup.changeOf(otherEdition));
    QVERIFY(EventChangeLookup().isEmpty());
    QVERIFY(!EventChangeLookup().changeOf(shown->events.constFirst()));
}

QTEST_GUILESS_MAIN(TestEditionComparisonModel)
#include "tst_editioncomparisonmodel.moc"
