// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatecommand.h"

#include "core/generator.h"
#include "core/ordersjson.h"
#include "core/shipmentjson.h"

#include <QDir>
#include <QSaveFile>
#include <QSet>

namespace VendorPack {

namespace {

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

QString GenerateCommand::summary() const
{
    return tr("Writes a consistent, valid synthetic orders.json and shipment.json (real SSCC "
              "check digits) for benchmarks and demos. The same --seed gives the same files.\n"
              "With --orders, packs existing purchase orders instead (for example from "
              "'vendorpack-cli orders pull'): the FC with the most packable units, its NEW and "
              "IN_PROGRESS POs' acknowledged lines up to their accepted units, on a ship date "
              "inside their ship windows; writes shipment.json only.\n"
              "Exit status: 0 written, 1 nothing to pack or a file could not be written, "
              "2 bad usage or an unreadable orders file.");
}

void GenerateCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("pallets"), tr("Number of pallets (default 2)."),
                       QStringLiteral("N"), QStringLiteral("2") });
    parser.addOption({ QStringLiteral("cartons-per-pallet"),
                       tr("Cartons on each pallet (default 4)."), QStringLiteral("N"),
                       QStringLiteral("4") });
    parser.addOption({ QStringLiteral("skus-per-carton"),
                       tr("Different SKUs in each carton (default 3)."), QStringLiteral("N"),
                       QStringLiteral("3") });
    parser.addOption({ QStringLiteral("seed"), tr("Random seed (default 1)."), QStringLiteral("N"),
                       QStringLiteral("1") });
    parser.addOption({ QStringLiteral("orders"),
                       tr("Pack these purchase orders (a GET /v2/purchase-orders response or an "
                          "array) instead of inventing them; --pallets and --cartons-per-pallet "
                          "are then the most to fill."),
                       QStringLiteral("ORDERS.json") });
    parser.addOption({ QStringLiteral("out"),
                       tr("Folder to write orders.json and shipment.json "
                          "into (created if missing); only shipment.json with --orders."),
                       QStringLiteral("DIR") });
}

int GenerateCommand::execute(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        err(tr("vendorpack-cli generate: unexpected argument \"%1\"")
                .arg(parser.positionalArguments().first()));
        return BadInput;
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        err(tr("vendorpack-cli generate: --out DIR is required"));
        return BadInput;
    }
    ShipmentGenerator::Options options;
    options.pallets
        = positiveOption(parser, QStringLiteral("pallets"), ShipmentGenerator::kMaxPallets);
    options.cartonsPerPallet = positiveOption(parser, QStringLiteral("cartons-per-pallet"),
                                              ShipmentGenerator::kMaxCartonsPerPallet);
    options.skusPerCarton = positiveOption(parser, QStringLiteral("skus-per-carton"),
                                           ShipmentGenerator::kMaxSkusPerCarton);
    const int seed = positiveOption(parser, QStringLiteral("seed"), 1 << 30);
    if (options.pallets < 0 || options.cartonsPerPallet < 0 || options.skusPerCarton < 0
        || seed < 0)
        return BadInput;
    // About 400 bytes a line: more would make a file larger than validate and the app read.
    constexpr qint64 kMaxItemLines = 500'000;
    if (qint64(options.pallets) * options.cartonsPerPallet * options.skusPerCarton
        > kMaxItemLines) {
        err(tr("vendorpack-cli generate: at most 500,000 item lines can be generated, a file "
               "that validate can still read"));
        return BadInput;
    }
    options.seed = quint32(seed);

    const QString dir = parser.value(QStringLiteral("out"));
    if (parser.isSet(QStringLiteral("orders")))
        return packOrders(parser.value(QStringLiteral("orders")), dir, options);
    if (!QDir().mkpath(dir)) {
        err(tr("vendorpack-cli generate: cannot create the folder %1").arg(dir));
        return Failed;
    }
    const ShipmentGenerator::Result result = ShipmentGenerator::generate(options);
    if (!result.shipment) {
        err(tr("vendorpack-cli generate: %1").arg(result.error));
        return BadInput;
    }
    QString error;
    const QString ordersPath = QDir(dir).filePath(QStringLiteral("orders.json"));
    const QString shipmentPath = QDir(dir).filePath(QStringLiteral("shipment.json"));
    if (!writeFile(ordersPath, OrdersJson::write(result.orders), &error)) {
        err(tr("vendorpack-cli generate: cannot write %1: %2").arg(ordersPath, error));
        return Failed;
    }
    if (!writeFile(shipmentPath, ShipmentJson::write(*result.shipment), &error)) {
        err(tr("vendorpack-cli generate: cannot write %1: %2").arg(shipmentPath, error));
        return Failed;
    }
    out(tr("wrote %1 (%2 purchase orders) and %3 (%4 lines)")
            .arg(ordersPath)
            .arg(result.orders.size())
            .arg(shipmentPath)
            .arg(result.shipment->nodeCount()));
    return Success;
}

int GenerateCommand::packOrders(const QString &ordersPath, const QString &dir,
                                const ShipmentGenerator::Options &options)
{
    const OrdersDocument read = OrdersJson::readFile(ordersPath);
    for (const Finding &finding : read.findings) {
        err(tr("%1: %2 %3 %4: %5")
                .arg(ordersPath, Finding::severityName(finding.severity), finding.rule,
                     finding.pointer.isEmpty() ? QStringLiteral("\"\"") : finding.pointer,
                     finding.message));
    }
    if (!read.readable) {
        err(tr("vendorpack-cli generate: the orders file %1 could not be read").arg(ordersPath));
        return BadInput;
    }
    const ShipmentGenerator::Result result = ShipmentGenerator::packOrders(read.orders, options);
    if (!result.shipment) {
        err(tr("vendorpack-cli generate: %1: %2").arg(ordersPath, result.error));
        return Failed;
    }
    if (!QDir().mkpath(dir)) {
        err(tr("vendorpack-cli generate: cannot create the folder %1").arg(dir));
        return Failed;
    }
    QString error;
    const QString shipmentPath = QDir(dir).filePath(QStringLiteral("shipment.json"));
    if (!writeFile(shipmentPath, ShipmentJson::write(*result.shipment), &error)) {
        err(tr("vendorpack-cli generate: cannot write %1: %2").arg(shipmentPath, error));
        return Failed;
    }

    QSet<QString> packed;
    int cartons = 0;
    int items = 0;
    result.shipment->root()->forEach([&](const ShipmentNode *node) {
        if (node->isRoot())
            return;
        if (node->type() == NodeType::Carton) {
            ++cartons;
        } else if (node->type() == NodeType::Item) {
            ++items;
            packed.insert(node->line().channelPurchaseOrderNo);
        }
    });
    QStringList numbers(packed.cbegin(), packed.cend());
    numbers.sort();
    out(tr("wrote %1: FC %2, %3 of %4 purchase orders, %5 pallets, %6 cartons, %7 item lines")
            .arg(shipmentPath, result.shipment->header().shipToPartyId)
            .arg(numbers.size())
            .arg(read.orders.size())
            .arg(result.shipment->lines().size())
            .arg(cartons)
            .arg(items));
    out(tr("packed purchase orders: %1").arg(numbers.join(QLatin1String(", "))));
    return Success;
}

} // namespace VendorPack
