#include "errorbox.h"

ErrorBox::ErrorBox(const QString &title, const QString &message, QWidget *parent)
    : QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent)
{
    setObjectName(QStringLiteral("errorBox"));
    setAttribute(Qt::WA_DeleteOnClose);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}
