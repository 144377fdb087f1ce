#pragma once

#include "reportcontent.h"
#include "reportdatabase.h"
#include "reportroles.h"
#include "reportsearch.h"
#include "reportsession.h"

#include <QAbstractItemModel>
#include <QList>
#include <QSharedPointer>
#include <QString>
#include <QTest>

#include <algorithm>

// What the model suites share: they all check against the real chapter built into the
// application, so expected values below are the report's own facts, not fixtures.
namespace ReportTest {

// The 2016 edition, which the explorer shows by default and whose facts the suites check.
inline QSharedPointer<const ReportContent> embeddedContent(QString *error)
{
    std::optional<ReportContent> content = ReportDatabase::loadEmbedded(error);
    if (!content)
        return {};
    return QSharedPointer<const ReportContent>::create(content->forEdition(2016));
}

// Both embedded editions, 2016 and 2015.
inline QSharedPointer<const ReportContent> embeddedEditions(QString *error)
{
    std::optional<ReportContent> content = ReportDatabase::loadEmbedded(error);
    if (!content)
        return {};
    return QSharedPointer<const ReportContent>::create(std::move(*content));
}

// Event ids of a policy table, or a proxy over one, in the order it shows them.
inline QList<int> eventIds(const QAbstractItemModel &model)
{
    QList<int> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(ReportRoles::EventIdRole).toInt());
    return ids;
}

inline QList<int> sorted(QList<int> values)
{
    std::sort(values.begin(), values.end());
    return values;
}

// Events are stored in report order; tests name them by id, which is what a user sees.
inline QList<int> idsOfEventRows(const ReportContent &content, const QList<int> &rows)
{
    QList<int> ids;
    for (int row : rows)
        ids.append(content.events.at(row).id);
    return ids;
}

inline int allianceNamed(const ReportContent &content, const QString &nameZh)
{
    for (int i = 0; i < content.alliances.size(); ++i) {
        if (content.alliances.at(i).name.zh == nameZh)
            return i;
    }
    return -1;
}

// Until the search text's results are published. Tests may wait; the explorer never does.
inline bool waitForSearch(const ReportSession &session)
{
    return QTest::qWaitFor([&session]() { return session.search()->isIdle(); }, 30000);
}

} // namespace ReportTest
