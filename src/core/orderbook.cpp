// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderbook.h"

#include "product.h"

namespace VendorPack {

OrderBook::OrderBook(QList<PurchaseOrder> orders)
{
    setOrders(std::move(orders));
}

void OrderBook::setOrders(QList<PurchaseOrder> orders)
{
    m_orders = std::move(orders);
    rebuild();
}

void OrderBook::rebuild()
{
    m_byNumber.clear();
    m_lineBySku.clear();
    m_shipToCountry.clear();
    m_lineBySku.reserve(m_orders.size());
    for (int i = 0; i < m_orders.size(); ++i) {
        const PurchaseOrder &po = m_orders[i];
        if (!m_byNumber.contains(po.channelPurchaseOrderNo))
            m_byNumber.insert(po.channelPurchaseOrderNo, i);
        QHash<QString, int> lines;
        for (int l = 0; l < po.lines.size(); ++l) {
            const PurchaseOrderLine &line = po.lines[l];
            if (!line.channelProductNo.isEmpty() && !lines.contains(line.channelProductNo))
                lines.insert(line.channelProductNo, l);
        }
        // SKUs win over ASINs when both match.
        for (int l = 0; l < po.lines.size(); ++l) {
            const PurchaseOrderLine &line = po.lines[l];
            if (!line.merchantProductNo.isEmpty())
                lines.insert(line.merchantProductNo, l);
        }
        m_lineBySku.append(std::move(lines));
        if (!po.shipToParty.partyId.isEmpty() && !po.shipToParty.countryCode.isEmpty())
            m_shipToCountry.insert(po.shipToParty.partyId, po.shipToParty.countryCode);
    }
}

int OrderBook::indexOf(const QString &channelPurchaseOrderNo) const
{
    return m_byNumber.value(channelPurchaseOrderNo, -1);
}

int OrderBook::lineIndexOf(int po, IdentifierType type, const QString &identifier,
                           const ProductCatalog *catalog) const
{
    if (po < 0 || po >= m_lineBySku.size())
        return -1;
    const QHash<QString, int> &lines = m_lineBySku[po];
    if (type == IdentifierType::Gtin) {
        const Product *product = catalog ? catalog->productByGtin(identifier) : nullptr;
        return product ? lines.value(product->sku, -1) : -1;
    }
    return lines.value(identifier, -1);
}

QString OrderBook::countryOfShipTo(const QString &partyId) const
{
    return m_shipToCountry.value(partyId);
}

} // namespace VendorPack
