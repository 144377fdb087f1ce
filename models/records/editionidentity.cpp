#include "editionidentity.h"

#include "editionmatcher.h"
#include "eventtextreader.h"
#include "reportcontent.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <algorithm>

#include <map>

namespace {

// Identities handed out so far, across every edition: a record only one edition has whose key is
// taken (by a record its edition repeats, or by an unrelated one of another edition) is
// numbered, in the order of the editions and of the report.
class IdentityPool
{
public:
    QString unique(const QString &key)
    {
        QString identity = key;
        // Numbering resumes where the key's last repeat stopped: a hostile report repeating
        // one event a million times must not try every number from 2 again each time.
        int &seen = m_lastNumber[key];
        while (m_used.contains(identity))
            identity = key + u'#' + QString::number(seen = std::max(seen, 1) + 1);
        m_used.insert(identity);
        return identity;
    }

private:
    QSet<QString> m_used;
    QHash<QString, int> m_lastNumber; // the last number given to each key's repeats
};

// Each edition's records, taken out of the content the first time a pair of editions needs them
// and kept for every other pair, the alliances' and the events' alike: taking them copies them.
class EditionRecords
{
public:
    explicit EditionRecords(const ReportContent &content)
        : m_content(content)
    {
    }

    const ReportContent &of(int year)
    {
        auto found = m_editions.find(year);
        if (found == m_editions.end())
            found = m_editions.emplace(year, m_content.forEdition(year)).first;
        return found->second;
    }

private:
    const ReportContent &m_content;
    std::map<int, ReportContent> m_editions;
};

// The rows of content that belong to each edition, oldest edition first.
std::map<int, QList<qsizetype>> rowsByEdition(const QList<int> &editions)
{
    std::map<int, QList<qsizetype>> rows;
    for (qsizetype row = 0; row < editions.size(); ++row)
        rows[editions.at(row)].append(row);
    return rows;
}

// Gives every record of one kind its identity: first the pairs EditionMatcher finds between an
// edition and each older one, oldest first, so that a record keeps the identity of its oldest
// match; then the records left get their own key. keys[row] is a record's own key, editions[row]
// its edition; pairsOf(older, newer) pairs two editions' rows.
template<typename PairsOf>
QStringList identities(const QStringList &keys, const QList<int> &editions, const PairsOf &pairsOf)
{
    QStringList result(keys.size());
    IdentityPool pool;
    const std::map<int, QList<qsizetype>> rows = rowsByEdition(editions);
    for (auto newer = rows.cbegin(); newer != rows.cend(); ++newer) {
        QSet<QString> inherited;
        for (auto older = rows.cbegin(); older != newer; ++older) {
            for (const auto &[i, j] : pairsOf(older->first, newer->first)) {
                const QString &identity = result.at(older->second.at(i));
                QString &target = result[newer->second.at(j)];
                if (target.isEmpty() && !inherited.contains(identity)) {
                    target = identity;
                    inherited.insert(identity);
                }
            }
        }
        for (qsizetype row : newer->second) {
            if (result.at(row).isEmpty())
                result[row] = pool.unique(keys.at(row));
        }
    }
    return result;
}

void assignAllianceIdentities(ReportContent *content, EditionRecords *editions)
{
    QStringList keys;
    QList<int> years;
    for (const AllianceRecord &alliance : std::as_const(content->alliances)) {
        keys.append(EditionIdentity::allianceKey(alliance));
        years.append(alliance.edition);
    }
    const QStringList assigned = identities(keys, years, [editions](int older, int newer) {
        return EditionMatcher::pairAlliances(editions->of(older), editions->of(newer));
    });
    for (qsizetype row = 0; row < content->alliances.size(); ++row)
        content->alliances[row].identity = assigned.at(row);
}

} // namespace

QString EditionIdentity::normalised(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString kept;
    kept.reserve(folded.size());
    for (const QChar c : folded) {
        if (!c.isSpace() && !c.isPunct() && !c.isSymbol())
            kept.append(c);
    }
    return kept;
}

QString EditionIdentity::allianceKey(const AllianceRecord &alliance)
{
    return QStringLiteral("alliance:") + normalised(alliance.name.zh);
}

// An event's wording can be long: its key holds a digest of it, so the column stays short.
QString EditionIdentity::eventKey(const PolicyEventRecord &event, const QString &textZh)
{
    const QByteArray wording = normalised(textZh).toUtf8();
    const QString digest
        = QString::fromLatin1(QCryptographicHash::hash(wording, QCryptographicHash::Sha256).toHex().left(16));
    const QString date = event.date.isNull() ? QStringLiteral("undated") : event.date.toIso();
    return QStringLiteral("event:%1:%2:%3").arg(normalised(event.region.zh), date, digest);
}

void EditionIdentity::assignAlliances(ReportContent *content)
{
    EditionRecords editions(*content);
    assignAllianceIdentities(content, &editions);
}

void EditionIdentity::assign(ReportContent *content)
{
    EditionRecords editions(*content);
    assignAllianceIdentities(content, &editions);
    QStringList keys;
    QList<int> years;
    keys.reserve(content->events.size());
    years.reserve(content->events.size());
    EventTextReader texts(*content);
    for (qsizetype row = 0; row < content->events.size(); ++row) {
        keys.append(eventKey(content->events.at(row), texts.text(row).zh));
        years.append(content->events.at(row).edition);
    }
    const QStringList assigned = identities(keys, years, [&editions](int older, int newer) {
        return EditionMatcher::pairEvents(editions.of(older), editions.of(newer));
    });
    for (qsizetype row = 0; row < content->events.size(); ++row)
        content->events[row].identity = assigned.at(row);
}
