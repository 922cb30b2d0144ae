// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rulesettings.h"

#include <QString>

namespace VendorPack {

class OrderBook;
class ProductCatalog;
class SsccHistory;

// What the packing rules see besides the shipment: limits, orders, products, the SSCC ledger.
// Each source is optional; the rules that need a missing one are not run.
struct RuleContext
{
    RuleSettings settings;
    const OrderBook *orders = nullptr;
    const ProductCatalog *products = nullptr;
    const SsccHistory *ssccHistory = nullptr;
    // Where the Model sits in the document: "/Model", or "" for a bare Model file.
    QString pointerPrefix = QStringLiteral("/Model");
    // A bare Model document has no ChannelId; the station adds it when pushing.
    bool requireChannelId = true;
};

} // namespace VendorPack
