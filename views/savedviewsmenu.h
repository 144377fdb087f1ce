#pragma once

#include <QMenu>

#include <functional>

class SavedViews;

// The Views menu: each saved view opens with a click; below them, save the view shown under a
// name, rename a saved view or delete one. Names are asked for in window-modal dialogs without
// a nested event loop.
class SavedViewsMenu : public QMenu
{
    Q_OBJECT

public:
    // currentLink gives the link of the view shown when one is saved.
    SavedViewsMenu(SavedViews *views, std::function<QString()> currentLink, QWidget *parent);

signals:
    void openRequested(const QString &link);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void askForName(const QString &title, const QString &label, const QString &text,
                    std::function<bool(const QString &name, QString *error)> accept);
    void showError(const QString &message);

    SavedViews *m_views;
    std::function<QString()> m_currentLink;
};
