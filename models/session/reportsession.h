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
class PolicyTableIndex;
class PolicyTableModel;
class ReportSearch;

// One opened report with every model over it, wired together: the search feeds both
// proxies, the language reaches every model. The window and the command line share it, so
// an export from the command line shows exactly what the window would.
//
// The report may hold several editions: the models show the edition selected (the report's
// first one unless another is chosen) or all of them side by side.
class ReportSession : public QObject
{
    Q_OBJECT

public:
    explicit ReportSession(QObject *parent = nullptr);
    ~ReportSession() override;

    // Every edition of the report; a selected edition it does not hold falls back to its first.
    // tableIndex: the policy table's index of this content, when it was built already.
    void setContent(QSharedPointer<const ReportContent> content,
                    QSharedPointer<const PolicyTableIndex> tableIndex = {});
    // What the models show: the selected edition, or every edition.
    QSharedPointer<const ReportContent> content() const { return m_content; }
    // The report with all its editions, as setContent() was given it.
    QSharedPointer<const ReportContent> allEditions() const { return m_allEditions; }
    // The table index setContent() was given, if any.
    QSharedPointer<const PolicyTableIndex> allEditionsTableIndex() const { return m_allEditionsTableIndex; }
    // A year of the report's editions, or ReportContent::allEditions.
    void setEdition(int edition);
    int edition() const { return m_edition; }
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
    void showSelectedEdition();

    QSharedPointer<const ReportContent> m_allEditions;
    QSharedPointer<const PolicyTableIndex> m_allEditionsTableIndex; // may be null: built when shown
    QSharedPointer<const ReportContent> m_content;
    int m_edition = 0; // no year chosen: the report's first edition
    ContentLanguage m_language = ContentLanguage::Chinese;
    ReportSearch *m_search = nullptr;
    PolicyTableModel *m_policyTable = nullptr;
    PolicyFilterProxyModel *m_policyProxy = nullptr;
    AllianceTreeModel *m_allianceTree = nullptr;
    AllianceFilterProxyModel *m_allianceProxy = nullptr;
    std::shared_ptr<const ContentNotes> m_notes;
};
