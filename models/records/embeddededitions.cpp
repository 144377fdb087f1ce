#include "embeddededitions.h"

#include "reportdatabase.h"

#include <QLocale>

namespace {

// The years of the editions the embedded database holds, oldest first: known without loading it.
constexpr const char *editionYears[] = {"2015", "2016"};

} // namespace

QStringList EmbeddedEditions::years()
{
    QStringList result;
    for (const char *year : editionYears)
        result.append(QString::fromLatin1(year));
    return result;
}

std::optional<ReportContent> EmbeddedEditions::load(const QString &year, QString *error)
{
    if (!years().contains(year)) {
        *error = tr("there is no %1 edition; the editions are %2").arg(year, QLocale().createSeparatedList(years()));
        return std::nullopt;
    }
    QString failure;
    const std::optional<ReportContent> embedded = ReportDatabase::loadEmbedded(&failure);
    if (!embedded) {
        *error = tr("the built-in %1 edition: %2").arg(year, failure);
        return std::nullopt;
    }
    if (!embedded->editionYears().contains(year.toInt())) {
        *error = tr("the built-in %1 edition is missing").arg(year);
        return std::nullopt;
    }
    return embedded->forEdition(year.toInt());
}

std::optional<EditionComparison> EmbeddedEditions::compare(const QString &fromYear, const QString &toYear,
                                                           QString *error)
{
    if (fromYear == toYear) {
        *error = tr("the %1 edition cannot be compared with itself").arg(fromYear);
        return std::nullopt;
    }
    std::optional<ReportContent> from = load(fromYear, error);
    if (!from)
        return std::nullopt;
    std::optional<ReportContent> to = load(toYear, error);
    if (!to)
        return std::nullopt;
    EditionComparison comparison;
    comparison.rows = EditionMatcher::compare(*from, *to);
    comparison.from = QSharedPointer<const ReportContent>::create(std::move(*from));
    comparison.to = QSharedPointer<const ReportContent>::create(std::move(*to));
    return comparison;
}
