#pragma once

#include "viewstate.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

struct ReportContent;

// A view as a link, `report-explorer:view?v=1&edition=2016&q=…`, and back. A link comes from
// anywhere (a chat message, a browser, another process), so parsing treats it as hostile: it is
// size-limited, every key must be known and appear once, every value must have the right form
// and name something the report holds; otherwise parse() says why and returns nothing.
//
// Keys (all but v may be left out; a missing key means its default, a missing edition the
// report's first edition, the one shown by default, so that a link means the same everywhere):
//   v         format version, 1
//   edition   a year of the report's editions, or all
//   lang      zh | en
//   q         search text
//   level     central,provincial,municipal,other (any of them, comma separated)
//   region    a region as the report names it in Chinese
//   years     FROM-TO, FROM- or -TO
//   sort      date | level | region | text, with a leading '-' for descending
//   group     guide | year | flat (the alliance tree)
//   lanes     level | region (the timeline)
//   event     the selected event's id; ids run across editions, and the event must be of the
//             link's edition (any, with all)
//   alliance  the selected alliance's slug, which is unique within an edition: the link's
//             edition is the alliance's; with all, YEAR.slug names the edition too
//   detail    event | alliance: which of the two the detail pane shows (default event)
//   tab       timeline | per-year
class ViewLink
{
    Q_DECLARE_TR_FUNCTIONS(ViewLink)

public:
    static constexpr int version = 1;
    // Longer input is refused unread: a real view is a few hundred bytes.
    static constexpr qsizetype maximumLength = 8 * 1024;
    static constexpr qsizetype maximumSearchLength = 1000;

    static QString scheme() { return QStringLiteral("report-explorer"); }
    static bool looksLikeLink(const QString &text);

    static QString toString(const ViewState &view);
    // content: the report with every edition it holds (ReportSession::allEditions()).
    static std::optional<ViewState> parse(const QString &link, const ReportContent &content, QString *error);
};
