// SPDX-License-Identifier: GPL-3.0-or-later
#include "shipmentpush.h"

#include "apilog.h"
#include "pagedfetch.h"

#include <algorithm>

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
    connect(&m_backoff, &QTimer::timeout, this,
            [this] { lookup(LookupReason::AfterUncertainPost); });
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
    m_lookup.reset(); // deleting a running call cancels it
    if (m_exchange) {
        m_exchange->abort();
        m_exchange->deleteLater();
        m_exchange = nullptr;
    }
}

ApiExchange *ShipmentPush::newExchange(const ExchangeRequest &request)
{
    ExchangeRequest bounded = request;
    bounded.callDeadline = m_deadline; // the whole push, not each of its requests
    m_exchange = new ApiExchange(m_context, bounded, this);
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
    if (m_aborted)
        return;
    m_lookupReason = reason;
    ++m_call->mutableResult().lookups;
    m_lookup.reset(startMerchantShipmentsFetch(
        m_context, MerchantShipmentQuery::byMerchantShipmentNo(m_merchantShipmentNo, m_channelId),
        m_deadline));
    connect(m_lookup.get(), &ApiCall::finished, this, &ShipmentPush::onLookupFinished);
}

void ShipmentPush::onLookupFinished()
{
    if (m_aborted || !m_lookup)
        return;
    // Deleted later: this runs inside its finished().
    MerchantShipmentsCall *lookup = m_lookup.release();
    lookup->deleteLater();
    for (const ApiTrace &trace : lookup->exchanges())
        m_call->reportExchange(trace);
    if (lookup->error().isError()) {
        ApiError error = lookup->error();
        error.subject = tr("the lookup of shipment %1").arg(m_merchantShipmentNo);
        if (m_postMayHaveApplied) {
            // The POST's fate is still unknown: the caller must look it up before posting.
            error.mayHaveBeenApplied = true;
            m_call->mutableResult().postMayHaveBeenApplied = true;
        }
        fail(error);
        return;
    }
    std::optional<MerchantShipment> found;
    for (const MerchantShipment &shipment : lookup->result().shipments) {
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
    settleOrFail();
}

void ShipmentPush::settleOrFail()
{
    // The earlier POST may still land (a slow server): never POST again within this push, look
    // it up again a few times within the settle window.
    const RetryPolicy &policy = m_context->settings.retry;
    const qint64 left = m_settleDeadline.remainingTime();
    if (left > 0) {
        ++m_settleLookups;
        const qint64 base = std::max(policy.initialDelayMs, 200);
        const qint64 backoff = std::min<qint64>(base << std::min(m_settleLookups - 1, 10),
                                                std::max(policy.maxDelayMs, 200));
        const qint64 delay = std::min(backoff, left);
        qCInfo(lcApi).noquote() << QStringLiteral("shipment %1 is not listed yet after an "
                                                  "uncertain POST; looking again in %2 ms")
                                       .arg(m_merchantShipmentNo)
                                       .arg(delay);
        m_backoff.start(int(delay));
        return;
    }
    ApiError error = m_lastPostError;
    error.mayHaveBeenApplied = true;
    error.message = tr("%1; ChannelEngine did not list it afterwards, but the POST may still be "
                       "applied: it is not sent again now, the next push looks it up first")
                        .arg(m_lastPostError.message);
    m_call->mutableResult().postMayHaveBeenApplied = true;
    fail(error);
}

void ShipmentPush::send(const QByteArray &method, bool idempotent, void (ShipmentPush::*finished)())
{
    ExchangeRequest request;
    request.method = method;
    request.path = QLatin1String(kShipmentsPath);
    request.body = m_body;
    request.idempotent = idempotent;
    request.subject = tr("the shipment %1").arg(m_merchantShipmentNo);
    ApiExchange *exchange = newExchange(request);
    connect(exchange, &ApiExchange::finished, this, finished);
    exchange->start();
}

void ShipmentPush::post()
{
    if (m_aborted)
        return;
    ++m_call->mutableResult().posts;
    send("POST", false, &ShipmentPush::onPostFinished);
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
        m_settleLookups = 0;
        const qint64 window = std::min<qint64>(m_context->settings.timeoutMs,
                                               std::max<qint64>(m_deadline.remainingTime(), 0));
        m_settleDeadline = QDeadlineTimer(window);
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
    send("PUT", true, &ShipmentPush::onPutFinished);
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
