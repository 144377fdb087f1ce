#pragma once

#include "reportcontent.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <utility>

// Lines two editions of the report up record by record: which alliance and which event of one
// edition is the same as which of the other, and what changed between them. The rules are
// written down in README.md, "Matching across editions". Pure functions of the records: no
// state, no Qt objects, callable on any thread.
class EditionMatcher
{
public:
    enum class RecordKind { Alliance, Event };
    enum class Change { Added, Removed, Changed, Unchanged };

    // One alliance or event of either edition, or the pair of them.
    struct Comparison
    {
        RecordKind kind = RecordKind::Alliance;
        Change change = Change::Unchanged;
        int fromIndex = -1; // into the older edition's alliances or events; -1 when added
        int toIndex = -1; // into the newer edition's; -1 when removed
        QString identity; // the older record's (EditionIdentity), which a pair's newer one shares
        QStringList changedFields; // field keys (allianceFields(), eventFields()) that differ
    };

    // (from index, to index) for every record the two editions share, ordered by the to index.
    // A record appears in one pair at most: EditionIdentity gives each pair one identity.
    using IndexPairs = QList<std::pair<int, int>>;
    static IndexPairs pairAlliances(const ReportContent &from, const ReportContent &to);
    static IndexPairs pairEvents(const ReportContent &from, const ReportContent &to);

    // Alliances first, then events; each in the newer edition's order, with the records only
    // the older edition has after them in its order.
    static QList<Comparison> compare(const ReportContent &from, const ReportContent &to);

    // The keys of the fields compared, in the order a record shows them.
    static QStringList allianceFields();
    static QStringList eventFields();
    // Keys of the fields whose Chinese (the report's own words) differs; English is derived.
    static QStringList allianceDifferences(const AllianceRecord &from, const AllianceRecord &to);
    static QStringList eventDifferences(const ReportContent &from, int fromIndex, const ReportContent &to, int toIndex);

    // Full-width forms folded to ASCII (NFKC), case folded, and everything that is not a
    // letter or a digit dropped: what two wordings are compared by.
    static QString normalised(QStringView text);
    // An event's normalised text with its date clauses taken out, as the date is compared
    // on its own and may be stated to another precision.
    static QString normalisedEventWording(QStringView text);
    // True when neither date contradicts the other at the precision both state: 2005年5月
    // agrees with 2005年5月20日 and with 2005年, not with 2005年6月; an undated event agrees
    // with any date.
    static bool datesAgree(const ReportDate &a, const ReportDate &b);

    // Below this TextDiff::similarity of the normalised wordings, two events are not the same.
    static constexpr double minWordingSimilarity = 0.7;
};
