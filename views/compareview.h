#pragma once

#include "contentlanguage.h"

#include <QWidget>

class EditionComparer;
class EditionComparisonFilterModel;
class QButtonGroup;
class QComboBox;
class QLabel;
class QTableView;
class QTextBrowser;

// Two editions of the report that is open side by side, chosen in a From and a To box: every
// alliance and event as added, removed, changed or unchanged, a filter by kind of change with
// counts, and the fields of the selected record from both editions, with the words that differ
// marked. A pair that cannot be compared (one edition on both sides) says why in the view.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(QWidget *parent = nullptr);

    // The comparer's pair is compared from the first time the view is shown.
    void setComparer(EditionComparer *comparer);
    void setLanguage(ContentLanguage language);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    // The editions of the report in the From and To boxes, each showing the comparer's choice.
    void showEditions();
    // The counts on the filter buttons, the summary and the selected record's fields.
    void showComparison();
    void updateSummary();
    void updateColumns();
    void showSelectedRecord();

    EditionComparer *m_comparer = nullptr;
    ContentLanguage m_language = ContentLanguage::Chinese;
    EditionComparisonFilterModel *m_filter;
    QLabel *m_fromLabel;
    QComboBox *m_fromBox;
    QLabel *m_toLabel;
    QComboBox *m_toBox;
    QLabel *m_summary;
    QButtonGroup *m_changeButtons;
    QTableView *m_table;
    QTextBrowser *m_details;
};
