// The Compare view: the From and To boxes over the editions of the report that is open, counts
// on the filter buttons, the filter, and a changed record's fields side by side with the
// difference marked and every text escaped.
#include "compareview.h"
#include "editioncomparer.h"
#include "editioncomparisonmodel.h"
#include "jobtracker.h"
#include "reportroles.h"
#include "threeeditions.h"

#include "../models/reporttesthelpers.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using Change = EditionMatcher::Change;

class TestCompareView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheComparisonWhenFirstShown();
    void comparesTheEditionsPicked();
    void refusesAnEditionComparedWithItself();

private:
    // Buttons of the view by their text, e.g. "Added (14)".
    static QStringList buttonTexts(const CompareView &view);

    QSharedPointer<const ReportContent> m_embedded;
    QSharedPointer<const ReportContent> m_threeEditions; // with a 2017 draft (threeeditions.h)
};

void TestCompareView::initTestCase()
{
    QString error;
    m_embedded = ReportTest::embeddedEditions(&error);
    QVERIFY2(m_embedded, qPrintable(error));
    m_threeEditions = ReportTest::threeEditions(&error);
    QVERIFY2(m_threeEditions, qPrintable(error));
}

QStringList TestCompareView::buttonTexts(const CompareView &view)
{
    QStringList texts;
    for (const QAbstractButton *button : view.findChildren<QAbstractButton *>())
        texts.append(button->text());
    return texts;
}

void TestCompareView::showsTheComparisonWhenFirstShown()
{
    EditionComparer comparer;
    comparer.setReport(m_embedded);
    CompareView view;
    view.setComparer(&comparer);
    auto *table = view.findChild<QTableView *>(u"comparisonTable"_s);
    auto *details = view.findChild<QTextBrowser *>(u"comparisonDetails"_s);
    QVERIFY(table && details);
    QCOMPARE(table->model()->rowCount(), 0); // nothing is compared before the view is shown

    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(comparer.model()->comparison().to, 30000);
    QCOMPARE(table->model()->rowCount(), 34);

    const QStringList texts = buttonTexts(view);
    QVERIFY2(texts.contains(u"Added (14)"_s), qPrintable(texts.join(u" | ")));
    QVERIFY(texts.contains(u"Removed (0)"_s));
    QVERIFY(texts.contains(u"Unchanged (18)"_s));
    QAbstractButton *changedButton = nullptr;
    for (QAbstractButton *button : view.findChildren<QAbstractButton *>()) {
        if (button->text().startsWith(u"Changed"_s))
            changedButton = button;
    }
    QVERIFY(changedButton);
    QCOMPARE(changedButton->text(), u"Changed (2)"_s);

    changedButton->click();
    QCOMPARE(table->model()->rowCount(), 2);
    table->setCurrentIndex(table->model()->index(0, 0)); // 湖北省开源软件推进联盟
    const QString html = details->toHtml();
    // The 2015 side marks 教育, which 2016 dropped from the members.
    QVERIFY2(html.contains(u"line-through"_s), qPrintable(html));
    QVERIFY(details->toPlainText().contains(u"包括企事业单位和教育科研机构"_s));
    QVERIFY(details->toPlainText().contains(u"包括企事业单位和科研机构"_s));
}

void TestCompareView::comparesTheEditionsPicked()
{
    EditionComparer comparer;
    comparer.setReport(m_threeEditions);
    CompareView view;
    view.setComparer(&comparer);
    auto *from = view.findChild<QComboBox *>(u"compareFromBox"_s);
    auto *to = view.findChild<QComboBox *>(u"compareToBox"_s);
    QVERIFY(from && to);
    QVERIFY(!from->accessibleName().isEmpty() && !to->accessibleName().isEmpty());
    QCOMPARE(from->count(), 3);
    QCOMPARE(to->itemText(2), u"2017 edition"_s);
    // The two latest published editions: the draft has no source URL.
    QCOMPARE(from->currentData().toInt(), 2015);
    QCOMPARE(to->currentData().toInt(), 2016);

    int deliveries = 0;
    connect(&comparer, &EditionComparer::comparisonChanged, this,
            [&]() { deliveries += comparer.model()->comparison().to ? 1 : 0; });
    view.show(); // 2015 to 2016 starts
    // Each pick supersedes the comparison before it: 2015 to 2017, then 2016 to 2017.
    to->setCurrentIndex(to->findData(2017));
    from->setCurrentIndex(from->findData(2016));
    QCOMPARE(comparer.fromYear(), 2016);
    QCOMPARE(comparer.toYear(), 2017);
    QTRY_VERIFY_WITH_TIMEOUT(comparer.model()->comparison().to, 30000);
    // The superseded comparisons may still be finishing: once the workers are done and their
    // results posted, none of them may have reached the model.
    JobTracker::pool(JobTracker::Lane::Interactive)->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(deliveries, 1);

    const EditionComparisonModel &model = *comparer.model();
    QCOMPARE(model.comparison().from->edition, u"2016"_s);
    QCOMPARE(model.comparison().to->edition, u"2017"_s);
    QCOMPARE(model.rowCount(), 34);
    QCOMPARE(model.count(Change::Added), 0);
    QCOMPARE(model.count(Change::Removed), 14); // 2 alliances and 12 events only 2016 has
    QCOMPARE(model.count(Change::Changed), 2);
    QCOMPARE(model.count(Change::Unchanged), 18);
    QVERIFY2(buttonTexts(view).contains(u"Removed (14)"_s), qPrintable(buttonTexts(view).join(u" | ")));
    QCOMPARE(view.findChild<QLabel *>(u"comparisonSummary"_s)->text(), u"Edition 2017 compared with edition 2016"_s);
}

void TestCompareView::refusesAnEditionComparedWithItself()
{
    EditionComparer comparer;
    comparer.setReport(m_threeEditions);
    CompareView view;
    view.setComparer(&comparer);
    view.show();
    auto *from = view.findChild<QComboBox *>(u"compareFromBox"_s);
    from->setCurrentIndex(from->findData(2016));
    QCOMPARE(comparer.fromYear(), 2016);
    QCOMPARE(comparer.toYear(), 2016);
    QVERIFY(!comparer.isComparing());
    const QString summary = view.findChild<QLabel *>(u"comparisonSummary"_s)->text();
    QVERIFY2(summary.contains(u"the 2016 edition is on both sides"_s), qPrintable(summary));
    // Nothing is compared, now or later.
    JobTracker::pool(JobTracker::Lane::Interactive)->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(view.findChild<QTableView *>(u"comparisonTable"_s)->model()->rowCount(), 0);
    QVERIFY(buttonTexts(view).contains(u"All (0)"_s));
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
