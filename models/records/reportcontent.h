#pragma once

#include "alliancerecord.h"
#include "bilingualtext.h"
#include "policyeventrecord.h"
#include "reportedition.h"

#include <QList>
#include <QSharedPointer>
#include <QString>

class EventTextStore;

// Everything the explorer knows about the report's chapter: one edition, or several side by
// side. The fields up to policyIntro describe the edition shown (the first one when all are);
// every record names its edition by year, and editions lists each edition held, in the order
// the database gives them (the first is shown by default).
struct ReportContent
{
    // An edition selection meaning every edition held.
    static constexpr int allEditions = -1;

    QString title; // 2016年中国开源生态系统报告
    QString titleEn;
    QString edition; // 2016
    QString licence;
    QString sourceFileName;
    QString sourceSha256;
    QString sourceUrl;
    BilingualText alliancesTitle;
    BilingualText policyTitle;
    BilingualText policyIntro;
    QList<AllianceRecord> alliances;
    QList<PolicyEventRecord> events;
    // Set when the events' texts and identities stay in the database file the report was read
    // from: their records' text and identity are then empty. Read them with eventText() and
    // eventIdentity(), or EventTextReader for many.
    QSharedPointer<const EventTextStore> eventTextStore;
    // Empty for content made of one edition that was never combined: editionList() then
    // describes it from the fields above.
    QList<ReportEdition> editions;
    // Only the report's first records (ReportDatabase::loadFileStart()), shown while the rest
    // loads: nothing is exported or kept in the cache folder of it.
    bool preview = false;

    BilingualText eventText(qsizetype row) const;
    // Empty for an event of a version 1 file until EditionIdentity::assign() gives it one.
    QString eventIdentity(qsizetype row) const;

    QList<ReportEdition> editionList() const;
    QList<int> editionYears() const;
    bool holdsSeveralEditions() const { return editions.size() > 1; }
    // The edition described by the fields above.
    ReportEdition shownEdition() const;
    // The file the records of an edition come from: with all editions shown, a record's own.
    QString sourceFileOf(int edition) const;
    // Makes every record, and the fields above, name year as their edition.
    void setEditionYear(int year);
    // The records of one edition (with the fields above describing it), or all of them for
    // allEditions. An edition not held gives no records.
    ReportContent forEdition(int year) const;
    // Editions side by side, each a content built in memory (no eventTextStore): the first
    // one's fields describe the result, events are numbered again in order, and identities are
    // assigned across all of them.
    static ReportContent combined(const QList<ReportContent> &editions);
};
