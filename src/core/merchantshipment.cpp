// SPDX-License-Identifier: GPL-3.0-or-later
#include "merchantshipment.h"

#include "shipment.h"

namespace VendorPack {

MerchantShipment MerchantShipment::summarize(const Shipment &shipment)
{
    const ShipmentHeader &h = shipment.header();
    MerchantShipment m;
    m.merchantShipmentNo = h.merchantShipmentNo;
    m.channelShipmentNo = h.channelShipmentNo;
    m.shipmentType = h.shipmentType;
    m.shippedDate = h.shipmentDate;
    m.estimatedDeliveryDate = h.estimatedDeliveryDate;
    m.carrierName = h.carrierName;
    m.carrierShipmentNo = h.carrierShipmentNo;
    m.billOfLadingNumber = h.billOfLadingNo;
    if (h.weight.isComplete()) {
        m.shipmentWeight = h.weight.value;
        m.shipmentWeightUnitOfMeasure = h.weight.unit;
    }
    int sequence = 0;
    shipment.root()->forEach([&](const ShipmentNode *node) {
        if (node->type() != NodeType::Item)
            return;
        const ShipmentLine &l = node->line();
        MerchantShipmentLine line;
        line.channelOrderNo = l.channelPurchaseOrderNo;
        line.itemSequenceNumber = QString::number(++sequence);
        line.merchantProductNo = l.identifierValue;
        line.quantityUnitOfMeasure = l.quantityUnit;
        line.quantity = l.quantity.value_or(0);
        line.quantityUnitSize = l.unitsPerCase;
        line.expiryDate = l.expiryDate;
        m.lines.append(std::move(line));
    });
    return m;
}

} // namespace VendorPack
