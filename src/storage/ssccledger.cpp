// SPDX-License-Identifier: GPL-3.0-or-later
#include "ssccledger.h"

#include "database.h"
#include "transaction.h"

#include <QSqlQuery>

namespace VendorPack {

namespace {

constexpr int kMaxSkippedSerials = 10000; // serials taken by external labels, skipped in a row

// Runs work in the caller's open transaction, or in one of its own.
template<typename Work>
bool inTransaction(Database &database, Work &&work, QString *error)
{
    if (database.inTransaction())
        return work();
    Transaction transaction(database);
    if (!transaction.begin(error))
        return false;
    if (!work())
        return false;
    return transaction.commit(error);
}

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

bool validPrefix(const QString &prefix)
{
    if (prefix.size() < Sscc::kMinCompanyPrefixLength
        || prefix.size() > Sscc::kMaxCompanyPrefixLength)
        return false;
    for (const QChar c : prefix) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

SsccLedger::SsccLedger(Database &database)
    : m_database(&database)
{
}

QString SsccLedger::stateName(SsccState state)
{
    switch (state) {
    case SsccState::Allocated:
        return QStringLiteral("allocated");
    case SsccState::Printed:
        return QStringLiteral("printed");
    case SsccState::Applied:
        return QStringLiteral("applied");
    case SsccState::Shipped:
        return QStringLiteral("shipped");
    case SsccState::Voided:
        return QStringLiteral("voided");
    }
    return QString();
}

std::optional<SsccState> SsccLedger::stateFromName(const QString &name)
{
    for (SsccState state : { SsccState::Allocated, SsccState::Printed, SsccState::Applied,
                             SsccState::Shipped, SsccState::Voided }) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

bool SsccLedger::configureRange(const QString &companyPrefix, int extensionDigit, quint64 first,
                                quint64 last, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!validPrefix(companyPrefix))
        return fail(tr("the GS1 company prefix must be 6 to 12 digits"));
    if (extensionDigit < 0 || extensionDigit > 9)
        return fail(tr("the SSCC extension digit must be 0 to 9"));
    if (first > last || last > Sscc::maxSerial(int(companyPrefix.size())))
        return fail(tr("the serial range %1 to %2 does not fit a %3-digit company prefix (at most "
                       "%4)")
                        .arg(first)
                        .arg(last)
                        .arg(companyPrefix.size())
                        .arg(Sscc::maxSerial(int(companyPrefix.size()))));
    Database &db = *m_database;
    return inTransaction(
        db,
        [&]() {
            auto query = db.exec(QStringLiteral("SELECT range_start, next_serial FROM "
                                                "sscc_serials WHERE company_prefix = ? AND "
                                                "extension_digit = ?"),
                                 { companyPrefix, extensionDigit }, error);
            if (!query)
                return false;
            const QString now = Database::nowStoredTime();
            if (!query->next()) {
                query->finish();
                return db
                    .exec(QStringLiteral("INSERT INTO sscc_serials (company_prefix, "
                                         "extension_digit, range_start, range_end, "
                                         "next_serial, updated_at) VALUES (?, ?, ?, ?, "
                                         "?, ?)"),
                          { companyPrefix, extensionDigit, qint64(first), qint64(last),
                            qint64(first), now },
                          error)
                    .has_value();
            }
            const qint64 start = query->value(0).toLongLong();
            const qint64 next = query->value(1).toLongLong();
            query->finish();
            if (qint64(last) + 1 < next)
                return fail(tr("serials up to %1 were already drawn; the range cannot end "
                               "before that")
                                .arg(next - 1));
            const bool moveOn = qint64(first) > next;
            return db
                .exec(QStringLiteral("UPDATE sscc_serials SET range_start = ?, "
                                     "range_end = ?, next_serial = ?, updated_at = ? "
                                     "WHERE company_prefix = ? AND extension_digit = ?"),
                      { moveOn ? qint64(first) : start, qint64(last), moveOn ? qint64(first) : next,
                        now, companyPrefix, extensionDigit },
                      error)
                .has_value();
        },
        error);
}

std::optional<SsccAllocation> SsccLedger::allocate(const QString &companyPrefix, int extensionDigit,
                                                   const Use &use, QString *error)
{
    if (!validPrefix(companyPrefix) || extensionDigit < 0 || extensionDigit > 9) {
        if (error)
            *error = tr("the GS1 company prefix (6 to 12 digits) or extension digit is not valid");
        return std::nullopt;
    }
    Database &db = *m_database;
    SsccAllocation allocation;
    const bool ok = inTransaction(
        db,
        [&]() {
            const QString now = Database::nowStoredTime();
            for (int skipped = 0; skipped < kMaxSkippedSerials; ++skipped) {
                // The row lock (PostgreSQL) or the write lock (SQLite) serialises stations.
                auto query = db.exec(
                    QStringLiteral("UPDATE sscc_serials SET next_serial = next_serial + 1, "
                                   "updated_at = ? WHERE company_prefix = ? AND "
                                   "extension_digit = ? AND next_serial <= range_end "
                                   "RETURNING next_serial - 1, range_start, range_end"),
                    { now, companyPrefix, extensionDigit }, error);
                if (!query)
                    return false;
                if (!query->next()) {
                    query->finish();
                    const auto exists
                        = db.scalar(QStringLiteral("SELECT range_end FROM sscc_serials WHERE "
                                                   "company_prefix = ? AND extension_digit = ?"),
                                    { companyPrefix, extensionDigit }, error);
                    if (!exists)
                        return false;
                    if (error)
                        *error = exists->isNull()
                            ? tr("no SSCC serial range is set up for company prefix %1 "
                                 "and extension digit %2")
                                  .arg(companyPrefix)
                                  .arg(extensionDigit)
                            : tr("the SSCC serial range of company prefix %1 is used up "
                                 "(last serial %2); set up a new range")
                                  .arg(companyPrefix)
                                  .arg(exists->toLongLong());
                    return false;
                }
                const qint64 serial = query->value(0).toLongLong();
                const qint64 start = query->value(1).toLongLong();
                const qint64 end = query->value(2).toLongLong();
                query->finish();
                QString composeError;
                const Sscc sscc
                    = Sscc::compose(extensionDigit, companyPrefix, quint64(serial), &composeError);
                if (!sscc.isValid()) {
                    if (error)
                        *error = composeError;
                    return false;
                }
                // An external label may already carry this number: skip it, never reuse.
                const auto taken
                    = db.scalar(QStringLiteral("SELECT COUNT(*) FROM sscc_ledger WHERE sscc = ?"),
                                { sscc.digits() }, error);
                if (!taken)
                    return false;
                if (taken->toLongLong() > 0)
                    continue;
                const bool inserted
                    = db.exec(QStringLiteral("INSERT INTO sscc_ledger (sscc, company_prefix, "
                                             "extension_digit, serial, external, state, "
                                             "shipment_id, merchant_shipment_no, node_id, "
                                             "allocated_by, allocated_station, allocated_at, "
                                             "updated_at) VALUES (?, ?, ?, ?, FALSE, 'allocated', "
                                             "?, ?, ?, ?, ?, ?, ?)"),
                              { sscc.digits(), companyPrefix, extensionDigit, serial,
                                optionalId(use.shipmentId), textOrNull(use.merchantShipmentNo),
                                optionalId(use.nodeId), textOrNull(use.user),
                                textOrNull(use.station), now, now },
                              error)
                          .has_value();
                if (!inserted)
                    return false;
                allocation.sscc = sscc;
                allocation.serial = quint64(serial);
                allocation.remaining = quint64(end - serial);
                allocation.nearExhaustion = (serial - start + 1) * 10 >= (end - start + 1) * 9;
                return true;
            }
            if (error)
                *error = tr("too many serials in a row are taken by external labels");
            return false;
        },
        error);
    if (!ok)
        return std::nullopt;
    return allocation;
}

bool SsccLedger::recordExternal(const QString &text, const Use &use, QString *error)
{
    QString reason;
    const Sscc sscc = Sscc::fromString(text, &reason);
    if (!sscc.isValid()) {
        if (error)
            *error = tr("the external SSCC %1 is not valid: %2").arg(text, reason);
        return false;
    }
    Database &db = *m_database;
    return inTransaction(
        db,
        [&]() {
            const auto existing = entry(sscc.digits(), error);
            if (existing) {
                if (error)
                    *error = tr("SSCC %1 is already in the ledger (%2); an SSCC is never "
                                "used twice")
                                 .arg(sscc.digits(), stateName(existing->state));
                return false;
            }
            const QString now = Database::nowStoredTime();
            return db
                .exec(QStringLiteral("INSERT INTO sscc_ledger (sscc, external, state, "
                                     "shipment_id, merchant_shipment_no, node_id, "
                                     "allocated_by, allocated_station, allocated_at, "
                                     "updated_at) VALUES (?, TRUE, 'printed', ?, ?, ?, "
                                     "?, ?, ?, ?)"),
                      { sscc.digits(), optionalId(use.shipmentId),
                        textOrNull(use.merchantShipmentNo), optionalId(use.nodeId),
                        textOrNull(use.user), textOrNull(use.station), now, now },
                      error)
                .has_value();
        },
        error);
}

bool SsccLedger::changeState(const QString &sscc, const QStringList &fromStates, SsccState to,
                             const QString &extraSet, const QVariantList &extraValues,
                             QString *error)
{
    Database &db = *m_database;
    return inTransaction(
        db,
        [&]() {
            QStringList marks;
            for (qsizetype i = 0; i < fromStates.size(); ++i)
                marks << QStringLiteral("?");
            QVariantList values { stateName(to), Database::nowStoredTime() };
            values += extraValues;
            values << sscc;
            for (const QString &state : fromStates)
                values << state;
            const qint64 changed
                = db.execUpdate(QStringLiteral("UPDATE sscc_ledger SET state = ?, updated_at = ?")
                                    + extraSet + QStringLiteral(" WHERE sscc = ? AND state IN (")
                                    + marks.join(QStringLiteral(", ")) + QLatin1Char(')'),
                                values, error);
            if (changed < 0)
                return false;
            if (changed == 1)
                return true;
            const auto existing = entry(sscc, error);
            if (error)
                *error = existing ? tr("SSCC %1 is %2 and cannot become %3")
                                        .arg(sscc, stateName(existing->state), stateName(to))
                                  : tr("SSCC %1 is not in the ledger").arg(sscc);
            return false;
        },
        error);
}

bool SsccLedger::markPrinted(const QString &sscc, QString *error)
{
    // A reprint of an applied label keeps it applied; only the count grows.
    Database &db = *m_database;
    return inTransaction(
        db,
        [&]() {
            const QString now = Database::nowStoredTime();
            const qint64 changed = db.execUpdate(
                QStringLiteral("UPDATE sscc_ledger SET state = CASE WHEN state = "
                               "'allocated' THEN 'printed' ELSE state END, print_count = "
                               "print_count + 1, printed_at = ?, updated_at = ? WHERE "
                               "sscc = ? AND state IN ('allocated', 'printed', "
                               "'applied')"),
                { now, now, sscc }, error);
            if (changed < 0)
                return false;
            if (changed == 1)
                return true;
            const auto existing = entry(sscc, error);
            if (error)
                *error = existing ? tr("SSCC %1 is %2 and cannot be printed")
                                        .arg(sscc, stateName(existing->state))
                                  : tr("SSCC %1 is not in the ledger").arg(sscc);
            return false;
        },
        error);
}

bool SsccLedger::markApplied(const QString &sscc, QString *error)
{
    return changeState(sscc, { QStringLiteral("printed"), QStringLiteral("applied") },
                       SsccState::Applied, QStringLiteral(", applied_at = ?"),
                       { Database::nowStoredTime() }, error);
}

bool SsccLedger::markShipped(const QString &sscc, QString *error)
{
    return changeState(sscc, { QStringLiteral("applied") }, SsccState::Shipped,
                       QStringLiteral(", shipped_at = ?"), { Database::nowStoredTime() }, error);
}

bool SsccLedger::voidSscc(const QString &sscc, const QString &reason, const QString &user,
                          QString *error)
{
    if (reason.trimmed().isEmpty() || user.trimmed().isEmpty()) {
        if (error)
            *error = tr("voiding SSCC %1 needs a reason and a user").arg(sscc);
        return false;
    }
    return changeState(
        sscc, { QStringLiteral("allocated"), QStringLiteral("printed"), QStringLiteral("applied") },
        SsccState::Voided, QStringLiteral(", void_reason = ?, voided_by = ?, voided_at = ?"),
        { reason.trimmed(), user.trimmed(), Database::nowStoredTime() }, error);
}

std::optional<SsccLedgerEntry> SsccLedger::entry(const QString &sscc, QString *error) const
{
    auto query = m_database->exec(
        QStringLiteral("SELECT state, external, print_count, shipment_id, "
                       "merchant_shipment_no, node_id, void_reason, voided_by, allocated_at "
                       "FROM sscc_ledger WHERE sscc = ?"),
        { sscc }, error);
    if (!query || !query->next())
        return std::nullopt;
    SsccLedgerEntry result;
    result.sscc = sscc;
    result.state = stateFromName(query->value(0).toString()).value_or(SsccState::Allocated);
    result.external = query->value(1).toBool();
    result.printCount = query->value(2).toInt();
    if (!query->value(3).isNull())
        result.shipmentId = query->value(3).toLongLong();
    result.merchantShipmentNo = query->value(4).toString();
    if (!query->value(5).isNull())
        result.nodeId = query->value(5).toLongLong();
    result.voidReason = query->value(6).toString();
    result.voidedBy = query->value(7).toString();
    result.allocatedAt = Database::fromStoredTime(query->value(8));
    return result;
}

QString SsccLedger::otherShipmentUsing(const QString &sscc, const QString &merchantShipmentNo,
                                       int months) const
{
    const QString cutoff
        = Database::toStoredTime(QDateTime::currentDateTimeUtc().addMonths(-qMax(0, months)));
    // The ledger first, then the trees of other shipments (labels scanned before the ledger knew
    // them).
    auto found = m_database->scalar(
        QStringLiteral("SELECT merchant_shipment_no FROM sscc_ledger WHERE sscc = ? AND "
                       "merchant_shipment_no IS NOT NULL AND merchant_shipment_no <> ? AND "
                       "updated_at >= ?"),
        { sscc, merchantShipmentNo, cutoff });
    if (found && !found->isNull())
        return found->toString();
    found = m_database->scalar(
        QStringLiteral("SELECT s.merchant_shipment_no FROM shipment_nodes n JOIN shipments s "
                       "ON s.id = n.shipment_id WHERE n.identifier_value = ? AND "
                       "n.node_type <> 'ITEM' AND s.merchant_shipment_no <> ? AND "
                       "s.updated_at >= ? ORDER BY s.updated_at DESC LIMIT 1"),
        { sscc, merchantShipmentNo, cutoff });
    if (found && !found->isNull())
        return found->toString();
    return QString();
}

} // namespace VendorPack
