#pragma once

#include <QObject>

class QLocalSocket;

// A later launch's end of "one explorer per user and display": hands its link to the explorer
// already running (InstanceServer), through the event loop, without waiting on the socket.
class InstanceClient : public QObject
{
    Q_OBJECT

public:
    explicit InstanceClient(QObject *parent = nullptr);

    // Connects to name and sends link; delivered() or failed() follows.
    void handOver(const QString &name, const QString &link);

signals:
    void delivered();
    // No explorer answers there (or it did not take the link in time): start one.
    void failed();

private:
    void finish(bool ok);

    QLocalSocket *m_socket;
    bool m_sent = false;
    bool m_finished = false;
};
