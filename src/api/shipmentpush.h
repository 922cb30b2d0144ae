// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apicall.h"
#include "apiexchange.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace VendorPack {

// The "never twice" push of one shipment: look it up by MerchantShipmentNo whenever it may
// exist, PUT when it does, POST when it does not, and after a POST whose fate is unknown (a
// timeout, a dropped connection, a 5xx) or a 409, look it up again instead of posting blindly.
//
// A push never sends a second POST after one that may have been applied: a slow server may
// store it after the lookup. It polls the lookup for a settle window instead (a few lookups
// with backoff, for up to min(timeoutMs, the remaining deadline)); found means PUT, still absent
// means the push fails with mayHaveBeenApplied set (the outcome is unknown), and the next push
// looks the shipment up first.
class ShipmentPush : public QObject
{
    Q_OBJECT
public:
    ShipmentPush(std::shared_ptr<ClientContext> context, QByteArray body,
                 QString merchantShipmentNo, std::optional<qint64> channelId,
                 RemoteShipmentState known, ShipmentPushCall *call);

    void start();
    void abort();

    static constexpr auto kShipmentsPath = "/v2/purchase-orders/shipments";
    static constexpr auto kMerchantShipmentsPath = "/v2/purchase-orders/shipments/merchant";

private:
    enum class LookupReason { Initial, AfterUncertainPost, AfterConflict, AfterNotFound };

    void lookup(LookupReason reason);
    void onLookupFinished();
    void post();
    void onPostFinished();
    void put();
    void onPutFinished();
    // Sends the shipment body with POST or PUT; `finished` handles the answer.
    void send(const QByteArray &method, bool idempotent, void (ShipmentPush::*finished)());
    ApiExchange *newExchange(const ExchangeRequest &request);
    void takeExchange(ApiExchange *exchange);
    void settleOrFail();
    void fail(ApiError error);
    void succeed(ShipmentPushResult::Action action, const ApiTrace &trace);

    std::shared_ptr<ClientContext> m_context;
    QByteArray m_body;
    QString m_merchantShipmentNo;
    std::optional<qint64> m_channelId;
    RemoteShipmentState m_known;
    ShipmentPushCall *m_call;
    ApiExchange *m_exchange = nullptr;
    std::unique_ptr<MerchantShipmentsCall> m_lookup; // the running lookup, shared with
                                                     // fetchMerchantShipments
    QTimer m_backoff;
    QDeadlineTimer m_deadline;
    QDeadlineTimer m_settleDeadline; // the lookups after an uncertain POST end here
    int m_settleLookups = 0;
    LookupReason m_lookupReason = LookupReason::Initial;
    ApiError m_lastPostError;
    bool m_postMayHaveApplied = false;
    bool m_aborted = false;
};

} // namespace VendorPack
