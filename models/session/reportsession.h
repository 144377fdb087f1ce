#pragma once

#include "contentlanguage.h"
#include "reportcitation.h"
#include "reportcontent.h"
#include "viewstate.h"

#include <QObject>
#include <QSharedPointer>

#include <memory>

class AllianceFilterProxyModel;
class ContentNotes;
class AllianceTreeModel;
class PolicyFilterProxyModel;
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

    void setContent(QSharedPointer<const ReportContent> content);
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
    // The notes of the tables built into the explorer, for the detail pane.
    std::shared_ptr<const ContentNotes> notes() const { return m_notes; }

    // The parts of a view the session holds (edition, language, search, filters, sort, tree
    // grouping); the rest keep their defaults.
    ViewState view() const;
    enum class SearchTiming { InBackground, Now };
    // Sets those parts. Now searches and sorts before returning, for the command line, which
    // has no event loop to deliver a result to.
    void applyView(const ViewState &view, SearchTiming timing = SearchTiming::InBackground);

    // "Search “湖北” · level: provincial …" in the interface language, empty without filters.
    QString filterDescription() const;
    // What the filters leave shown, to cite: the tree's alliances, then the table's events in
    // its order.
    QList<CitedRecord> shownRecords() const;

private:
    QSharedPointer<const ReportContent> m_content;
    ContentLanguage m_language = ContentLanguage::Chinese;
    ReportSearch *m_search = nullptr;
    PolicyTableModel *m_policyTable = nullptr;
    PolicyFilterProxyModel *m_policyProxy = nullptr;
    AllianceTreeModel *m_allianceTree = nullptr;
    AllianceFilterProxyModel *m_allianceProxy = nullptr;
    std::shared_ptr<const ContentNotes> m_notes;
};
