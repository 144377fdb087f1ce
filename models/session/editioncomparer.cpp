#include "editioncomparer.h"

#include "editioncomparison.h"
#include "editioncomparisonmodel.h"
#include "jobtracker.h"

#include <algorithm>
#include <optional>

EditionComparer::EditionComparer(QObject *parent)
    : QObject(parent)
    , m_tracker(new JobTracker(JobTracker::Lane::Interactive, this))
    , m_model(new EditionComparisonModel(this))
{
}

void EditionComparer::setReport(QSharedPointer<const ReportContent> report)
{
    m_report = std::move(report);
    QList<int> published;
    for (const ReportEdition &edition : m_report->editionList()) {
        if (!edition.sourceUrl.isEmpty())
            published.append(edition.year);
    }
    QList<int> years = published.size() >= 2 ? published : m_report->editionYears();
    std::sort(years.begin(), years.end());
    m_toYear = years.constLast();
    m_fromYear = years.size() >= 2 ? years.at(years.size() - 2) : m_toYear;
    emit editionsChanged();
    startComparison();
}

QList<int> EditionComparer::editionYears() const
{
    QList<int> years = m_report ? m_report->editionYears() : QList<int>();
    std::sort(years.begin(), years.end());
    return years;
}

void EditionComparer::setEditions(int fromYear, int toYear)
{
    if (fromYear == m_fromYear && toYear == m_toYear)
        return;
    m_fromYear = fromYear;
    m_toYear = toYear;
    emit editionsChanged();
    startComparison();
}

void EditionComparer::compare()
{
    if (m_wanted)
        return;
    m_wanted = true;
    startComparison();
}

bool EditionComparer::isComparing() const
{
    return m_tracker->isRunning();
}

QString EditionComparer::refusal() const
{
    return m_report ? EditionComparison::refusal(*m_report, m_fromYear, m_toYear) : QString();
}

void EditionComparer::startComparison()
{
    // What the model shows belongs to the pair before: it goes, whether or not a new one comes.
    m_tracker->cancel();
    m_model->setComparison({});
    if (m_wanted && m_report && refusal().isEmpty()) {
        m_tracker->start(
            [report = m_report, fromYear = m_fromYear, toYear = m_toYear](const std::atomic_bool &) {
                QString error; // refusal() was empty: there is none
                return EditionComparison::between(*report, fromYear, toYear, &error);
            },
            [this](std::optional<EditionComparison> comparison) {
                if (comparison)
                    m_model->setComparison(*comparison);
                emit comparisonChanged();
            });
    }
    emit comparisonChanged();
}
