// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apicommand.h"

namespace VendorPack {

// `vendorpack-cli orders pull`: fetches all pages of purchase orders into one orders file.
class OrdersPullCommand : public ApiCommand
{
    Q_DECLARE_TR_FUNCTIONS(OrdersPullCommand)
public:
    QString name() const override { return QStringLiteral("orders pull"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace VendorPack
