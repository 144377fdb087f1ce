// Chart exports: valid PNG/SVG/PDF files of the requested size, and failures that leave
// no file behind.
#include "chartexporter.h"
#include "peryearchartview.h"
#include "reportcharts.h"
#include "reportcitation.h"
#include "reportdatabase.h"
#include "reportsearch.h"
#include "reportsession.h"
#include "timelinechartview.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QMimeData>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <QtEndian>

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
    void printSizeRecordsItsResolution();
    void printSizeIsThePdfPage();
    void sizesAreParsed_data();
    void sizesAreParsed();
    void clipboardCarriesImageAndSvg();

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
    QVERIFY2(ChartExporter::exportChart(view.get(), path, ChartExportSize(QSize(1600, 900), 2.0),
                                        ReportCharts::caption(m_session), &error),
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
        QVERIFY2(ChartExporter::exportChart(view.get(), path, ChartExportSize(size, 2.0), QString(), &error),
                 qPrintable(error));
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
    QVERIFY(!ChartExporter::exportChart(view.get(), path, ChartExportSize(QSize(800, 600), 1.0), QString(), &error));
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
    QVERIFY(!ChartExporter::exportChart(view.get(), dir.filePath(QStringLiteral("chart.svg")),
                                        ChartExportSize(QSize(600, 400), 1.0), QString(), &error));
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
    QVERIFY2(ChartExporter::exportChart(view.get(), path, ChartExportSize(QSize(700, 400), 1.0), QString(), &error),
             qPrintable(error));
    QCOMPARE(QImageReader(path).size(), QSize(700, 400));
}

void TestChartExport::captionNamesFiltersAndSource()
{
    QVERIFY(ReportCharts::caption(m_session).contains(QStringLiteral("orgnization-2016.md")));
    QVERIFY(ReportCharts::caption(m_session).contains(QStringLiteral("Creative Commons Zero")));
    // The citation of the report, in GB/T 7714 (the session's language is Chinese).
    QVERIFY(ReportCharts::caption(m_session).contains(
        ReportCitation::reportText(*m_session.content(), ReportCitation::Style::GbT7714, QDate::currentDate())));
    m_session.setSearchText(QStringLiteral("湖北"));
    QTRY_VERIFY(m_session.search()->isIdle());
    QVERIFY(ReportCharts::caption(m_session).contains(QStringLiteral("湖北")));
    m_session.setSearchText(QString());
    QTRY_VERIFY(m_session.search()->isIdle());
}

namespace {

// The resolution a PNG records, read from its pHYs chunk itself: pixels per unit on each axis
// (big-endian) and the unit, 1 for the metre.
struct PhysicalResolution
{
    quint32 x = 0;
    quint32 y = 0;
    int unit = -1;
};

PhysicalResolution pngResolution(const QByteArray &png)
{
    const qsizetype chunk = png.indexOf("pHYs");
    if (chunk < 8 || png.size() < chunk + 13)
        return {};
    const auto be32 = [&png](qsizetype at) { return qFromBigEndian<quint32>(png.constData() + at); };
    return {be32(chunk + 4), be32(chunk + 8), int(uchar(png.at(chunk + 12)))};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestChartExport::printSizeRecordsItsResolution()
{
    QString error;
    const std::optional<ChartExportSize> size = ChartExportSize::parse(QStringLiteral("85mmx60mm"), 300, &error);
    QVERIFY2(size, qPrintable(error));
    QCOMPARE(size->pixelSize(), QSize(1004, 709));
    const std::unique_ptr<QChartView> view
        = ReportCharts::viewForExport(ReportCharts::Chart::Timeline, m_session, TimelineData::LaneMode::Level);
    const QString path = m_dir.filePath(QStringLiteral("print.png"));
    QVERIFY2(ChartExporter::exportChart(view.get(), path, *size, QString(), &error), qPrintable(error));
    const QByteArray png = readAll(path);
    QCOMPARE(QImageReader(path).size(), QSize(1004, 709));
    const PhysicalResolution resolution = pngResolution(png);
    QCOMPARE(resolution.unit, 1);
    QCOMPARE(resolution.x, 11811u); // 300 / 0.0254, rounded
    QCOMPARE(resolution.y, 11811u);
    QCOMPARE(qRound(resolution.x * 0.0254), 300);

    // A size in pixels with no resolution records none of its own choosing.
    const QString screen = m_dir.filePath(QStringLiteral("screen.png"));
    QVERIFY2(ChartExporter::exportChart(view.get(), screen, ChartExportSize(QSize(800, 450), 1.0), QString(), &error),
             qPrintable(error));
    QVERIFY(pngResolution(readAll(screen)).x != 11811u);
}

void TestChartExport::printSizeIsThePdfPage()
{
    const std::unique_ptr<QChartView> view
        = ReportCharts::viewForExport(ReportCharts::Chart::PerYear, m_session, TimelineData::LaneMode::Level);
    const QString path = m_dir.filePath(QStringLiteral("print.pdf"));
    QString error;
    QVERIFY2(ChartExporter::exportChart(view.get(), path, ChartExportSize::forPrint(QSizeF(85, 60), 300),
                                        ReportCharts::caption(m_session), &error),
             qPrintable(error));
    const QByteArray pdf = readAll(path);
    static const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    const QRegularExpressionMatch match = mediaBox.match(QString::fromLatin1(pdf));
    QVERIFY(match.hasMatch());
    // Qt's PDF writer sizes a page in whole points (1/72 inch, 0.35 mm).
    const qreal widthMm = match.captured(1).toDouble() / 72 * 25.4;
    const qreal heightMm = match.captured(2).toDouble() / 72 * 25.4;
    QVERIFY2(qAbs(widthMm - 85) < 0.18 && qAbs(heightMm - 60) < 0.18,
             qPrintable(QStringLiteral("%1 × %2 mm").arg(widthMm).arg(heightMm)));
}

void TestChartExport::sizesAreParsed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("dotsPerInch"); // 0: not given
    QTest::addColumn<QSize>("pixels"); // empty: refused
    QTest::newRow("pixels") << "1920x1080" << 0 << QSize(1920, 1080);
    QTest::newRow("pixels at a resolution") << "1200x600" << 150 << QSize(1200, 600);
    QTest::newRow("millimetres at 300 by default") << "85mmx60mm" << 0 << QSize(1004, 709);
    QTest::newRow("millimetres at 600") << "85mmx60mm" << 600 << QSize(2008, 1417);
    QTest::newRow("fractions of a millimetre") << "174.5mmx100mm" << 300 << QSize(2061, 1181);
    QTest::newRow("units mixed") << "85mmx60" << 300 << QSize();
    QTest::newRow("inches") << "3inx2in" << 300 << QSize();
    QTest::newRow("too small") << "5mmx5mm" << 300 << QSize();
    QTest::newRow("too large") << "2000mmx1000mm" << 1200 << QSize();
    QTest::newRow("resolution too low") << "85mmx60mm" << 10 << QSize();
    QTest::newRow("empty") << "" << 0 << QSize();
}

void TestChartExport::sizesAreParsed()
{
    QFETCH(QString, text);
    QFETCH(int, dotsPerInch);
    QFETCH(QSize, pixels);
    QString error;
    const std::optional<ChartExportSize> size
        = ChartExportSize::parse(text, dotsPerInch ? std::optional<int>(dotsPerInch) : std::nullopt, &error);
    if (pixels.isEmpty()) {
        QVERIFY(!size);
        QVERIFY(!error.isEmpty());
        return;
    }
    QVERIFY2(size, qPrintable(error));
    QCOMPARE(size->pixelSize(), pixels);
    QCOMPARE(size->dotsPerInch(), text.contains(QLatin1String("mm")) && !dotsPerInch ? 300 : dotsPerInch);
}

void TestChartExport::clipboardCarriesImageAndSvg()
{
    const std::unique_ptr<QChartView> view
        = ReportCharts::viewForExport(ReportCharts::Chart::Timeline, m_session, TimelineData::LaneMode::Level);
    QString error;
    std::unique_ptr<QMimeData> data
        = ChartExporter::mimeData(view.get(), ChartExportSize(QSize(1200, 700), 2.0), QString(), &error);
    QVERIFY2(data, qPrintable(error));
    QVERIFY(data->formats().contains(QStringLiteral("image/png")));
    QVERIFY(data->formats().contains(QStringLiteral("image/svg+xml")));
    QVERIFY(data->hasImage());
    QImage png;
    QVERIFY(png.loadFromData(data->data(QStringLiteral("image/png")), "PNG"));
    QCOMPARE(png.size(), QSize(1200, 700));
    const QByteArray svg = data->data(QStringLiteral("image/svg+xml"));
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(svg.contains("viewBox=\"0 0 600 350\""));

    // Through the system clipboard, as another application reads it.
    QGuiApplication::clipboard()->setMimeData(data.release());
    const QMimeData *pasted = QGuiApplication::clipboard()->mimeData();
    QVERIFY(pasted);
    QVERIFY(pasted->hasImage());
    QCOMPARE(pasted->data(QStringLiteral("image/svg+xml")), svg);
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
