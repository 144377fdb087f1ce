#include "editioncomparison.h"

#include <QLocale>

QString EditionComparison::refusal(const ReportContent &report, int fromYear, int toYear)
{
    const QList<int> years = report.editionYears();
    for (int year : {fromYear, toYear}) {
        if (!years.contains(year)) {
            QStringList held;
            for (int heldYear : years)
                held.append(QString::number(heldYear));
            return tr("the report has no %1 edition; it holds %2").arg(year).arg(QLocale().createSeparatedList(held));
        }
    }
    if (years.size() < 2)
        return tr("the report holds only the %1 edition; import another edition to compare it with").arg(fromYear);
    if (fromYear == toYear)
        return tr("the %1 edition is on both sides; choose two different editions to compare").arg(fromYear);
    return QString();
}

std::optional<EditionComparison> EditionComparison::between(const ReportContent &report, int fromYear, int toYear,
                                                            QString *error)
{
    if (const QString refused = refusal(report, fromYear, toYear); !refused.isEmpty()) {
        *error = refused;
        return std::nullopt;
    }
    EditionComparison comparison;
    comparison.from = QSharedPointer<const ReportContent>::create(report.forEdition(fromYear));
    comparison.to = QSharedPointer<const ReportContent>::create(report.forEdition(toYear));
    comparison.rows = EditionMatcher::compare(*comparison.from, *comparison.to);
    return comparison;
}
