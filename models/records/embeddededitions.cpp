#include "embeddededitions.h"

#include "contenttranslator.h"
#include "reportimporter.h"

#include <QFile>
#include <QLocale>

#include <algorithm>
#include <iterator>

namespace {

struct Edition
{
    const char *year;
    const char *resource;
};

constexpr Edition editions[] = {
    {"2015", ":/report/ChinaOSSRepor_Chn_2015.md"},
    {"2016", ":/report/orgnization-2016.md"},
};

} // namespace

QStringList EmbeddedEditions::years()
{
    QStringList result;
    for (const Edition &edition : editions)
        result.append(QString::fromLatin1(edition.year));
    return result;
}

std::optional<ReportContent> EmbeddedEditions::load(const QString &year, QString *error)
{
    const auto edition = std::find_if(std::begin(editions), std::end(editions),
                                      [&](const Edition &edition) { return year == QLatin1String(edition.year); });
    if (edition == std::end(editions)) {
        *error = tr("there is no %1 edition; the editions are %2").arg(year, QLocale().createSeparatedList(years()));
        return std::nullopt;
    }
    const QString resource = QString::fromLatin1(edition->resource);
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("the built-in %1 edition is missing").arg(year);
        return std::nullopt;
    }
    ReportImporter::Error importError;
    std::optional<ReportContent> content
        = ReportImporter::parse(file.readAll(), resource.section(u'/', -1), &importError);
    if (!content) {
        *error = tr("the built-in %1 edition: %2").arg(year, importError.toString());
        return std::nullopt;
    }
    ContentTranslator translator;
    if (!translator.addEmbeddedTables(error))
        return std::nullopt;
    translator.translate(&*content);
    return content;
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
