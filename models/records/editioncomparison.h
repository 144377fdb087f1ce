#pragma once

#include "editionmatcher.h"
#include "reportcontent.h"

#include <QList>
#include <QSharedPointer>

// Two editions of the report and how their records line up.
struct EditionComparison
{
    QSharedPointer<const ReportContent> from; // the older edition
    QSharedPointer<const ReportContent> to;
    QList<EditionMatcher::Comparison> rows;
};
