// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncsettings.h"
#include "syncstatestore.h"

#include "core/finding.h"
#include "core/rulecontext.h"
#include "storage/outbox.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <memory>
#include <optional>

namespace VendorPack {

class ApiCall;
class OrderBook;
class PurchaseOrderService;
class Shipment;
class Station;
class SyncLog;
class SyncStatus;
struct ApiError;

// Drains the station's outbox to the API on the event loop: shipment pushes coalesced per
// shipment (debounced, newest version wins, only error-free versions, POST then PUT, never
// twice), acknowledgements, one request at a time in outbox order, with backoff and jitter,
// honouring 429 retry-after, pausing on a refused key and keeping the status and the log true.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    // The station, the service, the status and the log must outlive the worker.
    SyncWorker(Station &station, PurchaseOrderService &service, SyncStatus &status, SyncLog &log,
               SyncSettings settings = SyncSettings(), QObject *parent = nullptr);
    ~SyncWorker() override;

    const SyncSettings &settings() const { return m_settings; }
    void setSettings(const SyncSettings &settings) { m_settings = settings; }
    // Makes the backoff jitter reproducible (tests).
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }

    // A request is on its way.
    bool isBusy() const { return m_call != nullptr; }
    // Changes that will still be sent (parked ones, which wait for an edit, do not count).
    bool hasPendingWork() const;
    // What the window asks when the user quits with changes waiting.
    QString pendingWorkMessage() const;

    // The API's refusal of the shipment's last push, on its nodes (rule api.validation).
    Findings apiFindings(qint64 shipmentId) const;
    // Why the shipment must not be edited any more; empty when it may be.
    QString editRefusal(qint64 shipmentId) const;
    // Reads the shipment's sync state from the database into the status.
    void refreshShipment(qint64 shipmentId);

public Q_SLOTS:
    // Starts draining (and reads every shipment's state into the status).
    void start();
    // Stops; a request on its way is cancelled and its entry stays in the outbox.
    void stop();
    // Tries every waiting change now: no debounce, no backoff wait (but a rate limit's
    // retry-after is still honoured, and parked changes wait for their edit).
    void syncNow();
    // An entry was enqueued: look at the outbox now instead of at the next scan.
    void notifyEnqueued();
    // After a new API key: lifts the pause and goes on.
    void resume();
    // The stored purchase orders changed (the poller): validate against them from now on.
    void invalidateOrders();

Q_SIGNALS:
    void authorizationRequired();
    void pushStarted(qint64 shipmentId, qint64 version);
    void shipmentConfirmed(qint64 shipmentId, qint64 version);
    void shipmentRejected(qint64 shipmentId, const VendorPack::Findings &findings);
    void shipmentLocked(qint64 shipmentId, const QString &reason);
    void acknowledgementFinished(qint64 purchaseOrderId, bool pushed);

private:
    // The entry being worked on, and what was sent for it.
    struct InFlight
    {
        OutboxEntry entry;
        qint64 version = 0; // shipments: the version sent
        QString subject; // for the log
        QString merchantShipmentNo;
        FrozenIdentity frozen;
        std::unique_ptr<Shipment> shipment; // shipments: the tree sent (maps API errors)
    };

    void schedule(qint64 delayMs);
    void scan();
    bool startShipment(const OutboxEntry &entry);
    bool startAcknowledgement(const OutboxEntry &entry);
    void onShipmentPushFinished();
    void onAcknowledgementFinished();
    void handleFailure(const ApiError &error, bool postMayHaveBeenApplied);
    void noteAnswer(const ApiError &error);
    void park(const OutboxEntry &entry, const QString &reason);
    void retryLater(const OutboxEntry &entry, const QString &reason, qint64 delayMs);
    qint64 backoffMs(int attempts);
    RuleContext ruleContext();
    void updateWaiting();
    void logEvent(const QString &subject, const QString &action, const QString &result,
                  const QString &requestId = QString(), bool failed = false);
    void logDatabaseError(const QString &what, const QString &error);
    static QString shipmentSubject(const QString &merchantShipmentNo, qint64 version);

    Station &m_station;
    PurchaseOrderService &m_service;
    SyncStatus &m_status;
    SyncLog &m_log;
    SyncSettings m_settings;
    std::unique_ptr<SyncStateStore> m_store;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QRandomGenerator m_random;
    bool m_running = false;
    bool m_skipDebounce = false;
    qint64 m_rateLimitedUntilMs = 0; // on m_clock
    // Shipment entries: the version last seen and when (on m_clock), for the debounce.
    struct Seen
    {
        std::optional<qint64> version;
        qint64 atMs = 0;
    };
    QHash<qint64, Seen> m_seen;
    std::unique_ptr<ApiCall> m_call;
    InFlight m_inFlight;
    std::unique_ptr<OrderBook> m_orders;
    QElapsedTimer m_ordersAge;
};

} // namespace VendorPack
