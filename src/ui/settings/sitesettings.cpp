// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitesettings.h"

#include "core/enums.h"
#include "core/gs1.h"
#include "core/stationprofile.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace VendorPack {

namespace {

const QString kCompanyPrefix = QStringLiteral("gs1.companyPrefix");
const QString kExtensionDigit = QStringLiteral("gs1.extensionDigit");
const QString kShipFromPartyId = QStringLiteral("shipFrom.partyId");
const QString kShipFrom = QStringLiteral("shipFrom.address");
const QString kLengthUnit = QStringLiteral("units.length");
const QString kWeightUnit = QStringLiteral("units.weight");
const QString kCartonTypes = QStringLiteral("cartonTypes");
const QString kMaxPos = QStringLiteral("rules.maxPurchaseOrdersPerCarton");
const QString kMaxCartonWeight = QStringLiteral("rules.maxCartonWeightGrams");
const QString kMaxPalletWeight = QStringLiteral("rules.maxPalletWeightGrams");
const QString kMaxPalletHeight = QStringLiteral("rules.maxPalletHeightMillimetres");
const QString kMinShelfLife = QStringLiteral("rules.minShelfLifeDays");
const QString kWeightTolerance = QStringLiteral("rules.expectedWeightTolerance");
const QString kSsccReuse = QStringLiteral("rules.ssccReuseMonths");

QJsonObject partyToJson(const Party &p)
{
    return { { QStringLiteral("name"), p.name },
             { QStringLiteral("addressLine1"), p.addressLine1 },
             { QStringLiteral("addressLine2"), p.addressLine2 },
             { QStringLiteral("city"), p.city },
             { QStringLiteral("stateOrRegion"), p.stateOrRegion },
             { QStringLiteral("postalCode"), p.postalCode },
             { QStringLiteral("countryCode"), p.countryCode },
             { QStringLiteral("phone"), p.phone } };
}

Party partyFromJson(const QJsonObject &o)
{
    Party p;
    p.name = o.value(QStringLiteral("name")).toString();
    p.addressLine1 = o.value(QStringLiteral("addressLine1")).toString();
    p.addressLine2 = o.value(QStringLiteral("addressLine2")).toString();
    p.city = o.value(QStringLiteral("city")).toString();
    p.stateOrRegion = o.value(QStringLiteral("stateOrRegion")).toString();
    p.postalCode = o.value(QStringLiteral("postalCode")).toString();
    p.countryCode = o.value(QStringLiteral("countryCode")).toString();
    p.phone = o.value(QStringLiteral("phone")).toString();
    return p;
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<double> numberOrNothing(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

QByteArray cartonTypesToJson(const CartonTypes &types)
{
    QJsonArray array;
    for (const CartonType &t : types) {
        array.append(
            QJsonObject { { QStringLiteral("name"), t.name },
                          { QStringLiteral("length"), optionalNumber(t.dimensions.length) },
                          { QStringLiteral("width"), optionalNumber(t.dimensions.width) },
                          { QStringLiteral("height"), optionalNumber(t.dimensions.height) },
                          { QStringLiteral("lengthUnit"), QString(enumToWire(t.dimensions.unit)) },
                          { QStringLiteral("tare"), optionalNumber(t.tare.value) },
                          { QStringLiteral("weightUnit"), QString(enumToWire(t.tare.unit)) },
                          { QStringLiteral("pallet"), t.isPallet } });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

CartonTypes cartonTypesFromJson(const QByteArray &json)
{
    CartonTypes types;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        CartonType t;
        t.name = o.value(QStringLiteral("name")).toString();
        t.dimensions.length = numberOrNothing(o.value(QStringLiteral("length")));
        t.dimensions.width = numberOrNothing(o.value(QStringLiteral("width")));
        t.dimensions.height = numberOrNothing(o.value(QStringLiteral("height")));
        t.dimensions.unit
            = enumFromWire<LengthUnit>(o.value(QStringLiteral("lengthUnit")).toString());
        t.tare.value = numberOrNothing(o.value(QStringLiteral("tare")));
        t.tare.unit = enumFromWire<WeightUnit>(o.value(QStringLiteral("weightUnit")).toString());
        t.isPallet = o.value(QStringLiteral("pallet")).toBool();
        types.append(t);
    }
    return types;
}

CartonType cartonType(const QString &name, double length, double width, double height,
                      LengthUnit unit, bool pallet = false)
{
    CartonType t;
    t.name = name;
    t.dimensions.length = length;
    t.dimensions.width = width;
    t.dimensions.height = height;
    t.dimensions.unit = unit;
    t.isPallet = pallet;
    return t;
}

} // namespace

SiteSettings SiteSettings::fromProfile(const StationProfile &profile)
{
    SiteSettings s;
    s.companyPrefix = profile.companyPrefix;
    s.extensionDigit = profile.extensionDigit;
    s.shipFromPartyId = profile.shipFromPartyId;
    s.shipFrom = profile.shipFrom;
    s.lengthUnit = profile.lengthUnit;
    s.weightUnit = profile.weightUnit;
    s.rules = profile.rules;
    s.cartonTypes = profile.cartonTypes;
    return s;
}

void SiteSettings::applyTo(StationProfile &profile) const
{
    profile.companyPrefix = companyPrefix;
    profile.extensionDigit = extensionDigit;
    profile.shipFromPartyId = shipFromPartyId;
    profile.shipFrom = shipFrom;
    profile.shipFrom.partyId = shipFromPartyId;
    profile.lengthUnit = lengthUnit;
    profile.weightUnit = weightUnit;
    profile.rules = rules;
    profile.cartonTypes = cartonTypes;
}

CartonTypes SiteSettings::defaultCartonTypes()
{
    return { cartonType(tr("Small 12x10x8 in"), 12, 10, 8, LengthUnit::Inches),
             cartonType(tr("Medium 18x14x12 in"), 18, 14, 12, LengthUnit::Inches),
             cartonType(tr("Large 24x18x18 in"), 24, 18, 18, LengthUnit::Inches),
             cartonType(tr("EUR 1200x800"), 1.2, 0.8, 0.144, LengthUnit::Meter, true) };
}

std::optional<SiteSettings> SiteSettings::load(SettingsRepository &repository,
                                               const QString &station, QString *error)
{
    // One read that can fail tells whether the table is readable at all.
    if (repository.effectiveValue(station, kCompanyPrefix, error); error && !error->isEmpty())
        return std::nullopt;
    SiteSettings s;
    const RuleSettings defaults;
    s.companyPrefix = repository.stringValue(station, kCompanyPrefix);
    s.extensionDigit = int(repository.integerValue(station, kExtensionDigit, 0));
    s.shipFromPartyId = repository.stringValue(station, kShipFromPartyId);
    s.shipFrom = partyFromJson(
        QJsonDocument::fromJson(repository.stringValue(station, kShipFrom).toUtf8()).object());
    s.shipFrom.partyId = s.shipFromPartyId;
    const LengthUnit length
        = enumFromWire<LengthUnit>(repository.stringValue(station, kLengthUnit));
    s.lengthUnit = length == LengthUnit::Unknown ? LengthUnit::Inches : length;
    const WeightUnit weight
        = enumFromWire<WeightUnit>(repository.stringValue(station, kWeightUnit));
    s.weightUnit = weight == WeightUnit::Unknown ? WeightUnit::Pounds : weight;
    RuleSettings &r = s.rules;
    r.maxPurchaseOrdersPerCarton
        = int(repository.integerValue(station, kMaxPos, defaults.maxPurchaseOrdersPerCarton));
    r.maxCartonWeightGrams
        = repository.doubleValue(station, kMaxCartonWeight, defaults.maxCartonWeightGrams);
    r.maxPalletWeightGrams
        = repository.doubleValue(station, kMaxPalletWeight, defaults.maxPalletWeightGrams);
    r.maxPalletHeightMillimetres
        = repository.doubleValue(station, kMaxPalletHeight, defaults.maxPalletHeightMillimetres);
    r.minShelfLifeDays
        = int(repository.integerValue(station, kMinShelfLife, defaults.minShelfLifeDays));
    r.expectedWeightTolerance
        = repository.doubleValue(station, kWeightTolerance, defaults.expectedWeightTolerance);
    r.ssccReuseMonths = int(repository.integerValue(station, kSsccReuse, defaults.ssccReuseMonths));
    const std::optional<QString> types = repository.effectiveValue(station, kCartonTypes);
    s.cartonTypes = types ? cartonTypesFromJson(types->toUtf8()) : defaultCartonTypes();
    return s;
}

bool SiteSettings::save(Database &database, SettingsRepository &repository, QString *error) const
{
    Transaction transaction(database);
    if (!transaction.begin(error))
        return false;
    const auto site = SettingsRepository::Scope::site();
    const std::pair<QString, QVariant> values[] = {
        { kCompanyPrefix, companyPrefix },
        { kExtensionDigit, extensionDigit },
        { kShipFromPartyId, shipFromPartyId },
        { kShipFrom,
          QString::fromUtf8(QJsonDocument(partyToJson(shipFrom)).toJson(QJsonDocument::Compact)) },
        { kLengthUnit, QString(enumToWire(lengthUnit)) },
        { kWeightUnit, QString(enumToWire(weightUnit)) },
        { kCartonTypes, QString::fromUtf8(cartonTypesToJson(cartonTypes)) },
        { kMaxPos, rules.maxPurchaseOrdersPerCarton },
        { kMaxCartonWeight, rules.maxCartonWeightGrams },
        { kMaxPalletWeight, rules.maxPalletWeightGrams },
        { kMaxPalletHeight, rules.maxPalletHeightMillimetres },
        { kMinShelfLife, rules.minShelfLifeDays },
        { kWeightTolerance, rules.expectedWeightTolerance },
        { kSsccReuse, rules.ssccReuseMonths },
    };
    for (const auto &[name, value] : values) {
        if (!repository.setValue(site, name, value, error))
            return false;
    }
    return transaction.commit(error);
}

QString SiteSettings::companyPrefixProblem(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("is empty; enter the prefix GS1 gave your company");
    if (!Gs1::isDigits(trimmed))
        return tr("'%1' must be digits only").arg(trimmed);
    if (trimmed.size() < 6 || trimmed.size() > 12)
        return tr("has %1 digits; a GS1 company prefix has 6 to 12").arg(trimmed.size());
    return {};
}

QString SiteSettings::extensionDigitProblem(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() != 1 || !Gs1::isDigits(trimmed))
        return tr("must be one digit, 0 to 9");
    return {};
}

QString SiteSettings::cartonTypeProblem(const CartonType &type)
{
    if (type.name.trimmed().isEmpty())
        return tr("has no name");
    if (!type.dimensions.isComplete())
        return tr("'%1' needs a length, a width and a height").arg(type.name);
    for (const auto &side :
         { type.dimensions.length, type.dimensions.width, type.dimensions.height }) {
        if (*side <= 0)
            return tr("'%1': every side must be above 0").arg(type.name);
    }
    if (type.dimensions.sortedMillimetres()[0] > 3000)
        return tr("'%1' is longer than 3 m; check the unit").arg(type.name);
    return {};
}

SettingsProblems SiteSettings::problems() const
{
    SettingsProblems list;
    if (const QString p = companyPrefixProblem(companyPrefix); !p.isEmpty())
        list.append({ companyPrefixField(), p });
    if (extensionDigit < 0 || extensionDigit > 9)
        list.append({ extensionDigitField(), tr("must be one digit, 0 to 9") });
    if (shipFrom.name.trimmed().isEmpty())
        list.append({ shipFromNameField(), tr("is empty; labels print it as the sender") });
    const RuleSettings &r = rules;
    if (r.maxPurchaseOrdersPerCarton < 1
        || r.maxPurchaseOrdersPerCarton > Limits::kMaxPurchaseOrdersPerCarton)
        list.append({ tr("POs per carton"),
                      tr("must be 1 to %1").arg(Limits::kMaxPurchaseOrdersPerCarton) });
    if (r.maxCartonWeightGrams < Limits::kMinCartonWeightGrams
        || r.maxCartonWeightGrams > Limits::kMaxCartonWeightGrams)
        list.append({ tr("Carton weight limit"), tr("must be 1 to 100 kg") });
    if (r.maxPalletWeightGrams < Limits::kMinPalletWeightGrams
        || r.maxPalletWeightGrams > Limits::kMaxPalletWeightGrams)
        list.append({ tr("Pallet weight limit"), tr("must be 50 to 2000 kg") });
    if (r.maxPalletHeightMillimetres < Limits::kMinPalletHeightMillimetres
        || r.maxPalletHeightMillimetres > Limits::kMaxPalletHeightMillimetres)
        list.append({ tr("Pallet height limit"), tr("must be 0.5 to 3 m") });
    if (r.minShelfLifeDays < 0 || r.minShelfLifeDays > Limits::kMaxShelfLifeDays)
        list.append({ tr("Minimum shelf life"), tr("must be 0 to 3650 days") });
    if (r.expectedWeightTolerance < 0 || r.expectedWeightTolerance > Limits::kMaxWeightTolerance)
        list.append({ tr("Weight tolerance"), tr("must be 0 to 50 %") });
    if (r.ssccReuseMonths < 1 || r.ssccReuseMonths > Limits::kMaxSsccReuseMonths)
        list.append({ tr("SSCC reuse period"), tr("must be 1 to 120 months") });
    for (int i = 0; i < cartonTypes.size(); ++i) {
        if (const QString p = cartonTypeProblem(cartonTypes.at(i)); !p.isEmpty())
            list.append({ cartonTypeField(i), p });
    }
    return list;
}

} // namespace VendorPack
