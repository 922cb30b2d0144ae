// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <optional>

namespace VendorPack {

// The enumerations of the ChannelEngine v2.22.12 purchase-order model, and their wire names.

enum class NodeType { Unknown, Item, Carton, Pallet };
enum class IdentifierType { Unknown, Sku, Sscc, Gtin };
enum class QuantityUnit { Unknown, Eaches, Cases };
enum class LengthUnit { Unknown, Inches, Feet, Meter, Yard };
enum class WeightUnit { Unknown, Grams, Kilograms, Ounces, Pounds };
enum class HandlingCode { None, Oversized, Fragile, Food, HandleWithCare };
enum class ShipmentType { None, TruckLoad, LessThanTruckLoad, SmallParcel };
enum class TransportationMode { None, Road, Air, Ocean };
enum class PurchaseOrderStatus { Unknown, New, InProgress, Cancelled, Shipped, Closed, Invoiced };
enum class PurchaseOrderType {
    Unknown,
    RegularOrder,
    ConsignedOrder,
    NewProductIntroduction,
    RushOrder
};
enum class AcknowledgementCode { Unknown, Accepted, Backordered, Rejected };
enum class RejectionReason { None, InvalidProduct, ObsoleteProduct, TemporarilyUnavailable };
enum class TaxRegistrationType { None, Vat, Gst };
// How an acknowledgement names its purchase order and its lines.
enum class PurchaseOrderIdentifierType {
    Unknown,
    PurchaseOrderId,
    ChannelPurchaseOrderNo,
    MerchantPurchaseOrderNo
};
enum class LineIdentifierType { Unknown, PurchaseOrderLineId, ChannelProductNo, MerchantProductNo };
// How merchant shipments are looked up (GET /v2/purchase-orders/shipments/merchant).
enum class ShipmentIdentifierType {
    Unknown,
    MerchantShipmentNo,
    ChannelPurchaseOrderNo,
    MerchantPurchaseOrderNo
};
// Whether ChannelEngine passed the shipment on to Amazon (LastExportStatus).
enum class ExportStatus { Unknown, None, InProgress, Success, Failure };

// How a wire string matched an enumeration.
enum class EnumMatch {
    Exact, // the canonical spelling
    Alias, // another spelling the seed documents use (INCH, Grams, ITEM...) or another case
    None
};

// Reads a wire string; Unknown/None with EnumMatch::None when it is not a known value.
template<typename E>
E enumFromWire(QStringView text, EnumMatch *match = nullptr);

// The canonical wire name; empty for Unknown/None.
template<typename E>
QLatin1String enumToWire(E value);

// All canonical wire names of an enumeration, for messages ("one of INCHES, FEET, ...").
template<typename E>
QString enumWireList();

} // namespace VendorPack
