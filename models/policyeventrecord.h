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
    BilingualText text; // the whole item, date included, as the report words it
    int sourceLine = 0;
};
