// The window without a mouse and through assistive technology: every control is named in
// both languages, Tab follows reading order, menus have distinct mnemonics, and the timeline
// is walked and read marker by marker.
#include "explorerwindow.h"
#include "policytableview.h"
#include "timelinechartview.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QApplication>
#include <QHelpEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolTip>
#include <QTreeView>
#include <QValueAxis>

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyFocusableControlIsNamed_data();
    void everyFocusableControlIsNamed();
    void menuActionsHaveDistinctKeys_data();
    void menuActionsHaveDistinctKeys();
    void tabFollowsReadingOrder();
    void timelineChildrenAreMarkersInTimeOrder();
    void arrowsWalkTheTimeline();
    void enterSelectsAndTheTableFollows();
    void zoomKeysAndEscape();
    void elidedAllianceNamesShowInFullOnHover();
    void emptyDetailPaneGivesWayInANarrowWindow();

private:
    QAccessibleInterface *timelineInterface() const;

    QSharedPointer<const ReportContent> m_content;
    std::unique_ptr<ExplorerWindow> m_explorer;
    MainWindow *m_window = nullptr;
    TimelineChartView *m_timeline = nullptr;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ReportExplorerTests"));
    QString error;
    m_content = ExplorerWindow::embeddedReport(&error);
    QVERIFY2(m_content, qPrintable(error));
}

void TestAccessibility::init()
{
    m_explorer = std::make_unique<ExplorerWindow>(m_content);
    m_window = &m_explorer->window;
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_timeline = m_window->findChild<TimelineChartView *>(QStringLiteral("timelineChart"));
    QVERIFY(m_timeline);
    QTRY_VERIFY(m_timeline->itemCount() > 0);
}

void TestAccessibility::cleanup()
{
    m_explorer.reset();
}

QAccessibleInterface *TestAccessibility::timelineInterface() const
{
    return QAccessible::queryAccessibleInterface(m_timeline);
}

void TestAccessibility::everyFocusableControlIsNamed_data()
{
    QTest::addColumn<ContentLanguage>("language");
    QTest::newRow("Chinese") << ContentLanguage::Chinese;
    QTest::newRow("English") << ContentLanguage::English;
}

void TestAccessibility::everyFocusableControlIsNamed()
{
    QFETCH(ContentLanguage, language);
    m_window->setLanguage(language);
    const QString expectedTimeline
        = language == ContentLanguage::Chinese ? QStringLiteral("时间线") : QStringLiteral("Timeline");
    // Widgets hear of the new language from a posted event.
    QTRY_COMPARE(timelineInterface()->text(QAccessible::Name), expectedTimeline);
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(m_window))
            continue;
        // Parts of a composite control (a view's viewport, a spin box's editor) are the control
        // itself to assistive technology.
        const auto *area = qobject_cast<QAbstractScrollArea *>(widget->parentWidget());
        if ((area && area->viewport() == widget) || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        QVERIFY2(!accessible->text(QAccessible::Name).trimmed().isEmpty(),
                 qPrintable(QLatin1String(widget->metaObject()->className()) + u' ' + widget->objectName() + u' '
                            + QLatin1String(widget->parent()->metaObject()->className())));
        ++checked;
    }
    QVERIFY(checked >= 12);
    // Items are named in the interface language too, once the timeline is rebuilt in it.
    const QString lane = language == ContentLanguage::Chinese ? QStringLiteral("中央") : QStringLiteral("Central");
    QTRY_VERIFY(timelineInterface()->child(0)->text(QAccessible::Name).contains(lane));
}

void TestAccessibility::menuActionsHaveDistinctKeys_data()
{
    everyFocusableControlIsNamed_data();
}

void TestAccessibility::menuActionsHaveDistinctKeys()
{
    QFETCH(ContentLanguage, language);
    m_window->setLanguage(language);
    // Qt posts LanguageChange to top-level widgets, and a menu is one.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    const auto mnemonic = [](const QString &text) -> QChar {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == u'&') {
                if (text.at(i + 1) != u'&')
                    return text.at(i + 1).toUpper();
                ++i;
            }
        }
        return {};
    };
    QSet<QChar> menuKeys;
    const QList<QAction *> menus = m_window->menuBar()->actions();
    for (const QAction *menuAction : menus) {
        const QChar menuKey = mnemonic(menuAction->text());
        QVERIFY2(!menuKey.isNull() && !menuKeys.contains(menuKey), qPrintable(menuAction->text()));
        menuKeys.insert(menuKey);
        QSet<QChar> keys;
        for (const QAction *action : menuAction->menu()->actions()) {
            // A disabled entry such as "No saved views" is a hint, not something to choose.
            if (action->isSeparator() || !action->isEnabled())
                continue;
            const QChar key = mnemonic(action->text());
            QVERIFY2(!key.isNull() || !action->shortcut().isEmpty(),
                     qPrintable(action->text() + QStringLiteral(" has neither mnemonic nor shortcut")));
            if (key.isNull())
                continue;
            QVERIFY2(
                !keys.contains(key),
                qPrintable(QStringLiteral("%1 shares its mnemonic in %2").arg(action->text(), menuAction->text())));
            keys.insert(key);
        }
    }
}

void TestAccessibility::tabFollowsReadingOrder()
{
    const QStringList expected{QStringLiteral("searchBox"),    QStringLiteral("groupingBox"),
                               QStringLiteral("allianceTree"), QStringLiteral("policyTable"),
                               QStringLiteral("laneModeBox"),  QStringLiteral("timelineChart"),
                               QStringLiteral("detailPane")};
    auto *searchBox = m_window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    searchBox->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(searchBox->hasFocus());
    QStringList reached{searchBox->objectName()};
    for (int press = 0; press < 40 && QApplication::focusWidget() != m_window->findChild<QWidget *>(expected.last());
         ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached << QApplication::focusWidget()->objectName();
    }
    qsizetype position = 0;
    for (const QString &name : expected) {
        const qsizetype found = reached.indexOf(name, position);
        QVERIFY2(found >= 0, qPrintable(name + QStringLiteral(" not reached in order: ") + reached.join(u' ')));
        position = found;
    }
}

void TestAccessibility::timelineChildrenAreMarkersInTimeOrder()
{
    QAccessibleInterface *timeline = timelineInterface();
    QCOMPARE(timeline->role(), QAccessible::Chart);
    // The embedded edition: 21 dated events and 8 dated foundings.
    QCOMPARE(timeline->childCount(), 29);
    QDate previous;
    for (int index = 0; index < timeline->childCount(); ++index) {
        QAccessibleInterface *child = timeline->child(index);
        QCOMPARE(timeline->indexOfChild(child), index);
        QCOMPARE(child->parent(), timeline);
        QVERIFY(!child->text(QAccessible::Name).isEmpty());
        QVERIFY(child->state().focusable);
        QVERIFY(!child->rect().isEmpty());
        // Names start with the date; years run in order.
        const int year = child->text(QAccessible::Name).left(4).toInt();
        QVERIFY2(year >= previous.year(), qPrintable(child->text(QAccessible::Name)));
        previous = QDate(year, 1, 1);
    }
}

void TestAccessibility::arrowsWalkTheTimeline()
{
    // English names separate the lane with ", ".
    m_window->setLanguage(ContentLanguage::English);
    QTRY_VERIFY(m_timeline->itemName(0).contains(QStringLiteral("Central")));
    m_timeline->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_timeline->hasFocus());
    const int start = m_timeline->focusedItem();
    QCOMPARE(start, 0);
    QAccessibleInterface *timeline = timelineInterface();
    QVERIFY(timeline->child(start)->state().focused);
    QCOMPARE(timeline->focusChild(), timeline->child(start));
    // "15 July 1999, Central: On 15 July…": the lane is what comes between the date and the colon.
    const auto laneOf = [timeline](int item) {
        return timeline->child(item)->text(QAccessible::Name).section(u':', 0, 0).section(QStringLiteral(", "), -1);
    };
    const QString startLane = laneOf(start);
    QCOMPARE(startLane, QStringLiteral("Central"));

    QTest::keyClick(m_timeline, Qt::Key_Right);
    const int next = m_timeline->focusedItem();
    QVERIFY(next > start);
    // Right stays in the lane.
    QCOMPARE(laneOf(next), startLane);
    QVERIFY(!timeline->child(start)->state().focused);
    QVERIFY(timeline->child(next)->state().focused);
    QTest::keyClick(m_timeline, Qt::Key_Left);
    QCOMPARE(m_timeline->focusedItem(), start);
    QTest::keyClick(m_timeline, Qt::Key_Left); // the first in its lane stays
    QCOMPARE(m_timeline->focusedItem(), start);

    QTest::keyClick(m_timeline, Qt::Key_Down);
    const int below = m_timeline->focusedItem();
    QVERIFY(below != start);
    QVERIFY(laneOf(below) != startLane);
    QTest::keyClick(m_timeline, Qt::Key_Up);
    QCOMPARE(laneOf(m_timeline->focusedItem()), startLane);
}

void TestAccessibility::enterSelectsAndTheTableFollows()
{
    m_timeline->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_timeline->hasFocus());
    QTest::keyClick(m_timeline, Qt::Key_Right);
    const int focused = m_timeline->focusedItem();
    QVERIFY(!m_timeline->isItemSelected(focused));
    QTest::keyClick(m_timeline, Qt::Key_Return);
    QTRY_VERIFY(m_timeline->isItemSelected(focused));
    const auto *table = m_window->findChild<PolicyTableView *>(QStringLiteral("policyTable"));
    const QModelIndex current = table->currentIndex();
    QVERIFY(current.isValid());
    // The row chosen is the marker's event: its date opens the marker's name.
    const QString name = m_timeline->itemName(focused);
    QVERIFY2(name.startsWith(current.siblingAtColumn(0).data().toString()), qPrintable(name));
    // The keyboard stays on the timeline.
    QVERIFY(m_timeline->hasFocus());
}

void TestAccessibility::zoomKeysAndEscape()
{
    m_timeline->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_timeline->hasFocus());
    auto *axis = static_cast<QValueAxis *>(m_timeline->chart()->axes(Qt::Horizontal).constFirst());
    const qreal fullSpan = axis->max() - axis->min();
    QTest::keyClick(m_timeline, Qt::Key_Plus);
    QVERIFY(axis->max() - axis->min() < fullSpan);
    const qreal zoomedIn = axis->max() - axis->min();
    QTest::keyClick(m_timeline, Qt::Key_Minus);
    QVERIFY(axis->max() - axis->min() > zoomedIn);
    QTest::keyClick(m_timeline, Qt::Key_Plus);
    QTest::keyClick(m_timeline, Qt::Key_Plus);
    QTest::keyClick(m_timeline, Qt::Key_0);
    QCOMPARE(axis->max() - axis->min(), fullSpan);
    QTest::keyClick(m_timeline, Qt::Key_Escape);
    QVERIFY(m_window->findChild<QLineEdit *>(QStringLiteral("searchBox"))->hasFocus());
}

void TestAccessibility::elidedAllianceNamesShowInFullOnHover()
{
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("allianceTree"));
    const QFontMetrics metrics(tree->font());
    // The first alliance whose name is too long for its column.
    QModelIndex elided;
    for (QModelIndex index = tree->model()->index(0, 0); index.isValid() && !elided.isValid();
         index = tree->indexBelow(index)) {
        if (metrics.horizontalAdvance(index.data().toString()) > tree->visualRect(index).width())
            elided = index;
    }
    QVERIFY(elided.isValid());
    const QPoint point = tree->visualRect(elided).center();
    QHelpEvent help(QEvent::ToolTip, point, tree->viewport()->mapToGlobal(point));
    QApplication::sendEvent(tree->viewport(), &help);
    // An alliance's tooltip gives both its names, the shown one among them.
    QTRY_VERIFY(QToolTip::text().contains(elided.data().toString()));
}

void TestAccessibility::emptyDetailPaneGivesWayInANarrowWindow()
{
    auto *detail = m_window->findChild<QWidget *>(QStringLiteral("detailPane"));
    auto *table = m_window->findChild<QWidget *>(QStringLiteral("policyTable"));
    m_window->resize(1440, 900);
    QTRY_COMPARE(m_window->width(), 1440);
    const int wideDetail = detail->width();
    const int wideTable = table->width();
    m_window->resize(1024, 640);
    QTRY_COMPARE(m_window->width(), 1024);
    // The width given up comes from the empty pane as well as from the table.
    QVERIFY2(detail->width() < wideDetail, qPrintable(QStringLiteral("%1 → %2").arg(wideDetail).arg(detail->width())));
    QVERIFY(wideTable - table->width() < 416 * 3 / 4);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
