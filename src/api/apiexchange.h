// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "apitypes.h"
#include "clientsettings.h"
#include "ratepacer.h"

#include "core/apienvelope.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <functional>
#include <memory>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace VendorPack {

// What all requests of one client share: the network manager, the settings, the rate-limit
// pacing and the random source of the jitter.
struct ClientContext
{
    QPointer<QNetworkAccessManager> network;
    ClientSettings settings;
    RatePacer pacer;
    QRandomGenerator random { QRandomGenerator::securelySeeded() };
};

// One API request as the client sends it.
struct ExchangeRequest
{
    QByteArray method = "GET";
    QString path; // below the base URL: "/v2/purchase-orders"
    QList<std::pair<QString, QString>> query; // percent-encoded when sent; keys may repeat
    QByteArray body; // JSON for POST and PUT
    // GET and PUT are retried after 5xx, timeouts and dropped connections; a POST only when it
    // certainly did not reach the server (refused connection, 429).
    bool idempotent = true;
    QString subject; // for error messages: "the purchase orders"
    // Reads a 2xx body in place of the plain envelope reader: a list reads the whole document
    // at once and returns its envelope, with `problem` set when the body is unusable.
    std::function<ApiEnvelope(const QByteArray &body, QString *problem)> readBody;
    // The deadline of the whole call this request belongs to (pages, lookups, writes): the
    // exchange ends at the earlier of it and its own totalDeadlineMs. Forever: its own only.
    QDeadlineTimer callDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
};

// One request with its retries, timeouts, size cap, pacing, envelope reading and error typing.
class ApiExchange : public QObject
{
    Q_OBJECT
public:
    ApiExchange(std::shared_ptr<ClientContext> context, ExchangeRequest request,
                QObject *parent = nullptr);
    ~ApiExchange() override;

    void start();
    // Stops at once; nothing is emitted afterwards.
    void abort();

    // The outcome, once finished() has been emitted.
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    const ApiEnvelope &envelope() const { return m_envelope; }
    const ApiTrace &trace() const { return m_trace; }

    // The full URL of a request below the base (for tests and logs: no key in it, ever).
    static QUrl urlFor(const QUrl &baseUrl, const QString &path,
                       const QList<std::pair<QString, QString>> &query);

Q_SIGNALS:
    // After every attempt (also those that are retried).
    void attempted(const VendorPack::ApiTrace &trace);
    void finished();

private:
    enum class Abort { None, TooLarge, Deadline };

    void scheduleAttempt(qint64 delayMs);
    void sendAttempt();
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    void onAttemptDeadline();
    void classify(QNetworkReply *reply);
    void classifyHttp(const QByteArray &contentType);
    bool retryDelay(qint64 *delayMs) const;
    void finishWith(const ApiError &error);
    void failBeforeSending(ApiError::Kind kind, const QString &message);
    QString endpointKey() const;
    void releaseReply();

    std::shared_ptr<ClientContext> m_context;
    ExchangeRequest m_request;
    QUrl m_url;
    QString m_loggablePath;
    QDeadlineTimer m_deadline;
    QTimer m_waitTimer;
    QTimer m_attemptTimer;
    QElapsedTimer m_attemptClock;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    QStringList m_sslErrors;
    Abort m_abort = Abort::None;
    int m_attempt = 0;
    int m_status = 0;
    qint64 m_declaredLength = -1;
    bool m_requestSent = false;
    bool m_done = false;
    ApiEnvelope m_envelope;
    ApiError m_error;
    ApiTrace m_trace;
    RatePacer::Announcement m_announcement;
};

} // namespace VendorPack
