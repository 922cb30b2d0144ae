// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "units.h"

#include <QList>
#include <QString>

namespace VendorPack {

// A box or pallet base the site uses, so that closing a carton is one pick instead of typing.
struct CartonType
{
    QString name; // "Small 12x10x8"
    Dimensions dimensions;
    Weight tare; // the empty box; optional
    bool isPallet = false;
};

using CartonTypes = QList<CartonType>;

} // namespace VendorPack
