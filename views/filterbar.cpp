#include "filterbar.h"

#include "policyfilterproxymodel.h"
#include "policytablemodel.h"
#include "reportcontent.h"

#include "flowlayout.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    // Wraps onto further lines rather than cutting controls off when the window is narrow or
    // the text large; a control added later wraps too.
    auto *layout = new FlowLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_edition = new QComboBox(this);
    m_edition->setObjectName(QStringLiteral("editionBox"));
    m_edition->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_edition->setVisible(false);
    connect(m_edition, &QComboBox::activated, this,
            [this](int index) { emit editionChosen(m_edition->itemData(index).toInt()); });
    layout->addWidget(m_edition);
    for (PolicyLevel level : {PolicyLevel::Central, PolicyLevel::Provincial, PolicyLevel::Municipal}) {
        auto *button = new QToolButton(this);
        button->setObjectName(PolicyLevels::name(level) + QStringLiteral("LevelButton"));
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(button, &QToolButton::toggled, this, &FilterBar::applyLevels);
        m_levelButtons.insert(level, button);
        layout->addWidget(button);
    }
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("regionBox"));
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_region->setMinimumContentsLength(8);
    connect(m_region, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_updating && m_proxy)
            m_proxy->setRegion(m_region->currentData().toString());
    });
    layout->addWidget(m_region);
    m_yearFrom = new QSpinBox(this);
    m_yearTo = new QSpinBox(this);
    m_yearFrom->setObjectName(QStringLiteral("yearFromBox"));
    m_yearTo->setObjectName(QStringLiteral("yearToBox"));
    for (QSpinBox *box : {m_yearFrom, m_yearTo}) {
        box->setRange(0, 9999);
        box->setGroupSeparatorShown(false);
        box->setAccelerated(true);
        // Typed years apply when the box is left or Enter pressed, not at every digit: "2015"
        // would otherwise pass through the years 2, 20 and 201 and reorder the range.
        box->setKeyboardTracking(false);
        connect(box, &QSpinBox::valueChanged, this, &FilterBar::applyYears);
        layout->addWidget(box);
    }
    m_editionFacet = new QComboBox(this);
    m_editionFacet->setObjectName(QStringLiteral("editionFacetBox"));
    m_editionFacet->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_editionFacet->setVisible(false);
    connect(m_editionFacet, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_updating && m_proxy)
            m_proxy->setEditionFilter(m_editionFacet->currentData().toInt());
    });
    layout->addWidget(m_editionFacet);
    retranslate();
}

void FilterBar::setProxy(PolicyFilterProxyModel *proxy)
{
    if (m_proxy)
        disconnect(m_proxy, nullptr, this, nullptr);
    m_proxy = proxy;
    if (m_proxy)
        connect(m_proxy, &PolicyFilterProxyModel::filtersChanged, this, &FilterBar::refresh);
    refresh();
}

void FilterBar::setEditions(const QList<int> &years, int shown)
{
    const QSignalBlocker blocker(m_edition);
    m_edition->clear();
    for (int year : years)
        m_edition->addItem(tr("%1 edition").arg(year), year);
    m_edition->addItem(tr("All editions"), ReportContent::allEditions);
    m_edition->setCurrentIndex(m_edition->findData(shown));
    m_edition->setVisible(years.size() > 1);
}

QList<QWidget *> FilterBar::focusChain() const
{
    QList<QWidget *> chain;
    const QList<QWidget *> filters = findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *filter : filters) {
        if (filter->focusPolicy() & Qt::TabFocus)
            chain.append(filter);
    }
    return chain;
}

void FilterBar::retranslate()
{
    m_yearFrom->setSpecialValueText(tr("from any year"));
    m_yearTo->setSpecialValueText(tr("to any year"));
    m_yearFrom->setToolTip(tr("Earliest year shown (undated events are hidden while a year is set)"));
    m_yearTo->setToolTip(tr("Latest year shown"));
    m_region->setToolTip(tr("Region"));
    m_yearFrom->setAccessibleName(tr("From year"));
    m_yearTo->setAccessibleName(tr("To year"));
    m_yearFrom->setAccessibleDescription(m_yearFrom->toolTip());
    m_region->setAccessibleName(tr("Region filter"));
    m_region->setAccessibleDescription(tr("Shows only events of one region; each entry counts its events"));
    for (QToolButton *button : std::as_const(m_levelButtons))
        button->setAccessibleDescription(tr("Show only events of this level; several may be chosen"));
    m_edition->setToolTip(tr("Which edition of the report is shown"));
    m_editionFacet->setToolTip(tr("Edition"));
    m_editionFacet->setAccessibleName(tr("Edition filter"));
    m_editionFacet->setAccessibleDescription(
        tr("With all editions shown, shows only events of one edition; each entry counts its events"));
    QList<int> years;
    for (int index = 0; index < m_edition->count(); ++index) {
        if (m_edition->itemData(index).toInt() != ReportContent::allEditions)
            years.append(m_edition->itemData(index).toInt());
    }
    setEditions(years, m_edition->currentData().toInt());
    refresh();
}

void FilterBar::applyLevels()
{
    if (m_updating || !m_proxy)
        return;
    QSet<PolicyLevel> levels;
    for (auto it = m_levelButtons.cbegin(); it != m_levelButtons.cend(); ++it) {
        if (it.value()->isChecked())
            levels.insert(it.key());
    }
    m_proxy->setLevels(levels);
}

void FilterBar::applyYears()
{
    if (m_updating || !m_proxy)
        return;
    m_proxy->setYearRange(m_yearFrom->value(), m_yearTo->value());
}

void FilterBar::refresh()
{
    if (!m_proxy)
        return;
    m_updating = true;
    const PolicyFilterProxyModel::Facets facets = m_proxy->facets();
    const QMap<PolicyLevel, int> &levelCounts = facets.levels;
    for (auto it = m_levelButtons.cbegin(); it != m_levelButtons.cend(); ++it) {
        it.value()->setText(
            QStringLiteral("%1 (%L2)").arg(PolicyTableModel::levelName(it.key())).arg(levelCounts.value(it.key())));
        it.value()->setChecked(m_proxy->levels().contains(it.key()));
        it.value()->setToolTip(tr("Show only events of this level; several may be chosen"));
    }

    QMap<QString, QString> shownRegion;
    if (const PolicyTableModel *table = m_proxy->table()) {
        for (int id = 0; id < table->regionKeys().size(); ++id)
            shownRegion.insert(table->regionKeys().at(id), table->regionText(id));
    }
    const QMap<QString, int> &regionCounts = facets.regions;
    int total = 0;
    for (int count : regionCounts)
        total += count;
    m_region->clear();
    m_region->addItem(tr("All regions (%L1)").arg(total), QString());
    for (auto it = shownRegion.cbegin(); it != shownRegion.cend(); ++it)
        m_region->addItem(QStringLiteral("%1 (%L2)").arg(it.value()).arg(regionCounts.value(it.key())), it.key());
    m_region->setCurrentIndex(std::max(0, m_region->findData(m_proxy->region())));

    const QMap<int, int> &yearCounts = facets.years;
    int firstYear = 0;
    int lastYear = 0;
    for (auto it = yearCounts.cbegin(); it != yearCounts.cend(); ++it) {
        if (it.key() == 0)
            continue;
        firstYear = firstYear == 0 ? it.key() : std::min(firstYear, it.key());
        lastYear = std::max(lastYear, it.key());
    }
    for (QSpinBox *box : {m_yearFrom, m_yearTo}) {
        // 0 is "any year"; the rest of the range is the report's span.
        box->setMinimum(0);
        box->setMaximum(std::max({lastYear, m_proxy->yearFrom(), m_proxy->yearTo(), 1}));
    }
    m_yearFrom->setValue(m_proxy->yearFrom());
    m_yearTo->setValue(m_proxy->yearTo());

    // Only content of several editions has anything to narrow: the switcher's "All editions".
    const QList<int> editionYears = m_proxy->table() ? m_proxy->table()->editionYears() : QList<int>();
    const QMap<int, int> &editionCounts = facets.editions;
    int editionTotal = 0;
    for (int count : editionCounts)
        editionTotal += count;
    m_editionFacet->clear();
    m_editionFacet->addItem(tr("Any edition (%L1)").arg(editionTotal), 0);
    for (int year : editionYears)
        m_editionFacet->addItem(tr("%1 edition (%L2)").arg(year).arg(editionCounts.value(year)), year);
    m_editionFacet->setCurrentIndex(std::max(0, m_editionFacet->findData(m_proxy->editionFilter())));
    m_editionFacet->setVisible(editionYears.size() > 1);
    m_updating = false;
}
