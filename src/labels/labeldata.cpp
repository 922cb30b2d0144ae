// SPDX-License-Identifier: GPL-3.0-or-later
#include "labeldata.h"

namespace VendorPack {

QString LabelData::humanReadableSscc() const
{
    return companyPrefixLength > 0 ? sscc.humanReadable(companyPrefixLength) : sscc.humanReadable();
}

} // namespace VendorPack
