#include "reportrelations.h"

#include "eventtextreader.h"

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

bool containsWord(const QString &text, const QString &word)
{
    // Latin abbreviations must stand alone: "COPU" in "（COPU）", not inside another word.
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const bool before = at == 0 || !text.at(at - 1).isLetterOrNumber() || text.at(at - 1).unicode() > 0x2E80;
        const qsizetype end = at + word.size();
        const bool after = end == text.size() || !text.at(end).isLetterOrNumber() || text.at(end).unicode() > 0x2E80;
        if (before && after)
            return true;
    }
    return false;
}

// text is the event's Chinese text, ReportContent::eventText(): it may not be in the record.
bool eventConcernsAlliance(const PolicyEventRecord &event, const QString &text, const AllianceRecord &alliance)
{
    if (text.contains(alliance.name.zh))
        return true;
    if (alliance.abbreviation.size() >= 2 && containsWord(text, alliance.abbreviation))
        return true;
    if (!alliance.givenEnglishName.isEmpty() && text.contains(alliance.givenEnglishName, Qt::CaseInsensitive))
        return true;
    const QString stem = regionStem(event.region.zh);
    return stem.size() >= 2 && alliance.name.zh.startsWith(stem);
}

} // namespace

ReportRelations::ReportRelations(QSharedPointer<const ReportContent> content)
    : m_content(content ? std::move(content) : QSharedPointer<const ReportContent>::create())
{
}

QList<int> ReportRelations::eventsOfAlliance(int allianceIndex) const
{
    QList<int> events;
    if (allianceIndex < 0 || allianceIndex >= m_content->alliances.size())
        return events;
    const AllianceRecord &alliance = m_content->alliances.at(allianceIndex);
    EventTextReader texts(*m_content);
    for (int e = 0; e < m_content->events.size(); ++e) {
        if (eventConcernsAlliance(m_content->events.at(e), texts.text(e).zh, alliance))
            events.append(e);
    }
    return events;
}

QList<int> ReportRelations::alliancesOfEvent(int eventRow) const
{
    QList<int> alliances;
    if (eventRow < 0 || eventRow >= m_content->events.size())
        return alliances;
    const PolicyEventRecord &event = m_content->events.at(eventRow);
    const QString text = m_content->eventText(eventRow).zh;
    for (int a = 0; a < m_content->alliances.size(); ++a) {
        if (eventConcernsAlliance(event, text, m_content->alliances.at(a)))
            alliances.append(a);
    }
    return alliances;
}
