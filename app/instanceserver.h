#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

// The running explorer's end of "one explorer per user and display": a later launch connects
// to it and sends its link and a newline (or only the newline, to raise the window). What
// arrives is hostile input from any process of the same user: it is read up to one byte past
// ViewLink::maximumLength, within a few seconds or never, and handed on as text, to be parsed
// like any link (which refuses one that long), never run.
class InstanceServer : public QObject
{
    Q_OBJECT

public:
    // Per user and display, in the user's runtime folder (private to the user).
    static QString socketName();

    explicit InstanceServer(QObject *parent = nullptr);
    ~InstanceServer() override;

    // Listens on name, reachable by its user only; a socket left by an explorer that crashed
    // is replaced. Returns false and says why when it cannot listen.
    bool listen(const QString &name, QString *error);
    QString fullServerName() const;

signals:
    // A later launch asked for this link; empty when it had none (raise the window).
    void linkReceived(const QString &link);

private:
    void accept();
    void read(QLocalSocket *socket);

    QLocalServer *m_server;
};
