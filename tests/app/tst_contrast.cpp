// Text keeps a contrast of 4.5:1 (WCAG 2.1 AA) on a light and on a dark desktop, measured on
// rendered pixels: the Fusion style with each palette, and with the palette of the platform
// theme in effect, the window grabbed region by region.
// Exported charts stay light unless asked for dark.
#include "chartexporter.h"
#include "detailpane.h"
#include "explorerwindow.h"
#include "palettecolors.h"
#include "peryearchartview.h"
#include "policytablemodel.h"
#include "policytableview.h"
#include "reportcharts.h"
#include "timelinechartview.h"

#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include <cmath>
#include <optional>

namespace {

QColor commonestColor(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000];
    }
    QRgb commonest = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            commonest = it.key();
        }
    }
    return QColor::fromRgb(commonest);
}

// The contrast of the text in a region holding only text: its strongest ink (the cores of the
// glyphs) against its commonest colour (the background).
double textContrast(const QImage &region)
{
    const QColor background = commonestColor(region);
    double strongest = 1;
    for (int y = 0; y < region.height(); ++y) {
        for (int x = 0; x < region.width(); ++x)
            strongest = std::max(strongest, PaletteColors::contrast(QColor::fromRgb(region.pixel(x, y)), background));
    }
    return strongest;
}

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textIsReadable_data();
    void textIsReadable();
    void exportsAreLightUnlessAskedForDark();

private:
    QSharedPointer<const ReportContent> m_content;
};

void TestContrast::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ReportExplorerTests"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QString error;
    m_content = ExplorerWindow::embeddedReport(&error);
    QVERIFY2(m_content, qPrintable(error));
}

void TestContrast::textIsReadable_data()
{
    // The palette set on the application, or none: then the one the platform theme gives, as
    // on a desktop (CTest's contrast_desktop_dark runs this row under Qt's GTK 3 theme with
    // GTK's dark Adwaita, and sets REPORT_TEST_DESKTOP_IS_DARK).
    // The desktop's comes first: once a palette is set on the application, Qt offers no way
    // back to the platform theme's.
    QTest::addColumn<std::optional<PaletteColors::Theme>>("theme");
    QTest::newRow("desktop") << std::optional<PaletteColors::Theme>();
    QTest::newRow("light") << std::optional(PaletteColors::Theme::Light);
    QTest::newRow("dark") << std::optional(PaletteColors::Theme::Dark);
}

void TestContrast::textIsReadable()
{
    QFETCH(std::optional<PaletteColors::Theme>, theme);
    if (theme)
        QApplication::setPalette(PaletteColors::palette(*theme));
    const bool darkDesktop = qEnvironmentVariableIsSet("REPORT_TEST_DESKTOP_IS_DARK");
    const bool dark = theme ? *theme == PaletteColors::Theme::Dark : darkDesktop;
    ExplorerWindow explorer(m_content);
    MainWindow &window = explorer.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<PolicyTableView *>(QStringLiteral("policyTable"));
    auto *detail = window.findChild<DetailPane *>(QStringLiteral("detailPane"));
    auto *timeline = window.findChild<TimelineChartView *>(QStringLiteral("timelineChart"));
    QVERIFY(table && detail && timeline);
    QTRY_VERIFY(timeline->itemCount() > 0);
    // A search, so that matches are highlighted, and an event shown in the detail pane.
    window.findChild<QLineEdit *>(QStringLiteral("searchBox"))->setText(QStringLiteral("开源"));
    QTRY_VERIFY(table->model()->rowCount() < 26 && table->model()->rowCount() > 0);
    explorer.coordinator.showEvent(8);
    QTRY_VERIFY(detail->toPlainText().contains(QStringLiteral("2011")));

    // Not vacuous: the window is drawn in the palette asked for.
    const QColor tableBase = commonestColor(table->viewport()->grab().toImage());
    QCOMPARE(tableBase.lightness() < 128, dark);

    QList<std::pair<QString, QImage>> regions;
    const auto grabbed = [](QWidget *widget, const QRect &rect) {
        return widget->grab(rect).toImage().convertToFormat(QImage::Format_RGB32);
    };
    auto *status = window.findChild<QLabel *>(QStringLiteral("statusLabel"));
    regions.append({QStringLiteral("status"), grabbed(status, status->rect())});
    // A table cell away from the selection, and the selected row.
    const int selectedRow = table->currentIndex().row();
    const int otherRow = selectedRow == 0 ? 1 : 0;
    for (int row : {otherRow, selectedRow}) {
        const QRect cell = table->visualRect(table->model()->index(row, PolicyTableModel::RegionColumn));
        regions.append(
            {QStringLiteral("table row %1").arg(row), grabbed(table->viewport(), cell.adjusted(2, 2, -2, -2))});
    }
    // Text on a search highlight: the part of a matching cell painted in the highlight colour, in
    // the first row away from the selection whose match is not elided out of sight.
    const QColor highlight = PaletteColors::searchHighlight(window.palette());
    QImage matching;
    QRect highlightArea;
    for (int row = 0; row < table->model()->rowCount() && highlightArea.isEmpty(); ++row) {
        if (row == selectedRow)
            continue;
        matching
            = grabbed(table->viewport(), table->visualRect(table->model()->index(row, PolicyTableModel::TextColumn)));
        for (int y = 0; y < matching.height(); ++y) {
            for (int x = 0; x < matching.width(); ++x) {
                if (QColor::fromRgb(matching.pixel(x, y)) == highlight)
                    highlightArea |= QRect(x, y, 1, 1);
            }
        }
    }
    QVERIFY2(!highlightArea.isEmpty(), "no search match is highlighted in the table");
    regions.append({QStringLiteral("search highlight"), matching.copy(highlightArea)});
    // The detail pane's text and its field labels, which are drawn in the secondary colour.
    for (const QString &text : {QStringLiteral("2011"), QStringLiteral("地区")}) {
        const QTextCursor found = detail->document()->find(text);
        QVERIFY2(!found.isNull(), qPrintable(text));
        QTextCursor start = found;
        start.setPosition(found.selectionStart());
        const QRect from = detail->cursorRect(start);
        const QRect to = detail->cursorRect(found);
        regions.append({QStringLiteral("detail “%1”").arg(text),
                        grabbed(detail->viewport(), QRect(from.topLeft(), QPoint(to.right(), from.bottom())))});
    }
    // The timeline's title, lane labels and undated note.
    const QRectF plot = timeline->chart()->plotArea();
    const QPoint plotTopLeft = timeline->mapFromScene(plot.topLeft());
    regions.append({QStringLiteral("timeline lanes"),
                    grabbed(timeline,
                            QRect(QPoint(2, plotTopLeft.y()),
                                  QPoint(plotTopLeft.x() - 12, timeline->mapFromScene(plot.bottomLeft()).y())))});
    for (QGraphicsItem *item : timeline->scene()->items()) {
        if (auto *note = dynamic_cast<QGraphicsSimpleTextItem *>(item); note && !note->text().isEmpty())
            regions.append({QStringLiteral("timeline note"),
                            grabbed(timeline, timeline->mapFromScene(note->sceneBoundingRect()).boundingRect())});
    }
    // A chart's title where the chart put it, which depends on the fonts of the desktop.
    const auto titleOf = [&grabbed](QChartView *view) {
        for (QGraphicsItem *item : view->scene()->items()) {
            if (auto *title = dynamic_cast<QGraphicsTextItem *>(item);
                title && title->isVisible() && !title->toPlainText().isEmpty())
                return grabbed(view, view->mapFromScene(title->sceneBoundingRect()).boundingRect());
        }
        return QImage();
    };
    regions.append({QStringLiteral("timeline title"), titleOf(timeline)});
    window.findChild<QTabWidget *>(QStringLiteral("chartTabs"))->setCurrentIndex(1);
    auto *perYear = window.findChild<PerYearChartView *>(QStringLiteral("perYearChart"));
    QVERIFY(perYear);
    // Drawn once the chart's data has come from its worker.
    QTRY_VERIFY(!titleOf(perYear).isNull());
    regions.append({QStringLiteral("per-year title"), titleOf(perYear)});

    for (const auto &[name, image] : std::as_const(regions)) {
        QVERIFY2(!image.isNull(), qPrintable(name));
        const double measured = textContrast(image);
        QVERIFY2(measured >= 4.5, qPrintable(QStringLiteral("%1: %2:1").arg(name).arg(measured, 0, 'f', 2)));
    }
    if (theme)
        QApplication::setPalette(QPalette());
}

void TestContrast::exportsAreLightUnlessAskedForDark()
{
    // The desktop is dark; the export is light all the same, unless asked for dark.
    QApplication::setPalette(PaletteColors::palette(PaletteColors::Theme::Dark));
    ExplorerWindow explorer(m_content);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    for (const auto theme : {PaletteColors::Theme::Light, PaletteColors::Theme::Dark}) {
        const std::unique_ptr<QChartView> view = theme == PaletteColors::Theme::Light
            ? ReportCharts::viewForExport(ReportCharts::Chart::Timeline, explorer.session,
                                          TimelineData::LaneMode::Level)
            : ReportCharts::viewForExport(ReportCharts::Chart::Timeline, explorer.session,
                                          TimelineData::LaneMode::Level, theme);
        const QString path = folder.filePath(QStringLiteral("chart.png"));
        QString error;
        QVERIFY2(ChartExporter::exportChart(view.get(), path, ChartExportSize(QSize(1280, 720), 1.0),
                                            QStringLiteral("caption"), &error),
                 qPrintable(error));
        const QImage image(path);
        const QColor background = commonestColor(image);
        QCOMPARE(background.lightness() < 128, theme == PaletteColors::Theme::Dark);
        const double title = textContrast(image.copy(0, 0, image.width(), 70));
        QVERIFY2(title >= 4.5, qPrintable(QString::number(title)));
    }
    QApplication::setPalette(QPalette());
}

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
