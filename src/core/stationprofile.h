// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cartontype.h"
#include "purchaseorder.h"
#include "rulesettings.h"
#include "units.h"

#include <QString>

namespace VendorPack {

// Who and where this station is, and the site settings packing needs: GS1 numbering, the units
// the packer types in, the rule limits and the carton types.
struct StationProfile
{
    QString stationName; // shown as "open at station X" elsewhere
    QString userName;
    qint64 channelId = 0;
    QString companyPrefix; // GS1 Company Prefix, 6 to 12 digits
    int extensionDigit = 0;
    QString shipFromPartyId;
    Party shipFrom; // the vendor's warehouse address, for labels
    LengthUnit lengthUnit = LengthUnit::Inches;
    WeightUnit weightUnit = WeightUnit::Pounds;
    RuleSettings rules;
    CartonTypes cartonTypes;
};

} // namespace VendorPack
