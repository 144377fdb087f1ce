#include "editionmatcher.h"

#include "textdiff.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace {

QStringList chinese(const QList<BilingualText> &texts)
{
    QStringList result;
    result.reserve(texts.size());
    for (const BilingualText &text : texts)
        result.append(text.zh);
    return result;
}

// The keys an alliance can be recognised by in another edition: its name, then its
// abbreviation and the English name the report gives it. Abbreviations of one character
// (a letter standing alone) say too little to match on.
QStringList allianceKeys(const AllianceRecord &alliance)
{
    QStringList keys;
    for (const QString &key :
         {EditionMatcher::normalised(alliance.abbreviation), EditionMatcher::normalised(alliance.givenEnglishName)}) {
        if (key.size() >= 2)
            keys.append(key);
    }
    return keys;
}

// The fields whose flag is set; differs holds one flag for each field, in the same order.
template<size_t count>
QStringList fieldsWhere(const QStringList &fields, const bool (&differs)[count])
{
    Q_ASSERT(fields.size() == qsizetype(count));
    QStringList result;
    for (size_t field = 0; field < count; ++field) {
        if (differs[field])
            result.append(fields.at(qsizetype(field)));
    }
    return result;
}

} // namespace

QString EditionMatcher::normalised(QStringView text)
{
    const QString folded = text.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString result;
    result.reserve(folded.size());
    for (QChar c : folded) {
        if (c.isLetterOrNumber() || c.isSurrogate())
            result.append(c);
    }
    return result;
}

QString EditionMatcher::normalisedEventWording(QStringView text)
{
    static const QRegularExpression dateClause(QStringLiteral("[0-9]{4}年(?:[0-9]{1,2}月(?:[0-9]{1,2}[日号])?)?"));
    return normalised(text.toString().normalized(QString::NormalizationForm_KC).remove(dateClause));
}

bool EditionMatcher::datesAgree(const ReportDate &a, const ReportDate &b)
{
    using Precision = ReportDate::Precision;
    if (a.isNull() || b.isNull())
        return true;
    const Precision common = std::min(a.precision(), b.precision());
    return a.year() == b.year() && (common < Precision::Month || a.month() == b.month())
        && (common < Precision::Day || a.day() == b.day());
}

EditionMatcher::IndexPairs EditionMatcher::pairAlliances(const ReportContent &from, const ReportContent &to)
{
    std::vector<int> partnerOfTo(size_t(to.alliances.size()), -1);
    std::vector<bool> paired(size_t(from.alliances.size()), false);
    // By name first, so that an abbreviation two alliances happen to share cannot take a name's
    // partner away.
    QHash<QString, int> toByName;
    for (int j = int(to.alliances.size()) - 1; j >= 0; --j)
        toByName.insert(normalised(to.alliances.at(j).name.zh), j);
    for (int i = 0; i < from.alliances.size(); ++i) {
        const int j = toByName.value(normalised(from.alliances.at(i).name.zh), -1);
        if (j >= 0 && partnerOfTo[size_t(j)] < 0) {
            partnerOfTo[size_t(j)] = i;
            paired[size_t(i)] = true;
        }
    }
    QHash<QString, int> toByKey;
    for (int j = int(to.alliances.size()) - 1; j >= 0; --j) {
        if (partnerOfTo[size_t(j)] >= 0)
            continue;
        for (const QString &key : allianceKeys(to.alliances.at(j)))
            toByKey.insert(key, j);
    }
    for (int i = 0; i < from.alliances.size(); ++i) {
        if (paired[size_t(i)])
            continue;
        for (const QString &key : allianceKeys(from.alliances.at(i))) {
            const int j = toByKey.value(key, -1);
            if (j >= 0 && partnerOfTo[size_t(j)] < 0) {
                partnerOfTo[size_t(j)] = i;
                paired[size_t(i)] = true;
                break;
            }
        }
    }
    IndexPairs pairs;
    for (int j = 0; j < int(partnerOfTo.size()); ++j) {
        if (partnerOfTo[size_t(j)] >= 0)
            pairs.append({partnerOfTo[size_t(j)], j});
    }
    return pairs;
}

EditionMatcher::IndexPairs EditionMatcher::pairEvents(const ReportContent &from, const ReportContent &to)
{
    // Only events of one region can be the same event, so candidates are sought per region.
    QHash<QString, QList<int>> toByRegion;
    std::vector<QString> toWording(size_t(to.events.size()));
    for (int j = 0; j < to.events.size(); ++j) {
        toByRegion[normalised(to.events.at(j).region.zh)].append(j);
        toWording[size_t(j)] = normalisedEventWording(to.eventText(j).zh);
    }
    struct Candidate
    {
        double similarity;
        bool sameDate;
        int from;
        int to;
    };
    std::vector<Candidate> candidates;
    for (int i = 0; i < from.events.size(); ++i) {
        const PolicyEventRecord &event = from.events.at(i);
        const QString wording = normalisedEventWording(from.eventText(i).zh);
        for (int j : toByRegion.value(normalised(event.region.zh))) {
            const PolicyEventRecord &other = to.events.at(j);
            if (!datesAgree(event.date, other.date))
                continue;
            const QString &otherWording = toWording[size_t(j)];
            // No common subsequence is longer than the shorter text, which bounds the similarity
            // before the quadratic comparison is paid for.
            const qsizetype shorter = std::min(wording.size(), otherWording.size());
            if (2.0 * double(shorter) < minWordingSimilarity * double(wording.size() + otherWording.size()))
                continue;
            const double similarity = wording == otherWording ? 1.0 : TextDiff::similarity(wording, otherWording);
            if (similarity >= minWordingSimilarity)
                candidates.push_back({similarity, event.date == other.date, i, j});
        }
    }
    // The closest pairs first; among equals the same date, then report order, so that two
    // identical items of one region pair up in the order they stand.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.similarity != b.similarity)
            return a.similarity > b.similarity;
        if (a.sameDate != b.sameDate)
            return a.sameDate;
        return std::pair(a.from, a.to) < std::pair(b.from, b.to);
    });
    std::vector<bool> fromPaired(size_t(from.events.size()), false);
    std::vector<int> partnerOfTo(size_t(to.events.size()), -1);
    for (const Candidate &candidate : candidates) {
        if (fromPaired[size_t(candidate.from)] || partnerOfTo[size_t(candidate.to)] >= 0)
            continue;
        fromPaired[size_t(candidate.from)] = true;
        partnerOfTo[size_t(candidate.to)] = candidate.from;
    }
    IndexPairs pairs;
    for (int j = 0; j < int(partnerOfTo.size()); ++j) {
        if (partnerOfTo[size_t(j)] >= 0)
            pairs.append({partnerOfTo[size_t(j)], j});
    }
    return pairs;
}

QList<EditionMatcher::Comparison> EditionMatcher::compare(const ReportContent &from, const ReportContent &to)
{
    QList<Comparison> comparisons;
    const auto addKind = [&](RecordKind kind, const IndexPairs &pairs, int fromCount, int toCount) {
        std::vector<int> partnerOfTo(size_t(toCount), -1);
        std::vector<bool> fromPaired(size_t(fromCount), false);
        for (const auto &[i, j] : pairs) {
            partnerOfTo[size_t(j)] = i;
            fromPaired[size_t(i)] = true;
        }
        const auto identity = [kind](const ReportContent &content, int index) {
            return kind == RecordKind::Alliance ? content.alliances.at(index).identity : content.eventIdentity(index);
        };
        for (int j = 0; j < toCount; ++j) {
            Comparison comparison;
            comparison.kind = kind;
            comparison.toIndex = j;
            comparison.fromIndex = partnerOfTo[size_t(j)];
            if (comparison.fromIndex < 0) {
                comparison.change = Change::Added;
                comparison.identity = identity(to, j);
            } else {
                comparison.identity = identity(from, comparison.fromIndex);
                comparison.changedFields = kind == RecordKind::Alliance
                    ? allianceDifferences(from.alliances.at(comparison.fromIndex), to.alliances.at(j))
                    : eventDifferences(from, comparison.fromIndex, to, j);
                comparison.change = comparison.changedFields.isEmpty() ? Change::Unchanged : Change::Changed;
            }
            comparisons.append(comparison);
        }
        for (int i = 0; i < fromCount; ++i) {
            if (!fromPaired[size_t(i)])
                comparisons.append({kind, Change::Removed, i, -1, identity(from, i), {}});
        }
    };
    addKind(RecordKind::Alliance, pairAlliances(from, to), int(from.alliances.size()), int(to.alliances.size()));
    addKind(RecordKind::Event, pairEvents(from, to), int(from.events.size()), int(to.events.size()));
    return comparisons;
}

QStringList EditionMatcher::allianceFields()
{
    return {QStringLiteral("name"),         QStringLiteral("english_name"), QStringLiteral("abbreviation"),
            QStringLiteral("founded"),      QStringLiteral("intro"),        QStringLiteral("members"),
            QStringLiteral("member_count"), QStringLiteral("structure"),    QStringLiteral("guides"),
            QStringLiteral("activities"),   QStringLiteral("services"),     QStringLiteral("other_fields")};
}

QStringList EditionMatcher::eventFields()
{
    return {QStringLiteral("region"), QStringLiteral("level"), QStringLiteral("date"), QStringLiteral("text")};
}

QStringList EditionMatcher::allianceDifferences(const AllianceRecord &from, const AllianceRecord &to)
{
    const bool differs[] = {
        from.name.zh != to.name.zh,
        from.givenEnglishName != to.givenEnglishName,
        from.abbreviation != to.abbreviation,
        from.founded != to.founded,
        from.intro.zh != to.intro.zh,
        from.members.zh != to.members.zh,
        from.memberCountMin != to.memberCountMin || from.memberCountExact != to.memberCountExact,
        chinese(from.structure) != chinese(to.structure),
        chinese(from.guides) != chinese(to.guides),
        chinese(from.activities) != chinese(to.activities),
        chinese(from.services) != chinese(to.services),
        chinese(from.otherFields) != chinese(to.otherFields),
    };
    return fieldsWhere(allianceFields(), differs);
}

QStringList EditionMatcher::eventDifferences(const ReportContent &from, int fromIndex, const ReportContent &to,
                                             int toIndex)
{
    const PolicyEventRecord &a = from.events.at(fromIndex);
    const PolicyEventRecord &b = to.events.at(toIndex);
    const bool differs[] = {
        a.region.zh != b.region.zh,
        a.level != b.level,
        a.date != b.date,
        from.eventText(fromIndex).zh != to.eventText(toIndex).zh,
    };
    return fieldsWhere(eventFields(), differs);
}
