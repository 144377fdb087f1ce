#pragma once

#include "bilingualtext.h"
#include "policylevel.h"
#include "reportdate.h"

// One item of the report's policy-event list.
struct PolicyEventRecord
{
    int id = 0;
    BilingualText region;
    PolicyLevel level = PolicyLevel::Other;
    ReportDate date;
    // The whole item, date included, as the report words it; read it through
    // ReportContent::eventText(), as it stays in the file for a report opened from one.
    BilingualText text;
    int sourceLine = 0;
    int edition = 0; // the year of the edition it comes from (ReportEdition::year)
    // The same event in every edition has the same identity (EditionIdentity). Read it through
    // ReportContent::eventIdentity(), as it stays in the file with the text.
    QString identity;
};
