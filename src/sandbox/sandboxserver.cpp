// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"

#include "sandboxapi.h"
#include "sandboxstate.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <functional>

namespace VendorPack {

namespace {

// Socket properties of the body guard.
constexpr const char *kPendingBytes = "vendorpack.pendingBytes";
constexpr const char *kRefused = "vendorpack.refused";
// Room for the request line and headers besides the body.
constexpr qint64 kHeaderAllowance = 64 * 1024;

// The Content-Length of a request whose head is in `head`; -1 when it is not known yet.
qint64 declaredContentLength(const QByteArray &head)
{
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    for (const QByteArray &line : head.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 || line.left(colon).trimmed().toLower() != "content-length")
            continue;
        bool ok = false;
        const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
        return ok ? length : -1;
    }
    return -1;
}

// A TCP server that watches each request's size while it arrives, so that a body over the
// limit is refused with 413 before it is read into memory. Its readyRead handler runs before the
// HTTP server's, because it is connected first.
class GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(qint64 maxBodyBytes, std::function<void(QTcpSocket *, qint64)> refuse,
                     QObject *parent)
        : QTcpServer(parent)
        , m_maxBodyBytes(maxBodyBytes)
        , m_refuse(std::move(refuse))
    {
    }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { watch(socket); });
        addPendingConnection(socket);
    }

private:
    void watch(QTcpSocket *socket)
    {
        if (socket->property(kRefused).toBool())
            return;
        const qint64 available = socket->bytesAvailable();
        qint64 pending = socket->property(kPendingBytes).toLongLong();
        if (pending == 0) { // the start of a request
            const qint64 declared
                = declaredContentLength(socket->peek(qMin<qint64>(available, kHeaderAllowance)));
            if (declared > m_maxBodyBytes) {
                m_refuse(socket, declared);
                return;
            }
        }
        pending += available;
        if (pending > m_maxBodyBytes + kHeaderAllowance) {
            m_refuse(socket, pending);
            return;
        }
        socket->setProperty(kPendingBytes, pending);
    }

    qint64 m_maxBodyBytes;
    std::function<void(QTcpSocket *, qint64)> m_refuse;
};

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

SandboxRequest toSandboxRequest(const QHttpServerRequest &request)
{
    SandboxRequest r;
    r.method = methodName(request.method());
    const QUrl url = request.url();
    r.path = url.path(QUrl::FullyDecoded);
    r.query = SandboxRequest::parseQuery(url.query(QUrl::FullyEncoded).toLatin1());
    const auto headers = request.headers();
    for (const auto &[name, value] : headers)
        r.headers.append({ name.toLower(), value });
    r.body = request.body();
    return r;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    default:
        return QByteArrayLiteral("Error");
    }
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_state(std::make_unique<SandboxState>(std::move(options)))
    , m_api(std::make_unique<SandboxApi>(*m_state))
{
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &SandboxServer::onIdleTimerTimeout);
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::initialize(QString *error)
{
    QString problem;
    const bool ok = m_state->initialize(&problem);
    if (!ok) {
        m_error = problem;
        if (error)
            *error = problem;
    }
    return ok;
}

quint16 SandboxServer::listen(quint16 port)
{
    if (m_port != 0) {
        m_error = tr("the sandbox is listening already, on port %1").arg(m_port);
        return 0;
    }
    if (!initialize())
        return 0;
    auto *tcp = new GuardedTcpServer(
        m_state->options().maxBodyBytes,
        [this](QTcpSocket *socket, qint64 bytes) { refuseTooLarge(socket, bytes); }, this);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        m_error = tr("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(tcp->errorString());
        delete tcp;
        return 0;
    }
    bind(tcp);
    m_port = tcp->serverPort();
    const int idle = m_state->options().exitAfterIdleSeconds;
    if (idle > 0) {
        m_idleTimer.setInterval(idle * 1000);
        m_idleTimer.start();
    }
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/api"));
    return url;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (m_idleTimer.interval() > 0 && m_state->options().exitAfterIdleSeconds > 0)
        m_idleTimer.start();
    if (socket->property(kRefused).toBool())
        return true; // answered with 413 while it arrived
    socket->setProperty(kPendingBytes, 0);

    const SandboxReply reply = m_api->handle(toSandboxRequest(request));
    if (reply.deferredWork) {
        // The write lands after its answer went out (or was dropped).
        ++m_pendingReplies;
        QTimer::singleShot(std::max(0, reply.delayMs) + std::max(0, reply.deferredWorkMs), this,
                           [this, work = reply.deferredWork] {
                               --m_pendingReplies;
                               work();
                           });
    }
    if (reply.delayMs <= 0) {
        QHttpServerResponder responder = makeResponder(request, socket);
        deliver(responder, socket, reply);
        return true;
    }
    // Answer later; the socket may be gone by then (the client gave up).
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    ++m_pendingReplies;
    QTimer::singleShot(reply.delayMs, this, [this, responder, guard, reply] {
        --m_pendingReplies;
        if (m_idleTimer.interval() > 0 && m_state->options().exitAfterIdleSeconds > 0)
            m_idleTimer.start();
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            deliver(*responder, guard, reply);
    });
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this is only a safety net.
    QHttpServerResponder responder = makeResponder(request, socket);
    SandboxRequest unknown;
    unknown.method = methodName(request.method());
    unknown.path = QStringLiteral("/");
    deliver(responder, socket, m_api->handle(unknown));
}

void SandboxServer::deliver(QHttpServerResponder &responder, QTcpSocket *socket,
                            const SandboxReply &reply)
{
    if (reply.dropConnection) {
        socket->abort(); // the work is done; the client never hears of it
        return;
    }
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(reply.body.size()));
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeBody(reply.body);
}

void SandboxServer::refuseTooLarge(QTcpSocket *socket, qint64 bytes)
{
    ++m_state->stats().requests;
    const SandboxReply reply = m_api->payloadTooLarge(bytes);
    socket->setProperty(kRefused, true);
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
        + reasonPhrase(reply.status) + "\r\nContent-Type: " + reply.contentType
        + "\r\nContent-Length: " + QByteArray::number(reply.body.size())
        + "\r\nConnection: close\r\n\r\n" + reply.body;
    socket->write(answer);
    socket->disconnectFromHost();
}

void SandboxServer::onIdleTimerTimeout()
{
    if (m_pendingReplies > 0) {
        m_idleTimer.start();
        return;
    }
    emit idleTimeout();
}

} // namespace VendorPack
