// SPDX-License-Identifier: GPL-3.0-or-later
#include "validator.h"

#include "gs1.h"
#include "orderbook.h"
#include "product.h"

#include <QSet>

#include <algorithm>

namespace VendorPack {

namespace {

// Marks a pointer that is absolute: the envelope's ChannelId sits beside the Model.
const QChar kEnvelopeMark(1);

Finding make(const char *rule, Severity severity, NodeId node, QLatin1String suffix,
             const QString &message)
{
    return Finding { severity, QLatin1String(rule), suffix, message, node };
}

QString typeName(NodeType type)
{
    return enumToWire(type);
}

bool isContainer(NodeType type)
{
    return type == NodeType::Carton || type == NodeType::Pallet;
}

std::optional<double> declaredGrams(const ShipmentNode *node)
{
    return node->line().weight.grams();
}

QString formatGrams(double grams, WeightUnit unit)
{
    if (unit == WeightUnit::Unknown)
        unit = WeightUnit::Kilograms;
    return QString::number(Units::fromGrams(grams, unit), 'f', 2) + QLatin1Char(' ')
        + enumToWire(unit);
}

// Shared checks of a Dimensions and a Weight value (lines and the header).
void checkMeasures(const Dimensions &d, const Weight &w, bool dimensionsMalformed,
                   bool weightMalformed, NodeId node, Findings &out)
{
    if (!d.isEmpty() && !dimensionsMalformed) {
        if (!d.height || !d.width || !d.length) {
            QStringList missing;
            if (!d.height)
                missing << QStringLiteral("Height");
            if (!d.width)
                missing << QStringLiteral("Width");
            if (!d.length)
                missing << QStringLiteral("Length");
            out.append(make(
                "dimensions.incomplete", Severity::Error, node, QLatin1String("/Dimensions"),
                Validator::tr("Dimensions without %1").arg(missing.join(QLatin1String(", ")))));
        }
        if (d.unit == LengthUnit::Unknown) {
            out.append(make(
                "dimensions.unit", Severity::Error, node, QLatin1String("/Dimensions"),
                Validator::tr("Dimensions without a Unit (%1)").arg(enumWireList<LengthUnit>())));
        }
        const std::optional<double> sides[] = { d.height, d.width, d.length };
        static const char *const kSides[]
            = { "/Dimensions/Height", "/Dimensions/Width", "/Dimensions/Length" };
        for (int i = 0; i < 3; ++i) {
            if (sides[i] && *sides[i] <= 0) {
                out.append(make(
                    "dimensions.positive", Severity::Error, node, QLatin1String(kSides[i]),
                    Validator::tr("a dimension must be greater than 0, not %1").arg(*sides[i])));
            }
        }
    }
    if (!w.isEmpty() && !weightMalformed) {
        if (!w.value || w.unit == WeightUnit::Unknown) {
            out.append(make(
                "weight.unit", Severity::Error, node, QLatin1String("/Weight"),
                !w.value
                    ? Validator::tr("Weight without a Value")
                    : Validator::tr("Weight without a Unit (%1)").arg(enumWireList<WeightUnit>())));
        }
        if (w.value && *w.value <= 0) {
            out.append(
                make("weight.positive", Severity::Error, node, QLatin1String("/Weight/Value"),
                     Validator::tr("a weight must be greater than 0, not %1").arg(*w.value)));
        }
    }
}

bool isSsccShaped(const QString &value)
{
    return value.size() == 18 && Gs1::isDigits(value);
}

const ShipmentNode *firstItemBelow(const ShipmentNode *node, bool *sawPlaceholder)
{
    for (const auto &child : node->children()) {
        // A line that could not be read, or has no known Type, may well be the item.
        if (child->line().isPlaceholder() || child->type() == NodeType::Unknown) {
            *sawPlaceholder = true;
            continue;
        }
        if (child->type() == NodeType::Item)
            return child.get();
        if (child->line().malformed & FieldLines)
            *sawPlaceholder = true; // its Lines were not read (reported), so may hold items
        if (const ShipmentNode *found = firstItemBelow(child.get(), sawPlaceholder))
            return found;
    }
    return nullptr;
}

template<typename F>
void forEachItemBelow(const ShipmentNode *node, F &&f)
{
    for (const auto &child : node->children()) {
        if (child->type() == NodeType::Item)
            f(child.get());
        else
            forEachItemBelow(child.get(), f);
    }
}

} // namespace

Validator::Validator(RuleContext context)
    : m_context(std::move(context))
{
}

Validator::~Validator() = default;

void Validator::setContext(RuleContext context)
{
    m_context = std::move(context);
    clear();
}

void Validator::clear()
{
    m_records.clear();
    m_headerFindings.clear();
    m_totalFindings.clear();
    m_ssccNodes.clear();
    m_ssccFindings.clear();
    m_tallies.clear();
    m_poItems.clear();
    m_poFindings.clear();
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
}

void Validator::replace(Findings &slot, Findings next)
{
    for (const Finding &f : slot)
        --m_counts[int(f.severity)];
    for (const Finding &f : next)
        ++m_counts[int(f.severity)];
    slot = std::move(next);
}

void Validator::validate(const Shipment &shipment)
{
    clear();
    m_records.reserve(shipment.nodeCount());
    evaluateHeader(shipment);
    shipment.root()->forEach([&](const ShipmentNode *node) {
        if (node->isRoot())
            return;
        NodeRecord &record = m_records[node->id()];
        evaluateNode(shipment, node, record);
        for (const Finding &f : record.findings)
            ++m_counts[int(f.severity)];
        addContributions(node->id(), record);
    });
    for (auto it = m_ssccNodes.cbegin(); it != m_ssccNodes.cend(); ++it) {
        if (it.value().size() > 1)
            evaluateSscc(it.key());
    }
    if (m_context.orders) {
        for (auto it = m_poItems.cbegin(); it != m_poItems.cend(); ++it)
            evaluatePurchaseOrder(shipment, it.key());
    }
    evaluateTotals(shipment);
}

void Validator::revalidate(const Shipment &shipment, const ShipmentChange &change)
{
    if (change.header) {
        validate(shipment);
        return;
    }
    QSet<const ShipmentNode *> dirty;
    bool topLevelTouched = false;
    auto addAncestors = [&](const ShipmentNode *node) {
        for (const ShipmentNode *n = node; n && !n->isRoot(); n = n->parent())
            dirty.insert(n);
        if (node && node->depth() <= 1)
            topLevelTouched = true;
    };
    for (NodeId id : change.changed) {
        const ShipmentNode *node = shipment.node(id);
        if (!node || node->isRoot())
            continue;
        node->forEach([&](const ShipmentNode *n) { dirty.insert(n); });
        addAncestors(node);
    }
    for (NodeId id : change.formerParents) {
        const ShipmentNode *node = shipment.node(id);
        if (!node)
            continue;
        if (node->isRoot())
            topLevelTouched = true;
        else
            addAncestors(node);
    }
    QSet<QString> ssccKeys;
    QSet<int> pos;
    for (const ShipmentNode *removedRoot : change.removed) {
        removedRoot->forEach([&](const ShipmentNode *n) {
            const auto it = m_records.find(n->id());
            if (it == m_records.end())
                return;
            if (!it->sscc.isEmpty())
                ssccKeys.insert(it->sscc);
            if (it->po >= 0)
                pos.insert(it->po);
            removeContributions(n->id(), *it);
            replace(it->findings, Findings());
            m_records.erase(it);
        });
    }
    for (const ShipmentNode *node : std::as_const(dirty)) {
        NodeRecord &record = m_records[node->id()];
        NodeRecord next;
        evaluateNode(shipment, node, next);
        if (!record.sscc.isEmpty())
            ssccKeys.insert(record.sscc);
        if (!next.sscc.isEmpty())
            ssccKeys.insert(next.sscc);
        if (record.po >= 0)
            pos.insert(record.po);
        if (next.po >= 0)
            pos.insert(next.po);
        removeContributions(node->id(), record);
        addContributions(node->id(), next);
        replace(record.findings, std::move(next.findings));
        record.sscc = std::move(next.sscc);
        record.lineKey = next.lineKey;
        record.units = next.units;
        record.po = next.po;
    }
    for (const QString &sscc : std::as_const(ssccKeys))
        evaluateSscc(sscc);
    if (m_context.orders) {
        for (int po : std::as_const(pos))
            evaluatePurchaseOrder(shipment, po);
    }
    if (topLevelTouched)
        evaluateTotals(shipment);
}

void Validator::addContributions(NodeId id, const NodeRecord &record)
{
    if (!record.sscc.isEmpty())
        m_ssccNodes[record.sscc].append(id);
    if (record.lineKey != kNoLine) {
        Tally &tally = m_tallies[record.lineKey];
        tally.units += record.units;
        tally.nodes.append(id);
    }
    if (record.po >= 0)
        ++m_poItems[record.po];
}

void Validator::removeContributions(NodeId id, const NodeRecord &record)
{
    if (!record.sscc.isEmpty()) {
        auto it = m_ssccNodes.find(record.sscc);
        if (it != m_ssccNodes.end()) {
            it->removeOne(id);
            if (it->isEmpty())
                m_ssccNodes.erase(it);
        }
    }
    if (record.lineKey != kNoLine) {
        auto it = m_tallies.find(record.lineKey);
        if (it != m_tallies.end()) {
            it->units -= record.units;
            it->nodes.removeOne(id);
            if (it->nodes.isEmpty())
                m_tallies.erase(it);
        }
    }
    if (record.po >= 0) {
        auto it = m_poItems.find(record.po);
        if (it != m_poItems.end() && --it.value() <= 0)
            m_poItems.erase(it);
    }
}

void Validator::evaluateHeader(const Shipment &shipment)
{
    const ShipmentHeader &h = shipment.header();
    Findings out;
    if (h.malformed & HeaderModel) {
        replace(m_headerFindings, std::move(out));
        return;
    }
    if (m_context.requireChannelId && !(h.malformed & HeaderChannelId)) {
        if (!h.channelId) {
            out.append(make("header.channel-id", Severity::Error, 0, QLatin1String(),
                            tr("ChannelId is missing")));
        } else if (*h.channelId < 1) {
            out.append(
                make("header.channel-id", Severity::Error, 0, QLatin1String(),
                     tr("ChannelId must be a positive whole number, not %1").arg(*h.channelId)));
        }
    }
    for (Finding &f : out)
        f.pointer = kEnvelopeMark + QLatin1String("/ChannelId");
    if (h.merchantShipmentNo.trimmed().isEmpty() && !(h.malformed & HeaderMerchantShipmentNo)) {
        out.append(make("header.merchant-shipment-no", Severity::Error, 0,
                        QLatin1String("/MerchantShipmentNo"),
                        tr("MerchantShipmentNo is missing; it identifies the shipment for every "
                           "later update")));
    }
    if (!(h.malformed & HeaderParties)) {
        const std::pair<const QString *, const char *> parties[] = {
            { &h.sellingPartyId, "/SellingPartyId" },
            { &h.shipFromPartyId, "/ShipFromPartyId" },
            { &h.shipToPartyId, "/ShipToPartyId" },
        };
        for (const auto &[value, pointer] : parties) {
            if (value->trimmed().isEmpty()) {
                out.append(make("header.parties", Severity::Error, 0, QLatin1String(pointer),
                                tr("%1 is missing").arg(QLatin1String(pointer + 1))));
            }
        }
    }
    if (h.isTruckShipment() && h.billOfLadingNo.trimmed().isEmpty()) {
        out.append(make(
            "header.bill-of-lading", Severity::Error, 0, QLatin1String("/BillOfLadingNo"),
            tr("BillOfLadingNo is required for a %1 shipment").arg(enumToWire(h.shipmentType))));
    }
    if (m_context.orders && h.carrierShipmentNo.trimmed().isEmpty() && !h.shipToPartyId.isEmpty()) {
        const QString country = m_context.orders->countryOfShipTo(h.shipToPartyId).toUpper();
        if (country == QLatin1String("US") || country == QLatin1String("CA")
            || country == QLatin1String("MX")) {
            out.append(make("header.carrier-shipment-no", Severity::Error, 0,
                            QLatin1String("/CarrierShipmentNo"),
                            tr("CarrierShipmentNo (the PRO number) is required: FC %1 is in %2")
                                .arg(h.shipToPartyId, country)));
        }
    }
    if (h.shipmentDate.isValid() && h.estimatedDeliveryDate.isValid()
        && h.estimatedDeliveryDate < h.shipmentDate) {
        out.append(make("header.dates", Severity::Error, 0, QLatin1String("/EstimatedDeliveryDate"),
                        tr("EstimatedDeliveryDate %1 is before ShipmentDate %2")
                            .arg(h.estimatedDeliveryDate.toString(Qt::ISODate),
                                 h.shipmentDate.toString(Qt::ISODate))));
    }
    checkMeasures(h.dimensions, h.weight, h.malformed & HeaderDimensions,
                  h.malformed & HeaderWeight, 0, out);
    replace(m_headerFindings, std::move(out));
}

void Validator::evaluateTotals(const Shipment &shipment)
{
    const ShipmentHeader &h = shipment.header();
    Findings out;
    if (!(h.malformed & (HeaderModel | HeaderLines)) && shipment.lines().empty()) {
        out.append(make("header.lines", Severity::Error, 0, QLatin1String(),
                        tr("the shipment has no lines: add at least one pallet or carton")));
    }
    if (const std::optional<double> headerGrams = h.weight.grams()) {
        double sum = 0;
        for (const auto &line : shipment.lines()) {
            if (const std::optional<double> g = declaredGrams(line.get()))
                sum += *g;
        }
        if (Units::greaterThan(sum, *headerGrams)) {
            out.append(make("shipment.weight", Severity::Warning, 0, QLatin1String("/Weight"),
                            tr("the header Weight %1 is less than the top-level lines' %2")
                                .arg(formatGrams(*headerGrams, h.weight.unit),
                                     formatGrams(sum, h.weight.unit))));
        }
    }
    replace(m_totalFindings, std::move(out));
}

void Validator::evaluateSscc(const QString &sscc)
{
    Findings out;
    const QList<NodeId> nodes = m_ssccNodes.value(sscc);
    if (nodes.size() > 1) {
        for (NodeId id : nodes) {
            out.append(make("sscc.duplicate", Severity::Error, id,
                            QLatin1String("/IdentifierValue"),
                            tr("SSCC %1 is used %2 times in this shipment; every carton and "
                               "pallet needs its own")
                                .arg(sscc)
                                .arg(nodes.size())));
        }
    }
    if (out.isEmpty()) {
        auto it = m_ssccFindings.find(sscc);
        if (it != m_ssccFindings.end()) {
            replace(*it, Findings());
            m_ssccFindings.erase(it);
        }
    } else {
        replace(m_ssccFindings[sscc], std::move(out));
    }
}

void Validator::evaluatePurchaseOrder(const Shipment &shipment, int po)
{
    Findings out;
    const OrderBook &orders = *m_context.orders;
    const bool packed = m_poItems.value(po) > 0;
    if (packed && po >= 0 && po < orders.orders().size()) {
        const PurchaseOrder &order = orders.order(po);
        const ShipmentHeader &h = shipment.header();
        const QString &number = order.channelPurchaseOrderNo;
        if (!h.shipToPartyId.isEmpty() && !order.shipToParty.partyId.isEmpty()
            && h.shipToPartyId != order.shipToParty.partyId) {
            out.append(make("po.ship-to", Severity::Error, 0, QLatin1String("/ShipToPartyId"),
                            tr("PO %1 ships to %2, but the shipment goes to %3")
                                .arg(number, order.shipToParty.partyId, h.shipToPartyId)));
        }
        if (!h.sellingPartyId.isEmpty() && !order.sellingParty.partyId.isEmpty()
            && h.sellingPartyId != order.sellingParty.partyId) {
            out.append(make("po.selling-party", Severity::Warning, 0,
                            QLatin1String("/SellingPartyId"),
                            tr("PO %1 was ordered from selling party %2, not %3")
                                .arg(number, order.sellingParty.partyId, h.sellingPartyId)));
        }
        if (h.shipmentDate.isValid()) {
            const QDate date = h.shipmentDate.date();
            const bool early = order.fromShipDate.isValid() && date < order.fromShipDate.date();
            const bool late = order.toShipDate.isValid() && date > order.toShipDate.date();
            if (early || late) {
                out.append(make("po.ship-window", Severity::Warning, 0,
                                QLatin1String("/ShipmentDate"),
                                tr("ShipmentDate %1 is outside the ship window of PO %2 (%3 to "
                                   "%4)")
                                    .arg(date.toString(Qt::ISODate), number,
                                         order.fromShipDate.date().toString(Qt::ISODate),
                                         order.toShipDate.date().toString(Qt::ISODate))));
            }
        }
        for (int l = 0; l < order.lines.size(); ++l) {
            const PurchaseOrderLine &line = order.lines[l];
            const auto tally = m_tallies.constFind((quint64(po) << 32) | quint64(l));
            const qint64 units = tally == m_tallies.cend() ? 0 : tally->units;
            const qint64 accepted = line.acceptedUnits();
            const QString sku
                = line.merchantProductNo.isEmpty() ? line.channelProductNo : line.merchantProductNo;
            if (units > accepted && tally != m_tallies.cend() && !line.isRejected()) {
                const NodeId last = *std::max_element(tally->nodes.cbegin(), tally->nodes.cend());
                out.append(make(
                    "po.over-packed", Severity::Error, last, QLatin1String("/Quantity"),
                    tr("%1 units of %2 on PO %3 are packed, but only %4 are %5")
                        .arg(units)
                        .arg(sku, number)
                        .arg(accepted)
                        .arg(line.hasLocalAcknowledgement() ? tr("accepted") : tr("ordered"))));
            } else if (units < accepted) {
                out.append(make("po.under-packed", Severity::Info, 0, QLatin1String(),
                                tr("%1 of %2 accepted units of %3 on PO %4 are packed")
                                    .arg(units)
                                    .arg(accepted)
                                    .arg(sku, number)));
            }
        }
    }
    if (out.isEmpty()) {
        auto it = m_poFindings.find(po);
        if (it != m_poFindings.end()) {
            replace(*it, Findings());
            m_poFindings.erase(it);
        }
    } else {
        replace(m_poFindings[po], std::move(out));
    }
}

void Validator::evaluateNode(const Shipment &shipment, const ShipmentNode *node,
                             NodeRecord &record) const
{
    const ShipmentLine &l = node->line();
    if (l.isPlaceholder())
        return; // reported by the reader
    Findings &out = record.findings;
    const NodeId id = node->id();
    const int depth = node->depth();
    const NodeType parentType
        = node->parent()->isRoot() ? NodeType::Unknown : node->parent()->type();
    const bool item = l.type == NodeType::Item;
    const bool container = isContainer(l.type);

    // Identification.
    if (l.type == NodeType::Unknown && !(l.malformed & FieldType)) {
        out.append(make("line.identifier", Severity::Error, id, QLatin1String("/Type"),
                        tr("Type is missing (ITEM, CARTON or PALLET)")));
    }
    if (l.identifierType == IdentifierType::Unknown && !(l.malformed & FieldIdentifierType)) {
        out.append(make("line.identifier", Severity::Error, id, QLatin1String("/IdentifierType"),
                        tr("IdentifierType is missing (%1)")
                            .arg(item ? QStringLiteral("SKU or GTIN") : QStringLiteral("SSCC"))));
    }
    if (l.identifierValue.trimmed().isEmpty() && !(l.malformed & FieldIdentifierValue)) {
        out.append(make("line.identifier", Severity::Error, id, QLatin1String("/IdentifierValue"),
                        tr("IdentifierValue is missing")));
    }
    if (item && l.identifierType == IdentifierType::Sscc) {
        out.append(make("line.identifier-type", Severity::Error, id,
                        QLatin1String("/IdentifierType"),
                        tr("an ITEM is identified by SKU or GTIN, not by SSCC")));
    } else if (container
               && (l.identifierType == IdentifierType::Sku
                   || l.identifierType == IdentifierType::Gtin)) {
        out.append(make("line.identifier-type", Severity::Error, id,
                        QLatin1String("/IdentifierType"),
                        tr("a %1 is identified by its SSCC, not by %2")
                            .arg(typeName(l.type), enumToWire(l.identifierType))));
    }
    if (l.identifierType == IdentifierType::Sscc && !l.identifierValue.isEmpty()) {
        if (!isSsccShaped(l.identifierValue)) {
            out.append(make(
                "sscc.format", Severity::Error, id, QLatin1String("/IdentifierValue"),
                tr("SSCC \"%1\" must be 18 digits; it has %2 characters%3")
                    .arg(l.identifierValue.left(40))
                    .arg(l.identifierValue.size())
                    .arg(Gs1::isDigits(l.identifierValue) ? QString() : tr(", not all digits"))));
        } else {
            const int expected = Gs1::checkDigit(QStringView(l.identifierValue).left(17));
            const int actual = l.identifierValue.at(17).unicode() - '0';
            if (expected != actual) {
                out.append(make("sscc.check-digit", Severity::Error, id,
                                QLatin1String("/IdentifierValue"),
                                tr("SSCC %1 ends in check digit %2, but it must be %3")
                                    .arg(l.identifierValue)
                                    .arg(actual)
                                    .arg(expected)));
            } else if (container) {
                record.sscc = l.identifierValue;
                if (m_context.ssccHistory) {
                    const QString other = m_context.ssccHistory->otherShipmentUsing(
                        l.identifierValue, shipment.header().merchantShipmentNo,
                        m_context.settings.ssccReuseMonths);
                    if (!other.isEmpty()) {
                        out.append(make("sscc.reused", Severity::Error, id,
                                        QLatin1String("/IdentifierValue"),
                                        tr("SSCC %1 was used on shipment %2 within the last %3 "
                                           "months; an SSCC is never reused")
                                            .arg(l.identifierValue, other)
                                            .arg(m_context.settings.ssccReuseMonths)));
                    }
                }
            }
        }
    }

    // Nesting.
    if (l.type == NodeType::Pallet && depth != 1) {
        out.append(make("nesting.pallet", Severity::Error, id, QLatin1String(),
                        tr("a PALLET can only be at the top level, not inside a %1")
                            .arg(typeName(parentType))));
    } else if (l.type == NodeType::Carton
               && (parentType == NodeType::Carton || parentType == NodeType::Item)) {
        out.append(make("nesting.carton", Severity::Error, id, QLatin1String(),
                        tr("a CARTON cannot be inside a %1").arg(typeName(parentType))));
    } else if (item && depth == 1) {
        out.append(make("nesting.item-top", Severity::Error, id, QLatin1String(),
                        tr("an ITEM cannot be at the top level: put it in a carton or on a "
                           "pallet")));
    }
    if (item && node->childCount() > 0) {
        out.append(make("nesting.item-children", Severity::Error, id, QLatin1String("/Lines"),
                        tr("an ITEM cannot contain lines")));
    }
    if (depth > 3 && (node->parent()->depth() <= 3)) {
        out.append(make("nesting.depth", Severity::Error, id, QLatin1String(),
                        tr("lines nest at most three levels deep (PALLET, CARTON, ITEM); this is "
                           "level %1")
                            .arg(depth)));
    }

    // Pallet layers.
    if (l.type == NodeType::Pallet) {
        const bool layersOk = (l.layersPerPallet && *l.layersPerPallet >= 1)
            || (l.malformed & FieldLayersPerPallet);
        const bool itemsOk
            = (l.itemsPerLayer && *l.itemsPerLayer >= 1) || (l.malformed & FieldItemsPerLayer);
        if (!layersOk || !itemsOk) {
            QStringList missing;
            if (!layersOk)
                missing << QStringLiteral("LayersPerPallet");
            if (!itemsOk)
                missing << QStringLiteral("ItemsPerLayer");
            out.append(make(
                "pallet.layers", Severity::Error, id,
                !layersOk ? QLatin1String("/LayersPerPallet") : QLatin1String("/ItemsPerLayer"),
                tr("a PALLET needs %1 of at least 1").arg(missing.join(QLatin1String(" and ")))));
        }
    } else if (l.layersPerPallet || l.itemsPerLayer) {
        out.append(make("pallet.layers-forbidden", Severity::Error, id,
                        l.layersPerPallet ? QLatin1String("/LayersPerPallet")
                                          : QLatin1String("/ItemsPerLayer"),
                        tr("LayersPerPallet and ItemsPerLayer belong on a PALLET only")));
    }

    // Quantities.
    if (item) {
        if (!(l.malformed & FieldQuantity) && (!l.quantity || *l.quantity < 1)) {
            out.append(make(
                "item.quantity", Severity::Error, id, QLatin1String("/Quantity"),
                l.quantity ? tr("an ITEM needs a Quantity of at least 1, not %1").arg(*l.quantity)
                           : tr("an ITEM needs a Quantity of at least 1")));
        }
        // No QuantityUnitOfMeasure means EACHES: ChannelEngine's documented default is ITEM.
        if (l.quantityUnit == QuantityUnit::Cases && !(l.malformed & FieldUnitsPerCase)
            && (!l.unitsPerCase || *l.unitsPerCase < 1)) {
            out.append(make("item.units-per-case", Severity::Error, id,
                            QLatin1String("/UnitsPerCase"),
                            tr("CASES need UnitsPerCase of at least 1")));
        } else if (l.quantityUnit != QuantityUnit::Cases && l.unitsPerCase) {
            out.append(
                make("item.units-per-case", Severity::Error, id, QLatin1String("/UnitsPerCase"),
                     tr("UnitsPerCase is only for CASES, but the unit is %1")
                         .arg(l.quantityUnit == QuantityUnit::Eaches ? QStringLiteral("EACHES")
                                                                     : tr("not given (EACHES)"))));
        }
        if (l.channelPurchaseOrderNo.trimmed().isEmpty() && !(l.malformed & FieldPurchaseOrder)) {
            out.append(make("item.po", Severity::Error, id,
                            QLatin1String("/ChannelPurchaseOrderNo"),
                            tr("an ITEM needs the ChannelPurchaseOrderNo it is shipped for")));
        }
    } else if (container) {
        if (l.quantity && *l.quantity != 1) {
            out.append(make("quantity.forbidden", Severity::Error, id, QLatin1String("/Quantity"),
                            tr("a %1 has no Quantity (it is always 1), not %2")
                                .arg(typeName(l.type))
                                .arg(*l.quantity)));
        } else if (l.quantity) {
            out.append(make("quantity.forbidden", Severity::Warning, id, QLatin1String("/Quantity"),
                            tr("Quantity 1 on a %1 means nothing and is left out on output")
                                .arg(typeName(l.type))));
        }
        const std::pair<bool, const char *> itemOnly[] = {
            { !l.channelPurchaseOrderNo.isEmpty(), "/ChannelPurchaseOrderNo" },
            { !l.lotNo.isEmpty(), "/LotNo" },
            { l.expiryDate.isValid(), "/ExpiryDate" },
        };
        for (const auto &[present, pointer] : itemOnly) {
            if (present) {
                out.append(make("item-only.forbidden", Severity::Error, id, QLatin1String(pointer),
                                tr("%1 belongs on an ITEM, not on a %2")
                                    .arg(QLatin1String(pointer + 1), typeName(l.type))));
            }
        }
    }

    checkMeasures(l.dimensions, l.weight, l.malformed & FieldDimensions, l.malformed & FieldWeight,
                  id, out);

    // Header-dependent line rules.
    const ShipmentHeader &h = shipment.header();
    if (l.type == NodeType::Carton && depth == 1 && h.isTruckShipment()) {
        out.append(make(
            "pallet.loose-cartons", Severity::Error, id, QLatin1String(),
            tr("cartons of a %1 shipment must sit on a pallet").arg(enumToWire(h.shipmentType))));
    }
    if (item && l.expiryDate.isValid() && h.shipmentDate.isValid()) {
        const qint64 days = h.shipmentDate.date().daysTo(l.expiryDate.date());
        if (days < m_context.settings.minShelfLifeDays) {
            out.append(make("item.shelf-life", Severity::Warning, id, QLatin1String("/ExpiryDate"),
                            tr("expires %1, %2 days after the shipment date; at least %3 are "
                               "expected")
                                .arg(l.expiryDate.date().toString(Qt::ISODate))
                                .arg(days)
                                .arg(m_context.settings.minShelfLifeDays)));
        }
    }
    if (l.type == NodeType::Pallet && l.dimensions.isComplete()
        && Units::greaterThan(l.dimensions.heightMillimetres(),
                              m_context.settings.maxPalletHeightMillimetres)) {
        out.append(make("pallet.height", Severity::Error, id, QLatin1String("/Dimensions/Height"),
                        tr("the pallet is %1 in tall; at most %2 in is allowed")
                            .arg(l.dimensions.heightMillimetres() / 25.4, 0, 'f', 1)
                            .arg(m_context.settings.maxPalletHeightMillimetres / 25.4, 0, 'f', 1)));
    }

    // Purchase orders.
    if (item && m_context.orders && !l.channelPurchaseOrderNo.isEmpty()) {
        const OrderBook &orders = *m_context.orders;
        const int po = orders.indexOf(l.channelPurchaseOrderNo);
        if (po < 0) {
            out.append(make(
                "po.unknown", Severity::Error, id, QLatin1String("/ChannelPurchaseOrderNo"),
                tr("PO %1 is not one of the known purchase orders").arg(l.channelPurchaseOrderNo)));
        } else {
            record.po = po;
            const PurchaseOrder &order = orders.order(po);
            if (order.isClosedForPacking()) {
                out.append(make("po.status", Severity::Error, id,
                                QLatin1String("/ChannelPurchaseOrderNo"),
                                tr("PO %1 is %2; nothing more can be shipped for it")
                                    .arg(l.channelPurchaseOrderNo, enumToWire(order.status))));
            }
            const int line
                = orders.lineIndexOf(po, l.identifierType, l.identifierValue, m_context.products);
            if (line < 0) {
                if (!l.identifierValue.isEmpty()) {
                    out.append(make("po.sku", Severity::Error, id,
                                    QLatin1String("/IdentifierValue"),
                                    l.identifierType == IdentifierType::Gtin && !m_context.products
                                        ? tr("GTIN %1 cannot be matched to a line of PO %2 "
                                             "without product master data")
                                              .arg(l.identifierValue, l.channelPurchaseOrderNo)
                                        : tr("%1 is not a line of PO %2")
                                              .arg(l.identifierValue, l.channelPurchaseOrderNo)));
                }
            } else {
                const PurchaseOrderLine &poLine = order.lines[line];
                record.lineKey = (quint64(po) << 32) | quint64(line);
                record.units = l.units();
                if (poLine.isRejected()) {
                    out.append(make("po.rejected", Severity::Error, id, QLatin1String("/Quantity"),
                                    tr("%1 on PO %2 was acknowledged REJECTED; it cannot be "
                                       "shipped")
                                        .arg(l.identifierValue, l.channelPurchaseOrderNo)));
                } else if (!poLine.isAcknowledged()) {
                    out.append(make("po.unacknowledged", Severity::Warning, id,
                                    QLatin1String("/Quantity"),
                                    tr("%1 on PO %2 is not acknowledged yet")
                                        .arg(l.identifierValue, l.channelPurchaseOrderNo)));
                }
            }
        }
    }

    if (container)
        evaluateContainer(node, out);
}

void Validator::evaluateContainer(const ShipmentNode *node, Findings &out) const
{
    const ShipmentLine &l = node->line();
    const NodeId id = node->id();
    const RuleSettings &settings = m_context.settings;

    bool sawPlaceholder = false;
    if (!firstItemBelow(node, &sawPlaceholder) && !sawPlaceholder && !(l.malformed & FieldLines)) {
        out.append(make("nesting.empty", Severity::Error, id, QLatin1String(),
                        tr("this %1 has no ITEM inside; the lowest level is always an item")
                            .arg(typeName(l.type))));
    }

    const std::optional<double> own = l.weight.grams();
    double childGrams = 0;
    bool anyChildWeight = false;
    for (const auto &child : node->children()) {
        if (const std::optional<double> g = declaredGrams(child.get())) {
            childGrams += *g;
            anyChildWeight = true;
        }
    }
    if (own && anyChildWeight && Units::greaterThan(childGrams, *own)) {
        out.append(make("weight.contents", Severity::Error, id, QLatin1String("/Weight"),
                        tr("the contents weigh %1, more than the %2 declared for this %3")
                            .arg(formatGrams(childGrams, l.weight.unit),
                                 formatGrams(*own, l.weight.unit), typeName(l.type))));
    }

    if (l.dimensions.isComplete()) {
        const auto outer = l.dimensions.sortedMillimetres();
        for (const auto &child : node->children()) {
            const Dimensions &cd = child->line().dimensions;
            if (!cd.isComplete())
                continue;
            const auto inner = cd.sortedMillimetres();
            if (Units::greaterThan(inner[0], outer[0]) || Units::greaterThan(inner[1], outer[1])
                || Units::greaterThan(inner[2], outer[2])) {
                out.append(make("dimensions.fit", Severity::Error, child->id(),
                                QLatin1String("/Dimensions"),
                                tr("%1 × %2 × %3 mm does not fit in its %4 of %5 × %6 × %7 mm")
                                    .arg(inner[0], 0, 'f', 0)
                                    .arg(inner[1], 0, 'f', 0)
                                    .arg(inner[2], 0, 'f', 0)
                                    .arg(typeName(l.type))
                                    .arg(outer[0], 0, 'f', 0)
                                    .arg(outer[1], 0, 'f', 0)
                                    .arg(outer[2], 0, 'f', 0)));
            }
        }
    }

    const double weightGrams = own ? *own : childGrams;
    if (l.type == NodeType::Carton) {
        QVarLengthArray<const QString *, 8> orders;
        forEachItemBelow(node, [&](const ShipmentNode *itemNode) {
            const QString &po = itemNode->line().channelPurchaseOrderNo;
            if (po.isEmpty())
                return;
            for (const QString *seen : orders) {
                if (*seen == po)
                    return;
            }
            orders.append(&po);
        });
        if (orders.size() > settings.maxPurchaseOrdersPerCarton) {
            out.append(make("carton.po-count", Severity::Warning, id, QLatin1String(),
                            tr("this carton holds items of %1 POs; at most %2 are expected")
                                .arg(orders.size())
                                .arg(settings.maxPurchaseOrdersPerCarton)));
        }
        if (Units::greaterThan(weightGrams, settings.maxCartonWeightGrams)) {
            out.append(make("carton.weight", Severity::Warning, id,
                            own ? QLatin1String("/Weight") : QLatin1String(),
                            tr("the carton weighs %1, over %2: mark it team lift")
                                .arg(formatGrams(weightGrams, l.weight.unit),
                                     formatGrams(settings.maxCartonWeightGrams, l.weight.unit))));
        }
        if (own && m_context.products) {
            double expected = 0;
            bool known = true;
            forEachItemBelow(node, [&](const ShipmentNode *itemNode) {
                const ShipmentLine &il = itemNode->line();
                const Product *product = il.identifierType == IdentifierType::Gtin
                    ? m_context.products->productByGtin(il.identifierValue)
                    : m_context.products->productBySku(il.identifierValue);
                if (!product || !product->unitWeightGrams)
                    known = false;
                else
                    expected += *product->unitWeightGrams * double(il.units());
            });
            if (known && expected > 0
                && std::abs(*own - expected) > settings.expectedWeightTolerance * expected) {
                out.append(make("weight.expected", Severity::Warning, id, QLatin1String("/Weight"),
                                tr("the carton weighs %1, but its contents should weigh about "
                                   "%2: check what is inside")
                                    .arg(formatGrams(*own, l.weight.unit),
                                         formatGrams(expected, l.weight.unit))));
            }
        }
    } else if (l.type == NodeType::Pallet) {
        if (Units::greaterThan(weightGrams, settings.maxPalletWeightGrams)) {
            out.append(make("pallet.weight", Severity::Error, id,
                            own ? QLatin1String("/Weight") : QLatin1String(),
                            tr("the pallet weighs %1; at most %2 is allowed")
                                .arg(formatGrams(weightGrams, l.weight.unit),
                                     formatGrams(settings.maxPalletWeightGrams, l.weight.unit))));
        }
        const QString *firstSku = nullptr;
        bool mixed = false;
        forEachItemBelow(node, [&](const ShipmentNode *itemNode) {
            const QString &sku = itemNode->line().identifierValue;
            if (!firstSku)
                firstSku = &sku;
            else if (!mixed && sku != *firstSku)
                mixed = true;
        });
        if (mixed) {
            out.append(make("pallet.mixed-sku", Severity::Info, id, QLatin1String(),
                            tr("this pallet holds more than one SKU: it needs a MIXED SKUS "
                               "label")));
        }
    }
}

void Validator::resolve(const QString &nodePointer, Finding &finding) const
{
    if (finding.pointer.startsWith(kEnvelopeMark))
        finding.pointer = finding.pointer.mid(1);
    else if (finding.node == 0)
        finding.pointer = m_context.pointerPrefix + finding.pointer;
    else
        finding.pointer = nodePointer + finding.pointer;
}

Findings Validator::unresolvedFindings(const Shipment &shipment) const
{
    Findings out = m_headerFindings + m_totalFindings;
    shipment.root()->forEach([&](const ShipmentNode *node) {
        const auto it = m_records.constFind(node->id());
        if (it == m_records.cend())
            return;
        out += it->findings;
        const auto s = m_ssccFindings.constFind(it->sscc);
        if (s != m_ssccFindings.cend()) {
            for (const Finding &f : *s) {
                if (f.node == node->id())
                    out.append(f);
            }
        }
    });
    QList<int> pos = m_poFindings.keys();
    std::sort(pos.begin(), pos.end());
    for (int po : std::as_const(pos))
        out += m_poFindings.value(po);
    return out;
}

Findings Validator::findings(const Shipment &shipment) const
{
    Findings out = unresolvedFindings(shipment);
    // One walk gives every named node its pointer: a node's row is known while walking, and
    // asking each node for its own would be quadratic in the number of siblings.
    QHash<NodeId, QString> pointers;
    for (const Finding &f : std::as_const(out)) {
        if (f.node != 0)
            pointers.insert(f.node, QString());
    }
    if (!pointers.isEmpty()) {
        QString path = m_context.pointerPrefix;
        struct Walker
        {
            QHash<NodeId, QString> &pointers;
            QString &path;
            void operator()(const ShipmentNode *parent)
            {
                const int count = parent->childCount();
                for (int row = 0; row < count; ++row) {
                    const ShipmentNode *child = parent->child(row);
                    const qsizetype mark = path.size();
                    path += QLatin1String("/Lines/") + QString::number(row);
                    const auto it = pointers.find(child->id());
                    if (it != pointers.end())
                        *it = path;
                    (*this)(child);
                    path.truncate(mark);
                }
            }
        };
        Walker { pointers, path }(shipment.root());
    }
    for (Finding &f : out)
        resolve(pointers.value(f.node), f);
    return out;
}

Findings Validator::findingsFor(const Shipment &shipment, NodeId node) const
{
    // Only the places a node's findings can be kept in: its own record, its container's (a
    // child that does not fit), its SSCC's and its PO's. Independent of the shipment's size.
    const ShipmentNode *target = shipment.node(node);
    if (!target)
        return {};
    Findings candidates;
    if (target->isRoot()) {
        candidates = m_headerFindings + m_totalFindings;
        for (const Findings &list : m_poFindings)
            candidates += list;
    } else {
        const auto record = m_records.constFind(node);
        if (record != m_records.cend()) {
            candidates += record->findings;
            candidates += m_ssccFindings.value(record->sscc);
            if (record->po >= 0)
                candidates += m_poFindings.value(record->po);
        }
        const auto container = m_records.constFind(target->parent()->id());
        if (container != m_records.cend())
            candidates += container->findings;
    }
    const QString pointer = target->pointer(m_context.pointerPrefix);
    Findings out;
    for (Finding &f : candidates) {
        if (f.node == node) {
            resolve(pointer, f);
            out.append(std::move(f));
        }
    }
    return out;
}

qint64 Validator::packedUnits(const QString &channelPurchaseOrderNo, const QString &sku) const
{
    if (!m_context.orders)
        return 0;
    const int po = m_context.orders->indexOf(channelPurchaseOrderNo);
    const int line
        = m_context.orders->lineIndexOf(po, IdentifierType::Sku, sku, m_context.products);
    if (line < 0)
        return 0;
    return m_tallies.value((quint64(po) << 32) | quint64(line)).units;
}

MoveCheck Validator::checkMove(const Shipment &shipment, const QList<const ShipmentNode *> &nodes,
                               const ShipmentNode *newParent) const
{
    Q_UNUSED(shipment);
    if (!newParent)
        return MoveCheck::refuse("nesting.depth", tr("there is nothing to drop onto"));
    const NodeType target = newParent->isRoot() ? NodeType::Unknown : newParent->type();
    for (const ShipmentNode *node : nodes) {
        if (node == newParent || node->isAncestorOf(newParent)) {
            return MoveCheck::refuse(
                "nesting.depth", tr("a %1 cannot go inside itself").arg(typeName(node->type())));
        }
        switch (node->type()) {
        case NodeType::Pallet:
            if (!newParent->isRoot()) {
                return MoveCheck::refuse("nesting.pallet",
                                         tr("a pallet cannot go into a %1: pallets stay at the "
                                            "top level")
                                             .arg(typeName(target).toLower()));
            }
            break;
        case NodeType::Carton:
            if (target == NodeType::Carton || target == NodeType::Item) {
                return MoveCheck::refuse(
                    "nesting.carton",
                    tr("a carton cannot go into a %1").arg(typeName(target).toLower()));
            }
            if (newParent->isRoot() && shipment.header().isTruckShipment()) {
                return MoveCheck::refuse("pallet.loose-cartons",
                                         tr("cartons of a %1 shipment must sit on a pallet")
                                             .arg(enumToWire(shipment.header().shipmentType)));
            }
            break;
        case NodeType::Item:
            if (newParent->isRoot()) {
                return MoveCheck::refuse("nesting.item-top",
                                         tr("an item cannot stand at the top level: drop it "
                                            "into a carton or onto a pallet"));
            }
            if (target == NodeType::Item) {
                return MoveCheck::refuse("nesting.item-children",
                                         tr("an item cannot go into another item"));
            }
            break;
        case NodeType::Unknown:
            return MoveCheck::refuse("line.identifier",
                                     tr("a line without a Type cannot be moved"));
        }
    }
    return MoveCheck();
}

MoveCheck Validator::checkInsert(const Shipment &shipment, const ShipmentLine &line,
                                 const ShipmentNode *newParent) const
{
    ShipmentNode probe(0, line);
    const MoveCheck nesting = checkMove(shipment, { &probe }, newParent);
    if (!nesting)
        return nesting;
    if (line.type != NodeType::Item || !m_context.orders)
        return MoveCheck();
    if (line.channelPurchaseOrderNo.trimmed().isEmpty()) {
        return MoveCheck::refuse("item.po",
                                 tr("an ITEM needs the ChannelPurchaseOrderNo it is shipped for"));
    }
    const OrderBook &orders = *m_context.orders;
    const int po = orders.indexOf(line.channelPurchaseOrderNo);
    if (po < 0) {
        return MoveCheck::refuse(
            "po.unknown",
            tr("PO %1 is not one of the known purchase orders").arg(line.channelPurchaseOrderNo));
    }
    const PurchaseOrder &order = orders.order(po);
    if (order.isClosedForPacking()) {
        return MoveCheck::refuse(
            "po.status",
            tr("PO %1 is %2").arg(order.channelPurchaseOrderNo, enumToWire(order.status)));
    }
    const QString &shipTo = shipment.header().shipToPartyId;
    if (!shipTo.isEmpty() && !order.shipToParty.partyId.isEmpty()
        && order.shipToParty.partyId != shipTo) {
        return MoveCheck::refuse(
            "po.ship-to",
            tr("PO %1 goes to %2, but this shipment goes to %3")
                .arg(order.channelPurchaseOrderNo, order.shipToParty.partyId, shipTo));
    }
    const int lineIndex
        = orders.lineIndexOf(po, line.identifierType, line.identifierValue, m_context.products);
    if (lineIndex < 0) {
        return MoveCheck::refuse("po.sku",
                                 tr("%1 is not a line of PO %2")
                                     .arg(line.identifierValue, order.channelPurchaseOrderNo));
    }
    const PurchaseOrderLine &poLine = order.lines[lineIndex];
    if (poLine.isRejected()) {
        return MoveCheck::refuse(
            "po.rejected",
            tr("%1 on PO %2 was rejected").arg(line.identifierValue, order.channelPurchaseOrderNo));
    }
    const qint64 packed = m_tallies.value((quint64(po) << 32) | quint64(lineIndex)).units;
    const qint64 accepted = poLine.acceptedUnits();
    if (packed + line.units() > accepted) {
        return MoveCheck::refuse("po.over-packed",
                                 tr("only %1 more units of %2 on PO %3 may be packed (%4 of %5 "
                                    "packed)")
                                     .arg(qMax<qint64>(0, accepted - packed))
                                     .arg(line.identifierValue, order.channelPurchaseOrderNo)
                                     .arg(packed)
                                     .arg(accepted));
    }
    return MoveCheck();
}

Findings Validator::validateOnce(const Shipment &shipment, const RuleContext &context)
{
    Validator validator(context);
    validator.validate(shipment);
    return validator.findings(shipment);
}

} // namespace VendorPack
