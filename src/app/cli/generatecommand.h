// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"
#include "core/generator.h"

namespace VendorPack {

// `vendorpack-cli generate`: writes a consistent synthetic orders.json and shipment.json, or a
// shipment.json that packs existing purchase orders.
class GenerateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)
public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;

private:
    // `--orders ORDERS.json`: packs them into DIR/shipment.json.
    static int packOrders(const QString &ordersPath, const QString &dir,
                          const ShipmentGenerator::Options &options);
};

} // namespace VendorPack
