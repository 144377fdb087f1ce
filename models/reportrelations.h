#pragma once

#include "reportcontent.h"

#include <QList>
#include <QSharedPointer>

// Which events concern which alliance, derived from the text: an event that names the
// alliance (or its abbreviation), and every event of the region an alliance is named after
// (湖北省开源软件推进联盟 and the 湖北省 events). Computed on demand, one scan per question,
// so a report with a million events costs nothing until something is selected.
class ReportRelations
{
public:
    explicit ReportRelations(QSharedPointer<const ReportContent> content = {});

    QList<int> eventsOfAlliance(int allianceIndex) const;
    QList<int> alliancesOfEvent(int eventRow) const;

private:
    QSharedPointer<const ReportContent> m_content;
};
