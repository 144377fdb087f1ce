#include "commandline.h"
#include "headlessexport.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "reportsession.h"
#include "reportsource.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>

namespace {

int failOnCommandLine(const QString &message)
{
    std::fprintf(stderr, "report-explorer: %s\n", qUtf8Printable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
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
    const std::optional<ContentLanguage> saved =
        InterfaceLanguage::fromCode(QSettings().value(QStringLiteral("language")).toString());
    const ContentLanguage chosen = options.language.value_or(
        options.isHeadless() ? ContentLanguage::Chinese : saved.value_or(InterfaceLanguage::systemDefault()));
    language.apply(chosen);

    QString error;
    std::optional<ReportContent> content;
    if (!options.importPath.isEmpty())
        content = ReportSource::importMarkdown(options.importPath, &error);
    else if (!options.databasePath.isEmpty())
        content = ReportSource::database(options.databasePath, &error);
    else
        content = ReportSource::embedded(&error);

    ReportSession session;
    session.setLanguage(chosen);
    if (options.isHeadless()) {
        if (!content)
            return failOnCommandLine(error);
        session.setContent(QSharedPointer<const ReportContent>::create(std::move(*content)));
        return HeadlessExport::run(options, &session);
    }

    MainWindow window(&session, &language);
    window.setLanguage(chosen);
    QString startupError;
    if (!content) {
        // A file that cannot be opened must not keep the explorer from starting.
        startupError = error;
        content = ReportSource::embedded(&error);
        if (!content) {
            QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), error);
            return 1;
        }
    }
    window.setReport(QSharedPointer<const ReportContent>::create(std::move(*content)));
    window.show();
    if (!startupError.isEmpty()) {
        window.showError(QCoreApplication::translate("main", "Cannot open the report"),
                         QCoreApplication::translate("main", "%1\n\nShowing the report built into the explorer instead.")
                             .arg(startupError));
    }
    return QApplication::exec();
}
