// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/orderbook.h"
#include "core/rulecontext.h"
#include "ssccledger.h"

#include <QCoreApplication>
#include <QString>

namespace VendorPack {

class Database;
class ProductCatalog;

// Feeds the packing rules from the station's database: the stored purchase orders with their
// local acknowledgements (po.over-packed, po.rejected, po.unacknowledged) and the SSCC ledger
// (sscc.reused).
class RuleSources
{
    Q_DECLARE_TR_FUNCTIONS(RuleSources)

public:
    explicit RuleSources(Database &database);

    // Reads every stored purchase order (closed ones too, so that po.status can name them) with
    // its acknowledgements. On failure the orders read before stay and *error says why.
    bool reload(QString *error = nullptr);

    const OrderBook &orders() const { return m_orders; }
    const SsccLedger &ledger() const { return m_ledger; }

    // A context for the Validator over these sources; it points into this object, which must
    // outlive it. Call reload() after orders or acknowledgements change, then validate again.
    RuleContext context(const RuleSettings &settings = RuleSettings(),
                        const ProductCatalog *products = nullptr) const;

private:
    Database *m_database;
    OrderBook m_orders;
    SsccLedger m_ledger;
};

} // namespace VendorPack
