// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifestbuilder.h"

#include "core/shipment.h"

#include <QHash>
#include <QMap>

#include <utility>

namespace VendorPack {

ManifestBuilder::Result ManifestBuilder::build(const Shipment &shipment, const OrderBook &orders,
                                               const LabelBuilder::Options &options)
{
    return build(shipment, LabelBuilder::build(shipment, orders, options));
}

ManifestBuilder::Result ManifestBuilder::build(const Shipment &shipment,
                                               const LabelBuilder::Result &labels)
{
    Result result;
    result.findings = labels.findings;
    QHash<NodeId, const LabelData *> byNode;
    for (const LabelData &label : labels.labels)
        byNode.insert(label.node, &label);

    for (const LabelData &label : labels.labels) {
        if (label.kind != LabelKind::Pallet)
            continue;
        const ShipmentNode *pallet = shipment.node(label.node);
        if (!pallet)
            continue;
        PalletManifest manifest;
        manifest.pallet = label;
        struct Sum
        {
            qint64 units = 0;
            qint64 cases = 0;
            bool allCases = true;
        };
        QMap<std::pair<QString, QString>, Sum> sums; // (SKU, PO), sorted
        std::optional<double> cartonGrams = 0.0;
        WeightUnit cartonUnit = WeightUnit::Unknown;
        pallet->forEach([&](const ShipmentNode *node) {
            if (node->type() == NodeType::Carton) {
                PalletManifest::Carton carton;
                carton.sscc = node->line().identifierValue;
                if (const LabelData *data = byNode.value(node->id())) {
                    carton.number = data->number;
                    carton.total = data->total;
                    carton.contents
                        = data->isMixed() ? tr("MIXED SKUS (%1)").arg(data->skuCount) : data->sku;
                    carton.units = data->quantity;
                    carton.weight = data->weight;
                }
                const auto grams = node->line().weight.grams();
                if (grams && cartonGrams) {
                    *cartonGrams += *grams;
                    if (cartonUnit == WeightUnit::Unknown)
                        cartonUnit = node->line().weight.unit;
                } else {
                    cartonGrams.reset();
                }
                manifest.cartons.append(carton);
            } else if (node->type() == NodeType::Item) {
                const ShipmentLine &item = node->line();
                Sum &sum = sums[{ item.identifierValue, item.channelPurchaseOrderNo }];
                sum.units += item.units();
                sum.cases += item.quantity.value_or(0);
                sum.allCases = sum.allCases && item.quantityUnit == QuantityUnit::Cases;
            }
        });
        for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
            PalletManifest::Line line;
            line.sku = it.key().first;
            line.purchaseOrder = it.key().second;
            line.units = it->units;
            // Cases and eaches of one SKU and PO together are counted in eaches.
            line.quantity = it->allCases ? it->cases : it->units;
            line.unit = it->allCases ? tr("CASES") : tr("EACHES");
            manifest.lines.append(line);
        }
        manifest.cartonCount = int(manifest.cartons.size());
        manifest.units = label.quantity;
        if (!label.weight.isEmpty())
            manifest.weight = label.weight;
        else if (cartonGrams && !manifest.cartons.isEmpty())
            manifest.weight = LabelBuilder::weightText(Weight::fromGrams(*cartonGrams, cartonUnit));
        result.manifests.append(manifest);
    }
    return result;
}

} // namespace VendorPack
