#include "editioncomparer.h"

#include "editioncomparisonmodel.h"
#include "embeddededitions.h"
#include "jobtracker.h"

#include <optional>

EditionComparer::EditionComparer(QObject *parent)
    : QObject(parent)
    , m_tracker(new JobTracker(JobTracker::Lane::Interactive, this))
    , m_model(new EditionComparisonModel(this))
{
}

void EditionComparer::compare(const QString &fromYear, const QString &toYear)
{
    struct Result
    {
        std::optional<EditionComparison> comparison;
        QString error;
    };
    m_tracker->start(
        [fromYear, toYear](const std::atomic_bool &) {
            Result result;
            result.comparison = EmbeddedEditions::compare(fromYear, toYear, &result.error);
            return result;
        },
        [this](Result result) {
            if (!result.comparison) {
                emit failed(result.error);
                return;
            }
            m_model->setComparison(*result.comparison);
            emit compared();
        });
}
