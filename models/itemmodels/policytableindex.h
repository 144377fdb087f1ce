#pragma once

#include "eventfacets.h"
#include "reportcontent.h"

#include <QSharedPointer>
#include <QStringList>

#include <utility>
#include <vector>

// What the policy table and its proxy derive from a report's events whatever the language:
// region ids, event ids, the packed keys the filters test and the order by date. Built once per
// report, off the GUI thread when a report is loaded (a pass over a million events costs more
// than a frame), and shared by the models that show that report.
class PolicyTableIndex
{
public:
    // What the filters test of one row, packed so that a pass over a million rows reads 8 bytes
    // a row instead of walking the event records.
    struct RowKeys
    {
        int region = 0;
        quint16 year = 0; // 0: undated
        quint8 level = 0;
        quint8 edition = 0; // position of the row's edition in editionYears
    };

    static QSharedPointer<const PolicyTableIndex> build(const ReportContent &content);

    int rowForEventId(int id) const;
    int regionIdOf(const QString &regionZh) const { return int(regionKeys.indexOf(regionZh)); }

    // Regions are numbered in order of first appearance, so filters and counts compare numbers.
    QList<int> editionYears; // ReportContent::editionYears()
    QStringList regionKeys; // Chinese names, by id
    std::vector<int> regionFirstRow; // by id
    std::vector<RowKeys> rowKeys; // by row
    std::vector<std::pair<int, int>> rowById; // (event id, row), by id
    // Rows by date, ties in report order; undated rows last, in report order.
    std::vector<int> dateOrder;
    size_t datedRowCount = 0;
    // Of every row: what the filter bar shows when nothing is searched for or filtered.
    EventFacets facets;

private:
    void computeDateOrder(const std::vector<qint64> &keys);
    void countFacets();
};
