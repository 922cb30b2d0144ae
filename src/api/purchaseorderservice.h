// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apicall.h"
#include "apitypes.h"

#include "core/acknowledgementjson.h"

#include <QObject>

namespace VendorPack {

class Shipment;

// The connector the rest of the program talks to for orders and shipments; ChannelEngine is one
// implementation, and another marketplace or EDI connector would be another.
//
// Every method returns at once with a call handle (see ApiCall for its contract: finished() from
// the event loop exactly once, owned by the caller, cancellable). Arguments are copied or
// serialised before the method returns, so the caller may change or destroy them at once.
class PurchaseOrderService : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~PurchaseOrderService() override;

    // All pages of the purchase orders matching the query; progressed() after each page.
    virtual PurchaseOrdersCall *fetchPurchaseOrders(const PurchaseOrderQuery &query) = 0;
    // Acknowledges lines of one purchase order.
    virtual WriteCall *acknowledge(const AcknowledgementRequest &request) = 0;
    // A plain create (POST) or update (PUT) for a caller that knows which one is right. A create
    // is never repeated once it may have reached the server; use pushShipment() for that.
    virtual WriteCall *createShipment(const Shipment &shipment) = 0;
    virtual WriteCall *updateShipment(const Shipment &shipment) = 0;
    // All pages of the shipments matching the query, as the API lists them.
    virtual MerchantShipmentsCall *fetchMerchantShipments(const MerchantShipmentQuery &query) = 0;
    // Creates or updates the shipment so that the API holds exactly this content, and never
    // creates it twice: looks it up by MerchantShipmentNo whenever it may exist already.
    virtual ShipmentPushCall *pushShipment(const Shipment &shipment,
                                           RemoteShipmentState known = RemoteShipmentState::Unknown)
        = 0;
};

} // namespace VendorPack
