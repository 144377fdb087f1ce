#pragma once

#include "contentlanguage.h"

class QMainWindow;

namespace Ui {
class MainWindow;
}

// What the window keeps between runs in QSettings: its geometry and panes, the chart tab, the
// tree's grouping, the timeline's lanes, the table's sort order and the language (which
// main() reads before the window is made).
class MainWindowSettings
{
public:
    // The first run sizes the window to fit the screen and shares its width out to the panes.
    static void restore(QMainWindow *window, const Ui::MainWindow &ui);
    static void save(const QMainWindow *window, const Ui::MainWindow &ui, ContentLanguage language);
};
