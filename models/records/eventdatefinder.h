#pragma once

#include "reportdate.h"

#include <QString>
#include <QStringView>

// Finds the date an item of the report is about. Dates stand as a clause of their own,
// at the start (1999年7月15日，…) or the end (…，2004年) of an item; a year that only
// qualifies a word (2007年度, 2015年电信行业, 协助2014年东北亚…) is not the item's date.
class EventDateFinder
{
public:
    struct Result
    {
        ReportDate date;
        QString invalidText; // a date-shaped clause that is no calendar date (2015年13月40日)
    };

    static Result find(QStringView text);
    // The whole of value must be a date (trailing punctuation aside), as in 创立时间：2000年3月.
    static Result parseWhole(QStringView value);
};
