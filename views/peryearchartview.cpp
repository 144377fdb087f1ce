#include "peryearchartview.h"

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
    perYear->addSeries(series);

    auto *yearAxis = new QBarCategoryAxis;
    yearAxis->append(years);
    yearAxis->setTitleText(m_note.isEmpty() ? m_yearsTitle : m_yearsTitle + QStringLiteral(" · ") + m_note);
    // Qt Charts elides turned labels to the bar's width, so they turn only when level ones
    // would overlap: a report spanning decades.
    if (years.size() > 30)
        yearAxis->setLabelsAngle(-90);
    else if (years.size() > 12) {
        // Smaller labels fit a year under each bar where the default size would be elided.
        QFont font = yearAxis->labelsFont();
        font.setPointSizeF(font.pointSizeF() * 0.8);
        yearAxis->setLabelsFont(font);
    }
    auto *countAxis = new QValueAxis;
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->setRange(0, std::max(1, maximum));
    countAxis->setTickCount(std::min(maximum, 10) + 1 < 2 ? 2 : std::min(maximum, 10) + 1);
    perYear->addAxis(yearAxis, Qt::AlignBottom);
    perYear->addAxis(countAxis, Qt::AlignLeft);
    series->attachAxis(yearAxis);
    series->attachAxis(countAxis);
}
