// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/product.h"
#include "core/sscc.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace VendorPack {

class Database;

// The life of one SSCC in the ledger.
enum class SsccState { Allocated, Printed, Applied, Shipped, Voided };

// One SSCC drawn from the ledger.
struct SsccAllocation
{
    Sscc sscc;
    quint64 serial = 0;
    quint64 remaining = 0; // serials left in the range after this one
    bool nearExhaustion = false; // 90 % or more of the range used: tell the user
};

// What the ledger knows about one SSCC.
struct SsccLedgerEntry
{
    QString sscc;
    SsccState state = SsccState::Allocated;
    bool external = false;
    int printCount = 0;
    std::optional<qint64> shipmentId;
    QString merchantShipmentNo;
    std::optional<qint64> nodeId;
    QString voidReason;
    QString voidedBy;
    QDateTime allocatedAt;
};

// The SSCC ledger: draws serials inside a transaction so that no two connections (stations) ever
// get the same one, follows each SSCC through allocated → printed → applied → shipped or voided,
// never reuses one, records external labels, and answers the sscc.reused rule.
class SsccLedger : public SsccHistory
{
    Q_DECLARE_TR_FUNCTIONS(SsccLedger)

public:
    // Where the shipment and node of an SSCC are, and who acts.
    struct Use
    {
        std::optional<qint64> shipmentId; // shipments.id
        QString merchantShipmentNo;
        std::optional<qint64> nodeId;
        QString user;
        QString station;
    };

    explicit SsccLedger(Database &database);

    // Sets the serial range [first, last] for a company prefix and extension digit. A range that
    // exists may only grow at its end; serials already drawn are never drawn again.
    bool configureRange(const QString &companyPrefix, int extensionDigit, quint64 first,
                        quint64 last, QString *error = nullptr);
    // The next serial as an SSCC, recorded as allocated. Joins the caller's transaction if one is
    // open (one user action), else runs in its own. Refuses when the range is used up.
    std::optional<SsccAllocation> allocate(const QString &companyPrefix, int extensionDigit,
                                           const Use &use, QString *error = nullptr);
    // A pre-printed label from another source: recorded as external and applied-ready
    // (state printed); refused if its check digit is wrong or the ledger already has it.
    bool recordExternal(const QString &sscc, const Use &use, QString *error = nullptr);

    // Printed (again): print_count + 1. Not for shipped or voided SSCCs.
    bool markPrinted(const QString &sscc, QString *error = nullptr);
    // Scanned back on the carton or pallet. Only after printing.
    bool markApplied(const QString &sscc, QString *error = nullptr);
    // Left the dock. Only once applied.
    bool markShipped(const QString &sscc, QString *error = nullptr);
    // Voided with a reason and by whom; the SSCC stays in the ledger and is never drawn again.
    bool voidSscc(const QString &sscc, const QString &reason, const QString &user,
                  QString *error = nullptr);

    std::optional<SsccLedgerEntry> entry(const QString &sscc, QString *error = nullptr) const;

    // SsccHistory: another shipment's MerchantShipmentNo that used this SSCC within `months`.
    QString otherShipmentUsing(const QString &sscc, const QString &merchantShipmentNo,
                               int months) const override;

    static QString stateName(SsccState state);
    static std::optional<SsccState> stateFromName(const QString &name);

private:
    bool changeState(const QString &sscc, const QStringList &fromStates, SsccState to,
                     const QString &extraSet, const QVariantList &extraValues, QString *error);

    Database *m_database;
};

} // namespace VendorPack
