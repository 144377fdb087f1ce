#include "searchindex.h"

namespace {

// Joins fields with a character no text contains, so a phrase never spans two fields.
constexpr QChar fieldSeparator(0xFFFF);

void appendField(QString *haystack, const BilingualText &text)
{
    for (const QString *part : {&text.zh, &text.en}) {
        if (part->isEmpty())
            continue;
        haystack->append(SearchQuery::fold(*part));
        haystack->append(fieldSeparator);
    }
}

QString dateText(const ReportDate &date)
{
    if (date.isNull())
        return {};
    return date.toIso() + fieldSeparator + date.toDisplayString(localeFor(ContentLanguage::Chinese))
        + fieldSeparator + date.toDisplayString(localeFor(ContentLanguage::English));
}

} // namespace

bool SearchIndex::build(const ReportContent &content, const std::atomic_bool &cancelled)
{
    m_events.clear();
    m_alliances.clear();
    m_events.reserve(content.events.size());
    for (const PolicyEventRecord &event : content.events) {
        if (cancelled.load(std::memory_order_relaxed))
            return false;
        QString haystack;
        appendField(&haystack, event.region);
        appendField(&haystack, event.text);
        haystack.append(SearchQuery::fold(dateText(event.date)));
        m_events.append(haystack);
    }
    for (const AllianceRecord &alliance : content.alliances) {
        QString haystack;
        appendField(&haystack, alliance.name);
        appendField(&haystack, {alliance.abbreviation, alliance.givenEnglishName});
        appendField(&haystack, alliance.intro);
        appendField(&haystack, alliance.members);
        for (const QList<BilingualText> *list : {&alliance.structure, &alliance.guides, &alliance.activities,
                                                 &alliance.services, &alliance.otherFields}) {
            for (const BilingualText &text : *list)
                appendField(&haystack, text);
        }
        haystack.append(SearchQuery::fold(dateText(alliance.founded)));
        m_alliances.append(haystack);
    }
    m_built = true;
    return true;
}

bool SearchIndex::match(const SearchQuery &query, QBitArray *events, QBitArray *alliances,
                        const std::atomic_bool &cancelled) const
{
    events->fill(false, m_events.size());
    alliances->fill(false, m_alliances.size());
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        if ((i & 1023) == 0 && cancelled.load(std::memory_order_relaxed))
            return false;
        if (query.matches(m_events.at(i)))
            events->setBit(i);
    }
    for (qsizetype i = 0; i < m_alliances.size(); ++i) {
        if (query.matches(m_alliances.at(i)))
            alliances->setBit(i);
    }
    return true;
}
