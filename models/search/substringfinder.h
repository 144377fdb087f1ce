#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Finds one byte string in many haystacks, as SearchIndex does for each term of a query.
// glibc's memmem prepares a shift table on every call and then steps through the haystack in
// scalar code; this prepares once and tests sixteen positions at a time, which matters when a
// common term hits thousands of rows, each hit a new call.
class SubstringFinder
{
public:
    // A wholeWord needle is found only where no ASCII letter or digit comes right before or
    // after it (an abbreviation such as "cac" then skips "efficacy"); the ends of the range count
    // as a word's ends.
    explicit SubstringFinder(QByteArrayView needle, bool wholeWord = false);

    // The first occurrence in [begin, end), or nullptr.
    const char *find(const char *begin, const char *end) const;
    bool occursIn(const char *begin, const char *end) const { return find(begin, end) != nullptr; }

    qsizetype size() const { return m_needle.size(); }
    // Whether every byte is below 0x80: only then can the needle occur in pure ASCII text.
    bool isAscii() const { return m_ascii; }

private:
    const char *findAnywhere(const char *begin, const char *end) const;

    QByteArray m_needle;
    // Two bytes of the needle compared before the whole: the last one, and the first one or,
    // when that opens a multi-byte UTF-8 character, the continuation after it (a lead byte
    // such as 0xE5 starts a large share of all Chinese characters; continuations vary more).
    qsizetype m_firstProbe = 0;
    bool m_ascii = true;
    bool m_wholeWord = false;
    // Whether the processor compares 32 bytes at once (the build targets 16).
    bool m_avx2 = false;
};
