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
    parser.setApplicationDescription(QStringLiteral("Builds the report database from the report's markdown."));
    parser.addHelpOption();
    const QCommandLineOption translations(QStringLiteral("translations"),
                                          QStringLiteral("A zh→en translation table (TSV); may repeat."),
                                          QStringLiteral("tsv"));
    parser.addOption(translations);
    // Checked here so that a broken alias table stops the build instead of the search.
    const QCommandLineOption aliases(QStringLiteral("aliases"),
                                     QStringLiteral("The alias table (TSV) the explorer embeds, to check."),
                                     QStringLiteral("tsv"));
    parser.addOption(aliases);
    parser.addPositionalArgument(QStringLiteral("report.md"), QStringLiteral("The report's markdown."));
    parser.addPositionalArgument(QStringLiteral("out.sql"), QStringLiteral("The database to write, as an SQL script."));
    parser.process(app);
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2)
        return fail(QStringLiteral("expected a report and an output file; see --help"));

    QFile markdown(arguments.at(0));
    if (!markdown.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: %2").arg(arguments.at(0), markdown.errorString()));
    ReportImporter::Error importError;
    std::optional<ReportContent> content
        = ReportImporter::parse(markdown.readAll(), QFileInfo(markdown).fileName(), &importError);
    if (!content)
        return fail(QStringLiteral("%1: %2").arg(arguments.at(0), importError.toString()));

    ContentTranslator translator;
    for (const QString &tablePath : parser.values(translations)) {
        QFile table(tablePath);
        QString error;
        if (!table.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: %2").arg(tablePath, table.errorString()));
        if (!translator.addTable(table.readAll(), QFileInfo(tablePath).fileName(), &error))
            return fail(error);
    }
    translator.translate(&*content);

    for (const QString &tablePath : parser.values(aliases)) {
        QFile table(tablePath);
        QString error;
        if (!table.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: %2").arg(tablePath, table.errorString()));
        if (!AliasTable::parse(table.readAll(), QFileInfo(tablePath).fileName(), &error))
            return fail(error);
    }

    QString error;
    const std::optional<QByteArray> script = ReportDatabase::sqlScript(*content, &error);
    if (!script || !FileWriter::write(arguments.at(1), *script, &error))
        return fail(error);
    return 0;
}
