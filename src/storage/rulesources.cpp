// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulesources.h"

#include "purchaseorderrepository.h"

namespace VendorPack {

RuleSources::RuleSources(Database &database)
    : m_database(&database)
    , m_ledger(database)
{
}

bool RuleSources::reload(QString *error)
{
    auto orders = PurchaseOrderRepository(*m_database).loadAll(error);
    if (!orders)
        return false;
    m_orders.setOrders(std::move(*orders));
    return true;
}

RuleContext RuleSources::context(const RuleSettings &settings, const ProductCatalog *products) const
{
    RuleContext context;
    context.settings = settings;
    context.orders = &m_orders;
    context.products = products;
    context.ssccHistory = &m_ledger;
    return context;
}

} // namespace VendorPack
