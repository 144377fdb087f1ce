#include "reportcontent.h"

#include "editionidentity.h"
#include "eventtextstore.h"

BilingualText ReportContent::eventText(qsizetype row) const
{
    const PolicyEventRecord &event = events.at(row);
    return eventTextStore ? eventTextStore->text(event.id) : event.text;
}

QString ReportContent::eventIdentity(qsizetype row) const
{
    const PolicyEventRecord &event = events.at(row);
    return event.identity.isEmpty() && eventTextStore ? eventTextStore->identity(event.id) : event.identity;
}

QList<ReportEdition> ReportContent::editionList() const
{
    return editions.isEmpty() ? QList<ReportEdition>{shownEdition()} : editions;
}

QList<int> ReportContent::editionYears() const
{
    QList<int> years;
    for (const ReportEdition &described : editionList())
        years.append(described.year);
    return years;
}

QString ReportContent::sourceFileOf(int edition) const
{
    for (const ReportEdition &described : editions) {
        if (described.year == edition)
            return described.sourceFileName;
    }
    return sourceFileName;
}

ReportEdition ReportContent::shownEdition() const
{
    return ReportEdition{edition.toInt(), {title, titleEn}, sourceFileName, sourceSha256, licence,
                         sourceUrl,       alliancesTitle,   policyTitle,    policyIntro};
}

void ReportContent::setEditionYear(int year)
{
    edition = year > 0 ? QString::number(year) : QString();
    for (AllianceRecord &alliance : alliances)
        alliance.edition = year;
    for (PolicyEventRecord &event : events)
        event.edition = year;
    for (ReportEdition &described : editions)
        described.year = year;
}

ReportContent ReportContent::forEdition(int year) const
{
    if (year == allEditions || (!holdsSeveralEditions() && editionYears().constFirst() == year))
        return *this;
    ReportContent chosen;
    for (const ReportEdition &described : editions) {
        if (described.year != year)
            continue;
        chosen.title = described.title.zh;
        chosen.titleEn = described.title.en;
        chosen.edition = QString::number(described.year);
        chosen.licence = described.licence;
        chosen.sourceFileName = described.sourceFileName;
        chosen.sourceSha256 = described.sourceSha256;
        chosen.sourceUrl = described.sourceUrl;
        chosen.alliancesTitle = described.alliancesTitle;
        chosen.policyTitle = described.policyTitle;
        chosen.policyIntro = described.policyIntro;
        chosen.editions = {described};
    }
    chosen.eventTextStore = eventTextStore;
    chosen.preview = preview;
    for (const AllianceRecord &alliance : alliances) {
        if (alliance.edition == year)
            chosen.alliances.append(alliance);
    }
    for (const PolicyEventRecord &event : events) {
        if (event.edition == year)
            chosen.events.append(event);
    }
    return chosen;
}

ReportContent ReportContent::combined(const QList<ReportContent> &editions)
{
    Q_ASSERT(!editions.isEmpty());
    ReportContent result = editions.constFirst();
    result.editions.clear();
    result.alliances.clear();
    result.events.clear();
    for (const ReportContent &content : editions) {
        Q_ASSERT(!content.eventTextStore);
        result.editions.append(content.editionList());
        result.alliances.append(content.alliances);
        for (PolicyEventRecord event : content.events) {
            event.id = int(result.events.size() + 1);
            result.events.append(std::move(event));
        }
    }
    EditionIdentity::assign(&result);
    return result;
}
