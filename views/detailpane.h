#pragma once

#include "contentlanguage.h"
#include "contentnotes.h"
#include "reportcontent.h"
#include "reportrelations.h"

#include <QSharedPointer>
#include <QTextBrowser>

#include <memory>

// Every field of the selected alliance or event as selectable text, with the source line in
// the report, the original Chinese beside the English, search matches highlighted, and
// links to related records.
class DetailPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailPane(QWidget *parent = nullptr);

    // Also forgets the relations, which belong to the previous content.
    void setContent(QSharedPointer<const ReportContent> content);
    // Built from the content last given to setContent(); until then no related records show.
    void setRelations(std::shared_ptr<const ReportRelations> relations);
    void setLanguage(ContentLanguage language);
    // Translation notes and the source's inconsistencies, shown with the records they concern.
    void setNotes(std::shared_ptr<const ContentNotes> notes);
    void setHighlightTerms(const QStringList &terms);

    void showAlliance(int allianceIndex);
    void showPolicyEvent(int eventRow);
    void showNothing();

    // Related records listed at most; the rest are counted.
    static constexpr qsizetype maximumRelatedShown = 100;

signals:
    void eventLinkActivated(int eventRow);
    void allianceLinkActivated(int allianceIndex);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Shown { Nothing, Alliance, Event };

    void render();
    QString allianceHtml(int allianceIndex) const;
    QString eventHtml(int eventRow) const;
    QString highlighted(const QString &text) const;
    QString bilingual(const BilingualText &text) const;
    QString sourceLine(int line, int edition) const;
    QString listHtml(const QList<BilingualText> &texts) const; // a bulleted list, empty for none
    // Which bodies named in the texts replaced or were replaced by another (aliases.tsv).
    QString successions(const QList<BilingualText> &texts) const;

    QSharedPointer<const ReportContent> m_content;
    std::shared_ptr<const ReportRelations> m_relations;
    std::shared_ptr<const ContentNotes> m_notes;
    ContentLanguage m_language = ContentLanguage::Chinese;
    QStringList m_terms;
    Shown m_shown = Shown::Nothing;
    int m_index = -1;
};
