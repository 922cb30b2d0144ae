// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatecommand.h"

#include "core/generator.h"
#include "core/ordersjson.h"
#include "core/shipmentjson.h"

#include <QDir>
#include <QSaveFile>

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
              "check digits) for benchmarks and demos. The same --seed gives the same files.");
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
    parser.addOption({ QStringLiteral("out"),
                       tr("Folder to write orders.json and shipment.json "
                          "into (created if missing)."),
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
    options.pallets = positiveOption(parser, QStringLiteral("pallets"), 1000);
    options.cartonsPerPallet = positiveOption(parser, QStringLiteral("cartons-per-pallet"), 1000);
    options.skusPerCarton = positiveOption(parser, QStringLiteral("skus-per-carton"), 100);
    const int seed = positiveOption(parser, QStringLiteral("seed"), 1 << 30);
    if (options.pallets < 0 || options.cartonsPerPallet < 0 || options.skusPerCarton < 0
        || seed < 0)
        return BadInput;
    if (qint64(options.pallets) * options.cartonsPerPallet * options.skusPerCarton > 2'000'000) {
        err(tr("vendorpack-cli generate: at most 2,000,000 item lines can be generated"));
        return BadInput;
    }
    options.seed = quint32(seed);

    const QString dir = parser.value(QStringLiteral("out"));
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

} // namespace VendorPack
