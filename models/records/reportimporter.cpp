#include "reportimporter.h"

#include "editionidentity.h"
#include "eventdatefinder.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace {

enum class FieldKind { Founded, Intro, Members, Structure, Guides, Activities, Services, Other };

struct Line
{
    int number = 0;
    QString text;
};

struct Heading
{
    int level = 0; // bold section titles count as level 2
    QString text;
};

std::optional<FieldKind> fieldKindForLabel(QStringView label)
{
    static const QHash<QString, FieldKind> kinds = {
        {QStringLiteral("创立时间"), FieldKind::Founded},
        {QStringLiteral("成立时间"), FieldKind::Founded},
        {QStringLiteral("介绍"), FieldKind::Intro},
        {QStringLiteral("简介"), FieldKind::Intro},
        {QStringLiteral("成员"), FieldKind::Members},
        {QStringLiteral("会员"), FieldKind::Members},
        {QStringLiteral("组织结构"), FieldKind::Structure},
        {QStringLiteral("组织架构"), FieldKind::Structure},
        {QStringLiteral("指导单位"), FieldKind::Guides},
        {QStringLiteral("主要活动"), FieldKind::Activities},
        {QStringLiteral("近期主要活动"), FieldKind::Activities},
        {QStringLiteral("联盟服务"), FieldKind::Services},
    };
    const auto it = kinds.constFind(label.toString());
    if (it == kinds.constEnd())
        return std::nullopt;
    return *it;
}

// Hand-written rather than a regular expression: lazy patterns over the trailing "#"s and
// spaces backtrack quadratically on hostile multi-megabyte lines.
std::optional<Heading> parseHeading(const QString &line)
{
    QStringView view(line);
    qsizetype indent = 0;
    while (indent < view.size() && indent < 4 && view.at(indent) == u' ')
        ++indent;
    view = view.mid(indent);
    if (view.startsWith(u'#') && indent <= 3) {
        qsizetype level = 0;
        while (level < view.size() && view.at(level) == u'#')
            ++level;
        if (level > 6)
            return std::nullopt;
        QStringView text = view.mid(level).trimmed();
        while (text.endsWith(u'#'))
            text.chop(1);
        text = text.trimmed();
        if (text.isEmpty())
            return std::nullopt;
        return Heading{int(level), text.toString()};
    }
    const QStringView trimmed = view.trimmed();
    if (trimmed.size() > 4 && trimmed.startsWith(u"**") && trimmed.endsWith(u"**")) {
        const QStringView inner = trimmed.mid(2, trimmed.size() - 4).trimmed();
        if (inner.isEmpty() || inner.contains(u"**"))
            return std::nullopt;
        static const QRegularExpression numbering(
            QStringLiteral("^(?:[0-9]+|[一二三四五六七八九十]+)\\s*[.、．)）]\\s*"));
        QString text = inner.toString();
        text = text.remove(numbering).trimmed();
        if (text.isEmpty()) // **4.** numbers nothing; like an empty ATX heading it is no title
            return std::nullopt;
        return Heading{2, text};
    }
    return std::nullopt;
}

// A thematic break (---, ***, ___) or a setext underline (===): one marker at least three times,
// spaces and tabs between. Hand-written: as a repeated group, a regular expression runs out of
// backtracking room on a multi-megabyte rule and silently fails to match.
bool isRule(const QString &line)
{
    qsizetype start = 0;
    while (start < line.size() && start < 3 && line.at(start) == u' ')
        ++start;
    if (start == line.size() || !QStringView(u"-=_*").contains(line.at(start)))
        return false;
    const QChar marker = line.at(start);
    qsizetype markers = 0;
    for (QChar c : QStringView(line).mid(start)) {
        if (c == marker)
            ++markers;
        else if (c != u' ' && c != u'\t')
            return false;
    }
    return markers >= 3;
}

struct ListItem
{
    int indent = 0;
    QString text;
};

std::optional<ListItem> parseListItem(const QString &line)
{
    static const QRegularExpression item(QStringLiteral("^([ \\t]*)(?:[-*+•]|[0-9]{1,9}[.)])[ \\t]+(.*)$"));
    const QRegularExpressionMatch match = item.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    return ListItem{int(match.capturedLength(1)), match.captured(2).trimmed()};
}

struct Field
{
    QString label;
    QString value;
};

std::optional<Field> parseField(const QString &line)
{
    static const QRegularExpression field(
        QStringLiteral("^\\s*([^\\s：:，,。；;、（）()“”]{1,12}?)\\s*[：:]\\s*(.*)$"));
    const QRegularExpressionMatch match = field.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    return Field{match.captured(1), match.captured(2).trimmed()};
}

QStringList splitList(QStringView text, const QString &separators)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || separators.contains(text.at(i))) {
            const QString part = text.mid(start, i - start).trimmed().toString();
            if (!part.isEmpty())
                parts.append(part);
            start = i + 1;
        }
    }
    return parts;
}

QList<BilingualText> toTexts(const QStringList &parts)
{
    QList<BilingualText> texts;
    texts.reserve(parts.size());
    for (const QString &part : parts)
        texts.append(BilingualText{part, {}});
    return texts;
}

bool isLatin(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x024F)
            return false;
    }
    return true;
}

// "中国开源软件推进联盟（China Open Source Promotion Union，简称：COPU）" → name, English, abbreviation.
void parseAllianceHeading(const QString &heading, AllianceRecord *alliance)
{
    static const QRegularExpression trailingParens(QStringLiteral("^(.+?)\\s*[（(]\\s*([^（()）]*?)\\s*[）)]\\s*$"));
    static const QRegularExpression abbreviationLabel(QStringLiteral("^(?:简称|英文简称|缩写)\\s*[：:]\\s*(.+)$"));
    static const QRegularExpression acronym(QStringLiteral("^[A-Z][A-Za-z0-9&\\-]*[A-Z0-9]$"));
    alliance->name.zh = heading.trimmed();
    const QRegularExpressionMatch match = trailingParens.match(heading);
    if (!match.hasMatch())
        return;
    QString english;
    QString abbreviation;
    for (const QString &part : splitList(match.capturedView(2), QStringLiteral("，,"))) {
        const QRegularExpressionMatch labelled = abbreviationLabel.match(part);
        if (labelled.hasMatch() && abbreviation.isEmpty())
            abbreviation = labelled.captured(1).trimmed();
        else if (isLatin(part) && acronym.match(part).hasMatch() && abbreviation.isEmpty())
            abbreviation = part;
        else if (isLatin(part) && english.isEmpty())
            english = part;
        else
            return; // a parenthesis that is part of the name itself
    }
    alliance->name.zh = match.captured(1).trimmed();
    alliance->givenEnglishName = english;
    alliance->abbreviation = abbreviation;
}

QString slugFor(const AllianceRecord &alliance)
{
    const QString latin = isLatin(alliance.abbreviation) && !alliance.abbreviation.isEmpty()
        ? alliance.abbreviation
        : alliance.givenEnglishName;
    QString slug;
    for (QChar c : latin.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug.append(c);
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug.append(u'-');
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    if (slug.isEmpty()) {
        const QByteArray hash = QCryptographicHash::hash(alliance.name.zh.toUtf8(), QCryptographicHash::Sha1);
        slug = QStringLiteral("alliance-") + QString::fromLatin1(hash.toHex().left(8));
    }
    return slug;
}

struct MemberCount
{
    int min = -1;
    bool exact = false;
};

// "100+，包括…" → 100, lower bound; "24，包括…" → 24, exact; "包括…" → none.
MemberCount leadingMemberCount(QStringView text)
{
    static const QRegularExpression count(QStringLiteral("^\\s*([0-9]{1,9})\\s*([+＋]|多|余)?\\s*(?:[，,、；;。]|$)"));
    const QRegularExpressionMatch match = count.match(text);
    if (!match.hasMatch())
        return {};
    return MemberCount{match.capturedView(1).toInt(), !match.hasCaptured(2)};
}

class Parser
{
public:
    Parser(QList<Line> lines, ReportContent *content)
        : m_lines(std::move(lines))
        , m_content(content)
    {
    }

    std::optional<ReportImporter::Error> run();

private:
    enum class Section { Other, Policy };

    std::optional<ReportImporter::Error> handleHeading(qsizetype index, const Heading &heading);
    std::optional<ReportImporter::Error> handleAllianceLine(const Line &line);
    std::optional<ReportImporter::Error> applyField(const Line &line, FieldKind kind, const Field &field);
    void handlePolicyLine(const Line &line, bool previousBlank);
    bool isAllianceHeading(qsizetype index) const;
    bool extractLicence(const QString &text);
    std::optional<ReportImporter::Error> finishAlliance();

    QList<Line> m_lines;
    ReportContent *m_content;
    Section m_section = Section::Other;
    int m_policyLevel = 0;
    QString m_lastSectionTitle;
    std::optional<AllianceRecord> m_alliance;
    FieldKind m_lastField = FieldKind::Other;
    bool m_inRegion = false;
    BilingualText m_region;
    int m_eventIndent = -1;
    QHash<QString, int> m_allianceLines;
    QSet<QString> m_slugs;
    QHash<QString, int> m_slugClashes;
};

bool Parser::isAllianceHeading(qsizetype index) const
{
    for (qsizetype i = index + 1; i < m_lines.size(); ++i) {
        const QString &text = m_lines.at(i).text;
        if (text.trimmed().isEmpty())
            continue;
        const std::optional<Field> field = parseField(text);
        return field && fieldKindForLabel(field->label).has_value();
    }
    return false;
}

// "本2016年中国开源生态系统报告基于 Creative Commons Zero v1.0 Universal 分享。" → title and licence.
// Hand-written rather than a regular expression: a lazy 本…报告…基于…分享 pattern backtracks
// cubically on lines that repeat those words without the closing verb.
bool Parser::extractLicence(const QString &text)
{
    if (text.size() > 1000)
        return false;
    const QStringView line(text);
    const qsizetype start = line.indexOf(u'本');
    if (start < 0)
        return false;
    for (qsizetype basedOn = line.indexOf(u"基于", start + 1); basedOn >= 0;
         basedOn = line.indexOf(u"基于", basedOn + 1)) {
        const QStringView title = line.mid(start + 1, basedOn - start - 1).trimmed();
        if (!title.endsWith(u"报告"))
            continue;
        qsizetype licenceStart = basedOn + 2;
        while (licenceStart < line.size() && line.at(licenceStart).isSpace())
            ++licenceStart;
        // The verb is sought to the end of the line: none after this 基于, none after a later one.
        static const QRegularExpression verb(QStringLiteral("分享|发布|授权"));
        const qsizetype verbStart = line.indexOf(verb, licenceStart + 1);
        if (verbStart < 0)
            return false;
        const QStringView licence = line.mid(licenceStart, verbStart - licenceStart).trimmed();
        if (licence.isEmpty())
            return false;
        m_content->title = title.toString().remove(u' ');
        m_content->licence = licence.toString();
        static const QRegularExpression year(QStringLiteral("([0-9]{4})"));
        m_content->edition = year.match(m_content->title).captured(1);
        return true;
    }
    return false;
}

std::optional<ReportImporter::Error> Parser::finishAlliance()
{
    if (!m_alliance)
        return std::nullopt;
    AllianceRecord alliance = std::move(*m_alliance);
    m_alliance.reset();
    const auto previous = m_allianceLines.constFind(alliance.name.zh);
    if (previous != m_allianceLines.constEnd()) {
        return ReportImporter::Error{
            alliance.sourceLine,
            QStringLiteral("the alliance “%1” is already described at line %2").arg(alliance.name.zh).arg(*previous)};
    }
    m_allianceLines.insert(alliance.name.zh, alliance.sourceLine);
    if (m_content->alliances.isEmpty() && m_content->alliancesTitle.zh.isEmpty())
        m_content->alliancesTitle.zh = m_lastSectionTitle;
    // Alliances sharing a slug get -2, -3 …; counting the clashes per base slug keeps thousands
    // of them linear instead of rescanning every earlier alliance for every candidate.
    const QString base = slugFor(alliance);
    QString slug = base;
    int &clashes = m_slugClashes[base];
    while (m_slugs.contains(slug))
        slug = base + u'-' + QString::number(++clashes + 1);
    m_slugs.insert(slug);
    alliance.slug = slug;
    m_content->alliances.append(std::move(alliance));
    return std::nullopt;
}

std::optional<ReportImporter::Error> Parser::handleHeading(qsizetype index, const Heading &heading)
{
    if (auto error = finishAlliance())
        return error;
    const int lineNumber = m_lines.at(index).number;
    if (isAllianceHeading(index)) {
        AllianceRecord alliance;
        alliance.sourceLine = lineNumber;
        parseAllianceHeading(heading.text, &alliance);
        m_alliance = std::move(alliance);
        m_inRegion = false;
        return std::nullopt;
    }
    if (m_section == Section::Policy && heading.level > m_policyLevel) {
        m_inRegion = true;
        m_region = BilingualText{heading.text, {}};
        m_eventIndent = -1;
        return std::nullopt;
    }
    m_inRegion = false;
    if (heading.text.contains(u"政策")) {
        m_section = Section::Policy;
        m_policyLevel = heading.level;
        if (m_content->policyTitle.zh.isEmpty())
            m_content->policyTitle.zh = heading.text;
    } else {
        m_section = Section::Other;
        m_lastSectionTitle = heading.text;
    }
    return std::nullopt;
}

std::optional<ReportImporter::Error> Parser::applyField(const Line &line, FieldKind kind, const Field &field)
{
    AllianceRecord &alliance = *m_alliance;
    switch (kind) {
    case FieldKind::Founded: {
        const EventDateFinder::Result result = EventDateFinder::parseWhole(field.value);
        if (!result.invalidText.isEmpty()) {
            return ReportImporter::Error{
                line.number,
                QStringLiteral("“%1” is not a date (expected e.g. 2004年7月22日, 2000年3月 or 2016年)")
                    .arg(result.invalidText)};
        }
        alliance.founded = result.date;
        break;
    }
    case FieldKind::Intro:
        alliance.intro.zh = field.value;
        break;
    case FieldKind::Members: {
        alliance.members.zh = field.value;
        const MemberCount count = leadingMemberCount(field.value);
        if (count.min >= 0) {
            alliance.memberCountMin = count.min;
            alliance.memberCountExact = count.exact;
            alliance.memberCountSource = AllianceRecord::MemberCountSource::Members;
        }
        break;
    }
    case FieldKind::Structure: {
        QStringList roles = splitList(field.value, QStringLiteral("，,、"));
        if (!roles.isEmpty() && alliance.memberCountSource == AllianceRecord::MemberCountSource::None) {
            const MemberCount count = leadingMemberCount(roles.first());
            if (count.min >= 0) {
                alliance.memberCountMin = count.min;
                alliance.memberCountExact = count.exact;
                alliance.memberCountSource = AllianceRecord::MemberCountSource::Structure;
                roles.removeFirst();
            }
        }
        alliance.structure += toTexts(roles);
        break;
    }
    case FieldKind::Guides:
        alliance.guides += toTexts(splitList(field.value, QStringLiteral("；;")));
        break;
    case FieldKind::Activities:
        if (!field.value.isEmpty())
            alliance.activities.append(BilingualText{field.value, {}});
        break;
    case FieldKind::Services:
        alliance.services += toTexts(splitList(field.value, QStringLiteral("，,、")));
        break;
    case FieldKind::Other:
        alliance.otherFields.append(BilingualText{line.text.trimmed(), {}});
        break;
    }
    m_lastField = kind;
    return std::nullopt;
}

std::optional<ReportImporter::Error> Parser::handleAllianceLine(const Line &line)
{
    AllianceRecord &alliance = *m_alliance;
    if (const std::optional<Field> field = parseField(line.text)) {
        if (const std::optional<FieldKind> kind = fieldKindForLabel(field->label))
            return applyField(line, *kind, *field);
    }
    const std::optional<ListItem> item = parseListItem(line.text);
    const QString text = item ? item->text : line.text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    auto appendText = [&text](QString *target) {
        if (!target->isEmpty())
            target->append(u'\n');
        target->append(text);
    };
    switch (m_lastField) {
    case FieldKind::Activities:
        alliance.activities.append(BilingualText{text, {}});
        break;
    case FieldKind::Services:
        alliance.services += toTexts(splitList(text, QStringLiteral("，,、")));
        break;
    case FieldKind::Structure:
        alliance.structure += toTexts(splitList(text, QStringLiteral("，,、")));
        break;
    case FieldKind::Guides:
        alliance.guides += toTexts(splitList(text, QStringLiteral("；;")));
        break;
    case FieldKind::Intro:
        appendText(&alliance.intro.zh);
        break;
    case FieldKind::Members:
        appendText(&alliance.members.zh);
        break;
    case FieldKind::Founded:
    case FieldKind::Other:
        alliance.otherFields.append(BilingualText{line.text.trimmed(), {}});
        m_lastField = FieldKind::Other;
        break;
    }
    return std::nullopt;
}

void Parser::handlePolicyLine(const Line &line, bool previousBlank)
{
    const std::optional<ListItem> item = parseListItem(line.text);
    if (m_inRegion && item && !item->text.isEmpty()) {
        const bool nested = m_eventIndent >= 0 && item->indent > m_eventIndent + 1 && !m_content->events.isEmpty();
        if (nested) {
            m_content->events.last().text.zh += u'\n' + item->text;
            return;
        }
        PolicyEventRecord event;
        event.id = int(m_content->events.size()) + 1;
        event.region = m_region;
        event.level = PolicyLevels::fromRegionName(m_region.zh);
        event.text.zh = item->text;
        event.sourceLine = line.number;
        m_content->events.append(event);
        m_eventIndent = item->indent;
        return;
    }
    const QString text = line.text.trimmed();
    if (extractLicence(text))
        return;
    if (m_inRegion && !previousBlank && m_eventIndent >= 0 && !m_content->events.isEmpty()) {
        m_content->events.last().text.zh += u'\n' + text;
        return;
    }
    if (!m_inRegion) {
        QString &intro = m_content->policyIntro.zh;
        if (!intro.isEmpty())
            intro.append(u'\n');
        intro.append(text);
    }
}

std::optional<ReportImporter::Error> Parser::run()
{
    bool previousBlank = true;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const Line &line = m_lines.at(i);
        if (line.text.trimmed().isEmpty() || isRule(line.text)) {
            previousBlank = true;
            continue;
        }
        // A paragraph underlined with === or --- is a heading too (setext style).
        std::optional<Heading> heading = parseHeading(line.text);
        if (!heading && !parseListItem(line.text) && i + 1 < m_lines.size()) {
            const QString next = m_lines.at(i + 1).text.trimmed();
            if (next.size() >= 2 && (next.count(u'=') == next.size() || next.count(u'-') == next.size()))
                heading = Heading{next.startsWith(u'=') ? 1 : 2, line.text.trimmed()};
        }
        if (heading) {
            if (auto error = handleHeading(i, *heading))
                return error;
        } else if (m_alliance) {
            if (auto error = handleAllianceLine(line))
                return error;
        } else if (m_section == Section::Policy) {
            handlePolicyLine(line, previousBlank);
        } else {
            extractLicence(line.text);
        }
        previousBlank = false;
    }
    return finishAlliance();
}

std::optional<ReportImporter::Error> splitLines(const QByteArray &bytes, QList<Line> *lines)
{
    qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    int number = 1;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QByteArrayView raw(bytes.constData() + start, end - start);
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.contains('\0'))
            return ReportImporter::Error{
                number, QStringLiteral("the file contains a NUL byte: it is binary, not a markdown report")};
        QString text = decoder.decode(raw);
        if (decoder.hasError())
            return ReportImporter::Error{number, QStringLiteral("the text is not valid UTF-8")};
        lines->append(Line{number, std::move(text)});
        ++number;
        start = end + 1;
    }
    return std::nullopt;
}

} // namespace

QString ReportImporter::Error::toString() const
{
    return line > 0 ? QStringLiteral("line %1: %2").arg(line).arg(message) : message;
}

std::optional<ReportContent> ReportImporter::parse(const QByteArray &markdown, const QString &sourceFileName,
                                                   Error *error)
{
    QList<Line> lines;
    if (std::optional<Error> failure = splitLines(markdown, &lines)) {
        if (error)
            *error = *failure;
        return std::nullopt;
    }
    ReportContent content;
    content.sourceFileName = sourceFileName;
    content.sourceSha256 = QString::fromLatin1(QCryptographicHash::hash(markdown, QCryptographicHash::Sha256).toHex());
    Parser parser(std::move(lines), &content);
    if (std::optional<Error> failure = parser.run()) {
        if (error)
            *error = *failure;
        return std::nullopt;
    }
    for (PolicyEventRecord &event : content.events) {
        const EventDateFinder::Result date = EventDateFinder::find(event.text.zh);
        if (!date.invalidText.isEmpty()) {
            if (error) {
                *error = Error{event.sourceLine, QStringLiteral("“%1” is not a calendar date").arg(date.invalidText)};
            }
            return std::nullopt;
        }
        event.date = date.date;
    }
    if (content.alliances.isEmpty() && content.events.isEmpty()) {
        if (error) {
            *error = Error{0,
                           QStringLiteral("no alliances and no policy events found: this does not look like "
                                          "the report's chapter on industry associations and policy events")};
        }
        return std::nullopt;
    }
    content.setEditionYear(content.edition.toInt());
    EditionIdentity::assign(&content);
    return content;
}
