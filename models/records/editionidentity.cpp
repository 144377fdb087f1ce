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

void EditionIdentity::assign(ReportContent *content)
{
    EditionKeys alliances;
    for (AllianceRecord &alliance : content->alliances) {
        alliance.identity
            = alliances.unique(alliance.edition, QStringLiteral("alliance:") + normalised(alliance.name.zh));
    }
    // An event's wording can be long: its key holds a digest of it, so the column stays short.
    EditionKeys events;
    EventTextReader texts(*content);
    for (qsizetype row = 0; row < content->events.size(); ++row) {
        PolicyEventRecord &event = content->events[row];
        const QByteArray wording = normalised(texts.text(row).zh).toUtf8();
        const QString digest
            = QString::fromLatin1(QCryptographicHash::hash(wording, QCryptographicHash::Sha256).toHex().left(16));
        const QString date = event.date.isNull() ? QStringLiteral("undated") : event.date.toIso();
        event.identity = events.unique(event.edition,
                                       QStringLiteral("event:%1:%2:%3").arg(normalised(event.region.zh), date, digest));
    }
}
