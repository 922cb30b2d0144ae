// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/enums.h"

#include <QTest>

using namespace VendorPack;

class TestEnums : public QObject
{
    Q_OBJECT

private slots:
    void readsCanonicalNamesAndAliases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("match");
        const int exact = int(EnumMatch::Exact);
        const int alias = int(EnumMatch::Alias);
        const int none = int(EnumMatch::None);
        QTest::newRow("INCHES") << QStringLiteral("INCHES") << int(LengthUnit::Inches) << exact;
        QTest::newRow("INCH") << QStringLiteral("INCH") << int(LengthUnit::Inches) << alias;
        QTest::newRow("Inches") << QStringLiteral("Inches") << int(LengthUnit::Inches) << alias;
        QTest::newRow("Feet") << QStringLiteral("Feet") << int(LengthUnit::Feet) << alias;
        QTest::newRow("Meter") << QStringLiteral("Meter") << int(LengthUnit::Meter) << alias;
        QTest::newRow("Yard") << QStringLiteral("Yard") << int(LengthUnit::Yard) << alias;
        QTest::newRow("furlong") << QStringLiteral("FURLONG") << int(LengthUnit::Unknown) << none;
        QTest::newRow("empty") << QString() << int(LengthUnit::Unknown) << none;
    }

    void readsCanonicalNamesAndAliases()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        QFETCH(int, match);
        EnumMatch got;
        QCOMPARE(int(enumFromWire<LengthUnit>(text, &got)), expected);
        QCOMPARE(int(got), match);
    }

    void weightAndQuantityAliases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("GRAM") << QStringLiteral("GRAM") << QStringLiteral("GRAMS");
        QTest::newRow("Grams") << QStringLiteral("Grams") << QStringLiteral("GRAMS");
        QTest::newRow("KILOGRAM") << QStringLiteral("KILOGRAM") << QStringLiteral("KILOGRAMS");
        QTest::newRow("OUNCE") << QStringLiteral("OUNCE") << QStringLiteral("OUNCES");
        QTest::newRow("POUND") << QStringLiteral("POUND") << QStringLiteral("POUNDS");
        QTest::newRow("Pounds") << QStringLiteral("Pounds") << QStringLiteral("POUNDS");
    }

    void weightAndQuantityAliases()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        EnumMatch match;
        const WeightUnit unit = enumFromWire<WeightUnit>(text, &match);
        QCOMPARE(match, EnumMatch::Alias);
        QCOMPARE(QString(enumToWire(unit)), canonical);
    }

    void quantityUnitAliases()
    {
        EnumMatch match;
        QCOMPARE(enumFromWire<QuantityUnit>(u"ITEM", &match), QuantityUnit::Eaches);
        QCOMPARE(match, EnumMatch::Alias);
        QCOMPARE(enumFromWire<QuantityUnit>(u"CASE", &match), QuantityUnit::Cases);
        QCOMPARE(match, EnumMatch::Alias);
        QCOMPARE(enumFromWire<QuantityUnit>(u"EACHES", &match), QuantityUnit::Eaches);
        QCOMPARE(match, EnumMatch::Exact);
    }

    void everyValueRoundTrips()
    {
        for (int i = int(NodeType::Item); i <= int(NodeType::Pallet); ++i)
            QCOMPARE(int(enumFromWire<NodeType>(QString(enumToWire(NodeType(i))))), i);
        for (int i = int(ShipmentType::TruckLoad); i <= int(ShipmentType::SmallParcel); ++i)
            QCOMPARE(int(enumFromWire<ShipmentType>(QString(enumToWire(ShipmentType(i))))), i);
        for (int i = int(PurchaseOrderStatus::New); i <= int(PurchaseOrderStatus::Invoiced); ++i) {
            QCOMPARE(
                int(enumFromWire<PurchaseOrderStatus>(QString(enumToWire(PurchaseOrderStatus(i))))),
                i);
        }
        QCOMPARE(QString(enumToWire(HandlingCode::HandleWithCare)),
                 QStringLiteral("HANDLE_WITH_CARE"));
        QVERIFY(enumToWire(HandlingCode::None).isEmpty());
        QCOMPARE(enumWireList<LengthUnit>(), QStringLiteral("INCHES, FEET, METER, YARD"));
    }
};

QTEST_APPLESS_MAIN(TestEnums)
#include "tst_enums.moc"
