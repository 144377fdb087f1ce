// The timeline's density strip, which stands in for the markers above
// TimelineChartView::maximumMarkers entries: its bins, as the keyboard and assistive technology
// meet them, count every entry once, in its own lane, zoomed out and zoomed in.
#include "timelinechartview.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QRegularExpression>
#include <QTest>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

class TestTimelineDensity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void binsCountEveryEntryInItsLane();
    void zoomedInBinsCountTheEntriesInSight();
    void arrowsWalkTheBinsOfALane();

private:
    // Events per lane name, as the bins read aloud tell them, of the bins wholly in sight.
    QMap<QString, int> countsReadAloud() const;
    QValueAxis *timeAxis() const;

    TimelineData m_data;
    std::unique_ptr<TimelineChartView> m_view;
};

void TestTimelineDensity::initTestCase()
{
    // More events than markers are drawn, over ten years, at every precision and level, with
    // many sharing a day.
    ReportContent content;
    const int eventCount = TimelineChartView::maximumMarkers + 1000;
    for (int n = 0; n < eventCount; ++n) {
        PolicyEventRecord event;
        event.id = n + 1;
        event.region = {QStringLiteral("北京市"), QStringLiteral("Beijing")};
        event.level = PolicyLevels::all[size_t(n % 3)];
        const QDate day = QDate(2010, 1, 1).addDays((n * 7919) % 3650);
        if (n % 5 == 0)
            event.date = ReportDate::fromParts(day.year());
        else if (n % 5 == 1)
            event.date = ReportDate::fromParts(day.year(), day.month());
        else
            event.date = ReportDate::fromParts(day.year(), day.month(), day.day());
        content.events.append(event);
    }
    std::vector<int> rows(size_t(content.events.size()));
    std::iota(rows.begin(), rows.end(), 0);
    m_data = TimelineData::build(QSharedPointer<const ReportContent>::create(content), rows, {},
                                 TimelineData::LaneMode::Level, ContentLanguage::English);
    QCOMPARE(m_data.entries.size(), qsizetype(eventCount));

    m_view = std::make_unique<TimelineChartView>();
    m_view->resize(900, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setTimeline(m_data);
    QCOMPARE(m_view->markerCount(), 0);
    QVERIFY(m_view->itemCount() > 0);
}

QValueAxis *TestTimelineDensity::timeAxis() const
{
    return qobject_cast<QValueAxis *>(m_view->chart()->axes(Qt::Horizontal).constFirst());
}

QMap<QString, int> TestTimelineDensity::countsReadAloud() const
{
    // "2011, Central: 12 event(s)": the lane between the period and the colon, then the count.
    static const QRegularExpression name(QStringLiteral("^(.*), ([^,:]+): (\\d+) event"));
    QAccessibleInterface *timeline = QAccessible::queryAccessibleInterface(m_view.get());
    QMap<QString, int> counts;
    for (int item = 0; item < timeline->childCount(); ++item) {
        const QString text = timeline->child(item)->text(QAccessible::Name);
        const QRegularExpressionMatch match = name.match(text);
        if (!match.hasMatch()) {
            qWarning("Not a density bin: %s", qPrintable(text));
            return {};
        }
        counts[match.captured(2)] += match.captured(3).toInt();
    }
    return counts;
}

void TestTimelineDensity::binsCountEveryEntryInItsLane()
{
    m_view->resetZoom();
    QMap<QString, int> expected;
    for (const TimelineData::Entry &entry : std::as_const(m_data.entries))
        ++expected[m_data.lanes.at(entry.lane)];
    QCOMPARE(expected.size(), 3);
    QCOMPARE(countsReadAloud(), expected);
}

void TestTimelineDensity::zoomedInBinsCountTheEntriesInSight()
{
    m_view->resetZoom();
    QValueAxis *axis = timeAxis();
    // A range that cuts through a year, its months and its days, starting just after the centre
    // of a day: that day is out of sight, though less than a bin away.
    const auto dayInside = std::find_if(m_data.entries.cbegin(), m_data.entries.cend(), [](const auto &entry) {
        return entry.date.precision() == ReportDate::Precision::Day && entry.middle > 2013.3 && entry.middle < 2013.4;
    });
    QVERIFY(dayInside != m_data.entries.cend());
    axis->setRange(dayInside->middle + 1e-5, 2014.05);
    // Bins three pixels wide, each holding the entries centred in it.
    const int binCount = int(m_view->chart()->plotArea().width() / 3);
    const qreal yearsPerBin = (axis->max() - axis->min()) / binCount;
    QMap<QString, int> expected;
    for (const TimelineData::Entry &entry : std::as_const(m_data.entries)) {
        const qreal bin = std::floor((entry.middle - axis->min()) / yearsPerBin);
        if (bin >= 0 && bin < binCount)
            ++expected[m_data.lanes.at(entry.lane)];
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(countsReadAloud(), expected);
}

void TestTimelineDensity::arrowsWalkTheBinsOfALane()
{
    m_view->resetZoom();
    // The keyboard starts on the first bin in sight when the view gains focus.
    m_view->clearFocus();
    QTRY_VERIFY(!m_view->hasFocus());
    m_view->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_view->hasFocus());
    const int start = m_view->focusedItem();
    QVERIFY(start >= 0);
    const auto laneOf = [this](int item) { return m_view->itemName(item).section(u':', 0, 0).section(u',', -1); };
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    const int next = m_view->focusedItem();
    QVERIFY(next > start);
    QCOMPARE(laneOf(next), laneOf(start));
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QVERIFY(laneOf(m_view->focusedItem()) != laneOf(start));
}

QTEST_MAIN(TestTimelineDensity)
#include "tst_timelinedensity.moc"
