#include "firstpaintreporter.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

// The baseline of the start-up target: an empty QMainWindow of the explorer's default size,
// started and timed exactly as report-explorer is, reporting its first paint and quitting.
// With --text it shows one line of Chinese and English, so the fonts are loaded too: the
// floor for any window that shows the report.
int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bench-bare-window"));
    window.resize(1380, 820);
    if (QApplication::arguments().contains(QStringLiteral("--text")))
        window.setCentralWidget(
            new QLabel(QStringLiteral("中国开源生态报告浏览器 · China Open Source Report Explorer")));
    FirstPaintReporter reporter(sinceStart);
    window.installEventFilter(&reporter);
    window.show();
    return QApplication::exec();
}
