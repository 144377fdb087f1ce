#include "commandline.h"
#include "firstpaintreporter.h"
#include "headlessexport.h"
#include "instanceclient.h"
#include "instanceserver.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "reportcoordinator.h"
#include "reportsession.h"
#include "reportsource.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>

namespace {

std::optional<ReportContent> loadReport(const CommandLine &options, QString *error,
                                        const std::atomic_bool *cancelled = nullptr)
{
    if (!options.importPath.isEmpty() && options.importAsEdition != 0)
        return ReportSource::importMarkdownAsEdition(options.importPath, options.importAsEdition, error, cancelled);
    if (!options.importPath.isEmpty())
        return ReportSource::importMarkdown(options.importPath, error, cancelled);
    if (!options.databasePath.isEmpty())
        return ReportSource::database(options.databasePath, error, cancelled);
    return ReportSource::embedded(error, cancelled);
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
        return HeadlessExport::run(options, &session, &language);
    }

    ReportCoordinator coordinator(&session);
    std::unique_ptr<MainWindow> window;
    InstanceServer server;
    // A window of the explorer's own report takes part in "one explorer per user and display";
    // one opened on another file (--db, --import) stands apart. Offscreen there is no display.
    const bool singleInstance = options.importPath.isEmpty() && options.databasePath.isEmpty()
        && QGuiApplication::platformName() != QLatin1String("offscreen");
    const auto startWindow = [&]() {
        window = std::make_unique<MainWindow>(&coordinator, &language);
        if (qEnvironmentVariable("REPORT_EXPLORER_EXIT_AFTER_FIRST_PAINT") == QLatin1String("1"))
            window->installEventFilter(new FirstPaintReporter(sinceStart, window.get()));
        QString error;
        if (singleInstance && !server.listen(InstanceServer::socketName(), &error))
            qWarning("report-explorer: later launches will open windows of their own: %s", qUtf8Printable(error));
        QObject::connect(&server, &InstanceServer::linkReceived, window.get(), [&](const QString &link) {
            if (!link.isEmpty())
                coordinator.openLink(link);
            window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            window->raise();
            window->activateWindow();
        });
        window->show();
        // A file that cannot be opened must not keep the explorer from starting: the report built
        // into it is shown instead, and the window says why.
        coordinator.loadReport(
            [options](QString *error, const std::atomic_bool &cancelled) {
                return loadReport(options, error, &cancelled);
            },
            [](QString *error, const std::atomic_bool &cancelled) { return ReportSource::embedded(error, &cancelled); },
            // A database given shows its first records while the rest loads.
            options.importPath.isEmpty() && !options.databasePath.isEmpty()
                ? ReportSource::loaderOf(&ReportSource::databaseStart, options.databasePath)
                : ReportCoordinator::ReportLoader());
        if (!options.viewLink.isEmpty())
            coordinator.openLink(options.viewLink); // applied once the report has arrived
    };
    InstanceClient client;
    if (singleInstance) {
        // The explorer already running takes the link and raises itself; none answering, this
        // one starts.
        QObject::connect(&client, &InstanceClient::delivered, &app, &QCoreApplication::quit, Qt::QueuedConnection);
        QObject::connect(&client, &InstanceClient::failed, &app, startWindow);
        client.handOver(InstanceServer::socketName(), options.viewLink);
    } else {
        startWindow();
    }
    return QApplication::exec();
}
