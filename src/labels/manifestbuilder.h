// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labelbuilder.h"
#include "palletmanifest.h"

namespace VendorPack {

// Turns a shipment into one PalletManifest per pallet, with the same header data the pallet
// labels carry (LabelBuilder) and the same findings when a label could not be made.
class ManifestBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ManifestBuilder)
public:
    struct Result
    {
        QList<PalletManifest> manifests; // tree order
        Findings findings; // LabelBuilder's: no manifest is printed while there is an error

        bool hasErrors() const { return countSeverity(findings, Severity::Error) > 0; }
    };

    static Result build(const Shipment &shipment, const OrderBook &orders,
                        const LabelBuilder::Options &options);
    // The same from labels already built for this shipment (no second LabelBuilder pass).
    static Result build(const Shipment &shipment, const LabelBuilder::Result &labels);
};

} // namespace VendorPack
