#pragma once

#include "contentlanguage.h"
#include "mainwindow.h"
#include "reportcoordinator.h"
#include "reportsource.h"

#include <functional>
#include <memory>

class InterfaceLanguage;
class ReportSession;

// The one place the benchmark makes the explorer's main window: everything else finds its
// controls by object name and drives them as a user would, so that a change to how the
// window is put together only needs this function to follow it.
// The window's coordinator is its child here, so that the window alone stands for both.
inline std::unique_ptr<MainWindow> makeBenchWindow(ReportSession *session, InterfaceLanguage *language)
{
    auto *coordinator = new ReportCoordinator(session);
    auto window = std::make_unique<MainWindow>(coordinator, language);
    coordinator->setParent(window.get());
    window->setLanguage(ContentLanguage::Chinese);
    // The window's default size; the offscreen screen would otherwise bound it to 800×600.
    window->resize(1380, 820);
    return window;
}

// Reads the database in the window, as File ▸ Open does once a file is chosen.
inline void openInBenchWindow(MainWindow *window, const QString &path,
                              std::function<void(const QString &error)> onFailure)
{
    auto *coordinator = window->findChild<ReportCoordinator *>();
    QObject::connect(coordinator, &ReportCoordinator::loadFailed, window, std::move(onFailure),
                     Qt::SingleShotConnection);
    coordinator->loadReport(ReportSource::loaderOf(&ReportSource::database, path), {},
                            ReportSource::loaderOf(&ReportSource::databaseStart, path));
}

// Shows a report at once, as the window does when a load job delivers it.
inline void showInBenchWindow(MainWindow *window, QSharedPointer<const ReportContent> content)
{
    window->findChild<ReportCoordinator *>()->setReport(std::move(content));
}
