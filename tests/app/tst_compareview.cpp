// The Compare view: counts on the filter buttons, the filter, and a changed record's fields side
// by side with the difference marked and every text escaped.
#include "compareview.h"
#include "editioncomparer.h"
#include "editioncomparisonmodel.h"
#include "reportroles.h"

#include <QAbstractButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

class TestCompareView : public QObject
{
    Q_OBJECT

private slots:
    void showsTheComparisonWhenFirstShown();
};

void TestCompareView::showsTheComparisonWhenFirstShown()
{
    EditionComparer comparer;
    CompareView view;
    view.setComparer(&comparer, u"2015"_s, u"2016"_s);
    auto *table = view.findChild<QTableView *>(u"comparisonTable"_s);
    auto *details = view.findChild<QTextBrowser *>(u"comparisonDetails"_s);
    QVERIFY(table && details);
    QCOMPARE(table->model()->rowCount(), 0); // nothing is compared before the view is shown

    QSignalSpy compared(&comparer, &EditionComparer::compared);
    view.show();
    QVERIFY(compared.wait(30000));
    QCOMPARE(table->model()->rowCount(), 34);

    QStringList buttonTexts;
    QAbstractButton *changedButton = nullptr;
    for (QAbstractButton *button : view.findChildren<QAbstractButton *>()) {
        buttonTexts.append(button->text());
        if (button->text().startsWith(u"Changed"_s))
            changedButton = button;
    }
    QVERIFY2(buttonTexts.contains(u"Added (14)"_s), qPrintable(buttonTexts.join(u" | ")));
    QVERIFY(buttonTexts.contains(u"Removed (0)"_s));
    QVERIFY(buttonTexts.contains(u"Unchanged (18)"_s));
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

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
