#pragma once

#include "bilingualtext.h"

#include <QString>

// What describes one edition of the report (a row of the database's editions table): the
// records of a ReportContent name their edition by its year.
struct ReportEdition
{
    int year = 0; // 0: the report's title names no year
    BilingualText title;
    QString sourceFileName;
    QString sourceSha256;
    QString licence;
    QString sourceUrl;
    BilingualText alliancesTitle;
    BilingualText policyTitle;
    BilingualText policyIntro;
};
