// One explorer per user and display: a later launch's link reaches the running explorer, the
// socket is its user's alone, and what arrives on it is read as hostile input.
#include "instanceclient.h"
#include "instanceserver.h"
#include "viewlink.h"

#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestInstanceServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void socketIsTheUsersAlone();
    void nameIsPerDisplay();
    void aSecondLaunchHandsItsLinkOver();
    void aLaunchWithoutLinkOnlyRaises();
    void noExplorerRunningMeansStartOne();
    void aLeftOverSocketIsReplaced();
    void anOversizedMessageIsCutAndRefused();
    void aSilentConnectionIsDropped();

private:
    QString socketPath() const { return m_folder->filePath(QStringLiteral("explorer.socket")); }

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<InstanceServer> m_server;
};

void TestInstanceServer::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_server = std::make_unique<InstanceServer>();
    QString error;
    QVERIFY2(m_server->listen(socketPath(), &error), qPrintable(error));
}

void TestInstanceServer::cleanup()
{
    m_server.reset();
    m_folder.reset();
}

void TestInstanceServer::socketIsTheUsersAlone()
{
    const QFileInfo socket(m_server->fullServerName());
    QVERIFY(socket.exists());
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(socket.permissions() & others, QFile::Permissions());
    QVERIFY(socket.permissions() & QFile::WriteOwner);
}

void TestInstanceServer::nameIsPerDisplay()
{
    const QByteArray display = qgetenv("DISPLAY");
    const QByteArray wayland = qgetenv("WAYLAND_DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qputenv("DISPLAY", ":7");
    const QString seven = InstanceServer::socketName();
    qputenv("DISPLAY", ":8.0");
    const QString eight = InstanceServer::socketName();
    qputenv("DISPLAY", display);
    qputenv("WAYLAND_DISPLAY", wayland);
    QVERIFY(seven != eight);
    QVERIFY(seven.endsWith(QStringLiteral("report-explorer-_7.socket")));
    QVERIFY(eight.endsWith(QStringLiteral("report-explorer-_8_0.socket")));
}

void TestInstanceServer::aSecondLaunchHandsItsLinkOver()
{
    QSignalSpy received(m_server.get(), &InstanceServer::linkReceived);
    InstanceClient client;
    QSignalSpy delivered(&client, &InstanceClient::delivered);
    QSignalSpy failed(&client, &InstanceClient::failed);
    const QString link = QStringLiteral("report-explorer:view?v=1&q=%E6%B9%96%E5%8C%97");
    client.handOver(socketPath(), link);
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.constFirst().constFirst().toString(), link);
    QCOMPARE(failed.size(), 0);
}

void TestInstanceServer::aLaunchWithoutLinkOnlyRaises()
{
    QSignalSpy received(m_server.get(), &InstanceServer::linkReceived);
    InstanceClient client;
    QSignalSpy delivered(&client, &InstanceClient::delivered);
    client.handOver(socketPath(), QString());
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.constFirst().constFirst().toString(), QString());
}

void TestInstanceServer::noExplorerRunningMeansStartOne()
{
    InstanceClient client;
    QSignalSpy failed(&client, &InstanceClient::failed);
    client.handOver(m_folder->filePath(QStringLiteral("nobody.socket")), QStringLiteral("report-explorer:view?v=1"));
    QTRY_COMPARE(failed.size(), 1);
}

void TestInstanceServer::aLeftOverSocketIsReplaced()
{
    // A crashed explorer leaves its socket file; nothing listens on it any more.
    const QString path = m_folder->filePath(QStringLiteral("left-over.socket"));
    QFile leftOver(path);
    QVERIFY(leftOver.open(QIODevice::WriteOnly));
    leftOver.close();
    InstanceServer server;
    QString error;
    QVERIFY2(server.listen(path, &error), qPrintable(error));
    QSignalSpy received(&server, &InstanceServer::linkReceived);
    InstanceClient client;
    client.handOver(path, QStringLiteral("report-explorer:view?v=1"));
    QTRY_COMPARE(received.size(), 1);
}

void TestInstanceServer::anOversizedMessageIsCutAndRefused()
{
    QSignalSpy received(m_server.get(), &InstanceServer::linkReceived);
    QLocalSocket socket;
    socket.connectToServer(socketPath());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(QByteArray("report-explorer:view?v=1&q=") + QByteArray(1024 * 1024, 'a') + '\n');
    QTRY_COMPARE(received.size(), 1);
    const QString cut = received.constFirst().constFirst().toString();
    QVERIFY(cut.size() > ViewLink::maximumLength);
    QVERIFY(cut.size() <= ViewLink::maximumLength + 2);
    QTRY_COMPARE(socket.state(), QLocalSocket::UnconnectedState);
}

void TestInstanceServer::aSilentConnectionIsDropped()
{
    QSignalSpy received(m_server.get(), &InstanceServer::linkReceived);
    QLocalSocket socket;
    socket.connectToServer(socketPath());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("report-explorer:view?v=1"); // and never a newline
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QLocalSocket::UnconnectedState, 10000);
    QCOMPARE(received.size(), 0);
}

QTEST_GUILESS_MAIN(TestInstanceServer)
#include "tst_instanceserver.moc"
