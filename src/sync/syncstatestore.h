// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/enums.h"
#include "core/finding.h"
#include "core/shipment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace VendorPack {

class Database;

// What the last push attempt of a shipment ended in.
enum class PushOutcome {
    None, // never tried
    Pushing, // sent, no answer yet (a crash leaves it so: the next push looks it up first)
    Confirmed, // the API confirmed pushedVersion
    Uncertain, // the answer was lost after a POST: the next push looks it up first
    Retrying, // failed on the way (offline, 5xx, rate limit); tried again later
    HasErrors, // the current version has error findings: not pushed
    Rejected, // the API refused the version (400): its ValidationErrors are stored
    Locked, // the API refuses updates (delivered): nothing is pushed any more
    Unauthorized // the API key was refused: sync paused
};

// What identifies a shipment on the API and must never change once it may exist there.
struct FrozenIdentity
{
    QString merchantShipmentNo;
    QString sellingPartyId;
    QString shipFromPartyId;
    QString shipToPartyId;

    static FrozenIdentity of(const ShipmentHeader &header);
    bool isSet() const { return !merchantShipmentNo.isEmpty(); }
    bool operator==(const FrozenIdentity &other) const;
    bool operator!=(const FrozenIdentity &other) const { return !(*this == other); }
};

// The last push attempt as stored in shipments.push_result (JSON).
struct PushAttempt
{
    PushOutcome outcome = PushOutcome::None;
    qint64 version = 0; // the version tried
    QDateTime at;
    QString message;
    QString requestId; // the API's RequestId, for support
    // A request of this shipment may have reached the API before it ever confirmed one: the
    // next push looks it up first instead of creating it. Sticky until a push is confirmed.
    bool mayExist = false;
    // The identity sent with the first request; carried on by every later attempt.
    FrozenIdentity frozen;

    static QLatin1String outcomeName(PushOutcome outcome);
    static PushOutcome outcomeFromName(QStringView name);
};

// The sync columns of one shipment row.
struct ShipmentSyncRecord
{
    qint64 shipmentId = 0;
    QString merchantShipmentNo;
    qint64 version = 0;
    QString status; // ShipmentRepository::statusName
    std::optional<qint64> pushedVersion; // the last version the API confirmed
    QDateTime pushedAt;
    PushAttempt lastAttempt;
    QMap<QString, QStringList> apiValidationErrors; // the API's last ValidationErrors
    ExportStatus lastExportStatus = ExportStatus::Unknown;

    bool isLocked() const;
    // Why neither edits nor pushes are allowed any more; empty when they are.
    QString lockReason() const;
};

// Reads and writes what sync keeps on the shipments, acknowledgements and outbox rows: the
// pushed version and time, the last push attempt, the API's validation errors, the export
// status, acknowledgement sync states; and counts the outbox entries still waiting. Every call
// is one statement and joins the caller's open transaction.
class SyncStateStore
{
    Q_DECLARE_TR_FUNCTIONS(SyncStateStore)

public:
    // Entries that wait for a new edit (errors, a refusal) are due at this time, i.e. never.
    static QDateTime parkedUntil();

    explicit SyncStateStore(Database &database);

    std::optional<ShipmentSyncRecord> record(qint64 shipmentId, QString *error = nullptr) const;
    // Every shipment that is not delivered or cancelled, or (all) every one.
    std::optional<QList<ShipmentSyncRecord>> records(bool all = false,
                                                     QString *error = nullptr) const;

    bool recordAttempt(qint64 shipmentId, const PushAttempt &attempt, QString *error = nullptr);
    // The API confirmed attempt.version: pushed_version, pushed_at, the attempt, no API errors.
    bool recordConfirmed(qint64 shipmentId, const PushAttempt &attempt, QString *error = nullptr);
    // The API refused attempt.version with these ValidationErrors (stored as JSON).
    bool recordRejected(qint64 shipmentId, const PushAttempt &attempt,
                        const QMap<QString, QStringList> &validationErrors,
                        QString *error = nullptr);
    bool recordExportStatus(const QString &merchantShipmentNo, ExportStatus status,
                            QString *error = nullptr);

    // Why the shipment must not be edited any more (delivered: the API refuses updates); empty
    // when it may be, or when it is unknown.
    QString editRefusal(qint64 shipmentId) const;

    // Pending outbox entries that will be tried (not parked), of one subject or all.
    std::optional<qint64> waitingCount(QString *error = nullptr) const;
    std::optional<qint64> waitingCount(const QString &subjectType, qint64 subjectId,
                                       QString *error = nullptr) const;
    // Pending entries parked until a new edit (errors, refused by the API).
    std::optional<qint64> parkedCount(QString *error = nullptr) const;
    // "Sync now": every waiting entry in backoff becomes due at once (parked ones stay parked).
    bool makeDueNow(QString *error = nullptr);
    // Gives a pending entry up for good (the API will never take it): state failed, the reason.
    bool failEntry(qint64 outboxId, const QString &reason, QString *error = nullptr);

    // acknowledgements.sync_state of every acknowledgement of the purchase order.
    bool setAcknowledgementState(qint64 purchaseOrderId, const QString &state,
                                 QString *error = nullptr);
    std::optional<QStringList> acknowledgementStates(qint64 purchaseOrderId,
                                                     QString *error = nullptr) const;

    // The ChannelPurchaseOrderNo of every stored purchase order.
    std::optional<QSet<QString>> orderNumbers(QString *error = nullptr) const;
    // The newest UpdatedAt of the stored purchase orders (incremental polling); invalid if none.
    QDateTime newestOrderUpdate(QString *error = nullptr) const;
    // Shipments that hold lines of the purchase order and are not delivered or cancelled.
    std::optional<QList<QPair<qint64, QString>>> shipmentsHolding(const QString &purchaseOrderNo,
                                                                  QString *error = nullptr) const;

    static QString validationErrorsJson(const QMap<QString, QStringList> &errors);
    static QMap<QString, QStringList> validationErrorsFromJson(const QString &json);
    // The API's ValidationErrors as findings (rule api.validation) on the shipment's nodes: the
    // pointer from the field path, the node the deepest Lines index reaches (0: the header).
    static Findings apiFindings(const QMap<QString, QStringList> &errors, const Shipment &shipment);

private:
    Database *m_database;
};

} // namespace VendorPack
