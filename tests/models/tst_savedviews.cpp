// Saved views live in QSettings as links, under names a person chooses.
#include "savedviews.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSavedViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void savesReopensRenamesAndDeletes();
    void refusesBadNames();
    void survivesARestartAndIgnoresEditedEntries();

private:
    QTemporaryDir m_settingsFolder;
};

void TestSavedViews::initTestCase()
{
    QVERIFY(m_settingsFolder.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("ReportExplorerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_savedviews"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsFolder.path());
}

void TestSavedViews::init()
{
    QSettings().clear();
}

void TestSavedViews::savesReopensRenamesAndDeletes()
{
    SavedViews views;
    QSignalSpy changed(&views, &SavedViews::changed);
    QString error;
    const QString hubei = QStringLiteral("report-explorer:view?v=1&q=%E6%B9%96%E5%8C%97");
    const QString central = QStringLiteral("report-explorer:view?v=1&level=central");
    QVERIFY(views.save(QStringLiteral("湖北"), hubei, &error));
    QVERIFY(views.save(QStringLiteral("Central"), central, &error));
    QCOMPARE(views.names(), (QStringList{QStringLiteral("湖北"), QStringLiteral("Central")}));
    QCOMPARE(views.link(QStringLiteral("湖北")), hubei);

    QVERIFY(views.save(QStringLiteral("湖北"), central, &error)); // replaces, keeps its place
    QCOMPARE(views.names().size(), 2);
    QCOMPARE(views.link(QStringLiteral("湖北")), central);

    QVERIFY(views.rename(QStringLiteral("湖北"), QStringLiteral("Hubei"), &error));
    QCOMPARE(views.names(), (QStringList{QStringLiteral("Hubei"), QStringLiteral("Central")}));
    QVERIFY(!views.rename(QStringLiteral("Hubei"), QStringLiteral("Central"), &error));
    QVERIFY(error.contains(QStringLiteral("exists already")));

    views.remove(QStringLiteral("Hubei"));
    QCOMPARE(views.names(), QStringList{QStringLiteral("Central")});
    QCOMPARE(views.link(QStringLiteral("Hubei")), QString());
    QCOMPARE(changed.size(), 5);
}

void TestSavedViews::refusesBadNames()
{
    SavedViews views;
    QString error;
    const QString link = QStringLiteral("report-explorer:view?v=1");
    QVERIFY(!views.save(QStringLiteral("  "), link, &error));
    QVERIFY(!views.save(QString(101, QLatin1Char('x')), link, &error));
    QVERIFY(!views.save(QStringLiteral(" padded"), link, &error));
    QVERIFY(views.names().isEmpty());
}

void TestSavedViews::survivesARestartAndIgnoresEditedEntries()
{
    QString error;
    QVERIFY(SavedViews().save(QStringLiteral("kept"), QStringLiteral("report-explorer:view?v=1&tab=per-year"), &error));
    {
        QSettings settings;
        QVERIFY(QFile::exists(settings.fileName()));
        QVERIFY(settings.fileName().startsWith(m_settingsFolder.path()));
        // An entry edited by hand into something that is not a link is not offered.
        settings.beginWriteArray(QStringLiteral("savedViews"), 2);
        settings.setArrayIndex(1);
        settings.setValue(QStringLiteral("name"), QStringLiteral("bad"));
        settings.setValue(QStringLiteral("link"), QStringLiteral("file:///etc/passwd"));
        settings.endArray();
    }
    SavedViews reopened;
    QCOMPARE(reopened.names(), QStringList{QStringLiteral("kept")});
    QCOMPARE(reopened.link(QStringLiteral("kept")), QStringLiteral("report-explorer:view?v=1&tab=per-year"));
}

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
