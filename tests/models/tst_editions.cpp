// Two editions in one explorer: the 2015 edition read right, both embedded with schema version 2,
// a version 1 database upgraded in memory and left untouched, a newer one refused, and the
// session and its models showing one edition or all of them.
#include "alliancefilterproxymodel.h"
#include "alliancetreemodel.h"
#include "editionidentity.h"
#include "policyfilterproxymodel.h"
#include "policytablemodel.h"
#include "reportcoordinator.h"
#include "reporttesthelpers.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

class TestEditions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bothEditionsAreEmbedded();
    void edition2015AlliancesAsTheReportStatesThem();
    void edition2015EventsAsTheReportStatesThem();
    void identitiesLinkTheSameRecordAcrossEditions();
    void exportHoldsBothEditionsWith2016AsBefore();
    void version1DatabaseOpensAndStaysUnchanged();
    void newerVersionIsRefused();
    void sessionShowsTheChosenEdition();
    void allEditionsHaveAnEditionColumnAndFacet();
    void coordinatorSwitchesEditions();

private:
    QString copyOfVersion1(const QString &name) const;
    static QByteArray sha256Of(const QString &path);
    static QStringList rows(const QString &path, const QString &sql);

    QTemporaryDir m_dir;
    QSharedPointer<const ReportContent> m_editions;
};

void TestEditions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_editions = ReportTest::embeddedEditions(&error);
    QVERIFY2(m_editions, qPrintable(error));
}

QString TestEditions::copyOfVersion1(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(QStringLiteral(VERSION1_DATABASE), path) ? path : QString();
}

QByteArray TestEditions::sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// Every row of an SQL query over the file, as sqlite3 would print them.
QStringList TestEditions::rows(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    QStringList result;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return {QStringLiteral("cannot open %1").arg(path)};
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK)
        result.append(QString::fromUtf8(sqlite3_errmsg(db)));
    while (statement && sqlite3_step(statement) == SQLITE_ROW) {
        QStringList values;
        for (int column = 0; column < sqlite3_column_count(statement); ++column) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
            values.append(text ? QString::fromUtf8(text) : QStringLiteral("NULL"));
        }
        result.append(values.join(u'|'));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return result;
}

void TestEditions::bothEditionsAreEmbedded()
{
    QCOMPARE(m_editions->editionYears(), QList<int>({2016, 2015}));
    const ReportEdition edition2015 = m_editions->editionList().at(1);
    QCOMPARE(edition2015.sourceFileName, QStringLiteral("ChinaOSSRepor_Chn_2015.md"));
    QCOMPARE(edition2015.sourceSha256,
             QStringLiteral("01db89383f8e95cdd68c371b05a82a8f7e01c7781514eefa047490331cc05f69"));
    QCOMPARE(edition2015.title.zh, QStringLiteral("2015年中国开源生态系统报告"));
    QCOMPARE(edition2015.title.en, QStringLiteral("2015 China Open Source Ecosystem Report"));
    QCOMPARE(edition2015.licence, QStringLiteral("Creative Commons Zero v1.0 Universal"));
    QVERIFY(
        edition2015.sourceUrl.startsWith(QLatin1String("https://github.com/kaiyuanshe/2015-China-Open-Source-Report")));
    QCOMPARE(edition2015.policyTitle.zh, QStringLiteral("政策／重要事件"));
    // The 2016 edition is the one shown by default, and describes the whole.
    QCOMPARE(m_editions->edition, QStringLiteral("2016"));
    QCOMPARE(m_editions->forEdition(2016).alliances.size(), 8);
    QCOMPARE(m_editions->forEdition(2016).events.size(), 26);
    QCOMPARE(m_editions->forEdition(2015).title, QStringLiteral("2015年中国开源生态系统报告"));
    QVERIFY(m_editions->forEdition(2017).events.isEmpty());
}

void TestEditions::edition2015AlliancesAsTheReportStatesThem()
{
    const ReportContent edition = m_editions->forEdition(2015);
    QStringList alliances;
    for (const AllianceRecord &alliance : edition.alliances) {
        QCOMPARE(alliance.edition, 2015);
        alliances << QStringLiteral("%1 %2 %3 %4")
                         .arg(alliance.name.zh, alliance.founded.toIso(),
                              ReportDate::precisionName(alliance.founded.precision()))
                         .arg(alliance.sourceLine);
    }
    // Read off ChinaOSSRepor_Chn_2015.md, section 1. 产业协会 (创立时间 of each).
    const QStringList expected = {
        QStringLiteral("中国开源软件推进联盟 2004-07-22 day 261"),
        QStringLiteral("共创软件联盟 2000-03 month 284"),
        QStringLiteral("开源及基础软件通用技术创新联盟 2009-10-15 day 299"),
        QStringLiteral("北京长风开放标准平台软件产业联盟 2005-04 month 313"),
        QStringLiteral("中国智能终端操作系统产业联盟 2014-05 month 329"),
        QStringLiteral("湖北省开源软件推进联盟 2014-11 month 347"),
    };
    QCOMPARE(alliances, expected);
}

void TestEditions::edition2015EventsAsTheReportStatesThem()
{
    const ReportContent edition = m_editions->forEdition(2015);
    QStringList events;
    for (qsizetype row = 0; row < edition.events.size(); ++row) {
        const PolicyEventRecord &event = edition.events.at(row);
        QCOMPARE(event.edition, 2015);
        events << QStringLiteral("%1 %2 %3 %4 %5")
                      .arg(event.region.zh, PolicyLevels::name(event.level),
                           event.date.isNull() ? QStringLiteral("-") : event.date.toIso(),
                           ReportDate::precisionName(event.date.precision()))
                      .arg(event.sourceLine);
    }
    // Read off section 2.政策／重要事件: dates at the start or the end of an item, of day, month or
    // year precision, and three items with none.
    const QStringList expected = {
        QStringLiteral("中央政府 central 1999-07-15 day 372"), QStringLiteral("中央政府 central 2004-04-03 day 373"),
        QStringLiteral("中央政府 central 2004-07-22 day 374"), QStringLiteral("中央政府 central 2004 year 375"),
        QStringLiteral("中央政府 central 2005-05 month 376"),  QStringLiteral("中央政府 central 2011-07-13 day 377"),
        QStringLiteral("中央政府 central 2013-03 month 378"),  QStringLiteral("中央政府 central 2015 year 379"),
        QStringLiteral("广东省 provincial 2004 year 382"),     QStringLiteral("广东省 provincial 2004 year 383"),
        QStringLiteral("浙江省 provincial - none 386"),        QStringLiteral("大连市 municipal - none 389"),
        QStringLiteral("湖北省 provincial 2014 year 392"),     QStringLiteral("湖北省 provincial - none 393"),
    };
    QCOMPARE(events, expected);
    QCOMPARE(edition.eventText(13).zh, QStringLiteral("推进开源公共服务"));
}

void TestEditions::identitiesLinkTheSameRecordAcrossEditions()
{
    auto allianceIdentity = [this](int year, const QString &name) {
        for (const AllianceRecord &alliance : m_editions->alliances) {
            if (alliance.edition == year && alliance.name.zh == name)
                return alliance.identity;
        }
        return QString();
    };
    const QString copu = QStringLiteral("中国开源软件推进联盟");
    QCOMPARE(allianceIdentity(2015, copu), QStringLiteral("alliance:中国开源软件推进联盟"));
    QCOMPARE(allianceIdentity(2015, copu), allianceIdentity(2016, copu));
    // Unique within an edition, never empty.
    for (int year : {2016, 2015}) {
        QSet<QString> identities;
        const ReportContent edition = m_editions->forEdition(year);
        for (const AllianceRecord &alliance : edition.alliances)
            identities.insert(alliance.identity);
        for (const PolicyEventRecord &event : edition.events)
            identities.insert(event.identity);
        QVERIFY(!identities.contains(QString()));
        QCOMPARE(identities.size(), edition.alliances.size() + edition.events.size());
    }
    // The same wording of the same event on the same day, in both editions.
    QCOMPARE(m_editions->forEdition(2015).events.at(0).identity, m_editions->forEdition(2016).events.at(0).identity);
    QCOMPARE(EditionIdentity::normalised(QStringLiteral("COPU （中国） ")), QStringLiteral("copu中国"));
}

void TestEditions::exportHoldsBothEditionsWith2016AsBefore()
{
    const QString path = m_dir.filePath(QStringLiteral("both.sqlite"));
    QString error;
    QVERIFY2(ReportDatabase::exportTo(*m_editions, path, &error), qPrintable(error));
    QCOMPARE(rows(path, QStringLiteral("PRAGMA user_version")), QStringList{QStringLiteral("2")});
    QCOMPARE(rows(path, QStringLiteral("SELECT year FROM editions ORDER BY position")),
             QStringList({QStringLiteral("2016"), QStringLiteral("2015")}));
    // Every value a version 1 database of today's build holds, the 2016 rows hold unchanged.
    const QString version1 = QStringLiteral(VERSION1_DATABASE);
    const QString v1Alliances = QStringLiteral(
        "SELECT id, slug, name_zh, name_en, given_english_name, abbreviation, founded, founded_precision, intro_zh,"
        " intro_en, members_zh, members_en, member_count_min, member_count_exact, member_count_source, source_line"
        " FROM alliances %1 ORDER BY id");
    QCOMPARE(rows(path, v1Alliances.arg(QStringLiteral("WHERE edition = 2016"))),
             rows(version1, v1Alliances.arg(QString())));
    const QString v1Events
        = QStringLiteral("SELECT id, region_zh, region_en, level, date, date_precision, date_start,"
                         " date_end, text_zh, text_en, source_line FROM policy_events %1 ORDER BY id");
    QCOMPARE(rows(path, v1Events.arg(QStringLiteral("WHERE edition = 2016"))), rows(version1, v1Events.arg(QString())));
    for (const char *table : {"alliance_guides", "alliance_items"}) {
        const QString sql
            = QStringLiteral("SELECT * FROM %1 WHERE alliance_id <= 8 ORDER BY rowid").arg(QLatin1String(table));
        QCOMPARE(rows(path, sql), rows(version1, sql));
    }
    QCOMPARE(rows(path, QStringLiteral("SELECT * FROM report_meta ORDER BY key")),
             rows(version1, QStringLiteral("SELECT * FROM report_meta ORDER BY key")));
    QCOMPARE(rows(path, QStringLiteral("SELECT count(*) FROM policy_events WHERE edition = 2015")),
             QStringList{QStringLiteral("14")});

    const std::optional<ReportContent> loaded = ReportDatabase::loadFile(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->editionYears(), m_editions->editionYears());
    QCOMPARE(loaded->forEdition(2015).events.size(), 14);
    QCOMPARE(loaded->forEdition(2015).eventText(2).zh, m_editions->forEdition(2015).eventText(2).zh);
}

void TestEditions::version1DatabaseOpensAndStaysUnchanged()
{
    const QString path = copyOfVersion1(QStringLiteral("version1.sqlite"));
    QVERIFY(!path.isEmpty());
    QCOMPARE(rows(path, QStringLiteral("PRAGMA user_version")), QStringList{QStringLiteral("1")});
    const QByteArray before = sha256Of(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    QString error;
    const std::optional<ReportContent> content = ReportDatabase::loadFile(path, &error);
    QVERIFY2(content, qPrintable(error));
    // Upgraded in memory: one edition, named by report_meta, with the identities an import gives.
    QCOMPARE(content->editionYears(), QList<int>{2016});
    QCOMPARE(content->alliances.size(), 8);
    QCOMPARE(content->events.size(), 26);
    const ReportContent embedded2016 = m_editions->forEdition(2016);
    for (qsizetype i = 0; i < content->alliances.size(); ++i) {
        QCOMPARE(content->alliances.at(i).edition, 2016);
        QCOMPARE(content->alliances.at(i).identity, embedded2016.alliances.at(i).identity);
    }
    // The events' identities are derived when an export needs them, not held from the load.
    for (qsizetype row = 0; row < content->events.size(); ++row) {
        QCOMPARE(content->events.at(row).edition, 2016);
        QVERIFY(content->eventIdentity(row).isEmpty());
    }
    // Exported again, it is a version 2 database.
    const QString upgraded = m_dir.filePath(QStringLiteral("upgraded.sqlite"));
    QVERIFY2(ReportDatabase::exportTo(*content, upgraded, &error), qPrintable(error));
    QCOMPARE(rows(upgraded, QStringLiteral("PRAGMA user_version")), QStringList{QStringLiteral("2")});
    const std::optional<ReportContent> reloaded = ReportDatabase::loadFile(upgraded, &error);
    QVERIFY2(reloaded, qPrintable(error));
    for (qsizetype row = 0; row < reloaded->events.size(); ++row)
        QCOMPARE(reloaded->eventIdentity(row), embedded2016.events.at(row).identity);
    // The file itself is untouched, and nothing was written beside it.
    QCOMPARE(sha256Of(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestEditions::newerVersionIsRefused()
{
    const QString path = copyOfVersion1(QStringLiteral("version3.sqlite"));
    QVERIFY(!path.isEmpty());
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "PRAGMA user_version = 3", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    QString error;
    QVERIFY(!ReportDatabase::loadFile(path, &error));
    QVERIFY2(error.contains(QLatin1String("schema version 3, newer than the 2 this version of the explorer reads")),
             qPrintable(error));
}

void TestEditions::sessionShowsTheChosenEdition()
{
    ReportSession session;
    session.setContent(m_editions);
    QCOMPARE(session.edition(), 2016);
    QCOMPARE(session.policyTable()->rowCount(), 26);
    QCOMPARE(session.content()->alliances.size(), 8);
    QCOMPARE(session.allEditions(), m_editions);
    session.setEdition(2015);
    QCOMPARE(session.policyProxy()->rowCount(), 14);
    QCOMPARE(session.policyProxy()->columnCount(), int(PolicyTableModel::EditionColumn));
    QCOMPARE(session.content()->title, QStringLiteral("2015年中国开源生态系统报告"));
    // Search works in the edition shown: 湖北 is in two events of 2015.
    session.setSearchText(QStringLiteral("湖北"));
    QVERIFY(ReportTest::waitForSearch(session));
    QCOMPARE(session.policyProxy()->rowCount(), 2);
    // A report holding one edition is shown whole whatever was chosen before.
    session.setContent(QSharedPointer<const ReportContent>::create(m_editions->forEdition(2016)));
    QCOMPARE(session.edition(), 2016);
}

void TestEditions::allEditionsHaveAnEditionColumnAndFacet()
{
    ReportSession session;
    new QAbstractItemModelTester(session.policyTable(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 &session);
    new QAbstractItemModelTester(session.policyProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 &session);
    new QAbstractItemModelTester(session.allianceTree(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 &session);
    new QAbstractItemModelTester(session.allianceProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 &session);
    session.setContent(m_editions);
    session.setEdition(ReportContent::allEditions);
    PolicyFilterProxyModel *proxy = session.policyProxy();
    QCOMPARE(proxy->rowCount(), 40);
    QCOMPARE(proxy->columnCount(), int(PolicyTableModel::ColumnCount));
    QCOMPARE(proxy->headerData(PolicyTableModel::EditionColumn, Qt::Horizontal).toString(), QStringLiteral("Edition"));
    QCOMPARE(proxy->facets().editions, (QMap<int, int>{{2015, 14}, {2016, 26}}));

    proxy->sort(PolicyTableModel::EditionColumn, Qt::AscendingOrder);
    QCOMPARE(proxy->index(0, PolicyTableModel::EditionColumn).data(ReportRoles::EditionRole).toInt(), 2016);
    QCOMPARE(proxy->index(39, PolicyTableModel::EditionColumn).data(ReportRoles::EditionRole).toInt(), 2015);
    QCOMPARE(proxy->index(39, PolicyTableModel::EditionColumn).data().toString(), QStringLiteral("2015"));
    QVERIFY(proxy->index(39, 0).data(ReportRoles::IdentityRole).toString().startsWith(QLatin1String("event:")));

    proxy->setEditionFilter(2015);
    QCOMPARE(proxy->rowCount(), 14);
    QVERIFY(proxy->hasFilters());
    QCOMPARE(proxy->facets().editions, (QMap<int, int>{{2015, 14}, {2016, 26}}));
    proxy->setLevels({PolicyLevel::Municipal});
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->facets().levels.value(PolicyLevel::Municipal), 1);
    proxy->clearFilters();
    QCOMPARE(proxy->rowCount(), 40);

    // Narrowed to 2015, then switched to the 2016 edition alone: its events, not none of them.
    // A record's provenance is its own edition's file.
    QCOMPARE(session.content()->sourceFileOf(2015), QStringLiteral("ChinaOSSRepor_Chn_2015.md"));
    QCOMPARE(session.content()->sourceFileOf(2016), QStringLiteral("orgnization-2016.md"));

    proxy->setEditionFilter(2015);
    session.setEdition(2016);
    QCOMPARE(proxy->editionFilter(), 0);
    QCOMPARE(proxy->rowCount(), 26);
    QVERIFY(!proxy->hasFilters());
    session.setEdition(ReportContent::allEditions);
    QCOMPARE(proxy->rowCount(), 40);

    // The tree names each alliance's edition; both COPUs are there, each marked.
    QCOMPARE(session.content()->alliances.size(), 14);
    session.allianceTree()->setGrouping(AllianceTreeModel::Grouping::Flat);
    QStringList copus;
    for (int row = 0; row < session.allianceTree()->rowCount(); ++row) {
        const QModelIndex index = session.allianceTree()->index(row, 0);
        if (index.data().toString().startsWith(QStringLiteral("中国开源软件推进联盟")))
            copus << index.data().toString() + u' ' + index.data(ReportRoles::EditionRole).toString();
    }
    copus.sort();
    QCOMPARE(copus,
             QStringList({QStringLiteral("中国开源软件推进联盟 · 2015 2015"),
                          QStringLiteral("中国开源软件推进联盟 · 2016 2016")}));
    session.setLanguage(ContentLanguage::English);
    QCOMPARE(proxy->rowCount(), 40);
}

void TestEditions::coordinatorSwitchesEditions()
{
    ReportSession session;
    ReportCoordinator coordinator(&session);
    coordinator.setReport(m_editions);
    QSignalSpy reports(&coordinator, &ReportCoordinator::reportChanged);
    coordinator.showEvent(1);
    QCOMPARE(coordinator.currentEventId(), 1);
    coordinator.setEdition(2015);
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.last().at(0).value<QSharedPointer<const ReportContent>>()->events.size(), 14);
    // What was selected in the other edition is not selected in this one.
    QCOMPARE(coordinator.currentEventId(), 0);
    // The status bar reads the text when told: the last time it is told must give the new counts.
    QStringList statusShown;
    connect(&coordinator, &ReportCoordinator::summaryChanged, &coordinator,
            [&]() { statusShown.append(coordinator.statusText()); });
    coordinator.setEdition(ReportContent::allEditions);
    QVERIFY(!statusShown.isEmpty());
    QVERIFY2(statusShown.constLast().endsWith(QLatin1String("14 of 14 alliance(s)")),
             qPrintable(statusShown.constLast()));
    coordinator.setEdition(2015);
    QVERIFY2(coordinator.statusText().contains(QStringLiteral("14 of 14 event(s) · 6 of 6 alliance(s)")),
             qPrintable(coordinator.statusText()));
    // The edition shown already: nothing to do.
    const qsizetype reported = reports.size();
    coordinator.setEdition(2015);
    QCOMPARE(reports.size(), reported);
    coordinator.setEdition(ReportContent::allEditions);
    QCOMPARE(session.policyProxy()->rowCount(), 40);
    QVERIFY(QTest::qWaitFor([&coordinator]() { return !coordinator.isBusy(); }, 30000));
    QVERIFY(coordinator.relations());
}

QTEST_MAIN(TestEditions)
#include "tst_editions.moc"
