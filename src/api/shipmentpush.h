// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apicall.h"
#include "apiexchange.h"

#include "core/merchantshipmentjson.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace VendorPack {

// The "never twice" push of one shipment: look it up by MerchantShipmentNo whenever it may
// exist, PUT when it does, POST when it does not, and after a POST whose fate is unknown (a
// timeout, a dropped connection, a 5xx) or a 409, look it up again instead of posting blindly.
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
    ApiExchange *newExchange(const ExchangeRequest &request);
    void takeExchange(ApiExchange *exchange);
    void fail(ApiError error);
    void succeed(ShipmentPushResult::Action action, const ApiTrace &trace);

    std::shared_ptr<ClientContext> m_context;
    QByteArray m_body;
    QString m_merchantShipmentNo;
    std::optional<qint64> m_channelId;
    RemoteShipmentState m_known;
    ShipmentPushCall *m_call;
    ApiExchange *m_exchange = nullptr;
    QTimer m_backoff;
    QDeadlineTimer m_deadline;
    LookupReason m_lookupReason = LookupReason::Initial;
    MerchantShipmentsDocument m_listing; // of the last lookup
    ApiError m_lastPostError;
    bool m_postMayHaveApplied = false;
    bool m_aborted = false;
};

} // namespace VendorPack
