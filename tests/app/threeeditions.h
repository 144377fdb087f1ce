#pragma once

#include "reportsource.h"

#include <QSharedPointer>
#include <QString>

// What the compare suites share: the built-in editions with a reader's draft beside them, the
// 2015 file imported as 2017 (as --import … --as-edition 2017 reads it). 2016 to 2017 is then
// the 2015-to-2016 list checked in tst_editionmatcher, reversed: 14 removed, 2 changed, 18
// unchanged.
namespace ReportTest {

inline QSharedPointer<const ReportContent> threeEditions(QString *error)
{
    std::optional<ReportContent> content = ReportSource::importMarkdownAsEdition(
        QStringLiteral(REPORT_SOURCE_DIR "/ChinaOSSRepor_Chn_2015.md"), 2017, error);
    if (!content)
        return {};
    return QSharedPointer<const ReportContent>::create(std::move(*content));
}

} // namespace ReportTest
