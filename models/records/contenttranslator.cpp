#include "contenttranslator.h"

#include <QFile>
#include <QSet>

namespace {

QString unescape(QStringView field)
{
    QString text;
    text.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i) == u'\\' && i + 1 < field.size()) {
            const QChar next = field.at(i + 1);
            if (next == u'n' || next == u't' || next == u'\\') {
                text.append(next == u'n' ? u'\n' : next == u't' ? u'\t' : u'\\');
                ++i;
                continue;
            }
        }
        text.append(field.at(i));
    }
    return text;
}

template<typename Visitor>
void forEachText(ReportContent &content, Visitor visit)
{
    visit(content.alliancesTitle);
    visit(content.policyTitle);
    visit(content.policyIntro);
    for (AllianceRecord &alliance : content.alliances) {
        visit(alliance.name);
        visit(alliance.intro);
        visit(alliance.members);
        for (QList<BilingualText> *list :
             {&alliance.structure, &alliance.guides, &alliance.activities, &alliance.services, &alliance.otherFields}) {
            for (BilingualText &text : *list)
                visit(text);
        }
    }
    for (PolicyEventRecord &event : content.events) {
        visit(event.region);
        visit(event.text);
    }
}

} // namespace

bool ContentTranslator::addTable(const QByteArray &tsv, const QString &tableName, QString *error)
{
    const QString text = QString::fromUtf8(tsv);
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    QStringList &keys = m_keysByTable[tableName];
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringView line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#') || (i == 0 && line.startsWith(u"zh\t")))
            continue;
        const QList<QStringView> fields = line.split(u'\t');
        if (fields.size() < 2 || fields.at(0).trimmed().isEmpty() || fields.at(1).trimmed().isEmpty()) {
            if (error)
                *error = QStringLiteral("%1, line %2: expected “Chinese<TAB>English”").arg(tableName).arg(i + 1);
            return false;
        }
        const QString chinese = unescape(fields.at(0));
        m_english.insert(chinese, unescape(fields.at(1)));
        keys.append(chinese);
    }
    return true;
}

bool ContentTranslator::addEmbeddedTables(QString *error)
{
    for (const QString &name : {QStringLiteral(":/report/glossary.tsv"), QStringLiteral(":/report/content.en.tsv")}) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("the built-in translation table %1 is missing").arg(name);
            return false;
        }
        if (!addTable(file.readAll(), name, error))
            return false;
    }
    return true;
}

void ContentTranslator::translate(ReportContent *content) const
{
    forEachText(*content, [this](BilingualText &text) {
        const auto it = m_english.constFind(text.zh);
        if (it != m_english.constEnd())
            text.en = *it;
    });
    for (AllianceRecord &alliance : content->alliances) {
        if (!alliance.name.en.isEmpty() || alliance.givenEnglishName.isEmpty())
            continue;
        alliance.name.en = alliance.givenEnglishName;
        if (!alliance.abbreviation.isEmpty() && alliance.abbreviation != alliance.givenEnglishName)
            alliance.name.en += QStringLiteral(" (%1)").arg(alliance.abbreviation);
    }
}

QStringList ContentTranslator::untranslated(const ReportContent &content)
{
    QStringList missing;
    ReportContent copy = content;
    forEachText(copy, [&missing](BilingualText &text) {
        if (!text.zh.isEmpty() && text.en.trimmed().isEmpty())
            missing.append(text.zh);
    });
    return missing;
}

QStringList ContentTranslator::unusedEntries(const ReportContent &content, const QString &tableName) const
{
    QSet<QString> used;
    ReportContent copy = content;
    forEachText(copy, [&used](BilingualText &text) { used.insert(text.zh); });
    QStringList unused;
    for (const QString &key : m_keysByTable.value(tableName)) {
        if (!used.contains(key))
            unused.append(key);
    }
    return unused;
}
