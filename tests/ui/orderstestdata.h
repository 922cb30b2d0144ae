// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/purchaseorder.h"

#include <QDateTime>
#include <QString>

namespace VendorPack::OrdersTestData {

// The moment the tests' clocks stand still at.
inline QDateTime now()
{
    return QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
}

// A purchase order created `ageMinutes` before now(), for FC `fc`, with the given lines of
// (SKU, quantity, backorder allowed); the first `acknowledged` lines are accepted in full.
inline PurchaseOrder order(const QString &number, PurchaseOrderStatus status, const QString &fc,
                           qint64 ageMinutes, const QList<std::tuple<QString, qint64, bool>> &lines,
                           int acknowledged = 0)
{
    PurchaseOrder po;
    po.id = 400000 + number.size() * 1000 + qHash(number) % 1000;
    po.channelId = 1;
    po.channelPurchaseOrderNo = number;
    po.status = status;
    po.createdAt = now().addSecs(-ageMinutes * 60);
    po.updatedAt = po.createdAt;
    po.fromShipDate = QDateTime(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC);
    po.toShipDate = po.fromShipDate.addDays(3);
    po.fromDeliveryDate = po.toShipDate.addDays(2);
    po.toDeliveryDate = po.fromDeliveryDate.addDays(2);
    po.shipToParty.partyId = fc;
    po.shipToParty.name = QStringLiteral("Amazon ") + fc;
    po.shipToParty.countryCode = QStringLiteral("US");
    po.sellingParty.partyId = QStringLiteral("VENDOR1");
    int index = 0;
    for (const auto &[sku, quantity, backorder] : lines) {
        PurchaseOrderLine line;
        line.id = po.id.value() * 100 + index;
        line.channelOrderLineNo = QString::number(index + 1);
        line.merchantProductNo = sku;
        line.channelProductNo = QStringLiteral("B0") + sku;
        line.quantity = quantity;
        line.isBackOrderAllowed = backorder;
        line.netCostAmount = 12.5;
        line.netCostCurrency = QStringLiteral("USD");
        if (index < acknowledged) {
            Acknowledgement ack;
            ack.code = AcknowledgementCode::Accepted;
            ack.quantity = quantity;
            line.acknowledgements.append(ack);
        }
        po.lines.append(line);
        ++index;
    }
    return po;
}

} // namespace VendorPack::OrdersTestData
