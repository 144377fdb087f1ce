#include "searchquery.h"

#include "aliastable.h"

#include <algorithm>

namespace {
// A query longer than this is cut: no report text is that long, and matching stays cheap.
constexpr qsizetype maximumQueryLength = 1000;
} // namespace

SearchQuery::SearchQuery(QStringView text)
    : SearchQuery(text, AliasTable::builtIn())
{
}

SearchQuery::SearchQuery(QStringView text, const AliasTable &aliases)
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
    for (const QString &term : std::as_const(m_terms)) {
        QList<Form> forms{{term, false}};
        for (const QString &alias : aliases.equalForms(term)) {
            const QString folded = fold(alias);
            // Only a name that is all letters and digits at its ends can be a word of its own.
            const bool ascii = std::all_of(folded.cbegin(), folded.cend(), [](QChar c) { return c.unicode() < 0x80; });
            const Form form{folded, ascii && folded.front().isLetterOrNumber() && folded.back().isLetterOrNumber()};
            if (folded != term && !forms.contains(form))
                forms.append(form);
        }
        // A form that holds another, which may stand anywhere, finds no row that one does not:
        // 中华人民共和国工业和信息化部 adds nothing to 工业和信息化部 but another scan.
        const auto holdsAnother = [&forms](const Form &form) {
            return std::any_of(forms.cbegin(), forms.cend(), [&form](const Form &other) {
                return &other != &form && !other.wholeWord && form.text.contains(other.text);
            });
        };
        QList<Form> needed;
        for (const Form &form : std::as_const(forms)) {
            if (!holdsAnother(form))
                needed.append(form);
        }
        m_termForms.append(needed);
    }
}

QStringList SearchQuery::highlightTerms() const
{
    QStringList texts;
    for (const QList<Form> &forms : m_termForms) {
        for (const Form &form : forms) {
            if (!texts.contains(form.text))
                texts.append(form.text);
        }
    }
    return texts;
}

bool SearchQuery::occursIn(const Form &form, QStringView foldedHaystack)
{
    if (!form.wholeWord)
        return foldedHaystack.contains(form.text);
    const auto isWordCharacter = [](QChar c) { return c.unicode() < 0x80 && c.isLetterOrNumber(); };
    for (qsizetype from = 0;;) {
        const qsizetype hit = foldedHaystack.indexOf(form.text, from);
        if (hit < 0)
            return false;
        const qsizetype after = hit + form.text.size();
        if ((hit == 0 || !isWordCharacter(foldedHaystack.at(hit - 1)))
            && (after == foldedHaystack.size() || !isWordCharacter(foldedHaystack.at(after))))
            return true;
        from = hit + 1;
    }
}

bool SearchQuery::matches(QStringView foldedHaystack) const
{
    return std::all_of(m_termForms.cbegin(), m_termForms.cend(), [foldedHaystack](const QList<Form> &forms) {
        return std::any_of(forms.cbegin(), forms.cend(),
                           [foldedHaystack](const Form &form) { return occursIn(form, foldedHaystack); });
    });
}

bool SearchQuery::narrows(const SearchQuery &broader) const
{
    // A form implies a broader one when every text holding it holds the broader one too.
    const auto implies = [](const Form &form, const Form &broaderForm) {
        return broaderForm.wholeWord ? form == broaderForm : form.text.contains(broaderForm.text);
    };
    return std::all_of(broader.m_termForms.cbegin(), broader.m_termForms.cend(), [&](const QList<Form> &broaderForms) {
        return std::any_of(m_termForms.cbegin(), m_termForms.cend(), [&](const QList<Form> &forms) {
            return std::all_of(forms.cbegin(), forms.cend(), [&](const Form &form) {
                return std::any_of(broaderForms.cbegin(), broaderForms.cend(),
                                   [&](const Form &broaderForm) { return implies(form, broaderForm); });
            });
        });
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
