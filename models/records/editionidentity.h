#pragma once

#include <QString>

struct AllianceRecord;
struct PolicyEventRecord;
struct ReportContent;

// The identity that links the same alliance or the same event across editions (the identity
// column of schema version 2). Every identity the explorer stores is computed here, in assign(),
// and nowhere else.
//
// Records EditionMatcher pairs share one identity: that of the older record, so a record keeps
// the identity of its oldest match however many editions follow. A record no older edition has
// takes its own key: an alliance's normalised Chinese name, an event's region, date and a digest
// of its normalised wording, numbered "#2", "#3" … when a record of its own or another edition
// already has it. No two records of one edition share an identity.
class EditionIdentity
{
public:
    // Sets the identity of every alliance and event of content, whatever editions it holds.
    static void assign(ReportContent *content);
    // The alliances' alone, for content whose events keep theirs in a file (or get them later).
    static void assignAlliances(ReportContent *content);
    // A record's own key before assign() numbers the ones taken; for writers that build a
    // single-edition database row by row (the benchmark's synthetic reports).
    static QString allianceKey(const AllianceRecord &alliance);
    static QString eventKey(const PolicyEventRecord &event, const QString &textZh);

    // What a text is compared by: width and compatibility forms folded (NFKC), case folded,
    // and white space and punctuation left out.
    static QString normalised(const QString &text);
};
