#pragma once

#include "bilingualtext.h"
#include "reportdate.h"

#include <QList>
#include <QString>

// One industry alliance as the report describes it.
struct AllianceRecord
{
    enum class MemberCountSource { None, Members, Structure };

    QString slug;
    BilingualText name;
    QString givenEnglishName; // the English name the report itself gives, if any
    QString abbreviation; // as the report gives it (COPU, U盟 …)
    ReportDate founded;
    BilingualText intro;
    BilingualText members;
    int memberCountMin = -1; // -1: the report states no count
    bool memberCountExact = false; // "24" is exact, "100+" a lower bound
    MemberCountSource memberCountSource = MemberCountSource::None;
    QList<BilingualText> structure;
    QList<BilingualText> guides;
    QList<BilingualText> activities;
    QList<BilingualText> services;
    QList<BilingualText> otherFields; // labelled fields the importer has no column for, kept whole
    int sourceLine = 0;
    int edition = 0; // the year of the edition it comes from (ReportEdition::year)
    // The same alliance in every edition has the same identity (EditionIdentity).
    QString identity;
};
