// Notes from the content tables reach the detail pane, in both languages: every note has its
// Chinese, and the report's known inconsistencies are noted where they occur.
#include "contentnotes.h"
#include "detailpane.h"
#include "reportdatabase.h"

#include <QApplication>
#include <QTest>

class TestContentNotes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyNoteHasItsChinese();
    void miitBefore2008IsNoted();
    void memberCountUnderOrganisationIsNoted();
    void descriptiveNamesAreNoted();
    void detailPaneShowsNotesInBothLanguages();

private:
    int eventRowContaining(const QString &text) const;

    QSharedPointer<const ReportContent> m_content;
    std::shared_ptr<ContentNotes> m_notes;
};

void TestContentNotes::initTestCase()
{
    QString error;
    std::optional<ReportContent> content = ReportDatabase::loadEmbedded(&error);
    QVERIFY2(content, qPrintable(error));
    m_content = QSharedPointer<const ReportContent>::create(std::move(*content));
    m_notes = std::make_shared<ContentNotes>();
    QVERIFY2(m_notes->addEmbeddedTables(&error), qPrintable(error));
}

int TestContentNotes::eventRowContaining(const QString &text) const
{
    for (int row = 0; row < m_content->events.size(); ++row) {
        if (m_content->eventText(row).zh.contains(text))
            return row;
    }
    return -1;
}

void TestContentNotes::everyNoteHasItsChinese()
{
    QCOMPARE(m_notes->notesWithoutChinese(), QStringList());
    QCOMPARE(m_notes->unusedChinese(), QStringList());
}

void TestContentNotes::miitBefore2008IsNoted()
{
    // Every event before MIIT existed that names it carries the note; a later one does not.
    int noted = 0;
    for (int row = 0; row < m_content->events.size(); ++row) {
        const PolicyEventRecord &event = m_content->events.at(row);
        if (!m_content->eventText(row).zh.contains(QStringLiteral("工业和信息化部")))
            continue;
        const QList<BilingualText> notes = m_notes->notesForEvent(*m_content, row);
        const bool mentionsMii = std::any_of(notes.cbegin(), notes.cend(), [](const BilingualText &note) {
            return note.en.contains(QStringLiteral("MII")) && note.zh.contains(QStringLiteral("信息产业部"));
        });
        QCOMPARE(mentionsMii, !event.date.isNull() && event.date.year() < 2008);
        noted += mentionsMii;
    }
    QCOMPARE(noted, 6); // three events in each of the 2015 and 2016 editions
}

void TestContentNotes::memberCountUnderOrganisationIsNoted()
{
    int noted = 0;
    for (const AllianceRecord &alliance : m_content->alliances) {
        const QList<BilingualText> notes = m_notes->notesForAlliance(alliance);
        const bool underOrganisation = std::any_of(notes.cbegin(), notes.cend(), [](const BilingualText &note) {
            return note.zh.contains(QStringLiteral("组织结构")) && note.en.contains(QStringLiteral("organisation"));
        });
        QCOMPARE(underOrganisation, alliance.memberCountSource == AllianceRecord::MemberCountSource::Structure);
        noted += underOrganisation;
    }
    QVERIFY(noted >= 3);
}

void TestContentNotes::descriptiveNamesAreNoted()
{
    const auto hubei
        = std::find_if(m_content->alliances.cbegin(), m_content->alliances.cend(), [](const AllianceRecord &alliance) {
              return alliance.name.zh == QStringLiteral("湖北省开源软件推进联盟");
          });
    QVERIFY(hubei != m_content->alliances.cend());
    const QList<BilingualText> notes = m_notes->notesForAlliance(*hubei);
    QVERIFY(std::any_of(notes.cbegin(), notes.cend(), [&hubei](const BilingualText &note) {
        return note.en.contains(hubei->name.en) && note.en.contains(QStringLiteral("descriptive"))
            && note.zh.contains(QStringLiteral("描述性"));
    }));
}

void TestContentNotes::detailPaneShowsNotesInBothLanguages()
{
    DetailPane pane;
    pane.setContent(m_content);
    pane.setNotes(m_notes);
    const int row = eventRowContaining(QStringLiteral("2004年7月22日"));
    QVERIFY(row >= 0);
    for (ContentLanguage language : {ContentLanguage::Chinese, ContentLanguage::English}) {
        pane.setLanguage(language);
        pane.showPolicyEvent(row);
        const QString shown = pane.toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("MIIT was formed in 2008")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("工业和信息化部成立于2008年")), qPrintable(shown));
    }
}

QTEST_MAIN(TestContentNotes)
#include "tst_contentnotes.moc"
