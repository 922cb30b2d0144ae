// SPDX-License-Identifier: GPL-3.0-or-later
#include "packingunits.h"

#include <QComboBox>
#include <QDoubleSpinBox>

namespace VendorPack {

QDoubleSpinBox *PackingUnits::measureEdit(QWidget *parent)
{
    auto *edit = new QDoubleSpinBox(parent);
    edit->setRange(0, 99999);
    edit->setDecimals(2);
    edit->setSpecialValueText(QStringLiteral("—"));
    return edit;
}

QString PackingUnits::lengthName(LengthUnit unit)
{
    switch (unit) {
    case LengthUnit::Inches:
        return tr("in");
    case LengthUnit::Feet:
        return tr("ft");
    case LengthUnit::Meter:
        return tr("m");
    case LengthUnit::Yard:
        return tr("yd");
    case LengthUnit::Unknown:
        break;
    }
    return QString();
}

QString PackingUnits::weightName(WeightUnit unit)
{
    switch (unit) {
    case WeightUnit::Grams:
        return tr("g");
    case WeightUnit::Kilograms:
        return tr("kg");
    case WeightUnit::Ounces:
        return tr("oz");
    case WeightUnit::Pounds:
        return tr("lb");
    case WeightUnit::Unknown:
        break;
    }
    return QString();
}

void PackingUnits::fillLengthUnits(QComboBox *combo, LengthUnit current)
{
    combo->clear();
    for (LengthUnit unit :
         { LengthUnit::Inches, LengthUnit::Feet, LengthUnit::Meter, LengthUnit::Yard })
        combo->addItem(lengthName(unit), int(unit));
    select(combo, int(current == LengthUnit::Unknown ? LengthUnit::Inches : current));
}

void PackingUnits::fillWeightUnits(QComboBox *combo, WeightUnit current)
{
    combo->clear();
    for (WeightUnit unit :
         { WeightUnit::Pounds, WeightUnit::Kilograms, WeightUnit::Ounces, WeightUnit::Grams })
        combo->addItem(weightName(unit), int(unit));
    select(combo, int(current == WeightUnit::Unknown ? WeightUnit::Pounds : current));
}

void PackingUnits::fillHandlingCodes(QComboBox *combo)
{
    combo->clear();
    combo->addItem(tr("None"), int(HandlingCode::None));
    combo->addItem(tr("Oversized"), int(HandlingCode::Oversized));
    combo->addItem(tr("Fragile"), int(HandlingCode::Fragile));
    combo->addItem(tr("Food"), int(HandlingCode::Food));
    combo->addItem(tr("Handle with care"), int(HandlingCode::HandleWithCare));
}

void PackingUnits::fillShipmentTypes(QComboBox *combo)
{
    combo->clear();
    combo->addItem(tr("Not set"), int(ShipmentType::None));
    combo->addItem(tr("Truck load"), int(ShipmentType::TruckLoad));
    combo->addItem(tr("Less than truck load"), int(ShipmentType::LessThanTruckLoad));
    combo->addItem(tr("Small parcel"), int(ShipmentType::SmallParcel));
}

void PackingUnits::fillTransportationModes(QComboBox *combo)
{
    combo->clear();
    combo->addItem(tr("Not set"), int(TransportationMode::None));
    combo->addItem(tr("Road"), int(TransportationMode::Road));
    combo->addItem(tr("Air"), int(TransportationMode::Air));
    combo->addItem(tr("Ocean"), int(TransportationMode::Ocean));
}

void PackingUnits::select(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace VendorPack
