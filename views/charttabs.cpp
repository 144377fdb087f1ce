#include "charttabs.h"

#include "chartexportdialog.h"
#include "chartexporter.h"
#include "editioncomparer.h"
#include "editioncomparisonmodel.h"
#include "errorbox.h"
#include "filechooser.h"
#include "peryearchartview.h"
#include "reportcharts.h"
#include "reportcoordinator.h"
#include "timelinechartview.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLayout>
#include <QMimeData>

ChartTabs::ChartTabs(QWidget *parent)
    : QTabWidget(parent)
{
    connect(this, &QTabWidget::currentChanged, this, &ChartTabs::ensureChartView);
    connect(this, &QTabWidget::currentChanged, this, [this](int tab) {
        if (m_coordinator)
            m_coordinator->setChartTab(ViewState::ChartTab(tab));
    });
}

void ChartTabs::setChartAreas(QLayout *timelineArea, QLayout *perYearArea)
{
    m_timelineArea = timelineArea;
    m_perYearArea = perYearArea;
}

void ChartTabs::setSources(ReportCoordinator *coordinator, EditionComparer *comparer)
{
    m_coordinator = coordinator;
    m_comparer = comparer;
    connect(m_coordinator, &ReportCoordinator::reportChanged, this, [this]() { ensureChartView(currentIndex()); });
    connect(m_comparer, &EditionComparer::comparisonChanged, this, &ChartTabs::colourTimelineByChange);
}

void ChartTabs::ensureChartView(int tab)
{
    if (!m_coordinator || !m_coordinator->hasReport())
        return;
    if (tab == TimelineTab && !m_timeline) {
        m_timeline = new TimelineChartView;
        m_timeline->setObjectName(QStringLiteral("timelineChart"));
        m_timelineArea->addWidget(m_timeline);
        connect(m_timeline, &TimelineChartView::eventClicked, m_coordinator, &ReportCoordinator::showEvent);
        connect(m_timeline, &TimelineChartView::allianceClicked, m_coordinator, &ReportCoordinator::showAlliance);
        connect(m_timeline, &TimelineChartView::escapePressed, this, &ChartTabs::escapePressed);
        colourTimelineByChange();
        emit timelineCreated();
        m_coordinator->watchCharts(
            m_timeline, [this](const TimelineData &data) { ReportCharts::fillTimeline(m_timeline, data); },
            [this](const ChartSelection &selection) {
                m_timeline->setSelectedEvent(selection.eventId);
                m_timeline->setSelectedAlliance(selection.allianceIndex);
                m_timeline->setRelatedEvents(selection.relatedEventIds);
            });
    } else if (tab == PerYearTab && !m_perYear) {
        m_perYear = new PerYearChartView;
        m_perYear->setObjectName(QStringLiteral("perYearChart"));
        m_perYearArea->addWidget(m_perYear);
        m_coordinator->watchCharts(
            m_perYear, [this](const TimelineData &data) { ReportCharts::fillPerYear(m_perYear, data); },
            [](const ChartSelection &) {});
    }
}

QWidget *ChartTabs::shownChart() const
{
    if (currentIndex() == TimelineTab)
        return m_timeline;
    return m_perYear;
}

void ChartTabs::exportChart()
{
    const bool timelineShown = currentIndex() == TimelineTab;
    QWidget *shown = shownChart();
    if (!shown) // the report is still loading
        shown = currentWidget();
    const qreal ratio = std::max<qreal>(2.0, devicePixelRatioF());
    auto *dialog
        = new ChartExportDialog(timelineShown ? ReportCharts::Chart::Timeline : ReportCharts::Chart::PerYear,
                                (QSizeF(shown->size()) * ratio).toSize().expandedTo(QSize(1280, 720)), ratio, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        const ReportCharts::Chart chart = dialog->chart();
        const ChartExportSize size = dialog->size();
        FileChooser::ask(
            window(), QFileDialog::AcceptSave, tr("Export Chart"), QStringLiteral("chart.png"),
            tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
            [this, chart, size](const QString &path) {
                const ReportSession &session = *m_coordinator->session();
                const std::unique_ptr<QChartView> view
                    = ReportCharts::viewForExport(chart, session, m_coordinator->laneMode());
                QString error;
                if (!ChartExporter::exportChart(view.get(), path, size, ReportCharts::caption(session), &error)) {
                    (new ErrorBox(tr("Export failed"), error, window()))->open();
                    return;
                }
                emit statusMessage(tr("Chart written to %1").arg(QDir::toNativeSeparators(path)));
            });
    });
    dialog->open();
}

void ChartTabs::copyChart()
{
    const QWidget *shown = shownChart();
    if (!shown) // the report is still loading
        return;
    const ReportSession &session = *m_coordinator->session();
    // As large as on screen, drawn at twice the scale so that it stays sharp on a slide.
    const ChartExportSize size((QSizeF(shown->size()) * 2.0).toSize().expandedTo(QSize(640, 360)), 2.0);
    const std::unique_ptr<QChartView> view = ReportCharts::viewForExport(
        currentIndex() == TimelineTab ? ReportCharts::Chart::Timeline : ReportCharts::Chart::PerYear, session,
        m_coordinator->laneMode());
    QString error;
    std::unique_ptr<QMimeData> data = ChartExporter::mimeData(view.get(), size, ReportCharts::caption(session), &error);
    if (!data) {
        (new ErrorBox(tr("Cannot copy the chart"), error, window()))->open();
        return;
    }
    QGuiApplication::clipboard()->setMimeData(data.release());
    emit statusMessage(tr("Chart copied as an image and as SVG"));
}

void ChartTabs::resetZoom()
{
    if (m_timeline)
        m_timeline->resetZoom();
}

void ChartTabs::setColouredByChange(bool byChange)
{
    m_colouredByChange = byChange;
    colourTimelineByChange();
}

void ChartTabs::colourTimelineByChange()
{
    if (!m_comparer)
        return;
    // The Compare tab compares when first shown; the timeline can ask before it is. Either way
    // the colours follow the pair chosen in the tab.
    if (m_colouredByChange)
        m_comparer->compare();
    if (m_timeline)
        ReportCharts::colourTimelineByChange(m_timeline,
                                             m_colouredByChange ? EventChangeLookup(m_comparer->model()->comparison())
                                                                : EventChangeLookup());
}
