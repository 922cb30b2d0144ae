// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "purchaseorder.h"

#include <QHash>
#include <QList>

namespace VendorPack {

class ProductCatalog;

// The known purchase orders, indexed for the rules: PO by number, line by SKU, ASIN or GTIN.
class OrderBook
{
public:
    OrderBook() = default;
    explicit OrderBook(QList<PurchaseOrder> orders);

    void setOrders(QList<PurchaseOrder> orders);
    const QList<PurchaseOrder> &orders() const { return m_orders; }
    bool isEmpty() const { return m_orders.isEmpty(); }

    // Index of the PO with this ChannelPurchaseOrderNo, or -1.
    int indexOf(const QString &channelPurchaseOrderNo) const;
    const PurchaseOrder &order(int index) const { return m_orders[index]; }
    // Index within order(po).lines of the line an item identifier stands for, or -1.
    // SKU matches MerchantProductNo (then ASIN); GTIN matches through the product catalog.
    int lineIndexOf(int po, IdentifierType type, const QString &identifier,
                    const ProductCatalog *catalog = nullptr) const;

    // Country of the FC with this party id, from any PO shipping there; "" when unknown.
    QString countryOfShipTo(const QString &partyId) const;

private:
    void rebuild();

    QList<PurchaseOrder> m_orders;
    QHash<QString, int> m_byNumber;
    QList<QHash<QString, int>> m_lineBySku; // per PO: SKU and ASIN -> line index
    QHash<QString, QString> m_shipToCountry;
};

} // namespace VendorPack
