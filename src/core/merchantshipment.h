// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace VendorPack {

class Shipment;

// One line of a shipment as ChannelEngine lists it (IPurchaseOrderShipmentLineByFilter).
struct MerchantShipmentLine
{
    std::optional<qint64> id;
    QString channelOrderNo; // the PO number
    QString itemSequenceNumber;
    QString channelProductNo;
    QString merchantProductNo;
    QuantityUnit quantityUnitOfMeasure = QuantityUnit::Unknown;
    qint64 quantity = 0;
    std::optional<qint64> quantityUnitSize;
    QDateTime expiryDate;
};

// A shipment as ChannelEngine lists it (IPurchaseOrderShipmentByFilter): flat, without the
// pallet and carton tree, with the export status that tells whether the ASN reached Amazon.
struct MerchantShipment
{
    std::optional<qint64> id;
    QString merchantShipmentNo;
    QString channelShipmentNo;
    ShipmentType shipmentType = ShipmentType::None;
    QDateTime shippedDate;
    QDateTime estimatedDeliveryDate;
    QString carrierName;
    QString carrierShipmentNo;
    QString billOfLadingNumber;
    WeightUnit shipmentWeightUnitOfMeasure = WeightUnit::Unknown;
    std::optional<double> shipmentWeight;
    QString shipmentVolumeUnitOfMeasure; // CUBIC_FEET, CUBIC_INCHES, CUBIC_METER, CUBIC_YARD
    std::optional<double> shipmentVolume;
    QDateTime lastMerchantUpdatedAt;
    QDateTime lastExportedAt;
    ExportStatus lastExportStatus = ExportStatus::Unknown;
    QList<MerchantShipmentLine> lines;

    // The flat listing of a shipment tree: its header and one line per item.
    static MerchantShipment summarize(const Shipment &shipment);
};

} // namespace VendorPack
