// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace VendorPack {

// `vendorpack-cli generate`: writes a consistent synthetic orders.json and shipment.json.
class GenerateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)
public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace VendorPack
