#include "searchbox.h"

#include <QAction>
#include <QEvent>

SearchBox::SearchBox(QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("searchBox"));
    setClearButtonEnabled(true);
    setMinimumWidth(220);
    setMaximumWidth(420);
    auto *escape = new QAction(this);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetShortcut);
    connect(escape, &QAction::triggered, this, &QLineEdit::clear);
    addAction(escape);
    retranslate();
}

void SearchBox::startTyping()
{
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
}

void SearchBox::showText(const QString &text)
{
    const QSignalBlocker blocker(this);
    setText(text);
}

void SearchBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

void SearchBox::retranslate()
{
    setPlaceholderText(tr("Search events and alliances (Ctrl+F)"));
    setToolTip(tr("Matches Chinese and English at once. All words must match; put a phrase in quotes."));
    setAccessibleName(tr("Search"));
    setAccessibleDescription(toolTip());
}
