#include "explorerwindow.h"

#include "alliancetreemodel.h"
#include "columnfitter.h"
#include "policyfilterproxymodel.h"
#include "policytablemodel.h"
#include "policytableview.h"
#include "reportcharts.h"
#include "timelinechartview.h"

#include <QCategoryAxis>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLegend>
#include <QLegendMarker>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

// A system font 1.5 times larger (what QT_FONT_DPI=144 or a desktop's text scaling gives) in a
// 1024×640 window: the filter bar stays in sight with every control whole, every header's
// section is at least as wide as its title, the founded column shows any date whole and no
// wider, the table's columns fit every value the report has, and the timeline's text grows with the font and stays
// whole.
class TestTextSize : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filterBarControlsAreWhole_data();
    void filterBarControlsAreWhole();
    void headerTitlesFit_data();
    void headerTitlesFit();
    void foundedColumnFitsItsDates_data();
    void foundedColumnFitsItsDates();
    void tableColumnsFitEveryValue_data();
    void tableColumnsFitEveryValue();
    void longValuesAreElided();
    void eventTextStaysInSight_data();
    void eventTextStaysInSight();
    void chartTextFollowsTheFont();
    void laneLabelsFitTheirLanes_data();
    void laneLabelsFitTheirLanes();
    void legendLabelsAreWhole_data();
    void legendLabelsAreWhole();

private:
    TimelineChartView *timeline() const;

    QSharedPointer<const ReportContent> m_content;
    std::unique_ptr<ExplorerWindow> m_explorer;
};

void TestTextSize::initTestCase()
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    QApplication::setFont(font);
    QString error;
    m_content = ExplorerWindow::embeddedReport(&error);
    QVERIFY2(m_content, qPrintable(error));
    m_explorer = std::make_unique<ExplorerWindow>(m_content);
    m_explorer->window.resize(1024, 640);
    QVERIFY(QTest::qWaitForWindowExposed(&m_explorer->window));
    QTRY_COMPARE(m_explorer->window.width(), 1024);
}

void TestTextSize::filterBarControlsAreWhole_data()
{
    QTest::addColumn<ContentLanguage>("language");
    QTest::newRow("Chinese") << ContentLanguage::Chinese;
    QTest::newRow("English") << ContentLanguage::English;
}

void TestTextSize::filterBarControlsAreWhole()
{
    QFETCH(ContentLanguage, language);
    m_explorer->window.setLanguage(language);
    auto *bar = m_explorer->window.findChild<QWidget *>(QStringLiteral("filterBar"));
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(m_explorer->window.rect().contains(QRect(bar->mapTo(&m_explorer->window, QPoint()), bar->size())));
    const QList<QWidget *> controls = bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    QVERIFY(controls.size() >= 6);
    for (QWidget *control : controls) {
        if (control->isHidden()) // the edition switcher of a report of one edition
            continue;
        const QString name = control->objectName();
        QVERIFY2(control->isVisible(), qPrintable(name));
        // The language switch relays the bar out on the next pass of the event loop.
        QTRY_VERIFY2(bar->rect().contains(control->geometry()),
                     qPrintable(QStringLiteral("%1 at %2,%3 %4×%5 outside the bar's %6×%7")
                                    .arg(name)
                                    .arg(control->x())
                                    .arg(control->y())
                                    .arg(control->width())
                                    .arg(control->height())
                                    .arg(bar->width())
                                    .arg(bar->height())));
        QTRY_VERIFY2(control->width() >= control->sizeHint().width(),
                     qPrintable(QStringLiteral("%1 is %2 wide, needs %3")
                                    .arg(name)
                                    .arg(control->width())
                                    .arg(control->sizeHint().width())));
    }
}

void TestTextSize::headerTitlesFit_data()
{
    QTest::addColumn<ContentLanguage>("language");
    QTest::addColumn<QString>("view");
    for (ContentLanguage language : {ContentLanguage::Chinese, ContentLanguage::English}) {
        for (const char *view : {"allianceTree", "policyTable"}) {
            QTest::addRow("%s, %s", language == ContentLanguage::Chinese ? "Chinese" : "English", view)
                << language << QString::fromLatin1(view);
        }
    }
}

void TestTextSize::headerTitlesFit()
{
    QFETCH(ContentLanguage, language);
    QFETCH(QString, view);
    m_explorer->window.setLanguage(language);
    auto *itemView = m_explorer->window.findChild<QAbstractItemView *>(view);
    QVERIFY(itemView);
    QHeaderView *header = qobject_cast<QTreeView *>(itemView)
        ? qobject_cast<QTreeView *>(itemView)->header()
        : qobject_cast<QTableView *>(itemView)->horizontalHeader();
    QTRY_VERIFY(header->count() > 0 && header->isVisible());
    const QFontMetrics metrics(header->font());
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        const QString title = header->model()->headerData(section, Qt::Horizontal).toString();
        QTRY_VERIFY2(header->sectionSize(section) >= metrics.horizontalAdvance(title),
                     qPrintable(QStringLiteral("\"%1\" is %2 wide in a section of %3")
                                    .arg(title)
                                    .arg(metrics.horizontalAdvance(title))
                                    .arg(header->sectionSize(section))));
    }
}

void TestTextSize::foundedColumnFitsItsDates_data()
{
    filterBarControlsAreWhole_data();
}

void TestTextSize::foundedColumnFitsItsDates()
{
    QFETCH(ContentLanguage, language);
    m_explorer->window.setLanguage(language);
    auto *tree = m_explorer->window.findChild<QTreeView *>(QStringLiteral("allianceTree"));
    QVERIFY(tree);
    QTRY_VERIFY(tree->model()->rowCount() > 0 && tree->isVisible());
    const QFontMetrics metrics(tree->font());
    int widestDate = 0;
    QString widest;
    // Every date the column can show, whichever alliances are shown: one to the day in each
    // month is the longest of each form.
    for (int month = 1; month <= 12; ++month) {
        const QString date = ReportDate::fromParts(2000, month, 28).toDisplayString(localeFor(language));
        if (metrics.horizontalAdvance(date) > widestDate) {
            widestDate = metrics.horizontalAdvance(date);
            widest = date;
        }
    }
    QVERIFY(widestDate > 0);
    QHeaderView *header = tree->header();
    const int column = AllianceTreeModel::FoundedColumn;
    // A cell's text has the style's focus-frame margin either side; a little more is slack.
    const int margins = 2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1);
    const auto description = [&]() {
        return QStringLiteral("\"%1\" is %2 wide; the founded column is %3 of which %4 in sight")
            .arg(widest)
            .arg(widestDate)
            .arg(header->sectionSize(column))
            .arg(tree->viewport()->width() - header->sectionViewportPosition(column));
    };
    QTRY_VERIFY2(header->sectionSize(column) >= widestDate + margins, qPrintable(description()));
    QVERIFY2(header->sectionSize(column) <= widestDate + margins + 16, qPrintable(description()));
    // Whole in the pane as it is, with no scrolling.
    QTRY_VERIFY2(header->sectionViewportPosition(column) + header->sectionSize(column) <= tree->viewport()->width(),
                 qPrintable(description()));
    QCOMPARE(header->offset(), 0);
}

void TestTextSize::tableColumnsFitEveryValue_data()
{
    filterBarControlsAreWhole_data();
}

// The date, level and region columns fit every value the report has, not only those of the
// rows shown: narrowed to one region, the region column keeps its width, and a longer date or
// region further down is never cut short.
void TestTextSize::tableColumnsFitEveryValue()
{
    QFETCH(ContentLanguage, language);
    m_explorer->window.setLanguage(language);
    auto *table = m_explorer->window.findChild<QTableView *>(QStringLiteral("policyTable"));
    QVERIFY(table);
    QTRY_VERIFY(table->model()->rowCount() > 0 && table->isVisible());
    const QFontMetrics metrics(table->font());
    // The delegate's margins either side of the text, and the grid line's pixel of the cell.
    const int margins = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1)
        + (table->showGrid() ? 1 : 0);
    QStringList dates;
    for (int month = 1; month <= 12; ++month)
        dates << ReportDate::fromParts(2000, month, 28).toDisplayString(localeFor(language));
    QStringList levels;
    for (PolicyLevel level : PolicyLevels::all)
        levels << PolicyTableModel::levelName(level);
    QStringList regions;
    for (const PolicyEventRecord &event : m_content->events)
        regions << event.region.text(language);
    const auto fitsAll = [&](int column, const QStringList &texts) {
        for (const QString &text : texts) {
            const int needed = metrics.horizontalAdvance(text) + margins;
            if (table->horizontalHeader()->sectionSize(column) < needed) {
                qWarning("\"%s\" needs %d in a column of %d", qPrintable(text), needed,
                         table->horizontalHeader()->sectionSize(column));
                return false;
            }
        }
        return true;
    };
    QTRY_VERIFY(fitsAll(PolicyTableModel::DateColumn, dates));
    QVERIFY(fitsAll(PolicyTableModel::LevelColumn, levels));
    QVERIFY(fitsAll(PolicyTableModel::RegionColumn, regions));
    // Narrowed to the region with the shortest name, the column stays as it was.
    const int regionWidth = table->horizontalHeader()->sectionSize(PolicyTableModel::RegionColumn);
    const auto shortest = std::min_element(m_content->events.cbegin(), m_content->events.cend(),
                                           [&](const PolicyEventRecord &a, const PolicyEventRecord &b) {
                                               return metrics.horizontalAdvance(a.region.text(language))
                                                   < metrics.horizontalAdvance(b.region.text(language));
                                           });
    m_explorer->session.policyProxy()->setRegion(shortest->region.zh);
    QVERIFY(table->model()->rowCount() > 0);
    QCOMPARE(table->horizontalHeader()->sectionSize(PolicyTableModel::RegionColumn), regionWidth);
    m_explorer->session.policyProxy()->clearFilters();
}

// One region named at length among many must not take the events' text's width: the column
// stops at ColumnFitter::maximumCharacters and the name is elided.
void TestTextSize::longValuesAreElided()
{
    ReportContent content = *m_content;
    content.events[0].region = {QStringLiteral("长名地区"), QString(80, u'W')};
    // The report arrives after the view has its model, as a report loading does.
    PolicyTableModel table;
    table.setLanguage(ContentLanguage::English);
    PolicyTableView view;
    view.setModel(&table);
    table.setContent(QSharedPointer<const ReportContent>::create(content));
    const QFontMetrics metrics(view.font());
    const int margins = 2 * (view.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &view) + 1) + 1;
    const int region = view.horizontalHeader()->sectionSize(PolicyTableModel::RegionColumn);
    QCOMPARE(region, ColumnFitter::maximumCharacters * metrics.averageCharWidth() + margins);
    QVERIFY(region < metrics.horizontalAdvance(content.events[0].region.en));
}

void TestTextSize::eventTextStaysInSight_data()
{
    filterBarControlsAreWhole_data();
}

void TestTextSize::eventTextStaysInSight()
{
    QFETCH(ContentLanguage, language);
    m_explorer->window.setLanguage(language);
    auto *table = m_explorer->window.findChild<QTableView *>(QStringLiteral("policyTable"));
    QVERIFY(table);
    QTRY_VERIFY(table->model()->rowCount() > 0 && table->isVisible());
    // Nothing is selected: the detail pane is empty and gives its width to the table first.
    QHeaderView *header = table->horizontalHeader();
    const int column = PolicyTableModel::TextColumn;
    const int needed = 8 * table->fontMetrics().averageCharWidth();
    QTRY_VERIFY2(table->viewport()->width() - header->sectionViewportPosition(column) >= needed,
                 qPrintable(QStringLiteral("%1 px of the event's text in sight of %2 needed; the table is %3 wide")
                                .arg(table->viewport()->width() - header->sectionViewportPosition(column))
                                .arg(needed)
                                .arg(table->width())));
    QCOMPARE(header->offset(), 0);
}

TimelineChartView *TestTextSize::timeline() const
{
    return m_explorer->window.findChild<TimelineChartView *>(QStringLiteral("timelineChart"));
}

void TestTextSize::chartTextFollowsTheFont()
{
    QTRY_VERIFY(timeline() && timeline()->isVisible());
    const qreal size = timeline()->font().pointSizeF();
    QCOMPARE(size, QApplication::font().pointSizeF());
    QChart *chart = timeline()->chart();
    QVERIFY2(chart->titleFont().pointSizeF() > size, qPrintable(QString::number(chart->titleFont().pointSizeF())));
    QCOMPARE(chart->legend()->font().pointSizeF(), size);
    const QList<QAbstractAxis *> axes = chart->axes();
    QCOMPARE(axes.size(), 2);
    for (QAbstractAxis *axis : axes)
        QCOMPARE(axis->labelsFont().pointSizeF(), size);
}

void TestTextSize::laneLabelsFitTheirLanes_data()
{
    filterBarControlsAreWhole_data();
}

void TestTextSize::laneLabelsFitTheirLanes()
{
    QFETCH(ContentLanguage, language);
    m_explorer->window.setLanguage(language);
    QTRY_VERIFY(timeline() && timeline()->isVisible());
    QChart *chart = timeline()->chart();
    auto *lanes = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    QVERIFY(lanes);
    QTRY_VERIFY(lanes->count() >= 4);
    // Qt Charts hides a lane's label given less than about 1.2 of its height; Chinese labels are
    // drawn in a fallback font taller than the font's own lines.
    const QFontMetricsF metrics(lanes->labelsFont());
    qreal lineHeight = metrics.height();
    const QStringList labels = lanes->categoriesLabels();
    for (const QString &label : labels)
        lineHeight = std::max(lineHeight, metrics.boundingRect(label).height());
    lineHeight *= 1.2;
    QTRY_VERIFY2(chart->plotArea().height() / lanes->count() >= lineHeight,
                 qPrintable(QStringLiteral("%1 lanes in %2 px, labels %3 px high")
                                .arg(lanes->count())
                                .arg(chart->plotArea().height())
                                .arg(lineHeight)));
}

void TestTextSize::legendLabelsAreWhole_data()
{
    filterBarControlsAreWhole_data();
}

void TestTextSize::legendLabelsAreWhole()
{
    QFETCH(ContentLanguage, language);
    m_explorer->window.setLanguage(language);
    QTRY_VERIFY(timeline() && timeline()->isVisible());
    // The window's, and a timeline of its own made as narrow as it lets itself be.
    TimelineChartView narrow;
    ReportCharts::fillTimeline(&narrow, ReportCharts::timeline(m_explorer->session, TimelineData::LaneMode::Level));
    narrow.resize(1, 400);
    narrow.show();
    QVERIFY(QTest::qWaitForWindowExposed(&narrow));
    for (TimelineChartView *view : {timeline(), &narrow}) {
        QLegend *legend = view->chart()->legend();
        const auto shownTexts = [legend]() {
            QStringList texts;
            const auto collect = [&texts](QGraphicsItem *item, auto &&self) -> void {
                if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item); text && text->isVisible())
                    texts.append(text->toPlainText());
                const QList<QGraphicsItem *> children = item->childItems();
                for (QGraphicsItem *child : children)
                    self(child, self);
            };
            collect(legend, collect);
            return texts;
        };
        const QList<QLegendMarker *> markers = legend->markers();
        int checked = 0;
        for (QLegendMarker *marker : markers) {
            if (!marker->isVisible() || marker->label().isEmpty())
                continue;
            ++checked;
            QTRY_VERIFY2(shownTexts().contains(marker->label()),
                         qPrintable(QStringLiteral("in a chart %1 px wide: \"%2\" shows as \"%3\"")
                                        .arg(view->width())
                                        .arg(marker->label(), shownTexts().join(QStringLiteral("\", \"")))));
        }
        QVERIFY(checked >= 3);
    }
}

QTEST_MAIN(TestTextSize)
#include "tst_textsize.moc"
