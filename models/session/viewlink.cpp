#include "viewlink.h"

#include "reportcontent.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {

// The names links use; their order is that of the enums.
const QStringList sortNames
    = {QStringLiteral("date"), QStringLiteral("level"), QStringLiteral("region"), QStringLiteral("text")};
const QStringList groupingNames = {QStringLiteral("guide"), QStringLiteral("year"), QStringLiteral("flat")};
const QStringList laneNames = {QStringLiteral("level"), QStringLiteral("region")};
const QStringList detailNames = {QStringLiteral("event"), QStringLiteral("alliance")};
const QStringList tabNames = {QStringLiteral("timeline"), QStringLiteral("per-year")};
const QStringList languageNames = {QStringLiteral("zh"), QStringLiteral("en")};
const QStringList knownKeys
    = {QStringLiteral("v"),      QStringLiteral("edition"), QStringLiteral("lang"),  QStringLiteral("q"),
       QStringLiteral("level"),  QStringLiteral("region"),  QStringLiteral("years"), QStringLiteral("sort"),
       QStringLiteral("group"),  QStringLiteral("lanes"),   QStringLiteral("event"), QStringLiteral("alliance"),
       QStringLiteral("detail"), QStringLiteral("tab")};

const QString allEditionsName = QStringLiteral("all");

std::optional<int> yearOf(const QString &text)
{
    static const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
    return fourDigits.match(text).hasMatch() ? std::optional<int>(text.toInt()) : std::nullopt;
}

// Values are shown in messages; a hostile one must not flood them.
QString quoted(const QString &value)
{
    return value.size() > 40 ? value.left(40) + QStringLiteral("…") : value;
}

class LinkReader
{
public:
    explicit LinkReader(QString *error)
        : m_error(error)
    {
    }

    QHash<QString, QString> values; // decoded, by key

    // Sets *value to the enumerator named by the key's value, if the link has the key; false
    // after saying what the key takes.
    template<typename Enum>
    bool choose(const QString &key, const QStringList &names, Enum *value)
    {
        if (!values.contains(key))
            return true;
        const int index = choice(key, values.value(key), names);
        if (index >= 0)
            *value = Enum(index);
        return index >= 0;
    }

    bool fail(const QString &message)
    {
        if (m_error)
            *m_error = message;
        return false;
    }

    // The position of value in names, or -1 after saying what the key takes.
    int choice(const QString &key, const QString &value, const QStringList &names)
    {
        const int index = int(names.indexOf(value));
        if (index < 0)
            fail(ViewLink::tr("“%1” in the link takes %2, not “%3”")
                     .arg(key, names.join(QStringLiteral(" | ")), quoted(value)));
        return index;
    }

    std::optional<int> year(const QString &key, const QString &value)
    {
        const std::optional<int> year = yearOf(value);
        if (!year)
            fail(ViewLink::tr("“%1” in the link takes a year such as 2016, not “%2”").arg(key, quoted(value)));
        return year;
    }

private:
    QString *m_error;
};

} // namespace

bool ViewLink::looksLikeLink(const QString &text)
{
    return text.startsWith(scheme() + QLatin1Char(':'), Qt::CaseInsensitive);
}

QString ViewLink::toString(const ViewState &view)
{
    QList<std::pair<QString, QString>> items;
    items.append({QStringLiteral("v"), QString::number(version)});
    const bool allEditions = view.edition == ReportContent::allEditions;
    items.append({QStringLiteral("edition"), allEditions ? allEditionsName : QString::number(view.edition)});
    items.append({QStringLiteral("lang"), languageNames.at(int(view.language))});
    if (!view.searchText.isEmpty())
        items.append({QStringLiteral("q"), view.searchText});
    if (!view.levels.isEmpty()) {
        QStringList levels;
        for (PolicyLevel level : PolicyLevels::all) {
            if (view.levels.contains(level))
                levels << PolicyLevels::name(level);
        }
        items.append({QStringLiteral("level"), levels.join(QLatin1Char(','))});
    }
    if (!view.regionZh.isEmpty())
        items.append({QStringLiteral("region"), view.regionZh});
    if (view.yearFrom != 0 || view.yearTo != 0) {
        const auto year = [](int value) { return value != 0 ? QString::number(value) : QString(); };
        items.append({QStringLiteral("years"), year(view.yearFrom) + QLatin1Char('-') + year(view.yearTo)});
    }
    items.append({QStringLiteral("sort"),
                  (view.sortOrder == Qt::DescendingOrder ? QStringLiteral("-") : QString())
                      + sortNames.value(view.sortColumn, sortNames.constFirst())});
    items.append({QStringLiteral("group"), groupingNames.at(int(view.grouping))});
    items.append({QStringLiteral("lanes"), laneNames.at(int(view.lanes))});
    if (view.eventId > 0)
        items.append({QStringLiteral("event"), QString::number(view.eventId)});
    if (!view.allianceSlug.isEmpty()) {
        items.append({QStringLiteral("alliance"),
                      allEditions ? QString::number(view.allianceEdition) + QLatin1Char('.') + view.allianceSlug
                                  : view.allianceSlug});
    }
    if (view.detail != ViewState::Detail::Event)
        items.append({QStringLiteral("detail"), detailNames.at(int(view.detail))});
    items.append({QStringLiteral("tab"), tabNames.at(int(view.chartTab))});

    // Every byte outside the unreserved set is percent-encoded, so '&', '=', '+', '#' and
    // spaces in a search survive any chat client and any URL parser.
    QStringList query;
    for (const auto &[key, value] : items)
        query << key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    return scheme() + QStringLiteral(":view?") + query.join(QLatin1Char('&'));
}

std::optional<ViewState> ViewLink::parse(const QString &link, const ReportContent &content, QString *error)
{
    LinkReader reader(error);
    if (link.size() > maximumLength) {
        reader.fail(
            tr("the link is %L1 characters long; a view link has at most %L2").arg(link.size()).arg(maximumLength));
        return std::nullopt;
    }
    // Tolerant: a link typed or pasted by hand may carry spaces or Chinese unencoded.
    const QUrl url(link.trimmed(), QUrl::TolerantMode);
    if (!url.isValid() && !url.isEmpty()) {
        reader.fail(tr("not a valid link: %1").arg(url.errorString()));
        return std::nullopt;
    }
    if (url.scheme() != scheme() || url.path() != QLatin1String("view")) {
        reader.fail(tr("not a view link: it must start with “%1:view?”").arg(scheme()));
        return std::nullopt;
    }
    if (url.hasFragment()) {
        reader.fail(tr("a view link has no “#” part"));
        return std::nullopt;
    }

    QHash<QString, QString> &values = reader.values;
    const QUrlQuery query(url.query(QUrl::FullyEncoded));
    for (const auto &[key, encoded] : query.queryItems(QUrl::FullyEncoded)) {
        if (!knownKeys.contains(key)) {
            reader.fail(tr("unknown key “%1” in the link").arg(quoted(QUrl::fromPercentEncoding(key.toUtf8()))));
            return std::nullopt;
        }
        if (values.contains(key)) {
            reader.fail(tr("the key “%1” appears twice in the link").arg(key));
            return std::nullopt;
        }
        values.insert(key, QUrl::fromPercentEncoding(encoded.toUtf8()));
    }

    if (values.value(QStringLiteral("v")) != QString::number(version)) {
        const bool present = values.contains(QStringLiteral("v"));
        reader.fail(present ? tr("the link has format version “%1”; this explorer reads version %2")
                                  .arg(quoted(values.value(QStringLiteral("v"))))
                                  .arg(version)
                            : tr("the link has no format version (v=%1)").arg(version));
        return std::nullopt;
    }

    ViewState view;
    const QList<int> years = content.editionYears();
    view.edition = years.constFirst();
    if (values.contains(QStringLiteral("edition"))) {
        const QString edition = values.value(QStringLiteral("edition"));
        const std::optional<int> year = yearOf(edition);
        if (edition == allEditionsName) {
            view.edition = ReportContent::allEditions;
        } else if (!year) {
            reader.fail(tr("“edition” in the link takes a year such as 2016 or all, not “%1”").arg(quoted(edition)));
            return std::nullopt;
        } else if (!years.contains(*year)) {
            QStringList held;
            for (int heldYear : years)
                held.append(QString::number(heldYear));
            reader.fail(tr("the link shows the %1 edition, which the report does not hold (it holds %2)")
                            .arg(edition, held.join(QStringLiteral(", "))));
            return std::nullopt;
        } else {
            view.edition = *year;
        }
    }
    // The records the link may name: those of its edition.
    const auto inEdition = [&view](int recordEdition) {
        return view.edition == ReportContent::allEditions || recordEdition == view.edition;
    };
    if (!reader.choose(QStringLiteral("lang"), languageNames, &view.language)
        || !reader.choose(QStringLiteral("group"), groupingNames, &view.grouping)
        || !reader.choose(QStringLiteral("lanes"), laneNames, &view.lanes)
        || !reader.choose(QStringLiteral("detail"), detailNames, &view.detail)
        || !reader.choose(QStringLiteral("tab"), tabNames, &view.chartTab))
        return std::nullopt;
    view.searchText = values.value(QStringLiteral("q"));
    if (view.searchText.size() > maximumSearchLength) {
        reader.fail(tr("the link's search is %L1 characters long; at most %L2 are allowed")
                        .arg(view.searchText.size())
                        .arg(maximumSearchLength));
        return std::nullopt;
    }
    if (values.contains(QStringLiteral("level"))) {
        for (const QString &name : values.value(QStringLiteral("level")).split(QLatin1Char(','))) {
            bool ok = false;
            const PolicyLevel level = PolicyLevels::fromName(name, &ok);
            if (!ok || view.levels.contains(level)) {
                reader.fail(tr("“level” in the link takes central, provincial, municipal or other, each once, not “%1”")
                                .arg(quoted(name)));
                return std::nullopt;
            }
            view.levels.insert(level);
        }
    }
    if (values.contains(QStringLiteral("region"))) {
        view.regionZh = values.value(QStringLiteral("region"));
        const auto named = [&view, &inEdition](const PolicyEventRecord &event) {
            return event.region.zh == view.regionZh && inEdition(event.edition);
        };
        if (std::none_of(content.events.cbegin(), content.events.cend(), named)) {
            reader.fail(tr("the report has no region “%1”").arg(quoted(view.regionZh)));
            return std::nullopt;
        }
    }
    if (values.contains(QStringLiteral("years"))) {
        const QString years = values.value(QStringLiteral("years"));
        const qsizetype dash = years.indexOf(QLatin1Char('-'));
        const QString from = years.left(dash);
        const QString to = years.mid(dash + 1);
        if (dash < 0 || (from.isEmpty() && to.isEmpty())) {
            reader.fail(tr("“years” in the link takes FROM-TO, FROM- or -TO, not “%1”").arg(quoted(years)));
            return std::nullopt;
        }
        for (const auto &[text, year] : {std::pair{from, &view.yearFrom}, std::pair{to, &view.yearTo}}) {
            if (text.isEmpty())
                continue;
            const std::optional<int> value = reader.year(QStringLiteral("years"), text);
            if (!value)
                return std::nullopt;
            *year = *value;
        }
        if (view.yearFrom != 0 && view.yearTo != 0 && view.yearFrom > view.yearTo) {
            reader.fail(tr("“years” in the link ends before it starts: “%1”").arg(years));
            return std::nullopt;
        }
    }
    if (values.contains(QStringLiteral("sort"))) {
        QString sort = values.value(QStringLiteral("sort"));
        if (sort.startsWith(QLatin1Char('-'))) {
            view.sortOrder = Qt::DescendingOrder;
            sort.remove(0, 1);
        }
        view.sortColumn = reader.choice(QStringLiteral("sort"), sort, sortNames);
        if (view.sortColumn < 0)
            return std::nullopt;
    }
    if (values.contains(QStringLiteral("event"))) {
        const QString event = values.value(QStringLiteral("event"));
        static const QRegularExpression number(QStringLiteral("^[1-9][0-9]{0,9}$"));
        bool ok = number.match(event).hasMatch();
        view.eventId = ok ? event.toInt(&ok) : 0;
        if (!ok) {
            reader.fail(tr("“event” in the link takes an event's number, not “%1”").arg(quoted(event)));
            return std::nullopt;
        }
        const auto hasId = [&view](const PolicyEventRecord &record) { return record.id == view.eventId; };
        const auto found = std::find_if(content.events.cbegin(), content.events.cend(), hasId);
        if (found == content.events.cend()) {
            reader.fail(tr("the report has no event %1").arg(view.eventId));
            return std::nullopt;
        }
        if (!inEdition(found->edition)) {
            reader.fail(tr("event %1 is of the %2 edition, not of the link's %3 edition")
                            .arg(view.eventId)
                            .arg(found->edition)
                            .arg(view.edition));
            return std::nullopt;
        }
    }
    if (values.contains(QStringLiteral("alliance"))) {
        const QString alliance = values.value(QStringLiteral("alliance"));
        view.allianceSlug = alliance;
        view.allianceEdition = view.edition;
        if (view.edition == ReportContent::allEditions) {
            // Every edition shown: the slug alone may name an alliance of each.
            const qsizetype dot = alliance.indexOf(QLatin1Char('.'));
            const std::optional<int> year = dot > 0 ? yearOf(alliance.left(dot)) : std::nullopt;
            if (!year) {
                reader.fail(
                    tr("with edition=all, “alliance” in the link takes YEAR.slug, not “%1”").arg(quoted(alliance)));
                return std::nullopt;
            }
            view.allianceEdition = *year;
            view.allianceSlug = alliance.mid(dot + 1);
        }
        const auto named = [&view](const AllianceRecord &record) {
            return record.slug == view.allianceSlug && record.edition == view.allianceEdition;
        };
        if (std::none_of(content.alliances.cbegin(), content.alliances.cend(), named)) {
            reader.fail(
                tr("the %1 edition has no alliance “%2”").arg(view.allianceEdition).arg(quoted(view.allianceSlug)));
            return std::nullopt;
        }
    }
    return view;
}
