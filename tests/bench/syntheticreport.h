#pragma once

#include "reportcontent.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class BenchRandom;

// Deterministic synthetic editions of the report, for measuring the explorer at scale.
// Every text is recombined from the real report built into the application: event bodies
// (with their English translations) are shuffled, joined, re-dated and moved between regions and
// ministries; alliances reuse the real introductions, members, roles, activities and services
// under new names. The same seed always gives the same database.
class SyntheticReport
{
public:
    // COPU's founding day, 2004-07-22.
    static constexpr quint64 defaultSeed = 20040722;
    // Part of the cache key: bump whenever the generated data changes for a given seed
    // (2: schema version 2, with the editions table and each row's edition and identity).
    static constexpr int generatorVersion = 2;

    // One real alliance per 100 events, as merged editions are expected to grow; at least the
    // real report's eight.
    static int defaultAllianceCount(qint64 events);

    // Reads the fragments from the embedded report and the bench's region list.
    static std::optional<SyntheticReport> fromEmbeddedReport(QString *error);

    // Writes a database in the report's schema: the schema, metadata and alliances come from
    // ReportDatabase::exportTo, the events are streamed into it with the SQLite C API in one
    // transaction. The file appears at path only once it is complete.
    bool writeDatabase(const QString &path, qint64 events, int alliances, quint64 seed, QString *error) const;

    // Report markdown of at least minimumBytes: the real chapter's alliances repeated under
    // distinct names and its policy events repeated under other regions, for the importer.
    QByteArray markdown(qint64 minimumBytes) const;

    // Of the real report's markdown: generated files depend on it, so it belongs in a cache key.
    QString sourceSha256() const { return m_real.sourceSha256; }

private:
    struct Region
    {
        BilingualText name;
        QByteArray zhUtf8;
        QByteArray enUtf8;
        QByteArray levelName;
    };
    // A body of an event: its text without the date, and where the real one came from.
    struct Body
    {
        BilingualText text;
        BilingualText origin; // the real event's region, replaced by the new region
        bool local = false; // a provincial or city item: date written after it, not before
        int organisation = -1; // index of a ministry or body named in both languages, or -1
    };

    SyntheticReport() = default;

    QList<AllianceRecord> makeAlliances(int count, BenchRandom &random) const;
    BilingualText makeEventText(const Region &region, bool central, const ReportDate &date, const QString &dateZh,
                                const QString &dateEn, BenchRandom &random) const;

    ReportContent m_real;
    QByteArray m_realMarkdown;
    QList<Region> m_central;
    QList<Region> m_regions; // everything but the central government
    QList<Body> m_centralBodies;
    QList<Body> m_localBodies;
    QList<BilingualText> m_organisations;
    QList<BilingualText> m_guides;
};
