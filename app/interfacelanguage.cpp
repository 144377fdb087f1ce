#include "interfacelanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

InterfaceLanguage::InterfaceLanguage(QObject *parent)
    : QObject(parent)
{
}

ContentLanguage InterfaceLanguage::systemDefault()
{
    for (const QString &language : QLocale::system().uiLanguages()) {
        if (language.startsWith(QLatin1String("zh"), Qt::CaseInsensitive))
            return ContentLanguage::Chinese;
    }
    return ContentLanguage::English;
}

QString InterfaceLanguage::code(ContentLanguage language)
{
    return language == ContentLanguage::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

std::optional<ContentLanguage> InterfaceLanguage::fromCode(const QString &code)
{
    if (code == QLatin1String("zh"))
        return ContentLanguage::Chinese;
    if (code == QLatin1String("en"))
        return ContentLanguage::English;
    return std::nullopt;
}

void InterfaceLanguage::apply(ContentLanguage language)
{
    if (m_installed && language == m_current)
        return;
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    m_current = language;
    m_installed = true;
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    // The English catalogue only carries plural forms; both are compiled into the binary.
    if (m_appTranslator.load(locale, QStringLiteral("report-explorer"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&m_appTranslator);
    if (language == ContentLanguage::Chinese
        && m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
}
