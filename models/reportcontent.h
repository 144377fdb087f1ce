#pragma once

#include "alliancerecord.h"
#include "bilingualtext.h"
#include "policyeventrecord.h"

#include <QList>
#include <QString>

// Everything the explorer knows about one edition of the report's chapter.
struct ReportContent
{
    QString title;   // 2016年中国开源生态系统报告
    QString edition; // 2016
    QString licence;
    QString sourceFileName;
    QString sourceSha256;
    BilingualText alliancesTitle;
    BilingualText policyTitle;
    BilingualText policyIntro;
    QList<AllianceRecord> alliances;
    QList<PolicyEventRecord> events;
};
