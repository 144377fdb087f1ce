#include "syntheticreport.h"

#include "benchrandom.h"
#include "editionidentity.h"
#include "policylevel.h"
#include "reportdatabase.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <memory>

namespace {

// Rows of a tab-separated resource; lines starting with # and, if asked, the header are skipped.
QList<QStringList> readTsv(const QString &resource, bool hasHeader, QString *error)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(resource, file.errorString());
        return {};
    }
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = hasHeader ? 1 : 0; i < lines.size(); ++i) {
        if (!lines.at(i).startsWith(u'#'))
            rows.append(lines.at(i).split(u'\t'));
    }
    return rows;
}

// The event's text without the date the report writes into it: "2004年7月22日，…" / "On 22
// July 2004, …" before the body for central events, "…，2004年" / "… (2004)" after it for local
// ones. The English keeps its mid-sentence form ("the State Council issued …").
BilingualText withoutDate(const PolicyEventRecord &event)
{
    static const QRegularExpression zhBefore(QStringLiteral("^\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?\\s*[，,]\\s*"));
    static const QRegularExpression zhAfter(QStringLiteral("\\s*[，,]\\s*\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?$"));
    static const QRegularExpression enBefore(QStringLiteral("^(?:On|In) [^,]+,\\s*"));
    static const QRegularExpression enAfter(QStringLiteral("\\s*\\((?:[A-Z][a-z]+ )?\\d{4}\\)$"));
    static const QRegularExpression fullStop(QStringLiteral("[。.]$"));
    BilingualText body = event.text;
    if (!event.date.isNull() && body.zh.contains(zhBefore)) {
        body.zh.remove(zhBefore);
        body.en.remove(enBefore);
    } else if (!event.date.isNull()) {
        body.zh.remove(zhAfter);
        body.en.remove(enAfter);
    }
    // Bodies are joined and dated after; a full stop would end up inside "…。，2004年".
    body.zh.remove(fullStop);
    body.en.remove(fullStop);
    return body;
}

// "Hubei Province" is "Hubei" inside a name ("the Hubei Open Source Software Promotion Alliance").
QString shortEnglish(const QString &region)
{
    return region.endsWith(QLatin1String(" Province")) ? region.chopped(9) : region;
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// Dates are drawn with these weights over the report's own span and beyond (later editions).
// The real chapter has 5 undated, 9 year, 5 month and 7 day dates among 26 events.
ReportDate randomDate(BenchRandom &random, std::initializer_list<double> noneYearMonthDay)
{
    const int precision = random.weighted(noneYearMonthDay);
    if (precision == 0)
        return {};
    const int year = random.between(1998, 2024);
    if (precision == 1)
        return ReportDate::fromParts(year);
    const int month = random.between(1, 12);
    if (precision == 2)
        return ReportDate::fromParts(year, month);
    return ReportDate::fromParts(year, month, random.between(1, QDate(year, month, 1).daysInMonth()));
}

// What an event's date turns into, computed once per distinct date: a million events have
// fewer than ten thousand distinct dates, and QLocale's month names are not free.
struct DateTexts
{
    QString zh;
    QString en;
    QByteArray iso;
    QByteArray start;
    QByteArray end;
    QByteArray precision;
};

DateTexts textsFor(const ReportDate &date)
{
    DateTexts texts;
    texts.precision = ReportDate::precisionName(date.precision()).toUtf8();
    if (date.isNull())
        return texts;
    texts.zh = date.toDisplayString(localeFor(ContentLanguage::Chinese));
    texts.en = date.toDisplayString(localeFor(ContentLanguage::English));
    texts.iso = date.toIso().toUtf8();
    texts.start = date.earliest().toString(Qt::ISODate).toUtf8();
    texts.end = date.latest().toString(Qt::ISODate).toUtf8();
    return texts;
}

struct SqliteClose
{
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};
struct SqliteFinalize
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};

} // namespace

int SyntheticReport::defaultAllianceCount(qint64 events)
{
    return int(std::clamp<qint64>(events / 100, 8, std::numeric_limits<int>::max()));
}

std::optional<SyntheticReport> SyntheticReport::fromEmbeddedReport(QString *error)
{
    SyntheticReport report;
    std::optional<ReportContent> real = ReportDatabase::loadEmbedded(error);
    if (!real)
        return std::nullopt;
    report.m_real = std::move(*real);
    QFile markdown(QStringLiteral(":/report/orgnization-2016.md"));
    if (!markdown.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the report's markdown is missing from this build");
        return std::nullopt;
    }
    report.m_realMarkdown = markdown.readAll();

    const QList<QStringList> regions = readTsv(QStringLiteral(":/bench/regions.tsv"), false, error);
    const QList<QStringList> glossary = readTsv(QStringLiteral(":/report/glossary.tsv"), true, error);
    if (regions.isEmpty() || glossary.isEmpty())
        return std::nullopt;
    for (const QStringList &row : regions) {
        Region region{{row.value(0), row.value(1)}, row.value(0).toUtf8(), row.value(1).toUtf8(), {}};
        const PolicyLevel level = PolicyLevels::fromRegionName(region.name.zh);
        region.levelName = PolicyLevels::name(level).toUtf8();
        (level == PolicyLevel::Central ? report.m_central : report.m_regions).append(region);
        // Provinces guide alliances through their science and industry departments.
        if (level == PolicyLevel::Provincial) {
            report.m_guides.append({region.name.zh + QStringLiteral("科学技术厅"),
                                    QStringLiteral("Department of Science and Technology of ") + region.name.en});
            report.m_guides.append(
                {region.name.zh + QStringLiteral("经济和信息化委员会"),
                 QStringLiteral("Economic and Information Technology Commission of ") + region.name.en});
        }
    }
    if (report.m_central.size() != 3 || report.m_regions.isEmpty()) {
        *error = QStringLiteral("the region list needs three central entries and at least one region");
        return std::nullopt;
    }

    // Ministries, commissions, institutes and companies the glossary names: an event body
    // that names one in both languages can have it swapped for another.
    static const QStringList organisationEndings
        = {QStringLiteral("部"), QStringLiteral("院"),   QStringLiteral("厅"),   QStringLiteral("会"),
           QStringLiteral("室"), QStringLiteral("公司"), QStringLiteral("中心"), QStringLiteral("委")};
    for (const QStringList &row : glossary) {
        const QString &zh = row.value(0);
        if (std::any_of(organisationEndings.begin(), organisationEndings.end(),
                        [&zh](const QString &ending) { return zh.endsWith(ending); }))
            report.m_organisations.append({zh, row.value(1)});
    }
    // Longest first, so 国务院办公厅 is found before the 国务院 inside it.
    std::sort(report.m_organisations.begin(), report.m_organisations.end(),
              [](const BilingualText &a, const BilingualText &b) { return a.zh.size() > b.zh.size(); });

    for (const PolicyEventRecord &event : std::as_const(report.m_real.events)) {
        Body body{withoutDate(event), event.region, event.level != PolicyLevel::Central, -1};
        for (qsizetype i = 0; i < report.m_organisations.size(); ++i) {
            const BilingualText &organisation = report.m_organisations.at(i);
            if (body.text.zh.contains(organisation.zh) && body.text.en.contains(organisation.en)) {
                body.organisation = int(i);
                break;
            }
        }
        (body.local ? report.m_localBodies : report.m_centralBodies).append(body);
    }
    QSet<QString> realGuides;
    for (const AllianceRecord &alliance : std::as_const(report.m_real.alliances)) {
        for (const BilingualText &guide : alliance.guides) {
            if (!realGuides.contains(guide.zh)) {
                realGuides.insert(guide.zh);
                report.m_guides.append(guide);
            }
        }
    }
    if (report.m_centralBodies.isEmpty() || report.m_localBodies.isEmpty() || report.m_real.alliances.isEmpty()) {
        *error = QStringLiteral("the embedded report lacks central events, local events or alliances to recombine");
        return std::nullopt;
    }
    return report;
}

BilingualText SyntheticReport::makeEventText(const Region &region, bool central, const ReportDate &date,
                                             const QString &dateZh, const QString &dateEn, BenchRandom &random) const
{
    const Body &first = random.pick(random.chance(central ? 0.1 : 0.8) ? m_localBodies : m_centralBodies);
    BilingualText text = first.text;
    if (first.organisation >= 0 && random.chance(0.5)) {
        const BilingualText &from = m_organisations.at(first.organisation);
        const BilingualText &to = random.pick(m_organisations);
        text.zh.replace(from.zh, to.zh);
        text.en.replace(from.en, to.en);
    }
    if (first.local && !central) {
        text.zh.replace(first.origin.zh, region.name.zh);
        text.en.replace(first.origin.en, region.name.en);
        text.en.replace(shortEnglish(first.origin.en), shortEnglish(region.name.en));
    }
    // A quarter of the events report two things at once, as long as they stay report-sized.
    if (random.chance(0.25)) {
        const Body &second = random.pick(m_centralBodies);
        if (&second != &first && text.zh.size() + second.text.zh.size() < 150) {
            text.zh += u'；' + second.text.zh;
            text.en += QStringLiteral("; ") + second.text.en;
        }
    }
    if (date.isNull())
        return {text.zh, capitalised(text.en)};
    if (first.local)
        return {text.zh + u'，' + dateZh, capitalised(text.en) + QStringLiteral(" (") + dateEn + u')'};
    const QString on = date.precision() == ReportDate::Precision::Day ? QStringLiteral("On ") : QStringLiteral("In ");
    return {dateZh + u'，' + text.zh, on + dateEn + QStringLiteral(", ") + text.en};
}

QList<AllianceRecord> SyntheticReport::makeAlliances(int count, BenchRandom &random) const
{
    static const BilingualText topics[] = {
        {QStringLiteral("开源软件"), QStringLiteral("Open Source Software")},
        {QStringLiteral("云计算开源"), QStringLiteral("Open Source Cloud Computing")},
        {QStringLiteral("绿色计算"), QStringLiteral("Green Computing")},
        {QStringLiteral("智能终端操作系统"), QStringLiteral("Smart Terminal Operating System")},
        {QStringLiteral("开放标准平台软件"), QStringLiteral("Open Standard Platform Software")},
        {QStringLiteral("基础软件"), QStringLiteral("Basic Software")},
        {QStringLiteral("开源硬件"), QStringLiteral("Open Source Hardware")},
        {QStringLiteral("大数据开源"), QStringLiteral("Open Source Big Data")},
        {QStringLiteral("嵌入式Linux"), QStringLiteral("Embedded Linux")},
        {QStringLiteral("开源数据库"), QStringLiteral("Open Source Database")},
        {QStringLiteral("人工智能开源"), QStringLiteral("Open Source Artificial Intelligence")},
    };
    static const BilingualText kinds[] = {
        {QStringLiteral("推进联盟"), QStringLiteral("Promotion Alliance")},
        {QStringLiteral("产业联盟"), QStringLiteral("Industry Alliance")},
        {QStringLiteral("技术创新联盟"), QStringLiteral("Technology Innovation Alliance")},
        {QStringLiteral("产业协会"), QStringLiteral("Industry Association")},
    };
    const BilingualText country{QStringLiteral("中国"), QStringLiteral("China")};
    const qsizetype prefixes = m_regions.size() + 1;
    const qsizetype topicCount = qsizetype(std::size(topics));
    const qsizetype kindCount = qsizetype(std::size(kinds));

    QList<AllianceRecord> alliances;
    alliances.reserve(count);
    for (int k = 0; k < count; ++k) {
        // Consecutive alliances walk through the regions first, so every size has many of them;
        // the names stay distinct for tens of thousands before a chapter number is needed.
        const BilingualText &prefix = k % prefixes == 0 ? country : m_regions.at(k % prefixes - 1).name;
        const BilingualText &topic = topics[(k / prefixes) % topicCount];
        const BilingualText &kind = kinds[(k / (prefixes * topicCount)) % kindCount];
        const qsizetype round = k / (prefixes * topicCount * kindCount);
        const AllianceRecord &model = random.pick(m_real.alliances);

        AllianceRecord alliance;
        alliance.slug = QStringLiteral("synthetic-%1").arg(k + 1);
        alliance.name.zh = prefix.zh + topic.zh + kind.zh;
        alliance.name.en = prefix.en + u' ' + topic.en + u' ' + kind.en;
        if (round > 0) {
            alliance.name.zh += QStringLiteral("第%1分会").arg(round + 1);
            alliance.name.en += QStringLiteral(" Chapter %1").arg(round + 1);
        }
        if (random.chance(0.3)) {
            for (const QString &word : alliance.name.en.split(u' ')) {
                if (!word.isEmpty() && word.at(0).isUpper())
                    alliance.abbreviation += word.at(0);
            }
        }
        if (random.chance(0.4))
            alliance.givenEnglishName = alliance.name.en;
        alliance.founded = randomDate(random, {5, 15, 35, 45});
        alliance.intro = model.intro;
        alliance.intro.zh.replace(model.name.zh, alliance.name.zh);
        alliance.intro.en.replace(model.name.en, alliance.name.en);
        alliance.members = model.members;
        alliance.memberCountMin = model.memberCountMin;
        alliance.memberCountExact = model.memberCountExact;
        alliance.memberCountSource = model.memberCountSource;
        alliance.structure = model.structure;
        alliance.activities = model.activities;
        alliance.services = model.services;
        alliance.otherFields = model.otherFields;
        alliance.guides.append(random.pick(m_guides));
        if (random.chance(0.3)) {
            const BilingualText &second = random.pick(m_guides);
            if (!(second == alliance.guides.constFirst()))
                alliance.guides.append(second);
        }
        alliance.sourceLine = 3 + 20 * k;
        alliances.append(std::move(alliance));
    }
    return alliances;
}

bool SyntheticReport::writeDatabase(const QString &path, qint64 events, int alliances, quint64 seed,
                                    QString *error) const
{
    BenchRandom random(seed);
    ReportContent content;
    content.title = m_real.title;
    content.edition = QStringLiteral("synthetic");
    content.licence = m_real.licence;
    content.sourceFileName = QStringLiteral("synthetic-%1-events-seed-%2").arg(events).arg(seed);
    content.alliancesTitle = m_real.alliancesTitle;
    content.policyTitle = m_real.policyTitle;
    content.policyIntro = m_real.policyIntro;
    content.alliances = makeAlliances(alliances, random);
    const QString partial = path + QStringLiteral(".partial");
    auto fail = [error, &partial](const QString &message) {
        *error = message;
        QFile::remove(partial);
        return false;
    };
    // The schema, metadata and alliances through the explorer's own writer, so the file has
    // exactly its tables, constraints, indexes and user_version.
    if (!ReportDatabase::exportTo(content, partial, error))
        return false;
    sqlite3 *rawDb = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(partial).constData(), &rawDb, SQLITE_OPEN_READWRITE, nullptr);
    std::unique_ptr<sqlite3, SqliteClose> db(rawDb);
    auto sqliteFailure = [&db]() { return QString::fromUtf8(sqlite3_errmsg(db.get())); };
    if (opened != SQLITE_OK)
        return fail(QStringLiteral("%1: %2").arg(partial, sqliteFailure()));
    auto exec = [&db](const QByteArray &sql) {
        return sqlite3_exec(db.get(), sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    };

    // The file is a temporary until renamed, so durability buys nothing; a large page cache
    // keeps the index builds in memory.
    if (!exec("PRAGMA journal_mode = OFF") || !exec("PRAGMA synchronous = OFF") || !exec("PRAGMA cache_size = -262144"))
        return fail(sqliteFailure());

    // Indexes are dropped and rebuilt from their own CREATE statements after the rows are in:
    // one sort instead of a million random B-tree insertions.
    QList<QByteArray> indexes;
    {
        sqlite3_stmt *rawQuery = nullptr;
        if (sqlite3_prepare_v2(db.get(),
                               "SELECT name, sql FROM sqlite_schema WHERE type = 'index'"
                               " AND tbl_name = 'policy_events' AND sql IS NOT NULL",
                               -1, &rawQuery, nullptr)
            != SQLITE_OK)
            return fail(sqliteFailure());
        std::unique_ptr<sqlite3_stmt, SqliteFinalize> query(rawQuery);
        QList<QByteArray> names;
        while (sqlite3_step(query.get()) == SQLITE_ROW) {
            names.append(reinterpret_cast<const char *>(sqlite3_column_text(query.get(), 0)));
            indexes.append(reinterpret_cast<const char *>(sqlite3_column_text(query.get(), 1)));
        }
        query.reset();
        for (const QByteArray &name : std::as_const(names)) {
            if (!exec("DROP INDEX \"" + name + '"'))
                return fail(sqliteFailure());
        }
    }

    if (!exec("BEGIN"))
        return fail(sqliteFailure());
    sqlite3_stmt *rawInsert = nullptr;
    if (sqlite3_prepare_v2(db.get(),
                           "INSERT INTO policy_events(id, region_zh, region_en, level, date, date_precision,"
                           " date_start, date_end, text_zh, text_en, source_line, edition, identity)"
                           " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                           -1, &rawInsert, nullptr)
        != SQLITE_OK)
        return fail(sqliteFailure());
    std::unique_ptr<sqlite3_stmt, SqliteFinalize> insert(rawInsert);
    auto bindText = [&insert](int column, const QByteArray &text) {
        if (text.isNull())
            sqlite3_bind_null(insert.get(), column);
        else
            sqlite3_bind_text(insert.get(), column, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    };

    QHash<int, DateTexts> dateTexts;
    const int firstLine = 20 * alliances + 10; // events follow the alliances in a report
    for (qint64 i = 0; i < events; ++i) {
        // The central government states most policy in the real report; here a third, so
        // hundreds of provinces, cities and districts share the rest.
        const bool central = random.chance(0.3);
        const Region &region = central ? m_central.at(random.weighted({90, 5, 5})) : random.pick(m_regions);
        const ReportDate date = randomDate(random, {19, 35, 19, 27});
        const int key = date.year() * 10000 + date.month() * 100 + date.day();
        auto found = dateTexts.constFind(key);
        if (found == dateTexts.constEnd())
            found = dateTexts.insert(key, textsFor(date));
        const BilingualText text = makeEventText(region, central, date, found->zh, found->en, random);

        sqlite3_bind_int64(insert.get(), 1, i + 1);
        bindText(2, region.zhUtf8);
        bindText(3, region.enUtf8);
        bindText(4, region.levelName);
        bindText(5, found->iso);
        bindText(6, found->precision);
        bindText(7, found->start);
        bindText(8, found->end);
        bindText(9, text.zh.toUtf8());
        bindText(10, text.en.toUtf8());
        sqlite3_bind_int64(insert.get(), 11, firstLine + i);
        // The one edition the report holds, whose year its title does not give.
        sqlite3_bind_int64(insert.get(), 12, 0);
        PolicyEventRecord record;
        record.region = region.name;
        record.date = date;
        bindText(13, EditionIdentity::eventKey(record, text.zh).toUtf8());
        if (sqlite3_step(insert.get()) != SQLITE_DONE)
            return fail(sqliteFailure());
        sqlite3_reset(insert.get());
    }
    insert.reset();
    if (!exec("COMMIT"))
        return fail(sqliteFailure());
    for (const QByteArray &sql : std::as_const(indexes)) {
        if (!exec(sql))
            return fail(sqliteFailure());
    }
    if (sqlite3_close(db.release()) != SQLITE_OK)
        return fail(QStringLiteral("%1: cannot close the database").arg(partial));
    QFile::remove(path);
    if (!QFile::rename(partial, path))
        return fail(QStringLiteral("cannot rename %1 to %2").arg(partial, path));
    return true;
}

QByteArray SyntheticReport::markdown(qint64 minimumBytes) const
{
    const QString real = QString::fromUtf8(m_realMarkdown);
    const QString heading = QStringLiteral("#####");
    const qsizetype firstAlliance = real.indexOf(heading);
    const qsizetype policy = real.indexOf(QStringLiteral("##重要政策事件"));
    const qsizetype firstRegion = real.indexOf(heading, policy);
    const qsizetype footer = real.lastIndexOf(QStringLiteral("*本"));
    if (firstAlliance < 0 || policy < firstAlliance || firstRegion < policy || footer < firstRegion)
        return {};
    const QString alliancePart = real.mid(firstAlliance, policy - firstAlliance);
    const QString regionPart = real.mid(firstRegion, footer - firstRegion);

    // Copy n of an alliance is "中国开源软件推进联盟第n分会（China Open …）": a name of its own,
    // since the importer refuses an alliance described twice.
    static const QRegularExpression allianceName(QStringLiteral("^(#####\\s*)([^（(\\n]+)"),
                                                 QRegularExpression::MultilineOption);
    static const QRegularExpression regionName(QStringLiteral("^#####\\s*(.+)$"), QRegularExpression::MultilineOption);
    QString alliances = real.left(firstAlliance);
    QString regions = real.mid(policy, firstRegion - policy);
    qint64 bytes = 0;
    for (int copy = 0; bytes < minimumBytes; ++copy) {
        QString renamed = alliancePart;
        if (copy > 0)
            renamed.replace(allianceName, QStringLiteral("\\1\\2第%1分会").arg(copy + 1));
        alliances += renamed;
        QString moved = regionPart;
        if (copy > 0) {
            // Each copy of a region list moves to other regions, walking the region table.
            QString result;
            qsizetype last = 0;
            int regionIndex = 0;
            for (auto it = regionName.globalMatch(regionPart); it.hasNext(); ++regionIndex) {
                const QRegularExpressionMatch match = it.next();
                result += QStringView(regionPart).mid(last, match.capturedStart(1) - last);
                result += m_regions.at((copy * 7 + regionIndex) % m_regions.size()).name.zh;
                last = match.capturedEnd(1);
            }
            result += QStringView(regionPart).mid(last);
            moved = result;
        }
        regions += moved;
        bytes += renamed.toUtf8().size() + moved.toUtf8().size();
    }
    return (alliances + regions + real.mid(footer)).toUtf8();
}
