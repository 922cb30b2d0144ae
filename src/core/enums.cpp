// SPDX-License-Identifier: GPL-3.0-or-later
#include "enums.h"

#include <QStringList>

namespace VendorPack {

namespace {

struct Name
{
    const char *wire;
    int value;
};

struct Alias
{
    const char *alias;
    int value;
};

struct Table
{
    const Name *names;
    int nameCount;
    const Alias *aliases;
    int aliasCount;
};

template<int N, int M>
constexpr Table makeTable(const Name (&names)[N], const Alias (&aliases)[M])
{
    return { names, N, aliases, M };
}

template<int N>
constexpr Table makeTable(const Name (&names)[N])
{
    return { names, N, nullptr, 0 };
}

constexpr Name kNodeTypes[] = { { "ITEM", int(NodeType::Item) },
                                { "CARTON", int(NodeType::Carton) },
                                { "PALLET", int(NodeType::Pallet) } };
constexpr Name kIdentifierTypes[] = { { "SKU", int(IdentifierType::Sku) },
                                      { "SSCC", int(IdentifierType::Sscc) },
                                      { "GTIN", int(IdentifierType::Gtin) } };
constexpr Name kQuantityUnits[]
    = { { "EACHES", int(QuantityUnit::Eaches) }, { "CASES", int(QuantityUnit::Cases) } };
constexpr Alias kQuantityUnitAliases[] = { { "ITEM", int(QuantityUnit::Eaches) },
                                           { "ITEMS", int(QuantityUnit::Eaches) },
                                           { "EACH", int(QuantityUnit::Eaches) },
                                           { "CASE", int(QuantityUnit::Cases) } };
constexpr Name kLengthUnits[] = { { "INCHES", int(LengthUnit::Inches) },
                                  { "FEET", int(LengthUnit::Feet) },
                                  { "METER", int(LengthUnit::Meter) },
                                  { "YARD", int(LengthUnit::Yard) } };
constexpr Alias kLengthUnitAliases[] = { { "INCH", int(LengthUnit::Inches) },
                                         { "FOOT", int(LengthUnit::Feet) },
                                         { "METERS", int(LengthUnit::Meter) },
                                         { "METRE", int(LengthUnit::Meter) },
                                         { "YARDS", int(LengthUnit::Yard) } };
constexpr Name kWeightUnits[] = { { "GRAMS", int(WeightUnit::Grams) },
                                  { "KILOGRAMS", int(WeightUnit::Kilograms) },
                                  { "OUNCES", int(WeightUnit::Ounces) },
                                  { "POUNDS", int(WeightUnit::Pounds) } };
constexpr Alias kWeightUnitAliases[] = { { "GRAM", int(WeightUnit::Grams) },
                                         { "KILOGRAM", int(WeightUnit::Kilograms) },
                                         { "OUNCE", int(WeightUnit::Ounces) },
                                         { "POUND", int(WeightUnit::Pounds) } };
constexpr Name kHandlingCodes[] = { { "OVERSIZED", int(HandlingCode::Oversized) },
                                    { "FRAGILE", int(HandlingCode::Fragile) },
                                    { "FOOD", int(HandlingCode::Food) },
                                    { "HANDLE_WITH_CARE", int(HandlingCode::HandleWithCare) } };
constexpr Name kShipmentTypes[]
    = { { "TRUCK_LOAD", int(ShipmentType::TruckLoad) },
        { "LESS_THAN_TRUCK_LOAD", int(ShipmentType::LessThanTruckLoad) },
        { "SMALL_PARCEL", int(ShipmentType::SmallParcel) } };
constexpr Name kTransportationModes[] = { { "ROAD", int(TransportationMode::Road) },
                                          { "AIR", int(TransportationMode::Air) },
                                          { "OCEAN", int(TransportationMode::Ocean) } };
constexpr Name kPurchaseOrderStatuses[] = { { "NEW", int(PurchaseOrderStatus::New) },
                                            { "IN_PROGRESS", int(PurchaseOrderStatus::InProgress) },
                                            { "CANCELLED", int(PurchaseOrderStatus::Cancelled) },
                                            { "SHIPPED", int(PurchaseOrderStatus::Shipped) },
                                            { "CLOSED", int(PurchaseOrderStatus::Closed) },
                                            { "INVOICED", int(PurchaseOrderStatus::Invoiced) } };
constexpr Name kPurchaseOrderTypes[]
    = { { "REGULAR_ORDER", int(PurchaseOrderType::RegularOrder) },
        { "CONSIGNED_ORDER", int(PurchaseOrderType::ConsignedOrder) },
        { "NEW_PRODUCT_INTRODUCTION", int(PurchaseOrderType::NewProductIntroduction) },
        { "RUSH_ORDER", int(PurchaseOrderType::RushOrder) } };
constexpr Name kAcknowledgementCodes[] = { { "ACCEPTED", int(AcknowledgementCode::Accepted) },
                                           { "BACKORDERED", int(AcknowledgementCode::Backordered) },
                                           { "REJECTED", int(AcknowledgementCode::Rejected) } };
constexpr Name kRejectionReasons[]
    = { { "INVALID_PRODUCT", int(RejectionReason::InvalidProduct) },
        { "OBSOLETE_PRODUCT", int(RejectionReason::ObsoleteProduct) },
        { "TEMPORARILY_UNAVAILABLE", int(RejectionReason::TemporarilyUnavailable) } };
constexpr Name kTaxRegistrationTypes[]
    = { { "VAT", int(TaxRegistrationType::Vat) }, { "GST", int(TaxRegistrationType::Gst) } };

constexpr Name kPurchaseOrderIdentifierTypes[]
    = { { "PURCHASE_ORDER_ID", int(PurchaseOrderIdentifierType::PurchaseOrderId) },
        { "CHANNEL_PURCHASE_ORDER_NO", int(PurchaseOrderIdentifierType::ChannelPurchaseOrderNo) },
        { "MERCHANT_PURCHASE_ORDER_NO",
          int(PurchaseOrderIdentifierType::MerchantPurchaseOrderNo) } };
constexpr Name kLineIdentifierTypes[]
    = { { "PURCHASE_ORDER_LINE_ID", int(LineIdentifierType::PurchaseOrderLineId) },
        { "CHANNEL_PRODUCT_NO", int(LineIdentifierType::ChannelProductNo) },
        { "MERCHANT_PRODUCT_NO", int(LineIdentifierType::MerchantProductNo) } };
constexpr Name kShipmentIdentifierTypes[]
    = { { "MERCHANT_SHIPMENT_NO", int(ShipmentIdentifierType::MerchantShipmentNo) },
        { "CHANNEL_PURCHASE_ORDER_NO", int(ShipmentIdentifierType::ChannelPurchaseOrderNo) },
        { "MERCHANT_PURCHASE_ORDER_NO", int(ShipmentIdentifierType::MerchantPurchaseOrderNo) } };
constexpr Name kExportStatuses[] = { { "NONE", int(ExportStatus::None) },
                                     { "IN_PROGRESS", int(ExportStatus::InProgress) },
                                     { "SUCCESS", int(ExportStatus::Success) },
                                     { "FAILURE", int(ExportStatus::Failure) } };

// Exact, then case-insensitive (an alias), then the documented aliases (case-insensitive).
int lookup(const Table &table, QStringView text, int notFound, EnumMatch *match)
{
    for (int i = 0; i < table.nameCount; ++i) {
        if (text == QLatin1String(table.names[i].wire)) {
            if (match)
                *match = EnumMatch::Exact;
            return table.names[i].value;
        }
    }
    const QStringView trimmed = text.trimmed();
    for (int i = 0; i < table.nameCount; ++i) {
        if (trimmed.compare(QLatin1String(table.names[i].wire), Qt::CaseInsensitive) == 0) {
            if (match)
                *match = EnumMatch::Alias;
            return table.names[i].value;
        }
    }
    for (int i = 0; i < table.aliasCount; ++i) {
        if (trimmed.compare(QLatin1String(table.aliases[i].alias), Qt::CaseInsensitive) == 0) {
            if (match)
                *match = EnumMatch::Alias;
            return table.aliases[i].value;
        }
    }
    if (match)
        *match = EnumMatch::None;
    return notFound;
}

QLatin1String wireName(const Table &table, int value)
{
    for (int i = 0; i < table.nameCount; ++i) {
        if (table.names[i].value == value)
            return QLatin1String(table.names[i].wire);
    }
    return QLatin1String();
}

QString wireList(const Table &table)
{
    QStringList names;
    for (int i = 0; i < table.nameCount; ++i)
        names.append(QLatin1String(table.names[i].wire));
    return names.join(QLatin1String(", "));
}

template<typename E>
Table tableOf();

#define VENDORPACK_ENUM_TABLE(E, ...)                                                              \
    template<>                                                                                     \
    Table tableOf<E>()                                                                             \
    {                                                                                              \
        return makeTable(__VA_ARGS__);                                                             \
    }

VENDORPACK_ENUM_TABLE(NodeType, kNodeTypes)
VENDORPACK_ENUM_TABLE(IdentifierType, kIdentifierTypes)
VENDORPACK_ENUM_TABLE(QuantityUnit, kQuantityUnits, kQuantityUnitAliases)
VENDORPACK_ENUM_TABLE(LengthUnit, kLengthUnits, kLengthUnitAliases)
VENDORPACK_ENUM_TABLE(WeightUnit, kWeightUnits, kWeightUnitAliases)
VENDORPACK_ENUM_TABLE(HandlingCode, kHandlingCodes)
VENDORPACK_ENUM_TABLE(ShipmentType, kShipmentTypes)
VENDORPACK_ENUM_TABLE(TransportationMode, kTransportationModes)
VENDORPACK_ENUM_TABLE(PurchaseOrderStatus, kPurchaseOrderStatuses)
VENDORPACK_ENUM_TABLE(PurchaseOrderType, kPurchaseOrderTypes)
VENDORPACK_ENUM_TABLE(AcknowledgementCode, kAcknowledgementCodes)
VENDORPACK_ENUM_TABLE(RejectionReason, kRejectionReasons)
VENDORPACK_ENUM_TABLE(TaxRegistrationType, kTaxRegistrationTypes)
VENDORPACK_ENUM_TABLE(PurchaseOrderIdentifierType, kPurchaseOrderIdentifierTypes)
VENDORPACK_ENUM_TABLE(LineIdentifierType, kLineIdentifierTypes)
VENDORPACK_ENUM_TABLE(ShipmentIdentifierType, kShipmentIdentifierTypes)
VENDORPACK_ENUM_TABLE(ExportStatus, kExportStatuses)

#undef VENDORPACK_ENUM_TABLE

} // namespace

template<typename E>
E enumFromWire(QStringView text, EnumMatch *match)
{
    return E(lookup(tableOf<E>(), text, 0, match));
}

template<typename E>
QLatin1String enumToWire(E value)
{
    return wireName(tableOf<E>(), int(value));
}

template<typename E>
QString enumWireList()
{
    return wireList(tableOf<E>());
}

#define VENDORPACK_INSTANTIATE(E)                                                                  \
    template E enumFromWire<E>(QStringView, EnumMatch *);                                          \
    template QLatin1String enumToWire<E>(E);                                                       \
    template QString enumWireList<E>();

VENDORPACK_INSTANTIATE(NodeType)
VENDORPACK_INSTANTIATE(IdentifierType)
VENDORPACK_INSTANTIATE(QuantityUnit)
VENDORPACK_INSTANTIATE(LengthUnit)
VENDORPACK_INSTANTIATE(WeightUnit)
VENDORPACK_INSTANTIATE(HandlingCode)
VENDORPACK_INSTANTIATE(ShipmentType)
VENDORPACK_INSTANTIATE(TransportationMode)
VENDORPACK_INSTANTIATE(PurchaseOrderStatus)
VENDORPACK_INSTANTIATE(PurchaseOrderType)
VENDORPACK_INSTANTIATE(AcknowledgementCode)
VENDORPACK_INSTANTIATE(RejectionReason)
VENDORPACK_INSTANTIATE(TaxRegistrationType)
VENDORPACK_INSTANTIATE(PurchaseOrderIdentifierType)
VENDORPACK_INSTANTIATE(LineIdentifierType)
VENDORPACK_INSTANTIATE(ShipmentIdentifierType)
VENDORPACK_INSTANTIATE(ExportStatus)

#undef VENDORPACK_INSTANTIATE

} // namespace VendorPack
