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

// Makes a realistic, consistent and valid synthetic shipment with the purchase orders it packs,
// the same output for the same options (benchmarks, demos, `vendorpack-cli generate`).
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
        qint64 channelId = 1;
        // The moment the shipment is built; a fixed default keeps the output reproducible.
        QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
        // The vendor code: selling and ship-from party.
        QString vendorCode = QStringLiteral("ACME1");
    };

    struct Result
    {
        std::unique_ptr<Shipment> shipment; // null when the options are unusable
        QList<PurchaseOrder> orders;
        QString error; // why there is no shipment
    };

    // Counts above these are refused (they would not fit one truck, or one file, anyway).
    static constexpr int kMaxPallets = 1000;
    static constexpr int kMaxCartonsPerPallet = 1000;
    static constexpr int kMaxSkusPerCarton = 200;

    static Result generate(const Options &options);
};

} // namespace VendorPack
