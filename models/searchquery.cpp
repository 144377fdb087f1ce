#include "searchquery.h"

namespace {
// A query longer than this is cut: no report text is that long, and matching stays cheap.
constexpr qsizetype maximumQueryLength = 1000;
}

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
        // Noncharacters are no text, and SearchIndex separates fields with one (U+FFFF): a term
        // holding one would match every record or join two fields into a phrase.
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

QString SearchQuery::fold(QStringView text)
{
    const QString normalized = text.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString result;
    result.reserve(normalized.size());
    bool lastWasSpace = true;
    for (QChar c : normalized) {
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
