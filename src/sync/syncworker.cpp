// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncworker.h"

#include "storage/outboxkinds.h"
#include "synclog.h"
#include "syncstatus.h"

#include "api/apicall.h"
#include "api/purchaseorderservice.h"
#include "core/acknowledgementjson.h"
#include "core/orderbook.h"
#include "core/validator.h"
#include "packing/station.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/purchaseorderrepository.h"
#include "storage/shipmentrepository.h"
#include "storage/ssccledger.h"
#include "storage/transaction.h"

#include <algorithm>
#include <cmath>

namespace VendorPack {

namespace {

// The stored orders are read again after this long even without invalidateOrders() (another
// station's poller may have changed them).
constexpr qint64 kOrdersMaxAgeMs = 5 * 60 * 1000;
constexpr int kDueBatch = 100;

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', ms < 10000 ? 1 : 0);
}

bool isOffline(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
        return true;
    case ApiError::Kind::BadResponse:
        return error.httpStatus == 0 || error.httpStatus >= 500;
    default:
        return false;
    }
}

} // namespace

SyncWorker::SyncWorker(Station &station, PurchaseOrderService &service, SyncStatus &status,
                       SyncLog &log, SyncSettings settings, QObject *parent)
    : QObject(parent)
    , m_station(station)
    , m_service(service)
    , m_status(status)
    , m_log(log)
    , m_settings(settings)
    , m_store(std::make_unique<SyncStateStore>(station.database()))
    , m_random(QRandomGenerator::securelySeeded())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncWorker::scan);
    m_clock.start();
}

SyncWorker::~SyncWorker()
{
    m_running = false;
    m_call.reset(); // cancels a running call; its entry stays pending
}

void SyncWorker::start()
{
    if (m_running)
        return;
    m_running = true;
    QString error;
    if (const auto records = m_store->records(false, &error)) {
        for (const ShipmentSyncRecord &record : *records)
            refreshShipment(record.shipmentId);
    } else {
        logDatabaseError(tr("reading the shipments' sync state"), error);
    }
    updateWaiting();
    schedule(0);
}

void SyncWorker::stop()
{
    m_running = false;
    m_timer.stop();
    m_call.reset();
    m_inFlight = InFlight();
}

void SyncWorker::syncNow()
{
    QString error;
    if (!m_store->makeDueNow(&error))
        logDatabaseError(tr("sync now"), error);
    m_skipDebounce = true;
    schedule(0);
}

void SyncWorker::notifyEnqueued()
{
    schedule(0);
}

void SyncWorker::resume()
{
    if (!m_status.isPaused())
        return;
    m_status.setPaused(false);
    logEvent(tr("Sync"), tr("resume"), tr("resumed with a new API key"));
    schedule(0);
}

void SyncWorker::invalidateOrders()
{
    m_orders.reset();
}

bool SyncWorker::hasPendingWork() const
{
    if (m_call)
        return true;
    return m_store->waitingCount().value_or(1) > 0;
}

QString SyncWorker::pendingWorkMessage() const
{
    const int waiting = qMax(1, int(m_store->waitingCount().value_or(0)));
    const QString changes = waiting == 1 ? tr("1 change is") : tr("%1 changes are").arg(waiting);
    return tr("%1 still waiting to be sent to ChannelEngine. Nothing is lost: the changes are "
              "kept on this station and sent when the program starts again. Quit anyway?")
        .arg(changes);
}

Findings SyncWorker::apiFindings(qint64 shipmentId) const
{
    const std::optional<ShipmentSyncRecord> record = m_store->record(shipmentId);
    if (!record || record->apiValidationErrors.isEmpty())
        return {};
    const std::unique_ptr<Shipment> shipment = m_station.shipments().load(shipmentId);
    if (!shipment)
        return {};
    return SyncStateStore::apiFindings(record->apiValidationErrors, *shipment);
}

QString SyncWorker::editRefusal(qint64 shipmentId) const
{
    return m_store->editRefusal(shipmentId);
}

void SyncWorker::refreshShipment(qint64 shipmentId)
{
    QString error;
    const std::optional<ShipmentSyncRecord> record = m_store->record(shipmentId, &error);
    if (!record)
        return;
    ShipmentSyncStatus status;
    status.shipmentId = shipmentId;
    status.merchantShipmentNo = record->merchantShipmentNo;
    status.localVersion = record->version;
    status.confirmedVersion = record->pushedVersion;
    status.lastPushAt = record->pushedAt;
    status.lastAttempt = record->lastAttempt;
    status.lastExportStatus = record->lastExportStatus;
    status.waitingEntries
        = int(m_store->waitingCount(Outbox::subjectName(OutboxSubject::Shipment), shipmentId)
                  .value_or(0));
    if (!record->apiValidationErrors.isEmpty())
        status.apiFindings = apiFindings(shipmentId);
    status.lockReason = record->lockReason();
    m_status.setShipment(status);
}

void SyncWorker::schedule(qint64 delayMs)
{
    if (!m_running)
        return;
    const int delay = int(std::clamp<qint64>(delayMs, 0, 24 * 3600 * 1000));
    if (m_timer.isActive() && m_timer.remainingTime() <= delay)
        return;
    m_timer.start(delay);
}

void SyncWorker::updateWaiting()
{
    const int waiting = int(m_store->waitingCount().value_or(m_status.waitingChanges()));
    const int parked = int(m_store->parkedCount().value_or(m_status.parkedChanges()));
    m_status.setWaiting(waiting, parked);
}

void SyncWorker::scan()
{
    if (!m_running || m_call || m_status.isPaused())
        return;
    const qint64 now = m_clock.elapsed();
    if (now < m_rateLimitedUntilMs) {
        schedule(m_rateLimitedUntilMs - now);
        return;
    }
    updateWaiting();
    QString error;
    const auto due = m_station.outbox().due(QDateTime::currentDateTimeUtc(), kDueBatch, &error);
    if (!due) {
        logDatabaseError(tr("reading the outbox"), error);
        schedule(m_settings.scanIntervalMs);
        return;
    }
    const bool skipDebounce = m_skipDebounce;
    m_skipDebounce = false;
    qint64 next = m_settings.scanIntervalMs;
    for (const OutboxEntry &entry : *due) {
        if (entry.kind == OutboxKinds::kShipmentPush
            && entry.subjectType == OutboxSubject::Shipment) {
            auto seen = m_seen.find(entry.id);
            if (seen == m_seen.end() || seen->version != entry.version) {
                seen = m_seen.insert(entry.id, Seen { entry.version, now });
                refreshShipment(entry.subjectId);
            }
            const qint64 quiet = now - seen->atMs;
            if (!skipDebounce && quiet < m_settings.debounceMs) {
                next = std::min<qint64>(next, m_settings.debounceMs - quiet);
                continue;
            }
            if (startShipment(entry))
                return;
        } else if (entry.subjectType == OutboxSubject::Acknowledgement) {
            if (startAcknowledgement(entry))
                return;
        } else {
            // Given up at once (not parked): a parked entry would hold back the subject's others.
            const QString reason = tr("the sync worker does not know outbox entries of kind "
                                      "\"%1\"")
                                       .arg(entry.kind);
            m_store->failEntry(entry.id, reason);
            logEvent(tr("Outbox entry %1").arg(entry.id), entry.kind,
                     tr("not sent: %1").arg(reason), QString(), true);
        }
    }
    updateWaiting();
    schedule(next);
}

RuleContext SyncWorker::ruleContext()
{
    if (!m_orders || m_ordersAge.elapsed() > kOrdersMaxAgeMs) {
        QString error;
        const auto orders = m_station.purchaseOrders().loadAll(&error);
        if (!orders)
            logDatabaseError(tr("reading the purchase orders"), error);
        m_orders = std::make_unique<OrderBook>(orders.value_or(QList<PurchaseOrder>()));
        m_ordersAge.start();
    }
    RuleContext context;
    context.settings = m_station.profile().rules;
    context.orders = m_orders.get();
    context.products = &m_station.products();
    context.ssccHistory = &m_station.ledger();
    return context;
}

QString SyncWorker::shipmentSubject(const QString &merchantShipmentNo, qint64 version)
{
    return tr("Shipment %1 v%2").arg(merchantShipmentNo).arg(version);
}

bool SyncWorker::startShipment(const OutboxEntry &entry)
{
    const qint64 id = entry.subjectId;
    QString error;
    const std::optional<ShipmentSyncRecord> record = m_store->record(id, &error);
    if (!record) {
        const QString reason = tr("shipment %1 is no longer stored: %2").arg(id).arg(error);
        m_store->failEntry(entry.id, reason);
        m_seen.remove(entry.id);
        logEvent(tr("Shipment %1").arg(id), tr("push"), tr("not sent: %1").arg(reason), QString(),
                 true);
        return false;
    }
    const QString number = record->merchantShipmentNo;
    if (record->isLocked() || record->status == QLatin1String("cancelled")) {
        const QString reason = record->isLocked()
            ? record->lockReason()
            : tr("Shipment %1 is cancelled; it is not sent.").arg(number);
        m_store->failEntry(entry.id, reason);
        m_seen.remove(entry.id);
        logEvent(shipmentSubject(number, record->version), tr("push"),
                 tr("refused: %1").arg(reason), QString(), true);
        refreshShipment(id);
        Q_EMIT shipmentLocked(id, reason);
        return false;
    }
    ShipmentRepository::Error loadError;
    std::unique_ptr<Shipment> shipment = m_station.shipments().load(id, &loadError);
    if (!shipment) {
        retryLater(entry, loadError.message, backoffMs(entry.attempts + 1));
        logDatabaseError(tr("reading shipment %1").arg(number), loadError.message);
        return false;
    }
    const qint64 version = shipment->version();
    if (record->pushedVersion && *record->pushedVersion == version) {
        // Already confirmed (e.g. the entry was enqueued again for the same version).
        m_station.outbox().markConfirmed(entry.id, entry.version);
        m_seen.remove(entry.id);
        refreshShipment(id);
        return false;
    }

    // MerchantShipmentNo and the party ids never change once the shipment may exist on the API:
    // a new number would create a second shipment there.
    const FrozenIdentity identity = FrozenIdentity::of(shipment->header());
    const FrozenIdentity frozen
        = record->lastAttempt.frozen.isSet() ? record->lastAttempt.frozen : identity;
    if (record->lastAttempt.mayExist && record->lastAttempt.frozen.isSet() && frozen != identity) {
        PushAttempt attempt = record->lastAttempt;
        attempt.outcome = PushOutcome::HasErrors;
        attempt.version = version;
        attempt.at = QDateTime::currentDateTimeUtc();
        attempt.requestId.clear();
        attempt.message
            = tr("Version %1 is not sent: MerchantShipmentNo and the party ids cannot change "
                 "once the shipment was sent (they were %2, %3, %4, %5).")
                  .arg(version)
                  .arg(frozen.merchantShipmentNo, frozen.sellingPartyId, frozen.shipFromPartyId,
                       frozen.shipToPartyId);
        m_store->recordAttempt(id, attempt);
        park(entry, attempt.message);
        logEvent(shipmentSubject(number, version), tr("push"), attempt.message, QString(), true);
        refreshShipment(id);
        return false;
    }

    const Findings findings = Validator::validateOnce(*shipment, ruleContext());
    const int errors = countSeverity(findings, Severity::Error);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (errors > 0) {
        PushAttempt attempt;
        attempt.outcome = PushOutcome::HasErrors;
        attempt.version = version;
        attempt.at = now;
        attempt.mayExist = record->lastAttempt.mayExist;
        attempt.frozen = record->lastAttempt.frozen;
        attempt.message = record->pushedVersion
            ? tr("Version %1 has %n error(s) and is not sent; ChannelEngine keeps version %2.",
                 nullptr, errors)
                  .arg(version)
                  .arg(*record->pushedVersion)
            : tr("Version %1 has %n error(s) and is not sent; ChannelEngine has no version yet.",
                 nullptr, errors)
                  .arg(version);
        m_store->recordAttempt(id, attempt);
        park(entry, attempt.message);
        logEvent(shipmentSubject(number, version), tr("push"), attempt.message, QString(), true);
        refreshShipment(id);
        return false;
    }

    const RemoteShipmentState known = record->pushedVersion
        ? RemoteShipmentState::Exists
        : (record->lastAttempt.mayExist ? RemoteShipmentState::Unknown
                                        : RemoteShipmentState::Absent);
    // Durable before anything is sent: after a crash from here on, the next push looks first.
    PushAttempt pushing;
    pushing.outcome = PushOutcome::Pushing;
    pushing.version = version;
    pushing.at = now;
    pushing.mayExist = true;
    pushing.frozen = frozen;
    if (!m_store->recordAttempt(id, pushing, &error)) {
        retryLater(entry, error, backoffMs(entry.attempts + 1));
        logDatabaseError(tr("recording the push of %1").arg(number), error);
        return false;
    }
    m_inFlight = InFlight();
    m_inFlight.entry = entry;
    m_inFlight.version = version;
    m_inFlight.merchantShipmentNo = number;
    m_inFlight.frozen = frozen;
    m_inFlight.subject = shipmentSubject(number, version);
    m_call.reset(m_service.pushShipment(*shipment, known));
    m_inFlight.shipment = std::move(shipment);
    connect(m_call.get(), &ApiCall::finished, this, &SyncWorker::onShipmentPushFinished);
    refreshShipment(id);
    Q_EMIT pushStarted(id, version);
    return true;
}

void SyncWorker::onShipmentPushFinished()
{
    if (!m_call)
        return;
    auto *call = static_cast<ShipmentPushCall *>(m_call.release());
    call->deleteLater();
    const qint64 id = m_inFlight.entry.subjectId;
    if (call->isSuccess()) {
        const ShipmentPushResult &result = call->result();
        noteAnswer(ApiError());
        PushAttempt attempt;
        attempt.outcome = PushOutcome::Confirmed;
        attempt.version = m_inFlight.version;
        attempt.at = QDateTime::currentDateTimeUtc();
        attempt.requestId = result.last.requestId;
        attempt.mayExist = true;
        attempt.frozen = m_inFlight.frozen;
        attempt.message
            = result.action == ShipmentPushResult::Action::Created ? tr("created") : tr("updated");
        if (result.recoveredUncertainPost)
            attempt.message += tr(" (an answer was lost; looked up, not sent twice)");
        Transaction transaction(m_station.database());
        QString error;
        bool ok = transaction.begin(&error) && m_store->recordConfirmed(id, attempt, &error);
        if (ok)
            ok = m_station.outbox()
                     .markConfirmed(m_inFlight.entry.id, m_inFlight.entry.version, &error)
                     .has_value();
        if (ok)
            ok = transaction.commit(&error);
        if (!ok)
            logDatabaseError(tr("recording the confirmation of %1").arg(m_inFlight.subject), error);
        logEvent(m_inFlight.subject, tr("push"), attempt.message, attempt.requestId);
        m_seen.remove(m_inFlight.entry.id);
        const qint64 version = m_inFlight.version;
        m_inFlight = InFlight();
        refreshShipment(id);
        updateWaiting();
        Q_EMIT shipmentConfirmed(id, version);
        schedule(0);
        return;
    }
    handleFailure(call->error(), call->result().postMayHaveBeenApplied);
}

bool SyncWorker::startAcknowledgement(const OutboxEntry &entry)
{
    const qint64 orderId = entry.subjectId;
    const AcknowledgementDocument document = AcknowledgementJson::read(entry.payload.toUtf8());
    const int errors = countSeverity(document.findings, Severity::Error);
    const QString subject
        = tr("PO %1").arg(document.request.identifier.isEmpty() ? QString::number(orderId)
                                                                : document.request.identifier);
    if (!document.readable || errors > 0) {
        QString reason = tr("the queued acknowledgement is not a valid request");
        if (!document.findings.isEmpty())
            reason += QLatin1String(": ") + document.findings.first().toText();
        m_store->setAcknowledgementState(orderId, QStringLiteral("failed"));
        m_store->failEntry(entry.id, reason);
        logEvent(subject, tr("acknowledge"), tr("not sent: %1").arg(reason), QString(), true);
        Q_EMIT acknowledgementFinished(orderId, false);
        return false;
    }
    m_store->setAcknowledgementState(orderId, QStringLiteral("queued"));
    m_inFlight = InFlight();
    m_inFlight.entry = entry;
    m_inFlight.subject = subject;
    m_call.reset(m_service.acknowledge(document.request));
    connect(m_call.get(), &ApiCall::finished, this, &SyncWorker::onAcknowledgementFinished);
    return true;
}

void SyncWorker::onAcknowledgementFinished()
{
    if (!m_call)
        return;
    auto *call = static_cast<WriteCall *>(m_call.release());
    call->deleteLater();
    if (!call->isSuccess()) {
        handleFailure(call->error(), false);
        return;
    }
    noteAnswer(ApiError());
    const OutboxEntry &sent = m_inFlight.entry;
    Transaction transaction(m_station.database());
    QString error;
    bool ok = transaction.begin(&error);
    // A newer acknowledgement may have replaced the payload meanwhile: then it is sent next.
    const std::optional<OutboxEntry> now
        = ok ? m_station.outbox().entry(sent.id, &error) : std::nullopt;
    ok = ok && now.has_value();
    const bool replaced = ok && (now->payload != sent.payload || now->updatedAt != sent.updatedAt);
    if (ok && !replaced) {
        ok = m_station.outbox().markConfirmed(sent.id, sent.version, &error).has_value()
            && m_store->setAcknowledgementState(sent.subjectId, QStringLiteral("pushed"), &error);
    }
    if (ok)
        ok = transaction.commit(&error);
    if (!ok)
        logDatabaseError(tr("recording the acknowledgement of %1").arg(m_inFlight.subject), error);
    logEvent(m_inFlight.subject, tr("acknowledge"),
             replaced ? tr("acknowledged; a newer acknowledgement follows") : tr("acknowledged"),
             call->result().last.requestId);
    const qint64 orderId = sent.subjectId;
    m_inFlight = InFlight();
    updateWaiting();
    Q_EMIT acknowledgementFinished(orderId, true);
    schedule(0);
}

void SyncWorker::noteAnswer(const ApiError &error)
{
    if (!error.isError() || (error.httpStatus > 0 && error.httpStatus < 500))
        m_status.setContact(QDateTime::currentDateTimeUtc());
    else if (isOffline(error))
        m_status.setOnline(false);
}

void SyncWorker::handleFailure(const ApiError &error, bool postMayHaveBeenApplied)
{
    const OutboxEntry entry = m_inFlight.entry;
    const bool shipment = entry.kind == OutboxKinds::kShipmentPush;
    const qint64 subjectId = entry.subjectId;
    const QString subject = m_inFlight.subject;
    const QString action = shipment ? tr("push") : tr("acknowledge");
    const QString text = error.toText();
    InFlight flight = std::move(m_inFlight);
    m_inFlight = InFlight();
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    noteAnswer(error);

    PushAttempt attempt;
    attempt.version = flight.version;
    attempt.at = QDateTime::currentDateTimeUtc();
    attempt.requestId = error.requestId;
    attempt.message = text;
    attempt.mayExist = true;
    attempt.frozen = flight.frozen;

    switch (error.kind) {
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::InvalidSettings: {
        // Due again at once when resumed.
        m_station.outbox().markAttempt(entry.id, text, QDateTime());
        if (shipment) {
            attempt.outcome = PushOutcome::Unauthorized;
            m_store->recordAttempt(subjectId, attempt);
            refreshShipment(subjectId);
        }
        m_status.setPaused(true,
                           error.kind == ApiError::Kind::Unauthorized
                               ? tr("the API key was refused")
                               : tr("the ChannelEngine settings are not usable"));
        logEvent(subject, action, tr("paused: %1").arg(text), error.requestId, true);
        updateWaiting();
        Q_EMIT authorizationRequired();
        return;
    }
    case ApiError::Kind::RateLimited: {
        const qint64 wait
            = error.retryAfterMs >= 0 ? error.retryAfterMs : backoffMs(entry.attempts + 1);
        m_rateLimitedUntilMs = m_clock.elapsed() + wait;
        retryLater(entry, text, wait);
        if (shipment) {
            attempt.outcome = PushOutcome::Retrying;
            m_store->recordAttempt(subjectId, attempt);
            refreshShipment(subjectId);
        }
        logEvent(subject, action, tr("rate limited: waiting %1 s").arg(seconds(wait)),
                 error.requestId, true);
        schedule(wait);
        return;
    }
    case ApiError::Kind::Rejected:
        park(entry, text);
        if (shipment) {
            attempt.outcome = PushOutcome::Rejected;
            m_store->recordRejected(subjectId, attempt, error.validationErrors);
            refreshShipment(subjectId);
            const Findings findings = flight.shipment
                ? SyncStateStore::apiFindings(error.validationErrors, *flight.shipment)
                : error.validationFindings();
            logEvent(subject, action, tr("refused: %1").arg(error.detailText()), error.requestId,
                     true);
            Q_EMIT shipmentRejected(subjectId, findings);
        } else {
            m_store->setAcknowledgementState(subjectId, QStringLiteral("failed"));
            logEvent(subject, action, tr("refused: %1").arg(error.detailText()), error.requestId,
                     true);
            Q_EMIT acknowledgementFinished(subjectId, false);
        }
        updateWaiting();
        schedule(0);
        return;
    case ApiError::Kind::Conflict: {
        const QString reason = shipment
            ? tr("ChannelEngine refuses updates of shipment %1: %2")
                  .arg(flight.merchantShipmentNo, error.detailText())
            : tr("ChannelEngine refuses the acknowledgement: %1").arg(error.detailText());
        m_store->failEntry(entry.id, reason);
        if (shipment) {
            attempt.outcome = PushOutcome::Locked;
            attempt.message = reason;
            m_store->recordAttempt(subjectId, attempt);
            refreshShipment(subjectId);
            Q_EMIT shipmentLocked(subjectId, reason);
        } else {
            m_store->setAcknowledgementState(subjectId, QStringLiteral("failed"));
            Q_EMIT acknowledgementFinished(subjectId, false);
        }
        logEvent(subject, action, tr("refused: %1").arg(reason), error.requestId, true);
        updateWaiting();
        schedule(0);
        return;
    }
    default:
        break;
    }
    // Offline, a 5xx, a lost answer, anything else: try again after a backoff.
    const qint64 wait = backoffMs(entry.attempts + 1);
    retryLater(entry, text, wait);
    if (shipment) {
        attempt.outcome = postMayHaveBeenApplied || error.mayHaveBeenApplied
            ? PushOutcome::Uncertain
            : PushOutcome::Retrying;
        m_store->recordAttempt(subjectId, attempt);
        refreshShipment(subjectId);
    }
    logEvent(subject, action,
             tr("%1; next try in %2 s")
                 .arg(isOffline(error) ? tr("offline: %1").arg(error.detailText()) : text)
                 .arg(seconds(wait)),
             error.requestId, true);
    updateWaiting();
    schedule(0);
}

void SyncWorker::park(const OutboxEntry &entry, const QString &reason)
{
    m_station.outbox().markAttempt(entry.id, reason, SyncStateStore::parkedUntil());
    m_seen.remove(entry.id);
}

void SyncWorker::retryLater(const OutboxEntry &entry, const QString &reason, qint64 delayMs)
{
    m_station.outbox().markAttempt(entry.id, reason,
                                   QDateTime::currentDateTimeUtc().addMSecs(delayMs));
}

qint64 SyncWorker::backoffMs(int attempts)
{
    const int shift = std::clamp(attempts - 1, 0, 20);
    const double base = std::min<double>(double(m_settings.initialBackoffMs) * double(1 << shift),
                                         double(m_settings.maxBackoffMs));
    const double spread = m_settings.jitter * (2.0 * m_random.generateDouble() - 1.0);
    return qint64(std::max(0.0, std::round(base * (1.0 + spread))));
}

void SyncWorker::logEvent(const QString &subject, const QString &action, const QString &result,
                          const QString &requestId, bool failed)
{
    m_log.append(subject, action, result, requestId, failed);
}

void SyncWorker::logDatabaseError(const QString &what, const QString &error)
{
    logEvent(tr("Database"), what, error, QString(), true);
}

} // namespace VendorPack
