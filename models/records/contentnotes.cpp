#include "contentnotes.h"

#include <QFile>

namespace {

// The rows of a tab-separated table after its header line, each split into its fields.
QList<QStringList> rowsOf(const QByteArray &tsv)
{
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(tsv).split(QLatin1Char('\n'));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (!line.isEmpty())
            rows.append(line.split(QLatin1Char('\t')));
    }
    return rows;
}

} // namespace

bool ContentNotes::addTables(const QByteArray &contentTsv, const QByteArray &glossaryTsv, const QByteArray &chineseTsv,
                             QString *error)
{
    for (const QStringList &row : rowsOf(contentTsv)) {
        if (row.size() >= 3 && !row.at(2).trimmed().isEmpty())
            m_noteByChinese.insert(row.at(0), row.at(2).trimmed());
    }
    for (const QStringList &row : rowsOf(glossaryTsv)) {
        if (row.size() >= 3 && row.at(2).trimmed() == QLatin1String("descriptive"))
            m_descriptiveNames.append(row.at(0));
    }
    for (const QStringList &row : rowsOf(chineseTsv)) {
        if (row.size() != 2 || row.at(0).trimmed().isEmpty() || row.at(1).trimmed().isEmpty()) {
            if (error)
                *error = QStringLiteral("notes.zh.tsv: a row needs a note in English and in Chinese: “%1”")
                             .arg(row.join(QLatin1Char('\t')).left(60));
            return false;
        }
        m_chineseNote.insert(row.at(0).trimmed(), row.at(1).trimmed());
    }
    return true;
}

bool ContentNotes::addEmbeddedTables(QString *error)
{
    QByteArray tables[3];
    const QString names[3] = {QStringLiteral(":/report/content.en.tsv"), QStringLiteral(":/report/glossary.tsv"),
                              QStringLiteral(":/report/notes.zh.tsv")};
    for (int i = 0; i < 3; ++i) {
        QFile file(names[i]);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("the built-in table %1 is missing").arg(names[i]);
            return false;
        }
        tables[i] = file.readAll();
    }
    return addTables(tables[0], tables[1], tables[2], error);
}

void ContentNotes::addNotesOf(const BilingualText &text, QList<BilingualText> *notes) const
{
    const auto note = m_noteByChinese.constFind(text.zh);
    if (note != m_noteByChinese.constEnd()) {
        const BilingualText bilingual{m_chineseNote.value(*note, *note), *note};
        if (!notes->contains(bilingual))
            notes->append(bilingual);
    }
    // Notes are content, shown in both languages at once whatever the interface speaks, so
    // their two wordings are written here rather than translated with tr().
    if (m_descriptiveNames.contains(text.zh) && !text.en.isEmpty()) {
        notes->append({QStringLiteral("“%1”是本浏览器为%2给出的描述性英文名，并非官方名称。").arg(text.en, text.zh),
                       QStringLiteral("“%1” is the explorer's own descriptive English name for %2, not an official "
                                      "one.")
                           .arg(text.en, text.zh)});
    }
}

QList<BilingualText> ContentNotes::notesForAlliance(const AllianceRecord &alliance) const
{
    QList<BilingualText> notes;
    for (const BilingualText *text : {&alliance.name, &alliance.intro, &alliance.members})
        addNotesOf(*text, &notes);
    for (const QList<BilingualText> *list :
         {&alliance.structure, &alliance.guides, &alliance.activities, &alliance.services, &alliance.otherFields}) {
        for (const BilingualText &text : *list)
            addNotesOf(text, &notes);
    }
    if (alliance.memberCountSource == AllianceRecord::MemberCountSource::Structure) {
        const QString count
            = QString::number(alliance.memberCountMin) + (alliance.memberCountExact ? QString() : QStringLiteral("+"));
        notes.append({QStringLiteral("原文把成员数（%1）写在“组织结构”开头，而不是“成员”之下。").arg(count),
                      QStringLiteral("The report states the member count (%1) at the start of 组织结构 "
                                     "(organisation), not under 成员 (members).")
                          .arg(count)});
    }
    return notes;
}

QList<BilingualText> ContentNotes::notesForEvent(const ReportContent &content, qsizetype row) const
{
    QList<BilingualText> notes;
    addNotesOf(content.events.at(row).region, &notes);
    addNotesOf(content.eventText(row), &notes);
    return notes;
}

QStringList ContentNotes::notesWithoutChinese() const
{
    QStringList missing;
    for (const QString &note : m_noteByChinese) {
        if (!m_chineseNote.contains(note) && !missing.contains(note))
            missing.append(note);
    }
    return missing;
}

QStringList ContentNotes::unusedChinese() const
{
    QStringList unused;
    for (auto it = m_chineseNote.cbegin(); it != m_chineseNote.cend(); ++it) {
        if (std::find(m_noteByChinese.cbegin(), m_noteByChinese.cend(), it.key()) == m_noteByChinese.cend())
            unused.append(it.key());
    }
    return unused;
}
