#pragma once

#include "contentlanguage.h"

#include <QByteArray>
#include <QString>

#include <vector>

struct ReportContent;

// Keeps the order of a report's events by text, per language, in the user's cache folder, so
// that a report read from a database file sorts by text at once when it is opened again:
// computing the order collates every text, about 4 s at a million events. It is kept for files
// only (the events' texts stay in the file; a report in memory is small or imported anew).
//
// A kept file is a header (magic, format version, byte order, sizes), the key and the order,
// one 32-bit row number an event. Its key (KeptFileName) names the database file as the search
// index's does, with the collation's locale and the Qt version (whose collation may change
// with it).
//
// A kept file is read as untrusted input: anything but a header, key and sizes that match and
// an order holding every row exactly once is ignored, and the order is computed again.
class TextOrderCache
{
public:
    // Bump whenever the order or the file's layout changes.
    static constexpr quint32 formatVersion = 1;
    // The orders kept, those used last: two languages of four reports, 4 MB each at a million
    // events.
    static constexpr int keptFiles = 8;

    // Disabled (isEnabled() false) unless content was read from a database file whose
    // identity is known.
    TextOrderCache(const ReportContent &content, ContentLanguage language);

    bool isEnabled() const { return !m_key.isEmpty(); }
    // Where this content's order in this language is kept; empty when disabled.
    QString filePath() const { return m_filePath; }

    // The kept order, checked; empty when there is none usable.
    std::vector<int> load() const;
    // Keeps order in place of any kept before, never as a partial file; then removes all but
    // the keptFiles used last. Warns when it cannot: sorting works without.
    void save(const std::vector<int> &order) const;

private:
    QByteArray m_key;
    QString m_filePath;
    size_t m_eventCount = 0;
};
