// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace VendorPack {

// `vendorpack-cli validate`: reads a shipment (and orders) and prints the packing rules' findings.
class ValidateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)
public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace VendorPack
