#include "reportsession.h"

#include "alliancefilterproxymodel.h"
#include "alliancetreemodel.h"
#include "policyfilterproxymodel.h"
#include "policytablemodel.h"
#include "reportsearch.h"

ReportSession::ReportSession(QObject *parent)
    : QObject(parent)
    , m_content(QSharedPointer<const ReportContent>::create())
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
}

ReportSession::~ReportSession() = default;

void ReportSession::setContent(QSharedPointer<const ReportContent> content,
                               QSharedPointer<const PolicyTableIndex> tableIndex)
{
    m_content = content ? std::move(content) : QSharedPointer<const ReportContent>::create();
    m_search->setContent(m_content);
    m_policyTable->setContent(m_content, std::move(tableIndex));
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
