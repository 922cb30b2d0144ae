// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelbuilder.h"

#include "core/orderbook.h"
#include "core/shipment.h"

#include <QLocale>
#include <QSet>

namespace VendorPack {

QString LabelBuilder::weightText(const Weight &weight)
{
    if (!weight.isComplete())
        return QString();
    QString number = QLocale::c().toString(*weight.value, 'f', 2);
    while (number.contains(QLatin1Char('.'))
           && (number.endsWith(QLatin1Char('0')) || number.endsWith(QLatin1Char('.'))))
        number.chop(1);
    const char *unit = "";
    switch (weight.unit) {
    case WeightUnit::Pounds:
        unit = "LB";
        break;
    case WeightUnit::Kilograms:
        unit = "KG";
        break;
    case WeightUnit::Grams:
        unit = "G";
        break;
    case WeightUnit::Ounces:
        unit = "OZ";
        break;
    case WeightUnit::Unknown:
        return QString();
    }
    return number + QLatin1Char(' ') + QLatin1String(unit);
}

namespace {

// What a container holds: its POs, SKUs, units and cartons.
struct Contents
{
    QSet<QString> purchaseOrders;
    QSet<QString> skus;
    qint64 units = 0;
    int cartons = 0;
};

Contents contentsOf(const ShipmentNode *container)
{
    Contents contents;
    container->forEach([&contents, container](const ShipmentNode *node) {
        if (node == container)
            return;
        if (node->type() == NodeType::Carton) {
            ++contents.cartons;
        } else if (node->type() == NodeType::Item) {
            if (!node->line().channelPurchaseOrderNo.isEmpty())
                contents.purchaseOrders.insert(node->line().channelPurchaseOrderNo);
            if (!node->line().identifierValue.isEmpty())
                contents.skus.insert(node->line().identifierValue);
            contents.units += node->line().units();
        }
    });
    return contents;
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

Finding error(const char *rule, const QString &pointer, const QString &message, NodeId node = 0)
{
    Finding finding;
    finding.severity = Severity::Error;
    finding.rule = QLatin1String(rule);
    finding.pointer = pointer;
    finding.message = message;
    finding.node = node;
    return finding;
}

} // namespace

bool LabelBuilder::hasAddress(const Party &party)
{
    const bool street = !party.name.trimmed().isEmpty() || !party.addressLine1.trimmed().isEmpty();
    return street && !party.city.trimmed().isEmpty();
}

QStringList LabelBuilder::addressLines(const Party &party)
{
    QStringList lines;
    auto add = [&lines](const QString &text) {
        const QString t = text.simplified();
        if (!t.isEmpty())
            lines.append(t);
    };
    add(party.name);
    add(party.addressLine1);
    add(party.addressLine2);
    add(party.addressLine3);
    add(party.district);
    QString cityLine = party.city.simplified();
    const QString region
        = QStringList { party.stateOrRegion.simplified(), party.postalCode.simplified() }
              .join(QLatin1Char(' '))
              .trimmed();
    if (!region.isEmpty())
        cityLine += (cityLine.isEmpty() ? QString() : QStringLiteral(", ")) + region;
    add(cityLine);
    add(party.county);
    add(party.countryCode);
    return lines;
}

LabelBuilder::Result LabelBuilder::build(const Shipment &shipment, const OrderBook &orders,
                                         const Options &options)
{
    Result result;
    const ShipmentHeader &header = shipment.header();

    QList<const ShipmentNode *> cartons;
    QList<const ShipmentNode *> pallets;
    QList<const ShipmentNode *> containers;
    shipment.root()->forEach([&](const ShipmentNode *node) {
        if (node->type() == NodeType::Carton)
            cartons.append(node);
        else if (node->type() == NodeType::Pallet)
            pallets.append(node);
        else
            return;
        containers.append(node);
    });
    const Contents all = contentsOf(shipment.root());
    const QStringList packedOrders = sorted(all.purchaseOrders);

    // Ship to: the FC's address from a packed PO that ships there.
    Party shipTo;
    const QString shipToId = header.shipToPartyId;
    for (const QString &number : packedOrders) {
        const int index = orders.indexOf(number);
        if (index < 0)
            continue;
        const Party &party = orders.order(index).shipToParty;
        if ((shipToId.isEmpty() || party.partyId == shipToId) && hasAddress(party)) {
            shipTo = party;
            break;
        }
    }
    if (!hasAddress(shipTo)) {
        result.findings.append(
            error("label.ship-to", options.pointerPrefix + QStringLiteral("/ShipToPartyId"),
                  tr("No ship-to address for FC \"%1\": none of the packed purchase orders (%2) "
                     "gives one, and a label cannot be printed without it")
                      .arg(shipToId,
                           packedOrders.isEmpty() ? tr("none")
                                                  : packedOrders.join(QLatin1String(", ")))));
    }
    if (shipTo.partyId.isEmpty())
        shipTo.partyId = shipToId;

    // Ship from: the station's address, else the vendor's from a packed PO.
    Party shipFrom = options.shipFrom;
    if (!hasAddress(shipFrom)) {
        const QString fromId
            = header.shipFromPartyId.isEmpty() ? header.sellingPartyId : header.shipFromPartyId;
        for (const QString &number : packedOrders) {
            const int index = orders.indexOf(number);
            if (index < 0)
                continue;
            const Party &party = orders.order(index).sellingParty;
            if ((fromId.isEmpty() || party.partyId == fromId) && hasAddress(party)) {
                shipFrom = party;
                break;
            }
        }
    }
    if (!hasAddress(shipFrom)) {
        result.findings.append(error(
            "label.ship-from", options.pointerPrefix + QStringLiteral("/ShipFromPartyId"),
            tr("No ship-from address for \"%1\": set the station's ship-from address (or give "
               "the purchase orders a selling party with an address)")
                .arg(header.shipFromPartyId)));
    }

    int cartonNumber = 0;
    int palletNumber = 0;
    for (const ShipmentNode *node : std::as_const(containers)) {
        const bool pallet = node->type() == NodeType::Pallet;
        LabelData label;
        label.kind = pallet ? LabelKind::Pallet : LabelKind::Carton;
        label.node = node->id();
        label.pointer = node->pointer(options.pointerPrefix);
        label.number = pallet ? ++palletNumber : ++cartonNumber;
        label.total = int(pallet ? pallets.size() : cartons.size());
        QString ssccError;
        label.sscc = Sscc::fromString(node->line().identifierValue, &ssccError);
        if (!label.sscc.isValid()) {
            result.findings.append(error("label.sscc",
                                         label.pointer + QStringLiteral("/IdentifierValue"),
                                         tr("%1 %2 of %3 has no valid SSCC (\"%4\"): %5")
                                             .arg(pallet ? tr("Pallet") : tr("Carton"))
                                             .arg(label.number)
                                             .arg(label.total)
                                             .arg(node->line().identifierValue, ssccError),
                                         node->id()));
            continue;
        }
        label.companyPrefixLength = options.companyPrefixLength;
        label.shipFrom = shipFrom;
        label.shipTo = shipTo;
        label.shipmentNo = header.merchantShipmentNo;
        const Contents contents = contentsOf(node);
        label.purchaseOrders = sorted(contents.purchaseOrders);
        label.skuCount = int(contents.skus.size());
        if (label.skuCount == 1)
            label.sku = *contents.skus.cbegin();
        label.quantity = contents.units;
        label.cartonCount = contents.cartons;
        label.weight = weightText(node->line().weight);
        label.carrier = header.carrierName;
        label.pro = header.carrierShipmentNo;
        label.bol = header.billOfLadingNo;
        label.copies = pallet ? qMax(1, options.palletCopies) : 1;
        result.labels.append(label);
    }
    return result;
}

} // namespace VendorPack
