#pragma once

#include "policylevel.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class PolicyFilterProxyModel;
class QComboBox;
class QSpinBox;
class QToolButton;

// Level, region and year filters for the policy table, each showing how many events it
// would show given the search and the other filters.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setProxy(PolicyFilterProxyModel *proxy);
    // Recomputes the counts; called when the search, the filters or the language change.
    void refresh();
    void retranslate();

private:
    void applyLevels();
    void applyYears();

    QPointer<PolicyFilterProxyModel> m_proxy;
    QMap<PolicyLevel, QToolButton *> m_levelButtons;
    QComboBox *m_region = nullptr;
    QSpinBox *m_yearFrom = nullptr;
    QSpinBox *m_yearTo = nullptr;
    bool m_updating = false;
};
