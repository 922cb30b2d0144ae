// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"

#include <array>
#include <optional>

namespace VendorPack {

// Exact conversion factors to the internal units (millimetres, grams) and tolerant comparisons.
namespace Units {

double millimetresPer(LengthUnit unit); // 0 for Unknown
double gramsPer(WeightUnit unit); // 0 for Unknown

double toMillimetres(double value, LengthUnit unit);
double toGrams(double value, WeightUnit unit);
double fromMillimetres(double millimetres, LengthUnit unit);
double fromGrams(double grams, WeightUnit unit);

// a > b beyond a small relative tolerance; never compare converted measures with ==.
bool greaterThan(double a, double b);
bool nearlyEqual(double a, double b);

} // namespace Units

// A container's Dimensions as read or entered: any part may be missing, the unit is kept for
// output.
struct Dimensions
{
    std::optional<double> height;
    std::optional<double> width;
    std::optional<double> length;
    LengthUnit unit = LengthUnit::Unknown;

    bool isEmpty() const { return !height && !width && !length && unit == LengthUnit::Unknown; }
    bool isComplete() const { return height && width && length && unit != LengthUnit::Unknown; }
    // The three sides in millimetres, largest first; only meaningful when isComplete().
    std::array<double, 3> sortedMillimetres() const;
    double heightMillimetres() const;

    friend bool operator==(const Dimensions &a, const Dimensions &b)
    {
        return a.height == b.height && a.width == b.width && a.length == b.length
            && a.unit == b.unit;
    }
    friend bool operator!=(const Dimensions &a, const Dimensions &b) { return !(a == b); }
};

// A Weight as read or entered: value and unit, either may be missing.
struct Weight
{
    std::optional<double> value;
    WeightUnit unit = WeightUnit::Unknown;

    bool isEmpty() const { return !value && unit == WeightUnit::Unknown; }
    bool isComplete() const { return value && unit != WeightUnit::Unknown; }
    std::optional<double> grams() const;

    static Weight fromGrams(double grams, WeightUnit unit);

    friend bool operator==(const Weight &a, const Weight &b)
    {
        return a.value == b.value && a.unit == b.unit;
    }
    friend bool operator!=(const Weight &a, const Weight &b) { return !(a == b); }
};

} // namespace VendorPack
