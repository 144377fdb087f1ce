#include "filechooser.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

void FileChooser::ask(QWidget *parent, QFileDialog::AcceptMode mode, const QString &caption, const QString &fileName,
                      const QString &filter, std::function<void(const QString &path)> chosen)
{
    auto *dialog = new QFileDialog(parent, caption, QDir(lastFolder()).filePath(fileName), filter);
    dialog->setAcceptMode(mode);
    dialog->setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, [chosen = std::move(chosen)](const QString &path) {
        if (path.isEmpty())
            return;
        rememberFolder(path);
        chosen(path);
    });
    dialog->open();
}

QString FileChooser::lastFolder()
{
    const QString folder = QSettings().value(QStringLiteral("export/lastFolder")).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void FileChooser::rememberFolder(const QString &path)
{
    QSettings().setValue(QStringLiteral("export/lastFolder"), QFileInfo(path).absolutePath());
}
