#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

class AliasTable;

// What the user typed in the search box, ready to match: every word must occur, a "quoted
// phrase" must occur as written. Matching folds case the Unicode way and compares in NFKC,
// so ＣＯＰＵ, copu and COPU are the same and one- or two-character Chinese queries work.
// A term that is a name in the alias table also matches every other name of the same body
// (工信部, 工业和信息化部, MIIT), in both languages.
class SearchQuery
{
public:
    // One way a term can occur in a text.
    struct Form
    {
        QString text; // folded
        // An abbreviation from the alias table must stand as a word: "cac" is not in "efficacy".
        bool wholeWord = false;
        bool operator==(const Form &other) const { return text == other.text && wholeWord == other.wholeWord; }
    };

    SearchQuery() = default;
    // The built-in alias table (AliasTable::builtIn()) expands the terms.
    explicit SearchQuery(QStringView text);
    SearchQuery(QStringView text, const AliasTable &aliases);

    bool isEmpty() const { return m_terms.isEmpty(); }
    // Folded terms as typed, phrases kept whole.
    const QStringList &terms() const { return m_terms; }
    // For each term, the forms any one of which satisfies it: the term itself, then the other
    // names of its body, less those that hold another of them (which would find nothing more).
    const QList<QList<Form>> &termForms() const { return m_termForms; }
    // Every form of every term, for highlighting what matched.
    QStringList highlightTerms() const;

    // haystack must already be fold()ed.
    bool matches(QStringView foldedHaystack) const;
    // True when every text this query matches also matches broader, because each of broader's
    // terms lies inside one of this query's: typing on at the end of a word, or adding a word.
    bool narrows(const SearchQuery &broader) const;

    // Whether form occurs in a fold()ed text.
    static bool occursIn(const Form &form, QStringView foldedHaystack);

    // NFKC, Unicode case folding, whitespace runs as one space, control characters dropped.
    static QString fold(QStringView text);

private:
    QStringList m_terms;
    QList<QList<Form>> m_termForms;
};
