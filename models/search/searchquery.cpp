#include "searchquery.h"

#include <algorithm>

namespace {
// A query longer than this is cut: no report text is that long, and matching stays cheap.
constexpr qsizetype maximumQueryLength = 1000;
} // namespace

SearchQuery::SearchQuery(QStringView text)
{
    const QString folded = fold(text.left(maximumQueryLength));
    QString current;
    bool inQuotes = false;
    auto flush = [this, &current]() {
        const QString term = current.trimmed();
        if (!term.isEmpty() && !m_terms.contains(term))
            m_terms.append(term);
        current.clear();
    };
    for (QChar c : folded) {
        // Noncharacters are not text anyone can type or read: they are dropped from queries.
        if (c.isNonCharacter())
            continue;
        if (c == u'"' || c == u'“' || c == u'”') {
            flush();
            inQuotes = !inQuotes;
        } else if (c == u' ' && !inQuotes) {
            flush();
        } else {
            current.append(c);
        }
    }
    flush();
}

bool SearchQuery::matches(QStringView foldedHaystack) const
{
    for (const QString &term : m_terms) {
        if (!foldedHaystack.contains(term))
            return false;
    }
    return true;
}

bool SearchQuery::narrows(const SearchQuery &broader) const
{
    return std::all_of(broader.m_terms.cbegin(), broader.m_terms.cend(), [this](const QString &broaderTerm) {
        return std::any_of(m_terms.cbegin(), m_terms.cend(),
                           [&broaderTerm](const QString &term) { return term.contains(broaderTerm); });
    });
}

namespace {

// Characters whose NFKC form and case folding are cheap to compute here: ASCII, CJK unified
// ideographs and a few CJK punctuation marks (unchanged by both), and full-width ASCII
// variants (NFKC maps them to ASCII). Report text is almost entirely made of these, so folding
// it skips Qt's general normalisation, which dominated building the search index.
bool foldQuickly(QChar c, QChar *folded)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        *folded = (u >= u'A' && u <= u'Z') ? QChar(char16_t(u + 32)) : c;
        return true;
    }
    if ((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3001 && u <= 0x3002) || (u >= 0x3008 && u <= 0x3011) || u == 0x2014
        || (u >= 0x2018 && u <= 0x201D)) {
        *folded = c;
        return true;
    }
    if (u >= 0xFF01 && u <= 0xFF5E) {
        const char16_t ascii = char16_t(u - 0xFEE0);
        *folded = (ascii >= u'A' && ascii <= u'Z') ? QChar(char16_t(ascii + 32)) : QChar(ascii);
        return true;
    }
    return false;
}

QString collapseSpaces(QStringView text)
{
    QString result;
    result.reserve(text.size());
    bool lastWasSpace = true;
    for (QChar c : text) {
        if (c.isSpace()) {
            if (!lastWasSpace)
                result.append(u' ');
            lastWasSpace = true;
        } else if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format) {
            result.append(c);
            lastWasSpace = false;
        }
    }
    if (result.endsWith(u' '))
        result.chop(1);
    return result;
}

} // namespace

QString SearchQuery::fold(QStringView text)
{
    QString quick;
    quick.resize(text.size());
    QChar *out = quick.data();
    bool allQuick = true;
    for (QChar c : text) {
        if (!foldQuickly(c, out++)) {
            allQuick = false;
            break;
        }
    }
    if (allQuick)
        return collapseSpaces(quick);
    return collapseSpaces(text.toString().normalized(QString::NormalizationForm_KC).toCaseFolded());
}
