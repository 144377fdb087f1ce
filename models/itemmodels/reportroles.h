#pragma once

#include <Qt>

// Roles the report models share, so views and proxies read raw values instead of parsing
// display strings back.
namespace ReportRoles {
enum Role {
    SortRole = Qt::UserRole + 1, // a value that sorts the column correctly (numbers, not text)
    EventIdRole, // policy_events.id
    DateRole, // ReportDate
    LevelRole, // PolicyLevel as int
    RegionRole, // region in Chinese, the key filters use
    YearRole, // int, 0 when undated
    AllianceIndexRole, // index into ReportContent::alliances, -1 for other nodes
    NodeKindRole, // AllianceTreeModel::NodeKind as int
    SourceLineRole, // line of the report's markdown the record comes from
    FullTextRole, // the whole text in the current language, never elided
    RecordKindRole, // EditionMatcher::RecordKind as int
    ChangeRole, // EditionMatcher::Change as int
    IdentityRole, // the identity that links a record across editions
    ChangedFieldsRole, // QStringList of the keys of the fields that differ
    ExportRole, // what a CSV export writes: stable keys for kinds, changes and fields, else the text
    EditionRole, // int, the year of the record's edition (ReportEdition::year)
    // On horizontal headers: QStringList, the widest texts the column can show, whichever rows
    // are shown, so that a view sizes the column without measuring its rows.
    WidestTextsRole,
};
}
