// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settingsproblem.h"

#include "core/cartontype.h"
#include "core/purchaseorder.h"
#include "core/rulesettings.h"
#include "core/units.h"

#include <QCoreApplication>

#include <optional>

namespace VendorPack {

class Database;
class SettingsRepository;
struct StationProfile;

// The settings the whole site shares, kept in the database's settings table so that every
// station packs by the same rules: GS1 numbering, the ship-from address, units, rule limits and
// the carton types.
struct SiteSettings
{
    Q_DECLARE_TR_FUNCTIONS(SiteSettings)

public:
    QString companyPrefix; // GS1 Company Prefix, 6 to 12 digits
    int extensionDigit = 0;
    QString shipFromPartyId;
    Party shipFrom;
    LengthUnit lengthUnit = LengthUnit::Inches;
    WeightUnit weightUnit = WeightUnit::Pounds;
    RuleSettings rules;
    CartonTypes cartonTypes;

    static SiteSettings fromProfile(const StationProfile &profile);
    void applyTo(StationProfile &profile) const;

    // The site's values (a station's own value wins where it has one); defaults where unset.
    static std::optional<SiteSettings> load(SettingsRepository &repository, const QString &station,
                                            QString *error);
    // Stores every value for the site in one transaction.
    bool save(Database &database, SettingsRepository &repository, QString *error) const;

    SettingsProblems problems() const;

    static QString companyPrefixField() { return tr("GS1 company prefix"); }
    static QString extensionDigitField() { return tr("Extension digit"); }
    static QString shipFromNameField() { return tr("Ship-from name"); }
    static QString cartonTypeField(int row) { return tr("Carton type %1").arg(row + 1); }

    static QString companyPrefixProblem(const QString &text);
    static QString extensionDigitProblem(const QString &text);
    // Why a carton type cannot be used, or empty.
    static QString cartonTypeProblem(const CartonType &type);

    // The carton types a new site starts with.
    static CartonTypes defaultCartonTypes();

    // The bounds of the limits, shared by the dialog's spin boxes and problems().
    struct Limits
    {
        static constexpr int kMaxPurchaseOrdersPerCarton = 50;
        static constexpr double kMinCartonWeightGrams = 1000;
        static constexpr double kMaxCartonWeightGrams = 100000;
        static constexpr double kMinPalletWeightGrams = 50000;
        static constexpr double kMaxPalletWeightGrams = 2000000;
        static constexpr double kMinPalletHeightMillimetres = 500;
        static constexpr double kMaxPalletHeightMillimetres = 3000;
        static constexpr int kMaxShelfLifeDays = 3650;
        static constexpr double kMaxWeightTolerance = 0.5;
        static constexpr int kMaxSsccReuseMonths = 120;
    };
};

} // namespace VendorPack
