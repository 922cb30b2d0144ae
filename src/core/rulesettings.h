// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace VendorPack {

// The station's configurable limits of the packing rules (DESIGN.md section 4, "cfg").
struct RuleSettings
{
    int maxPurchaseOrdersPerCarton = 5;
    double maxCartonWeightGrams = 50 * 453.59237; // 50 lb: team-lift marking
    double maxPalletWeightGrams = 1500 * 453.59237; // 1500 lb
    double maxPalletHeightMillimetres = 72 * 25.4; // 72 in
    int minShelfLifeDays = 90;
    double expectedWeightTolerance = 0.05; // 5 %
    int ssccReuseMonths = 12;
};

} // namespace VendorPack
