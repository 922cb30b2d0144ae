// SPDX-License-Identifier: GPL-3.0-or-later
#include "units.h"

#include <algorithm>
#include <cmath>

namespace VendorPack {

namespace Units {

namespace {
constexpr double kRelativeTolerance = 1e-9;
constexpr double kAbsoluteTolerance = 1e-6;
} // namespace

double millimetresPer(LengthUnit unit)
{
    switch (unit) {
    case LengthUnit::Inches:
        return 25.4;
    case LengthUnit::Feet:
        return 304.8;
    case LengthUnit::Meter:
        return 1000.0;
    case LengthUnit::Yard:
        return 914.4;
    case LengthUnit::Unknown:
        break;
    }
    return 0.0;
}

double gramsPer(WeightUnit unit)
{
    switch (unit) {
    case WeightUnit::Grams:
        return 1.0;
    case WeightUnit::Kilograms:
        return 1000.0;
    case WeightUnit::Ounces:
        return 28.349523125;
    case WeightUnit::Pounds:
        return 453.59237;
    case WeightUnit::Unknown:
        break;
    }
    return 0.0;
}

double toMillimetres(double value, LengthUnit unit)
{
    return value * millimetresPer(unit);
}

double toGrams(double value, WeightUnit unit)
{
    return value * gramsPer(unit);
}

double fromMillimetres(double millimetres, LengthUnit unit)
{
    const double factor = millimetresPer(unit);
    return factor > 0 ? millimetres / factor : 0.0;
}

double fromGrams(double grams, WeightUnit unit)
{
    const double factor = gramsPer(unit);
    return factor > 0 ? grams / factor : 0.0;
}

bool nearlyEqual(double a, double b)
{
    return std::abs(a - b)
        <= std::max(kAbsoluteTolerance, kRelativeTolerance * std::max(std::abs(a), std::abs(b)));
}

bool greaterThan(double a, double b)
{
    return a > b && !nearlyEqual(a, b);
}

} // namespace Units

std::array<double, 3> Dimensions::sortedMillimetres() const
{
    std::array<double, 3> sides { Units::toMillimetres(height.value_or(0), unit),
                                  Units::toMillimetres(width.value_or(0), unit),
                                  Units::toMillimetres(length.value_or(0), unit) };
    std::sort(sides.begin(), sides.end(), std::greater<double>());
    return sides;
}

double Dimensions::heightMillimetres() const
{
    return Units::toMillimetres(height.value_or(0), unit);
}

std::optional<double> Weight::grams() const
{
    if (!isComplete())
        return std::nullopt;
    return Units::toGrams(*value, unit);
}

Weight Weight::fromGrams(double grams, WeightUnit unit)
{
    return Weight { Units::fromGrams(grams, unit), unit };
}

} // namespace VendorPack
