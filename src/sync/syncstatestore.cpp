// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstatestore.h"

#include "core/apifieldpath.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace VendorPack {

namespace {

const char kRecordColumns[]
    = "id, merchant_shipment_no, version, status, pushed_version, pushed_at, push_result, "
      "api_validation_errors, last_export_status";

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QString attemptJson(const PushAttempt &attempt)
{
    QJsonObject object;
    object.insert(QStringLiteral("Outcome"), QString(PushAttempt::outcomeName(attempt.outcome)));
    object.insert(QStringLiteral("Version"), attempt.version);
    if (attempt.at.isValid())
        object.insert(QStringLiteral("At"), Database::toStoredTime(attempt.at));
    if (!attempt.message.isEmpty())
        object.insert(QStringLiteral("Message"), attempt.message);
    if (!attempt.requestId.isEmpty())
        object.insert(QStringLiteral("RequestId"), attempt.requestId);
    object.insert(QStringLiteral("MayExist"), attempt.mayExist);
    if (attempt.frozen.isSet()) {
        QJsonObject frozen;
        frozen.insert(QStringLiteral("MerchantShipmentNo"), attempt.frozen.merchantShipmentNo);
        frozen.insert(QStringLiteral("SellingPartyId"), attempt.frozen.sellingPartyId);
        frozen.insert(QStringLiteral("ShipFromPartyId"), attempt.frozen.shipFromPartyId);
        frozen.insert(QStringLiteral("ShipToPartyId"), attempt.frozen.shipToPartyId);
        object.insert(QStringLiteral("Frozen"), frozen);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

PushAttempt attemptFromJson(const QString &json)
{
    PushAttempt attempt;
    if (json.isEmpty())
        return attempt;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    attempt.outcome
        = PushAttempt::outcomeFromName(object.value(QLatin1String("Outcome")).toString());
    attempt.version = qint64(object.value(QLatin1String("Version")).toDouble());
    attempt.at = Database::fromStoredTime(object.value(QLatin1String("At")).toString());
    attempt.message = object.value(QLatin1String("Message")).toString();
    attempt.requestId = object.value(QLatin1String("RequestId")).toString();
    attempt.mayExist = object.value(QLatin1String("MayExist")).toBool(true);
    const QJsonObject frozen = object.value(QLatin1String("Frozen")).toObject();
    attempt.frozen.merchantShipmentNo
        = frozen.value(QLatin1String("MerchantShipmentNo")).toString();
    attempt.frozen.sellingPartyId = frozen.value(QLatin1String("SellingPartyId")).toString();
    attempt.frozen.shipFromPartyId = frozen.value(QLatin1String("ShipFromPartyId")).toString();
    attempt.frozen.shipToPartyId = frozen.value(QLatin1String("ShipToPartyId")).toString();
    if (attempt.outcome == PushOutcome::None) {
        attempt.outcome = PushOutcome::Uncertain; // unreadable: assume the worst
        attempt.mayExist = true;
    }
    return attempt;
}

ShipmentSyncRecord readRecord(const QSqlQuery &query)
{
    ShipmentSyncRecord record;
    record.shipmentId = query.value(0).toLongLong();
    record.merchantShipmentNo = query.value(1).toString();
    record.version = query.value(2).toLongLong();
    record.status = query.value(3).toString();
    if (!query.value(4).isNull())
        record.pushedVersion = query.value(4).toLongLong();
    record.pushedAt = Database::fromStoredTime(query.value(5));
    record.lastAttempt = attemptFromJson(query.value(6).toString());
    record.apiValidationErrors
        = SyncStateStore::validationErrorsFromJson(query.value(7).toString());
    const QString exportStatus = query.value(8).toString();
    EnumMatch match = EnumMatch::None;
    const ExportStatus status = enumFromWire<ExportStatus>(exportStatus, &match);
    record.lastExportStatus = match == EnumMatch::None ? ExportStatus::Unknown : status;
    return record;
}

} // namespace

FrozenIdentity FrozenIdentity::of(const ShipmentHeader &header)
{
    return { header.merchantShipmentNo, header.sellingPartyId, header.shipFromPartyId,
             header.shipToPartyId };
}

bool FrozenIdentity::operator==(const FrozenIdentity &other) const
{
    return merchantShipmentNo == other.merchantShipmentNo && sellingPartyId == other.sellingPartyId
        && shipFromPartyId == other.shipFromPartyId && shipToPartyId == other.shipToPartyId;
}

QLatin1String PushAttempt::outcomeName(PushOutcome outcome)
{
    switch (outcome) {
    case PushOutcome::None:
        return QLatin1String("none");
    case PushOutcome::Pushing:
        return QLatin1String("pushing");
    case PushOutcome::Confirmed:
        return QLatin1String("confirmed");
    case PushOutcome::Uncertain:
        return QLatin1String("uncertain");
    case PushOutcome::Retrying:
        return QLatin1String("retrying");
    case PushOutcome::HasErrors:
        return QLatin1String("has-errors");
    case PushOutcome::Rejected:
        return QLatin1String("rejected");
    case PushOutcome::Locked:
        return QLatin1String("locked");
    case PushOutcome::Unauthorized:
        return QLatin1String("unauthorized");
    }
    return QLatin1String("none");
}

PushOutcome PushAttempt::outcomeFromName(QStringView name)
{
    for (int i = int(PushOutcome::None); i <= int(PushOutcome::Unauthorized); ++i) {
        const auto outcome = PushOutcome(i);
        if (name == outcomeName(outcome))
            return outcome;
    }
    return PushOutcome::None;
}

bool ShipmentSyncRecord::isLocked() const
{
    return lastAttempt.outcome == PushOutcome::Locked || status == QLatin1String("delivered");
}

QString ShipmentSyncRecord::lockReason() const
{
    if (!isLocked())
        return QString();
    if (lastAttempt.outcome == PushOutcome::Locked && !lastAttempt.message.isEmpty())
        return lastAttempt.message;
    return SyncStateStore::tr("Shipment %1 is delivered: ChannelEngine accepts no more updates.")
        .arg(merchantShipmentNo);
}

QDateTime SyncStateStore::parkedUntil()
{
    return QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
}

SyncStateStore::SyncStateStore(Database &database)
    : m_database(&database)
{
}

std::optional<ShipmentSyncRecord> SyncStateStore::record(qint64 shipmentId, QString *error) const
{
    auto query = m_database->exec(
        QStringLiteral("SELECT %1 FROM shipments WHERE id = ?").arg(QLatin1String(kRecordColumns)),
        { shipmentId }, error);
    if (!query)
        return std::nullopt;
    if (!query->next()) {
        if (error)
            *error = tr("there is no shipment %1").arg(shipmentId);
        return std::nullopt;
    }
    ShipmentSyncRecord result = readRecord(*query);
    query->finish();
    return result;
}

std::optional<QList<ShipmentSyncRecord>> SyncStateStore::records(bool all, QString *error) const
{
    auto query = m_database->exec(
        all ? QStringLiteral("SELECT %1 FROM shipments ORDER BY id")
                  .arg(QLatin1String(kRecordColumns))
            : QStringLiteral("SELECT %1 FROM shipments WHERE status NOT IN ('delivered', "
                             "'cancelled') ORDER BY id")
                  .arg(QLatin1String(kRecordColumns)),
        {}, error);
    if (!query)
        return std::nullopt;
    QList<ShipmentSyncRecord> result;
    while (query->next())
        result.append(readRecord(*query));
    return result;
}

bool SyncStateStore::recordAttempt(qint64 shipmentId, const PushAttempt &attempt, QString *error)
{
    return m_database->execUpdate(
               QStringLiteral("UPDATE shipments SET push_result = ? WHERE id = ?"),
               { attemptJson(attempt), shipmentId }, error)
        >= 0;
}

bool SyncStateStore::recordConfirmed(qint64 shipmentId, const PushAttempt &attempt, QString *error)
{
    return m_database->execUpdate(
               QStringLiteral("UPDATE shipments SET pushed_version = ?, pushed_at = ?, "
                              "push_result = ?, api_validation_errors = NULL WHERE id = ?"),
               { attempt.version, Database::toStoredTime(attempt.at), attemptJson(attempt),
                 shipmentId },
               error)
        >= 0;
}

bool SyncStateStore::recordRejected(qint64 shipmentId, const PushAttempt &attempt,
                                    const QMap<QString, QStringList> &validationErrors,
                                    QString *error)
{
    return m_database->execUpdate(
               QStringLiteral("UPDATE shipments SET push_result = ?, "
                              "api_validation_errors = ? WHERE id = ?"),
               { attemptJson(attempt), validationErrorsJson(validationErrors), shipmentId }, error)
        >= 0;
}

bool SyncStateStore::recordExportStatus(const QString &merchantShipmentNo, ExportStatus status,
                                        QString *error)
{
    return m_database->execUpdate(QStringLiteral("UPDATE shipments SET last_export_status = ? "
                                                 "WHERE merchant_shipment_no = ?"),
                                  { status == ExportStatus::Unknown
                                        ? nullText()
                                        : QVariant(QString(enumToWire(status))),
                                    merchantShipmentNo },
                                  error)
        >= 0;
}

QString SyncStateStore::editRefusal(qint64 shipmentId) const
{
    const std::optional<ShipmentSyncRecord> found = record(shipmentId);
    return found ? found->lockReason() : QString();
}

std::optional<qint64> SyncStateStore::waitingCount(QString *error) const
{
    const auto count = m_database->scalar(
        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND "
                       "(next_attempt_at IS NULL OR next_attempt_at < ?)"),
        { Database::toStoredTime(parkedUntil()) }, error);
    if (!count)
        return std::nullopt;
    return count->toLongLong();
}

std::optional<qint64> SyncStateStore::waitingCount(const QString &subjectType, qint64 subjectId,
                                                   QString *error) const
{
    const auto count = m_database->scalar(
        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND "
                       "subject_type = ? AND subject_id = ? AND "
                       "(next_attempt_at IS NULL OR next_attempt_at < ?)"),
        { subjectType, subjectId, Database::toStoredTime(parkedUntil()) }, error);
    if (!count)
        return std::nullopt;
    return count->toLongLong();
}

std::optional<qint64> SyncStateStore::parkedCount(QString *error) const
{
    const auto count = m_database->scalar(
        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND "
                       "next_attempt_at >= ?"),
        { Database::toStoredTime(parkedUntil()) }, error);
    if (!count)
        return std::nullopt;
    return count->toLongLong();
}

bool SyncStateStore::makeDueNow(QString *error)
{
    return m_database->execUpdate(QStringLiteral("UPDATE outbox SET next_attempt_at = NULL "
                                                 "WHERE state = 'pending' AND next_attempt_at < ?"),
                                  { Database::toStoredTime(parkedUntil()) }, error)
        >= 0;
}

bool SyncStateStore::failEntry(qint64 outboxId, const QString &reason, QString *error)
{
    return m_database->execUpdate(QStringLiteral("UPDATE outbox SET state = 'failed', "
                                                 "last_error = ?, updated_at = ? "
                                                 "WHERE id = ? AND state = 'pending'"),
                                  { reason, Database::nowStoredTime(), outboxId }, error)
        >= 0;
}

bool SyncStateStore::setAcknowledgementState(qint64 purchaseOrderId, const QString &state,
                                             QString *error)
{
    return m_database->execUpdate(
               QStringLiteral("UPDATE acknowledgements SET sync_state = ?, updated_at = ? "
                              "WHERE po_line_id IN (SELECT id FROM po_lines WHERE "
                              "purchase_order_id = ?)"),
               { state, Database::nowStoredTime(), purchaseOrderId }, error)
        >= 0;
}

std::optional<QStringList> SyncStateStore::acknowledgementStates(qint64 purchaseOrderId,
                                                                 QString *error) const
{
    auto query = m_database->exec(
        QStringLiteral("SELECT a.sync_state FROM acknowledgements a JOIN po_lines l ON l.id = "
                       "a.po_line_id WHERE l.purchase_order_id = ? ORDER BY l.position, "
                       "a.position"),
        { purchaseOrderId }, error);
    if (!query)
        return std::nullopt;
    QStringList states;
    while (query->next())
        states.append(query->value(0).toString());
    return states;
}

std::optional<QSet<QString>> SyncStateStore::orderNumbers(QString *error) const
{
    auto query = m_database->exec(
        QStringLiteral("SELECT channel_purchase_order_no FROM purchase_orders"), {}, error);
    if (!query)
        return std::nullopt;
    QSet<QString> numbers;
    while (query->next())
        numbers.insert(query->value(0).toString());
    return numbers;
}

QDateTime SyncStateStore::newestOrderUpdate(QString *error) const
{
    const auto newest = m_database->scalar(
        QStringLiteral("SELECT MAX(api_updated_at) FROM purchase_orders"), {}, error);
    if (!newest || newest->isNull())
        return QDateTime();
    return Database::fromStoredTime(*newest);
}

std::optional<QList<QPair<qint64, QString>>>
SyncStateStore::shipmentsHolding(const QString &purchaseOrderNo, QString *error) const
{
    auto query = m_database->exec(
        QStringLiteral("SELECT DISTINCT s.id, s.merchant_shipment_no FROM shipments s JOIN "
                       "shipment_nodes n ON n.shipment_id = s.id WHERE "
                       "n.channel_purchase_order_no = ? AND s.status NOT IN ('delivered', "
                       "'cancelled') ORDER BY s.id"),
        { purchaseOrderNo }, error);
    if (!query)
        return std::nullopt;
    QList<QPair<qint64, QString>> result;
    while (query->next())
        result.append({ query->value(0).toLongLong(), query->value(1).toString() });
    return result;
}

QString SyncStateStore::validationErrorsJson(const QMap<QString, QStringList> &errors)
{
    QJsonObject object;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        object.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QStringList> SyncStateStore::validationErrorsFromJson(const QString &json)
{
    QMap<QString, QStringList> errors;
    if (json.isEmpty())
        return errors;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QStringList messages;
        for (const QJsonValue &value : it.value().toArray())
            messages.append(value.toString());
        errors.insert(it.key(), messages);
    }
    return errors;
}

Findings SyncStateStore::apiFindings(const QMap<QString, QStringList> &errors,
                                     const Shipment &shipment)
{
    Findings findings;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        const QString pointer = ApiFieldPath::toPointer(it.key());
        // Walk "/Model/Lines/i/Lines/j/..." down the tree as far as the indexes reach.
        const ShipmentNode *node = shipment.root();
        const QStringList parts = pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (int i = 0; i + 1 < parts.size(); ++i) {
            if (parts.at(i) != QLatin1String("Lines"))
                continue;
            bool ok = false;
            const int row = parts.at(i + 1).toInt(&ok);
            if (!ok || row < 0 || row >= node->childCount())
                break;
            node = node->child(row);
            ++i;
        }
        const QStringList messages
            = it.value().isEmpty() ? QStringList { tr("refused by ChannelEngine") } : it.value();
        for (const QString &message : messages) {
            Finding finding;
            finding.severity = Severity::Error;
            finding.rule = QStringLiteral("api.validation");
            finding.pointer = pointer.isEmpty() ? it.key() : pointer;
            finding.message = message;
            finding.node = node->id();
            findings.append(finding);
        }
    }
    return findings;
}

} // namespace VendorPack
