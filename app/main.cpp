#include "commandline.h"
#include "firstpaintreporter.h"
#include "headlessexport.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "reportcoordinator.h"
#include "reportsession.h"
#include "reportsource.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>

namespace {

std::optional<ReportContent> loadReport(const CommandLine &options, QString *error)
{
    if (!options.importPath.isEmpty() && options.importAsEdition != 0)
        return ReportSource::importMarkdownAsEdition(options.importPath, options.importAsEdition, error);
    if (!options.importPath.isEmpty())
        return ReportSource::importMarkdown(options.importPath, error);
    if (!options.databasePath.isEmpty())
        return ReportSource::database(options.databasePath, error);
    return ReportSource::embedded(error);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    const CommandLine options = CommandLine::parse(CommandLine::argumentsOf(argc, argv));
    // Exports, --help and --version must work on a machine with no display at all.
    if (!options.needsDisplay() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("report-explorer"));
    QApplication::setApplicationDisplayName(QStringLiteral("China Open Source Report Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(REPORT_EXPLORER_VERSION));
    QApplication::setOrganizationName(QStringLiteral("ReportExplorer"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.kaiyuanshe.ReportExplorer"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/report-explorer.svg")));

    if (options.helpRequested || options.versionRequested)
        options.showHelpOrVersion();

    InterfaceLanguage language;
    const std::optional<ContentLanguage> saved
        = InterfaceLanguage::fromCode(QSettings().value(QStringLiteral("language")).toString());
    const ContentLanguage chosen = options.language.value_or(
        options.isHeadless() ? ContentLanguage::Chinese : saved.value_or(InterfaceLanguage::systemDefault()));
    language.apply(chosen);

    ReportSession session;
    session.setLanguage(chosen);
    if (options.isHeadless()) {
        QString error;
        std::optional<ReportContent> content = loadReport(options, &error);
        if (!content)
            return CommandLine::fail(error);
        session.setContent(QSharedPointer<const ReportContent>::create(std::move(*content)));
        return HeadlessExport::run(options, &session);
    }

    ReportCoordinator coordinator(&session);
    MainWindow window(&coordinator, &language);
    if (qEnvironmentVariable("REPORT_EXPLORER_EXIT_AFTER_FIRST_PAINT") == QLatin1String("1"))
        window.installEventFilter(new FirstPaintReporter(sinceStart, &window));
    window.show();
    // A file that cannot be opened must not keep the explorer from starting: the report built
    // into it is shown instead, and the window says why.
    coordinator.loadReport([options](QString *error) { return loadReport(options, error); }, &ReportSource::embedded);
    return QApplication::exec();
}
