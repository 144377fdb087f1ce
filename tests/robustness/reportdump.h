#pragma once

#include "policylevel.h"
#include "reportcontent.h"

#include <QStringList>

// Flattens imported content to one line per field, so that QCOMPARE on two dumps names the
// first field that differs instead of reporting that two large structures are unequal.
namespace ReportDump {

enum class SourceLines { Keep, Ignore };

inline QString joined(const QList<BilingualText> &texts)
{
    QStringList parts;
    for (const BilingualText &text : texts)
        parts.append(text.zh);
    return parts.join(u'|');
}

inline QString memberCountSourceName(AllianceRecord::MemberCountSource source)
{
    switch (source) {
    case AllianceRecord::MemberCountSource::None:
        return QStringLiteral("none");
    case AllianceRecord::MemberCountSource::Members:
        return QStringLiteral("members");
    case AllianceRecord::MemberCountSource::Structure:
        return QStringLiteral("structure");
    }
    return {};
}

inline QStringList dump(const ReportContent &content, SourceLines sourceLines = SourceLines::Keep)
{
    const bool keepLines = sourceLines == SourceLines::Keep;
    QStringList lines = {
        QStringLiteral("title: ") + content.title,
        QStringLiteral("edition: ") + content.edition,
        QStringLiteral("licence: ") + content.licence,
        QStringLiteral("alliances title: ") + content.alliancesTitle.zh,
        QStringLiteral("policy title: ") + content.policyTitle.zh,
        QStringLiteral("policy intro: ") + content.policyIntro.zh,
    };
    for (const AllianceRecord &a : content.alliances) {
        const QString prefix = QStringLiteral("alliance %1 ").arg(a.name.zh);
        lines << prefix + QStringLiteral("slug: ") + a.slug << prefix + QStringLiteral("english: ") + a.givenEnglishName
              << prefix + QStringLiteral("abbreviation: ") + a.abbreviation
              << prefix
                + QStringLiteral("founded: %1 (%2)")
                      .arg(a.founded.toIso(), ReportDate::precisionName(a.founded.precision()))
              << prefix + QStringLiteral("intro: ") + a.intro.zh << prefix + QStringLiteral("members: ") + a.members.zh
              << prefix
                + QStringLiteral("member count: %1 exact %2 from %3")
                      .arg(a.memberCountMin)
                      .arg(a.memberCountExact)
                      .arg(memberCountSourceName(a.memberCountSource))
              << prefix + QStringLiteral("structure: ") + joined(a.structure)
              << prefix + QStringLiteral("guides: ") + joined(a.guides)
              << prefix + QStringLiteral("activities: ") + joined(a.activities)
              << prefix + QStringLiteral("services: ") + joined(a.services)
              << prefix + QStringLiteral("other: ") + joined(a.otherFields);
        if (keepLines)
            lines << prefix + QStringLiteral("line: %1").arg(a.sourceLine);
    }
    for (const PolicyEventRecord &e : content.events) {
        lines << QStringLiteral("event %1: %2 %3 %4 (%5) %6")
                     .arg(e.id)
                     .arg(e.region.zh, PolicyLevels::name(e.level), e.date.toIso(),
                          ReportDate::precisionName(e.date.precision()), e.text.zh);
        if (keepLines)
            lines << QStringLiteral("event %1 line: %2").arg(e.id).arg(e.sourceLine);
    }
    return lines;
}

} // namespace ReportDump
