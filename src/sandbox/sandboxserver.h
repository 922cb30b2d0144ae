// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxoptions.h"

#include <QAbstractHttpServer>
#include <QTimer>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServerResponder;
QT_END_NAMESPACE

namespace VendorPack {

class SandboxApi;
class SandboxState;
struct SandboxReply;

// The sandbox on HTTP, bound to 127.0.0.1 only: adapts requests and replies for SandboxApi and
// holds the socket, so that it can answer late (latency) or not at all (a dropped response).
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Loads or seeds the state; listen() does it when it has not been done.
    bool initialize(QString *error = nullptr);
    // Listens on 127.0.0.1 (port 0: a free one) and returns the port; 0 on failure, with the
    // reason in errorString().
    quint16 listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    // The base URL a client is given: http://127.0.0.1:<port>/api
    QUrl baseUrl() const;
    QString errorString() const { return m_error; }

    SandboxState &state() { return *m_state; }
    SandboxApi &api() { return *m_api; }

signals:
    // No request for options().exitAfterIdleSeconds.
    void idleTimeout();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void onIdleTimerTimeout();
    void deliver(QHttpServerResponder &responder, QTcpSocket *socket, const SandboxReply &reply);
    void refuseTooLarge(QTcpSocket *socket, qint64 bytes);

    std::unique_ptr<SandboxState> m_state;
    std::unique_ptr<SandboxApi> m_api;
    QTimer m_idleTimer;
    quint16 m_port = 0;
    int m_pendingReplies = 0;
    QString m_error;
};

} // namespace VendorPack
