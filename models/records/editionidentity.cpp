#include "editionidentity.h"

#include "eventtextreader.h"
#include "reportcontent.h"

#include <QCryptographicHash>
#include <QHash>

namespace {

// Keys are unique within an edition; a repeated one is numbered in the order of the report.
class EditionKeys
{
public:
    QString unique(int edition, const QString &key)
    {
        const int seen = ++m_seen[{edition, key}];
        return seen == 1 ? key : key + u'#' + QString::number(seen);
    }

private:
    QHash<std::pair<int, QString>, int> m_seen;
};

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

void EditionIdentity::assign(ReportContent *content)
{
    EditionKeys alliances;
    for (AllianceRecord &alliance : content->alliances)
        alliance.identity = alliances.unique(alliance.edition, allianceKey(alliance));
    EditionKeys events;
    EventTextReader texts(*content);
    for (qsizetype row = 0; row < content->events.size(); ++row) {
        PolicyEventRecord &event = content->events[row];
        event.identity = events.unique(event.edition, eventKey(event, texts.text(row).zh));
    }
}
