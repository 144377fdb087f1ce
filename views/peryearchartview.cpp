#include "peryearchartview.h"

#include "chartaccessible.h"
#include "chartfonts.h"
#include "palettecolors.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QStackedBarSeries>
#include <QValueAxis>

PerYearChartView::PerYearChartView(QWidget *parent)
    // Given its chart up front: QChartView(parent) makes a default chart that setChart() would
    // orphan (it is released, not deleted).
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    QChart *perYear = chart();
    perYear->setAnimationOptions(QChart::NoAnimation);
    perYear->legend()->setAlignment(Qt::AlignTop);
    // Nothing in it answers keys; assistive technology reads its bars all the same.
    setFocusPolicy(Qt::NoFocus);
    PaletteColors::applyToChart(perYear, palette());
    applyFonts();
    ChartAccessible::installFactory();
    retranslate();
}

void PerYearChartView::retranslate()
{
    setAccessibleName(tr("Events per year"));
    setAccessibleDescription(tr("Policy events per year, stacked by level of government; each bar is read with "
                                "its year, level and count."));
}

void PerYearChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        PaletteColors::applyToChart(chart(), palette());
    if (event->type() == QEvent::FontChange)
        applyFonts();
    QChartView::changeEvent(event);
}

void PerYearChartView::applyFonts()
{
    ChartFonts::applyToChart(chart(), font());
    const QList<QAbstractAxis *> yearAxes = chart()->axes(Qt::Horizontal);
    for (QAbstractAxis *axis : yearAxes) {
        // Qt Charts elides turned labels to the bar's width, so they turn only when level ones
        // would overlap: a report spanning decades.
        const qsizetype years = static_cast<QBarCategoryAxis *>(axis)->count();
        if (years > 30) {
            axis->setLabelsAngle(-90);
        } else if (years > 12) {
            // Smaller labels fit a year under each bar where the widget's size would be elided.
            QFont font = axis->labelsFont();
            font.setPointSizeF(font.pointSizeF() * 0.8);
            axis->setLabelsFont(font);
        }
    }
}

QString PerYearChartView::itemName(int item) const
{
    const Bar &bar = m_bars.at(item);
    return tr("%1, %2: %Ln event(s)", "a bar of the per-year chart read aloud: year, level, count", bar.count)
        .arg(QString::number(bar.year), bar.level);
}

QRect PerYearChartView::itemRect(int item) const
{
    const Bar &bar = m_bars.at(item);
    const qreal halfWidth = m_series->barWidth() / 2;
    const QPointF topLeft = chart()->mapToPosition(QPointF(bar.category - halfWidth, bar.below + bar.count), m_series);
    const QPointF bottomRight = chart()->mapToPosition(QPointF(bar.category + halfWidth, bar.below), m_series);
    // An empty bar keeps a line on the axis, so that it can still be pointed at.
    QRectF area = QRectF(topLeft, bottomRight).normalized();
    area.setHeight(std::max<qreal>(1, area.height()));
    return mapFromScene(chart()->mapToScene(area)).boundingRect().translated(viewport()->pos());
}

void PerYearChartView::setTitle(const QString &title)
{
    chart()->setTitle(title);
}

void PerYearChartView::setUndatedNote(const QString &note)
{
    m_note = note;
}

void PerYearChartView::setAxisTitle(const QString &years)
{
    m_yearsTitle = years;
}

void PerYearChartView::setTimeline(const TimelineData &data, const QMap<PolicyLevel, QString> &levelNames)
{
    QChart *perYear = chart();
    perYear->removeAllSeries();
    const QList<QAbstractAxis *> axes = perYear->axes();
    for (QAbstractAxis *axis : axes) {
        perYear->removeAxis(axis);
        delete axis;
    }

    QStringList years;
    const int first = data.perYear.isEmpty() ? 0 : data.perYear.firstKey();
    const int last = data.perYear.isEmpty() ? -1 : data.perYear.lastKey();
    for (int year = first; year <= last; ++year)
        years.append(QString::number(year));

    auto *series = new QStackedBarSeries;
    m_series = series;
    static const QList<std::pair<PolicyLevel, QColor>> levels = {
        {PolicyLevel::Central, QColor(0xc0, 0x39, 0x2b)},
        {PolicyLevel::Provincial, QColor(0x21, 0x6f, 0xb5)},
        {PolicyLevel::Municipal, QColor(0x1e, 0x8c, 0x4e)},
        {PolicyLevel::Other, QColor(0x5d, 0x6d, 0x7e)},
    };
    int maximum = 0;
    for (int year = first; year <= last; ++year) {
        int total = 0;
        for (int count : data.perYear.value(year))
            total += count;
        maximum = std::max(maximum, total);
    }
    for (const auto &[level, color] : levels) {
        bool any = false;
        auto *set = new QBarSet(levelNames.value(level));
        set->setColor(color);
        set->setBorderColor(color.darker(130));
        for (int year = first; year <= last; ++year) {
            const int count = data.perYear.value(year).value(level);
            any = any || count > 0;
            set->append(count);
        }
        if (any || level != PolicyLevel::Other)
            series->append(set);
        else
            delete set;
    }
    series->setBarWidth(0.7);
    m_bars.clear();
    for (int year = first; year <= last; ++year) {
        int below = 0;
        for (const QBarSet *set : series->barSets()) {
            const int count = int(set->at(year - first));
            m_bars.append({year - first, year, set->label(), count, below});
            below += count;
        }
    }
    ++m_barsVersion;
    perYear->addSeries(series);

    auto *yearAxis = new QBarCategoryAxis;
    yearAxis->append(years);
    yearAxis->setTitleText(m_note.isEmpty() ? m_yearsTitle : m_yearsTitle + QStringLiteral(" · ") + m_note);
    auto *countAxis = new QValueAxis;
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->setRange(0, std::max(1, maximum));
    countAxis->setTickCount(std::min(maximum, 10) + 1 < 2 ? 2 : std::min(maximum, 10) + 1);
    perYear->addAxis(yearAxis, Qt::AlignBottom);
    perYear->addAxis(countAxis, Qt::AlignLeft);
    series->attachAxis(yearAxis);
    series->attachAxis(countAxis);
    PaletteColors::applyToChart(perYear, palette());
    applyFonts();
}
