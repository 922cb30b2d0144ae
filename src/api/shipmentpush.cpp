// SPDX-License-Identifier: GPL-3.0-or-later
#include "shipmentpush.h"

#include "apilog.h"

namespace VendorPack {

ShipmentPush::ShipmentPush(std::shared_ptr<ClientContext> context, QByteArray body,
                           QString merchantShipmentNo, std::optional<qint64> channelId,
                           RemoteShipmentState known, ShipmentPushCall *call)
    : QObject(call)
    , m_context(std::move(context))
    , m_body(std::move(body))
    , m_merchantShipmentNo(std::move(merchantShipmentNo))
    , m_channelId(channelId)
    , m_known(known)
    , m_call(call)
{
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &ShipmentPush::post);
    m_call->mutableResult().merchantShipmentNo = m_merchantShipmentNo;
}

void ShipmentPush::start()
{
    m_deadline = QDeadlineTimer(m_context->settings.retry.totalDeadlineMs);
    if (m_merchantShipmentNo.trimmed().isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Rejected;
        error.subject = tr("the shipment");
        error.message = tr("it has no MerchantShipmentNo, so it cannot be pushed without the "
                           "risk of creating it twice; nothing was sent");
        fail(error);
        return;
    }
    switch (m_known) {
    case RemoteShipmentState::Unknown:
        lookup(LookupReason::Initial);
        break;
    case RemoteShipmentState::Absent:
        post();
        break;
    case RemoteShipmentState::Exists:
        put();
        break;
    }
}

void ShipmentPush::abort()
{
    m_aborted = true;
    m_backoff.stop();
    if (m_exchange) {
        m_exchange->abort();
        m_exchange->deleteLater();
        m_exchange = nullptr;
    }
}

ApiExchange *ShipmentPush::newExchange(const ExchangeRequest &request)
{
    m_exchange = new ApiExchange(m_context, request, this);
    connect(m_exchange, &ApiExchange::attempted, m_call, &ApiCall::reportExchange);
    return m_exchange;
}

void ShipmentPush::takeExchange(ApiExchange *exchange)
{
    if (m_exchange == exchange)
        m_exchange = nullptr;
    exchange->deleteLater();
}

void ShipmentPush::lookup(LookupReason reason)
{
    m_lookupReason = reason;
    ++m_call->mutableResult().lookups;
    ExchangeRequest request;
    request.method = "GET";
    request.path = QLatin1String(kMerchantShipmentsPath);
    request.query = {
        { QStringLiteral("identifiers.identifierType"),
          enumToWire(ShipmentIdentifierType::MerchantShipmentNo) },
        { QStringLiteral("identifiers.models"), m_merchantShipmentNo },
    };
    if (m_channelId)
        request.query.append({ QStringLiteral("channelId"), QString::number(*m_channelId) });
    request.query.append({ QStringLiteral("pageNumber"), QStringLiteral("1") });
    request.query.append({ QStringLiteral("pageSize"), QStringLiteral("100") });
    request.subject = tr("the lookup of shipment %1").arg(m_merchantShipmentNo);
    request.readBody = [this](const QByteArray &body, QString *problem) {
        m_listing = MerchantShipmentJson::read(body);
        if (!m_listing.readable) {
            QString why;
            for (const Finding &finding : std::as_const(m_listing.findings)) {
                if (finding.severity == Severity::Error) {
                    why = finding.message;
                    break;
                }
            }
            *problem = tr("the shipment listing could not be read: %1").arg(why);
        }
        return m_listing.envelope;
    };
    m_listing = MerchantShipmentsDocument();
    ApiExchange *exchange = newExchange(request);
    connect(exchange, &ApiExchange::finished, this, &ShipmentPush::onLookupFinished);
    exchange->start();
}

void ShipmentPush::onLookupFinished()
{
    auto *exchange = qobject_cast<ApiExchange *>(sender());
    takeExchange(exchange);
    if (m_aborted)
        return;
    if (exchange->error().isError()) {
        fail(exchange->error());
        return;
    }
    std::optional<MerchantShipment> found;
    for (const MerchantShipment &shipment : std::as_const(m_listing.shipments)) {
        if (shipment.merchantShipmentNo == m_merchantShipmentNo) {
            found = shipment;
            break;
        }
    }
    qCInfo(lcApi).noquote() << QStringLiteral("shipment %1 %2 on ChannelEngine")
                                   .arg(m_merchantShipmentNo,
                                        found ? QStringLiteral("exists")
                                              : QStringLiteral("does not exist"));
    if (found) {
        m_call->mutableResult().existing = found;
        if (m_lookupReason == LookupReason::AfterNotFound) {
            // PUT said 404, the listing says it exists: do not guess.
            ApiError error = m_lastPostError;
            error.message = tr("ChannelEngine lists the shipment but refused to update it (404)");
            fail(error);
            return;
        }
        put();
        return;
    }
    switch (m_lookupReason) {
    case LookupReason::Initial:
    case LookupReason::AfterNotFound:
        post();
        return;
    case LookupReason::AfterConflict: {
        ApiError error = m_lastPostError;
        error.message = tr("ChannelEngine reported a conflict but lists no shipment %1: %2")
                            .arg(m_merchantShipmentNo, m_lastPostError.detailText());
        fail(error);
        return;
    }
    case LookupReason::AfterUncertainPost:
        break;
    }
    // The earlier POST did not take: send it again, after a pause, within the policy.
    const RetryPolicy &policy = m_context->settings.retry;
    const int posts = m_call->result().posts;
    if (posts >= policy.maxAttempts) {
        fail(m_lastPostError);
        return;
    }
    const int delay = policy.backoffMs(posts, m_context->random);
    if (delay >= m_deadline.remainingTime()) {
        fail(m_lastPostError);
        return;
    }
    qCInfo(lcApi).noquote() << QStringLiteral("shipment %1: the earlier POST did not take; "
                                              "posting again in %2 ms")
                                   .arg(m_merchantShipmentNo)
                                   .arg(delay);
    m_backoff.start(delay);
}

void ShipmentPush::post()
{
    if (m_aborted)
        return;
    ++m_call->mutableResult().posts;
    ExchangeRequest request;
    request.method = "POST";
    request.path = QLatin1String(kShipmentsPath);
    request.body = m_body;
    request.idempotent = false;
    request.subject = tr("the shipment %1").arg(m_merchantShipmentNo);
    ApiExchange *exchange = newExchange(request);
    connect(exchange, &ApiExchange::finished, this, &ShipmentPush::onPostFinished);
    exchange->start();
}

void ShipmentPush::onPostFinished()
{
    auto *exchange = qobject_cast<ApiExchange *>(sender());
    takeExchange(exchange);
    if (m_aborted)
        return;
    const ApiError &error = exchange->error();
    if (!error.isError()) {
        succeed(ShipmentPushResult::Action::Created, exchange->trace());
        return;
    }
    m_lastPostError = error;
    if (error.kind == ApiError::Kind::Conflict) {
        lookup(LookupReason::AfterConflict);
        return;
    }
    if (error.mayHaveBeenApplied) {
        m_postMayHaveApplied = true;
        qCWarning(lcApi).noquote()
            << QStringLiteral("shipment %1: the POST may have been applied (%2); looking it up "
                              "before anything else")
                   .arg(m_merchantShipmentNo, ApiError::kindName(error.kind));
        lookup(LookupReason::AfterUncertainPost);
        return;
    }
    fail(error);
}

void ShipmentPush::put()
{
    if (m_aborted)
        return;
    ++m_call->mutableResult().puts;
    ExchangeRequest request;
    request.method = "PUT";
    request.path = QLatin1String(kShipmentsPath);
    request.body = m_body;
    request.idempotent = true;
    request.subject = tr("the shipment %1").arg(m_merchantShipmentNo);
    ApiExchange *exchange = newExchange(request);
    connect(exchange, &ApiExchange::finished, this, &ShipmentPush::onPutFinished);
    exchange->start();
}

void ShipmentPush::onPutFinished()
{
    auto *exchange = qobject_cast<ApiExchange *>(sender());
    takeExchange(exchange);
    if (m_aborted)
        return;
    const ApiError &error = exchange->error();
    if (!error.isError()) {
        succeed(m_postMayHaveApplied ? ShipmentPushResult::Action::Created
                                     : ShipmentPushResult::Action::Updated,
                exchange->trace());
        return;
    }
    if (error.kind == ApiError::Kind::NotFound && m_known == RemoteShipmentState::Exists
        && m_call->result().lookups == 0) {
        m_lastPostError = error;
        lookup(LookupReason::AfterNotFound);
        return;
    }
    fail(error);
}

void ShipmentPush::fail(ApiError error)
{
    if (error.subject.isEmpty())
        error.subject = tr("the shipment %1").arg(m_merchantShipmentNo);
    m_call->finish(error);
}

void ShipmentPush::succeed(ShipmentPushResult::Action action, const ApiTrace &trace)
{
    ShipmentPushResult &result = m_call->mutableResult();
    result.action = action;
    result.recoveredUncertainPost = m_postMayHaveApplied;
    result.last = trace;
    qCInfo(lcApi).noquote() << QStringLiteral("shipment %1 %2")
                                   .arg(m_merchantShipmentNo,
                                        action == ShipmentPushResult::Action::Created
                                            ? QStringLiteral("created")
                                            : QStringLiteral("updated"));
    m_call->finish();
}

} // namespace VendorPack
