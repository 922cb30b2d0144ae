// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderpoller.h"

#include "synclog.h"
#include "syncstatestore.h"
#include "syncstatus.h"

#include "api/apicall.h"
#include "api/purchaseorderservice.h"
#include "packing/station.h"
#include "storage/shipmentrepository.h"

namespace VendorPack {

namespace {

// MerchantShipmentNos asked for in one listing.
constexpr int kExportBatch = 50;

} // namespace

OrderPoller::OrderPoller(Station &station, PurchaseOrderService &service, SyncStatus &status,
                         SyncLog &log, SyncSettings settings, QObject *parent)
    : QObject(parent)
    , m_station(station)
    , m_service(service)
    , m_status(status)
    , m_log(log)
    , m_settings(settings)
    , m_store(std::make_unique<SyncStateStore>(station.database()))
{
    m_timer.setSingleShot(false);
    connect(&m_timer, &QTimer::timeout, this, &OrderPoller::pollNow);
}

OrderPoller::~OrderPoller() = default;

void OrderPoller::start()
{
    m_running = true;
    m_timer.start(qMax(1000, m_settings.orderPollIntervalMs));
    pollNow();
}

void OrderPoller::stop()
{
    m_running = false;
    m_timer.stop();
    m_call.reset();
    m_again = false;
}

void OrderPoller::pollNow()
{
    if (m_call) {
        m_again = true;
        return;
    }
    if (m_status.isPaused())
        return;
    PurchaseOrderQuery query;
    // The station's channel only, as every other pull of the station.
    if (m_station.profile().channelId > 0)
        query.channelId = m_station.profile().channelId;
    QString error;
    const QDateTime newest = m_store->newestOrderUpdate(&error);
    if (newest.isValid()) {
        // Every status: a cancellation must be seen too.
        query.updatedFrom = newest.addSecs(-qMax(0, m_settings.orderPollOverlapSeconds));
    } else {
        query.statuses = { PurchaseOrderStatus::New, PurchaseOrderStatus::InProgress };
    }
    m_call.reset(m_service.fetchPurchaseOrders(query));
    connect(m_call.get(), &ApiCall::progressed, this, &OrderPoller::progressed);
    connect(m_call.get(), &ApiCall::finished, this, &OrderPoller::onOrdersFinished);
    Q_EMIT pollStarted();
}

void OrderPoller::onOrdersFinished()
{
    auto *call = static_cast<PurchaseOrdersCall *>(m_call.release());
    call->deleteLater();
    if (!call->isSuccess()) {
        handleError(call->error(), tr("poll orders"));
        finishPoll(false);
        return;
    }
    m_status.setContact(QDateTime::currentDateTimeUtc());
    const PurchaseOrdersResult &result = call->result();
    QString error;
    // Closed orders matter only when the station knows them (a cancellation to report).
    const std::optional<QSet<QString>> known = m_store->orderNumbers(&error);
    QList<PurchaseOrder> relevant;
    for (const PurchaseOrder &order : result.orders) {
        if (!order.isClosedForPacking() || !known || known->contains(order.channelPurchaseOrderNo))
            relevant.append(order);
    }
    const std::optional<PurchaseOrderChanges> changes
        = m_station.purchaseOrders().upsert(relevant, &error);
    if (!changes) {
        m_lastError = tr("The purchase orders could not be stored: %1").arg(error);
        log(tr("Orders"), tr("poll orders"), tr("not stored: %1").arg(error), result.last.requestId,
            true);
        finishPoll(false);
        return;
    }
    log(tr("Orders"), tr("poll orders"),
        tr("%1 received: %2 new, %3 changed, %4 cancelled")
            .arg(result.orders.size())
            .arg(changes->added.size())
            .arg(changes->updated.size())
            .arg(changes->cancelled.size()),
        result.last.requestId);
    if (!changes->isEmpty())
        Q_EMIT ordersChanged(*changes);
    raiseAlerts(*changes);

    m_exportQueue.clear();
    if (const auto records = m_store->records(false, &error)) {
        for (const ShipmentSyncRecord &record : *records) {
            if (record.pushedVersion)
                m_exportQueue.append(record.merchantShipmentNo);
        }
    }
    pollExportStatus();
}

void OrderPoller::raiseAlerts(const PurchaseOrderChanges &changes)
{
    QString error;
    for (const QString &number : changes.cancelled) {
        const auto holding = m_store->shipmentsHolding(number, &error);
        if (!holding || holding->isEmpty())
            continue;
        OrderAlert alert;
        alert.kind = OrderAlert::Kind::Cancelled;
        alert.purchaseOrderNo = number;
        for (const auto &[id, shipmentNo] : *holding) {
            alert.shipmentIds.append(id);
            alert.merchantShipmentNos.append(shipmentNo);
        }
        alert.message = tr("Purchase order %1 was cancelled, but shipment(s) %2 hold its lines: "
                           "stop packing it and take its items out.")
                            .arg(number, alert.merchantShipmentNos.join(QLatin1String(", ")));
        log(tr("PO %1").arg(number), tr("poll orders"), alert.message, QString(), true);
        Q_EMIT alertRaised(alert);
    }
    for (const PurchaseOrderChanges::QuantityChange &change : changes.quantityChanges) {
        const auto holding = m_store->shipmentsHolding(change.purchaseOrderNo, &error);
        if (!holding || holding->isEmpty())
            continue;
        OrderAlert alert;
        alert.kind = OrderAlert::Kind::QuantityChanged;
        alert.purchaseOrderNo = change.purchaseOrderNo;
        alert.merchantProductNo = change.merchantProductNo;
        alert.oldQuantity = change.oldQuantity;
        alert.newQuantity = change.newQuantity;
        for (const auto &[id, shipmentNo] : *holding) {
            alert.shipmentIds.append(id);
            alert.merchantShipmentNos.append(shipmentNo);
        }
        alert.message = tr("Purchase order %1 now orders %2 of %3 instead of %4: check what is "
                           "packed in %5.")
                            .arg(change.purchaseOrderNo)
                            .arg(change.newQuantity)
                            .arg(change.merchantProductNo)
                            .arg(change.oldQuantity)
                            .arg(alert.merchantShipmentNos.join(QLatin1String(", ")));
        log(tr("PO %1").arg(change.purchaseOrderNo), tr("poll orders"), alert.message);
        Q_EMIT alertRaised(alert);
    }
}

void OrderPoller::pollExportStatus()
{
    if (m_exportQueue.isEmpty()) {
        finishPoll(true);
        return;
    }
    MerchantShipmentQuery query;
    query.identifierType = ShipmentIdentifierType::MerchantShipmentNo;
    query.identifiers = m_exportQueue.mid(0, kExportBatch);
    m_exportQueue = m_exportQueue.mid(kExportBatch);
    m_call.reset(m_service.fetchMerchantShipments(query));
    connect(m_call.get(), &ApiCall::finished, this, &OrderPoller::onExportStatusFinished);
}

void OrderPoller::onExportStatusFinished()
{
    auto *call = static_cast<MerchantShipmentsCall *>(m_call.release());
    call->deleteLater();
    if (!call->isSuccess()) {
        handleError(call->error(), tr("export status"));
        finishPoll(false);
        return;
    }
    m_status.setContact(QDateTime::currentDateTimeUtc());
    QString error;
    for (const MerchantShipment &listed : call->result().shipments) {
        const auto id = m_station.shipments().idOf(listed.merchantShipmentNo);
        if (!id)
            continue;
        const std::optional<ShipmentSyncRecord> before = m_store->record(*id, &error);
        if (!before || before->lastExportStatus == listed.lastExportStatus)
            continue;
        if (!m_store->recordExportStatus(listed.merchantShipmentNo, listed.lastExportStatus,
                                         &error)) {
            log(tr("Shipment %1").arg(listed.merchantShipmentNo), tr("export status"),
                tr("not stored: %1").arg(error), QString(), true);
            continue;
        }
        if (std::optional<ShipmentSyncStatus> status = m_status.shipment(*id)) {
            status->lastExportStatus = listed.lastExportStatus;
            m_status.setShipment(*status);
        }
        log(tr("Shipment %1").arg(listed.merchantShipmentNo), tr("export status"),
            QString(enumToWire(listed.lastExportStatus)), call->result().last.requestId);
        Q_EMIT exportStatusChanged(*id, listed.lastExportStatus);
    }
    pollExportStatus();
}

bool OrderPoller::handleError(const ApiError &error, const QString &action)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return false;
    m_lastError = error.toText();
    if (error.kind == ApiError::Kind::Unauthorized) {
        m_status.setPaused(true, tr("the API key was refused"));
        log(tr("Orders"), action, tr("paused: %1").arg(error.toText()), error.requestId, true);
        Q_EMIT authorizationRequired();
        return true;
    }
    if (error.httpStatus > 0 && error.httpStatus < 500)
        m_status.setContact(QDateTime::currentDateTimeUtc());
    else
        m_status.setOnline(false);
    log(tr("Orders"), action, error.toText(), error.requestId, true);
    return true;
}

void OrderPoller::finishPoll(bool success)
{
    m_exportQueue.clear();
    if (success) {
        m_lastSuccess = QDateTime::currentDateTimeUtc();
        m_lastError.clear();
    }
    Q_EMIT pollFinished(success);
    if (m_again) {
        m_again = false;
        QTimer::singleShot(0, this, &OrderPoller::pollNow);
    }
}

void OrderPoller::log(const QString &subject, const QString &action, const QString &result,
                      const QString &requestId, bool failed)
{
    m_log.append(subject, action, result, requestId, failed);
}

} // namespace VendorPack
