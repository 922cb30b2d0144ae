// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/enums.h"

#include <QCoreApplication>

class QComboBox;
class QDoubleSpinBox;
class QWidget;

namespace VendorPack {

// Unit and code names as the packing page's editors show them, and the combo boxes that pick them.
class PackingUnits
{
    Q_DECLARE_TR_FUNCTIONS(PackingUnits)

public:
    static QString lengthName(LengthUnit unit);
    static QString weightName(WeightUnit unit);
    // A field for a weight or a length: 0 to 99,999 with two decimals, "—" while empty.
    static QDoubleSpinBox *measureEdit(QWidget *parent);
    static void fillLengthUnits(QComboBox *combo, LengthUnit current);
    static void fillWeightUnits(QComboBox *combo, WeightUnit current);
    static void fillHandlingCodes(QComboBox *combo);
    static void fillShipmentTypes(QComboBox *combo);
    static void fillTransportationModes(QComboBox *combo);
    // Selects the entry whose data is int(value).
    static void select(QComboBox *combo, int value);
};

} // namespace VendorPack
