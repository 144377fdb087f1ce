#include "reportcitation.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMimeData>
#include <QRegularExpression>

namespace {

const QString publisherZh = QStringLiteral("开源社");
const QString publisherEn = QStringLiteral("Kaiyuanshe");

// Where an edition is published, as its row of the editions table says; a version 1 database,
// which has no such row, names the 2016 chapter's copy.
QString publishedSource(const ReportEdition &edition)
{
    if (!edition.sourceUrl.isEmpty())
        return edition.sourceUrl;
    if (edition.sourceFileName == QLatin1String("orgnization-2016.md"))
        return QStringLiteral("https://github.com/kaiyuanshe/2016-China-Open-Source-Report/blob/master/community/"
                              "orgnization.md");
    return QString();
}

// Where a record of the edition can be read online, with its line; empty for a report from
// elsewhere.
QString sourceUrl(const ReportEdition &edition, int line)
{
    const QString source = publishedSource(edition);
    return source.isEmpty() ? QString() : source + QStringLiteral("#L") + QString::number(line);
}

// The edition a record comes from: with all editions shown, its own and not the first one's.
ReportEdition editionOf(const ReportContent &content, const CitedRecord &record)
{
    const int year = record.kind == CitedRecord::Kind::Alliance ? content.alliances.at(record.index).edition
                                                                : content.events.at(record.index).edition;
    for (const ReportEdition &described : content.editionList()) {
        if (described.year == year)
            return described;
    }
    return content.shownEdition();
}

// Empty when the report's title names no year.
QString yearOf(const ReportEdition &edition)
{
    return edition.year > 0 ? QString::number(edition.year) : QString();
}

struct RecordTitle
{
    QString zh;
    QString en;
    int line = 0;
};

RecordTitle titleOf(const ReportContent &content, const CitedRecord &record)
{
    // A title ends where the citation's punctuation begins.
    auto bare = [](QString text) {
        text = text.simplified();
        while (!text.isEmpty() && QStringLiteral("。.，,；;").contains(text.back()))
            text.chop(1);
        return text;
    };
    if (record.kind == CitedRecord::Kind::Alliance) {
        const AllianceRecord &alliance = content.alliances.at(record.index);
        return {bare(alliance.name.zh), bare(alliance.name.en), alliance.sourceLine};
    }
    const BilingualText text = content.eventText(record.index);
    return {bare(text.zh), bare(text.en), content.events.at(record.index).sourceLine};
}

// The report's title in English, in APA's sentence case, for the titles this report has had.
QString englishTitle(const QString &title)
{
    static const QRegularExpression ecosystem(QStringLiteral("^(\\d{4})年中国开源生态系统报告$"));
    const QRegularExpressionMatch match = ecosystem.match(title);
    return match.hasMatch() ? match.captured(1) + QStringLiteral(" China open source ecosystem report") : QString();
}

// Words, not a number: styles print a numeric edition as an ordinal ("2016th ed.").
QString editionWords(const ReportEdition &edition)
{
    return yearOf(edition) + QStringLiteral(" edition");
}

// Where in the file the record starts, and its English, for the reader of a reference list.
QString note(const ReportEdition &edition, const RecordTitle &title)
{
    QString note = QStringLiteral("Line %1 of %2.").arg(title.line).arg(edition.sourceFileName);
    if (!title.en.isEmpty() && title.en != title.zh)
        note += QStringLiteral(" English: %1").arg(title.en);
    return note;
}

QString bibtexEscaped(const QString &text)
{
    QString escaped;
    for (QChar c : text) {
        if (QStringLiteral("{}%&$#_").contains(c))
            escaped += u'\\' + QString(c);
        else if (c == u'\\')
            escaped += QStringLiteral("\\textbackslash{}");
        else if (c == u'~')
            escaped += QStringLiteral("\\textasciitilde{}");
        else if (c == u'^')
            escaped += QStringLiteral("\\textasciicircum{}");
        else
            escaped += c;
    }
    return escaped;
}

} // namespace

std::optional<ReportCitation::Format> ReportCitation::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return Format::CslJson;
    if (suffix == QLatin1String("bib"))
        return Format::BibTeX;
    return std::nullopt;
}

ReportCitation::Style ReportCitation::styleFor(ContentLanguage language)
{
    return language == ContentLanguage::Chinese ? Style::GbT7714 : Style::Apa7;
}

QString ReportCitation::key(const ReportContent &content, const CitedRecord &record)
{
    return QStringLiteral("kaiyuanshe%1-%2-l%3")
        .arg(yearOf(editionOf(content, record)),
             record.kind == CitedRecord::Kind::Alliance ? QLatin1String("alliance") : QLatin1String("event"))
        .arg(titleOf(content, record).line);
}

QString ReportCitation::text(const ReportContent &content, const CitedRecord &record, Style style,
                             const QDate &accessed, bool italicHtml)
{
    const RecordTitle title = titleOf(content, record);
    const ReportEdition edition = editionOf(content, record);
    const QString editionYear = yearOf(edition);
    const QString reportTitleZh = edition.title.zh;
    const QString url = sourceUrl(edition, title.line);
    const QString file = QFileInfo(edition.sourceFileName).fileName();
    const auto plain = [italicHtml](const QString &text) { return italicHtml ? text.toHtmlEscaped() : text; };
    if (style == Style::GbT7714) {
        // 析出文献主要责任者. 析出文献题名[文献类型标志/载体标志]//专著主要责任者. 专著题名. 版本项.
        // 出版地: 出版者, 出版年: 引文所在位置[引用日期]. 获取和访问路径.
        const QString year = editionYear.isEmpty() ? QStringLiteral("[出版年不详]") : editionYear;
        QString citation = QStringLiteral("%1. %2[%3]//%1. %4. ")
                               .arg(publisherZh, title.zh, url.isEmpty() ? QStringLiteral("R") : QStringLiteral("R/OL"),
                                    reportTitleZh);
        if (!editionYear.isEmpty())
            citation += QStringLiteral("%1年版. ").arg(editionYear);
        citation += QStringLiteral("[出版地不详]: %1, %2: ").arg(publisherZh, year);
        if (url.isEmpty())
            return plain(citation + QStringLiteral("%1第%2行.").arg(file).arg(title.line));
        return plain(citation
                     + QStringLiteral("第%1行[%2]. %3.").arg(title.line).arg(accessed.toString(Qt::ISODate), url));
    }
    // Author. (Year). Title of the part [English title]. In *Title of the report* [English
    // title] (edition, locator). Retrieved Month Day, Year, from URL
    // The publisher is the author, so APA names it once.
    const QString year = editionYear.isEmpty() ? QStringLiteral("n.d.") : editionYear;
    const auto translated = [](const QString &original, const QString &english) {
        return english.isEmpty() || english == original ? original : QStringLiteral("%1 [%2]").arg(original, english);
    };
    const QString reportTitle
        = italicHtml ? QStringLiteral("<i>%1</i>").arg(reportTitleZh.toHtmlEscaped()) : reportTitleZh;
    const QString reportEnglish = englishTitle(reportTitleZh);
    QStringList locator;
    if (!editionYear.isEmpty())
        locator << QStringLiteral("%1 ed.").arg(editionYear);
    locator << (url.isEmpty() ? QStringLiteral("%1, line %2").arg(file).arg(title.line)
                              : QStringLiteral("line %1").arg(title.line));
    QString citation
        = QStringLiteral("%1. (%2). %3. In %4 (%5).")
              .arg(plain(publisherEn), year, plain(translated(title.zh, title.en)),
                   reportEnglish.isEmpty() ? reportTitle
                                           : reportTitle + plain(QStringLiteral(" [%1]").arg(reportEnglish)),
                   plain(locator.join(QStringLiteral(", "))));
    if (!url.isEmpty())
        citation += plain(
            QStringLiteral(" Retrieved %1, from %2")
                .arg(
                    QLocale(QLocale::English, QLocale::UnitedStates).toString(accessed, QStringLiteral("MMMM d, yyyy")),
                    url));
    return citation;
}

QString ReportCitation::reportText(const ReportContent &content, Style style, const QDate &accessed)
{
    const QString url = publishedSource(content.shownEdition());
    const QString year = content.edition;
    if (style == Style::GbT7714) {
        // 主要责任者. 题名[文献类型标志/载体标志]. 版本项. 出版地: 出版者, 出版年[引用日期]. 获取和访问路径.
        QString citation
            = QStringLiteral("%1. %2[%3]. ")
                  .arg(publisherZh, content.title, url.isEmpty() ? QStringLiteral("R") : QStringLiteral("R/OL"));
        if (!year.isEmpty())
            citation += QStringLiteral("%1年版. ").arg(year);
        citation += QStringLiteral("[出版地不详]: %1, %2")
                        .arg(publisherZh, year.isEmpty() ? QStringLiteral("[出版年不详]") : year);
        if (url.isEmpty())
            return citation + u'.';
        return citation + QStringLiteral("[%1]. %2.").arg(accessed.toString(Qt::ISODate), url);
    }
    // Author. (Year). Title [English title] (edition). Retrieved Month Day, Year, from URL
    const QString english = englishTitle(content.title);
    QString citation
        = QStringLiteral("%1. (%2). %3")
              .arg(publisherEn, year.isEmpty() ? QStringLiteral("n.d.") : year,
                   english.isEmpty() ? content.title : QStringLiteral("%1 [%2]").arg(content.title, english));
    citation += year.isEmpty() ? QStringLiteral(".") : QStringLiteral(" (%1 ed.).").arg(year);
    if (!url.isEmpty())
        citation += QStringLiteral(" Retrieved %1, from %2")
                        .arg(QLocale(QLocale::English, QLocale::UnitedStates)
                                 .toString(accessed, QStringLiteral("MMMM d, yyyy")),
                             url);
    return citation;
}

std::unique_ptr<QMimeData> ReportCitation::mimeData(const ReportContent &content, const QList<CitedRecord> &records,
                                                    Style style, const QDate &accessed)
{
    QStringList text;
    QStringList html;
    for (const CitedRecord &record : records) {
        text << ReportCitation::text(content, record, style, accessed);
        html << ReportCitation::text(content, record, style, accessed, true);
    }
    auto data = std::make_unique<QMimeData>();
    data->setText(text.join(u'\n'));
    data->setHtml(QStringLiteral("<p>%1</p>").arg(html.join(QStringLiteral("</p><p>"))));
    return data;
}

QByteArray ReportCitation::file(const ReportContent &content, const QList<CitedRecord> &records, Format format,
                                const QDate &accessed)
{
    const QString publisher = QStringLiteral("%1 (%2)").arg(publisherZh, publisherEn);
    if (format == Format::CslJson) {
        QJsonArray items;
        for (const CitedRecord &record : records) {
            const RecordTitle title = titleOf(content, record);
            const ReportEdition edition = editionOf(content, record);
            QJsonObject item{
                {QStringLiteral("id"), key(content, record)},
                {QStringLiteral("type"), QStringLiteral("chapter")},
                {QStringLiteral("title"), title.zh},
                {QStringLiteral("container-title"), edition.title.zh},
                {QStringLiteral("author"), QJsonArray{QJsonObject{{QStringLiteral("literal"), publisher}}}},
                {QStringLiteral("publisher"), publisher},
                {QStringLiteral("language"), QStringLiteral("zh-CN")},
                {QStringLiteral("note"), note(edition, title)},
            };
            if (edition.year > 0) {
                item.insert(QStringLiteral("edition"), editionWords(edition));
                item.insert(QStringLiteral("issued"),
                            QJsonObject{{QStringLiteral("date-parts"), QJsonArray{QJsonArray{edition.year}}}});
            }
            if (const QString url = sourceUrl(edition, title.line); !url.isEmpty()) {
                item.insert(QStringLiteral("URL"), url);
                item.insert(QStringLiteral("accessed"),
                            QJsonObject{{QStringLiteral("date-parts"),
                                         QJsonArray{QJsonArray{accessed.year(), accessed.month(), accessed.day()}}}});
            }
            items.append(item);
        }
        return QJsonDocument(items).toJson(QJsonDocument::Indented);
    }
    QByteArray bib;
    for (const CitedRecord &record : records) {
        const RecordTitle title = titleOf(content, record);
        const ReportEdition edition = editionOf(content, record);
        QList<std::pair<QString, QString>> fields{
            {QStringLiteral("author"), QStringLiteral("{%1}").arg(bibtexEscaped(publisher))},
            {QStringLiteral("title"), bibtexEscaped(title.zh)},
            {QStringLiteral("booktitle"), bibtexEscaped(edition.title.zh)},
            {QStringLiteral("publisher"), bibtexEscaped(publisher)},
        };
        if (edition.year > 0) {
            fields.append({QStringLiteral("edition"), editionWords(edition)});
            fields.append({QStringLiteral("year"), yearOf(edition)});
        }
        if (const QString url = sourceUrl(edition, title.line); !url.isEmpty()) {
            // Read as written by BibTeX styles and by pandoc: a URL is not LaTeX.
            fields.append({QStringLiteral("url"), url});
            fields.append({QStringLiteral("urldate"), accessed.toString(Qt::ISODate)});
        }
        fields.append({QStringLiteral("note"), bibtexEscaped(note(edition, title))});
        bib += QStringLiteral("@incollection{%1,\n").arg(key(content, record)).toUtf8();
        for (const auto &[name, value] : std::as_const(fields))
            bib += QStringLiteral("  %1 = {%2},\n").arg(name, value).toUtf8();
        bib += "}\n\n";
    }
    return bib;
}
