#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// What the user typed in the search box, ready to match: every word must occur, a "quoted
// phrase" must occur as written. Matching folds case the Unicode way and compares in NFKC,
// so ＣＯＰＵ, copu and COPU are the same and one- or two-character Chinese queries work.
class SearchQuery
{
public:
    SearchQuery() = default;
    explicit SearchQuery(QStringView text);

    bool isEmpty() const { return m_terms.isEmpty(); }
    // Folded terms, phrases kept whole.
    const QStringList &terms() const { return m_terms; }

    // haystack must already be fold()ed.
    bool matches(QStringView foldedHaystack) const;
    // True when every text this query matches also matches broader, because each of broader's
    // terms lies inside one of this query's: typing on at the end of a word, or adding a word.
    bool narrows(const SearchQuery &broader) const;

    // NFKC, Unicode case folding, whitespace runs as one space, control characters dropped.
    static QString fold(QStringView text);

private:
    QStringList m_terms;
};
