// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apicommand.h"

namespace VendorPack {

// `vendorpack-cli shipment push`: creates or updates a shipment on the API, never twice.
class ShipmentPushCommand : public ApiCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShipmentPushCommand)
public:
    QString name() const override { return QStringLiteral("shipment push"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace VendorPack
