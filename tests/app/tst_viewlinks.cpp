// Links to a view, end to end: a link copied in the window, given to the real executable with
// --view and --export-csv, writes exactly the rows the window showed, for every key of the
// link; and the same link opened in the window restores the view.
#include "alliancetreemodel.h"
#include "csvwriter.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "policyfilterproxymodel.h"
#include "policytablemodel.h"
#include "policytableview.h"
#include "reportcoordinator.h"
#include "reportdatabase.h"
#include "reportroles.h"
#include "reportsearch.h"
#include "reportsession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class TestViewLinks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void copiedLinkExportsTheRowsShownAndReopens_data();
    void copiedLinkExportsTheRowsShownAndReopens();

private:
    void setUpView(const QString &key);
    QByteArray exportWithLink(const QString &link);

    QSharedPointer<const ReportContent> m_content;
    QTemporaryDir m_folder;
    std::unique_ptr<ReportSession> m_session;
    std::unique_ptr<ReportCoordinator> m_coordinator;
    std::unique_ptr<InterfaceLanguage> m_language;
    std::unique_ptr<MainWindow> m_window;
};

void TestViewLinks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ReportExplorerTests"));
    QVERIFY(m_folder.isValid());
    QString error;
    std::optional<ReportContent> content = ReportDatabase::loadEmbedded(&error);
    QVERIFY2(content, qPrintable(error));
    m_content = QSharedPointer<const ReportContent>::create(*content);
}

void TestViewLinks::init()
{
    QSettings().clear();
    m_session = std::make_unique<ReportSession>();
    m_language = std::make_unique<InterfaceLanguage>();
    m_coordinator = std::make_unique<ReportCoordinator>(m_session.get());
    m_window = std::make_unique<MainWindow>(m_coordinator.get(), m_language.get());
    m_window->setLanguage(ContentLanguage::Chinese);
    m_coordinator->setReport(m_content);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_session->policyProxy()->rowCount(), 26);
}

void TestViewLinks::cleanup()
{
    m_window.reset();
    m_language.reset();
    m_coordinator.reset();
    m_session.reset();
}

void TestViewLinks::copiedLinkExportsTheRowsShownAndReopens_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("inLink");
    QTest::newRow("edition") << QStringLiteral("edition") << QStringLiteral("edition=2016");
    QTest::newRow("q") << QStringLiteral("q") << QStringLiteral("q=%E8%BD%AF%E4%BB%B6");
    QTest::newRow("level") << QStringLiteral("level") << QStringLiteral("level=provincial");
    QTest::newRow("region") << QStringLiteral("region") << QStringLiteral("region=");
    QTest::newRow("years") << QStringLiteral("years") << QStringLiteral("years=2010-2015");
    QTest::newRow("sort") << QStringLiteral("sort") << QStringLiteral("sort=-text");
    QTest::newRow("lang") << QStringLiteral("lang") << QStringLiteral("lang=en");
    QTest::newRow("group") << QStringLiteral("group") << QStringLiteral("group=flat");
    QTest::newRow("lanes") << QStringLiteral("lanes") << QStringLiteral("lanes=region");
    QTest::newRow("event") << QStringLiteral("event") << QStringLiteral("event=");
    QTest::newRow("alliance") << QStringLiteral("alliance") << QStringLiteral("alliance=");
    QTest::newRow("detail") << QStringLiteral("detail") << QStringLiteral("detail=alliance");
    QTest::newRow("tab") << QStringLiteral("tab") << QStringLiteral("tab=per-year");
    QTest::newRow("everything") << QStringLiteral("everything") << QStringLiteral("lang=en&q=");
}

void TestViewLinks::setUpView(const QString &key)
{
    const bool all = key == QLatin1String("everything");
    if (key == QLatin1String("q") || all)
        m_window->findChild<QLineEdit *>(QStringLiteral("searchBox"))->setText(QStringLiteral("软件"));
    if (key == QLatin1String("level"))
        m_window->findChild<QToolButton *>(QStringLiteral("provincialLevelButton"))->click();
    if (key == QLatin1String("region") || all)
        m_window->findChild<QComboBox *>(QStringLiteral("regionBox"))->setCurrentIndex(1);
    if (key == QLatin1String("years") || all) {
        m_window->findChild<QSpinBox *>(QStringLiteral("yearFromBox"))->setValue(2010);
        m_window->findChild<QSpinBox *>(QStringLiteral("yearToBox"))->setValue(2015);
    }
    if (key == QLatin1String("sort") || all)
        m_window->findChild<PolicyTableView *>(QStringLiteral("policyTable"))
            ->sortByColumn(PolicyTableModel::TextColumn, Qt::DescendingOrder);
    if (key == QLatin1String("lang") || all)
        m_window->findChild<QAction *>(QStringLiteral("englishAction"))->trigger();
    if (key == QLatin1String("group") || all)
        m_window->findChild<QComboBox *>(QStringLiteral("groupingBox"))->setCurrentIndex(2);
    if (key == QLatin1String("lanes") || all)
        m_window->findChild<QComboBox *>(QStringLiteral("laneModeBox"))->setCurrentIndex(1);
    if (key == QLatin1String("tab") || all)
        m_window->findChild<QTabWidget *>(QStringLiteral("chartTabs"))->setCurrentIndex(1);
    QTRY_VERIFY(m_session->search()->isIdle() && !m_session->policyProxy()->isSorting());
    if (key == QLatin1String("event") || key == QLatin1String("detail") || all) {
        QVERIFY(m_session->policyProxy()->rowCount() > 1);
        m_window->findChild<PolicyTableView *>(QStringLiteral("policyTable"))->selectRow(1);
    }
    if (key == QLatin1String("alliance") || key == QLatin1String("detail") || all)
        m_coordinator->showAlliance(2);
}

QByteArray TestViewLinks::exportWithLink(const QString &link)
{
    const QString out = m_folder.filePath(QStringLiteral("out.csv"));
    QFile::remove(out);
    QProcess explorer;
    explorer.start(QStringLiteral(REPORT_EXPLORER_PATH),
                   {QStringLiteral("--view"), link, QStringLiteral("--export-csv"), out});
    if (!explorer.waitForFinished(60000) || explorer.exitCode() != 0) {
        qWarning("%s", explorer.readAllStandardError().constData());
        return {};
    }
    QFile file(out);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestViewLinks::copiedLinkExportsTheRowsShownAndReopens()
{
    QFETCH(QString, key);
    QFETCH(QString, inLink);
    setUpView(key);
    if (QTest::currentTestFailed())
        return;
    m_window->findChild<QAction *>(QStringLiteral("copyLinkAction"))->trigger();
    const QString link = QGuiApplication::clipboard()->text();
    QVERIFY2(link.contains(inLink), qPrintable(link));

    const QByteArray shown = CsvWriter::toCsv(*m_session->policyProxy(), ReportRoles::FullTextRole);
    QVERIFY(shown.count('\n') >= 2); // a header and at least one row
    QCOMPARE(exportWithLink(link), shown);

    // The same link, opened in the window after a reset to the defaults, brings it all back.
    const ViewState copied = m_coordinator->view();
    m_coordinator->openLink(QStringLiteral("report-explorer:view?v=1"));
    QTRY_VERIFY(m_session->search()->isIdle());
    QVERIFY(m_coordinator->view() != copied || key == QLatin1String("edition"));
    m_coordinator->openLink(link);
    QTRY_VERIFY(m_session->search()->isIdle() && !m_session->policyProxy()->isSorting());
    QVERIFY(m_coordinator->view() == copied);
    QCOMPARE(CsvWriter::toCsv(*m_session->policyProxy(), ReportRoles::FullTextRole), shown);
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("searchBox"))->text(), copied.searchText);
    QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("groupingBox"))->currentIndex(), int(copied.grouping));
    QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("laneModeBox"))->currentIndex(), int(copied.lanes));
    QCOMPARE(m_window->findChild<QTabWidget *>(QStringLiteral("chartTabs"))->currentIndex(), int(copied.chartTab));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("englishAction"))->isChecked(),
             copied.language == ContentLanguage::English);
}

QTEST_MAIN(TestViewLinks)
#include "tst_viewlinks.moc"
