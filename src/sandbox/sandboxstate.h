// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ratelimiter.h"
#include "sandboxoptions.h"

#include "core/enums.h"
#include "core/jsonwriter.h"
#include "core/orderbook.h"
#include "core/purchaseorder.h"
#include "core/shipment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QRandomGenerator>

#include <memory>

namespace VendorPack {

// A shipment as the sandbox keeps it: the body exactly as last received, its tree, and dates.
struct StoredShipment
{
    qint64 id = 0;
    QString merchantShipmentNo;
    QByteArray body; // the request body of the last accepted POST or PUT, byte for byte
    std::shared_ptr<const Shipment> shipment; // that body, read
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deliveredAt; // invalid until an admin marks it delivered
    QDateTime previousExportAt; // when the version before the last update reached Amazon

    bool isDelivered() const { return deliveredAt.isValid(); }
};

// How often POST and PUT named one MerchantShipmentNo: accepted, and in all.
struct ShipmentCalls
{
    int posts = 0; // accepted creates (201)
    int puts = 0; // accepted updates (201)
    int postAttempts = 0; // every POST that named it, whatever the answer
    int putAttempts = 0;
};

// What the sandbox has served, for tests ("exactly one shipment, POSTed once") and demos.
struct SandboxStats
{
    qint64 requests = 0; // API requests (not admin), whatever their answer
    qint64 adminRequests = 0;
    qint64 failuresInjected = 0; // 500 before doing anything
    qint64 dropsInjected = 0; // work done, connection dropped
    qint64 rateLimited = 0; // 429
    QMap<QString, qint64> endpoints; // "POST /v2/purchase-orders/shipments" -> requests
    QMap<QString, ShipmentCalls> shipments; // MerchantShipmentNo -> calls

    qint64 faultsInjected() const { return failuresInjected + dropsInjected + rateLimited; }
};

// The sandbox's data: purchase orders, shipments, statistics and fault settings, kept in memory
// and, with a state file, saved after every change.
class SandboxState
{
    Q_DECLARE_TR_FUNCTIONS(SandboxState)
public:
    static constexpr const char *kFormat = "vendorpack-sandbox-state";
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxStateFileBytes = 1024LL * 1024 * 1024;

    explicit SandboxState(SandboxOptions options = SandboxOptions());
    ~SandboxState();
    SandboxState(const SandboxState &) = delete;
    SandboxState &operator=(const SandboxState &) = delete;

    // Loads the state file when one is set and exists; otherwise makes the demo orders from the
    // seed (and writes the state file when one is set). False, with `error` set, when the file
    // cannot be read or is not a sandbox state: it is never silently replaced.
    bool initialize(QString *error);
    bool isInitialized() const { return m_initialized; }

    const SandboxOptions &options() const { return m_options; }
    QDateTime now() const;

    // Purchase orders, in the order of their Id.
    const QList<PurchaseOrder> &orders() const { return m_orders; }
    int orderIndex(const QString &channelPurchaseOrderNo) const; // -1 when unknown
    int orderIndexById(qint64 id) const;
    // For changes in place; call ordersChanged() afterwards.
    PurchaseOrder &order(int index) { return m_orders[index]; }
    void ordersChanged();
    // The orders indexed for the packing rules.
    const OrderBook &orderBook() const;

    // Adds new POs and replaces known ones (by ChannelPurchaseOrderNo), giving Ids to those
    // without one and bumping UpdatedAt.
    struct Upsert
    {
        int added = 0;
        int replaced = 0;
    };
    Upsert upsertOrders(QList<PurchaseOrder> orders);

    // Shipments, in the order they were created.
    const QList<StoredShipment> &shipments() const { return m_shipments; }
    const StoredShipment *shipment(const QString &merchantShipmentNo) const;
    StoredShipment *shipment(const QString &merchantShipmentNo);
    const StoredShipment &addShipment(const QString &merchantShipmentNo, QByteArray body,
                                      std::shared_ptr<const Shipment> shipment);
    void replaceShipment(StoredShipment &stored, QByteArray body,
                         std::shared_ptr<const Shipment> shipment);
    // Marks a shipment delivered; false when it is unknown.
    bool deliver(const QString &merchantShipmentNo);

    // LastExportStatus: NONE after a change, SUCCESS exportDelaySeconds later (at once with 0)
    // and once delivered.
    struct Export
    {
        ExportStatus status = ExportStatus::None;
        QDateTime exportedAt; // LastExportedAt; invalid before the first export
    };
    Export exportOf(const StoredShipment &stored) const;

    const SandboxFaults &faults() const { return m_faults; }
    void setFaults(const SandboxFaults &faults);
    // Seeded decisions: the same seed and the same requests give the same faults.
    bool drawFailure();
    bool drawDrop();
    RateLimiter &rateLimiter() { return m_rateLimiter; }

    SandboxStats &stats() { return m_stats; }
    const SandboxStats &stats() const { return m_stats; }
    // The statistics as a JSON object into an open writer (GET /api/admin/stats, the state file).
    void writeStats(JsonWriter &writer) const;

    // A fresh RequestId and the LogId that goes with it.
    QString newRequestId();
    QString newLogId();

    // Writes the state file, atomically (a no-op without one). False with `error` on failure.
    bool save(QString *error = nullptr) const;
    // The whole state as JSON, and back.
    QByteArray toJson() const;
    bool loadJson(const QByteArray &json, QString *error);

private:
    void rebuildOrderIndex();

    SandboxOptions m_options;
    bool m_initialized = false;
    QList<PurchaseOrder> m_orders;
    QHash<QString, int> m_orderByNumber;
    QHash<qint64, int> m_orderById;
    mutable std::unique_ptr<OrderBook> m_orderBook; // null when the orders changed
    QList<StoredShipment> m_shipments;
    QHash<QString, int> m_shipmentByNumber;
    SandboxFaults m_faults;
    QRandomGenerator m_faultRng;
    RateLimiter m_rateLimiter;
    SandboxStats m_stats;
    qint64 m_logCounter = 0;
};

} // namespace VendorPack
