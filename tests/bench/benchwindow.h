#pragma once

#include "contentlanguage.h"
#include "mainwindow.h"
#include "reportsource.h"

#include <functional>
#include <memory>

class InterfaceLanguage;
class ReportSession;

// The one place the benchmark makes the explorer's main window: everything else finds its
// controls by object name and drives them as a user would, so that a change to how the
// window is put together only needs this function to follow it.
inline std::unique_ptr<MainWindow> makeBenchWindow(ReportSession *session, InterfaceLanguage *language)
{
    auto window = std::make_unique<MainWindow>(session, language);
    window->setLanguage(ContentLanguage::Chinese);
    // The window's default size; the offscreen screen would otherwise bound it to 800×600.
    window->resize(1380, 820);
    return window;
}

// Reads the database in the window, as File ▸ Open does once a file is chosen.
inline void openInBenchWindow(MainWindow *window, const QString &path, std::function<void(const QString &error)> onFailure)
{
    window->loadReport([path](QString *error) { return ReportSource::database(path, error); }, std::move(onFailure));
}
