// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "purchaseorder.h"
#include "shipment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace VendorPack {

// Makes a realistic, consistent and valid shipment, the same output for the same input: a
// synthetic one with the purchase orders it packs (benchmarks, demos), or one that packs existing
// purchase orders (`vendorpack-cli generate [--orders]`).
class ShipmentGenerator
{
    Q_DECLARE_TR_FUNCTIONS(ShipmentGenerator)
public:
    struct Options
    {
        int pallets = 2;
        int cartonsPerPallet = 4;
        int skusPerCarton = 3;
        quint32 seed = 1;
        QString companyPrefix = QStringLiteral("0614141");
        int extensionDigit = 0;
        // packOrders() takes the POs' channel and selling party, and these only when a PO has none.
        qint64 channelId = 1;
        // The moment the shipment is built; a fixed default keeps the output reproducible.
        QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
        // The vendor code: selling and ship-from party.
        QString vendorCode = QStringLiteral("ACME1");
    };

    struct Result
    {
        std::unique_ptr<Shipment> shipment; // null when the options are unusable
        QList<PurchaseOrder> orders; // packOrders(): the orders it was given, unchanged
        QString error; // why there is no shipment
    };

    // Counts above these are refused (they would not fit one truck, or one file, anyway).
    static constexpr int kMaxPallets = 1000;
    static constexpr int kMaxCartonsPerPallet = 1000;
    static constexpr int kMaxSkusPerCarton = 200;

    static Result generate(const Options &options);

    // Packs the FC with the most packable units: the acknowledged, not rejected lines of its NEW
    // and IN_PROGRESS POs, up to their accepted units, into at most pallets × cartonsPerPallet
    // cartons (fewer when the POs run out), on a date inside every packed PO's ship window.
    static Result packOrders(const QList<PurchaseOrder> &orders, const Options &options);

private:
    // Why the counts or the SSCC settings cannot make a shipment; empty when they can.
    static QString checkLayout(const Options &options);
};

} // namespace VendorPack
