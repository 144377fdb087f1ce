#include "interactionbenchmark.h"

#include "alliancefilterproxymodel.h"
#include "alliancetreemodel.h"
#include "benchwindow.h"
#include "policyfilterproxymodel.h"
#include "policytablemodel.h"
#include "reportrelations.h"
#include "reportroles.h"
#include "samples.h"
#include "stallmeter.h"
#include "timelinechartview.h"
#include "timelinedata.h"
#include "timelinemarker.h"

#include <QAction>
#include <QApplication>
#include <QCategoryAxis>
#include <QCollator>
#include <QComboBox>
#include <QEventLoop>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>
#include <map>

namespace {

// What an event shows of itself in the detail pane, enough to tell it from the others.
QString eventTextStart(const QModelIndex &textCell)
{
    return textCell.data(ReportRoles::FullTextRole).toString().left(16);
}

// At most count of items, evenly spread: enough to tell that a whole set is marked without
// reading every row of it while the clock runs.
QList<int> spread(const QList<int> &items, qsizetype count)
{
    if (items.size() <= count)
        return items;
    QList<int> sample;
    for (qsizetype i = 0; i < count; ++i)
        sample.append(items.at(i * (items.size() - 1) / (count - 1)));
    return sample;
}

} // namespace

QJsonObject InteractionBenchmark::Result::toJson() const
{
    QJsonObject json{{QStringLiteral("order"), order},
                     {QStringLiteral("max_stall_ms"), Samples::rounded(maxStallMs)},
                     {QStringLiteral("result_ms"), resultMs ? QJsonValue(Samples::rounded(*resultMs)) : QJsonValue()}};
    if (!failure.isEmpty())
        json.insert(QStringLiteral("failure"), failure);
    if (!completes.isEmpty())
        json.insert(QStringLiteral("completes"), completes);
    return json;
}

QString InteractionBenchmark::searchText()
{
    return QStringLiteral("湖北");
}

InteractionBenchmark::InteractionBenchmark(MainWindow *window, const QString &databasePath, qsizetype eventCount,
                                           const QBitArray &expectedMatches, int limitMs)
    : m_window(window)
    , m_databasePath(databasePath)
    , m_eventCount(eventCount)
    , m_expectedMatches(expectedMatches)
    , m_limitMs(limitMs)
{
    m_table = m_window->findChild<QTableView *>(QStringLiteral("policyTable"));
    m_tree = m_window->findChild<QTreeView *>(QStringLiteral("allianceTree"));
    m_detail = m_window->findChild<QTextEdit *>(QStringLiteral("detailPane"));
    m_header = m_table ? m_table->horizontalHeader() : nullptr;
    m_events = m_table ? qobject_cast<const PolicyFilterProxyModel *>(m_table->model()) : nullptr;
    m_window->installEventFilter(this);
}

void InteractionBenchmark::run(const std::function<void(const Result &)> &report)
{
    m_report = report;
    if (!m_events || !m_tree || !m_detail || !m_window->findChild<QLineEdit *>(QStringLiteral("searchBox"))) {
        fail(QStringLiteral("open"),
             QStringLiteral("the window lacks policyTable (over the session's events), allianceTree, "
                            "detailPane or searchBox"));
        return;
    }
    m_window->show();
    m_window->activateWindow();
    // Shortcuts (Ctrl+L) reach an active window only.
    if (!QTest::qWaitForWindowActive(m_window) && !QTest::qWaitForWindowExposed(m_window)) {
        fail(QStringLiteral("open"), QStringLiteral("the window was never shown"));
        return;
    }
    // The empty window's first paints and the work they queue are not part of opening.
    QTest::qWait(settleMs);

    open();
    firstSearch();
    sortByEveryColumn();
    clickAlliance();
    clickEvent();
    narrowByEveryFacet();
    clickMarker();
    clearEverything();
    changeGrouping();
    changeLanes();
    switchLanguage();
}

bool InteractionBenchmark::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || event->type() != QEvent::UpdateRequest || !m_shown || m_painting)
        return false;
    // What the paint about to start will show; the paint is done here rather than after the
    // filter returns, so that its end is known.
    const bool shown = m_shownAtNs < 0 && m_shown();
    const bool firstShown = m_firstShown && m_firstShownAtNs < 0 && (shown || m_firstShown());
    m_painting = true;
    watched->event(event);
    m_painting = false;
    if (shown)
        m_shownAtNs = m_clock.nsecsElapsed();
    if (firstShown)
        m_firstShownAtNs = m_clock.nsecsElapsed();
    return true;
}

void InteractionBenchmark::measure(const QString &name, const std::function<void()> &input,
                                   const std::function<bool()> &shown, const std::optional<Milestone> &first)
{
    // The milestone's result first, then the measured one; each fails with failure when it
    // never showed.
    std::optional<Result> firstResult;
    if (first) {
        firstResult = Result();
        firstResult->name = first->name;
        firstResult->order = m_order++;
    }
    Result result;
    result.name = name;
    result.order = m_order++;
    if (first)
        result.completes = first->name;
    const auto reportResults = [&](qint64 firstShownAtNs, qint64 shownAtNs, const QString &failure) {
        for (auto [outcome, atNs] :
             {std::pair(firstResult ? &*firstResult : nullptr, firstShownAtNs), std::pair(&result, shownAtNs)}) {
            if (!outcome)
                continue;
            if (atNs >= 0)
                outcome->resultMs = double(atNs) / 1e6;
            else
                outcome->failure = failure;
            m_report(*outcome);
        }
    };
    if (shown() || (first && first->shown())) {
        reportResults(-1, -1, QStringLiteral("the result already showed before the input"));
        return;
    }
    m_abortReason.clear();
    m_shownAtNs = -1;
    m_firstShownAtNs = -1;
    m_shown = shown;
    m_firstShown = first ? first->shown : std::function<bool()>();
    StallMeter stalls;
    QEventLoop loop;
    QTimer watch;
    watch.setInterval(5);
    connect(&watch, &QTimer::timeout, &loop, [&]() {
        const qint64 now = m_clock.nsecsElapsed();
        const bool settled = m_shownAtNs >= 0 && now - m_shownAtNs >= qint64(settleMs) * 1'000'000;
        const bool givenUp = m_shownAtNs < 0 && (now >= qint64(m_limitMs) * 1'000'000 || !m_abortReason.isEmpty());
        if (settled || givenUp)
            loop.quit();
    });
    m_clock.start();
    stalls.start();
    input();
    watch.start();
    loop.exec();
    result.maxStallMs = stalls.stop();
    m_shown = nullptr;
    m_firstShown = nullptr;
    // The stalls until the whole result showed include the milestone's.
    if (firstResult)
        firstResult->maxStallMs = result.maxStallMs;
    reportResults(m_firstShownAtNs, m_shownAtNs,
                  !m_abortReason.isEmpty()
                      ? m_abortReason
                      : QStringLiteral("the result was not on screen within %1 s").arg(double(m_limitMs) / 1000));
}

void InteractionBenchmark::fail(const QString &name, const QString &reason)
{
    Result result;
    result.name = name;
    result.order = m_order++;
    result.failure = reason;
    m_report(result);
}

QSharedPointer<const ReportContent> InteractionBenchmark::content() const
{
    return m_events->table() ? m_events->table()->content() : QSharedPointer<const ReportContent>();
}

TimelineChartView *InteractionBenchmark::timeline() const
{
    // Made once the report has arrived.
    return m_window->findChild<TimelineChartView *>(QStringLiteral("timelineChart"));
}

QStringList InteractionBenchmark::timelineLanes() const
{
    const TimelineChartView *chart = timeline();
    const QList<QAbstractAxis *> axes = chart ? chart->chart()->axes(Qt::Vertical) : QList<QAbstractAxis *>();
    auto *lanes = axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(axes.constFirst());
    QStringList labels = lanes ? lanes->categoriesLabels() : QStringList();
    labels.sort();
    return labels;
}

QString InteractionBenchmark::detailText() const
{
    return m_detail->toPlainText();
}

bool InteractionBenchmark::rowsSortedBy(int column, Qt::SortOrder order) const
{
    const QAbstractItemModel *model = m_events;
    const PolicyTableModel *table = m_events->table();
    if (!table)
        return false;
    QCollator collator(localeFor(table->language()));
    auto compare = [&collator](const QVariant &a, const QVariant &b) {
        if (a.typeId() == QMetaType::QString)
            return collator.compare(a.toString(), b.toString());
        return a.toLongLong() < b.toLongLong() ? -1 : a.toLongLong() > b.toLongLong() ? 1 : 0;
    };
    // The first rows in order, and the last after them: a column of few values (levels) has
    // its first rows all equal, whichever way it is sorted.
    const int rows = model->rowCount();
    QList<int> checked;
    for (int row = 0; row < std::min(rows, 50); ++row)
        checked.append(row);
    if (rows > 50)
        checked.append(rows - 1);
    QVariant previous;
    for (int row : checked) {
        const QVariant key = model->index(row, column).data(ReportRoles::SortRole);
        // Undated events come last whichever way dates are sorted.
        if (column == PolicyTableModel::DateColumn && key.toLongLong() == 0)
            continue;
        if (previous.isValid()) {
            const int comparison = compare(previous, key);
            if (order == Qt::AscendingOrder ? comparison > 0 : comparison < 0)
                return false;
        }
        previous = key;
    }
    return true;
}

int InteractionBenchmark::countEvents(const std::function<bool(const PolicyEventRecord &)> &accepted) const
{
    const QSharedPointer<const ReportContent> report = content();
    int count = 0;
    for (qsizetype row = 0; row < report->events.size(); ++row) {
        if (m_expectedMatches.testBit(row) && accepted(report->events.at(row)))
            ++count;
    }
    return count;
}

void InteractionBenchmark::open()
{
    const int events = int(m_eventCount);
    // The table and the tree show records of the opened report, its preview's or all of them
    // (the window showed the embedded report before).
    const Milestone firstRecords{QStringLiteral("open"), [this, events]() {
                                     const QSharedPointer<const ReportContent> shown = content();
                                     return shown && (shown->preview || shown->events.size() == events)
                                         && m_events->rowCount() > 0 && m_tree->model()->rowCount() > 0;
                                 }};
    measure(
        QStringLiteral("open_whole"),
        [this]() {
            openInBenchWindow(m_window, m_databasePath, [this](const QString &error) {
                m_abortReason = QStringLiteral("the database did not open: %1").arg(error);
            });
        },
        [this, events]() {
            const QSharedPointer<const ReportContent> shown = content();
            return shown && !shown->preview && m_events->rowCount() == events && m_tree->model()->rowCount() > 0
                && !timelineLanes().isEmpty();
        },
        firstRecords);
}

void InteractionBenchmark::firstSearch()
{
    auto *searchBox = m_window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    const int expected = int(m_expectedMatches.count(true));
    searchBox->setFocus();
    measure(
        QStringLiteral("first_search"),
        [searchBox]() {
            // A Chinese word arrives as an input method's commit.
            QInputMethodEvent commit;
            commit.setCommitString(searchText());
            QApplication::sendEvent(searchBox, &commit);
        },
        [this, expected]() { return m_events->rowCount() == expected; });
}

void InteractionBenchmark::sortByEveryColumn()
{
    struct Column
    {
        int column;
        const char *name;
    };
    // A click on the sorted column reverses it; on another, that column sorts ascending (the
    // table model gives no Qt::InitialSortOrderRole). The window starts sorted by date.
    const Column clicks[] = {{PolicyTableModel::DateColumn, "date"},     {PolicyTableModel::DateColumn, "date"},
                             {PolicyTableModel::TextColumn, "text"},     {PolicyTableModel::TextColumn, "text"},
                             {PolicyTableModel::LevelColumn, "level"},   {PolicyTableModel::LevelColumn, "level"},
                             {PolicyTableModel::RegionColumn, "region"}, {PolicyTableModel::RegionColumn, "region"}};
    for (const Column &click : clicks) {
        const bool sameColumn = m_header->sortIndicatorSection() == click.column;
        const Qt::SortOrder order = sameColumn && m_header->sortIndicatorOrder() == Qt::AscendingOrder
            ? Qt::DescendingOrder
            : Qt::AscendingOrder;
        const QString name = QStringLiteral("sort_%1_%2")
                                 .arg(QLatin1String(click.name),
                                      order == Qt::AscendingOrder ? QLatin1String("asc") : QLatin1String("desc"));
        // Near the section's left edge, clear of the resize grip between sections.
        const QPoint at(m_header->sectionViewportPosition(click.column)
                            + std::min(12, m_header->sectionSize(click.column) / 2),
                        m_header->height() / 2);
        measure(
            name, [this, at]() { QTest::mouseClick(m_header->viewport(), Qt::LeftButton, {}, at); },
            [this, click, order]() {
                return m_header->sortIndicatorSection() == click.column && m_header->sortIndicatorOrder() == order
                    && rowsSortedBy(click.column, order);
            });
    }
}

void InteractionBenchmark::clickAlliance()
{
    const QString name = QStringLiteral("alliance_click");
    const QAbstractItemModel *tree = m_tree->model();
    QModelIndex alliance;
    for (int group = 0; group < tree->rowCount() && !alliance.isValid(); ++group) {
        const QModelIndex top = tree->index(group, 0);
        if (top.data(ReportRoles::NodeKindRole).toInt() == int(AllianceTreeModel::NodeKind::Alliance)) {
            alliance = top;
        } else if (m_tree->isExpanded(top) && tree->rowCount(top) > 0) {
            alliance = tree->index(0, 0, top);
        }
    }
    const QAbstractItemModel *events = m_events->table();
    if (!alliance.isValid() || !events) {
        fail(name, QStringLiteral("no alliance shown in the tree"));
        return;
    }
    m_tree->scrollTo(alliance);
    const int allianceIndex = alliance.data(ReportRoles::AllianceIndexRole).toInt();
    const QString shownName = alliance.data().toString();
    const std::atomic_bool never(false);
    const QList<int> related = spread(ReportRelations::build(content(), never)->eventsOfAlliance(allianceIndex), 200);
    const QPoint at = m_tree->visualRect(alliance).center();
    measure(
        name, [this, at]() { QTest::mouseClick(m_tree->viewport(), Qt::LeftButton, {}, at); },
        [this, related, events, shownName]() {
            const bool marked = std::all_of(related.cbegin(), related.cend(), [events](int row) {
                return events->index(row, 0).data(Qt::BackgroundRole).isValid();
            });
            return marked && detailText().contains(shownName);
        });
}

void InteractionBenchmark::clickEvent()
{
    const QString name = QStringLiteral("event_click");
    const QAbstractItemModel *model = m_events;
    if (model->rowCount() == 0) {
        fail(name, QStringLiteral("no event shown in the table"));
        return;
    }
    const QModelIndex cell = model->index(std::min(2, model->rowCount() - 1), PolicyTableModel::TextColumn);
    const int eventId = cell.data(ReportRoles::EventIdRole).toInt();
    const QString text = eventTextStart(cell);
    m_table->scrollTo(cell);
    const QRect rect = m_table->visualRect(cell);
    const QPoint at(rect.left() + std::min(40, rect.width() / 2), rect.center().y());
    measure(
        name, [this, at]() { QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, at); },
        [this, eventId, text]() {
            return m_table->currentIndex().data(ReportRoles::EventIdRole).toInt() == eventId
                && detailText().contains(text);
        });
}

void InteractionBenchmark::narrowByEveryFacet()
{
    auto *provincial = m_window->findChild<QToolButton *>(QStringLiteral("provincialLevelButton"));
    auto *region = m_window->findChild<QComboBox *>(QStringLiteral("regionBox"));
    auto *yearFrom = m_window->findChild<QSpinBox *>(QStringLiteral("yearFromBox"));
    auto *yearTo = m_window->findChild<QSpinBox *>(QStringLiteral("yearToBox"));
    const QSharedPointer<const ReportContent> report = content();
    if (!provincial || !region || !yearFrom || !yearTo || !report) {
        for (const char *facet : {"facet_level", "facet_region", "facet_year_from", "facet_year_to"})
            fail(QLatin1String(facet), QStringLiteral("the filter bar lacks a control named as expected"));
        return;
    }
    auto isProvincial = [](const PolicyEventRecord &event) { return event.level == PolicyLevel::Provincial; };
    const int provincialCount = countEvents(isProvincial);
    measure(
        QStringLiteral("facet_level"), [provincial]() { QTest::mouseClick(provincial, Qt::LeftButton); },
        [this, provincialCount]() { return m_events->rowCount() == provincialCount; });

    // The region with the most events left among those that span at least three years, so
    // that a year range from a middle year and then up to it narrows at each step.
    struct Region
    {
        int events = 0;
        QList<int> years;
    };
    std::map<QString, Region> regions;
    for (qsizetype row = 0; row < report->events.size(); ++row) {
        const PolicyEventRecord &event = report->events.at(row);
        if (!m_expectedMatches.testBit(row) || !isProvincial(event))
            continue;
        Region &region = regions[event.region.zh];
        ++region.events;
        if (event.date.year() != 0 && !region.years.contains(event.date.year()))
            region.years.append(event.date.year());
    }
    const auto chosen = std::max_element(regions.cbegin(), regions.cend(), [](const auto &a, const auto &b) {
        return std::make_pair(a.second.years.size() >= 3, a.second.events)
            < std::make_pair(b.second.years.size() >= 3, b.second.events);
    });
    const QString regionKey = chosen == regions.cend() ? QString() : chosen->first;
    QList<int> years = chosen == regions.cend() ? QList<int>() : chosen->second.years;
    auto inRegion = [&](const PolicyEventRecord &event) { return isProvincial(event) && event.region.zh == regionKey; };
    const int regionCount = countEvents(inRegion);
    measure(
        QStringLiteral("facet_region"), [region, regionKey]() { region->setCurrentIndex(region->findData(regionKey)); },
        [this, regionCount]() { return m_events->rowCount() == regionCount; });

    if (years.size() < 3) {
        for (const char *facet : {"facet_year_from", "facet_year_to"})
            fail(QLatin1String(facet), QStringLiteral("too few events at this size: no region left spans three years"));
        return;
    }
    std::sort(years.begin(), years.end());
    const int year = years.at((years.size() - 1) / 2);
    const int fromCount = countEvents([&](const PolicyEventRecord &event) {
        return inRegion(event) && event.date.year() != 0 && event.date.year() >= year;
    });
    measure(
        QStringLiteral("facet_year_from"), [yearFrom, year]() { yearFrom->setValue(year); },
        [this, fromCount]() { return m_events->rowCount() == fromCount; });
    const int yearCount
        = countEvents([&](const PolicyEventRecord &event) { return inRegion(event) && event.date.year() == year; });
    measure(
        QStringLiteral("facet_year_to"), [yearTo, year]() { yearTo->setValue(year); },
        [this, yearCount]() { return m_events->rowCount() == yearCount; });
}

void InteractionBenchmark::clickMarker()
{
    const QString name = QStringLiteral("marker_click");
    TimelineChartView *chart = timeline();
    if (!chart || chart->markerCount() == 0) {
        fail(name,
             QStringLiteral("the timeline shows no markers (above %1 entries it draws their density)")
                 .arg(TimelineChartView::maximumMarkers));
        return;
    }
    // A shown event's marker that is the one on top at its centre, found among the scene's
    // items as a reader finds it, and not the event selected already.
    const int selected = m_table->currentIndex().data(ReportRoles::EventIdRole).toInt();
    const PolicyTableModel *table = m_events->table();
    int eventId = 0;
    QPoint at;
    QString text;
    const QList<QGraphicsItem *> items = chart->scene()->items();
    for (const QGraphicsItem *item : items) {
        const auto *marker = qobject_cast<const TimelineMarker *>(item->toGraphicsObject());
        const int id = marker && marker->isVisible() ? marker->entry().eventId : 0;
        if (id == 0 || id == selected)
            continue;
        const QPoint point = chart->mapFromScene(marker->mapToScene(marker->boundingRect().center()));
        const QList<QGraphicsItem *> under = chart->items(point);
        const auto top = std::find_if(under.cbegin(), under.cend(), [](const QGraphicsItem *candidate) {
            return qobject_cast<const TimelineMarker *>(candidate->toGraphicsObject()) != nullptr;
        });
        if (!chart->viewport()->rect().contains(point) || top == under.cend() || *top != item)
            continue;
        const QModelIndex shown
            = m_events->mapFromSource(table->index(table->rowForEventId(id), PolicyTableModel::TextColumn));
        if (!shown.isValid())
            continue;
        eventId = id;
        at = point;
        text = eventTextStart(shown);
        break;
    }
    if (eventId == 0) {
        fail(name, QStringLiteral("no event of the table has a marker of its own to click"));
        return;
    }
    measure(
        name, [chart, at]() { QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, at); },
        [this, eventId, text]() {
            return m_table->currentIndex().data(ReportRoles::EventIdRole).toInt() == eventId
                && detailText().contains(text);
        });
}

void InteractionBenchmark::clearEverything()
{
    const QString name = QStringLiteral("clear_all");
    auto *searchBox = m_window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    auto *clearFilters = m_window->findChild<QAction *>(QStringLiteral("clearFiltersAction"));
    if (!clearFilters) {
        fail(name, QStringLiteral("the window has no action named clearFiltersAction"));
        return;
    }
    searchBox->setFocus();
    const int events = int(m_eventCount);
    measure(
        name,
        [searchBox, clearFilters]() {
            // Esc in the search box, then Edit ▸ Clear Filters.
            QTest::keyClick(searchBox, Qt::Key_Escape);
            clearFilters->trigger();
        },
        [this, events]() { return m_events->rowCount() == events; });
}

void InteractionBenchmark::changeGrouping()
{
    auto *grouping = m_window->findChild<QComboBox *>(QStringLiteral("groupingBox"));
    const QSharedPointer<const ReportContent> report = content();
    const PolicyTableModel *table = m_events->table();
    struct Step
    {
        AllianceTreeModel::Grouping grouping;
        const char *name;
    };
    for (const Step &step : {Step{AllianceTreeModel::Grouping::FoundingYear, "grouping_year"},
                             Step{AllianceTreeModel::Grouping::Flat, "grouping_flat"},
                             Step{AllianceTreeModel::Grouping::GuidingUnit, "grouping_guiding_unit"}}) {
        if (!grouping || !report || !table) {
            fail(QLatin1String(step.name), QStringLiteral("the window has no groupingBox"));
            continue;
        }
        // The box lists the groupings in their enum's order (app/mainwindow.ui). Nothing is
        // searched for now, so the tree shows every top-level row of its model.
        AllianceTreeModel expected;
        expected.setContent(report);
        expected.setLanguage(table->language());
        expected.setGrouping(step.grouping);
        const int topLevel = expected.rowCount();
        const QString first = expected.index(0, 0).data().toString();
        measure(
            QLatin1String(step.name), [grouping, step]() { grouping->setCurrentIndex(int(step.grouping)); },
            [this, topLevel, first]() {
                const QAbstractItemModel *tree = m_tree->model();
                return tree->rowCount() == topLevel && tree->index(0, 0).data().toString() == first;
            });
    }
}

void InteractionBenchmark::changeLanes()
{
    auto *lanes = m_window->findChild<QComboBox *>(QStringLiteral("laneModeBox"));
    const auto *alliances = qobject_cast<const AllianceFilterProxyModel *>(m_tree->model());
    struct Step
    {
        TimelineData::LaneMode mode;
        const char *name;
    };
    for (const Step &step :
         {Step{TimelineData::LaneMode::Region, "lanes_region"}, Step{TimelineData::LaneMode::Level, "lanes_level"}}) {
        if (!lanes || !alliances || !m_events->table()) {
            fail(QLatin1String(step.name),
                 QStringLiteral("the window has no laneModeBox or its models are not the report's"));
            continue;
        }
        QStringList expected
            = TimelineData::build(*m_events, alliances->visibleAlliances(), step.mode, m_events->table()->language())
                  .lanes;
        // As the groupings, the lane modes are listed in their enum's order.
        expected.sort();
        measure(
            QLatin1String(step.name), [lanes, step]() { lanes->setCurrentIndex(int(step.mode)); },
            [this, expected]() { return timelineLanes() == expected; });
    }
}

void InteractionBenchmark::switchLanguage()
{
    const QSharedPointer<const ReportContent> report = content();
    for (const ContentLanguage language : {ContentLanguage::English, ContentLanguage::Chinese}) {
        const QString name = language == ContentLanguage::English ? QStringLiteral("language_english")
                                                                  : QStringLiteral("language_chinese");
        if (!report || m_events->rowCount() == 0) {
            fail(name, QStringLiteral("no event shown in the table"));
            continue;
        }
        // Read from the report at each check: the table may re-sort in the new language.
        AllianceTreeModel expectedTree;
        expectedTree.setContent(report);
        expectedTree.setLanguage(language);
        expectedTree.setGrouping(AllianceTreeModel::Grouping::GuidingUnit);
        const QString firstGroup = expectedTree.index(0, 0).data().toString();
        measure(
            name, [this]() { QTest::keyClick(m_window, Qt::Key_L, Qt::ControlModifier); },
            [this, report, language, firstGroup]() {
                const QModelIndex cell = m_events->index(0, PolicyTableModel::TextColumn);
                const int row = m_events->mapToSource(cell).row();
                return row >= 0
                    && cell.data(ReportRoles::FullTextRole).toString() == report->eventText(row).text(language)
                    && m_tree->model()->index(0, 0).data().toString() == firstGroup;
            });
    }
}
