#include "reportrelations.h"

#include "eventtextreader.h"
#include "multipatternmatcher.h"

#include <QHash>

#include <algorithm>
#include <iterator>
#include <numeric>

namespace {

QString regionStem(const QString &region)
{
    for (const QString &suffix : {QStringLiteral("特别行政区"), QStringLiteral("自治区"), QStringLiteral("省"),
                                  QStringLiteral("市")}) {
        if (region.endsWith(suffix) && region.size() > suffix.size() + 1)
            return region.chopped(suffix.size());
    }
    return region;
}

// Latin abbreviations must stand alone: "COPU" in "（COPU）", not inside another word. Chinese
// characters around one do not make it part of a word.
bool standsAlone(QStringView text, qsizetype begin, qsizetype end)
{
    auto separates = [](QChar unit) { return !unit.isLetterOrNumber() || unit.unicode() > 0x2E80; };
    return (begin == 0 || separates(text[begin - 1])) && (end == text.size() || separates(text[end]));
}

// Adds the ascending [first, last) to the ascending into, which stays free of repeats.
void unite(QList<int> &into, const int *first, const int *last)
{
    if (first == last)
        return;
    if (into.isEmpty()) {
        into = QList<int>(first, last);
        return;
    }
    QList<int> united;
    united.reserve(into.size() + (last - first));
    std::set_union(into.cbegin(), into.cend(), first, last, std::back_inserter(united));
    into = std::move(united);
}

} // namespace

ReportRelations::PackedLists ReportRelations::PackedLists::inverted(qsizetype listCount) const
{
    PackedLists result;
    result.begin.assign(listCount + 1, 0);
    for (int item : items)
        ++result.begin[item + 1];
    std::partial_sum(result.begin.begin(), result.begin.end(), result.begin.begin());
    result.items.resize(items.size());
    std::vector<qsizetype> next(result.begin.begin(), result.begin.end() - 1);
    for (qsizetype list = 0; list < count(); ++list) {
        for (const int *item = first(list); item != last(list); ++item)
            result.items[next[*item]++] = int(list);
    }
    return result;
}

std::shared_ptr<const ReportRelations> ReportRelations::build(QSharedPointer<const ReportContent> content,
                                                              const std::atomic_bool &cancelled)
{
    std::shared_ptr<ReportRelations> relations(new ReportRelations);
    if (!content)
        content = QSharedPointer<const ReportContent>::create();
    const QList<AllianceRecord> &alliances = content->alliances;
    const QList<PolicyEventRecord> &events = content->events;
    const int allianceCount = int(alliances.size());
    relations->m_eventCount = int(events.size());

    // Names, then abbreviations: pattern p stands for alliance p % allianceCount. The English
    // names have a matcher of their own, as they are compared ignoring case.
    QStringList exactPatterns;
    QStringList englishPatterns;
    for (int alliance = 0; alliance < allianceCount; ++alliance) {
        exactPatterns.append(alliances.at(alliance).name.zh);
        if (alliances.at(alliance).name.zh.isEmpty())
            relations->m_everyEventAlliances.push_back(alliance);
    }
    for (const AllianceRecord &alliance : alliances)
        exactPatterns.append(alliance.abbreviation.size() >= 2 ? alliance.abbreviation : QString());
    for (const AllianceRecord &alliance : alliances)
        englishPatterns.append(alliance.givenEnglishName);
    const MultiPatternMatcher exactMatcher(exactPatterns, Qt::CaseSensitive);
    const MultiPatternMatcher englishMatcher(englishPatterns, Qt::CaseInsensitive);

    // Regions sharing a stem are one region here; events whose region has no stem of two or
    // more characters have none.
    QHash<QString, int> stemIds;
    QHash<QString, int> stemOfRegion;
    relations->m_stemOfEvent.reserve(events.size());

    PackedLists &named = relations->m_alliancesNamedByEvent;
    named.begin.reserve(events.size() + 1);
    std::vector<int> lastEventNaming(allianceCount, -1);
    EventTextReader texts(*content);
    for (int row = 0; row < relations->m_eventCount; ++row) {
        if (row % 1024 == 0 && cancelled.load(std::memory_order_relaxed))
            return {};
        const QString text = texts.text(row).zh;
        const auto listBegin = std::ptrdiff_t(named.items.size());
        auto relate = [&](int alliance) {
            if (lastEventNaming[alliance] != row) {
                lastEventNaming[alliance] = row;
                named.items.push_back(alliance);
            }
        };
        exactMatcher.findAll(text, [&](int pattern, qsizetype end) {
            if (pattern < allianceCount) {
                relate(pattern);
                return;
            }
            const int alliance = pattern - allianceCount;
            if (standsAlone(text, end - alliances.at(alliance).abbreviation.size(), end))
                relate(alliance);
        });
        if (!englishMatcher.isEmpty())
            englishMatcher.findAll(text, [&](int pattern, qsizetype) { relate(pattern); });
        std::sort(named.items.begin() + listBegin, named.items.end());
        named.endList();

        const QString &region = events.at(row).region.zh;
        auto stem = stemOfRegion.constFind(region);
        if (stem == stemOfRegion.constEnd()) {
            const QString stemText = regionStem(region);
            int id = -1;
            if (stemText.size() >= 2) {
                auto known = stemIds.constFind(stemText);
                if (known == stemIds.constEnd())
                    known = stemIds.insert(stemText, int(stemIds.size()));
                id = known.value();
            }
            stem = stemOfRegion.insert(region, id);
        }
        relations->m_stemOfEvent.push_back(stem.value());
    }
    relations->m_eventsNamingAlliance = named.inverted(allianceCount);

    PackedLists &eventsOfStem = relations->m_eventsOfStem;
    eventsOfStem.begin.assign(stemIds.size() + 1, 0);
    for (int stem : relations->m_stemOfEvent) {
        if (stem >= 0)
            ++eventsOfStem.begin[stem + 1];
    }
    std::partial_sum(eventsOfStem.begin.begin(), eventsOfStem.begin.end(), eventsOfStem.begin.begin());
    eventsOfStem.items.resize(eventsOfStem.begin.back());
    std::vector<qsizetype> nextOfStem(eventsOfStem.begin.begin(), eventsOfStem.begin.end() - 1);
    for (int row = 0; row < relations->m_eventCount; ++row) {
        const int stem = relations->m_stemOfEvent[row];
        if (stem >= 0)
            eventsOfStem.items[nextOfStem[stem]++] = row;
    }

    PackedLists &stemsOfAlliance = relations->m_stemsOfAlliance;
    stemsOfAlliance.begin.reserve(allianceCount + 1);
    for (const AllianceRecord &alliance : alliances) {
        const auto listBegin = std::ptrdiff_t(stemsOfAlliance.items.size());
        for (qsizetype length = 2; length <= alliance.name.zh.size(); ++length) {
            const auto stem = stemIds.constFind(alliance.name.zh.left(length));
            if (stem != stemIds.constEnd())
                stemsOfAlliance.items.push_back(stem.value());
        }
        std::sort(stemsOfAlliance.items.begin() + listBegin, stemsOfAlliance.items.end());
        stemsOfAlliance.endList();
    }
    relations->m_alliancesOfStem = stemsOfAlliance.inverted(stemIds.size());
    if (cancelled.load(std::memory_order_relaxed))
        return {};
    return relations;
}

QList<int> ReportRelations::eventsOfAlliance(int allianceIndex) const
{
    if (allianceIndex < 0 || allianceIndex >= m_stemsOfAlliance.count())
        return {};
    if (std::binary_search(m_everyEventAlliances.cbegin(), m_everyEventAlliances.cend(), allianceIndex)) {
        QList<int> events(m_eventCount);
        std::iota(events.begin(), events.end(), 0);
        return events;
    }
    QList<int> events;
    unite(events, m_eventsNamingAlliance.first(allianceIndex), m_eventsNamingAlliance.last(allianceIndex));
    for (const int *stem = m_stemsOfAlliance.first(allianceIndex); stem != m_stemsOfAlliance.last(allianceIndex); ++stem)
        unite(events, m_eventsOfStem.first(*stem), m_eventsOfStem.last(*stem));
    return events;
}

QList<int> ReportRelations::alliancesOfEvent(int eventRow) const
{
    if (eventRow < 0 || eventRow >= m_eventCount)
        return {};
    QList<int> alliances;
    unite(alliances, m_alliancesNamedByEvent.first(eventRow), m_alliancesNamedByEvent.last(eventRow));
    if (const int stem = m_stemOfEvent[eventRow]; stem >= 0)
        unite(alliances, m_alliancesOfStem.first(stem), m_alliancesOfStem.last(stem));
    unite(alliances, m_everyEventAlliances.data(), m_everyEventAlliances.data() + m_everyEventAlliances.size());
    return alliances;
}
