#include "reportsession.h"

#include "alliancefilterproxymodel.h"
#include "alliancetreemodel.h"
#include "contentnotes.h"
#include "policyfilterproxymodel.h"
#include "policytablemodel.h"
#include "reportsearch.h"

ReportSession::ReportSession(QObject *parent)
    : QObject(parent)
    , m_allEditions(QSharedPointer<const ReportContent>::create())
    , m_content(m_allEditions)
    , m_search(new ReportSearch(this))
    , m_policyTable(new PolicyTableModel(this))
    , m_policyProxy(new PolicyFilterProxyModel(this))
    , m_allianceTree(new AllianceTreeModel(this))
    , m_allianceProxy(new AllianceFilterProxyModel(this))
{
    m_policyProxy->setSourceModel(m_policyTable);
    m_policyProxy->setSearch(m_search);
    m_policyProxy->sort(0, Qt::AscendingOrder);
    m_allianceProxy->setSourceModel(m_allianceTree);
    m_allianceProxy->setSearch(m_search);
    auto notes = std::make_shared<ContentNotes>();
    QString error;
    if (!notes->addEmbeddedTables(&error))
        qWarning("report-explorer: no notes in the detail pane: %s", qUtf8Printable(error));
    m_notes = std::move(notes);
}

ReportSession::~ReportSession() = default;

void ReportSession::setContent(QSharedPointer<const ReportContent> content,
                               QSharedPointer<const PolicyTableIndex> tableIndex)
{
    m_allEditions = content ? std::move(content) : QSharedPointer<const ReportContent>::create();
    m_allEditionsTableIndex = std::move(tableIndex);
    const QList<int> years = m_allEditions->editionYears();
    if (m_edition != ReportContent::allEditions && !years.contains(m_edition))
        m_edition = years.constFirst();
    showSelectedEdition();
}

void ReportSession::setEdition(int edition)
{
    m_edition = edition;
    showSelectedEdition();
}

void ReportSession::showSelectedEdition()
{
    // One edition held is all editions: the report is shown as it is, not copied.
    m_content = m_edition == ReportContent::allEditions || !m_allEditions->holdsSeveralEditions()
        ? m_allEditions
        : QSharedPointer<const ReportContent>::create(m_allEditions->forEdition(m_edition));
    m_search->setContent(m_content);
    // An index built ahead describes every edition; one edition's copy gets its own.
    m_policyTable->setContent(m_content, m_content == m_allEditions ? m_allEditionsTableIndex : nullptr);
    m_allianceTree->setContent(m_content);
}

void ReportSession::setLanguage(ContentLanguage language)
{
    if (m_language == language)
        return;
    m_language = language;
    m_policyTable->setLanguage(language);
    m_allianceTree->setLanguage(language);
}

void ReportSession::setSearchText(const QString &text)
{
    m_search->setQueryText(text);
}

ViewState ReportSession::view() const
{
    ViewState view;
    view.edition = m_edition;
    view.language = m_language;
    view.searchText = m_search->queryText();
    view.levels = m_policyProxy->levels();
    view.regionZh = m_policyProxy->region();
    view.yearFrom = m_policyProxy->yearFrom();
    view.yearTo = m_policyProxy->yearTo();
    view.sortColumn = std::max(0, m_policyProxy->sortColumn());
    view.sortOrder = m_policyProxy->sortOrder();
    view.grouping = m_allianceTree->grouping();
    return view;
}

void ReportSession::applyView(const ViewState &view, SearchTiming timing)
{
    setLanguage(view.language);
    m_allianceTree->setGrouping(view.grouping);
    m_policyProxy->setLevels(view.levels);
    m_policyProxy->setRegion(view.regionZh);
    m_policyProxy->setYearRange(view.yearFrom, view.yearTo);
    if (timing == SearchTiming::Now) {
        m_policyProxy->sortNow(view.sortColumn, view.sortOrder);
        m_search->applyQueryTextNow(view.searchText);
        return;
    }
    m_policyProxy->sort(view.sortColumn, view.sortOrder);
    if (view.searchText != m_search->queryText())
        setSearchText(view.searchText);
}

QString ReportSession::filterDescription() const
{
    QStringList parts;
    const QString query = m_search->queryText().trimmed();
    if (!query.isEmpty())
        parts << tr("search “%1”").arg(query);
    if (!m_policyProxy->levels().isEmpty()) {
        QStringList levels;
        for (PolicyLevel level : PolicyLevels::all) {
            if (m_policyProxy->levels().contains(level))
                levels << PolicyTableModel::levelName(level);
        }
        parts << tr("level: %1").arg(levels.join(QStringLiteral(", ")));
    }
    if (!m_policyProxy->region().isEmpty()) {
        QString region = m_policyProxy->region();
        for (const PolicyEventRecord &event : m_content->events) {
            if (event.region.zh == region) {
                region = event.region.text(m_language);
                break;
            }
        }
        parts << tr("region: %1").arg(region);
    }
    const int from = m_policyProxy->yearFrom();
    const int to = m_policyProxy->yearTo();
    if (from != 0 || to != 0) {
        parts << tr("years: %1–%2")
                     .arg(from != 0 ? QString::number(from) : QStringLiteral("…"),
                          to != 0 ? QString::number(to) : QStringLiteral("…"));
    }
    return parts.join(QStringLiteral(" · "));
}

QList<CitedRecord> ReportSession::shownRecords() const
{
    QList<CitedRecord> records;
    for (int alliance : m_allianceProxy->visibleAlliances())
        records.append({CitedRecord::Kind::Alliance, alliance});
    for (int row : m_policyProxy->sourceRows())
        records.append({CitedRecord::Kind::Event, row});
    return records;
}
