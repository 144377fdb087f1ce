#pragma once

#include "policylevel.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class PolicyFilterProxyModel;
class QComboBox;
class QSpinBox;
class QToolButton;

// The edition switcher (when the report holds several editions), then level, region, year
// and, while every edition is shown, edition filters for the policy table, each showing how many events it would show
// given the search and the other filters.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setProxy(PolicyFilterProxyModel *proxy);
    // The editions the switcher offers (years, in the report's order) and the one shown, a
    // year or ReportContent::allEditions; hidden for a report of one edition.
    void setEditions(const QList<int> &years, int shown);
    // Recomputes the counts; called when the search, the filters or the language change.
    void refresh();
    void retranslate();
    // The filters that Tab reaches, in the order they were made.
    QList<QWidget *> focusChain() const;

signals:
    // A year, or ReportContent::allEditions.
    void editionChosen(int edition);

private:
    void applyLevels();
    void applyYears();

    QPointer<PolicyFilterProxyModel> m_proxy;
    QComboBox *m_edition = nullptr;
    QMap<PolicyLevel, QToolButton *> m_levelButtons;
    QComboBox *m_region = nullptr;
    QSpinBox *m_yearFrom = nullptr;
    QSpinBox *m_yearTo = nullptr;
    QComboBox *m_editionFacet = nullptr; // narrows "All editions" to one; hidden otherwise
    bool m_updating = false;
};
