#include "explorerwindow.h"

#include <QHeaderView>
#include <QTableView>
#include <QTreeView>

// A system font 1.5 times larger (what QT_FONT_DPI=144 or a desktop's text scaling gives) in a
// 1024×640 window: the filter bar stays in sight with every control whole, and every header's
// section is at least as wide as its title.
class TestTextSize : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filterBarControlsAreWhole_data();
    void filterBarControlsAreWhole();
    void headerTitlesFit_data();
    void headerTitlesFit();

private:
    QSharedPointer<const ReportContent> m_content;
    std::unique_ptr<ExplorerWindow> m_explorer;
};

void TestTextSize::initTestCase()
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    QApplication::setFont(font);
    QString error;
    m_content = ExplorerWindow::embeddedReport(&error);
    QVERIFY2(m_content, qPrintable(error));
    m_explorer = std::make_unique<ExplorerWindow>(m_content);
    m_explorer->window.resize(1024, 640);
    QVERIFY(QTest::qWaitForWindowExposed(&m_explorer->window));
    QTRY_COMPARE(m_explorer->window.width(), 1024);
}

void TestTextSize::filterBarControlsAreWhole_data()
{
    QTest::addColumn<ContentLanguage>("language");
    QTest::newRow("Chinese") << ContentLanguage::Chinese;
    QTest::newRow("English") << ContentLanguage::English;
}

void TestTextSize::filterBarControlsAreWhole()
{
    QFETCH(ContentLanguage, language);
    m_explorer->window.setLanguage(language);
    auto *bar = m_explorer->window.findChild<QWidget *>(QStringLiteral("filterBar"));
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(m_explorer->window.rect().contains(QRect(bar->mapTo(&m_explorer->window, QPoint()), bar->size())));
    const QList<QWidget *> controls = bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    QVERIFY(controls.size() >= 6);
    for (QWidget *control : controls) {
        if (control->isHidden()) // the edition switcher of a report of one edition
            continue;
        const QString name = control->objectName();
        QVERIFY2(control->isVisible(), qPrintable(name));
        // The language switch relays the bar out on the next pass of the event loop.
        QTRY_VERIFY2(bar->rect().contains(control->geometry()),
                     qPrintable(QStringLiteral("%1 at %2,%3 %4×%5 outside the bar's %6×%7")
                                    .arg(name)
                                    .arg(control->x())
                                    .arg(control->y())
                                    .arg(control->width())
                                    .arg(control->height())
                                    .arg(bar->width())
                                    .arg(bar->height())));
        QTRY_VERIFY2(control->width() >= control->sizeHint().width(),
                     qPrintable(QStringLiteral("%1 is %2 wide, needs %3")
                                    .arg(name)
                                    .arg(control->width())
                                    .arg(control->sizeHint().width())));
    }
}

void TestTextSize::headerTitlesFit_data()
{
    QTest::addColumn<ContentLanguage>("language");
    QTest::addColumn<QString>("view");
    for (ContentLanguage language : {ContentLanguage::Chinese, ContentLanguage::English}) {
        for (const char *view : {"allianceTree", "policyTable"}) {
            QTest::addRow("%s, %s", language == ContentLanguage::Chinese ? "Chinese" : "English", view)
                << language << QString::fromLatin1(view);
        }
    }
}

void TestTextSize::headerTitlesFit()
{
    QFETCH(ContentLanguage, language);
    QFETCH(QString, view);
    m_explorer->window.setLanguage(language);
    auto *itemView = m_explorer->window.findChild<QAbstractItemView *>(view);
    QVERIFY(itemView);
    QHeaderView *header = qobject_cast<QTreeView *>(itemView)
        ? qobject_cast<QTreeView *>(itemView)->header()
        : qobject_cast<QTableView *>(itemView)->horizontalHeader();
    QTRY_VERIFY(header->count() > 0 && header->isVisible());
    const QFontMetrics metrics(header->font());
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        const QString title = header->model()->headerData(section, Qt::Horizontal).toString();
        QTRY_VERIFY2(header->sectionSize(section) >= metrics.horizontalAdvance(title),
                     qPrintable(QStringLiteral("\"%1\" is %2 wide in a section of %3")
                                    .arg(title)
                                    .arg(metrics.horizontalAdvance(title))
                                    .arg(header->sectionSize(section))));
    }
}

QTEST_MAIN(TestTextSize)
#include "tst_textsize.moc"
