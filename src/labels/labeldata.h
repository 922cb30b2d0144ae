// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labellayout.h"

#include "core/finding.h"
#include "core/purchaseorder.h"
#include "core/sscc.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace VendorPack {

// Everything one carton or pallet label says, as text: taken from the shipment, its purchase
// orders and the station's ship-from address.
struct LabelData
{
    LabelKind kind = LabelKind::Carton;
    Sscc sscc;
    int companyPrefixLength = 0; // groups the human-readable line; 0 leaves it ungrouped
    Party shipFrom;
    Party shipTo; // the FC: partyId is its code
    QString shipmentNo; // MerchantShipmentNo
    QStringList purchaseOrders; // sorted
    int number = 0; // carton n of N / pallet n of N over the shipment
    int total = 0;
    QString sku; // the one SKU, empty when mixed or none
    int skuCount = 0;
    qint64 quantity = 0; // units (eaches)
    int cartonCount = 0; // pallets
    QString weight; // "31.95 LB", empty when unknown
    QString carrier;
    QString pro; // CarrierShipmentNo
    QString bol;
    int copies = 1; // pallet labels go on two sides
    NodeId node = 0;
    QString pointer; // JSON pointer of the container in the shipment document

    bool isMixed() const { return skuCount > 1; }
    // "(00) 0 0614141 123456789 0"
    QString humanReadableSscc() const;
};

} // namespace VendorPack
