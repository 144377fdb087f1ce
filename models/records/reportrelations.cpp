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
    for (const QString &suffix :
         {QStringLiteral("特别行政区"), QStringLiteral("自治区"), QStringLiteral("省"), QStringLiteral("市")}) {
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
    result.starts.assign(listCount + 1, 0);
    for (int item : items)
        ++result.starts[item + 1];
    std::partial_sum(result.starts.begin(), result.starts.end(), result.starts.begin());
    result.items.resize(items.size());
    std::vector<qsizetype> next(result.starts.begin(), result.starts.end() - 1);
    for (qsizetype list = 0; list < count(); ++list) {
        for (const int *item = begin(list); item != end(list); ++item)
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
    relations->m_eventCount = int(content->events.size());
    if (!relations->relateThroughText(*content, cancelled))
        return {};
    relations->relateThroughRegions(*content);
    if (cancelled.load(std::memory_order_relaxed))
        return {};
    return relations;
}

bool ReportRelations::relateThroughText(const ReportContent &content, const std::atomic_bool &cancelled)
{
    const QList<AllianceRecord> &alliances = content.alliances;
    const int allianceCount = int(alliances.size());
    // Names, then abbreviations: pattern p stands for alliance p % allianceCount. The English
    // names have a matcher of their own, as they are compared ignoring case.
    QStringList exactPatterns;
    QStringList englishPatterns;
    for (int alliance = 0; alliance < allianceCount; ++alliance) {
        exactPatterns.append(alliances.at(alliance).name.zh);
        if (alliances.at(alliance).name.zh.isEmpty())
            m_everyEventAlliances.push_back(alliance);
    }
    for (const AllianceRecord &alliance : alliances)
        exactPatterns.append(alliance.abbreviation.size() >= 2 ? alliance.abbreviation : QString());
    for (const AllianceRecord &alliance : alliances)
        englishPatterns.append(alliance.givenEnglishName);
    const MultiPatternMatcher exactMatcher(exactPatterns, Qt::CaseSensitive);
    const MultiPatternMatcher englishMatcher(englishPatterns, Qt::CaseInsensitive);

    PackedLists &named = m_alliancesNamedByEvent;
    named.starts.reserve(m_eventCount + 1);
    std::vector<int> lastEventNaming(allianceCount, -1);
    EventTextReader texts(content);
    for (int row = 0; row < m_eventCount; ++row) {
        if (row % 1024 == 0 && cancelled.load(std::memory_order_relaxed))
            return false;
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
    }
    m_eventsNamingAlliance = named.inverted(allianceCount);
    return true;
}

void ReportRelations::relateThroughRegions(const ReportContent &content)
{
    // Regions sharing a stem are one region here; events whose region has no stem of two or
    // more characters have none.
    QHash<QString, int> stemIds;
    QHash<QString, int> stemOfRegion;
    m_stemOfEvent.reserve(m_eventCount);
    for (const PolicyEventRecord &event : content.events) {
        auto stem = stemOfRegion.constFind(event.region.zh);
        if (stem == stemOfRegion.constEnd()) {
            const QString stemText = regionStem(event.region.zh);
            int id = -1;
            if (stemText.size() >= 2) {
                auto known = stemIds.constFind(stemText);
                if (known == stemIds.constEnd())
                    known = stemIds.insert(stemText, int(stemIds.size()));
                id = known.value();
            }
            stem = stemOfRegion.insert(event.region.zh, id);
        }
        m_stemOfEvent.push_back(stem.value());
    }

    m_eventsOfStem.starts.assign(stemIds.size() + 1, 0);
    for (int stem : m_stemOfEvent) {
        if (stem >= 0)
            ++m_eventsOfStem.starts[stem + 1];
    }
    std::partial_sum(m_eventsOfStem.starts.begin(), m_eventsOfStem.starts.end(), m_eventsOfStem.starts.begin());
    m_eventsOfStem.items.resize(m_eventsOfStem.starts.back());
    std::vector<qsizetype> nextOfStem(m_eventsOfStem.starts.begin(), m_eventsOfStem.starts.end() - 1);
    for (int row = 0; row < m_eventCount; ++row) {
        if (const int stem = m_stemOfEvent[row]; stem >= 0)
            m_eventsOfStem.items[nextOfStem[stem]++] = row;
    }

    m_stemsOfAlliance.starts.reserve(content.alliances.size() + 1);
    for (const AllianceRecord &alliance : content.alliances) {
        const auto listBegin = std::ptrdiff_t(m_stemsOfAlliance.items.size());
        for (qsizetype length = 2; length <= alliance.name.zh.size(); ++length) {
            const auto stem = stemIds.constFind(alliance.name.zh.left(length));
            if (stem != stemIds.constEnd())
                m_stemsOfAlliance.items.push_back(stem.value());
        }
        std::sort(m_stemsOfAlliance.items.begin() + listBegin, m_stemsOfAlliance.items.end());
        m_stemsOfAlliance.endList();
    }
    m_alliancesOfStem = m_stemsOfAlliance.inverted(stemIds.size());
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
    unite(events, m_eventsNamingAlliance.begin(allianceIndex), m_eventsNamingAlliance.end(allianceIndex));
    for (const int *stem = m_stemsOfAlliance.begin(allianceIndex); stem != m_stemsOfAlliance.end(allianceIndex); ++stem)
        unite(events, m_eventsOfStem.begin(*stem), m_eventsOfStem.end(*stem));
    return events;
}

QList<int> ReportRelations::alliancesOfEvent(int eventRow) const
{
    if (eventRow < 0 || eventRow >= m_eventCount)
        return {};
    QList<int> alliances;
    unite(alliances, m_alliancesNamedByEvent.begin(eventRow), m_alliancesNamedByEvent.end(eventRow));
    if (const int stem = m_stemOfEvent[eventRow]; stem >= 0)
        unite(alliances, m_alliancesOfStem.begin(stem), m_alliancesOfStem.end(stem));
    unite(alliances, m_everyEventAlliances.data(), m_everyEventAlliances.data() + m_everyEventAlliances.size());
    return alliances;
}
