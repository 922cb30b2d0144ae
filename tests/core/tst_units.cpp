// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/units.h"

#include <QTest>

using namespace VendorPack;

class TestUnits : public QObject
{
    Q_OBJECT

private slots:
    void lengthConversionsAreExact_data()
    {
        QTest::addColumn<int>("unit");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("millimetres");
        QTest::newRow("1 in") << int(LengthUnit::Inches) << 1.0 << 25.4;
        QTest::newRow("72 in") << int(LengthUnit::Inches) << 72.0 << 1828.8;
        QTest::newRow("1 ft") << int(LengthUnit::Feet) << 1.0 << 304.8;
        QTest::newRow("1 yd") << int(LengthUnit::Yard) << 1.0 << 914.4;
        QTest::newRow("1.2 m") << int(LengthUnit::Meter) << 1.2 << 1200.0;
        QTest::newRow("unknown unit") << int(LengthUnit::Unknown) << 5.0 << 0.0;
    }

    void lengthConversionsAreExact()
    {
        QFETCH(int, unit);
        QFETCH(double, value);
        QFETCH(double, millimetres);
        const double converted = Units::toMillimetres(value, LengthUnit(unit));
        QVERIFY2(Units::nearlyEqual(converted, millimetres),
                 qPrintable(QString::number(converted)));
        if (millimetres > 0)
            QVERIFY(Units::nearlyEqual(Units::fromMillimetres(converted, LengthUnit(unit)), value));
    }

    void weightConversionsAreExact_data()
    {
        QTest::addColumn<int>("unit");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("grams");
        QTest::newRow("1 lb") << int(WeightUnit::Pounds) << 1.0 << 453.59237;
        QTest::newRow("1500 lb") << int(WeightUnit::Pounds) << 1500.0 << 680388.555;
        QTest::newRow("1 oz") << int(WeightUnit::Ounces) << 1.0 << 28.349523125;
        QTest::newRow("16 oz is 1 lb") << int(WeightUnit::Ounces) << 16.0 << 453.59237;
        QTest::newRow("22.7 kg") << int(WeightUnit::Kilograms) << 22.7 << 22700.0;
        QTest::newRow("250 g") << int(WeightUnit::Grams) << 250.0 << 250.0;
    }

    void weightConversionsAreExact()
    {
        QFETCH(int, unit);
        QFETCH(double, value);
        QFETCH(double, grams);
        QVERIFY(Units::nearlyEqual(Units::toGrams(value, WeightUnit(unit)), grams));
        QVERIFY(Units::nearlyEqual(Units::fromGrams(grams, WeightUnit(unit)), value));
    }

    void comparisonsTolerateRounding()
    {
        // 0.1 + 0.2 is not 0.3 in binary; the comparison must not say it is more.
        QVERIFY(!Units::greaterThan(0.1 + 0.2, 0.3));
        QVERIFY(Units::nearlyEqual(0.1 + 0.2, 0.3));
        // 72 in expressed in metres is not taller than 72 in.
        QVERIFY(!Units::greaterThan(Units::toMillimetres(1.8288, LengthUnit::Meter),
                                    Units::toMillimetres(72, LengthUnit::Inches)));
        QVERIFY(Units::greaterThan(Units::toMillimetres(72.01, LengthUnit::Inches),
                                   Units::toMillimetres(72, LengthUnit::Inches)));
        QVERIFY(!Units::nearlyEqual(1.0, 1.001));
    }

    void dimensionsSortLargestFirst()
    {
        Dimensions d { 10.0, 40.0, 48.0, LengthUnit::Inches };
        QVERIFY(d.isComplete());
        const auto sides = d.sortedMillimetres();
        QVERIFY(Units::nearlyEqual(sides[0], 48 * 25.4));
        QVERIFY(Units::nearlyEqual(sides[1], 40 * 25.4));
        QVERIFY(Units::nearlyEqual(sides[2], 10 * 25.4));
        QVERIFY(Units::nearlyEqual(d.heightMillimetres(), 254.0));
    }

    void incompleteMeasures()
    {
        Dimensions d;
        QVERIFY(d.isEmpty());
        d.height = 1.0;
        QVERIFY(!d.isEmpty());
        QVERIFY(!d.isComplete());
        Weight w;
        QVERIFY(w.isEmpty());
        QVERIFY(!w.grams());
        w.value = 2.0;
        QVERIFY(!w.grams()); // no unit, no weight
        w.unit = WeightUnit::Kilograms;
        QCOMPARE(*w.grams(), 2000.0);
        const Weight back = Weight::fromGrams(453.59237 * 3, WeightUnit::Pounds);
        QVERIFY(Units::nearlyEqual(*back.value, 3.0));
        QCOMPARE(back.unit, WeightUnit::Pounds);
    }
};

QTEST_APPLESS_MAIN(TestUnits)
#include "tst_units.moc"
