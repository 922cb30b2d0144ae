// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientsettings.h"
#include "purchaseorderservice.h"

#include <memory>

class QNetworkAccessManager;

namespace VendorPack {

struct ClientContext;

// The PurchaseOrderService of ChannelEngine's Merchant API v2.22.12 (the five purchase-order
// endpoints), over an injected QNetworkAccessManager.
//
// Every request carries the key in the X-CE-KEY header, has a transfer timeout and a deadline,
// a cap on the answer's size, and is paced by the rate-limit headers. GETs and PUTs are retried
// with exponential backoff and jitter after 5xx, timeouts and dropped connections, and after a
// 429 as long as retry-after says; a POST only when it certainly never reached the server.
class ChannelEngineClient : public PurchaseOrderService
{
    Q_OBJECT
public:
    // The network manager must outlive the client's calls; the client does not own it.
    ChannelEngineClient(QNetworkAccessManager *network, const ClientSettings &settings,
                        QObject *parent = nullptr);
    ~ChannelEngineClient() override;

    const ClientSettings &settings() const;
    // Applies to requests sent from now on, also the next attempts of running calls.
    void setSettings(const ClientSettings &settings);
    // Makes the jitter of the backoff reproducible (tests).
    void setRandomSeed(quint32 seed);

    PurchaseOrdersCall *fetchPurchaseOrders(const PurchaseOrderQuery &query) override;
    WriteCall *acknowledge(const AcknowledgementRequest &request) override;
    WriteCall *createShipment(const Shipment &shipment) override;
    WriteCall *updateShipment(const Shipment &shipment) override;
    MerchantShipmentsCall *fetchMerchantShipments(const MerchantShipmentQuery &query) override;
    ShipmentPushCall *pushShipment(const Shipment &shipment,
                                   RemoteShipmentState known
                                   = RemoteShipmentState::Unknown) override;

    // The endpoint paths below the base URL.
    static QString purchaseOrdersPath();
    static QString acknowledgePath();
    static QString shipmentsPath();
    static QString merchantShipmentsPath();

private:
    WriteCall *write(QByteArray method, QString path, QByteArray body, bool idempotent,
                     QString subject);

    std::shared_ptr<ClientContext> m_context;
};

} // namespace VendorPack
