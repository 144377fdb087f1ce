// MultiPatternMatcher against QString::indexOf, pattern by pattern: every occurrence, overlapping
// ones included, for patterns that repeat, contain or end one another, case sensitively and not.
#include "multipatternmatcher.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <utility>

using Match = std::pair<int, qsizetype>; // pattern, end

class TestMultiPatternMatcher : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithIndexOf_data();
    void agreesWithIndexOf();
    void findsOverlappingAndNestedPatterns();
    void emptyPatternsNeverMatch();

private:
    static QList<Match> matches(const MultiPatternMatcher &matcher, const QString &text);
};

QList<Match> TestMultiPatternMatcher::matches(const MultiPatternMatcher &matcher, const QString &text)
{
    QList<Match> found;
    matcher.findAll(text, [&found](int pattern, qsizetype end) { found.append({pattern, end}); });
    std::sort(found.begin(), found.end());
    return found;
}

void TestMultiPatternMatcher::agreesWithIndexOf_data()
{
    QTest::addColumn<Qt::CaseSensitivity>("cs");
    QTest::addColumn<QStringList>("alphabet");
    // Few characters, so that patterns often occur, overlap and share prefixes.
    QTest::newRow("Chinese and Latin") << Qt::CaseSensitive
                                       << QStringList{QStringLiteral("开"), QStringLiteral("源"), QStringLiteral("a"),
                                                      QStringLiteral("A")};
    // Letters whose folding is not ASCII's, and Deseret beyond the Basic Multilingual Plane.
    QTest::newRow("ignoring case") << Qt::CaseInsensitive
                                   << QStringList{QStringLiteral("a"),          QStringLiteral("A"),
                                                  QStringLiteral("Σ"),          QStringLiteral("σ"),
                                                  QStringLiteral("ς"),          QStringLiteral("ß"),
                                                  QStringLiteral("\U00010400"), QStringLiteral("\U00010428"),
                                                  QStringLiteral("联")};
}

void TestMultiPatternMatcher::agreesWithIndexOf()
{
    QFETCH(Qt::CaseSensitivity, cs);
    QFETCH(QStringList, alphabet);
    QRandomGenerator random(20040722);
    auto text = [&](int characters) {
        QString result;
        for (int i = 0; i < characters; ++i)
            result += alphabet.at(random.bounded(int(alphabet.size())));
        return result;
    };
    for (int round = 0; round < 300; ++round) {
        QStringList patterns;
        const int patternCount = random.bounded(1, 12);
        for (int p = 0; p < patternCount; ++p)
            patterns.append(text(random.bounded(1, 5)));
        const MultiPatternMatcher matcher(patterns, cs);
        const QString haystack = text(random.bounded(0, 60));

        QList<Match> expected;
        for (int p = 0; p < patterns.size(); ++p) {
            const QString &pattern = patterns.at(p);
            for (qsizetype at = haystack.indexOf(pattern, 0, cs); at >= 0; at = haystack.indexOf(pattern, at + 1, cs))
                expected.append({p, at + pattern.size()});
        }
        std::sort(expected.begin(), expected.end());
        QCOMPARE(matches(matcher, haystack), expected);
    }
}

void TestMultiPatternMatcher::findsOverlappingAndNestedPatterns()
{
    const QStringList patterns = {QStringLiteral("开源联盟"), QStringLiteral("联盟"),
                                  QStringLiteral("开源联盟北京分会"), QStringLiteral("ABAB"), QStringLiteral("联盟")};
    const MultiPatternMatcher matcher(patterns, Qt::CaseSensitive);
    QCOMPARE(matches(matcher, QStringLiteral("开源联盟北京分会")), QList<Match>({{0, 4}, {1, 4}, {2, 8}, {4, 4}}));
    QCOMPARE(matches(matcher, QStringLiteral("ABABAB")), QList<Match>({{3, 4}, {3, 6}}));
    QVERIFY(matches(matcher, QStringLiteral("abab")).isEmpty());
    QCOMPARE(matches(MultiPatternMatcher(patterns, Qt::CaseInsensitive), QStringLiteral("abab")),
             QList<Match>({{3, 4}}));
}

void TestMultiPatternMatcher::emptyPatternsNeverMatch()
{
    const MultiPatternMatcher none({QString(), QStringLiteral("")}, Qt::CaseSensitive);
    QVERIFY(none.isEmpty());
    QVERIFY(matches(none, QStringLiteral("anything")).isEmpty());
    const MultiPatternMatcher some({QString(), QStringLiteral("x")}, Qt::CaseSensitive);
    QVERIFY(!some.isEmpty());
    QCOMPARE(matches(some, QStringLiteral("xx")), QList<Match>({{1, 1}, {1, 2}}));
}

QTEST_GUILESS_MAIN(TestMultiPatternMatcher)
#include "tst_multipatternmatcher.moc"
