#pragma once

#include <QLineEdit>

// The search field of the window's toolbar. Esc clears it only while it has the focus, so
// that Esc elsewhere keeps its usual meaning.
class SearchBox : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchBox(QWidget *parent = nullptr);

    // Takes the focus with the text selected, so that typing replaces it (Edit ▸ Find).
    void startTyping();
    // Shows a search the program changed itself, without emitting textChanged().
    void showText(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};
