// Input the importer must survive: each case ends in a correct import or in an error that names
// the line to blame (line 0 only when the file as a whole is wrong), never in a crash or a hang.
// Every input is generated here; the large ones in memory.
#include "reportdump.h"
#include "reportimporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <algorithm>

class TestHostileReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void errorsNameTheLineToBlame_data();
    void errorsNameTheLineToBlame();
    void documentsThatAreNotTheChapter_data();
    void documentsThatAreNotTheChapter();
    void truncatedAtACharacterBoundaryKeepsWhatIsThere();

    void hugeReportImports();
    void errorsInAHugeReportNameTheirLine();
    void quadraticTrapsImport_data();
    void quadraticTrapsImport();

    void deepNesting();
    void hugeLinesOutsideTheChapterChangeNothing_data();
    void hugeLinesOutsideTheChapterChangeNothing();
    void hugeLinesInsideTheChapterAreKeptWhole();
    void hugeRuleLinesAreRules();

    void alliancesWithoutFields();
    void fieldsWithoutValues();

    void fuzzerFindings();
    void fuzzCorpus_data();
    void fuzzCorpus();

private:
    static std::optional<ReportContent> import(const QByteArray &markdown, ReportImporter::Error *error);
    QByteArray withLinesReplaced(int firstLine, int count, const QByteArrayList &replacement) const;
    QByteArray scaledReport(int copies) const;
    int copiesFor(qsizetype bytes) const;

    QByteArray m_report;
    QByteArrayList m_lines;
    ReportContent m_content;
    int m_allianceBlockLines = 0;
    int m_regionBlockLines = 0;
};

namespace {

// The real report's blocks, located by their headings so the tests follow the file.
struct ReportParts
{
    qsizetype alliancesStart;
    qsizetype policyStart;
    qsizetype regionsStart;
    qsizetype licenceStart;
};

ReportParts partsOf(const QByteArray &report)
{
    return ReportParts{report.indexOf("#####"), report.indexOf("##重要政策事件"), report.indexOf("#####中央政府"),
                       report.indexOf("*本")};
}

QStringList allianceFieldsWithoutNameOrLine(const AllianceRecord &alliance)
{
    ReportContent single;
    AllianceRecord copy = alliance;
    copy.name.zh.clear();
    copy.slug.clear();
    copy.sourceLine = 0;
    single.alliances.append(copy);
    return ReportDump::dump(single, ReportDump::SourceLines::Ignore).mid(6);
}

double megabytes(qsizetype bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

} // namespace

std::optional<ReportContent> TestHostileReports::import(const QByteArray &markdown, ReportImporter::Error *error)
{
    return ReportImporter::parse(markdown, QStringLiteral("hostile.md"), error);
}

QByteArray TestHostileReports::withLinesReplaced(int firstLine, int count, const QByteArrayList &replacement) const
{
    QByteArrayList lines = m_lines;
    lines.remove(firstLine - 1, count);
    for (qsizetype i = 0; i < replacement.size(); ++i)
        lines.insert(firstLine - 1 + i, replacement.at(i));
    return lines.join('\n');
}

// The real report's alliances and regions repeated under distinct alliance names (第N份…), so
// nothing is a duplicate: every copy adds 8 alliances and 26 events.
QByteArray TestHostileReports::scaledReport(int copies) const
{
    const ReportParts parts = partsOf(m_report);
    const QByteArray alliances
        = m_report.mid(parts.alliancesStart, parts.policyStart - parts.alliancesStart).replace("##### ", "#####");
    const QByteArray regions = m_report.mid(parts.regionsStart, parts.licenceStart - parts.regionsStart);
    QByteArray scaled = m_report.left(parts.alliancesStart);
    scaled.reserve(qsizetype(copies) * (alliances.size() + regions.size() + 8 * 16) + m_report.size());
    for (int copy = 1; copy <= copies; ++copy)
        scaled += QByteArray(alliances).replace("#####", "#####第" + QByteArray::number(copy) + "份");
    scaled += m_report.mid(parts.policyStart, parts.regionsStart - parts.policyStart);
    for (int copy = 1; copy <= copies; ++copy)
        scaled += regions;
    scaled += m_report.mid(parts.licenceStart);
    return scaled;
}

int TestHostileReports::copiesFor(qsizetype bytes) const
{
    const ReportParts parts = partsOf(m_report);
    const qsizetype perCopy = parts.policyStart - parts.alliancesStart + parts.licenceStart - parts.regionsStart;
    return int(bytes / perCopy) + 1;
}

void TestHostileReports::initTestCase()
{
    QFile file(QStringLiteral(REPORT_SOURCE_DIR "/orgnization-2016.md"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    m_report = file.readAll();
    QVERIFY(m_report.endsWith('\n'));
    m_lines = m_report.chopped(1).split('\n');
    ReportImporter::Error error;
    const std::optional<ReportContent> content = import(m_report, &error);
    QVERIFY2(content, qPrintable(error.toString()));
    m_content = *content;
    const ReportParts parts = partsOf(m_report);
    m_allianceBlockLines
        = int(m_report.mid(parts.alliancesStart, parts.policyStart - parts.alliancesStart).count('\n'));
    m_regionBlockLines = int(m_report.mid(parts.regionsStart, parts.licenceStart - parts.regionsStart).count('\n'));
}

void TestHostileReports::errorsNameTheLineToBlame_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("messagePart");

    const QString nul = QStringLiteral("NUL byte");
    const QString utf8 = QStringLiteral("not valid UTF-8");
    QTest::newRow("NUL byte on line 3") << QByteArray("##产业协会\n\n#####中国") + '\0' + "联盟\n创立时间：2004年\n"
                                        << 3 << nul;
    QTest::newRow("NUL byte alone") << QByteArray("\0", 1) << 1 << nul;
    QTest::newRow("ELF executable") << QByteArray("\x7f"
                                                  "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0>\0",
                                                  20)
                                    << 1 << nul;
    QTest::newRow("PNG image") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << 1 << utf8;
    QTest::newRow("UTF-16 text") << QByteArray("\xff\xfe#\0#\0\n\0", 8) << 1 << nul;
    QTest::newRow("Latin-1 text on line 2") << QByteArray("##产业协会\ncaf\xe9\n") << 2 << utf8;
    QTest::newRow("UTF-8 encoded surrogate") << QByteArray("##产业协会\n\n\xed\xa0\x80\n") << 3 << utf8;
    QTest::newRow("overlong UTF-8") << QByteArray("##\xc0\xaf\n") << 1 << utf8;

    // The real report cut inside the first character of line 100's heading name.
    const qsizetype line100 = m_report.indexOf("#####云计算开源产业联盟");
    QTest::newRow("truncated mid-character") << m_report.left(line100 + 6) << 100 << utf8;
    QTest::newRow("truncated mid-character, CRLF")
        << QByteArray(m_report.left(line100 + 7)).replace("\n", "\r\n") << 100 << utf8;
    QTest::newRow("a byte missing mid-file") << m_report.left(line100 + 6) + m_report.mid(line100 + 7) << 100 << utf8;

    QTest::newRow("impossible day in an event")
        << withLinesReplaced(151, 1, {"- 2015年13月40日，国际教育信息化大会闭幕"}) << 151
        << QStringLiteral("“2015年13月40日” is not a calendar date");
    QTest::newRow("30 February in an event")
        << withLinesReplaced(156, 1, {"- Linux公共服务平台，2004年2月30日"}) << 156 << QStringLiteral("2004年2月30日");
    QTest::newRow("month 0 in an event") << withLinesReplaced(172, 1, {"- 科技馆设置创新教育展区，2015年0月"}) << 172
                                         << QStringLiteral("2015年0月");
    QTest::newRow("day 0 in an event") << withLinesReplaced(138, 1, {"- 1999年7月0日，Linux和中国软件产业论坛上"})
                                       << 138 << QStringLiteral("1999年7月0日");
    QTest::newRow("year 0000 in an event")
        << withLinesReplaced(168, 1, {"- 成立开源软件推进联盟，0000年"}) << 168 << QStringLiteral("0000年");
    QTest::newRow("impossible founding date")
        << withLinesReplaced(6, 1, {"创立时间：2004年2月30日"}) << 6 << QStringLiteral("2004年2月30日");
    QTest::newRow("founding date that is no date")
        << withLinesReplaced(41, 1, {"创立时间：不详"}) << 41 << QStringLiteral("“不详” is not a date");
    QTest::newRow("founding date of 10 MB of digits")
        << withLinesReplaced(54, 1, {"创立时间：" + QByteArray(10 * 1024 * 1024, '9')}) << 54
        << QStringLiteral("is not a date");
    QTest::newRow("founding date with a 0 day")
        << withLinesReplaced(117, 1, {"创立时间：2016年4月0日"}) << 117 << QStringLiteral("2016年4月0日");

    // 共创软件联盟 (lines 25–36) written twice in a row: the copy starts at line 37.
    QTest::newRow("duplicate alliance") << withLinesReplaced(37, 0, m_lines.mid(24, 12)) << 37
                                        << QStringLiteral("“共创软件联盟” is already described at line 25");
    QTest::newRow("duplicate alliance after the policy events")
        << m_report + "\n##产业协会\n\n" + m_lines.at(83) + "\n创立时间：2014年11月\n"
        << 182 << QStringLiteral("“湖北省开源软件推进联盟” is already described at line 84");
}

void TestHostileReports::errorsNameTheLineToBlame()
{
    QFETCH(QByteArray, markdown);
    QFETCH(int, line);
    QFETCH(QString, messagePart);
    ReportImporter::Error error;
    QVERIFY(!import(markdown, &error));
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.toString()));
    QCOMPARE(error.line, line);
    QVERIFY(error.toString().startsWith(QStringLiteral("line %1: ").arg(line)));
}

void TestHostileReports::documentsThatAreNotTheChapter_data()
{
    QTest::addColumn<QByteArray>("markdown");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("only line breaks") << QByteArray("\r\n\n\r\n\n\n");
    QTest::newRow("only whitespace") << QByteArray(" \t \n\t\n   ");
    QTest::newRow("a project README") << QByteArray(R"(# ReportExplorer

A desktop explorer for a report chapter.

## Building

```sh
cmake -S . -B build -G Ninja
cmake --build build
```

## Licence

- Code: MIT
- Report: CC0-1.0, 2016年

Name: ReportExplorer
)");
    QTest::newRow("an HTML page") << QByteArray("<!DOCTYPE html>\n<html><head><title>产业协会</title></head>\n"
                                                "<body><h5>中央政府</h5><ul><li>2004年，x</li></ul></body></html>\n");
    QTest::newRow("JSON") << QByteArray(
        R"({"alliances": [{"name": "中国开源软件推进联盟", "founded": "2004年7月22日"}]})");
    QFile glossary(QStringLiteral(REPORT_SOURCE_DIR "/glossary.tsv"));
    if (glossary.open(QIODevice::ReadOnly))
        QTest::newRow("the glossary TSV") << glossary.readAll();
    QTest::newRow("headings without fields") << QByteArray("#####某联盟\n\n#####另一个联盟（AA）\n\n介绍\n");
    QTest::newRow("fields without an alliance heading") << QByteArray("创立时间：2004年7月22日\n介绍：某联盟\n");
    QTest::newRow("policy items without a region")
        << QByteArray("##重要政策事件\n\n- 2015年，没有地区的政策\n- 2016年13月40日，也不是日期\n");
    QTest::newRow("only the licence line") << m_lines.last() + '\n';
    QString deepQuote;
    for (int level = 0; level < 10000; ++level)
        deepQuote += QStringLiteral("> ");
    QTest::newRow("10 000 nested block quotes") << (deepQuote + QStringLiteral("2004年，x\n")).toUtf8();
}

void TestHostileReports::documentsThatAreNotTheChapter()
{
    QFETCH(QByteArray, markdown);
    ReportImporter::Error error;
    QVERIFY(!import(markdown, &error));
    QCOMPARE(error.line, 0);
    QVERIFY2(error.message.contains(QStringLiteral("no alliances and no policy events")), qPrintable(error.toString()));
}

void TestHostileReports::truncatedAtACharacterBoundaryKeepsWhatIsThere()
{
    // Cut right after event 10 (line 147): what precedes it imports as it is.
    const QByteArray truncated = m_lines.mid(0, 147).join('\n');
    ReportImporter::Error error;
    const std::optional<ReportContent> content = import(truncated, &error);
    QVERIFY2(content, qPrintable(error.toString()));
    QCOMPARE(content->alliances.size(), 8);
    QCOMPARE(content->events.size(), 10);
    QCOMPARE(ReportDump::dump(*content).mid(6),
             ReportDump::dump(m_content).mid(6, ReportDump::dump(*content).size() - 6));
    QVERIFY(content->licence.isEmpty());
}

void TestHostileReports::hugeReportImports()
{
    const int copies = copiesFor(50 * 1024 * 1024);
    const QByteArray huge = scaledReport(copies);
    QVERIFY(huge.size() >= 50 * 1024 * 1024);

    ReportImporter::Error error;
    QElapsedTimer timer;
    timer.start();
    const std::optional<ReportContent> content = import(huge, &error);
    const qint64 elapsed = std::max<qint64>(timer.elapsed(), 1);
    QVERIFY2(content, qPrintable(error.toString()));
    qInfo("imported %.1f MB (%d alliances, %d events) in %lld ms: %.1f MB/s", megabytes(huge.size()),
          int(content->alliances.size()), int(content->events.size()), elapsed,
          megabytes(huge.size()) * 1000.0 / double(elapsed));

    QCOMPARE(content->alliances.size(), 8 * copies);
    QCOMPARE(content->events.size(), 26 * copies);
    QCOMPARE(content->title, m_content.title);
    QCOMPARE(content->policyIntro.zh, m_content.policyIntro.zh);

    for (int copy : {1, copies / 2, copies}) {
        for (qsizetype i = 0; i < m_content.alliances.size(); ++i) {
            const AllianceRecord &alliance = content->alliances.at((copy - 1) * 8 + i);
            const AllianceRecord &original = m_content.alliances.at(i);
            QCOMPARE(alliance.name.zh, QStringLiteral("第%1份").arg(copy) + original.name.zh);
            QCOMPARE(alliance.sourceLine, original.sourceLine + (copy - 1) * m_allianceBlockLines);
            QCOMPARE(allianceFieldsWithoutNameOrLine(alliance), allianceFieldsWithoutNameOrLine(original));
        }
    }
    QCOMPARE(content->alliances.at((copies - 1) * 8).slug, QStringLiteral("copu-%1").arg(copies));

    const int eventLineShift = (copies - 1) * m_allianceBlockLines;
    for (int copy : {1, copies / 2, copies}) {
        for (qsizetype i = 0; i < m_content.events.size(); ++i) {
            const PolicyEventRecord &event = content->events.at((copy - 1) * 26 + i);
            const PolicyEventRecord &original = m_content.events.at(i);
            QCOMPARE(event.id, (copy - 1) * 26 + original.id);
            QCOMPARE(event.region, original.region);
            QCOMPARE(event.level, original.level);
            QCOMPARE(event.date, original.date);
            QCOMPARE(event.text, original.text);
            QCOMPARE(event.sourceLine, original.sourceLine + eventLineShift + (copy - 1) * m_regionBlockLines);
        }
    }
}

void TestHostileReports::errorsInAHugeReportNameTheirLine()
{
    const int copies = copiesFor(8 * 1024 * 1024);
    const QByteArray scaled = scaledReport(copies);
    // Event 14 of the last copy, and a NUL in the last copy's last alliance.
    const int lastCopyShift = (copies - 1) * m_allianceBlockLines + (copies - 1) * m_regionBlockLines;
    QByteArray badDate = scaled;
    const qsizetype dateAt = badDate.lastIndexOf("2015年5月25日");
    badDate.replace(dateAt, qstrlen("2015年5月25日"), "2015年13月40日");
    ReportImporter::Error error;
    QVERIFY(!import(badDate, &error));
    QCOMPARE(error.line, 151 + lastCopyShift);
    QVERIFY2(error.message.contains(QStringLiteral("2015年13月40日")), qPrintable(error.toString()));

    QByteArray nul = scaled;
    nul[nul.lastIndexOf("绿色计算产业生态研讨会")] = '\0';
    QVERIFY(!import(nul, &error));
    QCOMPARE(error.line, 127 + (copies - 1) * m_allianceBlockLines);
    QVERIFY2(error.message.contains(QStringLiteral("NUL")), qPrintable(error.toString()));
}

// Inputs on which a careless importer does quadratic (or worse) work. No time is measured: a
// wall-clock ratio of two imports failed now and then on a loaded machine, and the importer keeps
// no count of its work to compare instead. Each input is sized so that the linear importer needs
// a few seconds at most, while the quadratic work named beside it would need well over the
// 300 s CTest allows this whole suite (report_add_test): a regression fails as a timeout, every
// time. The result is checked too, so that an import cut short cannot pass.
void TestHostileReports::quadraticTrapsImport_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<int>("alliances");
    QTest::addColumn<int>("events");
    QTest::addColumn<QString>("lastDumpLineEnd");

    // Probing copu-2, copu-3 … afresh for every alliance: 10¹⁰ string lookups for 160 000.
    constexpr int sharingAlliances = 160000;
    QByteArray sameAbbreviation = "##产业协会\n\n";
    for (int i = 0; i < sharingAlliances; ++i)
        sameAbbreviation += "#####联盟" + QByteArray::number(i) + "（COPU）\n创立时间：2000年\n\n";
    QTest::newRow("alliances sharing an abbreviation")
        << sameAbbreviation << sharingAlliances << 0 << QStringLiteral("other: ");

    // Lines as long as a licence line may be: a backtracking search for 本…报告…基于…分享 takes
    // about 10⁹ steps on each.
    const QByteArray licenceLike = QByteArray("本报告基于").repeated(200);
    QByteArray licenceLines = "##重要政策事件\n\n";
    for (int i = 0; i < 2000; ++i)
        licenceLines += licenceLike + "\n\n";
    QTest::newRow("lines repeating 本报告基于") << licenceLines + "#####中央政府\n- 2016年，x\n"
                                                << 0 << 1 << QStringLiteral("(year) 2016年，x");

    // Re-reading the event's text for every item appended to it: 10¹³ bytes for 640 000 items.
    constexpr int nestedItems = 640000;
    QByteArray nested = "##重要政策事件\n\n#####中央政府\n- 2016年，一个事件\n";
    for (int i = 0; i < nestedItems; ++i)
        nested += "    - 2015年，嵌套的第" + QByteArray::number(i) + "项\n";
    QTest::newRow("items nested in one event")
        << nested << 0 << 1 << QStringLiteral("嵌套的第%1项").arg(nestedItems - 1);

    // Seeking the closing parenthesis from every space: 10¹⁴ steps for 16 MiB of spaces.
    QTest::newRow("an unclosed parenthesis full of spaces") << "#####联盟（" + QByteArray(16 << 20, ' ')
            + "x\n创立时间：2000年\n" << 1 << 0 << QStringLiteral("other: ");

    // Re-splitting the rest of the list at every separator: 10¹³ steps for 3 million separators.
    QByteArray emptyRoles = "#####某联盟\n创立时间：2000年\n组织结构：";
    for (int i = 0; i < (1 << 20); ++i)
        emptyRoles += "，、,";
    QTest::newRow("a structure of empty roles") << emptyRoles + "理事单位\n" << 1 << 0 << QStringLiteral("other: ");
}

void TestHostileReports::quadraticTrapsImport()
{
    QFETCH(QByteArray, markdown);
    QFETCH(int, alliances);
    QFETCH(int, events);
    QFETCH(QString, lastDumpLineEnd);
    ReportImporter::Error error;
    const std::optional<ReportContent> content = import(markdown, &error);
    QVERIFY2(content, qPrintable(error.toString()));
    QCOMPARE(content->alliances.size(), alliances);
    QCOMPARE(content->events.size(), events);
    const QStringList dump = ReportDump::dump(*content, ReportDump::SourceLines::Ignore);
    QVERIFY2(dump.last().endsWith(lastDumpLineEnd), qPrintable(dump.last().right(200)));
}

void TestHostileReports::deepNesting()
{
    constexpr int levels = 10000;

    // CommonMark nests a list per marker: "- - - …" opens 10 000 lists on one line.
    QByteArray markers;
    for (int level = 0; level < levels; ++level)
        markers += "- ";
    ReportImporter::Error error;
    std::optional<ReportContent> content = import("##重要政策事件\n#####中央政府\n" + markers + "2004年，x\n", &error);
    QVERIFY2(content, qPrintable(error.toString()));
    QCOMPARE(content->events.size(), 1);
    QCOMPARE(content->events.first().date.toIso(), QStringLiteral("2004"));

    // 10 000 levels of indentation, two spaces each (about 100 MB): all nested in the first event.
    QByteArray staircase = "##重要政策事件\n#####中央政府\n";
    staircase.reserve(qsizetype(levels) * levels + staircase.size() + levels * 16);
    for (int level = 0; level < levels; ++level)
        staircase += QByteArray(2 * level, ' ') + "- 层" + QByteArray::number(level) + "，2004年\n";
    content = import(staircase, &error);
    QVERIFY2(content, qPrintable(error.toString()));
    QCOMPARE(content->events.size(), 1);
    const PolicyEventRecord &event = content->events.first();
    QCOMPARE(event.text.zh.count(u'\n'), levels - 1);
    QVERIFY(event.text.zh.endsWith(QStringLiteral("层%1，2004年").arg(levels - 1)));
    QCOMPARE(event.date.toIso(), QStringLiteral("2004"));

    // The same staircase as an alliance's activities: every level is an activity.
    staircase.replace(0, staircase.indexOf("\n  - "), "#####某联盟\n创立时间：2000年\n主要活动：");
    content = import(staircase, &error);
    QVERIFY2(content, qPrintable(error.toString()));
    QCOMPARE(content->alliances.size(), 1);
    QCOMPARE(content->alliances.first().activities.size(), levels - 1);
}

void TestHostileReports::hugeLinesOutsideTheChapterChangeNothing_data()
{
    QTest::addColumn<QByteArray>("line");
    constexpr qsizetype tenMegabytes = 10 * 1024 * 1024;

    QTest::newRow("10 MB of text") << QByteArray(tenMegabytes, 'x');
    QTest::newRow("10 MB of spaces, then text") << QByteArray(tenMegabytes, ' ') + "x";
    QTest::newRow("10 MB of #") << QByteArray(tenMegabytes, '#');
    QTest::newRow("a heading of 10 MB of #") << "##### " + QByteArray(tenMegabytes, '#');
    QTest::newRow("a heading of 10 MB of spaces") << "#####" + QByteArray(tenMegabytes, ' ') + "x";
    QTest::newRow("10 MB of **") << QByteArray(tenMegabytes, '*');
    QTest::newRow("**a** repeated over 10 MB") << QByteArray("**a**").repeated(tenMegabytes / 5);
    QTest::newRow("a bold title of 10 MB of spaces") << "**" + QByteArray(tenMegabytes, ' ') + "x**";
    QTest::newRow("a numbered bold title of 10 MB of digits") << "**" + QByteArray(tenMegabytes, '1') + "**";
    QTest::newRow("a list item of 10 MB of spaces") << "-" + QByteArray(tenMegabytes, ' ') + "2004年";
    QTest::newRow("10 MB of 本报告基于") << QByteArray("本报告基于").repeated(tenMegabytes / 15);
    QTest::newRow("a field of 10 MB") << "名称：" + QByteArray(tenMegabytes, '9');
    QTest::newRow("10 MB of date-like digits") << QByteArray("2015年1").repeated(tenMegabytes / 8);
}

void TestHostileReports::hugeLinesOutsideTheChapterChangeNothing()
{
    QFETCH(QByteArray, line);
    // In an unrelated chapter before the report's own: whatever the line is, it adds nothing.
    const QByteArray markdown = "## 开源社区\n\n" + line + "\n\n" + m_report;
    ReportImporter::Error error;
    const std::optional<ReportContent> content = import(markdown, &error);
    QVERIFY2(content, qPrintable(error.toString().left(300)));
    QCOMPARE(ReportDump::dump(*content, ReportDump::SourceLines::Ignore),
             ReportDump::dump(m_content, ReportDump::SourceLines::Ignore));
}

void TestHostileReports::hugeLinesInsideTheChapterAreKeptWhole()
{
    constexpr qsizetype tenMegabytes = 10 * 1024 * 1024;
    const QByteArray text(tenMegabytes, 'x');
    const QByteArray spaced = QByteArray("开 源 ").repeated(tenMegabytes / 8);

    ReportImporter::Error error;
    std::optional<ReportContent> content = import(withLinesReplaced(8, 1, {"介绍：" + text}), &error);
    QVERIFY2(content, qPrintable(error.toString()));
    QCOMPARE(content->alliances.first().intro.zh, QString::fromLatin1(text));

    content = import(withLinesReplaced(158, 1, {"- " + spaced + "，2004年"}), &error);
    QVERIFY2(content, qPrintable(error.toString()));
    QCOMPARE(content->events.at(18).text.zh, QString::fromUtf8(spaced + "，2004年"));
    QCOMPARE(content->events.at(18).date.toIso(), QStringLiteral("2004"));

    const QByteArray heading = "#####某联盟（" + QByteArray(tenMegabytes, ' ') + "）";
    content = import(withLinesReplaced(25, 1, {heading}), &error);
    QVERIFY2(content, qPrintable(error.toString()));
    QCOMPARE(content->alliances.at(1).name.zh, QStringLiteral("某联盟"));

    const QByteArray unclosed = "#####某联盟（" + QByteArray(tenMegabytes, ' ') + "Alliance";
    content = import(withLinesReplaced(25, 1, {unclosed}), &error);
    QVERIFY2(content, qPrintable(error.toString()));
    QCOMPARE(content->alliances.at(1).name.zh, QString::fromUtf8(unclosed.mid(5)));
}

void TestHostileReports::hugeRuleLinesAreRules()
{
    constexpr qsizetype tenMegabytes = 10 * 1024 * 1024;
    const QByteArray rules[] = {QByteArray(tenMegabytes, '-'), QByteArray(tenMegabytes, '*'),
                                QByteArray("- ").repeated(tenMegabytes / 2), QByteArray(tenMegabytes, '_') + " \t"};
    for (const QByteArray &rule : rules) {
        // A rule in the policy introduction, where any text would be kept; the blank line before
        // keeps a --- rule from underlining the paragraph as a setext heading.
        ReportImporter::Error error;
        const std::optional<ReportContent> content = import(withLinesReplaced(136, 0, {QByteArray(), rule}), &error);
        QVERIFY2(content, qPrintable(error.toString()));
        QCOMPARE(content->policyIntro.zh, m_content.policyIntro.zh);
        QCOMPARE(content->events.size(), 26);
    }
}

void TestHostileReports::alliancesWithoutFields()
{
    // Headings with nothing under them, or only unknown labels, are no alliances and end the one before.
    const QByteArray markdown = withLinesReplaced(
        24, 0, {"#####空联盟", "", "#####另一个空联盟（EA）", "名称：另一个空联盟", "网址：https://example.org", ""});
    ReportImporter::Error error;
    const std::optional<ReportContent> content = import(markdown, &error);
    QVERIFY2(content, qPrintable(error.toString()));
    QCOMPARE(ReportDump::dump(*content, ReportDump::SourceLines::Ignore),
             ReportDump::dump(m_content, ReportDump::SourceLines::Ignore));
}

void TestHostileReports::fieldsWithoutValues()
{
    // Every field of 共创软件联盟 (lines 27–35) written with its label only.
    QByteArrayList emptyFields;
    for (const QByteArray &line : m_lines.mid(26, 9))
        emptyFields.append(line.isEmpty() ? line : line.left(line.indexOf("：") + qstrlen("：")));
    ReportImporter::Error error;
    const std::optional<ReportContent> content = import(withLinesReplaced(27, 9, emptyFields), &error);
    QVERIFY2(content, qPrintable(error.toString()));
    QCOMPARE(content->alliances.size(), 8);
    const AllianceRecord &alliance = content->alliances.at(1);
    QCOMPARE(alliance.name.zh, QStringLiteral("共创软件联盟"));
    QVERIFY(alliance.founded.isNull());
    QVERIFY(alliance.intro.zh.isEmpty());
    QVERIFY(alliance.members.zh.isEmpty());
    QCOMPARE(alliance.memberCountMin, -1);
    QVERIFY(alliance.structure.isEmpty());
    QVERIFY(alliance.guides.isEmpty());
    QVERIFY(alliance.otherFields.isEmpty());
    for (qsizetype i = 0; i < content->alliances.size(); ++i) {
        if (i != 1)
            QCOMPARE(ReportDump::dump(*content).filter(content->alliances.at(i).name.zh),
                     ReportDump::dump(m_content).filter(m_content.alliances.at(i).name.zh));
    }
}

// What fuzz_importer found, reduced by hand; the raw inputs are in tests/fuzz/corpus/importer/regression-*.
void TestHostileReports::fuzzerFindings()
{
    // **4.** was taken for a section title with its numbering stripped to nothing, and the field
    // after it then opened an alliance without a name.
    ReportImporter::Error error;
    const std::optional<ReportContent> content
        = import("##### 甲联盟\n创立时间：2000年\n\n**4.**\n\n组织结构：25+，理事会员\n", &error);
    QVERIFY2(content, qPrintable(error.toString()));
    QCOMPARE(content->alliances.size(), 1);
    QCOMPARE(content->alliances.first().name.zh, QStringLiteral("甲联盟"));
    QCOMPARE(content->alliances.first().memberCountMin, 25);
}

void TestHostileReports::fuzzCorpus_data()
{
    QTest::addColumn<QByteArray>("input");
    const QDir corpus(QStringLiteral(FUZZ_CORPUS_DIR "/importer"));
    const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(corpus.path()));
    for (const QString &name : files) {
        QFile file(corpus.filePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        QTest::newRow(qPrintable(name)) << file.readAll();
    }
}

// The fuzzer's seeds and every input it ever crashed on: an import or an error, never a crash.
void TestHostileReports::fuzzCorpus()
{
    QFETCH(QByteArray, input);
    ReportImporter::Error error;
    const std::optional<ReportContent> content = import(input, &error);
    if (content) {
        QVERIFY(!content->alliances.isEmpty() || !content->events.isEmpty());
        return;
    }
    QVERIFY(!error.message.isEmpty());
    QVERIFY(error.line >= 0 && error.line <= input.count('\n') + 1);
}

QTEST_GUILESS_MAIN(TestHostileReports)
#include "tst_hostilereports.moc"
