#pragma once

#include "contentlanguage.h"

#include <QString>

// One piece of report text with its translation. The Chinese is the report's own words;
// the English is empty until a translation table provides it.
struct BilingualText
{
    QString zh;
    QString en;

    // Falls back to the Chinese original when no English exists, so nothing shows blank.
    QString text(ContentLanguage language) const
    {
        return language == ContentLanguage::English && !en.isEmpty() ? en : zh;
    }

    friend bool operator==(const BilingualText &a, const BilingualText &b) { return a.zh == b.zh && a.en == b.en; }
};
