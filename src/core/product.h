// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "units.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace VendorPack {

// Local master data of one product: resolves scans and gives expected weights.
struct Product
{
    QString sku;
    QStringList gtins; // GTIN-14 form
    QString description;
    std::optional<double> unitWeightGrams;
    Dimensions unitDimensions;
    std::optional<qint64> casePack;
};

// Looks products up by SKU or GTIN; the storage layer implements it over its products table.
class ProductCatalog
{
public:
    virtual ~ProductCatalog() = default;
    virtual const Product *productBySku(QStringView sku) const = 0;
    virtual const Product *productByGtin(QStringView gtin) const = 0;
};

// Tells whether an SSCC was used on another shipment recently (the SSCC ledger implements it).
class SsccHistory
{
public:
    virtual ~SsccHistory() = default;
    // The MerchantShipmentNo of another shipment that used this SSCC within `months`, or "".
    virtual QString otherShipmentUsing(const QString &sscc, const QString &merchantShipmentNo,
                                       int months) const = 0;
};

} // namespace VendorPack
