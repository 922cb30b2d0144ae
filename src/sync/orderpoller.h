// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncsettings.h"

#include "core/enums.h"
#include "storage/purchaseorderrepository.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace VendorPack {

class ApiCall;
class PurchaseOrderService;
class Station;
class SyncLog;
class SyncStateStore;
class SyncStatus;
struct ApiError;

// A change to a purchase order that shipments are being packed from: a cancellation (blocking:
// the packer must stop) or a changed quantity (a warning on the lines).
struct OrderAlert
{
    enum class Kind { Cancelled, QuantityChanged };
    Kind kind = Kind::Cancelled;
    QString purchaseOrderNo;
    QString merchantProductNo; // QuantityChanged: the line's SKU
    qint64 oldQuantity = 0;
    qint64 newQuantity = 0;
    QList<qint64> shipmentIds; // shipments holding lines of the order
    QStringList merchantShipmentNos;
    QString message;

    bool isBlocking() const { return kind == Kind::Cancelled; }
};

// Polls the API for purchase orders on a timer and on demand (incrementally by update date with
// an overlap, every page), stores them, reports what changed for orders being packed, and reads
// the LastExportStatus of pushed shipments.
class OrderPoller : public QObject
{
    Q_OBJECT
public:
    OrderPoller(Station &station, PurchaseOrderService &service, SyncStatus &status, SyncLog &log,
                SyncSettings settings = SyncSettings(), QObject *parent = nullptr);
    ~OrderPoller() override;

    bool isPolling() const { return m_call != nullptr; }
    // The end of the last poll that succeeded; invalid before.
    QDateTime lastSuccess() const { return m_lastSuccess; }
    // Why the last poll failed (the API's message, never the key); empty after a success.
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    // Polls now and then every orderPollIntervalMs.
    void start();
    void stop();
    // Polls at once (after the running poll if one runs).
    void pollNow();

Q_SIGNALS:
    // A poll began (its orders request was sent).
    void pollStarted();
    // Pages of orders received of total (-1: not known yet), as ApiCall::progressed says.
    void progressed(int done, int total);
    void ordersChanged(const VendorPack::PurchaseOrderChanges &changes);
    void alertRaised(const VendorPack::OrderAlert &alert);
    void exportStatusChanged(qint64 shipmentId, VendorPack::ExportStatus status);
    void authorizationRequired();
    void pollFinished(bool success);

private:
    void onOrdersFinished();
    void pollExportStatus();
    void onExportStatusFinished();
    void finishPoll(bool success);
    bool handleError(const ApiError &error, const QString &action);
    void raiseAlerts(const PurchaseOrderChanges &changes);
    void log(const QString &subject, const QString &action, const QString &result,
             const QString &requestId = QString(), bool failed = false);

    Station &m_station;
    PurchaseOrderService &m_service;
    SyncStatus &m_status;
    SyncLog &m_log;
    SyncSettings m_settings;
    std::unique_ptr<SyncStateStore> m_store;
    QTimer m_timer;
    std::unique_ptr<ApiCall> m_call;
    QStringList m_exportQueue; // MerchantShipmentNos whose status is still to be read
    QDateTime m_lastSuccess;
    QString m_lastError;
    bool m_again = false;
    bool m_running = false;
};

} // namespace VendorPack

Q_DECLARE_METATYPE(VendorPack::OrderAlert)
Q_DECLARE_METATYPE(VendorPack::PurchaseOrderChanges)
