#include "savedviewsmenu.h"

#include "savedviews.h"

#include <QEvent>
#include <QInputDialog>
#include <QMessageBox>

SavedViewsMenu::SavedViewsMenu(SavedViews *views, std::function<QString()> currentLink, QWidget *parent)
    : QMenu(parent)
    , m_views(views)
    , m_currentLink(std::move(currentLink))
{
    setObjectName(QStringLiteral("savedViewsMenu"));
    connect(m_views, &SavedViews::changed, this, &SavedViewsMenu::rebuild);
    rebuild();
}

void SavedViewsMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QMenu::changeEvent(event);
}

void SavedViewsMenu::rebuild()
{
    // clear() leaves the submenus, which own their menu actions.
    qDeleteAll(findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly));
    clear();
    setTitle(tr("Vie&ws"));
    const QStringList names = m_views->names();
    for (const QString &name : names) {
        // A name is the person's own text: an '&' in it is not a mnemonic.
        QAction *open = addAction(QString(name).replace(QLatin1Char('&'), QStringLiteral("&&")));
        connect(open, &QAction::triggered, this, [this, name]() { emit openRequested(m_views->link(name)); });
    }
    if (names.isEmpty())
        addAction(tr("No saved views"))->setEnabled(false);
    addSeparator();
    QAction *save = addAction(tr("&Save Current View…"));
    save->setObjectName(QStringLiteral("saveViewAction"));
    connect(save, &QAction::triggered, this, [this]() {
        askForName(tr("Save View"), tr("Name of the view:"), QString(),
                   [this](const QString &name, QString *error) { return m_views->save(name, m_currentLink(), error); });
    });
    QMenu *rename = addMenu(tr("&Rename"));
    QMenu *remove = addMenu(tr("&Delete"));
    rename->setObjectName(QStringLiteral("renameViewMenu"));
    remove->setObjectName(QStringLiteral("deleteViewMenu"));
    rename->setEnabled(!names.isEmpty());
    remove->setEnabled(!names.isEmpty());
    for (const QString &name : names) {
        const QString label = QString(name).replace(QLatin1Char('&'), QStringLiteral("&&"));
        connect(rename->addAction(label), &QAction::triggered, this, [this, name]() {
            askForName(
                tr("Rename View"), tr("New name of “%1”:").arg(name), name,
                [this, name](const QString &newName, QString *error) { return m_views->rename(name, newName, error); });
        });
        connect(remove->addAction(label), &QAction::triggered, this, [this, name]() { m_views->remove(name); });
    }
}

void SavedViewsMenu::askForName(const QString &title, const QString &label, const QString &text,
                                std::function<bool(const QString &name, QString *error)> accept)
{
    auto *dialog = new QInputDialog(parentWidget());
    dialog->setObjectName(QStringLiteral("viewNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(text);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, accept = std::move(accept)](const QString &name) {
        QString error;
        if (!accept(name.trimmed(), &error))
            showError(error);
    });
    dialog->open();
}

void SavedViewsMenu::showError(const QString &message)
{
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Cannot use this name"), message, QMessageBox::Ok, parentWidget());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
