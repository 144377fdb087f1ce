#include "reportsource.h"

#include "contenttranslator.h"
#include "reportdatabase.h"
#include "reportimporter.h"

#include <QFile>
#include <QFileInfo>

std::optional<ReportContent> ReportSource::embedded(QString *error, const std::atomic_bool *cancelled)
{
    return ReportDatabase::loadEmbedded(error, cancelled);
}

std::optional<ReportContent> ReportSource::database(const QString &path, QString *error,
                                                    const std::atomic_bool *cancelled)
{
    return ReportDatabase::loadFile(path, error, cancelled);
}

std::optional<ReportContent> ReportSource::databaseStart(const QString &path, QString *error,
                                                         const std::atomic_bool *cancelled)
{
    return ReportDatabase::loadFileStart(path, {}, error, cancelled);
}

ReportCoordinator::ReportLoader ReportSource::loaderOf(PathLoader load, const QString &path)
{
    if (!load)
        return {};
    return [load, path](QString *error, const std::atomic_bool &cancelled) { return load(path, error, &cancelled); };
}

std::optional<ReportContent> ReportSource::importMarkdown(const QString &path, QString *error,
                                                          const std::atomic_bool *cancelled)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = tr("%1: is a folder, not a markdown file").arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    ReportImporter::Error importError;
    std::optional<ReportContent> content = ReportImporter::parse(file.readAll(), info.fileName(), &importError);
    if (!content) {
        *error = tr("%1: %2").arg(path, importError.toString());
        return std::nullopt;
    }
    if (cancelled && cancelled->load())
        return std::nullopt;
    ContentTranslator translator;
    QString translationError;
    if (translator.addEmbeddedTables(&translationError))
        translator.translate(&*content);
    return content;
}

std::optional<ReportContent> ReportSource::importMarkdownAsEdition(const QString &path, int year, QString *error,
                                                                   const std::atomic_bool *cancelled)
{
    std::optional<ReportContent> embeddedEditions = embedded(error, cancelled);
    if (!embeddedEditions)
        return std::nullopt;
    if (embeddedEditions->editionYears().contains(year)) {
        *error = tr("%1: the report already holds the %2 edition; choose another year").arg(path).arg(year);
        return std::nullopt;
    }
    std::optional<ReportContent> imported = importMarkdown(path, error, cancelled);
    if (!imported)
        return std::nullopt;
    imported->setEditionYear(year);
    return ReportContent::combined({*embeddedEditions, *imported});
}
