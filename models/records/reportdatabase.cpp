#include "reportdatabase.h"

#include "editionidentity.h"
#include "eventtextreader.h"
#include "eventtextstore.h"
#include "filewriter.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

#include <algorithm>

namespace {

const char *const reportTables[] = {"report_meta", "alliances", "alliance_guides", "alliance_items", "policy_events"};
// The table schema version 2 added; version 1's records name no edition and have no identity.
const char *const editionsTable = "editions";

const char *const schemaStatements[] = {
    "CREATE TABLE report_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE editions("
    " year INTEGER NOT NULL UNIQUE, position INTEGER NOT NULL UNIQUE,"
    " title_zh TEXT, title_en TEXT, source_file TEXT, source_sha256 TEXT,"
    " licence TEXT, source_url TEXT,"
    " alliances_title_zh TEXT, alliances_title_en TEXT, policy_title_zh TEXT, policy_title_en TEXT,"
    " policy_intro_zh TEXT, policy_intro_en TEXT)",
    "CREATE TABLE alliances("
    " id INTEGER PRIMARY KEY,"
    " slug TEXT NOT NULL,"
    " name_zh TEXT NOT NULL, name_en TEXT,"
    " given_english_name TEXT, abbreviation TEXT,"
    " founded TEXT, founded_precision TEXT NOT NULL CHECK (founded_precision IN ('day','month','year','none')),"
    " intro_zh TEXT, intro_en TEXT, members_zh TEXT, members_en TEXT,"
    " member_count_min INTEGER, member_count_exact INTEGER,"
    " member_count_source TEXT CHECK (member_count_source IN ('members','structure')),"
    " source_line INTEGER NOT NULL,"
    " edition INTEGER NOT NULL REFERENCES editions(year), identity TEXT NOT NULL,"
    " UNIQUE (edition, slug))",
    "CREATE TABLE alliance_guides("
    " alliance_id INTEGER NOT NULL REFERENCES alliances(id), position INTEGER NOT NULL,"
    " name_zh TEXT NOT NULL, name_en TEXT, PRIMARY KEY (alliance_id, position))",
    "CREATE TABLE alliance_items("
    " alliance_id INTEGER NOT NULL REFERENCES alliances(id),"
    " kind TEXT NOT NULL CHECK (kind IN ('structure','activity','service','other')),"
    " position INTEGER NOT NULL, text_zh TEXT NOT NULL, text_en TEXT,"
    " PRIMARY KEY (alliance_id, kind, position))",
    "CREATE TABLE policy_events("
    " id INTEGER PRIMARY KEY,"
    " region_zh TEXT NOT NULL, region_en TEXT,"
    " level TEXT NOT NULL CHECK (level IN ('central','provincial','municipal','other')),"
    " date TEXT, date_precision TEXT NOT NULL CHECK (date_precision IN ('day','month','year','none')),"
    " date_start TEXT, date_end TEXT,"
    " text_zh TEXT NOT NULL, text_en TEXT, source_line INTEGER NOT NULL,"
    " edition INTEGER NOT NULL REFERENCES editions(year), identity TEXT NOT NULL)",
    "CREATE INDEX policy_events_by_date ON policy_events(date_start, date_precision)",
    "CREATE INDEX policy_events_by_region ON policy_events(region_zh)",
};

// A read-only connection runs no code of the file's own: pragmas do what Qt's driver offers
// no setting for. Functions a schema names run only if SQLite marks them harmless
// (trusted_schema); nothing may write, not even to a temporary table (query_only); and a page
// whose cells do not fit it is refused rather than read past (cell_size_check). Triggers never
// fire on a connection that cannot write, views, virtual tables and generated columns are
// refused by ContentReader::checkSchema() before anything else is read, and Qt's driver never
// enables extension loading.
const char *const hardeningPragmas[] = {
    "PRAGMA trusted_schema = OFF",
    "PRAGMA query_only = ON",
    "PRAGMA cell_size_check = ON",
};

// A value as an SQL literal that stays on one line: a line break (any control character but
// tab) is spliced in with char(), so a script of such statements splits on newlines.
std::optional<QString> sqlLiteral(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return QString::number(value.toLongLong());
    if (value.typeId() != QMetaType::QString)
        return std::nullopt;
    const QString text = value.toString();
    QString literal = QStringLiteral("'");
    for (const QChar c : text) {
        if (c == u'\'')
            literal += QStringLiteral("''");
        else if (c.unicode() < 0x20 && c != u'\t')
            literal += QStringLiteral("'||char(%1)||'").arg(c.unicode());
        else
            literal += c;
    }
    return literal + u'\'';
}

QString quotedIdentifier(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

class Connection
{
public:
    Connection()
        : m_name(QStringLiteral("report-database-%1").arg(s_counter.fetchAndAddRelaxed(1)))
    {
    }
    ~Connection()
    {
        if (QSqlDatabase::contains(m_name)) {
            QSqlDatabase::database(m_name, false).close();
            QSqlDatabase::removeDatabase(m_name);
        }
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool open(const QString &databaseName, const QString &options, QString *error)
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
            *error = QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed");
            return false;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(databaseName);
        db.setConnectOptions(options);
        if (!db.open()) {
            *error = db.lastError().text();
            return false;
        }
        return true;
    }

    bool harden(QString *error)
    {
        return std::all_of(std::begin(hardeningPragmas), std::end(hardeningPragmas),
                           [this, error](const char *pragma) { return exec(QString::fromLatin1(pragma), error); });
    }

    bool exec(const QString &sql, QString *error)
    {
        QSqlQuery query(database());
        if (query.exec(sql))
            return true;
        *error = query.lastError().text();
        return false;
    }

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    static inline QAtomicInt s_counter;
    QString m_name;
};

// Whether whoever reads the report gave it up (closing the window, opening another).
bool raised(const std::atomic_bool *cancelled)
{
    return cancelled && cancelled->load(std::memory_order_relaxed);
}

// Whether the events' texts are copied into ReportContent or left in the database file, for
// EventTextStore to read when they are needed.
enum class EventTexts { Copied, LeftInFile };

// Every character QString::trimmed() removes, for SQL's trim(): a text made of them alone is as
// empty to the check in the database as to the one in ContentReader::text(). Gathered once: it
// takes a tenth of loading the embedded report.
const QString &spaceCharacters()
{
    static const QString spaces = [] {
        QString found;
        for (char16_t c = 0; c < 0xFFFF; ++c) {
            if (QChar(c).isSpace())
                found += QChar(c);
        }
        return found;
    }();
    return spaces;
}

class ContentReader
{
public:
    // Reading stops, with no error, once cancelled (if given) is raised. With a preview, only
    // its numbers of events and alliances are checked and read, the first ones by id.
    ContentReader(const QSqlDatabase &db, EventTexts eventTexts, const std::atomic_bool *cancelled,
                  std::optional<ReportDatabase::PreviewSize> preview)
        : m_db(db)
        , m_eventTexts(eventTexts)
        , m_cancelled(cancelled)
        , m_preview(preview)
    {
    }

    std::optional<ReportContent> read(QString *error);
    // The schema version of the database read, once read() has checked it.
    qint64 schemaVersion() const { return m_version; }

private:
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }
    // Checked at every row: a million rows take seconds to read.
    bool goingOn() const { return m_error.isEmpty() && !raised(m_cancelled); }
    bool checkSchema();
    bool overLongCheck(const QString &table, QString *condition, QString *column);
    bool failOverLong(const QString &table, const QString &column);
    bool checkValueLengths();
    bool readMeta(ReportContent *content);
    bool readEditions(ReportContent *content);
    bool checkRecordEditions(const ReportContent &content);
    bool readAlliances(ReportContent *content);
    bool readAllianceLists(ReportContent *content);
    bool rowidRange(std::optional<std::pair<qint64, qint64>> *ids);
    bool findPreviewBounds();
    std::optional<qint64> lastId(const QString &table, qsizetype count);
    bool checkEvents();
    bool readEvents(ReportContent *content);
    // Runs sql forward only, with values for its placeholders in order.
    bool prepare(QSqlQuery *query, const QString &sql, const QVariantList &values = {});
    bool prepareBelow(QSqlQuery *query, const QString &selectFrom, const QString &idColumn,
                      std::optional<qint64> lastId, const QString &order);
    bool finished(const QSqlQuery &query);
    QString text(const QSqlQuery &query, int column, const char *what, bool required);
    std::optional<qint64> integer(const QSqlQuery &query, int column, const char *what, bool required);
    std::optional<ReportDate> date(const QSqlQuery &query, int dateColumn, int precisionColumn, const char *what);

    QSqlDatabase m_db;
    EventTexts m_eventTexts;
    const std::atomic_bool *m_cancelled;
    std::optional<ReportDatabase::PreviewSize> m_preview;
    // The highest ids a preview reads, when it reads fewer records than the report holds.
    std::optional<qint64> m_lastEventId;
    std::optional<qint64> m_lastAllianceId;
    QString m_error;
    qint64 m_version = 0;
    QHash<qint64, qsizetype> m_allianceRowById;
};

// selectFrom's rows in order, or with lastId, those up to it alone (a preview's).
bool ContentReader::prepareBelow(QSqlQuery *query, const QString &selectFrom, const QString &idColumn,
                                 std::optional<qint64> lastId, const QString &order)
{
    const QString where = lastId ? QStringLiteral(" WHERE %1 <= ?").arg(idColumn) : QString();
    return prepare(query, selectFrom + where + QStringLiteral(" ORDER BY ") + order,
                   lastId ? QVariantList{*lastId} : QVariantList());
}

bool ContentReader::prepare(QSqlQuery *query, const QString &sql, const QVariantList &values)
{
    query->setForwardOnly(true);
    bool ran = false;
    if (values.isEmpty()) {
        ran = query->exec(sql);
    } else if (query->prepare(sql)) {
        for (const QVariant &value : values)
            query->addBindValue(value);
        ran = query->exec();
    }
    if (!ran)
        return fail(QStringLiteral("cannot read the report tables: %1").arg(query->lastError().text()));
    return true;
}

// QSqlQuery::next() also returns false when SQLite fails mid-table (a value over the length
// limit, a corrupt page): without this check such a file would load with its rows cut short.
bool ContentReader::finished(const QSqlQuery &query)
{
    if (query.lastError().isValid())
        return fail(QStringLiteral("cannot read the report tables: %1").arg(query.lastError().text()));
    return goingOn();
}

QString ContentReader::text(const QSqlQuery &query, int column, const char *what, bool required)
{
    const QVariant value = query.value(column);
    if (value.isNull()) {
        if (required)
            fail(QStringLiteral("%1 is missing (NULL)").arg(QLatin1String(what)));
        return {};
    }
    if (value.typeId() != QMetaType::QString) {
        fail(QStringLiteral("%1 holds a %2 where text belongs")
                 .arg(QLatin1String(what), QLatin1String(value.typeName())));
        return {};
    }
    const QString string = value.toString();
    if (required && string.trimmed().isEmpty())
        fail(QStringLiteral("%1 is empty").arg(QLatin1String(what)));
    return string;
}

std::optional<qint64> ContentReader::integer(const QSqlQuery &query, int column, const char *what, bool required)
{
    const QVariant value = query.value(column);
    if (value.isNull()) {
        if (required)
            fail(QStringLiteral("%1 is missing (NULL)").arg(QLatin1String(what)));
        return std::nullopt;
    }
    if (value.typeId() != QMetaType::LongLong && value.typeId() != QMetaType::Int) {
        fail(QStringLiteral("%1 holds a %2 where a whole number belongs")
                 .arg(QLatin1String(what), QLatin1String(value.typeName())));
        return std::nullopt;
    }
    return value.toLongLong();
}

std::optional<ReportDate> ContentReader::date(const QSqlQuery &query, int dateColumn, int precisionColumn,
                                              const char *what)
{
    const QString iso = text(query, dateColumn, what, false);
    const QString precisionName = text(query, precisionColumn, what, true);
    bool ok = false;
    const ReportDate::Precision precision = ReportDate::precisionFromName(precisionName, &ok);
    const ReportDate parsed = ReportDate::fromIso(iso);
    if (!ok || parsed.precision() != precision) {
        fail(QStringLiteral("%1 “%2” does not match its precision “%3”").arg(QLatin1String(what), iso, precisionName));
        return std::nullopt;
    }
    return parsed;
}

bool ContentReader::checkSchema()
{
    QSqlQuery query(m_db);
    if (!prepare(&query, QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(QStringLiteral("cannot read the schema version"));
    const qint64 version = query.value(0).toLongLong();
    m_version = version;
    if (version > ReportDatabase::schemaVersion) {
        return fail(QStringLiteral("the database uses schema version %1, newer than the %2 this version of the "
                                   "explorer reads: update the explorer")
                        .arg(version)
                        .arg(ReportDatabase::schemaVersion));
    }
    QList<const char *> tables(std::begin(reportTables), std::end(reportTables));
    if (version >= 2)
        tables.append(editionsTable);
    for (const char *table : std::as_const(tables)) {
        QSqlQuery exists(m_db);
        if (!exists.prepare(QStringLiteral("SELECT type FROM sqlite_schema WHERE name = ?")))
            return fail(QStringLiteral("cannot read the schema: %1").arg(exists.lastError().text()));
        exists.addBindValue(QString::fromLatin1(table));
        if (!exists.exec())
            return fail(QStringLiteral("cannot read the schema: %1").arg(exists.lastError().text()));
        if (!exists.next() || exists.value(0).toString() != QLatin1String("table"))
            return fail(QStringLiteral("this is an SQLite database, but not a report database: it has no table “%1”")
                            .arg(QLatin1String(table)));
    }
    // A report database holds data only. A virtual table's module would parse the file's own shadow
    // tables, and triggers and views are code: a file carrying any of them was made for more.
    QSqlQuery codeObjects(m_db);
    if (!prepare(&codeObjects,
                 QStringLiteral("SELECT type, name FROM sqlite_schema WHERE type IN ('trigger', 'view')"
                                " OR (type = 'table' AND (rootpage = 0 OR sql NOT LIKE 'CREATE TABLE %'))")))
        return false;
    if (codeObjects.next()) {
        const QString type = codeObjects.value(0).toString();
        return fail(QStringLiteral("this is an SQLite database, but not a report database: it carries the %1 “%2”")
                        .arg(type == QLatin1String("table") ? QStringLiteral("virtual table") : type,
                             codeObjects.value(1).toString()));
    }
    // A generated column is code too, run on every read of its row: it could make any value of
    // any size out of nothing.
    QSqlQuery generated(m_db);
    if (!prepare(&generated,
                 QStringLiteral("SELECT m.name, c.name FROM sqlite_schema m, pragma_table_xinfo(m.name) c"
                                " WHERE m.type = 'table' AND c.hidden IN (2, 3)")))
        return false;
    if (generated.next()) {
        return fail(
            QStringLiteral(
                "this is an SQLite database, but not a report database: it carries the generated column “%1.%2”")
                .arg(generated.value(0).toString(), generated.value(1).toString()));
    }
    if (version < ReportDatabase::oldestSchemaVersion)
        return fail(QStringLiteral("the database has schema version %1; this explorer reads versions %2 to %3")
                        .arg(version)
                        .arg(ReportDatabase::oldestSchemaVersion)
                        .arg(ReportDatabase::schemaVersion));
    return true;
}

bool ContentReader::readMeta(ReportContent *content)
{
    QSqlQuery query(m_db);
    if (!prepare(&query, QStringLiteral("SELECT key, value FROM report_meta")))
        return false;
    const QHash<QString, QString *> fields = {
        {QStringLiteral("title"), &content->title},
        {QStringLiteral("edition"), &content->edition},
        {QStringLiteral("licence"), &content->licence},
        {QStringLiteral("source_file"), &content->sourceFileName},
        {QStringLiteral("source_sha256"), &content->sourceSha256},
        {QStringLiteral("alliances_title_zh"), &content->alliancesTitle.zh},
        {QStringLiteral("alliances_title_en"), &content->alliancesTitle.en},
        {QStringLiteral("policy_title_zh"), &content->policyTitle.zh},
        {QStringLiteral("policy_title_en"), &content->policyTitle.en},
        {QStringLiteral("policy_intro_zh"), &content->policyIntro.zh},
        {QStringLiteral("policy_intro_en"), &content->policyIntro.en},
    };
    while (query.next()) {
        const QString key = text(query, 0, "report_meta.key", true);
        if (QString *target = fields.value(key))
            *target = text(query, 1, "report_meta.value", false);
    }
    return finished(query);
}

bool ContentReader::readEditions(ReportContent *content)
{
    if (m_version < 2)
        return true;
    QSqlQuery query(m_db);
    if (!prepare(&query,
                 QStringLiteral("SELECT year, title_zh, title_en, source_file, source_sha256, licence, source_url,"
                                " alliances_title_zh, alliances_title_en, policy_title_zh, policy_title_en,"
                                " policy_intro_zh, policy_intro_en FROM editions ORDER BY position")))
        return false;
    QSet<int> years;
    while (query.next() && goingOn()) {
        ReportEdition edition;
        const qint64 year = integer(query, 0, "editions.year", true).value_or(0);
        if (year < 0 || year > 9999)
            fail(QStringLiteral("editions.year %1 is out of range").arg(year));
        edition.year = int(year);
        if (years.contains(edition.year))
            fail(QStringLiteral("editions.year %1 appears twice").arg(year));
        years.insert(edition.year);
        edition.title = {text(query, 1, "editions.title_zh", false), text(query, 2, "editions.title_en", false)};
        edition.sourceFileName = text(query, 3, "editions.source_file", false);
        edition.sourceSha256 = text(query, 4, "editions.source_sha256", false);
        edition.licence = text(query, 5, "editions.licence", false);
        edition.sourceUrl = text(query, 6, "editions.source_url", false);
        edition.alliancesTitle = {text(query, 7, "editions.alliances_title_zh", false),
                                  text(query, 8, "editions.alliances_title_en", false)};
        edition.policyTitle
            = {text(query, 9, "editions.policy_title_zh", false), text(query, 10, "editions.policy_title_en", false)};
        edition.policyIntro
            = {text(query, 11, "editions.policy_intro_zh", false), text(query, 12, "editions.policy_intro_en", false)};
        content->editions.append(edition);
    }
    if (!finished(query))
        return false;
    if (content->editions.isEmpty())
        return fail(QStringLiteral("the editions table is empty"));
    content->titleEn = content->editions.constFirst().title.en;
    content->sourceUrl = content->editions.constFirst().sourceUrl;
    return true;
}

// Schema version 2 names every record's edition; one the editions table does not describe
// would be shown under no edition at all.
bool ContentReader::checkRecordEditions(const ReportContent &content)
{
    if (m_version < 2)
        return true;
    QSet<int> years;
    for (const ReportEdition &edition : content.editions)
        years.insert(edition.year);
    auto unknown = [&years](int year) { return !years.contains(year); };
    for (const AllianceRecord &alliance : content.alliances) {
        if (unknown(alliance.edition))
            return fail(QStringLiteral("alliances.edition %1 of “%2” names no edition of the editions table")
                            .arg(alliance.edition)
                            .arg(alliance.name.zh));
    }
    for (const PolicyEventRecord &event : content.events) {
        if (unknown(event.edition))
            return fail(QStringLiteral("policy_events.edition %1 of event %2 names no edition of the editions table")
                            .arg(event.edition)
                            .arg(event.id));
    }
    return true;
}

bool ContentReader::readAlliances(ReportContent *content)
{
    QSqlQuery query(m_db);
    if (!prepareBelow(
            &query,
            QStringLiteral(
                "SELECT id, slug, name_zh, name_en, given_english_name, abbreviation, founded, founded_precision,"
                " intro_zh, intro_en, members_zh, members_en, member_count_min, member_count_exact,"
                " member_count_source, source_line, %1 FROM alliances")
                .arg(m_version >= 2 ? QStringLiteral("edition, identity") : QStringLiteral("NULL, NULL")),
            QStringLiteral("id"), m_lastAllianceId, QStringLiteral("id")))
        return false;
    while (query.next() && goingOn()) {
        AllianceRecord alliance;
        m_allianceRowById.insert(integer(query, 0, "alliances.id", true).value_or(0), content->alliances.size());
        alliance.slug = text(query, 1, "alliances.slug", true);
        alliance.name = {text(query, 2, "alliances.name_zh", true), text(query, 3, "alliances.name_en", false)};
        alliance.givenEnglishName = text(query, 4, "alliances.given_english_name", false);
        alliance.abbreviation = text(query, 5, "alliances.abbreviation", false);
        alliance.founded = date(query, 6, 7, "alliances.founded").value_or(ReportDate());
        alliance.intro = {text(query, 8, "alliances.intro_zh", false), text(query, 9, "alliances.intro_en", false)};
        alliance.members
            = {text(query, 10, "alliances.members_zh", false), text(query, 11, "alliances.members_en", false)};
        const std::optional<qint64> count = integer(query, 12, "alliances.member_count_min", false);
        if (count && (*count < 0 || *count > std::numeric_limits<int>::max()))
            fail(QStringLiteral("alliances.member_count_min %1 is out of range").arg(*count));
        alliance.memberCountMin = count ? int(*count) : -1;
        alliance.memberCountExact = integer(query, 13, "alliances.member_count_exact", false).value_or(0) != 0;
        const QString source = text(query, 14, "alliances.member_count_source", false);
        alliance.memberCountSource = source == QLatin1String("members") ? AllianceRecord::MemberCountSource::Members
            : source == QLatin1String("structure")                      ? AllianceRecord::MemberCountSource::Structure
                                                                        : AllianceRecord::MemberCountSource::None;
        alliance.sourceLine = int(integer(query, 15, "alliances.source_line", true).value_or(0));
        if (m_version >= 2) {
            alliance.edition = int(integer(query, 16, "alliances.edition", true).value_or(0));
            alliance.identity = text(query, 17, "alliances.identity", true);
        }
        content->alliances.append(alliance);
    }
    return finished(query);
}

bool ContentReader::readAllianceLists(ReportContent *content)
{
    QSqlQuery guides(m_db);
    if (!prepareBelow(&guides,
                      QStringLiteral("SELECT a.id, g.name_zh, g.name_en FROM alliance_guides g"
                                     " JOIN alliances a ON a.id = g.alliance_id"),
                      QStringLiteral("g.alliance_id"), m_lastAllianceId, QStringLiteral("g.alliance_id, g.position")))
        return false;
    while (guides.next() && goingOn()) {
        AllianceRecord &alliance = content->alliances[m_allianceRowById.value(guides.value(0).toLongLong())];
        alliance.guides.append(
            {text(guides, 1, "alliance_guides.name_zh", true), text(guides, 2, "alliance_guides.name_en", false)});
    }
    if (!finished(guides))
        return false;
    QSqlQuery items(m_db);
    if (!prepareBelow(&items,
                      QStringLiteral("SELECT a.id, i.kind, i.text_zh, i.text_en FROM alliance_items i"
                                     " JOIN alliances a ON a.id = i.alliance_id"),
                      QStringLiteral("i.alliance_id"), m_lastAllianceId,
                      QStringLiteral("i.alliance_id, i.kind, i.position")))
        return false;
    while (items.next() && goingOn()) {
        AllianceRecord &alliance = content->alliances[m_allianceRowById.value(items.value(0).toLongLong())];
        const QString kind = text(items, 1, "alliance_items.kind", true);
        const BilingualText item{text(items, 2, "alliance_items.text_zh", true),
                                 text(items, 3, "alliance_items.text_en", false)};
        if (kind == QLatin1String("structure"))
            alliance.structure.append(item);
        else if (kind == QLatin1String("activity"))
            alliance.activities.append(item);
        else if (kind == QLatin1String("service"))
            alliance.services.append(item);
        else if (kind == QLatin1String("other"))
            alliance.otherFields.append(item);
        else
            fail(QStringLiteral("alliance_items.kind “%1” is not structure, activity, service or other").arg(kind));
    }
    return finished(items);
}

bool ContentReader::readEvents(ReportContent *content)
{
    const bool copyTexts = m_eventTexts == EventTexts::Copied;
    QSqlQuery query(m_db);
    if (!prepareBelow(&query,
                      QStringLiteral("SELECT id, region_zh, region_en, level, date, date_precision, source_line, %1%2"
                                     " FROM policy_events")
                          .arg(m_version >= 2 ? QStringLiteral("edition, identity") : QStringLiteral("NULL, NULL"),
                               copyTexts ? QStringLiteral(", text_zh, text_en") : QString()),
                      QStringLiteral("id"), m_lastEventId, QStringLiteral("id")))
        return false;
    // Sized up front (a million-event list regrowing costs a seventh of the load), and region
    // names shared between events instead of copied into each (they repeat thousands of times).
    QSqlQuery count(m_db);
    if (m_preview)
        content->events.reserve(m_preview->events);
    else if (prepare(&count, QStringLiteral("SELECT count(*) FROM policy_events")) && count.next())
        content->events.reserve(qsizetype(std::clamp<qint64>(count.value(0).toLongLong(), 0, 10'000'000)));
    QHash<QString, BilingualText> regions;
    while (query.next() && goingOn()) {
        PolicyEventRecord event;
        const qint64 id = integer(query, 0, "policy_events.id", true).value_or(0);
        if (id <= 0 || id > std::numeric_limits<int>::max())
            fail(QStringLiteral("policy_events.id %1 is out of range").arg(id));
        event.id = int(id);
        BilingualText region{text(query, 1, "policy_events.region_zh", true),
                             text(query, 2, "policy_events.region_en", false)};
        const auto shared = regions.constFind(region.zh);
        if (shared != regions.cend() && shared->en == region.en)
            event.region = *shared;
        else
            event.region = *regions.insert(region.zh, region);
        bool ok = false;
        event.level = PolicyLevels::fromName(text(query, 3, "policy_events.level", true), &ok);
        if (!ok)
            fail(QStringLiteral("policy_events.level of event %1 is not central, provincial, municipal or other")
                     .arg(id));
        event.date = date(query, 4, 5, "policy_events.date").value_or(ReportDate());
        event.sourceLine = int(integer(query, 6, "policy_events.source_line", true).value_or(0));
        if (m_version >= 2) {
            event.edition = int(integer(query, 7, "policy_events.edition", true).value_or(0));
            // Left in the file with the texts (checked by checkEvents()): a string for each of a
            // million events would take 100 MB.
            if (copyTexts)
                event.identity = text(query, 8, "policy_events.identity", true);
        }
        if (copyTexts)
            event.text
                = {text(query, 9, "policy_events.text_zh", true), text(query, 10, "policy_events.text_en", false)};
        content->events.append(std::move(event));
    }
    return finished(query);
}

// SQLite's own length limit cannot be set through Qt Sql, so every value is measured in SQL
// before Qt reads any, which would copy the value whole. Measuring reads the value once, inside
// SQLite, and never more than the file holds (generated columns are refused): SQLite could
// measure a blob from its record header (length() of a blob column), but before 3.43
// (octet_length()) not a text, and telling the two apart by typeof() doubles the check's cost.
bool ContentReader::overLongCheck(const QString &table, QString *condition, QString *column)
{
    QSqlQuery columns(m_db);
    columns.setForwardOnly(true);
    if (!columns.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)")))
        return fail(QStringLiteral("cannot read the schema: %1").arg(columns.lastError().text()));
    columns.addBindValue(table);
    if (!columns.exec())
        return fail(QStringLiteral("cannot read the schema: %1").arg(columns.lastError().text()));
    QStringList overLong;
    QStringList cases;
    while (columns.next()) {
        const QString name = columns.value(0).toString();
        overLong.append(QStringLiteral("length(CAST(%1 AS BLOB)) > %2")
                            .arg(quotedIdentifier(name))
                            .arg(ReportDatabase::maxValueBytes));
        cases.append(QStringLiteral("WHEN %1 THEN %2").arg(overLong.constLast(), *sqlLiteral(name)));
    }
    if (!finished(columns))
        return false;
    *condition = u'(' + overLong.join(QStringLiteral(" OR ")) + u')';
    *column = QStringLiteral("CASE %1 END").arg(cases.join(u' '));
    return true;
}

bool ContentReader::failOverLong(const QString &table, const QString &column)
{
    return fail(QStringLiteral("%1.%2 holds a value over the %3 MiB a report database may hold")
                    .arg(table, column)
                    .arg(ReportDatabase::maxValueBytes / (1024 * 1024)));
}

// The events' values are measured by checkEvents(), in its pass over them.
bool ContentReader::checkValueLengths()
{
    QList<const char *> tables(std::begin(reportTables), std::end(reportTables));
    if (m_version >= 2)
        tables.append(editionsTable);
    for (const char *tableName : std::as_const(tables)) {
        const QString table = QString::fromLatin1(tableName);
        if (table == QLatin1String("policy_events"))
            continue;
        QString condition;
        QString column;
        if (!overLongCheck(table, &condition, &column))
            return false;
        // A preview checks the alliances it reads.
        const QString allianceId = table == QLatin1String("alliances") ? QStringLiteral("id")
            : table.startsWith(QLatin1String("alliance_"))             ? QStringLiteral("alliance_id")
                                                                       : QString();
        const bool bounded = m_lastAllianceId && !allianceId.isEmpty();
        QSqlQuery query(m_db);
        if (!prepare(&query,
                     QStringLiteral("SELECT %1 FROM %2 WHERE %3%4 LIMIT 1")
                         .arg(column, quotedIdentifier(table), condition,
                              bounded ? QStringLiteral(" AND %1 <= ?").arg(allianceId) : QString()),
                     bounded ? QVariantList{*m_lastAllianceId} : QVariantList()))
            return false;
        if (query.next())
            return failOverLong(table, query.value(0).toString());
        if (!finished(query))
            return false;
    }
    return true;
}

// The lowest and highest event id, when the id is the table's rowid (as in every file the
// explorer writes), so that ranges of ids can be read without a pass over the table; none when
// it is not (SQLite's rules: declared INTEGER, the only primary key, no index made for it), or
// the table is empty.
bool ContentReader::rowidRange(std::optional<std::pair<qint64, qint64>> *ids)
{
    QSqlQuery isRowid(m_db);
    if (!prepare(
            &isRowid,
            QStringLiteral("SELECT (SELECT count(*) FROM pragma_table_info('policy_events') WHERE pk > 0) = 1"
                           " AND EXISTS (SELECT 1 FROM pragma_table_info('policy_events')"
                           " WHERE pk = 1 AND name = 'id' AND upper(type) = 'INTEGER')"
                           " AND NOT EXISTS (SELECT 1 FROM pragma_index_list('policy_events') WHERE origin = 'pk')")))
        return false;
    if (!isRowid.next() || !isRowid.value(0).toBool())
        return finished(isRowid);
    // Two subqueries, as SQLite finds a lone min() or max() of the rowid from the table's
    // b-tree, but scans the whole table for both in one query.
    QSqlQuery query(m_db);
    if (!prepare(&query,
                 QStringLiteral("SELECT (SELECT min(id) FROM policy_events), (SELECT max(id) FROM policy_events)")))
        return false;
    if (query.next() && !query.value(0).isNull())
        *ids = std::pair(query.value(0).toLongLong(), query.value(1).toLongLong());
    return finished(query);
}

// The id the first count records of table end at, or none when it holds no more than count.
// SQL tells whether the id is a whole number before it is read: nothing has measured the table's
// values yet, and an id of any other type could be a text of a gigabyte.
std::optional<qint64> ContentReader::lastId(const QString &table, qsizetype count)
{
    QSqlQuery query(m_db);
    if (!prepare(&query,
                 QStringLiteral("SELECT typeof(id) = 'integer', CASE WHEN typeof(id) = 'integer' THEN id END"
                                " FROM %1 ORDER BY id LIMIT 2 OFFSET ?")
                     .arg(quotedIdentifier(table)),
                 {std::max<qsizetype>(count, 1) - 1}))
        return std::nullopt;
    std::optional<qint64> id;
    if (query.next()) {
        if (!query.value(0).toBool()) {
            fail(QStringLiteral("%1.id holds a value that is not a whole number").arg(table));
            return std::nullopt;
        }
        id = query.value(1).toLongLong();
        // A bound only when a record lies past it.
        if (!query.next())
            id.reset();
    }
    finished(query);
    return id;
}

// Where a preview stops reading: every check and read after this one stays below these ids.
bool ContentReader::findPreviewBounds()
{
    if (!m_preview)
        return true;
    m_lastAllianceId = lastId(QStringLiteral("alliances"), m_preview->alliances);
    m_lastEventId = lastId(QStringLiteral("policy_events"), m_preview->events);
    return goingOn();
}

// One pass over the events before they are read: the lengths of all their values, and their
// texts and identities as copying them would check them, with the same messages, without holding
// them (texts and identities left in the file are not read at load). It reads every text, so a damaged page fails the
// load here as it would when copying, and stops at the first event that fails.
bool ContentReader::checkEvents()
{
    QString overLong;
    QString overLongColumn;
    if (!overLongCheck(QStringLiteral("policy_events"), &overLong, &overLongColumn))
        return false;
    const QString identity = m_version >= 2 ? QStringLiteral("identity") : QStringLiteral("'-'");
    std::optional<std::pair<qint64, qint64>> ids;
    if (!rowidRange(&ids))
        return false;
    if (ids && m_lastEventId)
        ids->second = std::min(ids->second, *m_lastEventId);
    const bool boundOnly = !ids && m_lastEventId;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const bool prepared = query.prepare(
        QStringLiteral(
            "SELECT %1, typeof(text_zh), typeof(text_en), trim(text_zh, ?) = '', typeof(%3) FROM policy_events"
            " WHERE %4(%2 OR typeof(text_zh) <> 'text' OR trim(text_zh, ?) = ''"
            " OR typeof(text_en) NOT IN ('text', 'null') OR typeof(%3) <> 'text' OR trim(%3, ?) = '')"
            " ORDER BY id LIMIT 1")
            .arg(overLongColumn, overLong, identity,
                 // First, so that rows past a preview's bound are not measured.
                 ids             ? QStringLiteral("id BETWEEN ? AND ? AND ")
                     : boundOnly ? QStringLiteral("id <= ? AND ")
                                 : QString()));
    if (!prepared)
        return fail(QStringLiteral("cannot read the report tables: %1").arg(query.lastError().text()));
    // The parameters in order: the selected trim()'s spaces, the ids, the WHERE clause's trim()s'.
    const int idParameters = ids ? 2 : boundOnly ? 1 : 0;
    for (const int space : {0, 1 + idParameters, 2 + idParameters})
        query.bindValue(space, spaceCharacters());
    if (boundOnly)
        query.bindValue(1, *m_lastEventId);
    // Qt Sql cannot interrupt a statement while SQLite runs it, so the ids are checked range by
    // range (a sixty-fourth of them at a time), and a load given up stops between two.
    const quint64 rangeWidth = ids ? std::max<quint64>(4096, (quint64(ids->second) - quint64(ids->first)) / 64 + 1) : 0;
    for (qint64 from = ids ? ids->first : 0;;) {
        // The last range ends at the highest id, without passing the end of qint64.
        const bool last = !ids || quint64(ids->second) - quint64(from) < rangeWidth;
        if (ids) {
            query.bindValue(1, from);
            query.bindValue(2, last ? ids->second : qint64(quint64(from) + rangeWidth - 1));
        }
        if (!query.exec())
            return fail(QStringLiteral("cannot read the report tables: %1").arg(query.lastError().text()));
        if (query.next())
            break;
        if (!finished(query))
            return false;
        if (last)
            return true;
        from = qint64(quint64(from) + rangeWidth);
    }
    if (!query.value(0).isNull())
        return failOverLong(QStringLiteral("policy_events"), query.value(0).toString());
    // The names QVariant gives SQLite's types, as ContentReader::text() reports them.
    auto typeName = [](const QString &sqlType) {
        return sqlType == QLatin1String("integer") ? QStringLiteral("qlonglong")
            : sqlType == QLatin1String("real")     ? QStringLiteral("double")
                                                   : QStringLiteral("QByteArray");
    };
    const QString zhType = query.value(1).toString();
    if (zhType == QLatin1String("null"))
        return fail(QStringLiteral("policy_events.text_zh is missing (NULL)"));
    if (zhType != QLatin1String("text"))
        return fail(QStringLiteral("policy_events.text_zh holds a %1 where text belongs").arg(typeName(zhType)));
    if (query.value(3).toBool())
        return fail(QStringLiteral("policy_events.text_zh is empty"));
    const QString enType = query.value(2).toString();
    if (enType != QLatin1String("text") && enType != QLatin1String("null"))
        return fail(QStringLiteral("policy_events.text_en holds a %1 where text belongs").arg(typeName(enType)));
    const QString identityType = query.value(4).toString();
    if (identityType == QLatin1String("null"))
        return fail(QStringLiteral("policy_events.identity is missing (NULL)"));
    if (identityType != QLatin1String("text"))
        return fail(QStringLiteral("policy_events.identity holds a %1 where text belongs").arg(typeName(identityType)));
    return fail(QStringLiteral("policy_events.identity is empty"));
}

std::optional<ReportContent> ContentReader::read(QString *error)
{
    ReportContent content;
    const bool ok = checkSchema() && findPreviewBounds() && checkValueLengths() && readMeta(&content)
        && readEditions(&content) && readAlliances(&content) && readAllianceLists(&content) && checkEvents()
        && readEvents(&content) && checkRecordEditions(content);
    content.preview = m_lastEventId || m_lastAllianceId;
    if (!ok) {
        if (error)
            *error = m_error;
        return std::nullopt;
    }
    return content;
}

// Read with the schema version the database had.
std::optional<ReportContent> readHardened(Connection &connection, EventTexts eventTexts,
                                          const std::atomic_bool *cancelled, QString *error, qint64 *version,
                                          std::optional<ReportDatabase::PreviewSize> preview = std::nullopt)
{
    if (!connection.harden(error))
        return std::nullopt;
    ContentReader reader(connection.database(), eventTexts, cancelled, preview);
    std::optional<ReportContent> content = reader.read(error);
    *version = reader.schemaVersion();
    return content;
}

// A version 1 database holds one edition, named in report_meta, and no identities: it gets them
// here, in memory, as an imported report would (the file is never written). Except the events'
// of a file, whose texts stay in it: deriving their identities reads every text and holds a
// string for each (100 MB at a million events), so they are derived when an export needs them.
void upgradeFromVersion1(ReportContent *content)
{
    content->setEditionYear(content->edition.toInt());
    if (content->eventTextStore)
        EditionIdentity::assignAlliances(content);
    else
        EditionIdentity::assign(content);
}

bool insertRows(Connection &connection, const ReportContent &content, QString *error)
{
    QSqlDatabase db = connection.database();
    for (const char *statement : schemaStatements) {
        if (!connection.exec(QString::fromLatin1(statement), error))
            return false;
    }
    if (!connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(ReportDatabase::schemaVersion), error))
        return false;
    db.transaction();
    auto run = [error](QSqlQuery &query) {
        if (query.exec())
            return true;
        *error = query.lastError().text();
        return false;
    };
    auto nullable
        = [](const QString &text) { return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text); };

    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("INSERT INTO report_meta(key, value) VALUES (?, ?)"));
    const QList<std::pair<const char *, QString>> metaValues = {
        {"title", content.title},
        {"edition", content.edition},
        {"licence", content.licence},
        {"source_file", content.sourceFileName},
        {"source_sha256", content.sourceSha256},
        {"alliances_title_zh", content.alliancesTitle.zh},
        {"alliances_title_en", content.alliancesTitle.en},
        {"policy_title_zh", content.policyTitle.zh},
        {"policy_title_en", content.policyTitle.en},
        {"policy_intro_zh", content.policyIntro.zh},
        {"policy_intro_en", content.policyIntro.en},
    };
    for (const auto &[key, value] : metaValues) {
        if (value.isEmpty())
            continue;
        meta.addBindValue(QString::fromLatin1(key));
        meta.addBindValue(value);
        if (!run(meta))
            return false;
    }

    QSqlQuery edition(db);
    edition.prepare(QStringLiteral(
        "INSERT INTO editions(year, position, title_zh, title_en, source_file, source_sha256, licence, source_url,"
        " alliances_title_zh, alliances_title_en, policy_title_zh, policy_title_en, policy_intro_zh, policy_intro_en)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    const QList<ReportEdition> editions = content.editionList();
    for (qsizetype position = 0; position < editions.size(); ++position) {
        const ReportEdition &e = editions.at(position);
        for (const QVariant &value :
             {QVariant(qint64(e.year)), QVariant(qint64(position + 1)), nullable(e.title.zh), nullable(e.title.en),
              nullable(e.sourceFileName), nullable(e.sourceSha256), nullable(e.licence), nullable(e.sourceUrl),
              nullable(e.alliancesTitle.zh), nullable(e.alliancesTitle.en), nullable(e.policyTitle.zh),
              nullable(e.policyTitle.en), nullable(e.policyIntro.zh), nullable(e.policyIntro.en)})
            edition.addBindValue(value);
        if (!run(edition))
            return false;
    }

    QSqlQuery alliance(db);
    alliance.prepare(QStringLiteral(
        "INSERT INTO alliances(id, slug, name_zh, name_en, given_english_name, abbreviation, founded,"
        " founded_precision, intro_zh, intro_en, members_zh, members_en, member_count_min, member_count_exact,"
        " member_count_source, source_line, edition, identity) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery guide(db);
    guide.prepare(
        QStringLiteral("INSERT INTO alliance_guides(alliance_id, position, name_zh, name_en) VALUES (?,?,?,?)"));
    QSqlQuery item(db);
    item.prepare(
        QStringLiteral("INSERT INTO alliance_items(alliance_id, kind, position, text_zh, text_en) VALUES (?,?,?,?,?)"));
    for (qsizetype i = 0; i < content.alliances.size(); ++i) {
        const AllianceRecord &a = content.alliances.at(i);
        const qint64 id = i + 1;
        const bool hasCount = a.memberCountMin >= 0;
        const QVariant noInt{QMetaType(QMetaType::LongLong)};
        alliance.addBindValue(id);
        alliance.addBindValue(a.slug);
        alliance.addBindValue(a.name.zh);
        alliance.addBindValue(nullable(a.name.en));
        alliance.addBindValue(nullable(a.givenEnglishName));
        alliance.addBindValue(nullable(a.abbreviation));
        alliance.addBindValue(nullable(a.founded.toIso()));
        alliance.addBindValue(ReportDate::precisionName(a.founded.precision()));
        alliance.addBindValue(nullable(a.intro.zh));
        alliance.addBindValue(nullable(a.intro.en));
        alliance.addBindValue(nullable(a.members.zh));
        alliance.addBindValue(nullable(a.members.en));
        alliance.addBindValue(hasCount ? QVariant(qint64(a.memberCountMin)) : noInt);
        alliance.addBindValue(hasCount ? QVariant(qint64(a.memberCountExact ? 1 : 0)) : noInt);
        alliance.addBindValue(a.memberCountSource == AllianceRecord::MemberCountSource::Members
                                  ? QVariant(QStringLiteral("members"))
                                  : a.memberCountSource == AllianceRecord::MemberCountSource::Structure
                                  ? QVariant(QStringLiteral("structure"))
                                  : nullable({}));
        alliance.addBindValue(qint64(a.sourceLine));
        alliance.addBindValue(qint64(a.edition));
        alliance.addBindValue(a.identity);
        if (!run(alliance))
            return false;
        for (qsizetype g = 0; g < a.guides.size(); ++g) {
            guide.addBindValue(id);
            guide.addBindValue(qint64(g + 1));
            guide.addBindValue(a.guides.at(g).zh);
            guide.addBindValue(nullable(a.guides.at(g).en));
            if (!run(guide))
                return false;
        }
        const QList<std::pair<QString, const QList<BilingualText> *>> lists
            = {{QStringLiteral("structure"), &a.structure},
               {QStringLiteral("activity"), &a.activities},
               {QStringLiteral("service"), &a.services},
               {QStringLiteral("other"), &a.otherFields}};
        for (const auto &[kind, list] : lists) {
            for (qsizetype p = 0; p < list->size(); ++p) {
                item.addBindValue(id);
                item.addBindValue(kind);
                item.addBindValue(qint64(p + 1));
                item.addBindValue(list->at(p).zh);
                item.addBindValue(nullable(list->at(p).en));
                if (!run(item))
                    return false;
            }
        }
    }

    QSqlQuery event(db);
    event.prepare(QStringLiteral("INSERT INTO policy_events(id, region_zh, region_en, level, date, date_precision,"
                                 " date_start, date_end, text_zh, text_en, source_line, edition, identity)"
                                 " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    EventTextReader texts(content);
    for (qsizetype row = 0; row < content.events.size(); ++row) {
        const PolicyEventRecord &e = content.events.at(row);
        const BilingualText text = texts.text(row);
        event.addBindValue(qint64(e.id));
        event.addBindValue(e.region.zh);
        event.addBindValue(nullable(e.region.en));
        event.addBindValue(PolicyLevels::name(e.level));
        event.addBindValue(nullable(e.date.toIso()));
        event.addBindValue(ReportDate::precisionName(e.date.precision()));
        event.addBindValue(nullable(e.date.earliest().toString(Qt::ISODate)));
        event.addBindValue(nullable(e.date.latest().toString(Qt::ISODate)));
        event.addBindValue(text.zh);
        event.addBindValue(nullable(text.en));
        event.addBindValue(qint64(e.sourceLine));
        event.addBindValue(qint64(e.edition));
        event.addBindValue(texts.identity(row));
        if (!run(event))
            return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

// Content put together in code rather than imported or read (the benchmark's, tests'), and the
// events of a version 1 file, have no identities yet: they are written with those
// EditionIdentity gives them. A newer file's events have theirs in the file.
bool insertAll(Connection &connection, const ReportContent &content, QString *error)
{
    auto lacksIdentity = [](const auto &record) { return record.identity.isEmpty(); };
    const bool eventsIdentified = content.eventTextStore
        ? content.eventTextStore->holdsIdentities()
        : std::none_of(content.events.cbegin(), content.events.cend(), lacksIdentity);
    if (eventsIdentified && std::none_of(content.alliances.cbegin(), content.alliances.cend(), lacksIdentity))
        return insertRows(connection, content, error);
    ReportContent identified = content;
    EditionIdentity::assign(&identified);
    return insertRows(connection, identified, error);
}

// The database behind connection as a script of one statement a line: its schema, then the
// rows of each table, in one transaction.
std::optional<QByteArray> writeScript(const Connection &connection, QString *error)
{
    const QSqlDatabase db = connection.database();
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        *error = version.lastError().text();
        return std::nullopt;
    }
    QByteArray script = "PRAGMA user_version = " + version.value(0).toByteArray() + ";\nBEGIN;\n";
    QSqlQuery schema(db);
    schema.setForwardOnly(true);
    if (!schema.exec(
            QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY rowid"))) {
        *error = schema.lastError().text();
        return std::nullopt;
    }
    QStringList tables;
    while (schema.next()) {
        const QString statement = schema.value(2).toString();
        if (statement.contains(u'\n')) {
            *error = QStringLiteral("the schema of %1 spans several lines").arg(schema.value(1).toString());
            return std::nullopt;
        }
        script += statement.toUtf8() + ";\n";
        if (schema.value(0).toString() == QLatin1String("table"))
            tables.append(schema.value(1).toString());
    }
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(quotedIdentifier(table)))) {
            *error = rows.lastError().text();
            return std::nullopt;
        }
        // One INSERT of many rows per table: replaying a statement costs mostly its parsing.
        QStringList rowValues;
        while (rows.next()) {
            QStringList values;
            for (int column = 0; column < rows.record().count(); ++column) {
                const std::optional<QString> literal = sqlLiteral(rows.value(column));
                if (!literal) {
                    *error = QStringLiteral("%1 holds a %2, which the script does not write")
                                 .arg(table, QLatin1String(rows.value(column).typeName()));
                    return std::nullopt;
                }
                values.append(*literal);
            }
            rowValues.append(u'(' + values.join(u',') + u')');
        }
        if (!rowValues.isEmpty())
            script += QStringLiteral("INSERT INTO %1 VALUES%2;\n")
                          .arg(quotedIdentifier(table), rowValues.join(u','))
                          .toUtf8();
    }
    return script + "COMMIT;\n";
}

} // namespace

std::optional<ReportContent> ReportDatabase::loadEmbedded(QString *error, const std::atomic_bool *cancelled)
{
    QFile resource(QString::fromLatin1(embeddedResource));
    if (!resource.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("the embedded report database is missing from this build");
        return std::nullopt;
    }
    return loadSqlScript(resource.readAll(), error, cancelled);
}

std::optional<ReportContent> ReportDatabase::loadSqlScript(const QByteArray &script, QString *error,
                                                           const std::atomic_bool *cancelled)
{
    QString failure;
    auto fail = [&failure, error]() -> std::optional<ReportContent> {
        if (error)
            *error = failure;
        return std::nullopt;
    };
    Connection connection;
    if (!connection.open(QStringLiteral(":memory:"), {}, &failure))
        return fail();
    for (const QByteArray &statement : script.split('\n')) {
        if (raised(cancelled))
            return std::nullopt;
        if (statement.trimmed().isEmpty())
            continue;
        if (!connection.exec(QString::fromUtf8(statement), &failure)) {
            failure = QStringLiteral("cannot build the database from its script: %1").arg(failure);
            return fail();
        }
    }
    qint64 version = 0;
    std::optional<ReportContent> content = readHardened(connection, EventTexts::Copied, cancelled, &failure, &version);
    if (raised(cancelled))
        return std::nullopt; // nobody waits for it, nor for a message
    if (!content)
        return fail();
    if (version == 1)
        upgradeFromVersion1(&*content);
    return content;
}

std::optional<ReportContent> ReportDatabase::loadFile(const QString &path, QString *error,
                                                      const std::atomic_bool *cancelled)
{
    return readFile(path, std::nullopt, error, cancelled);
}

std::optional<ReportContent> ReportDatabase::loadFileStart(const QString &path, PreviewSize size, QString *error,
                                                           const std::atomic_bool *cancelled)
{
    return readFile(path, size, error, cancelled);
}

std::optional<ReportContent> ReportDatabase::readFile(const QString &path, std::optional<PreviewSize> preview,
                                                      QString *error, const std::atomic_bool *cancelled)
{
    QString failure;
    auto fail = [&failure, error, &path]() -> std::optional<ReportContent> {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, failure);
        return std::nullopt;
    };
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        failure = QStringLiteral("no such file");
        return fail();
    }
    if (!info.isFile()) {
        failure = QStringLiteral("not a file");
        return fail();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        failure = file.errorString();
        return fail();
    }
    if (file.read(16) != QByteArrayLiteral("SQLite format 3\0")) {
        failure = QStringLiteral("not an SQLite database");
        return fail();
    }
    file.close();
    Connection connection;
    if (!connection.open(readOnlyUri(path), QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"), &failure))
        return fail();
    // The file stays where it is, so the events' texts (most of its bytes) are read from it when
    // needed rather than held: a million events carry 400 MB of them.
    qint64 version = 0;
    std::optional<ReportContent> content
        = readHardened(connection, EventTexts::LeftInFile, cancelled, &failure, &version, preview);
    if (raised(cancelled))
        return std::nullopt; // nobody waits for it, nor for a message
    if (!content)
        return fail();
    content->eventTextStore = EventTextStore::open(path, version >= 2, &failure);
    if (!content->eventTextStore)
        return fail();
    if (version == 1)
        upgradeFromVersion1(&*content);
    return content;
}

std::optional<QByteArray> ReportDatabase::sqlScript(const ReportContent &content, QString *error)
{
    QString failure;
    Connection connection;
    std::optional<QByteArray> script;
    if (connection.open(QStringLiteral(":memory:"), {}, &failure) && insertAll(connection, content, &failure))
        script = writeScript(connection, &failure);
    if (!script && error)
        *error = QStringLiteral("cannot build the database: %1").arg(failure);
    return script;
}

bool ReportDatabase::exportTo(const ReportContent &content, const QString &path, QString *error)
{
    auto build = [&content](const QString &file, QString *buildError) {
        QString failure;
        Connection connection;
        // The file is thrown away unless it is complete, so it needs no rollback journal.
        if (connection.open(file, {}, &failure)
            && connection.exec(QStringLiteral("PRAGMA journal_mode = OFF"), &failure)
            && insertAll(connection, content, &failure))
            return true;
        *buildError = QStringLiteral("cannot build the database: %1").arg(failure);
        return false;
    };
    return FileWriter::writeWith(path, build, error);
}

// immutable=1: SQLite takes no locks and creates no journal beside the file, so opening a
// colleague's database leaves its bytes and its modification time untouched.
QString ReportDatabase::readOnlyUri(const QString &path)
{
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
    return uri.toString(QUrl::FullyEncoded);
}
