// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiexchange.h"

#include "apilog.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <algorithm>
#include <cstring>
#include <limits>

namespace VendorPack {

namespace {

bool isConnectionLevel(QNetworkReply::NetworkError code)
{
    const int value = int(code);
    return (value >= 1 && value <= 99) || (value >= 101 && value <= 199);
}

bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body)
{
    if (contentType.contains("html"))
        return true;
    const QByteArray start = body.left(64).trimmed().toLower();
    return start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith("<");
}

// The <title> of an HTML page, short, for a message that says what the proxy answered.
QString htmlTitle(const QByteArray &body)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]{1,200})</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = title.match(QString::fromUtf8(body.left(4096)));
    return match.hasMatch() ? match.captured(1).simplified() : QString();
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'g', 3);
}

// A request body that can be read once and never rewound. QtNetwork silently sends a request
// again when the connection drops while it waits for the answer; it cannot do that with this
// body, so a POST reaches the server at most once per attempt (it fails with ContentReSendError
// instead, which is classified as a dropped connection).
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_offset + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_offset);
        if (n <= 0)
            return m_offset >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace

ApiExchange::ApiExchange(std::shared_ptr<ClientContext> context, ExchangeRequest request,
                         QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_request(std::move(request))
{
    m_waitTimer.setSingleShot(true);
    m_attemptTimer.setSingleShot(true);
    connect(&m_waitTimer, &QTimer::timeout, this, &ApiExchange::sendAttempt);
    connect(&m_attemptTimer, &QTimer::timeout, this, &ApiExchange::onAttemptDeadline);
    m_url = urlFor(m_context->settings.baseUrl, m_request.path, m_request.query);
    m_loggablePath = ApiLog::loggablePath(m_url);
    m_trace.method = m_request.method;
    m_trace.path = m_loggablePath;
}

ApiExchange::~ApiExchange()
{
    releaseReply();
}

QUrl ApiExchange::urlFor(const QUrl &baseUrl, const QString &path,
                         const QList<std::pair<QString, QString>> &query)
{
    QUrl url = baseUrl;
    QString fullPath = baseUrl.path();
    while (fullPath.endsWith(QLatin1Char('/')))
        fullPath.chop(1);
    url.setPath(fullPath + path);
    if (!query.isEmpty()) {
        QByteArray text;
        for (const auto &[key, value] : query) {
            if (!text.isEmpty())
                text += '&';
            text += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
        }
        url.setQuery(QString::fromLatin1(text));
    } else {
        url.setQuery(QString());
    }
    return url;
}

QString ApiExchange::endpointKey() const
{
    return QString::fromLatin1(m_request.method) + QLatin1Char(' ') + m_request.path;
}

void ApiExchange::start()
{
    m_deadline = std::min(QDeadlineTimer(m_context->settings.retry.totalDeadlineMs),
                          m_request.callDeadline);
    scheduleAttempt(0);
}

void ApiExchange::abort()
{
    if (m_done)
        return;
    m_done = true;
    m_waitTimer.stop();
    m_attemptTimer.stop();
    releaseReply();
}

void ApiExchange::releaseReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void ApiExchange::scheduleAttempt(qint64 delayMs)
{
    const qint64 pace = m_context->pacer.waitMs(endpointKey());
    const qint64 wait = std::max(delayMs, pace);
    if (pace > 0 && pace >= m_deadline.remainingTime()) {
        ApiError error;
        error.kind = ApiError::Kind::RateLimited;
        error.subject = m_request.subject;
        error.retryAfterMs = pace;
        error.message = tr("requests to this endpoint are paused for %1 s after ChannelEngine's "
                           "rate limit, beyond the request's deadline")
                            .arg(seconds(pace));
        qCWarning(lcApi).noquote() << QString::fromLatin1(m_request.method) << m_loggablePath
                                   << QLatin1String("not sent:") << error.message;
        finishWith(error);
        return;
    }
    if (wait > 0) {
        qCDebug(lcApi).noquote() << QString::fromLatin1(m_request.method) << m_loggablePath
                                 << QLatin1String("waits") << wait << QLatin1String("ms");
    }
    m_waitTimer.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

void ApiExchange::failBeforeSending(ApiError::Kind kind, const QString &message)
{
    ApiError error;
    error.kind = kind;
    error.subject = m_request.subject;
    error.message = message;
    finishWith(error);
}

void ApiExchange::sendAttempt()
{
    if (m_done)
        return;
    const ClientSettings &settings = m_context->settings;
    ApiError invalid = settings.check();
    if (invalid.isError()) {
        qCWarning(lcApi).noquote() << QString::fromLatin1(m_request.method) << m_loggablePath
                                   << QLatin1String("not sent:") << invalid.message;
        finishWith(invalid);
        return;
    }
    QNetworkAccessManager *network = m_context->network;
    if (!network) {
        failBeforeSending(ApiError::Kind::Network, tr("the network manager no longer exists"));
        return;
    }

    ++m_attempt;
    m_body.clear();
    m_status = 0;
    m_declaredLength = -1;
    m_requestSent = false;
    m_sslErrors.clear();
    m_abort = Abort::None;
    m_envelope = ApiEnvelope();
    m_announcement = RatePacer::Announcement();
    m_url = urlFor(settings.baseUrl, m_request.path, m_request.query);
    m_loggablePath = ApiLog::loggablePath(m_url);

    QNetworkRequest request(m_url);
    // The key travels in a header only: URLs end up in proxy and server logs.
    request.setRawHeader("X-CE-KEY", settings.apiKey.toLatin1());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("VendorPack"));
    if (m_request.method != "GET")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    request.setTransferTimeout(settings.timeoutMs);
    // A redirect would carry the key to wherever it points: refuse it instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

    QNetworkReply *reply = nullptr;
    if (m_request.method == "GET") {
        reply = network->get(request);
    } else if (m_request.idempotent) {
        reply = network->sendCustomRequest(request, m_request.method, m_request.body);
    } else {
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_request.body, nullptr);
        reply = network->sendCustomRequest(request, m_request.method, body);
        body->setParent(reply);
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiExchange::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &ApiExchange::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiExchange::onReplyFinished);
    connect(reply, &QNetworkReply::requestSent, this, [this] { m_requestSent = true; });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        if (sent > 0)
            m_requestSent = true;
    });
#if QT_CONFIG(ssl)
    // Recorded for the message; never ignored.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors.append(error.errorString());
    });
#endif
    m_attemptClock.start();
    const qint64 limit = std::min<qint64>(settings.deadlineMs, m_deadline.remainingTime());
    m_attemptTimer.start(int(std::clamp<qint64>(limit, 1, std::numeric_limits<int>::max())));
}

void ApiExchange::onMetaDataChanged()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid()) {
        m_declaredLength = length.toLongLong();
        if (m_declaredLength > m_context->settings.maxResponseBytes) {
            m_abort = Abort::TooLarge;
            reply->abort();
        }
    }
}

void ApiExchange::onReadyRead()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_abort != Abort::None || !reply->isOpen())
        return;
    m_body += reply->readAll();
    if (m_body.size() > m_context->settings.maxResponseBytes) {
        m_abort = Abort::TooLarge;
        m_body.clear();
        reply->abort();
    }
}

void ApiExchange::onAttemptDeadline()
{
    if (m_reply) {
        m_abort = Abort::Deadline;
        m_reply->abort(); // finished() follows at once
        return;
    }
    if (!m_done) {
        failBeforeSending(ApiError::Kind::Network,
                          tr("the request vanished (the network manager was destroyed)"));
    }
}

void ApiExchange::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    m_attemptTimer.stop();
    // Qt closes a reply it aborted itself (the transfer timeout): reading it would only warn.
    if (m_abort == Abort::None && reply->isOpen()) {
        m_body += reply->readAll();
        if (m_body.size() > m_context->settings.maxResponseBytes) {
            m_abort = Abort::TooLarge;
            m_body.clear();
        }
    }
    if (m_abort == Abort::TooLarge)
        m_body.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status > 0)
        m_status = status;
    m_announcement = RatePacer::parse(reply->rawHeader("x-rate-limit-limit"),
                                      reply->rawHeader("x-rate-limit-remaining"),
                                      reply->rawHeader("retry-after"));
    classify(reply);

    const RetryPolicy &policy = m_context->settings.retry;
    if (m_status > 0)
        m_context->pacer.record(endpointKey(), m_status, m_announcement, policy);

    m_trace = ApiTrace();
    m_trace.method = m_request.method;
    m_trace.path = m_loggablePath;
    m_trace.httpStatus = m_status;
    m_trace.requestId = m_error.isError() ? m_error.requestId : m_envelope.requestId;
    m_trace.logId = m_error.isError() ? m_error.logId : m_envelope.logId;
    m_trace.attempt = m_attempt;
    m_trace.elapsedMs = m_attemptClock.elapsed();
    m_trace.rateLimitRemaining = m_announcement.remaining;

    const QString ids = (m_trace.requestId.isEmpty() && m_trace.logId.isEmpty())
        ? QString()
        : QStringLiteral(" (request %1, log %2)")
              .arg(m_trace.requestId.isEmpty() ? QStringLiteral("-") : m_trace.requestId,
                   m_trace.logId.isEmpty() ? QStringLiteral("-") : m_trace.logId);
    const QString line = QString::fromLatin1(m_request.method) + QLatin1Char(' ') + m_loggablePath
        + QLatin1String(" -> ") + (m_status > 0 ? QString::number(m_status) : QStringLiteral("-"))
        + QLatin1String(" in ") + QString::number(m_trace.elapsedMs) + QLatin1String(" ms") + ids
        + QStringLiteral(", attempt %1/%2").arg(m_attempt).arg(policy.maxAttempts);
    if (m_error.isError()) {
        qCWarning(lcApi).noquote() << line + QLatin1String(": ") + ApiError::kindName(m_error.kind)
                + QLatin1String(": ") + m_error.message;
    } else {
        qCInfo(lcApi).noquote() << line;
    }

    releaseReply();
    const QPointer<ApiExchange> self(this);
    Q_EMIT attempted(m_trace);
    if (!self || m_done)
        return;

    qint64 delay = 0;
    if (m_error.isError() && retryDelay(&delay)) {
        qCInfo(lcApi).noquote() << QStringLiteral("retrying %1 %2 in %3 ms")
                                       .arg(QString::fromLatin1(m_request.method), m_loggablePath)
                                       .arg(delay);
        scheduleAttempt(delay);
        return;
    }
    finishWith(m_error);
}

bool ApiExchange::retryDelay(qint64 *delayMs) const
{
    const RetryPolicy &policy = m_context->settings.retry;
    if (!m_error.isRetryable())
        return false;
    // A write that may have been applied is never sent blindly again.
    if (!m_request.idempotent && m_error.mayHaveBeenApplied)
        return false;
    if (m_attempt >= policy.maxAttempts)
        return false;
    qint64 delay = 0;
    if (m_error.kind == ApiError::Kind::RateLimited && m_error.retryAfterMs >= 0) {
        // The server said how long: wait for it as long as the deadline allows.
        delay = m_error.retryAfterMs;
    } else {
        delay = policy.backoffMs(m_attempt, m_context->random);
    }
    delay = std::max(delay, m_context->pacer.waitMs(endpointKey()));
    if (delay >= m_deadline.remainingTime())
        return false;
    *delayMs = delay;
    return true;
}

void ApiExchange::classify(QNetworkReply *reply)
{
    const ClientSettings &settings = m_context->settings;
    m_error = ApiError();
    m_error.subject = m_request.subject;
    m_error.httpStatus = m_status;
    const QNetworkReply::NetworkError code = reply->error();

    if (m_abort == Abort::TooLarge) {
        m_error.kind = ApiError::Kind::BadResponse;
        m_error.message = tr("the answer is larger than the limit of %1 bytes; it was aborted")
                              .arg(settings.maxResponseBytes);
        m_error.mayHaveBeenApplied = m_requestSent;
        return;
    }
    if (m_abort == Abort::Deadline) {
        m_error.kind = ApiError::Kind::Timeout;
        const qint64 elapsed = m_attemptClock.elapsed();
        m_error.message = m_status > 0
            ? tr("the answer was still arriving after %1 s; it was aborted").arg(seconds(elapsed))
            : tr("no answer within %1 s").arg(seconds(elapsed));
        m_error.mayHaveBeenApplied = m_requestSent || m_status > 0;
        return;
    }
    if (code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError) {
        // Only the transfer timeout cancels a reply we did not abort ourselves.
        m_error.kind = ApiError::Kind::Timeout;
        m_error.message = tr("nothing arrived for %1 s").arg(seconds(settings.timeoutMs));
        m_error.mayHaveBeenApplied = m_requestSent || m_status > 0;
        return;
    }
    if (code == QNetworkReply::SslHandshakeFailedError
        || (isConnectionLevel(code) && !m_sslErrors.isEmpty())) {
        m_error.kind = ApiError::Kind::Tls;
        const QString details
            = m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors.join(QLatin1String("; "));
        m_error.message = tr("%1: %2 (certificate errors are never ignored)")
                              .arg(m_url.host(), ApiLog::scrub(details, settings.apiKey));
        return;
    }
    if (code == QNetworkReply::ContentReSendError && m_status == 0) {
        // QtNetwork wanted to send the request again after the connection dropped.
        m_error.kind = ApiError::Kind::Network;
        m_error.mayHaveBeenApplied = true;
        m_error.message = tr("the server closed the connection without answering");
        return;
    }
    if (isConnectionLevel(code)) {
        if (m_status > 0) {
            m_error.kind = ApiError::Kind::BadResponse;
            m_error.transient = true;
            m_error.mayHaveBeenApplied = true;
            m_error.message = m_declaredLength >= 0
                ? tr("the answer was cut off after %1 of %2 bytes")
                      .arg(m_body.size())
                      .arg(m_declaredLength)
                : tr("the answer was cut off after %1 bytes").arg(m_body.size());
            return;
        }
        m_error.kind = ApiError::Kind::Network;
        m_error.mayHaveBeenApplied = m_requestSent && code != QNetworkReply::ConnectionRefusedError
            && code != QNetworkReply::HostNotFoundError;
        m_error.message = code == QNetworkReply::RemoteHostClosedError
            ? tr("the server closed the connection without answering")
            : ApiLog::scrub(reply->errorString(), settings.apiKey);
        return;
    }
    if (m_status == 0) {
        m_error.kind = ApiError::Kind::BadResponse;
        m_error.transient = true;
        m_error.mayHaveBeenApplied = m_requestSent;
        m_error.message = tr("no valid HTTP answer (%1)")
                              .arg(ApiLog::scrub(reply->errorString(), settings.apiKey));
        return;
    }
    if (m_declaredLength >= 0 && m_body.size() < m_declaredLength
        && reply->rawHeader("Content-Encoding").isEmpty()) {
        m_error.kind = ApiError::Kind::BadResponse;
        m_error.transient = true;
        m_error.mayHaveBeenApplied = true;
        m_error.message = tr("the answer was cut off after %1 of %2 bytes")
                              .arg(m_body.size())
                              .arg(m_declaredLength);
        return;
    }
    classifyHttp(reply->rawHeader("Content-Type").toLower());
    if (m_error.isError() && m_error.message.isEmpty()) {
        const QString reason
            = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        m_error.message = reason.isEmpty()
            ? tr("HTTP %1").arg(m_status)
            : tr("HTTP %1 %2").arg(m_status).arg(ApiLog::scrub(reason, settings.apiKey));
    }
    if (m_error.kind == ApiError::Kind::RateLimited)
        m_error.retryAfterMs = m_announcement.retryAfterMs.value_or(-1);
    if (m_error.kind == ApiError::Kind::BadResponse && m_status >= 300 && m_status < 400) {
        const QString location = QString::fromLatin1(reply->rawHeader("Location"));
        const QUrl target = m_url.resolved(QUrl(location));
        m_error.message
            = tr("unexpected redirect (HTTP %1) to %2; redirects are not followed, "
                 "so that the key is never sent elsewhere")
                  .arg(m_status)
                  .arg(target.host().isEmpty() ? tr("an unknown place") : target.host());
    }
}

void ApiExchange::classifyHttp(const QByteArray &contentType)
{
    const QString &key = m_context->settings.apiKey;
    const int status = m_status;
    const QByteArray trimmed = m_body.trimmed();
    const bool html = !trimmed.isEmpty() && looksLikeHtml(contentType, trimmed);
    const bool jsonType = contentType.isEmpty() || contentType.contains("json");

    auto takeEnvelope = [&] {
        m_error.requestId = ApiLog::scrub(m_envelope.requestId, key);
        m_error.logId = ApiLog::scrub(m_envelope.logId, key);
        m_error.exceptionType = ApiLog::scrub(m_envelope.exceptionType, key);
        m_error.message = ApiLog::scrub(m_envelope.message, key);
        for (auto it = m_envelope.validationErrors.cbegin();
             it != m_envelope.validationErrors.cend(); ++it) {
            QStringList messages;
            for (const QString &text : it.value())
                messages.append(ApiLog::scrub(text, key));
            m_error.validationErrors.insert(ApiLog::scrub(it.key(), key), messages);
        }
    };
    auto notJson = [&] {
        const QString title = htmlTitle(m_body);
        const QString type = contentType.isEmpty() ? QStringLiteral("no content type")
                                                   : QString::fromLatin1(contentType);
        QString text = html ? tr("an HTML page (%1) instead of JSON; a proxy or gateway "
                                 "answered?")
                                  .arg(type)
                            : tr("%1 instead of JSON").arg(type);
        if (!title.isEmpty())
            text += QLatin1String(": ") + ApiLog::scrub(title, key);
        return text;
    };

    if (status >= 200 && status < 300) {
        if (html || (!jsonType && !trimmed.isEmpty())) {
            m_error.kind = ApiError::Kind::BadResponse;
            m_error.mayHaveBeenApplied = true;
            m_error.message = notJson();
            return;
        }
        if (m_request.readBody) {
            QString problem;
            m_envelope = m_request.readBody(m_body, &problem);
            if (!problem.isEmpty()) {
                m_error.kind = ApiError::Kind::BadResponse;
                m_error.mayHaveBeenApplied = true;
                m_error.requestId = ApiLog::scrub(m_envelope.requestId, key);
                m_error.logId = ApiLog::scrub(m_envelope.logId, key);
                m_error.message = problem;
                return;
            }
        } else {
            if (trimmed.isEmpty())
                return; // an empty 201/204 confirms as well
            QString parseError;
            m_envelope = ApiEnvelope::read(m_body, &parseError);
            if (!parseError.isEmpty()) {
                m_error.kind = ApiError::Kind::BadResponse;
                m_error.mayHaveBeenApplied = true;
                m_error.message = tr("malformed JSON: %1").arg(parseError);
                return;
            }
        }
        if (m_envelope.success == false) {
            m_error.kind = ApiError::Kind::BadResponse;
            m_error.mayHaveBeenApplied = true;
            takeEnvelope();
            m_error.message = m_error.message.isEmpty()
                ? tr("HTTP %1 but Success is false").arg(status)
                : tr("HTTP %1 but Success is false: %2").arg(status).arg(m_error.message);
        }
        return;
    }
    if (status >= 300 && status < 400) {
        m_error.kind = ApiError::Kind::BadResponse; // the message is set by classify()
        return;
    }

    bool envelopeRead = false;
    if (!html && !trimmed.isEmpty()) {
        QString parseError;
        m_envelope = ApiEnvelope::read(m_body, &parseError);
        envelopeRead = parseError.isEmpty();
        if (envelopeRead)
            takeEnvelope();
    }
    if (status >= 500) {
        m_error.mayHaveBeenApplied = true; // the server had the request
        if (html || (!envelopeRead && !trimmed.isEmpty())) {
            m_error.kind = ApiError::Kind::BadResponse;
            m_error.message = tr("HTTP %1 with %2").arg(status).arg(notJson());
        } else {
            m_error.kind = ApiError::Kind::Server;
        }
        return;
    }
    switch (status) {
    case 400:
        m_error.kind = ApiError::Kind::Rejected;
        break;
    case 401:
    case 403:
        m_error.kind = ApiError::Kind::Unauthorized;
        break;
    case 404:
        m_error.kind = ApiError::Kind::NotFound;
        break;
    case 408:
        m_error.kind = ApiError::Kind::Timeout;
        break;
    case 409:
        m_error.kind = ApiError::Kind::Conflict;
        break;
    case 429:
        m_error.kind = ApiError::Kind::RateLimited;
        break;
    default:
        m_error.kind = ApiError::Kind::Rejected;
        break;
    }
    if (!envelopeRead && !trimmed.isEmpty() && m_error.message.isEmpty())
        m_error.message = tr("HTTP %1 with %2").arg(status).arg(notJson());
}

void ApiExchange::finishWith(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    m_waitTimer.stop();
    m_attemptTimer.stop();
    Q_EMIT finished();
}

} // namespace VendorPack
