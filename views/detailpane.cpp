#include "detailpane.h"

#include <algorithm>

#include "aliastable.h"
#include "palettecolors.h"
#include "policytablemodel.h"
#include "searchhighlightdelegate.h"

#include <QEvent>
#include <QUrl>

DetailPane::DetailPane(QWidget *parent)
    : QTextBrowser(parent)
    , m_content(QSharedPointer<const ReportContent>::create())
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setDocumentMargin(10);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        bool ok = false;
        const int index = url.path().toInt(&ok);
        if (!ok)
            return;
        if (url.scheme() == QLatin1String("event"))
            emit eventLinkActivated(index);
        else if (url.scheme() == QLatin1String("alliance"))
            emit allianceLinkActivated(index);
    });
    showNothing();
}

void DetailPane::setContent(QSharedPointer<const ReportContent> content)
{
    m_content = content ? std::move(content) : QSharedPointer<const ReportContent>::create();
    m_relations.reset();
    showNothing();
}

void DetailPane::setRelations(std::shared_ptr<const ReportRelations> relations)
{
    m_relations = std::move(relations);
    render();
}

void DetailPane::setLanguage(ContentLanguage language)
{
    m_language = language;
    render();
}

void DetailPane::setNotes(std::shared_ptr<const ContentNotes> notes)
{
    m_notes = std::move(notes);
    render();
}

void DetailPane::setHighlightTerms(const QStringList &terms)
{
    m_terms = terms;
    render();
}

void DetailPane::showAlliance(int allianceIndex)
{
    m_shown = Shown::Alliance;
    m_index = allianceIndex;
    render();
}

void DetailPane::showPolicyEvent(int eventRow)
{
    m_shown = Shown::Event;
    m_index = eventRow;
    render();
}

void DetailPane::showNothing()
{
    m_shown = Shown::Nothing;
    m_index = -1;
    render();
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        render();
    QTextBrowser::changeEvent(event);
}

void DetailPane::render()
{
    // Secondary text and search matches in colours of the palette, light or dark.
    document()->setDefaultStyleSheet(
        QStringLiteral(".muted { color: %1; } .match { background-color: %2; }")
            .arg(PaletteColors::mutedText(palette()).name(), PaletteColors::searchHighlight(palette()).name()));
    QString html;
    if (m_shown == Shown::Alliance && m_index >= 0 && m_index < m_content->alliances.size())
        html = allianceHtml(m_index);
    else if (m_shown == Shown::Event && m_index >= 0 && m_index < m_content->events.size())
        html = eventHtml(m_index);
    const bool showsRecord = !html.isEmpty();
    if (!showsRecord)
        html = QStringLiteral("<p class='muted'>%1</p>")
                   .arg(tr("Select an alliance or an event to see every field, its source line in the report and "
                           "related records.")
                            .toHtmlEscaped());
    setHtml(html);
    // Empty, the pane gives way in a splitter when the window narrows, so the table keeps room
    // for the events' text; showing a record, it keeps its width.
    QSizePolicy policy = sizePolicy();
    policy.setHorizontalStretch(showsRecord ? 0 : 1);
    setSizePolicy(policy);
}

QString DetailPane::highlighted(const QString &text) const
{
    const auto ranges = SearchHighlightDelegate::matchRanges(text, m_terms);
    QString html;
    qsizetype at = 0;
    for (const auto &[start, end] : ranges) {
        html += text.mid(at, start - at).toHtmlEscaped();
        html += QStringLiteral("<span class='match'>%1</span>").arg(text.mid(start, end - start).toHtmlEscaped());
        at = end;
    }
    html += text.mid(at).toHtmlEscaped();
    html.replace(u'\n', QStringLiteral("<br>"));
    return html;
}

QString DetailPane::bilingual(const BilingualText &text) const
{
    QString html = highlighted(text.text(m_language));
    const QString other = m_language == ContentLanguage::English ? text.zh : text.en;
    if (!other.isEmpty() && other != text.text(m_language))
        html += QStringLiteral("<br><span class='muted'>%1</span>").arg(highlighted(other));
    return html;
}

QString DetailPane::sourceLine(int line, int edition) const
{
    return tr("%1, line %2").arg(m_content->sourceFileOf(edition).toHtmlEscaped()).arg(line);
}

QString DetailPane::listHtml(const QList<BilingualText> &texts) const
{
    QStringList items;
    for (const BilingualText &text : texts)
        items << bilingual(text);
    return items.isEmpty()
        ? QString()
        : QStringLiteral("<ul style='margin:0'><li>%1</li></ul>").arg(items.join(QStringLiteral("</li><li>")));
}

QString DetailPane::successions(const QList<BilingualText> &texts) const
{
    QString named;
    for (const BilingualText &text : texts)
        named += text.zh + u'\n' + text.en + u'\n';
    const AliasTable &aliases = AliasTable::builtIn();
    const auto name = [&](const QString &body) {
        const QString english = aliases.englishName(body);
        return m_language == ContentLanguage::English && !english.isEmpty() ? english : body;
    };
    QStringList lines;
    for (const AliasTable::Succession &succession : aliases.successionsNamedIn(named)) {
        lines << tr("%1 (until %2) is the predecessor of %3")
                     .arg(name(succession.predecessor), succession.until, name(succession.successor))
                     .toHtmlEscaped();
    }
    return lines.join(QStringLiteral("<br>"));
}

QString DetailPane::allianceHtml(int allianceIndex) const
{
    const AllianceRecord &alliance = m_content->alliances.at(allianceIndex);
    const QLocale locale = localeFor(m_language);
    QString html = QStringLiteral("<h3>%1</h3>").arg(bilingual(alliance.name));
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td valign='top' class='muted'><b>%1</b></td><td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), value);
    };
    row(tr("Abbreviation"), highlighted(alliance.abbreviation));
    row(tr("English name in the report"), highlighted(alliance.givenEnglishName));
    row(tr("Founded"), alliance.founded.isNull() ? tr("not stated") : alliance.founded.toDisplayString(locale));
    row(tr("Introduction"), bilingual(alliance.intro));
    row(tr("Members"), bilingual(alliance.members));
    if (alliance.memberCountMin >= 0) {
        const QString count = alliance.memberCountExact
            ? locale.toString(alliance.memberCountMin)
            : tr("at least %1").arg(locale.toString(alliance.memberCountMin));
        const QString from = alliance.memberCountSource == AllianceRecord::MemberCountSource::Structure
            ? tr("(stated under “organisation”)")
            : QString();
        row(tr("Member count"), (count + u' ' + from).trimmed().toHtmlEscaped());
    }
    row(tr("Organisation"), listHtml(alliance.structure));
    row(tr("Guiding units"), listHtml(alliance.guides));
    row(tr("Activities"), listHtml(alliance.activities));
    row(tr("Services"), listHtml(alliance.services));
    row(tr("Other fields"), listHtml(alliance.otherFields));
    QStringList related;
    const QList<int> relatedEvents = m_relations ? m_relations->eventsOfAlliance(allianceIndex) : QList<int>();
    // An alliance of a large report can relate to tens of thousands of events, each text read
    // from the database: the pane lists the first ones, the table marks them all.
    for (int eventRow : relatedEvents.first(std::min(relatedEvents.size(), maximumRelatedShown))) {
        const PolicyEventRecord &event = m_content->events.at(eventRow);
        const QString date = event.date.isNull() ? QStringLiteral("—") : event.date.toDisplayString(locale);
        related << QStringLiteral("<a href='event:%1'>%2</a> %3")
                       .arg(eventRow)
                       .arg(date.toHtmlEscaped(),
                            m_content->eventText(eventRow).text(m_language).left(60).toHtmlEscaped());
    }
    if (relatedEvents.size() > maximumRelatedShown) {
        related << tr("… and %Ln more, marked in the table", nullptr, int(relatedEvents.size() - maximumRelatedShown))
                       .toHtmlEscaped();
    }
    row(tr("Related events"), related.join(QStringLiteral("<br>")));
    if (m_notes)
        row(tr("Notes"), listHtml(m_notes->notesForAlliance(alliance)));
    row(tr("Names"), successions(QList<BilingualText>{alliance.name, alliance.intro} + alliance.guides));
    row(tr("Provenance"), sourceLine(alliance.sourceLine, alliance.edition));
    html += QStringLiteral("</table>");
    return html;
}

QString DetailPane::eventHtml(int eventRow) const
{
    const PolicyEventRecord &event = m_content->events.at(eventRow);
    const QLocale locale = localeFor(m_language);
    QString html
        = QStringLiteral("<h3>%1</h3>")
              .arg(event.date.isNull() ? tr("Undated event") : event.date.toDisplayString(locale).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(bilingual(m_content->eventText(eventRow)));
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td valign='top' class='muted'><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value);
    };
    row(tr("Region"), bilingual(event.region));
    row(tr("Level"), PolicyTableModel::levelName(event.level).toHtmlEscaped());
    row(tr("Date precision"),
        event.date.isNull()                                          ? tr("no date in the report")
            : event.date.precision() == ReportDate::Precision::Day   ? tr("day")
            : event.date.precision() == ReportDate::Precision::Month ? tr("month")
                                                                     : tr("year"));
    QStringList related;
    const QList<int> relatedAlliances = m_relations ? m_relations->alliancesOfEvent(eventRow) : QList<int>();
    for (int allianceIndex : relatedAlliances.first(std::min(relatedAlliances.size(), maximumRelatedShown))) {
        related << QStringLiteral("<a href='alliance:%1'>%2</a>")
                       .arg(allianceIndex)
                       .arg(m_content->alliances.at(allianceIndex).name.text(m_language).toHtmlEscaped());
    }
    if (relatedAlliances.size() > maximumRelatedShown)
        related << tr("… and %Ln more", nullptr, int(relatedAlliances.size() - maximumRelatedShown)).toHtmlEscaped();
    if (!related.isEmpty())
        row(tr("Related alliances"), related.join(QStringLiteral("<br>")));
    const QString notes = m_notes ? listHtml(m_notes->notesForEvent(*m_content, eventRow)) : QString();
    if (!notes.isEmpty())
        row(tr("Notes"), notes);
    if (const QString names = successions({m_content->eventText(eventRow)}); !names.isEmpty())
        row(tr("Names"), names);
    row(tr("Provenance"), sourceLine(event.sourceLine, event.edition));
    html += QStringLiteral("</table>");
    return html;
}
