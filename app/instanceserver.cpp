#include "instanceserver.h"

#include "viewlink.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

namespace {
// A launch sends its link at once; a connection that lingers is dropped.
constexpr int readTimeoutMs = 5000;
constexpr int maximumConnections = 8;
} // namespace

QString InstanceServer::socketName()
{
    QString display = qEnvironmentVariable("WAYLAND_DISPLAY");
    if (display.isEmpty())
        display = qEnvironmentVariable("DISPLAY");
    // ":0.0" and "wayland-0" become file-name safe.
    for (QChar &c : display) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('_');
    }
    const QString name = QStringLiteral("report-explorer-%1.socket").arg(display.left(64));
    // Qt creates the runtime folder private to the user (0700), so that no one else can
    // place a socket of their own under this name first.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? name : QDir(runtime).filePath(name);
}

InstanceServer::InstanceServer(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(maximumConnections);
    connect(m_server, &QLocalServer::newConnection, this, &InstanceServer::accept);
}

InstanceServer::~InstanceServer() = default;

bool InstanceServer::listen(const QString &name, QString *error)
{
    if (m_server->listen(name))
        return true;
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // The caller found no explorer answering there: a crashed one left its socket.
        QLocalServer::removeServer(name);
        if (m_server->listen(name))
            return true;
    }
    *error = m_server->errorString();
    return false;
}

QString InstanceServer::fullServerName() const
{
    return m_server->fullServerName();
}

void InstanceServer::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket]() { read(socket); });
        QTimer::singleShot(readTimeoutMs, socket, &QLocalSocket::abort);
        read(socket);
    }
}

void InstanceServer::read(QLocalSocket *socket)
{
    // Links are ASCII (ViewLink percent-encodes the rest): the longest is that many bytes.
    const qint64 limit = ViewLink::maximumLength;
    if (!socket->canReadLine() && socket->bytesAvailable() <= limit)
        return;
    const QByteArray line = socket->readLine(limit + 2);
    socket->abort();
    // A message that is too long is cut one byte past the limit: parsing it says so.
    emit linkReceived(QString::fromUtf8(line.endsWith('\n') ? line.chopped(1) : line));
}
