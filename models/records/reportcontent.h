#pragma once

#include "alliancerecord.h"
#include "bilingualtext.h"
#include "policyeventrecord.h"

#include <QList>
#include <QSharedPointer>
#include <QString>

class EventTextStore;

// Everything the explorer knows about one edition of the report's chapter.
struct ReportContent
{
    QString title; // 2016年中国开源生态系统报告
    QString edition; // 2016
    QString licence;
    QString sourceFileName;
    QString sourceSha256;
    BilingualText alliancesTitle;
    BilingualText policyTitle;
    BilingualText policyIntro;
    QList<AllianceRecord> alliances;
    QList<PolicyEventRecord> events;
    // Set when the events' texts stay in the database file the report was read from: their
    // records' text is then empty. Read them with eventText(), or EventTextReader for many.
    QSharedPointer<const EventTextStore> eventTextStore;

    BilingualText eventText(qsizetype row) const;
};
