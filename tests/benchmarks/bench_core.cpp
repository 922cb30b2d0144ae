// SPDX-License-Identifier: GPL-3.0-or-later
// Core benchmarks on a generated shipment: parse, serialise, full validation, revalidation.
// Usage: bench_core SHIPMENT.json ORDERS.json

#include "benchmarkreport.h"

#include "core/orderbook.h"
#include "core/ordersjson.h"
#include "core/shipmentjson.h"
#include "core/validator.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>

using namespace VendorPack;

namespace {

QByteArray readAll(const char *path)
{
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_core: cannot read %s\n", path);
        std::exit(2);
    }
    return file.readAll();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_core SHIPMENT.json ORDERS.json\n");
        return 2;
    }
    const QByteArray shipmentBytes = readAll(argv[1]);
    OrdersDocument ordersDocument = OrdersJson::read(readAll(argv[2]));
    OrderBook orders(ordersDocument.orders);

    ShipmentDocument document = ShipmentJson::read(shipmentBytes);
    if (!document.isReadable()) {
        std::fprintf(stderr, "bench_core: the shipment could not be read\n");
        return 2;
    }
    Shipment &shipment = *document.shipment;
    int items = 0;
    int containers = 0;
    shipment.root()->forEach([&](const ShipmentNode *node) {
        if (node->type() == NodeType::Item)
            ++items;
        else if (!node->isRoot())
            ++containers;
    });
    std::printf("shipment: %d item lines, %d cartons and pallets, %.1f MB of JSON, %d POs\n\n",
                items, containers, double(shipmentBytes.size()) / 1e6,
                int(ordersDocument.orders.size()));

    RuleContext context;
    context.orders = &orders;
    Validator validator(context);
    bool ok = true;

    const double parse = BenchmarkReport::medianMilliseconds(
        9, [&] { ShipmentDocument d = ShipmentJson::read(shipmentBytes); });
    ok &= BenchmarkReport::printMilliseconds("parse API JSON into the tree", parse, 30);

    QByteArray written;
    const double write = BenchmarkReport::medianMilliseconds(
        9, [&] { written = ShipmentJson::write(shipment, JsonWriter::Compact); });
    ok &= BenchmarkReport::printMilliseconds("serialise the tree to API JSON (compact)", write, 30);
    const double writeIndented
        = BenchmarkReport::medianMilliseconds(9, [&] { written = ShipmentJson::write(shipment); });
    ok &= BenchmarkReport::printMilliseconds("serialise the tree to API JSON (indented file)",
                                             writeIndented, 30);

    const double full
        = BenchmarkReport::medianMilliseconds(9, [&] { validator.validate(shipment); });
    ok &= BenchmarkReport::printMilliseconds("full validation of the tree", full, 20);
    std::printf("    findings: %d errors, %d warnings, %d info\n", validator.count(Severity::Error),
                validator.count(Severity::Warning), validator.count(Severity::Info));

    // Revalidation after one edit: a quantity change on a random item, then a carton moved
    // to another pallet and back.
    std::vector<ShipmentNode *> itemNodes;
    std::vector<ShipmentNode *> cartons;
    shipment.root()->forEach([&](const ShipmentNode *node) {
        if (node->type() == NodeType::Item)
            itemNodes.push_back(const_cast<ShipmentNode *>(node));
        else if (node->type() == NodeType::Carton)
            cartons.push_back(const_cast<ShipmentNode *>(node));
    });
    QRandomGenerator random(42);
    validator.validate(shipment);
    const double quantityEdit = BenchmarkReport::medianMilliseconds(201, [&] {
        ShipmentNode *item = itemNodes[random.bounded(quint32(itemNodes.size()))];
        ShipmentLine &line = item->line();
        line.quantity = line.quantity.value_or(1) + (random.bounded(2) ? 1 : -1);
        if (*line.quantity < 1)
            line.quantity = 1;
        ShipmentChange change;
        change.changed.append(item->id());
        validator.revalidate(shipment, change);
    });
    ok &= BenchmarkReport::printMilliseconds("revalidation after one edit (item quantity)",
                                             quantityEdit, 1);

    const std::vector<const ShipmentNode *> pallets = [&] {
        std::vector<const ShipmentNode *> p;
        for (const auto &line : shipment.lines())
            p.push_back(line.get());
        return p;
    }();
    const double moveEdit = BenchmarkReport::medianMilliseconds(201, [&] {
        ShipmentNode *carton = cartons[random.bounded(quint32(cartons.size()))];
        ShipmentNode *from = carton->parent();
        ShipmentNode *to
            = const_cast<ShipmentNode *>(pallets[random.bounded(quint32(pallets.size()))]);
        shipment.moveNode(carton, to, to->childCount());
        ShipmentChange change;
        change.changed.append(carton->id());
        change.formerParents.append(from->id());
        validator.revalidate(shipment, change);
    });
    ok &= BenchmarkReport::printMilliseconds("revalidation after one edit (carton moved)", moveEdit,
                                             1);

    std::printf("\n%s\n",
                ok ? "core benchmarks: all within budget"
                   : "core benchmarks: SOME FIGURES ARE OVER BUDGET");
    return 0;
}
