#include "timelinechartview.h"

#include "chartaccessible.h"
#include "chartfonts.h"
#include "palettecolors.h"
#include "timelinedensityitem.h"
#include "timelinemarker.h"

#include <QAccessible>
#include <QCategoryAxis>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {

// Position of the start of a day on the decimal-year axis.
qreal toAxis(const QDate &date)
{
    return date.year() + (date.dayOfYear() - 1) / qreal(date.daysInYear());
}

// Position of the end of a day.
qreal toAxisEnd(const QDate &date)
{
    return date.year() + date.dayOfYear() / qreal(date.daysInYear());
}

QPen legendPen(QColor color, qreal width, int alpha)
{
    color.setAlpha(alpha);
    QPen pen(color, width);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

// The start of an event's text, enough to tell it from its neighbours when read aloud.
QString textStart(const QString &text)
{
    constexpr qsizetype length = 40;
    return text.size() <= length ? text : text.left(length) + u'…';
}

} // namespace

TimelineChartView::TimelineChartView(QWidget *parent)
    // Given its chart up front: QChartView(parent) makes a default chart that setChart() would
    // orphan (it is released, not deleted).
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    ChartAccessible::installFactory();
    retranslate();

    QChart *timeline = chart();
    timeline->setAnimationOptions(QChart::NoAnimation);
    timeline->legend()->setAlignment(Qt::AlignTop);
    timeline->setMargins(QMargins(8, 4, 16, 22));

    m_timeAxis = new QValueAxis;
    m_timeAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_timeAxis->setTickType(QValueAxis::TicksDynamic);
    m_timeAxis->setTickAnchor(2000);
    m_timeAxis->setMinorTickCount(1);
    m_laneAxis = new QCategoryAxis;
    m_laneAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_laneAxis->setGridLineVisible(true);
    timeline->addAxis(m_timeAxis, Qt::AlignBottom);
    timeline->addAxis(m_laneAxis, Qt::AlignLeft);

    // Series exist for the axes and the legend; the markers themselves are graphics items.
    m_anchor = new QLineSeries;
    m_legendDay = new QScatterSeries;
    m_legendMonth = new QLineSeries;
    m_legendYear = new QLineSeries;
    m_legendDay->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_legendDay->setMarkerSize(9);
    timeline->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    for (QXYSeries *series : std::initializer_list<QXYSeries *>{m_anchor, m_legendDay, m_legendMonth, m_legendYear}) {
        timeline->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_laneAxis);
    }
    m_anchor->setPen(Qt::NoPen);
    timeline->legend()->markers(m_anchor).constFirst()->setVisible(false);
    for (EditionMatcher::Change change : {EditionMatcher::Change::Added, EditionMatcher::Change::Changed,
                                          EditionMatcher::Change::Unchanged, EditionMatcher::Change::Removed}) {
        auto *series = new QScatterSeries;
        series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        series->setMarkerSize(9);
        timeline->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_laneAxis);
        series->setVisible(false);
        m_legendChanges.insert(change, series);
    }

    m_plotClip = new QGraphicsRectItem(timeline);
    m_plotClip->setPen(Qt::NoPen);
    m_plotClip->setFlag(QGraphicsItem::ItemClipsChildrenToShape);
    m_plotClip->setZValue(10);
    m_density = new TimelineDensityItem(m_plotClip);
    m_note = new QGraphicsSimpleTextItem(timeline);
    applyPalette();
    applyFonts();

    connect(timeline, &QChart::plotAreaChanged, this, &TimelineChartView::layoutMarkers);
    connect(m_timeAxis, &QValueAxis::rangeChanged, this, &TimelineChartView::layoutMarkers);
}

void TimelineChartView::retranslate()
{
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Policy events and alliance foundings in time order, one lane per level or region. "
                                "Left and Right move along a lane, Up and Down change lane, Enter selects, "
                                "plus and minus zoom, 0 shows everything, Esc returns to the search box."));
}

void TimelineChartView::applyPalette()
{
    const QPalette colors = palette();
    PaletteColors::applyToChart(chart(), colors);
    // The legend's shapes and the note in the neutral of the palette, as the markers' own
    // colours are kept for the lanes.
    const QColor neutral = PaletteColors::mutedText(colors);
    m_legendDay->setColor(neutral);
    m_legendDay->setBorderColor(neutral);
    m_legendMonth->setPen(legendPen(neutral, 7, 255));
    m_legendYear->setPen(legendPen(neutral, 11, 90));
    for (auto it = m_legendChanges.cbegin(); it != m_legendChanges.cend(); ++it) {
        const QColor color = PaletteColors::changeColor(colors, it.key());
        it.value()->setColor(color);
        it.value()->setBorderColor(color.darker(140));
    }
    m_note->setBrush(neutral);
    recolourMarkers();
}

void TimelineChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    if (event->type() == QEvent::FontChange)
        applyFonts();
    QChartView::changeEvent(event);
}

void TimelineChartView::applyFonts()
{
    ChartFonts::applyToChart(chart(), font());
    m_note->setFont(font());
    layoutMarkers();
}

void TimelineChartView::updateMinimumSize()
{
    const QChart *timeline = chart();
    const QLegend *legend = timeline->legend();
    if (!legend->isVisible() || legend->geometry().isEmpty())
        return;
    // Wide enough for the legend's labels whole; tall enough for what surrounds the plot (title,
    // legend, time axis, note) and a lane label per lane. The levels' lanes all count; region
    // lanes, up to twelve, share what five would have, or a small screen could not hold them.
    constexpr int lanesAlwaysShown = 5;
    const int lanes = std::clamp(int(m_data.lanes.size()), 1, lanesAlwaysShown);
    // Measured on the labels themselves: Chinese ones are drawn in a fallback font taller than
    // the font's own lines. Qt Charts hides a label given less than about 1.2 of its height.
    const QFontMetricsF laneMetrics(m_laneAxis->labelsFont());
    qreal laneHeight = laneMetrics.height();
    for (const QString &label : std::as_const(m_data.lanes))
        laneHeight = std::max(laneHeight, laneMetrics.boundingRect(label).height());
    laneHeight *= 1.2;
    // Each entry: its label, its mark and the spacing around both.
    const QFontMetricsF legendMetrics(legend->font());
    qreal legendWidth = 0;
    const QList<QLegendMarker *> entries = legend->markers();
    for (const QLegendMarker *entry : entries) {
        if (entry->isVisible() && !entry->label().isEmpty())
            legendWidth += legendMetrics.horizontalAdvance(entry->label()) + 2 * legendMetrics.height();
    }
    const QSizeF around(timeline->size().width() - legend->geometry().width(),
                        timeline->size().height() - timeline->plotArea().height());
    const int frame = 2 * frameWidth();
    const QSize minimum(int(std::ceil(legendWidth + around.width())) + frame,
                        int(std::ceil(around.height() + lanes * laneHeight)) + frame);
    // A minimum size of the widget's own: QChartView sets one, from the chart's, on every resize,
    // and that would take precedence over a size hint.
    // Set after the chart's layout pass that measured it: growing the view from within it would
    // leave the chart at the size being laid out.
    if (minimum != m_minimumSize) {
        m_minimumSize = minimum;
        QMetaObject::invokeMethod(
            this, [this]() { setMinimumSize(m_minimumSize.expandedTo(chart()->minimumSize().toSize())); },
            Qt::QueuedConnection);
    }
}

void TimelineChartView::setTitle(const QString &title)
{
    chart()->setTitle(title);
}

void TimelineChartView::setLegendTexts(const QString &day, const QString &month, const QString &year)
{
    m_legendDay->setName(day);
    m_legendMonth->setName(month);
    m_legendYear->setName(year);
}

void TimelineChartView::setUndatedNote(const QString &note)
{
    m_noteText = note;
    m_note->setToolTip(note);
    layoutMarkers();
}

void TimelineChartView::setEventChanges(const EventChangeLookup &changes,
                                        const QMap<EditionMatcher::Change, QString> &legendTexts)
{
    m_changes = changes;
    for (auto it = m_legendChanges.cbegin(); it != m_legendChanges.cend(); ++it) {
        it.value()->setName(legendTexts.value(it.key()));
        it.value()->setVisible(!m_changes.isEmpty());
    }
    recolourMarkers();
}

QColor TimelineChartView::markerColor(const TimelineData::Entry &entry) const
{
    if (m_changes.isEmpty())
        return laneColor(entry.lane);
    if (entry.eventRow >= 0 && m_data.content) {
        if (const std::optional<EditionMatcher::Change> change
            = m_changes.changeOf(m_data.content->events.at(entry.eventRow)))
            return PaletteColors::changeColor(palette(), *change);
    }
    return PaletteColors::mutedText(palette());
}

void TimelineChartView::recolourMarkers()
{
    for (TimelineMarker *marker : std::as_const(m_markers))
        marker->setColor(markerColor(marker->entry()));
}

QColor TimelineChartView::laneColor(int lane) const
{
    if (lane == m_data.foundingLane)
        return QColor(0x7b, 0x3f, 0xa0);
    static const QColor palette[]
        = {QColor(0xc0, 0x39, 0x2b), QColor(0x21, 0x6f, 0xb5), QColor(0x1e, 0x8c, 0x4e), QColor(0xd3, 0x7a, 0x0c),
           QColor(0x5d, 0x6d, 0x7e), QColor(0x16, 0xa0, 0x85), QColor(0xa9, 0x32, 0x6b), QColor(0x6c, 0x5c, 0x1a)};
    return palette[lane % std::size(palette)];
}

void TimelineChartView::setTimeline(const TimelineData &data)
{
    // The keyboard stays on the same event or founding when the timeline is rebuilt.
    const Item focused = m_items.value(m_focusedItem);
    const TimelineData::Entry focusedEntry
        = focused.marker >= 0 ? m_markers.at(focused.marker)->entry() : TimelineData::Entry();
    m_focusedItem = -1;
    qDeleteAll(m_markers);
    m_markers.clear();
    m_data = data;

    const auto labels = m_laneAxis->categoriesLabels();
    for (const QString &label : labels)
        m_laneAxis->remove(label);
    const int laneCount = int(m_data.lanes.size());
    m_laneAxis->setStartValue(0);
    // Lane 0 is drawn at the top; labels sit in the middle of their band.
    for (int k = 0; k < laneCount; ++k)
        m_laneAxis->append(m_data.lanes.at(laneCount - 1 - k), k + 1);
    m_laneAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_laneAxis->setRange(0, std::max(1, laneCount));

    const QDate first = m_data.first.isValid() ? QDate(m_data.first.year(), 1, 1) : QDate(2000, 1, 1);
    const QDate last = m_data.last.isValid() ? QDate(m_data.last.year(), 12, 31) : QDate(2016, 12, 31);
    m_fullMin = first.year() - 0.5;
    m_fullMax = last.year() + 1.5;
    m_anchor->replace({QPointF(m_fullMin, 0), QPointF(m_fullMax, 0)});

    if (m_data.entries.size() <= maximumMarkers) {
        for (const TimelineData::Entry &entry : std::as_const(m_data.entries))
            m_markers.append(
                new TimelineMarker(entry, m_data.dateText(entry), m_data.label(entry), markerColor(entry), m_plotClip));
    }
    m_density->setVisible(m_markers.isEmpty() && !m_data.entries.isEmpty());
    makeMarkerItems();
    if (focused.marker >= 0) {
        for (int item = 0; item < m_items.size(); ++item) {
            const TimelineData::Entry &entry = m_markers.at(m_items.at(item).marker)->entry();
            if (entry.eventId == focusedEntry.eventId && entry.allianceIndex == focusedEntry.allianceIndex)
                m_focusedItem = item;
        }
    }
    resetZoom();
    showFocus();
    updateSelection();
}

void TimelineChartView::makeMarkerItems()
{
    m_items.clear();
    m_itemOfMarker.fill(-1, m_markers.size());
    for (int marker = 0; marker < m_markers.size(); ++marker) {
        const TimelineData::Entry &entry = m_markers.at(marker)->entry();
        Item item;
        item.start = toAxis(entry.date.earliest());
        item.end = toAxisEnd(entry.date.latest());
        item.lane = entry.lane;
        item.marker = marker;
        m_items.append(item);
    }
    std::stable_sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) {
        return a.start != b.start ? a.start < b.start : a.lane < b.lane;
    });
    for (int item = 0; item < m_items.size(); ++item)
        m_itemOfMarker[m_items.at(item).marker] = item;
    ++m_itemsVersion;
}

void TimelineChartView::resetZoom()
{
    m_timeAxis->setRange(m_fullMin, m_fullMax);
    layoutMarkers();
}

void TimelineChartView::layoutMarkers()
{
    QChart *timeline = chart();
    const QRectF plot = timeline->plotArea();
    m_plotClip->setRect(plot);
    updateMinimumSize();
    const qreal noteWidth = timeline->size().width() - plot.left() - 8;
    m_note->setText(
        QFontMetricsF(m_note->font()).elidedText(m_noteText, Qt::ElideRight, std::max<qreal>(0, noteWidth)));
    m_note->setPos(plot.left(), timeline->size().height() - m_note->boundingRect().height() - 4);
    const int laneCount = std::max(1, int(m_data.lanes.size()));
    if (plot.isEmpty())
        return;
    const qreal minYear = m_timeAxis->min();
    const qreal maxYear = m_timeAxis->max();
    const qreal pxPerYear = plot.width() / std::max(1e-6, maxYear - minYear);
    // Whole years between labels, so that labels never crowd: about one per 70 pixels.
    const qreal yearsPerLabel = 70 / pxPerYear;
    qreal interval = 1;
    for (qreal step : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0}) {
        interval = step;
        if (step >= yearsPerLabel)
            break;
    }
    // Labels stay whole years (a decimal year would read as nonsense); zoomed in further, the
    // minor grid still marks the quarters.
    if (!qFuzzyCompare(m_timeAxis->tickInterval(), interval))
        m_timeAxis->setTickInterval(interval);
    m_timeAxis->setMinorTickCount(interval == 1.0 ? 3 : 1);
    if (m_density->isVisible()) {
        layoutDensity(plot);
        return;
    }
    const qreal laneHeight = plot.height() / laneCount;
    auto xOf = [&](qreal year) { return plot.left() + (year - minYear) * pxPerYear; };

    struct Placed
    {
        TimelineMarker *marker;
        qreal left;
        qreal right;
    };
    QList<QList<Placed>> lanes(laneCount);
    for (TimelineMarker *marker : std::as_const(m_markers)) {
        const TimelineData::Entry &entry = marker->entry();
        qreal left = xOf(toAxis(entry.date.earliest()));
        qreal right = xOf(toAxisEnd(entry.date.latest()));
        const qreal minimum = entry.date.precision() == ReportDate::Precision::Day ? 9.0 : 5.0;
        if (right - left < minimum) {
            const qreal centre = (left + right) / 2;
            left = centre - minimum / 2;
            right = centre + minimum / 2;
        }
        lanes[std::clamp(entry.lane, 0, laneCount - 1)].append({marker, left, right});
    }
    for (int lane = 0; lane < laneCount; ++lane) {
        QList<Placed> &placed = lanes[lane];
        std::sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) {
            return a.left != b.left ? a.left < b.left : a.right > b.right;
        });
        // Greedy interval packing: each marker goes to the first row it does not overlap.
        QList<qreal> rowEnds;
        QList<int> rows(placed.size());
        for (qsizetype i = 0; i < placed.size(); ++i) {
            int row = 0;
            while (row < rowEnds.size() && rowEnds.at(row) + 2 > placed.at(i).left)
                ++row;
            if (row == rowEnds.size())
                rowEnds.append(placed.at(i).right);
            else
                rowEnds[row] = placed.at(i).right;
            rows[i] = row;
        }
        const int rowCount = std::max(1, int(rowEnds.size()));
        const qreal rowHeight = std::min<qreal>(16, (laneHeight - 6) / rowCount);
        const qreal markerHeight = std::max<qreal>(3, rowHeight - 3);
        const qreal stackTop = plot.top() + lane * laneHeight + (laneHeight - rowHeight * rowCount) / 2;
        for (qsizetype i = 0; i < placed.size(); ++i) {
            const Placed &p = placed.at(i);
            const qreal y = stackTop + rows.at(i) * rowHeight + (rowHeight - markerHeight) / 2;
            qreal left = p.left;
            qreal width = p.right - p.left;
            if (p.marker->entry().date.precision() == ReportDate::Precision::Day) {
                const qreal size = std::min<qreal>(9, markerHeight + 1);
                left = (p.left + p.right - size) / 2;
                width = size;
            }
            p.marker->setExtent(QRectF(left, y, width,
                                       p.marker->entry().date.precision() == ReportDate::Precision::Day
                                           ? std::min<qreal>(9, markerHeight + 1)
                                           : markerHeight));
        }
    }
}

void TimelineChartView::layoutDensity(const QRectF &plot)
{
    constexpr qreal binWidth = 3;
    const int binCount = std::max(1, int(plot.width() / binWidth));
    const qreal minYear = m_timeAxis->min();
    const qreal yearsPerBin = (m_timeAxis->max() - minYear) / binCount;
    const int laneCount = std::max(1, int(m_data.lanes.size()));
    QList<QList<int>> counts(laneCount, QList<int>(binCount, 0));
    // The entries come counted by centre: a zoom costs the distinct centres, not the entries.
    for (const TimelineData::CentreCount &centre : std::as_const(m_data.centreCounts)) {
        const qreal bin = std::floor((centre.middle - minYear) / yearsPerBin);
        if (bin >= 0 && bin < binCount && centre.lane >= 0 && centre.lane < laneCount)
            counts[centre.lane][int(bin)] += centre.count;
    }
    QList<QColor> colors;
    for (int lane = 0; lane < laneCount; ++lane)
        colors.append(laneColor(lane));
    QList<QString> labels;
    for (int bin = 0; bin < binCount; ++bin) {
        const qreal year = minYear + (bin + 0.5) * yearsPerBin;
        const QDate date = QDate(int(std::floor(year)), 1, 1).addDays(int((year - std::floor(year)) * 365));
        labels.append(
            QLocale().toString(date, yearsPerBin < 0.25 ? QStringLiteral("MMM yyyy") : QStringLiteral("yyyy")));
    }
    m_density->setBins(counts, colors, plot, binWidth, labels);

    // The bins change with every zoom: the keyboard stays in the lane, at the nearest time.
    Item focused = m_items.value(m_focusedItem);
    if (m_focusedItem < 0)
        focused.lane = -1;
    m_items.clear();
    m_focusedItem = -1;
    const qreal laneHeight = plot.height() / laneCount;
    for (int bin = 0; bin < binCount; ++bin) {
        for (int lane = 0; lane < laneCount; ++lane) {
            const int count = counts.at(lane).at(bin);
            if (count == 0)
                continue;
            const qreal start = minYear + bin * yearsPerBin;
            const QRectF area(plot.left() + bin * binWidth, plot.top() + lane * laneHeight, binWidth, laneHeight);
            m_items.append({start, start + yearsPerBin, lane, -1, bin, count, m_plotClip->mapRectToScene(area)});
            const bool nearer = m_focusedItem < 0
                || std::abs(start - focused.start) < std::abs(m_items.at(m_focusedItem).start - focused.start);
            if (lane == focused.lane && nearer)
                m_focusedItem = int(m_items.size()) - 1;
        }
    }
    ++m_itemsVersion;
    showFocus();
}

void TimelineChartView::setSelectedEvent(int eventId)
{
    // The window passes both halves of a selection, the empty one too: only a real choice
    // clears the other.
    m_selectedEvent = eventId;
    if (eventId > 0)
        m_selectedAlliance = -1;
    updateSelection();
}

void TimelineChartView::setSelectedAlliance(int allianceIndex)
{
    m_selectedAlliance = allianceIndex;
    if (allianceIndex >= 0)
        m_selectedEvent = 0;
    updateSelection();
}

void TimelineChartView::setRelatedEvents(const QSet<int> &eventIds)
{
    m_relatedEvents = eventIds;
    updateSelection();
}

void TimelineChartView::updateSelection()
{
    for (int index = 0; index < m_markers.size(); ++index) {
        TimelineMarker *marker = m_markers.at(index);
        const TimelineData::Entry &entry = marker->entry();
        const bool selected
            = entry.eventId > 0 ? entry.eventId == m_selectedEvent : entry.allianceIndex == m_selectedAlliance;
        const bool changed = selected != marker->isSelected();
        marker->setSelected(selected);
        if (changed && QAccessible::isActive()) {
            // As item views tell of their selection: the AT-SPI bridge passes these on as the
            // item's "selected" state.
            QAccessibleEvent event(this, selected ? QAccessible::SelectionAdd : QAccessible::SelectionRemove);
            event.setChild(m_itemOfMarker.at(index));
            QAccessible::updateAccessibility(&event);
        }
        marker->setRelated(entry.eventId > 0 && m_relatedEvents.contains(entry.eventId));
    }
}

QString TimelineChartView::itemName(int item) const
{
    const Item &shown = m_items.at(item);
    const QString lane = m_data.lanes.value(shown.lane);
    if (shown.marker >= 0) {
        const TimelineData::Entry &entry = m_markers.at(shown.marker)->entry();
        return tr("%1, %2: %3", "a timeline marker read aloud: date, lane (level or region), start of the text")
            .arg(m_data.dateText(entry), lane, textStart(m_data.label(entry)));
    }
    // Bins narrower than a year are named by month.
    const bool byMonth = shown.end - shown.start < 1;
    const auto dateAt = [](qreal year) {
        const int whole = int(std::floor(year));
        return QDate(whole, 1, 1).addDays(int((year - whole) * QDate(whole, 1, 1).daysInYear()));
    };
    const QString format = byMonth ? QStringLiteral("MMM yyyy") : QStringLiteral("yyyy");
    const QString from = QLocale().toString(dateAt(shown.start), format);
    const QString to = QLocale().toString(dateAt(shown.end - 1e-6), format);
    const QString period = from == to ? from : tr("%1 to %2", "a period of the timeline").arg(from, to);
    return tr("%1, %2: %Ln event(s)", "a density bin read aloud: period, lane, count", shown.count).arg(period, lane);
}

QRect TimelineChartView::itemRect(int item) const
{
    const Item &shown = m_items.at(item);
    const QRectF scene = shown.marker >= 0 ? m_markers.at(shown.marker)->sceneBoundingRect() : shown.area;
    const QRectF plot = m_plotClip->sceneBoundingRect();
    const QRectF visible = scene.intersected(plot);
    if (visible.isEmpty())
        return {};
    return mapFromScene(visible).boundingRect().translated(viewport()->pos());
}

bool TimelineChartView::isItemSelected(int item) const
{
    const Item &shown = m_items.at(item);
    return shown.marker >= 0 && m_markers.at(shown.marker)->isSelected();
}

void TimelineChartView::setFocusedItem(int item)
{
    if (item < -1 || item >= m_items.size())
        return;
    m_focusedItem = item;
    if (item >= 0 && m_items.at(item).marker >= 0) {
        // Pan a marker zoomed out of sight back in; bins are only ever made for what is shown.
        const Item &shown = m_items.at(item);
        const qreal span = m_timeAxis->max() - m_timeAxis->min();
        if (shown.end < m_timeAxis->min() || shown.start > m_timeAxis->max()) {
            const qreal newMin = std::clamp((shown.start + shown.end - span) / 2, m_fullMin, m_fullMax - span);
            m_timeAxis->setRange(newMin, newMin + span);
        }
    }
    showFocus();
    announceFocusedItem();
}

void TimelineChartView::showFocus()
{
    const Item focused = hasFocus() ? m_items.value(m_focusedItem) : Item();
    for (int index = 0; index < m_markers.size(); ++index)
        m_markers.at(index)->setFocused(index == focused.marker);
    m_density->setFocusedBin(focused.marker < 0 ? focused.lane : -1, focused.bin);
}

void TimelineChartView::announceFocusedItem()
{
    // Queued: when the view itself gains focus, Qt announces the view after focusInEvent();
    // the item must come after it to be the one a screen reader speaks.
    QMetaObject::invokeMethod(
        this,
        [this]() {
            if (!hasFocus() || m_focusedItem < 0 || !QAccessible::isActive())
                return;
            QAccessibleEvent event(this, QAccessible::Focus);
            event.setChild(m_focusedItem);
            QAccessible::updateAccessibility(&event);
        },
        Qt::QueuedConnection);
}

void TimelineChartView::moveAlongLane(int direction)
{
    if (m_items.isEmpty())
        return;
    if (m_focusedItem < 0) {
        setFocusedItem(direction > 0 ? 0 : int(m_items.size()) - 1);
        return;
    }
    const int lane = m_items.at(m_focusedItem).lane;
    for (int item = m_focusedItem + direction; item >= 0 && item < m_items.size(); item += direction) {
        if (m_items.at(item).lane == lane) {
            setFocusedItem(item);
            return;
        }
    }
}

void TimelineChartView::moveAcrossLanes(int direction)
{
    if (m_items.isEmpty())
        return;
    if (m_focusedItem < 0) {
        setFocusedItem(0);
        return;
    }
    const Item &from = m_items.at(m_focusedItem);
    // The nearest lane in that direction holding an item, at the item nearest in time.
    for (int lane = from.lane + direction; lane >= 0 && lane < m_data.lanes.size(); lane += direction) {
        int nearest = -1;
        for (int item = 0; item < m_items.size(); ++item) {
            if (m_items.at(item).lane != lane)
                continue;
            if (nearest < 0
                || std::abs(m_items.at(item).start - from.start) < std::abs(m_items.at(nearest).start - from.start))
                nearest = item;
        }
        if (nearest >= 0) {
            setFocusedItem(nearest);
            return;
        }
    }
}

void TimelineChartView::activateFocusedItem()
{
    if (m_focusedItem < 0)
        return;
    const Item &focused = m_items.at(m_focusedItem);
    if (focused.marker < 0) {
        // A bin opens onto its period, where its events can be told apart.
        const qreal span = std::max(2.0 / 12, focused.end - focused.start);
        const qreal newMin = std::clamp((focused.start + focused.end - span) / 2, m_fullMin, m_fullMax - span);
        m_timeAxis->setRange(newMin, newMin + span);
        return;
    }
    const TimelineData::Entry &entry = m_markers.at(focused.marker)->entry();
    if (entry.eventId > 0)
        emit eventClicked(entry.eventId);
    else
        emit allianceClicked(entry.allianceIndex);
}

void TimelineChartView::keyPressEvent(QKeyEvent *event)
{
    const qreal span = std::max(1e-6, m_timeAxis->max() - m_timeAxis->min());
    const qreal focusFraction = m_focusedItem >= 0
        ? ((m_items.at(m_focusedItem).start + m_items.at(m_focusedItem).end) / 2 - m_timeAxis->min()) / span
        : 0.5;
    switch (event->key()) {
    case Qt::Key_Left:
        moveAlongLane(-1);
        break;
    case Qt::Key_Right:
        moveAlongLane(1);
        break;
    case Qt::Key_Up:
        moveAcrossLanes(-1);
        break;
    case Qt::Key_Down:
        moveAcrossLanes(1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        activateFocusedItem();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1, focusFraction);
        break;
    case Qt::Key_Minus:
        zoomBy(-1, focusFraction);
        break;
    case Qt::Key_0:
        resetZoom();
        break;
    case Qt::Key_Escape:
        emit escapePressed();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineChartView::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    if (m_focusedItem < 0 && !m_items.isEmpty()) {
        // Start on the selected marker, else on the first one in sight.
        const auto selected = std::find_if(m_items.cbegin(), m_items.cend(), [this](const Item &item) {
            return item.marker >= 0 && m_markers.at(item.marker)->isSelected();
        });
        const auto inSight = std::find_if(m_items.cbegin(), m_items.cend(),
                                          [this](const Item &item) { return item.end >= m_timeAxis->min(); });
        m_focusedItem = int((selected != m_items.cend() ? selected : inSight) - m_items.cbegin());
        if (m_focusedItem >= m_items.size())
            m_focusedItem = 0;
    }
    showFocus();
    announceFocusedItem();
}

void TimelineChartView::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    showFocus();
}

void TimelineChartView::wheelEvent(QWheelEvent *event)
{
    const qreal steps = event->angleDelta().y() / 120.0;
    if (qFuzzyIsNull(steps)) {
        QChartView::wheelEvent(event);
        return;
    }
    const QRectF plot = chart()->plotArea();
    zoomBy(steps, (event->position().x() - plot.left()) / std::max(1.0, plot.width()));
    event->accept();
}

void TimelineChartView::zoomBy(qreal steps, qreal fraction)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    const qreal minYear = m_timeAxis->min();
    const qreal maxYear = m_timeAxis->max();
    const qreal anchor = minYear + fraction * (maxYear - minYear);
    const qreal fullSpan = m_fullMax - m_fullMin;
    // Zoom in to two months at most, out to the whole report.
    const qreal span = std::clamp((maxYear - minYear) * std::pow(0.8, steps), 2.0 / 12, fullSpan);
    const qreal newMin = std::clamp(anchor - fraction * span, m_fullMin, m_fullMax - span);
    m_timeAxis->setRange(newMin, newMin + span);
}

void TimelineChartView::mousePressEvent(QMouseEvent *event)
{
    // Markers take clicks before the rubber band does.
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        const auto *marker = dynamic_cast<TimelineMarker *>(item);
        if (marker && event->button() == Qt::LeftButton) {
            if (marker->entry().eventId > 0)
                emit eventClicked(marker->entry().eventId);
            else
                emit allianceClicked(marker->entry().allianceIndex);
            event->accept();
            return;
        }
    }
    QChartView::mousePressEvent(event);
}
