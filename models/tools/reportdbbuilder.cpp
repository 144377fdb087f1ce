// Build-time tool: report markdown + translation tables → the database the explorer embeds, as
// the SQL script ReportDatabase::loadEmbedded() replays.
#include "aliastable.h"
#include "contenttranslator.h"
#include "filewriter.h"
#include "reportdatabase.h"
#include "reportimporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "report-db-builder: %s\n", qUtf8Printable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Builds the report database from the markdown of each of the report's editions."));
    parser.addHelpOption();
    const QCommandLineOption translations(QStringLiteral("translations"),
                                          QStringLiteral("A zh→en translation table (TSV); may repeat."),
                                          QStringLiteral("tsv"));
    // Checked here so that a broken alias table stops the build instead of the search.
    const QCommandLineOption aliases(QStringLiteral("aliases"),
                                     QStringLiteral("The alias table (TSV) the explorer embeds, to check."),
                                     QStringLiteral("tsv"));
    // The n-th --title-en and --source-url describe the n-th --edition; the first edition is the
    // one the explorer shows by default.
    const QCommandLineOption editions(QStringLiteral("edition"), QStringLiteral("An edition's markdown; may repeat."),
                                      QStringLiteral("report.md"));
    const QCommandLineOption englishTitles(QStringLiteral("title-en"), QStringLiteral("The edition's English title."),
                                           QStringLiteral("title"));
    const QCommandLineOption sourceUrls(QStringLiteral("source-url"),
                                        QStringLiteral("Where the edition's markdown is published."),
                                        QStringLiteral("url"));
    parser.addOptions({translations, aliases, editions, englishTitles, sourceUrls});
    parser.addPositionalArgument(QStringLiteral("out.sql"), QStringLiteral("The database to write, as an SQL script."));
    parser.process(app);
    const QStringList arguments = parser.positionalArguments();
    const QStringList markdownPaths = parser.values(editions);
    if (arguments.size() != 1 || markdownPaths.isEmpty())
        return fail(QStringLiteral("expected at least one --edition and an output file; see --help"));
    if (parser.values(englishTitles).size() != markdownPaths.size()
        || parser.values(sourceUrls).size() != markdownPaths.size())
        return fail(QStringLiteral("every --edition needs its --title-en and --source-url"));

    ContentTranslator translator;
    for (const QString &tablePath : parser.values(translations)) {
        QFile table(tablePath);
        QString error;
        if (!table.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: %2").arg(tablePath, table.errorString()));
        if (!translator.addTable(table.readAll(), QFileInfo(tablePath).fileName(), &error))
            return fail(error);
    }

    QList<ReportContent> contents;
    for (qsizetype i = 0; i < markdownPaths.size(); ++i) {
        QFile markdown(markdownPaths.at(i));
        if (!markdown.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: %2").arg(markdownPaths.at(i), markdown.errorString()));
        ReportImporter::Error importError;
        std::optional<ReportContent> content
            = ReportImporter::parse(markdown.readAll(), QFileInfo(markdown).fileName(), &importError);
        if (!content)
            return fail(QStringLiteral("%1: %2").arg(markdownPaths.at(i), importError.toString()));
        translator.translate(&*content);
        content->titleEn = parser.values(englishTitles).at(i);
        content->sourceUrl = parser.values(sourceUrls).at(i);
        contents.append(std::move(*content));
    }

    for (const QString &tablePath : parser.values(aliases)) {
        QFile table(tablePath);
        QString error;
        if (!table.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: %2").arg(tablePath, table.errorString()));
        if (!AliasTable::parse(table.readAll(), QFileInfo(tablePath).fileName(), &error))
            return fail(error);
    }

    QString error;
    const std::optional<QByteArray> script = ReportDatabase::sqlScript(ReportContent::combined(contents), &error);
    if (!script || !FileWriter::write(arguments.at(0), *script, &error))
        return fail(error);
    return 0;
}
