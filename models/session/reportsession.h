#pragma once

#include "contentlanguage.h"
#include "reportcontent.h"

#include <QObject>
#include <QSharedPointer>

class AllianceFilterProxyModel;
class AllianceTreeModel;
class PolicyFilterProxyModel;
class PolicyTableIndex;
class PolicyTableModel;
class ReportSearch;

// One opened report with every model over it, wired together: the search feeds both
// proxies, the language reaches every model. The window and the command line share it, so
// an export from the command line shows exactly what the window would.
class ReportSession : public QObject
{
    Q_OBJECT

public:
    explicit ReportSession(QObject *parent = nullptr);
    ~ReportSession() override;

    // tableIndex: the policy table's index of this content, when it was built already.
    void setContent(QSharedPointer<const ReportContent> content,
                    QSharedPointer<const PolicyTableIndex> tableIndex = {});
    QSharedPointer<const ReportContent> content() const { return m_content; }
    void setLanguage(ContentLanguage language);
    ContentLanguage language() const { return m_language; }

    // Starts a search; results arrive asynchronously (ReportSearch::resultsChanged).
    void setSearchText(const QString &text);

    PolicyTableModel *policyTable() const { return m_policyTable; }
    PolicyFilterProxyModel *policyProxy() const { return m_policyProxy; }
    AllianceTreeModel *allianceTree() const { return m_allianceTree; }
    AllianceFilterProxyModel *allianceProxy() const { return m_allianceProxy; }
    ReportSearch *search() const { return m_search; }

    // "Search “湖北” · level: provincial …" in the interface language, empty without filters.
    QString filterDescription() const;

private:
    QSharedPointer<const ReportContent> m_content;
    ContentLanguage m_language = ContentLanguage::Chinese;
    ReportSearch *m_search = nullptr;
    PolicyTableModel *m_policyTable = nullptr;
    PolicyFilterProxyModel *m_policyProxy = nullptr;
    AllianceTreeModel *m_allianceTree = nullptr;
    AllianceFilterProxyModel *m_allianceProxy = nullptr;
};
