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
// report shown):
//   v         format version, 1
//   edition   the report's edition, a year
//   lang      zh | en
//   q         search text
//   level     central,provincial,municipal,other (any of them, comma separated)
//   region    a region as the report names it in Chinese
//   years     FROM-TO, FROM- or -TO
//   sort      date | level | region | text, with a leading '-' for descending
//   group     guide | year | flat (the alliance tree)
//   lanes     level | region (the timeline)
//   event     the selected event's id
//   alliance  the selected alliance's slug
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
    static std::optional<ViewState> parse(const QString &link, const ReportContent &content, QString *error);
};
