// SubstringFinder against std::string_view::find: every needle length around the vector
// widths, hits at the first and last possible position, ranges shorter than a vector, and
// UTF-8 needles whose first probe is the byte after the lead.
#include "substringfinder.h"

#include <QRandomGenerator>
#include <QTest>

#include <string_view>

class TestSubstringFinder : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithStringView();
    void findsUtf8();
    void reportsAscii();
    void findsWholeWords();
};

void TestSubstringFinder::agreesWithStringView()
{
    // A small alphabet, so that probes often match where the needle does not.
    QRandomGenerator random(20040722);
    auto text = [&random](qsizetype size) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &byte : bytes)
            byte = char('a' + random.bounded(3));
        return bytes;
    };
    for (int round = 0; round < 3000; ++round) {
        const QByteArray haystack = text(random.bounded(0, 120));
        const QByteArray needle = round % 2 == 0 && !haystack.isEmpty()
            // A piece of the haystack, so that there is a hit, often near either end.
            ? haystack.mid(random.bounded(haystack.size()), random.bounded(1, 40))
            : text(random.bounded(1, 40));
        const SubstringFinder finder(needle);
        // Every start and end of the range, as rows cut out of a buffer are.
        const qsizetype begin = random.bounded(haystack.size() + 1);
        const qsizetype end = begin + random.bounded(haystack.size() - begin + 1);
        const std::string_view range(haystack.constData() + begin, size_t(end - begin));
        const size_t expected = range.find(std::string_view(needle.constData(), size_t(needle.size())));
        const char *found = finder.find(haystack.constData() + begin, haystack.constData() + end);
        const qsizetype foundAt = found ? found - (haystack.constData() + begin) : -1;
        QCOMPARE(foundAt, expected == std::string_view::npos ? qsizetype(-1) : qsizetype(expected));
    }
}

void TestSubstringFinder::findsUtf8()
{
    const QByteArray haystack = QStringLiteral("湖北省开源软件推进联盟、湖南省开源联盟").toUtf8();
    const char *begin = haystack.constData();
    const char *end = begin + haystack.size();
    QCOMPARE(SubstringFinder(QStringLiteral("开源").toUtf8()).find(begin, end) - begin, 9);
    QCOMPARE(SubstringFinder(QStringLiteral("湖南").toUtf8()).find(begin, end) - begin, 36);
    QCOMPARE(SubstringFinder(QStringLiteral("联盟").toUtf8()).find(begin + 28, end) - begin, 51);
    QVERIFY(!SubstringFinder(QStringLiteral("广东").toUtf8()).occursIn(begin, end));
}

void TestSubstringFinder::reportsAscii()
{
    QVERIFY(SubstringFinder("linux 2004").isAscii());
    QVERIFY(!SubstringFinder(QStringLiteral("开源").toUtf8()).isAscii());
    QVERIFY(!SubstringFinder(QStringLiteral("shanghai’s").toUtf8()).isAscii());
}

void TestSubstringFinder::findsWholeWords()
{
    // Past the vector width, so that the scan's fast path finds the first, rejected candidate.
    const QByteArray text = "efficacy of the cac's guidance, miit and the mii; cac";
    const char *begin = text.constData();
    const char *end = begin + text.size();
    const SubstringFinder cac("cac", true);
    QCOMPARE(cac.find(begin, end) - begin, 16);
    QCOMPARE(cac.find(begin + 17, end) - begin, qsizetype(text.size() - 3));
    QCOMPARE(SubstringFinder("mii", true).find(begin, end) - begin, 45);
    QCOMPARE(SubstringFinder("mii").find(begin, end) - begin, 32);
    QVERIFY(!SubstringFinder("efficac", true).occursIn(begin, end));
    QVERIFY(SubstringFinder("efficacy", true).occursIn(begin, end));
}

QTEST_APPLESS_MAIN(TestSubstringFinder)
#include "tst_substringfinder.moc"
