// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/purchaseorder.h"

#include <QList>

namespace VendorPack {

// Purchase orders of a fixed shape for the benchmarks: one FC, `linesPerOrder` lines each, a
// third of them in cases; the same every run.
inline QList<PurchaseOrder> makeBenchmarkOrders(int count, int linesPerOrder)
{
    QList<PurchaseOrder> orders;
    orders.reserve(count);
    const QDateTime now(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
    for (int o = 0; o < count; ++o) {
        PurchaseOrder po;
        po.id = 500000 + o;
        po.channelId = 1;
        po.channelPurchaseOrderNo = QStringLiteral("B%1").arg(o, 7, 10, QLatin1Char('0'));
        po.status = PurchaseOrderStatus::New;
        po.createdAt = now.addSecs(-o);
        po.updatedAt = now;
        po.fromShipDate = now;
        po.toShipDate = now.addDays(7);
        po.shipToParty.partyId = QStringLiteral("ABE8");
        po.shipToParty.name = QStringLiteral("Amazon.com Services LLC ABE8");
        po.shipToParty.addressLine1 = QStringLiteral("401 Independence Road");
        po.shipToParty.city = QStringLiteral("Florence");
        po.shipToParty.postalCode = QStringLiteral("08518");
        po.shipToParty.countryCode = QStringLiteral("US");
        po.sellingParty.partyId = QStringLiteral("ACME1");
        for (int l = 0; l < linesPerOrder; ++l) {
            PurchaseOrderLine line;
            line.id = qint64(o) * linesPerOrder + l;
            line.channelOrderLineNo = QString::number(l + 1);
            line.channelProductNo = QStringLiteral("B0%1").arg(l + o % 97, 8, 10, QLatin1Char('0'));
            line.merchantProductNo = QStringLiteral("ACM-%1").arg(10000 + (o * 7 + l) % 500);
            line.quantity = 12 + l;
            line.unitOfMeasure = (l % 3 == 0) ? QuantityUnit::Cases : QuantityUnit::Eaches;
            line.unitSize = line.unitOfMeasure == QuantityUnit::Cases ? 6 : 1;
            line.netCostAmount = 4.25 + l;
            line.netCostCurrency = QStringLiteral("USD");
            line.createdAt = now;
            po.lines.append(line);
        }
        orders.append(po);
    }
    return orders;
}

} // namespace VendorPack
