#pragma once

#include "contentlanguage.h"

#include <QObject>
#include <QTranslator>

// Installs the translators for the chosen interface language: the explorer's own strings and
// Qt's (standard dialogs). Widgets retranslate on the LanguageChange event this causes.
class InterfaceLanguage : public QObject
{
    Q_OBJECT

public:
    explicit InterfaceLanguage(QObject *parent = nullptr);

    void apply(ContentLanguage language);
    ContentLanguage current() const { return m_current; }

    // zh* system locales start in Chinese, everything else in English.
    static ContentLanguage systemDefault();
    static QString code(ContentLanguage language);
    static std::optional<ContentLanguage> fromCode(const QString &code);

private:
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    ContentLanguage m_current = ContentLanguage::English;
    bool m_installed = false;
};
