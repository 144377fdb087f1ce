#pragma once

#include "contentlanguage.h"

#include <QWidget>

class EditionComparer;
class EditionComparisonFilterModel;
class QButtonGroup;
class QLabel;
class QTableView;
class QTextBrowser;

// Two editions side by side: every alliance and event as added, removed, changed or
// unchanged, a filter by kind of change with counts, and the fields of the selected record
// from both editions, with the words that differ marked.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(QWidget *parent = nullptr);

    // Starts the comparison of the two editions the first time the view is shown.
    void setComparer(EditionComparer *comparer, const QString &fromYear, const QString &toYear);
    void setLanguage(ContentLanguage language);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void updateColumns();
    void showSelectedRecord();

    EditionComparer *m_comparer = nullptr;
    QString m_fromYear;
    QString m_toYear;
    bool m_started = false;
    ContentLanguage m_language = ContentLanguage::Chinese;
    EditionComparisonFilterModel *m_filter;
    QLabel *m_summary;
    QButtonGroup *m_changeButtons;
    QTableView *m_table;
    QTextBrowser *m_details;
};
