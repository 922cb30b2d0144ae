// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules.h"

namespace VendorPack {

namespace {

constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;
constexpr Severity I = Severity::Info;

const RuleInfo kRules[] = {
    { "file.read", E, RuleScope::Document,
      QT_TRANSLATE_NOOP("Rules", "the file cannot be read (missing, a folder, too large)") },
    { "api.validation", E, RuleScope::Document,
      QT_TRANSLATE_NOOP("Rules", "ChannelEngine refused a field of the pushed shipment") },
    { "orders.duplicate", E, RuleScope::Document,
      QT_TRANSLATE_NOOP("Rules", "the same PO number twice in an orders file") },
    { "json.syntax", E, RuleScope::Document, QT_TRANSLATE_NOOP("Rules", "the file is not JSON") },
    { "schema.type", E, RuleScope::Document,
      QT_TRANSLATE_NOOP("Rules", "a value has the wrong JSON type, or a date is not ISO 8601") },
    { "schema.enum", E, RuleScope::Document,
      QT_TRANSLATE_NOOP("Rules", "a value is not in the field's enumeration") },
    { "schema.alias", W, RuleScope::Document,
      QT_TRANSLATE_NOOP("Rules", "an alias was accepted; output uses the canonical value") },
    { "schema.string-number", W, RuleScope::Document,
      QT_TRANSLATE_NOOP("Rules", "a number was given as a string") },
    { "schema.unknown-field", W, RuleScope::Document,
      QT_TRANSLATE_NOOP("Rules", "a field the API does not know") },
    { "schema.length", E, RuleScope::Document,
      QT_TRANSLATE_NOOP("Rules", "a string is longer than the API allows") },
    { "header.channel-id", E, RuleScope::Header,
      QT_TRANSLATE_NOOP("Rules", "ChannelId missing or not a positive integer") },
    { "header.merchant-shipment-no", E, RuleScope::Header,
      QT_TRANSLATE_NOOP("Rules", "MerchantShipmentNo missing or empty") },
    { "header.parties", E, RuleScope::Header,
      QT_TRANSLATE_NOOP("Rules", "SellingPartyId, ShipFromPartyId or ShipToPartyId missing") },
    { "header.bill-of-lading", E, RuleScope::Header,
      QT_TRANSLATE_NOOP("Rules",
                        "BillOfLadingNo missing for a truck load or less than truck load") },
    { "header.carrier-shipment-no", E, RuleScope::Header,
      QT_TRANSLATE_NOOP("Rules", "CarrierShipmentNo missing for an FC in the US, CA or MX") },
    { "header.dates", E, RuleScope::Header,
      QT_TRANSLATE_NOOP("Rules", "EstimatedDeliveryDate before ShipmentDate") },
    { "header.lines", E, RuleScope::Header,
      QT_TRANSLATE_NOOP("Rules", "the shipment has no lines") },
    { "dimensions.incomplete", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "Dimensions without all of Height, Width and Length") },
    { "dimensions.unit", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "Dimensions without a unit") },
    { "dimensions.positive", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "a dimension is zero or negative") },
    { "weight.unit", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "Weight without Value or Unit") },
    { "weight.positive", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "a weight is zero or negative") },
    { "line.identifier", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "Type, IdentifierType or IdentifierValue missing") },
    { "line.identifier-type", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "SSCC on an ITEM, or SKU/GTIN on a CARTON or PALLET") },
    { "nesting.pallet", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "a PALLET anywhere but the top level") },
    { "nesting.carton", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "a CARTON inside a CARTON or an ITEM") },
    { "nesting.item-top", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "an ITEM at the top level") },
    { "nesting.item-children", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "an ITEM with Lines") },
    { "nesting.empty", E, RuleScope::Container,
      QT_TRANSLATE_NOOP("Rules", "a CARTON or PALLET with no ITEM below it") },
    { "nesting.depth", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "deeper than PALLET, CARTON, ITEM") },
    { "pallet.layers", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules",
                        "a PALLET without LayersPerPallet and ItemsPerLayer (both at least 1)") },
    { "pallet.layers-forbidden", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "LayersPerPallet or ItemsPerLayer on a CARTON or ITEM") },
    { "item.quantity", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "an ITEM without a Quantity of at least 1") },
    { "quantity.forbidden", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "a Quantity other than 1 on a CARTON or PALLET") },
    { "item.units-per-case", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules",
                        "CASES without UnitsPerCase of at least 1, or UnitsPerCase with EACHES") },
    { "item.po", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "an ITEM without ChannelPurchaseOrderNo") },
    { "item-only.forbidden", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules",
                        "ChannelPurchaseOrderNo, LotNo or ExpiryDate on a CARTON or PALLET") },
    { "sscc.format", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "an SSCC that is not 18 digits") },
    { "sscc.check-digit", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "an SSCC whose GS1 check digit is wrong") },
    { "sscc.duplicate", E, RuleScope::Shipment,
      QT_TRANSLATE_NOOP("Rules", "the same SSCC twice in one shipment") },
    { "sscc.reused", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules",
                        "an SSCC the ledger shows on another shipment in the last 12 months") },
    { "weight.contents", E, RuleScope::Container,
      QT_TRANSLATE_NOOP("Rules",
                        "the children's declared weights add up to more than the container's") },
    { "dimensions.fit", E, RuleScope::Container,
      QT_TRANSLATE_NOOP("Rules", "a child's sorted dimensions exceed its container's") },
    { "po.unknown", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "ChannelPurchaseOrderNo is not one of the known POs") },
    { "po.sku", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "the SKU or GTIN is not a line of that PO") },
    { "po.status", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "the PO is CANCELLED, SHIPPED, CLOSED or INVOICED") },
    { "po.rejected", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "units packed for a line that was acknowledged REJECTED") },
    { "po.over-packed", E, RuleScope::Shipment,
      QT_TRANSLATE_NOOP("Rules", "more units of a PO line packed than accepted") },
    { "po.ship-to", E, RuleScope::Shipment,
      QT_TRANSLATE_NOOP("Rules", "ShipToPartyId differs from a packed PO's ship-to party") },
    { "po.selling-party", W, RuleScope::Shipment,
      QT_TRANSLATE_NOOP("Rules", "SellingPartyId differs from a packed PO's selling party") },
    { "po.ship-window", W, RuleScope::Shipment,
      QT_TRANSLATE_NOOP("Rules", "ShipmentDate outside a packed PO's ship window") },
    { "po.unacknowledged", W, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "units packed for a line that is not acknowledged yet") },
    { "po.under-packed", I, RuleScope::Shipment,
      QT_TRANSLATE_NOOP("Rules", "accepted units not packed yet") },
    { "carton.po-count", W, RuleScope::Container,
      QT_TRANSLATE_NOOP("Rules", "a carton holds items of too many POs") },
    { "carton.weight", W, RuleScope::Container,
      QT_TRANSLATE_NOOP("Rules", "a carton heavier than the team-lift limit") },
    { "pallet.weight", E, RuleScope::Container,
      QT_TRANSLATE_NOOP("Rules", "a pallet heavier than the limit") },
    { "pallet.height", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "a pallet taller than the limit") },
    { "pallet.loose-cartons", E, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "a top-level CARTON in a truck load or less than truck load") },
    { "pallet.mixed-sku", I, RuleScope::Container,
      QT_TRANSLATE_NOOP("Rules", "a pallet with more than one SKU: print the MIXED SKUS label") },
    { "item.shelf-life", W, RuleScope::Node,
      QT_TRANSLATE_NOOP("Rules", "ExpiryDate too soon after ShipmentDate") },
    { "weight.expected", W, RuleScope::Container,
      QT_TRANSLATE_NOOP("Rules",
                        "a carton's weight differs from the product master's expected weight") },
    { "shipment.weight", W, RuleScope::Shipment,
      QT_TRANSLATE_NOOP("Rules",
                        "the header Weight is less than the sum of the top-level weights") },
};

} // namespace

const QList<RuleInfo> &Rules::all()
{
    static const QList<RuleInfo> rules(std::begin(kRules), std::end(kRules));
    return rules;
}

const RuleInfo *Rules::find(QStringView id)
{
    for (const RuleInfo &rule : all()) {
        if (id == QLatin1String(rule.id))
            return &rule;
    }
    return nullptr;
}

QString Rules::summary(const RuleInfo &rule)
{
    return tr(rule.summary);
}

} // namespace VendorPack
