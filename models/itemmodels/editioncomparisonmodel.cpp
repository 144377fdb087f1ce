#include "editioncomparisonmodel.h"

#include "policytablemodel.h"
#include "reportroles.h"

#include <QLocale>

namespace {

using Change = EditionMatcher::Change;
using Kind = EditionMatcher::RecordKind;

QString joined(const QList<BilingualText> &texts, ContentLanguage language)
{
    QStringList parts;
    for (const BilingualText &text : texts)
        parts.append(text.text(language));
    return parts.join(language == ContentLanguage::Chinese ? QStringLiteral("；") : QStringLiteral("; "));
}

QString dateText(const ReportDate &date, ContentLanguage language)
{
    return date.isNull() ? QStringLiteral("—") : date.toDisplayString(localeFor(language));
}

QString memberCountText(const AllianceRecord &alliance, ContentLanguage language)
{
    if (alliance.memberCountMin < 0)
        return QStringLiteral("—");
    const QString count = localeFor(language).toString(alliance.memberCountMin);
    return alliance.memberCountExact ? count : count + u'+';
}

} // namespace

EditionComparisonModel::EditionComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EditionComparisonModel::setComparison(const EditionComparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

void EditionComparisonModel::setLanguage(ContentLanguage language)
{
    if (m_language == language)
        return;
    m_language = language;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, KindColumn), index(rowCount() - 1, ChangedFieldsColumn), {Qt::DisplayRole});
}

int EditionComparisonModel::count(Change change) const
{
    return int(std::count_if(m_comparison.rows.cbegin(), m_comparison.rows.cend(),
                             [change](const EditionMatcher::Comparison &row) { return row.change == change; }));
}

QString EditionComparisonModel::recordText(int row, Side side, ContentLanguage language, bool exporting) const
{
    const EditionMatcher::Comparison &comparison = m_comparison.rows.at(row);
    const int index = side == Side::From ? comparison.fromIndex : comparison.toIndex;
    const ReportContent *content = side == Side::From ? m_comparison.from.get() : m_comparison.to.get();
    if (index < 0)
        return {};
    const BilingualText text
        = comparison.kind == Kind::Alliance ? content->alliances.at(index).name : content->eventText(index);
    // The view falls back to the Chinese as everywhere; an export keeps a missing English empty.
    if (exporting)
        return language == ContentLanguage::Chinese ? text.zh : text.en;
    return text.text(language);
}

QString EditionComparisonModel::fieldText(int row, const QString &field, Side side, ContentLanguage language) const
{
    const EditionMatcher::Comparison &comparison = m_comparison.rows.at(row);
    const int index = side == Side::From ? comparison.fromIndex : comparison.toIndex;
    const ReportContent *content = side == Side::From ? m_comparison.from.get() : m_comparison.to.get();
    if (index < 0)
        return {};
    if (comparison.kind == Kind::Event) {
        const PolicyEventRecord &event = content->events.at(index);
        if (field == QLatin1String("region"))
            return event.region.text(language);
        if (field == QLatin1String("level"))
            return PolicyTableModel::levelName(event.level);
        if (field == QLatin1String("date"))
            return dateText(event.date, language);
        if (field == QLatin1String("text"))
            return content->eventText(index).text(language);
        return {};
    }
    const AllianceRecord &alliance = content->alliances.at(index);
    if (field == QLatin1String("name"))
        return alliance.name.text(language);
    if (field == QLatin1String("english_name"))
        return alliance.givenEnglishName;
    if (field == QLatin1String("abbreviation"))
        return alliance.abbreviation;
    if (field == QLatin1String("founded"))
        return dateText(alliance.founded, language);
    if (field == QLatin1String("intro"))
        return alliance.intro.text(language);
    if (field == QLatin1String("members"))
        return alliance.members.text(language);
    if (field == QLatin1String("member_count"))
        return memberCountText(alliance, language);
    if (field == QLatin1String("structure"))
        return joined(alliance.structure, language);
    if (field == QLatin1String("guides"))
        return joined(alliance.guides, language);
    if (field == QLatin1String("activities"))
        return joined(alliance.activities, language);
    if (field == QLatin1String("services"))
        return joined(alliance.services, language);
    if (field == QLatin1String("other_fields"))
        return joined(alliance.otherFields, language);
    return {};
}

int EditionComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.rows.size());
}

int EditionComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EditionComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EditionMatcher::Comparison &comparison = m_comparison.rows.at(index.row());
    switch (role) {
    case ReportRoles::RecordKindRole:
        return int(comparison.kind);
    case ReportRoles::ChangeRole:
        return int(comparison.change);
    case ReportRoles::IdentityRole:
        return comparison.identity;
    case ReportRoles::ChangedFieldsRole:
        return comparison.changedFields;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case ReportRoles::FullTextRole:
    case ReportRoles::ExportRole:
        break;
    default:
        return {};
    }
    const bool exporting = role == ReportRoles::ExportRole;
    switch (Column(index.column())) {
    case KindColumn:
        return exporting ? kindKey(comparison.kind) : kindName(comparison.kind);
    case ChangeColumn:
        return exporting ? changeKey(comparison.change) : changeName(comparison.change);
    case IdentityColumn:
        return comparison.identity;
    case ChangedFieldsColumn: {
        if (exporting)
            return comparison.changedFields.join(u';');
        QStringList names;
        for (const QString &field : comparison.changedFields)
            names.append(fieldName(field));
        return QLocale().createSeparatedList(names);
    }
    case FromChineseColumn:
        return recordText(index.row(), Side::From, ContentLanguage::Chinese, exporting);
    case FromEnglishColumn:
        return recordText(index.row(), Side::From, ContentLanguage::English, exporting);
    case ToChineseColumn:
        return recordText(index.row(), Side::To, ContentLanguage::Chinese, exporting);
    case ToEnglishColumn:
        return recordText(index.row(), Side::To, ContentLanguage::English, exporting);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EditionComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString from = m_comparison.from ? m_comparison.from->edition : QString();
    const QString to = m_comparison.to ? m_comparison.to->edition : QString();
    // Before a comparison arrives, or when none can be made, the text columns name no edition.
    if (!m_comparison.from && (section == FromChineseColumn || section == ToChineseColumn))
        return tr("Chinese", "a column of texts before editions are compared");
    if (!m_comparison.from && (section == FromEnglishColumn || section == ToEnglishColumn))
        return tr("English", "a column of texts before editions are compared");
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case ChangeColumn:
        return tr("Change");
    case IdentityColumn:
        return tr("Identity");
    case ChangedFieldsColumn:
        return tr("Changed fields");
    case FromChineseColumn:
        return tr("%1 (Chinese)").arg(from);
    case FromEnglishColumn:
        return tr("%1 (English)").arg(from);
    case ToChineseColumn:
        return tr("%1 (Chinese)").arg(to);
    case ToEnglishColumn:
        return tr("%1 (English)").arg(to);
    }
    return {};
}

QString EditionComparisonModel::changeKey(Change change)
{
    switch (change) {
    case Change::Added:
        return QStringLiteral("added");
    case Change::Removed:
        return QStringLiteral("removed");
    case Change::Changed:
        return QStringLiteral("changed");
    case Change::Unchanged:
        return QStringLiteral("unchanged");
    }
    return {};
}

QString EditionComparisonModel::changeName(Change change)
{
    switch (change) {
    case Change::Added:
        return tr("Added");
    case Change::Removed:
        return tr("Removed");
    case Change::Changed:
        return tr("Changed");
    case Change::Unchanged:
        return tr("Unchanged");
    }
    return {};
}

QString EditionComparisonModel::kindKey(Kind kind)
{
    return kind == Kind::Alliance ? QStringLiteral("alliance") : QStringLiteral("event");
}

QString EditionComparisonModel::kindName(Kind kind)
{
    return kind == Kind::Alliance ? tr("Alliance") : tr("Event");
}

QString EditionComparisonModel::fieldName(const QString &field)
{
    static const struct
    {
        const char *key;
        const char *name;
    } names[] = {
        {"name", QT_TR_NOOP("Name")},
        {"english_name", QT_TR_NOOP("English name in the report")},
        {"abbreviation", QT_TR_NOOP("Abbreviation")},
        {"founded", QT_TR_NOOP("Founded")},
        {"intro", QT_TR_NOOP("Introduction")},
        {"members", QT_TR_NOOP("Members")},
        {"member_count", QT_TR_NOOP("Member count")},
        {"structure", QT_TR_NOOP("Structure")},
        {"guides", QT_TR_NOOP("Guiding units")},
        {"activities", QT_TR_NOOP("Activities")},
        {"services", QT_TR_NOOP("Services")},
        {"other_fields", QT_TR_NOOP("Other fields")},
        {"region", QT_TR_NOOP("Region")},
        {"level", QT_TR_NOOP("Level")},
        {"date", QT_TR_NOOP("Date")},
        {"text", QT_TR_NOOP("Text")},
    };
    for (const auto &entry : names) {
        if (field == QLatin1String(entry.key))
            return tr(entry.name);
    }
    return field;
}
