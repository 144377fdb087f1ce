// Chart exports: valid PNG/SVG/PDF files of the requested size, and failures that leave
// no file behind.
#include "chartexporter.h"
#include "peryearchartview.h"
#include "reportcharts.h"
#include "reportdatabase.h"
#include "reportsearch.h"
#include "reportsession.h"
#include "timelinechartview.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <unistd.h>

class TestChartExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsEachFormat_data();
    void exportsEachFormat();
    void pngHasExactlyTheRequestedSize();
    void unwritableTargetsFailCleanly_data();
    void unwritableTargetsFailCleanly();
    void readOnlyFolderFailsCleanly();
    void existingFileIsReplacedWhole();
    void captionNamesFiltersAndSource();

private:
    ReportSession m_session;
    QTemporaryDir m_dir;
};

void TestChartExport::initTestCase()
{
    QString error;
    std::optional<ReportContent> content = ReportDatabase::loadEmbedded(&error);
    QVERIFY2(content, qPrintable(error));
    m_session.setContent(QSharedPointer<const ReportContent>::create(*content));
    QVERIFY(m_dir.isValid());
}

void TestChartExport::exportsEachFormat_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("timeline");
    QTest::newRow("timeline png") << QStringLiteral("t.png") << true;
    QTest::newRow("timeline svg") << QStringLiteral("t.svg") << true;
    QTest::newRow("timeline pdf") << QStringLiteral("t.pdf") << true;
    QTest::newRow("per-year png") << QStringLiteral("p.png") << false;
    QTest::newRow("per-year svg") << QStringLiteral("p.svg") << false;
    QTest::newRow("per-year pdf") << QStringLiteral("p.pdf") << false;
}

void TestChartExport::exportsEachFormat()
{
    QFETCH(QString, fileName);
    QFETCH(bool, timeline);
    const std::unique_ptr<QChartView> view
        = ReportCharts::viewForExport(timeline ? ReportCharts::Chart::Timeline : ReportCharts::Chart::PerYear,
                                      m_session, TimelineData::LaneMode::Level);
    if (timeline) {
        auto *chart = qobject_cast<TimelineChartView *>(view.get());
        QVERIFY(chart);
        QVERIFY(chart->markerCount() > 20);
    } else {
        QVERIFY(qobject_cast<PerYearChartView *>(view.get()));
    }
    const QString path = m_dir.filePath(fileName);
    QString error;
    QVERIFY2(
        ChartExporter::exportChart(view.get(), path, QSize(1600, 900), 2.0, ReportCharts::caption(m_session), &error),
        qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (fileName.endsWith(QLatin1String(".png"))) {
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QCOMPARE(image.size(), QSize(1600, 900));
        // Something was drawn: more than a blank page.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY(colours.size() > 20);
        // The chart fills the page: a view that was never shown must not leave its chart at a
        // default size in the middle (the drawing spans most of the width).
        int left = image.width();
        int right = 0;
        for (int y = 0; y < image.height() * 3 / 4; y += 3) {
            for (int x = 0; x < image.width(); x += 3) {
                if (qGray(image.pixel(x, y)) < 200) {
                    left = std::min(left, x);
                    right = std::max(right, x);
                }
            }
        }
        QVERIFY2(right - left > image.width() * 3 / 4,
                 qPrintable(QStringLiteral("drawn from x=%1 to %2").arg(left).arg(right)));
    } else if (fileName.endsWith(QLatin1String(".svg"))) {
        QXmlStreamReader xml(bytes);
        bool sawSvg = false;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("svg"))
                sawSvg = true;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(sawSvg);
        QVERIFY(bytes.contains("viewBox=\"0 0 800 450\""));
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QVERIFY(bytes.contains("/MediaBox [0 0 800.000000 450.000000]"));
    }
}

void TestChartExport::pngHasExactlyTheRequestedSize()
{
    const std::unique_ptr<QChartView> view
        = ReportCharts::viewForExport(ReportCharts::Chart::Timeline, m_session, TimelineData::LaneMode::Region);
    for (const QSize size : {QSize(640, 480), QSize(1921, 1081), QSize(3000, 1000)}) {
        const QString path = m_dir.filePath(QStringLiteral("size-%1x%2.png").arg(size.width()).arg(size.height()));
        QString error;
        QVERIFY2(ChartExporter::exportChart(view.get(), path, size, 2.0, QString(), &error), qPrintable(error));
        QCOMPARE(QImageReader(path).size(), size);
    }
}

void TestChartExport::unwritableTargetsFailCleanly_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("missing folder") << m_dir.filePath(QStringLiteral("no/such/folder/chart.png"));
    QTest::newRow("unknown format") << m_dir.filePath(QStringLiteral("chart.gif"));
    QTest::newRow("a folder") << m_dir.path() + QStringLiteral("/");
    QTest::newRow("full disk") << QStringLiteral("/dev/full");
}

void TestChartExport::unwritableTargetsFailCleanly()
{
    QFETCH(QString, path);
    const std::unique_ptr<QChartView> view
        = ReportCharts::viewForExport(ReportCharts::Chart::Timeline, m_session, TimelineData::LaneMode::Level);
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
    QString error;
    QVERIFY(!ChartExporter::exportChart(view.get(), path, QSize(800, 600), 1.0, QString(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
}

void TestChartExport::readOnlyFolderFailsCleanly()
{
    if (geteuid() == 0)
        QSKIP("root writes into read-only folders; this case needs an ordinary user");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    const std::unique_ptr<QChartView> view
        = ReportCharts::viewForExport(ReportCharts::Chart::PerYear, m_session, TimelineData::LaneMode::Level);
    QString error;
    QVERIFY(!ChartExporter::exportChart(view.get(), dir.filePath(QStringLiteral("chart.svg")), QSize(600, 400), 1.0,
                                        QString(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestChartExport::existingFileIsReplacedWhole()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.png"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("not a png");
    old.close();
    const std::unique_ptr<QChartView> view
        = ReportCharts::viewForExport(ReportCharts::Chart::PerYear, m_session, TimelineData::LaneMode::Level);
    QString error;
    QVERIFY2(ChartExporter::exportChart(view.get(), path, QSize(700, 400), 1.0, QString(), &error), qPrintable(error));
    QCOMPARE(QImageReader(path).size(), QSize(700, 400));
}

void TestChartExport::captionNamesFiltersAndSource()
{
    QVERIFY(ReportCharts::caption(m_session).contains(QStringLiteral("orgnization-2016.md")));
    QVERIFY(ReportCharts::caption(m_session).contains(QStringLiteral("Creative Commons Zero")));
    m_session.setSearchText(QStringLiteral("湖北"));
    QTRY_VERIFY(m_session.search()->isIdle());
    QVERIFY(ReportCharts::caption(m_session).contains(QStringLiteral("湖北")));
    m_session.setSearchText(QString());
    QTRY_VERIFY(m_session.search()->isIdle());
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
