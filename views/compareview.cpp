#include "compareview.h"

#include "editioncomparer.h"
#include "editioncomparisonfiltermodel.h"
#include "editioncomparisonmodel.h"
#include "textdiff.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

using Change = EditionMatcher::Change;
using Side = EditionComparisonModel::Side;

// The filter buttons' ids: a Change, or allChanges for every row (QButtonGroup takes -1 to mean
// "assign an id").
constexpr int allChanges = int(Change::Unchanged) + 1;
constexpr Change changes[] = {Change::Added, Change::Removed, Change::Changed, Change::Unchanged};

// One side of a changed field, its words marked where they differ from the other side's.
QString markedSide(const QList<TextDiff::Segment> &segments, TextDiff::Operation shown)
{
    QString html;
    for (const TextDiff::Segment &segment : segments) {
        const QString text = segment.text.toHtmlEscaped();
        if (segment.operation == TextDiff::Operation::Equal)
            html += text;
        else if (segment.operation == shown && shown == TextDiff::Operation::Removed)
            html += QStringLiteral("<span style=\"background-color:#ffd7d5; text-decoration:line-through\">%1</span>")
                        .arg(text);
        else if (segment.operation == shown)
            html += QStringLiteral("<span style=\"background-color:#ccf0d2\">%1</span>").arg(text);
    }
    return html;
}

} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_filter(new EditionComparisonFilterModel(this))
    , m_fromLabel(new QLabel(this))
    , m_fromBox(new QComboBox(this))
    , m_toLabel(new QLabel(this))
    , m_toBox(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_changeButtons(new QButtonGroup(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
{
    m_fromBox->setObjectName(QStringLiteral("compareFromBox"));
    m_toBox->setObjectName(QStringLiteral("compareToBox"));
    m_fromLabel->setBuddy(m_fromBox);
    m_toLabel->setBuddy(m_toBox);
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    auto *buttons = new QHBoxLayout;
    for (QComboBox *box : {m_fromBox, m_toBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, [this]() {
            if (m_comparer)
                m_comparer->setEditions(m_fromBox->currentData().toInt(), m_toBox->currentData().toInt());
        });
    }
    buttons->addWidget(m_fromLabel);
    buttons->addWidget(m_fromBox);
    buttons->addSpacing(6);
    buttons->addWidget(m_toLabel);
    buttons->addWidget(m_toBox);
    buttons->addSpacing(12);
    // A refusal's reason is long: it wraps rather than squeeze the boxes or widen the window.
    m_summary->setWordWrap(true);
    buttons->addWidget(m_summary, 1);
    for (int id :
         {allChanges, int(Change::Added), int(Change::Removed), int(Change::Changed), int(Change::Unchanged)}) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_changeButtons->addButton(button, id);
        buttons->addWidget(button);
    }
    m_changeButtons->button(allChanges)->setChecked(true);
    connect(m_changeButtons, &QButtonGroup::idClicked, this, [this](int id) {
        m_filter->setChange(id == allChanges ? std::nullopt : std::optional<Change>(Change(id)));
    });

    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the matcher's order first
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CompareView::showSelectedRecord);

    m_details->setObjectName(QStringLiteral("comparisonDetails"));
    m_details->setOpenLinks(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    retranslateUi();
}

void CompareView::setComparer(EditionComparer *comparer)
{
    m_comparer = comparer;
    m_filter->setSourceModel(comparer->model());
    comparer->model()->setLanguage(m_language);
    connect(comparer, &EditionComparer::editionsChanged, this, &CompareView::showEditions);
    connect(comparer, &EditionComparer::comparisonChanged, this, [this]() {
        updateColumns();
        showComparison();
    });
    showEditions();
    showComparison();
    updateColumns();
}

void CompareView::setLanguage(ContentLanguage language)
{
    m_language = language;
    if (m_comparer)
        m_comparer->model()->setLanguage(language);
    updateColumns();
    showSelectedRecord();
}

void CompareView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_comparer)
        m_comparer->compare();
}

void CompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CompareView::retranslateUi()
{
    m_fromLabel->setText(tr("From:", "the edition a comparison starts from"));
    m_toLabel->setText(tr("To:", "the edition a comparison ends at"));
    m_fromBox->setAccessibleName(tr("Edition to compare from"));
    m_toBox->setAccessibleName(tr("Edition to compare to"));
    showEditions();
    showComparison();
}

void CompareView::showComparison()
{
    const EditionComparisonModel *model = m_comparer ? m_comparer->model() : nullptr;
    const auto count = [model](Change change) { return model ? model->count(change) : 0; };
    m_changeButtons->button(allChanges)->setText(tr("All (%L1)").arg(model ? model->rowCount() : 0));
    for (Change change : changes)
        m_changeButtons->button(int(change))
            ->setText(tr("%1 (%L2)").arg(EditionComparisonModel::changeName(change)).arg(count(change)));
    updateSummary();
    showSelectedRecord();
}

void CompareView::showEditions()
{
    if (!m_comparer)
        return;
    const QList<int> years = m_comparer->editionYears();
    const std::pair<QComboBox *, int> boxes[] = {{m_fromBox, m_comparer->fromYear()}, {m_toBox, m_comparer->toYear()}};
    for (const auto &[box, chosen] : boxes) {
        const QSignalBlocker blocker(box);
        box->clear();
        for (int year : years)
            box->addItem(tr("%1 edition").arg(year), year);
        box->setCurrentIndex(box->findData(chosen));
    }
    updateSummary();
}

void CompareView::updateSummary()
{
    if (!m_comparer || m_comparer->editionYears().isEmpty()) { // the report is still loading
        m_summary->clear();
        return;
    }
    const QString refusal = m_comparer->refusal();
    const QString from = QString::number(m_comparer->fromYear());
    const QString to = QString::number(m_comparer->toYear());
    if (!refusal.isEmpty())
        m_summary->setText(tr("Cannot compare: %1").arg(refusal));
    else if (m_comparer->model()->comparison().to)
        m_summary->setText(tr("Edition %1 compared with edition %2").arg(to, from));
    else
        m_summary->setText(tr("Comparing edition %1 with edition %2…").arg(to, from));
}

void CompareView::updateColumns()
{
    using Model = EditionComparisonModel;
    const bool chinese = m_language == ContentLanguage::Chinese;
    m_table->setColumnHidden(Model::IdentityColumn, true);
    m_table->setColumnHidden(Model::FromChineseColumn, !chinese);
    m_table->setColumnHidden(Model::ToChineseColumn, !chinese);
    m_table->setColumnHidden(Model::FromEnglishColumn, chinese);
    m_table->setColumnHidden(Model::ToEnglishColumn, chinese);
    for (int column : {Model::KindColumn, Model::ChangeColumn, Model::ChangedFieldsColumn})
        m_table->resizeColumnToContents(column);
    const int textWidth = std::max(200, (m_table->viewport()->width() - 360) / 2);
    m_table->setColumnWidth(chinese ? Model::FromChineseColumn : Model::FromEnglishColumn, textWidth);
}

void CompareView::showSelectedRecord()
{
    const QModelIndex current = m_filter->mapToSource(m_table->selectionModel()->currentIndex());
    if (!m_comparer || !current.isValid()) {
        m_details->setHtml(
            QStringLiteral("<p>%1</p>").arg(tr("Select a record to see its fields in both editions.").toHtmlEscaped()));
        return;
    }
    const EditionComparisonModel &model = *m_comparer->model();
    const EditionMatcher::Comparison &row = model.row(current.row());
    const QStringList fields = row.kind == EditionMatcher::RecordKind::Alliance ? EditionMatcher::allianceFields()
                                                                                : EditionMatcher::eventFields();
    QString html = QStringLiteral("<p><b>%1</b> · %2</p>")
                       .arg(EditionComparisonModel::kindName(row.kind).toHtmlEscaped(),
                            EditionComparisonModel::changeName(row.change).toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                           "style=\"border-collapse:collapse; border-color:#c0c0c0\">");
    html += QStringLiteral("<tr><th></th><th width=\"45%\">%1</th><th width=\"45%\">%2</th></tr>")
                .arg(model.comparison().from->edition.toHtmlEscaped(), model.comparison().to->edition.toHtmlEscaped());
    for (const QString &field : fields) {
        const QString from = model.fieldText(current.row(), field, Side::From, m_language);
        const QString to = model.fieldText(current.row(), field, Side::To, m_language);
        if (from.isEmpty() && to.isEmpty())
            continue;
        const bool changed = row.changedFields.contains(field);
        QString fromHtml = from.toHtmlEscaped();
        QString toHtml = to.toHtmlEscaped();
        if (changed) {
            const QList<TextDiff::Segment> segments = TextDiff::compare(from, to);
            fromHtml = markedSide(segments, TextDiff::Operation::Removed);
            toHtml = markedSide(segments, TextDiff::Operation::Added);
        }
        html += QStringLiteral(
                    "<tr><td valign=\"top\">%1%2</td><td valign=\"top\">%3</td><td valign=\"top\">%4</td></tr>")
                    .arg(EditionComparisonModel::fieldName(field).toHtmlEscaped(),
                         changed ? QStringLiteral(" <b>≠</b>") : QString(), fromHtml, toHtml);
    }
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}
