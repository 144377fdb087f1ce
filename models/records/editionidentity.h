#pragma once

#include <QString>

struct AllianceRecord;
struct PolicyEventRecord;
struct ReportContent;

// The identity that links the same alliance or the same event across editions (the identity
// column of schema version 2). Every identity the explorer stores is computed here, in assign(),
// and nowhere else.
//
// For now a record's key is what it trivially shares with itself in another edition: an
// alliance's normalised Chinese name, an event's region, date and normalised wording; a record
// whose key another record of its edition already has gets "#2", "#3" … This is the seam for
// the cross-edition matcher (EditionMatcher): it will decide which record of one edition is
// which record of another (a renamed alliance, a reworded event, a date stated more or less
// precisely), and assign() will give the records it pairs one identity.
class EditionIdentity
{
public:
    // Sets the identity of every alliance and event of content, whatever editions it holds.
    static void assign(ReportContent *content);
    // A record's key before assign() numbers the ones its edition repeats; for writers that
    // build a database row by row (the benchmark's synthetic reports).
    static QString allianceKey(const AllianceRecord &alliance);
    static QString eventKey(const PolicyEventRecord &event, const QString &textZh);

    // What a text is compared by: width and compatibility forms folded (NFKC), case folded,
    // and white space and punctuation left out.
    static QString normalised(const QString &text);
};
