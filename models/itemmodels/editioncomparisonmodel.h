#pragma once

#include "contentlanguage.h"
#include "editioncomparison.h"

#include <QAbstractTableModel>

// A comparison of two editions as a flat table: one row per alliance or event of either
// edition, alliances first. The record's text (an alliance's name, an event's whole item)
// stands in both languages for both editions; the view shows the content language's columns,
// a CSV export all of them. Raw values are under ReportRoles; ExportRole gives the stable keys
// (added, event, members …) a CSV file carries whatever the interface language.
class EditionComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        ChangeColumn,
        IdentityColumn,
        ChangedFieldsColumn,
        FromChineseColumn,
        FromEnglishColumn,
        ToChineseColumn,
        ToEnglishColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum class Side { From, To };

    explicit EditionComparisonModel(QObject *parent = nullptr);

    void setComparison(const EditionComparison &comparison);
    const EditionComparison &comparison() const { return m_comparison; }
    const EditionMatcher::Comparison &row(int row) const { return m_comparison.rows.at(row); }
    // The language of the kinds', changes' and fields' names, which follow the interface.
    void setLanguage(ContentLanguage language);

    int count(EditionMatcher::Change change) const;
    // A field of one side of a row (key from EditionMatcher::allianceFields() or eventFields()) as
    // a reader sees it, in the given language; empty when that side has no record.
    QString fieldText(int row, const QString &field, Side side, ContentLanguage language) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString changeKey(EditionMatcher::Change change);
    static QString changeName(EditionMatcher::Change change);
    static QString kindKey(EditionMatcher::RecordKind kind);
    static QString kindName(EditionMatcher::RecordKind kind);
    static QString fieldName(const QString &field);

private:
    QString recordText(int row, Side side, ContentLanguage language, bool exporting) const;

    EditionComparison m_comparison;
    ContentLanguage m_language = ContentLanguage::Chinese;
};
