#pragma once

#include <QMessageBox>

// An error told in a warning box over parent's window. Shown with open(), it is window-modal
// and runs no event loop of its own, so that the work in flight goes on meanwhile. It deletes
// itself when closed, and its text can be selected to copy into a bug report.
class ErrorBox : public QMessageBox
{
    Q_OBJECT

public:
    ErrorBox(const QString &title, const QString &message, QWidget *parent);
};
