#pragma once

#include <QLocale>
#include <QMetaType>

// The two languages the explorer shows its interface and the report's content in.
enum class ContentLanguage { Chinese, English };

inline QLocale localeFor(ContentLanguage language)
{
    return language == ContentLanguage::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

Q_DECLARE_METATYPE(ContentLanguage)
