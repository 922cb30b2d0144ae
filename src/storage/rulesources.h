// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/orderbook.h"
#include "core/product.h"
#include "core/rulecontext.h"
#include "ssccledger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace VendorPack {

class Database;
class ProductCatalog;
class Shipment;

// Feeds the packing rules from the station's database: the stored purchase orders with their
// local acknowledgements (po.over-packed, po.rejected, po.unacknowledged) and what the SSCC ledger
// and the other stored shipments know of each SSCC (sscc.reused).
class RuleSources : private SsccHistory
{
    Q_DECLARE_TR_FUNCTIONS(RuleSources)

public:
    explicit RuleSources(Database &database);

    // Reads every stored purchase order (closed ones too, so that po.status can name them) with
    // its acknowledgements. On failure the orders read before stay and *error says why.
    bool reload(QString *error = nullptr);

    // Reads what the ledger and the other shipments know of this shipment's pallet and carton
    // SSCCs in a few queries, so that a full validation does not ask once per SSCC. Call it
    // before validating a shipment in full; SSCCs added later are looked up one by one.
    bool prefetchSsccs(const Shipment &shipment, QString *error = nullptr);

    const OrderBook &orders() const { return m_orders; }
    const SsccLedger &ledger() const { return m_ledger; }

    // A context for the Validator over these sources; it points into this object, which must
    // outlive it. Call reload() after orders or acknowledgements change, then validate again.
    RuleContext context(const RuleSettings &settings = RuleSettings(),
                        const ProductCatalog *products = nullptr) const;

private:
    // One earlier use of an SSCC: by a ledger entry or a node of a stored shipment.
    struct Use
    {
        QString merchantShipmentNo;
        QDateTime at;
        bool fromLedger = false;
    };

    // SsccHistory: the prefetched answer, else the ledger's.
    QString otherShipmentUsing(const QString &sscc, const QString &merchantShipmentNo,
                               int months) const override;

    Database *m_database;
    OrderBook m_orders;
    SsccLedger m_ledger;
    QHash<QString, QList<Use>> m_uses; // prefetched SSCCs, with no uses when unknown
};

} // namespace VendorPack
