#pragma once

#include <QFileDialog>

#include <functional>

// The window's file dialogs: window-modal and without an event loop of their own, so that what
// runs in the background goes on meanwhile. They start in the folder a file was last chosen in.
class FileChooser
{
public:
    // Asks for a file in a dialog over parent's window, then calls chosen with its path.
    static void ask(QWidget *parent, QFileDialog::AcceptMode mode, const QString &caption, const QString &fileName,
                    const QString &filter, std::function<void(const QString &path)> chosen);

private:
    static QString lastFolder();
    static void rememberFolder(const QString &path);
};
