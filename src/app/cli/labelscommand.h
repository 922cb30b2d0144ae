// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace VendorPack {

// `vendorpack-cli labels`: writes the SSCC label of every carton and pallet of a valid shipment
// as PDF or ZPL, one file per container plus one file with all of them.
class LabelsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LabelsCommand)
public:
    QString name() const override { return QStringLiteral("labels"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace VendorPack
