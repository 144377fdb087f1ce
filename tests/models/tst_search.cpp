// Searching the real report through ReportSession, as the window does: what matches (both
// languages at once, case- and width-folded, every word, quoted phrases), what hostile input
// does (nothing bad), and that a newer query wins over one still running.
#include "alliancefilterproxymodel.h"
#include "policyfilterproxymodel.h"
#include "reportsearch.h"
#include "reportsession.h"
#include "reporttesthelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using ReportTest::eventIds;
using ReportTest::sorted;

namespace {

const QList<int> allEvents
    = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26};
const QList<int> hubeiEvents = {13, 23, 24}; // 湖北电信 in a central event, and the two 湖北省 events
const QList<int> linuxEvents = {1, 6, 9, 17, 18, 20};

PolicyEventRecord event(int id, const BilingualText &region, const BilingualText &text)
{
    PolicyEventRecord record;
    record.id = id;
    record.region = region;
    record.text = text;
    return record;
}

// Events whose languages do not keep to themselves: English quoting Chinese, and words that
// occur in only one of the two texts.
ReportContent mixedLanguageContent()
{
    ReportContent content;
    content.events = {
        event(1, {QStringLiteral("湖北省"), QStringLiteral("Hubei")},
              {QStringLiteral("湖北省发布开源软件政策"), QStringLiteral("Hubei issued an open source policy")}),
        event(2, {QStringLiteral("北京市"), QStringLiteral("Beijing")},
              {QStringLiteral("北京支持Linux"), QStringLiteral("Beijing supports Linux")}),
        event(3, {QStringLiteral("上海市"), QStringLiteral("Shanghai")},
              {QStringLiteral("上海发布量子政策"),
               QStringLiteral("Shanghai’s policy on 量子纠缠 (quantum entanglement)")}),
        event(4, {QStringLiteral("广东省"), QStringLiteral("Guangdong")},
              {QStringLiteral("广东"), QStringLiteral("Guangdong adopts the 开源 model")}),
        event(5, {QStringLiteral("浙江省"), QStringLiteral("Zhejiang")},
              {QStringLiteral("浙江开源社区"), QStringLiteral("A Zhejiang LINUX community")}),
    };
    return content;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void matchesEvents_data();
    void matchesEvents();
    void hubeiKeepsItsAllianceInTheTree();
    void chineseWordMatchesEveryAlliance();
    void hostileInputIsHarmless_data();
    void hostileInputIsHarmless();
    void newerQuerySupersedesOlder();
    void clearingWhileAQueryRunsShowsEverythingAtOnce();
    void blockingSearchAgreesWithTheSession();
    void openingAnotherReportDuringASearchNeverShowsItEmpty();
    void termsMatchInEitherLanguage_data();
    void termsMatchInEitherLanguage();
    void narrowsNeedsEveryBroaderTerm_data();
    void narrowsNeedsEveryBroaderTerm();
    void typingOnFindsWhatAFreshSearchFinds();
    void largeReportFindsWhatTheSmallOneFinds();

private:
    QList<int> searchEvents(const QString &text);

    QSharedPointer<const ReportContent> m_content;
    std::unique_ptr<ReportSession> m_session;
};

void TestSearch::initTestCase()
{
    QString error;
    m_content = ReportTest::embeddedContent(&error);
    QVERIFY2(m_content, qPrintable(error));
}

void TestSearch::init()
{
    m_session = std::make_unique<ReportSession>();
    new QAbstractItemModelTester(m_session->policyProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_session->policyProxy());
    new QAbstractItemModelTester(m_session->allianceProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_session->allianceProxy());
    m_session->setContent(m_content);
}

void TestSearch::cleanup()
{
    m_session.reset();
}

QList<int> TestSearch::searchEvents(const QString &text)
{
    m_session->setSearchText(text);
    if (!ReportTest::waitForSearch(*m_session))
        qFatal("the search for %s did not finish", qPrintable(text));
    return sorted(eventIds(*m_session->policyProxy()));
}

void TestSearch::matchesEvents_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<ContentLanguage>("language");
    QTest::addColumn<QList<int>>("expectedIds");

    const auto zh = ContentLanguage::Chinese;
    const auto en = ContentLanguage::English;
    QTest::newRow("湖北") << QStringLiteral("湖北") << zh << hubeiEvents;
    QTest::newRow("two characters") << QStringLiteral("联盟") << zh << QList<int>({3, 23});
    QTest::newRow("Linux") << QStringLiteral("Linux") << zh << linuxEvents;
    QTest::newRow("linux") << QStringLiteral("linux") << zh << linuxEvents;
    QTest::newRow("LINUX") << QStringLiteral("LINUX") << zh << linuxEvents;
    QTest::newRow("full-width ＬＩＮＵＸ") << QStringLiteral("ＬＩＮＵＸ") << zh << linuxEvents;
    // The index holds both languages, so the interface language does not limit the search.
    QTest::newRow("English word, Chinese shown") << QStringLiteral("Guangdong") << zh << QList<int>({17, 18, 19});
    QTest::newRow("English word, English shown") << QStringLiteral("Guangdong") << en << QList<int>({17, 18, 19});
    QTest::newRow("Chinese word, English shown") << QStringLiteral("广东") << en << QList<int>({17, 18, 19});
    QTest::newRow("every word must match") << QStringLiteral("Linux 2004") << zh << QList<int>({17, 18});
    QTest::newRow("words in any order") << QStringLiteral("public Linux") << zh << QList<int>({1, 17, 20});
    QTest::newRow("quoted phrase") << QStringLiteral("\"Linux public\"") << zh << QList<int>({17, 20});
    QTest::newRow("quoted phrase reversed") << QStringLiteral("\"public Linux\"") << zh << QList<int>();
    QTest::newRow("curly-quoted phrase") << QStringLiteral("“Linux public”") << zh << QList<int>({17, 20});
    // Region and text are separate fields; a phrase never spans the boundary between them.
    QTest::newRow("phrase across fields") << QStringLiteral("\"Province Linux\"") << zh << QList<int>();
    QTest::newRow("date as written in English") << QStringLiteral("October 2015") << zh << QList<int>({25});
    QTest::newRow("no match") << QStringLiteral("量子计算机") << zh << QList<int>();
    QTest::newRow("empty") << QString() << zh << allEvents;
    QTest::newRow("only spaces") << QStringLiteral("  \t ") << zh << allEvents;
}

void TestSearch::matchesEvents()
{
    QFETCH(QString, query);
    QFETCH(ContentLanguage, language);
    QFETCH(QList<int>, expectedIds);

    m_session->setLanguage(language);
    QCOMPARE(searchEvents(query), expectedIds);

    // Clearing the search brings every event back.
    QCOMPARE(searchEvents(QString()), allEvents);
}

void TestSearch::hubeiKeepsItsAllianceInTheTree()
{
    QCOMPARE(searchEvents(QStringLiteral("湖北")), hubeiEvents);
    const int hubei = ReportTest::allianceNamed(*m_content, QStringLiteral("湖北省开源软件推进联盟"));
    QVERIFY(hubei >= 0);
    QCOMPARE(m_session->allianceProxy()->visibleAlliances(), QList<int>({hubei}));

    m_session->setSearchText(QString());
    QVERIFY(ReportTest::waitForSearch(*m_session));
    QCOMPARE(m_session->allianceProxy()->visibleAlliances().size(), 8);
}

void TestSearch::chineseWordMatchesEveryAlliance()
{
    // Every alliance's name ends in 联盟, so a two-character query finds them all.
    searchEvents(QStringLiteral("联盟"));
    QCOMPARE(m_session->allianceProxy()->visibleAlliances(), QList<int>({0, 1, 2, 3, 4, 5, 6, 7}));
}

void TestSearch::hostileInputIsHarmless_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<int>>("expectedIds");

    QTest::newRow("apostrophe") << QStringLiteral("'") << QList<int>();
    // A lone quote opens a phrase with nothing in it: there is nothing to search for.
    QTest::newRow("lone quote") << QStringLiteral("\"") << allEvents;
    QTest::newRow("empty phrase") << QStringLiteral("\"\"") << allEvents;
    QTest::newRow("asterisk") << QStringLiteral("*") << QList<int>();
    // Query syntax of other engines is plain text here. NEAR occurs nowhere; "or" occurs in
    // almost every English text (for, information …), which is what OR must find.
    QTest::newRow("NEAR") << QStringLiteral("NEAR") << QList<int>();
    QTest::newRow("OR") << QStringLiteral("OR")
                        << QList<int>({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 22, 25, 26});
    // Full-width （ folds to ( under NFKC, so Chinese parentheses match too.
    QTest::newRow("parenthesis") << QStringLiteral("(") << QList<int>({1, 3, 4, 5, 7, 10, 11, 13, 17, 18, 21, 23, 25});
    QTest::newRow("10 000 characters") << QString(10000, u'x') << QList<int>();
    // Cut to the maximum query length, the repeated word still finds what the word finds.
    QTest::newRow("long repeated word") << QStringLiteral("Linux ").repeated(2000) << linuxEvents;
    QTest::newRow("emoji") << QStringLiteral("😀") << QList<int>();
    QTest::newRow("word with emoji") << QStringLiteral("Linux😀") << QList<int>();
    // The length cut falls inside a surrogate pair.
    QTest::newRow("long emoji run") << QStringLiteral("x") + QStringLiteral("😀").repeated(5000) << QList<int>();
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << QList<int>();
    QTest::newRow("Arabic") << QStringLiteral("لينكس") << QList<int>();
    QTest::newRow("Hebrew") << QStringLiteral("לינוקס") << QList<int>();
    // Direction marks are invisible formatting, dropped before matching.
    QTest::newRow("right-to-left mark") << QStringLiteral("Linux\u200F") << linuxEvents;
    QTest::newRow("combining acute") << QStringLiteral("e\u0301") << QList<int>();
    QTest::newRow("lone combining mark") << QStringLiteral("\u0301") << QList<int>();
    // Control characters are dropped, so a NUL pasted into a word leaves the word.
    QTest::newRow("NUL inside") << QStringLiteral("湖") + QChar(0) + QStringLiteral("北") << hubeiEvents;
    QTest::newRow("only NUL") << QString(QChar(0)) << allEvents;
    // U+FFFF is a noncharacter, no text at all; the search index separates fields with it, so
    // it must neither match every record nor join two fields into one phrase.
    QTest::newRow("only a noncharacter") << QString(QChar(0xFFFF)) << allEvents;
    QTest::newRow("noncharacter between words")
        << QStringLiteral("\"Province") + QChar(0xFFFF) + QStringLiteral("Linux\"") << QList<int>();
}

void TestSearch::hostileInputIsHarmless()
{
    QFETCH(QString, query);
    QFETCH(QList<int>, expectedIds);

    QCOMPARE(searchEvents(query), expectedIds);
    // The alliance tree filters by the same query (its tester checks the structure) and shows
    // exactly the alliances the search matched.
    QList<int> matchingAlliances;
    for (int alliance = 0; alliance < m_content->alliances.size(); ++alliance) {
        if (m_session->search()->allianceMatches(alliance))
            matchingAlliances << alliance;
    }
    QCOMPARE(m_session->allianceProxy()->visibleAlliances(), matchingAlliances);
}

void TestSearch::newerQuerySupersedesOlder()
{
    ReportSearch *search = m_session->search();
    QSignalSpy published(search, &ReportSearch::resultsChanged);
    // What the table showed each time results were published.
    QList<QList<int>> shownAtEachPublication;
    const QObject context; // ends the connection with this function
    connect(search, &ReportSearch::resultsChanged, &context, [this, &shownAtEachPublication]() {
        shownAtEachPublication.append(sorted(eventIds(*m_session->policyProxy())));
    });

    m_session->setSearchText(QStringLiteral("湖北"));
    m_session->setSearchText(QStringLiteral("Linux"));
    QVERIFY(ReportTest::waitForSearch(*m_session));
    // The single worker ran 湖北 first, so its outcome reached the event loop before Linux's did;
    // one more round of events flushes anything still queued.
    QCoreApplication::processEvents();

    QCOMPARE(search->queryText(), QStringLiteral("Linux"));
    QVERIFY(search->isIdle());
    QCOMPARE(sorted(eventIds(*m_session->policyProxy())), linuxEvents);
    // Only the newest query's results were ever published.
    QCOMPARE(published.count(), 1);
    QCOMPARE(shownAtEachPublication, QList<QList<int>>({linuxEvents}));
}

void TestSearch::clearingWhileAQueryRunsShowsEverythingAtOnce()
{
    ReportSearch *search = m_session->search();
    QList<QList<int>> shownAtEachPublication;
    const QObject context; // ends the connection with this function
    connect(search, &ReportSearch::resultsChanged, &context, [this, &shownAtEachPublication]() {
        shownAtEachPublication.append(sorted(eventIds(*m_session->policyProxy())));
    });

    m_session->setSearchText(QStringLiteral("湖北"));
    m_session->setSearchText(QString());
    // An empty query needs no worker: its results are there without waiting.
    QVERIFY(search->isIdle());
    QCOMPARE(sorted(eventIds(*m_session->policyProxy())), allEvents);

    m_session->setSearchText(QStringLiteral("Linux"));
    QVERIFY(ReportTest::waitForSearch(*m_session));
    QCoreApplication::processEvents();
    QCOMPARE(shownAtEachPublication, QList<QList<int>>({allEvents, linuxEvents}));
}

void TestSearch::blockingSearchAgreesWithTheSession()
{
    // The command line uses the blocking entry point; it must find what the window finds.
    for (const QString &text : {QStringLiteral("湖北"), QStringLiteral("Linux 2004"), QStringLiteral("Guangdong")}) {
        const QBitArray matches = ReportSearch::matchingEvents(*m_content, text);
        QCOMPARE(matches.size(), m_content->events.size());
        QList<int> ids;
        for (int row = 0; row < matches.size(); ++row) {
            if (matches.testBit(row))
                ids.append(m_content->events.at(row).id);
        }
        QCOMPARE(ids, searchEvents(text));
    }
    QCOMPARE(ReportSearch::matchingEvents(*m_content, QString()).count(true), 26);
}

void TestSearch::openingAnotherReportDuringASearchNeverShowsItEmpty()
{
    const QList<int> linuxEvents = searchEvents(QStringLiteral("Linux"));
    QVERIFY(!linuxEvents.isEmpty());
    // The new report is shown whole until its own results arrive, then filtered again.
    m_session->setContent(QSharedPointer<const ReportContent>::create(*m_content));
    QCOMPARE(m_session->policyProxy()->rowCount(), int(m_content->events.size()));
    QVERIFY(ReportTest::waitForSearch(*m_session));
    QCOMPARE(sorted(eventIds(*m_session->policyProxy())), linuxEvents);
}

void TestSearch::termsMatchInEitherLanguage_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<int>>("expectedIds");

    // Chinese words found only in the English text, which quotes them.
    QTest::newRow("Chinese in English only") << QStringLiteral("纠缠") << QList<int>({3});
    QTest::newRow("Chinese in either text") << QStringLiteral("开源") << QList<int>({1, 4, 5});
    // English words in an English text that also holds Chinese.
    QTest::newRow("English next to Chinese") << QStringLiteral("entanglement") << QList<int>({3});
    QTest::newRow("curly apostrophe") << QStringLiteral("shanghai’s") << QList<int>({3});
    // Every word must occur, each in either language.
    QTest::newRow("Chinese and English words") << QStringLiteral("开源 Linux") << QList<int>({5});
    QTest::newRow("English and Chinese words") << QStringLiteral("linux 开源") << QList<int>({5});
    QTest::newRow("words from both texts") << QStringLiteral("北京 supports") << QList<int>({2});
    QTest::newRow("phrase inside a field") << QStringLiteral("\"hubei issued\"") << QList<int>({1});
    // Phrases never span two fields, nor the end of one row and the start of the next.
    QTest::newRow("phrase across Chinese fields") << QStringLiteral("\"省湖北\"") << QList<int>();
    QTest::newRow("phrase across English fields") << QStringLiteral("\"hubeihubei\"") << QList<int>();
    QTest::newRow("phrase across Chinese rows") << QStringLiteral("\"政策北京\"") << QList<int>();
    QTest::newRow("phrase across English rows") << QStringLiteral("\"policybeijing\"") << QList<int>();
}

void TestSearch::termsMatchInEitherLanguage()
{
    QFETCH(QString, query);
    QFETCH(QList<int>, expectedIds);

    const ReportContent content = mixedLanguageContent();
    const QBitArray matches = ReportSearch::matchingEvents(content, query);
    QList<int> ids;
    for (int row = 0; row < matches.size(); ++row) {
        if (matches.testBit(row))
            ids.append(content.events.at(row).id);
    }
    QCOMPARE(ids, expectedIds);
}

void TestSearch::narrowsNeedsEveryBroaderTerm_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("broader");
    QTest::addColumn<bool>("narrows");

    QTest::newRow("typing on") << QStringLiteral("Linux") << QStringLiteral("Lin") << true;
    QTest::newRow("Chinese typed on") << QStringLiteral("开源软件") << QStringLiteral("开源") << true;
    QTest::newRow("word added") << QStringLiteral("Linux 2004") << QStringLiteral("Linux") << true;
    QTest::newRow("words reordered") << QStringLiteral("2004 Linux") << QStringLiteral("Linux 2004") << true;
    QTest::newRow("word removed") << QStringLiteral("Linux") << QStringLiteral("Linux 2004") << false;
    // Each new term holds an old one, but 2004 is no longer required.
    QTest::newRow("broader term dropped")
        << QStringLiteral("Linux \"Linux public\"") << QStringLiteral("Linux 2004") << false;
    QTest::newRow("erasing") << QStringLiteral("Lin") << QStringLiteral("Linux") << false;
}

void TestSearch::narrowsNeedsEveryBroaderTerm()
{
    QFETCH(QString, query);
    QFETCH(QString, broader);
    QFETCH(bool, narrows);

    QCOMPARE(SearchQuery(query).narrows(SearchQuery(broader)), narrows);
}

void TestSearch::typingOnFindsWhatAFreshSearchFinds()
{
    // Each query waits for its results, so the next one narrows what is shown whenever it can
    // and checks only those rows; a session that starts from nothing checks every row.
    ReportSession fresh;
    fresh.setContent(m_content);
    const QStringList typed
        = {QStringLiteral("L"),        QStringLiteral("Li"),         QStringLiteral("Linux"),
           QStringLiteral("Linux 2"),  QStringLiteral("Linux 2004"), QStringLiteral("Linux \"Linux public\""),
           QStringLiteral("Linux"),    QStringLiteral("湖"),         QStringLiteral("湖北"),
           QStringLiteral("湖北省"),   QStringLiteral("联"),         QStringLiteral("联盟"),
           QStringLiteral("联盟 湖北")};
    for (const QString &text : typed) {
        fresh.setSearchText(QString());
        fresh.setSearchText(text);
        QVERIFY(ReportTest::waitForSearch(fresh));
        QCOMPARE(searchEvents(text), sorted(eventIds(*fresh.policyProxy())));
        for (int alliance = 0; alliance < m_content->alliances.size(); ++alliance)
            QCOMPARE(m_session->search()->allianceMatches(alliance), fresh.search()->allianceMatches(alliance));
    }
    QCOMPARE(searchEvents(QStringLiteral("Linux 2004")), QList<int>({17, 18}));
    QCOMPARE(searchEvents(QStringLiteral("Linux \"Linux public\"")), QList<int>({17, 20}));
}

void TestSearch::largeReportFindsWhatTheSmallOneFinds()
{
    // Enough copies of the report's events that the index splits them between threads.
    constexpr int copies = 800;
    auto large = QSharedPointer<ReportContent>::create(*m_content);
    large->events.clear();
    for (int copy = 0; copy < copies; ++copy)
        large->events.append(m_content->events);
    ReportSession session;
    session.setContent(large);
    const qsizetype eventCount = m_content->events.size();
    // Typed on, so that each query after the first re-checks only the rows shown before.
    for (const QString &text : {QStringLiteral("L"), QStringLiteral("Linux"), QStringLiteral("Linux 2004"),
                                QStringLiteral("开"), QStringLiteral("开源"), QStringLiteral("开源 Linux")}) {
        const QBitArray small = ReportSearch::matchingEvents(*m_content, text);
        session.setSearchText(text);
        QVERIFY(ReportTest::waitForSearch(session));
        QCOMPARE(session.policyProxy()->rowCount(), copies * small.count(true));
        for (qsizetype row = 0; row < large->events.size(); ++row)
            QCOMPARE(session.search()->eventMatches(int(row)), small.testBit(row % eventCount));
    }
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
