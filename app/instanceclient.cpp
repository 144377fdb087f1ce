#include "instanceclient.h"

#include <QLocalSocket>
#include <QTimer>

namespace {
// A running explorer answers at once; one that does not is as good as none.
constexpr int handOverTimeoutMs = 3000;
} // namespace

InstanceClient::InstanceClient(QObject *parent)
    : QObject(parent)
    , m_socket(new QLocalSocket(this))
{
}

void InstanceClient::handOver(const QString &name, const QString &link)
{
    const QByteArray message = link.toUtf8() + '\n';
    connect(m_socket, &QLocalSocket::connected, this, [this, message]() { m_socket->write(message); });
    connect(m_socket, &QLocalSocket::bytesWritten, this, [this]() { m_sent = m_socket->bytesToWrite() == 0; });
    // The server closes the connection once it has read the whole line.
    connect(m_socket, &QLocalSocket::disconnected, this, [this]() { finish(m_sent); });
    connect(m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError error) {
        if (error != QLocalSocket::PeerClosedError)
            finish(false);
    });
    QTimer::singleShot(handOverTimeoutMs, this, [this]() { finish(false); });
    m_socket->connectToServer(name);
}

void InstanceClient::finish(bool ok)
{
    if (m_finished)
        return;
    m_finished = true;
    m_socket->abort();
    if (ok)
        emit delivered();
    else
        emit failed();
}
