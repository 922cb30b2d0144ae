// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/generator.h"
#include "core/gs1.h"
#include "core/orderbook.h"
#include "core/ordersjson.h"
#include "core/shipmentjson.h"
#include "core/validator.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace VendorPack;

namespace {

ShipmentGenerator::Options options(int pallets, int cartons, int skus, quint32 seed = 1)
{
    ShipmentGenerator::Options o;
    o.pallets = pallets;
    o.cartonsPerPallet = cartons;
    o.skusPerCarton = skus;
    o.seed = seed;
    return o;
}

QString describe(const Findings &findings, int max = 20)
{
    QStringList lines;
    for (const Finding &f : findings) {
        if (lines.size() == max) {
            lines.append(QStringLiteral("... and %1 more").arg(findings.size() - max));
            break;
        }
        lines.append(f.toText());
    }
    return lines.join(QLatin1Char('\n'));
}

double grams(const Weight &w)
{
    return w.grams().value_or(-1);
}

const PurchaseOrderLine *findLine(const QList<PurchaseOrder> &orders, const QString &po,
                                  const QString &sku)
{
    for (const PurchaseOrder &order : orders) {
        if (order.channelPurchaseOrderNo != po)
            continue;
        for (const PurchaseOrderLine &line : order.lines) {
            if (line.merchantProductNo == sku)
                return &line;
        }
    }
    return nullptr;
}

constexpr double kPoundGrams = 453.59237;

} // namespace

// Tests the synthetic shipment generator: reproducible, consistent with its orders, valid.
class TestGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedGivesSameBytes_data();
    void sameSeedGivesSameBytes();
    void otherSeedGivesOtherShipment();
    void countsMatchTheOptions_data();
    void countsMatchTheOptions();
    void ssccsAreUniqueWithValidCheckDigits_data();
    void ssccsAreUniqueWithValidCheckDigits();
    void packedUnitsStayWithinOrdered_data();
    void packedUnitsStayWithinOrdered();
    void writtenFilesReadBackWithoutFindings_data();
    void writtenFilesReadBackWithoutFindings();
    void followsThePackingRules_data();
    void followsThePackingRules();
    void ordersAreRealistic();
    void validatorFindsNothing_data();
    void validatorFindsNothing();
    void badOptionsAreRefused_data();
    void badOptionsAreRefused();
    void largeShipment();

private:
    void addSizes();
};

void TestGenerator::addSizes()
{
    QTest::addColumn<int>("pallets");
    QTest::addColumn<int>("cartons");
    QTest::addColumn<int>("skus");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("defaults 2x4x3") << 2 << 4 << 3 << 1u;
    QTest::newRow("3x4x3 seed 7") << 3 << 4 << 3 << 7u;
    QTest::newRow("one of each") << 1 << 1 << 1 << 3u;
    QTest::newRow("many SKUs in a carton") << 2 << 3 << 40 << 11u;
    QTest::newRow("full pallets 4x60x5") << 4 << 60 << 5 << 42u;
    QTest::newRow("tall stack 1x200x2") << 1 << 200 << 2 << 5u;
}

void TestGenerator::sameSeedGivesSameBytes_data()
{
    addSizes();
}

void TestGenerator::sameSeedGivesSameBytes()
{
    QFETCH(int, pallets);
    QFETCH(int, cartons);
    QFETCH(int, skus);
    QFETCH(quint32, seed);
    const auto a = ShipmentGenerator::generate(options(pallets, cartons, skus, seed));
    const auto b = ShipmentGenerator::generate(options(pallets, cartons, skus, seed));
    QVERIFY2(a.shipment, qPrintable(a.error));
    QVERIFY(b.shipment);
    QCOMPARE(ShipmentJson::write(*a.shipment), ShipmentJson::write(*b.shipment));
    QCOMPARE(OrdersJson::write(a.orders), OrdersJson::write(b.orders));
}

void TestGenerator::otherSeedGivesOtherShipment()
{
    const auto a = ShipmentGenerator::generate(options(2, 4, 3, 1));
    const auto b = ShipmentGenerator::generate(options(2, 4, 3, 2));
    QVERIFY(a.shipment && b.shipment);
    QVERIFY(ShipmentJson::write(*a.shipment) != ShipmentJson::write(*b.shipment));
    QVERIFY(OrdersJson::write(a.orders) != OrdersJson::write(b.orders));
}

void TestGenerator::countsMatchTheOptions_data()
{
    addSizes();
}

void TestGenerator::countsMatchTheOptions()
{
    QFETCH(int, pallets);
    QFETCH(int, cartons);
    QFETCH(int, skus);
    QFETCH(quint32, seed);
    const auto r = ShipmentGenerator::generate(options(pallets, cartons, skus, seed));
    QVERIFY2(r.shipment, qPrintable(r.error));
    const Shipment &s = *r.shipment;
    QCOMPARE(int(s.lines().size()), pallets);
    int items = 0;
    for (const auto &pallet : s.lines()) {
        QCOMPARE(pallet->type(), NodeType::Pallet);
        QCOMPARE(pallet->childCount(), cartons);
        for (const auto &carton : pallet->children()) {
            QCOMPARE(carton->type(), NodeType::Carton);
            QCOMPARE(carton->childCount(), skus);
            for (const auto &item : carton->children()) {
                QCOMPARE(item->type(), NodeType::Item);
                QCOMPARE(item->childCount(), 0);
                ++items;
            }
        }
    }
    QCOMPARE(items, pallets * cartons * skus);
    QCOMPARE(s.nodeCount(), pallets + pallets * cartons + items); // the root is not counted
}

void TestGenerator::ssccsAreUniqueWithValidCheckDigits_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("extension");
    QTest::newRow("7-digit prefix, extension 0") << QStringLiteral("0614141") << 0;
    QTest::newRow("9-digit prefix, extension 3") << QStringLiteral("061414123") << 3;
    QTest::newRow("12-digit prefix, extension 9") << QStringLiteral("061414123456") << 9;
}

void TestGenerator::ssccsAreUniqueWithValidCheckDigits()
{
    QFETCH(QString, prefix);
    QFETCH(int, extension);
    ShipmentGenerator::Options o = options(5, 30, 2, 9);
    o.companyPrefix = prefix;
    o.extensionDigit = extension;
    const auto r = ShipmentGenerator::generate(o);
    QVERIFY2(r.shipment, qPrintable(r.error));
    QStringList ssccs;
    r.shipment->root()->forEach([&](const ShipmentNode *node) {
        if (!node->isRoot() && node->type() != NodeType::Item)
            ssccs.append(node->line().identifierValue);
    });
    QSet<QString> seen;
    qint64 previousSerial = -1;
    const QString lead = QString::number(extension) + prefix;
    for (const QString &sscc : std::as_const(ssccs)) {
        QCOMPARE(sscc.size(), 18);
        QVERIFY2(Gs1::hasValidCheckDigit(sscc), qPrintable(sscc));
        QVERIFY2(sscc.startsWith(lead), qPrintable(sscc));
        QVERIFY2(!seen.contains(sscc), qPrintable(sscc));
        seen.insert(sscc);
        // Serials count up in tree order: pallet, its cartons, the next pallet...
        const qint64 serial = sscc.mid(lead.size(), 17 - lead.size()).toLongLong();
        if (previousSerial >= 0)
            QCOMPARE(serial, previousSerial + 1);
        previousSerial = serial;
    }
    QCOMPARE(seen.size(), 5 + 5 * 30);
}

void TestGenerator::packedUnitsStayWithinOrdered_data()
{
    addSizes();
}

void TestGenerator::packedUnitsStayWithinOrdered()
{
    QFETCH(int, pallets);
    QFETCH(int, cartons);
    QFETCH(int, skus);
    QFETCH(quint32, seed);
    const auto r = ShipmentGenerator::generate(options(pallets, cartons, skus, seed));
    QVERIFY2(r.shipment, qPrintable(r.error));
    QHash<const PurchaseOrderLine *, qint64> packed;
    r.shipment->root()->forEach([&](const ShipmentNode *node) {
        if (node->type() != NodeType::Item)
            return;
        const ShipmentLine &l = node->line();
        const PurchaseOrderLine *line
            = findLine(r.orders, l.channelPurchaseOrderNo, l.identifierValue);
        QVERIFY2(line, qPrintable(l.channelPurchaseOrderNo + QLatin1Char(' ') + l.identifierValue));
        // The item is packed the way the PO line orders it.
        QCOMPARE(l.quantityUnit, line->unitOfMeasure);
        if (l.quantityUnit == QuantityUnit::Cases)
            QCOMPARE(l.unitsPerCase.value_or(0), line->unitSize);
        else
            QVERIFY(!l.unitsPerCase);
        QVERIFY(l.units() >= 1);
        packed[line] += l.units();
    });
    QVERIFY(!packed.isEmpty());
    for (auto it = packed.cbegin(); it != packed.cend(); ++it) {
        QVERIFY2(it.value() <= it.key()->orderedUnits(),
                 qPrintable(QStringLiteral("%1: %2 packed of %3 ordered")
                                .arg(it.key()->merchantProductNo)
                                .arg(it.value())
                                .arg(it.key()->orderedUnits())));
    }
}

void TestGenerator::writtenFilesReadBackWithoutFindings_data()
{
    addSizes();
}

void TestGenerator::writtenFilesReadBackWithoutFindings()
{
    QFETCH(int, pallets);
    QFETCH(int, cartons);
    QFETCH(int, skus);
    QFETCH(quint32, seed);
    const auto r = ShipmentGenerator::generate(options(pallets, cartons, skus, seed));
    QVERIFY2(r.shipment, qPrintable(r.error));

    const QByteArray shipmentJson = ShipmentJson::write(*r.shipment);
    const ShipmentDocument shipment = ShipmentJson::read(shipmentJson);
    QVERIFY(shipment.isReadable());
    QVERIFY2(shipment.findings.isEmpty(), qPrintable(describe(shipment.findings)));
    QCOMPARE(ShipmentJson::write(*shipment.shipment), shipmentJson);

    const QByteArray ordersJson = OrdersJson::write(r.orders);
    const OrdersDocument orders = OrdersJson::read(ordersJson);
    QVERIFY(orders.readable);
    QVERIFY2(orders.findings.isEmpty(), qPrintable(describe(orders.findings)));
    QCOMPARE(orders.orders.size(), r.orders.size());
    QCOMPARE(OrdersJson::write(orders.orders), ordersJson);
}

void TestGenerator::followsThePackingRules_data()
{
    addSizes();
}

void TestGenerator::followsThePackingRules()
{
    QFETCH(int, pallets);
    QFETCH(int, cartons);
    QFETCH(int, skus);
    QFETCH(quint32, seed);
    const auto r = ShipmentGenerator::generate(options(pallets, cartons, skus, seed));
    QVERIFY2(r.shipment, qPrintable(r.error));
    const ShipmentHeader &h = r.shipment->header();

    QCOMPARE(h.channelId, 1);
    QVERIFY(!h.merchantShipmentNo.isEmpty());
    QCOMPARE(h.shipmentType, ShipmentType::LessThanTruckLoad);
    QVERIFY(!h.billOfLadingNo.isEmpty());
    QVERIFY(!h.carrierShipmentNo.isEmpty());
    QVERIFY(!h.carrierName.isEmpty());
    QCOMPARE(h.sellingPartyId, QStringLiteral("ACME1"));
    QCOMPARE(h.shipFromPartyId, QStringLiteral("ACME1"));
    QCOMPARE(h.shipToPartyId, QStringLiteral("ABE8"));
    QVERIFY(h.estimatedDeliveryDate > h.shipmentDate);

    QSet<QString> usedOrders;
    double palletSum = 0;
    for (const auto &pallet : r.shipment->lines()) {
        const ShipmentLine &p = pallet->line();
        QCOMPARE(p.identifierType, IdentifierType::Sscc);
        QVERIFY(p.layersPerPallet.value_or(0) >= 1);
        QVERIFY(p.itemsPerLayer.value_or(0) >= 1);
        QVERIFY(*p.layersPerPallet * *p.itemsPerLayer >= pallet->childCount());
        QVERIFY(p.dimensions.isComplete());
        QCOMPARE(p.dimensions.unit, LengthUnit::Inches);
        QCOMPARE(*p.dimensions.length, 48.0);
        QCOMPARE(*p.dimensions.width, 40.0);
        QVERIFY2(*p.dimensions.height <= 72, qPrintable(QString::number(*p.dimensions.height)));
        QVERIFY(grams(p.weight) <= 1500 * kPoundGrams);
        const auto outer = p.dimensions.sortedMillimetres();
        double cartonSum = 0;
        for (const auto &carton : pallet->children()) {
            const ShipmentLine &c = carton->line();
            QCOMPARE(c.identifierType, IdentifierType::Sscc);
            QVERIFY(c.dimensions.isComplete());
            const auto inner = c.dimensions.sortedMillimetres();
            for (int i = 0; i < 3; ++i)
                QVERIFY(inner[size_t(i)] <= outer[size_t(i)]);
            QVERIFY(grams(c.weight) > 0);
            QVERIFY(grams(c.weight) <= 50 * kPoundGrams);
            cartonSum += grams(c.weight);
            QSet<QString> cartonOrders;
            QSet<QString> cartonSkus;
            for (const auto &item : carton->children()) {
                const ShipmentLine &i = item->line();
                QCOMPARE(i.identifierType, IdentifierType::Sku);
                QVERIFY(i.weight.isEmpty());
                QVERIFY(i.quantity.value_or(0) >= 1);
                QVERIFY(!i.channelPurchaseOrderNo.isEmpty());
                QVERIFY2(!cartonSkus.contains(i.identifierValue), "a SKU twice in a carton");
                cartonSkus.insert(i.identifierValue);
                cartonOrders.insert(i.channelPurchaseOrderNo);
                usedOrders.insert(i.channelPurchaseOrderNo);
                if (i.expiryDate.isValid()) {
                    QVERIFY(!i.lotNo.isEmpty());
                    QVERIFY(h.shipmentDate.date().daysTo(i.expiryDate.date()) >= 90);
                }
            }
            QVERIFY(cartonOrders.size() <= 5);
        }
        // The pallet weighs its cartons plus the pallet itself.
        QVERIFY(grams(p.weight) > cartonSum);
        QVERIFY(grams(p.weight) - cartonSum < 60 * kPoundGrams);
        palletSum += grams(p.weight);
    }
    QVERIFY(grams(h.weight) >= palletSum - 1e-6);

    for (const PurchaseOrder &po : r.orders) {
        if (!usedOrders.contains(po.channelPurchaseOrderNo))
            continue;
        QCOMPARE(po.shipToParty.partyId, h.shipToPartyId);
        QCOMPARE(po.sellingParty.partyId, h.sellingPartyId);
        QVERIFY(po.fromShipDate.date() <= h.shipmentDate.date());
        QVERIFY(po.toShipDate.date() >= h.shipmentDate.date());
        QVERIFY(!po.isClosedForPacking());
    }
}

void TestGenerator::ordersAreRealistic()
{
    const auto r = ShipmentGenerator::generate(options(10, 40, 5, 17));
    QVERIFY2(r.shipment, qPrintable(r.error));
    QVERIFY(r.orders.size() >= 10); // about one PO per 40 item lines
    static const QRegularExpression poNumber(QStringLiteral("^[0-9A-Z]{8}$"));
    static const QRegularExpression asin(QStringLiteral("^B0[0-9A-Z]{8}$"));
    QSet<QString> numbers;
    bool sawCases = false;
    bool sawEaches = false;
    for (const PurchaseOrder &po : r.orders) {
        QVERIFY2(poNumber.match(po.channelPurchaseOrderNo).hasMatch(),
                 qPrintable(po.channelPurchaseOrderNo));
        QVERIFY(!numbers.contains(po.channelPurchaseOrderNo));
        numbers.insert(po.channelPurchaseOrderNo);
        QVERIFY(po.status == PurchaseOrderStatus::New
                || po.status == PurchaseOrderStatus::InProgress);
        QCOMPARE(po.channelId, 1);
        QCOMPARE(po.shipToParty.countryCode, QStringLiteral("US"));
        QVERIFY(!po.shipToParty.addressLine1.isEmpty());
        QVERIFY(!po.sellingParty.addressLine1.isEmpty());
        QVERIFY(!po.buyingParty.isEmpty());
        QVERIFY(!po.billingParty.isEmpty());
        QVERIFY(po.fromShipDate < po.toShipDate);
        QVERIFY(po.fromDeliveryDate < po.toDeliveryDate);
        QVERIFY(!po.lines.isEmpty());
        QSet<QString> skus;
        for (const PurchaseOrderLine &line : po.lines) {
            QVERIFY2(asin.match(line.channelProductNo).hasMatch(),
                     qPrintable(line.channelProductNo));
            QVERIFY(!line.merchantProductNo.isEmpty());
            QVERIFY(!skus.contains(line.merchantProductNo));
            skus.insert(line.merchantProductNo);
            QVERIFY(line.quantity >= 1);
            QVERIFY(line.acknowledgedDate.isValid());
            QVERIFY(line.isAcknowledged());
            QVERIFY(line.netCostAmount.value_or(0) > 0);
            QCOMPARE(line.netCostCurrency, QStringLiteral("USD"));
            QVERIFY(qAbs(line.lineTotal.value_or(0) - *line.netCostAmount * line.quantity) < 0.01);
            if (line.unitOfMeasure == QuantityUnit::Cases) {
                sawCases = true;
                QVERIFY(line.unitSize > 1);
            } else {
                sawEaches = true;
                QCOMPARE(line.unitSize, 1);
            }
        }
    }
    QVERIFY(sawCases);
    QVERIFY(sawEaches);
}

void TestGenerator::validatorFindsNothing_data()
{
    QTest::addColumn<int>("pallets");
    QTest::addColumn<int>("cartons");
    QTest::addColumn<int>("skus");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("3x4x3") << 3 << 4 << 3 << 1u;
    QTest::newRow("3x4x3 seed 99") << 3 << 4 << 3 << 99u;
    QTest::newRow("one of each") << 1 << 1 << 1 << 1u;
    QTest::newRow("many SKUs in a carton") << 2 << 3 << 40 << 11u;
    QTest::newRow("full pallets 4x60x5") << 4 << 60 << 5 << 42u;
}

void TestGenerator::validatorFindsNothing()
{
    QFETCH(int, pallets);
    QFETCH(int, cartons);
    QFETCH(int, skus);
    QFETCH(quint32, seed);
    const auto r = ShipmentGenerator::generate(options(pallets, cartons, skus, seed));
    QVERIFY2(r.shipment, qPrintable(r.error));
    const OrderBook book(r.orders);
    RuleContext context;
    context.orders = &book;
    const Findings findings = Validator::validateOnce(*r.shipment, context);
    Findings problems;
    for (const Finding &f : findings) {
        if (f.severity != Severity::Info)
            problems.append(f);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestGenerator::badOptionsAreRefused_data()
{
    QTest::addColumn<int>("pallets");
    QTest::addColumn<int>("cartons");
    QTest::addColumn<int>("skus");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("extension");
    QTest::addColumn<qint64>("channel");
    const QString good = QStringLiteral("0614141");
    QTest::newRow("no pallets") << 0 << 4 << 3 << good << 0 << qint64(1);
    QTest::newRow("no cartons") << 1 << 0 << 3 << good << 0 << qint64(1);
    QTest::newRow("no SKUs") << 1 << 1 << 0 << good << 0 << qint64(1);
    QTest::newRow("negative pallets") << -5 << 1 << 1 << good << 0 << qint64(1);
    QTest::newRow("letters in the prefix")
        << 1 << 1 << 1 << QStringLiteral("06141AB") << 0 << qint64(1);
    QTest::newRow("prefix too short") << 1 << 1 << 1 << QStringLiteral("061") << 0 << qint64(1);
    QTest::newRow("extension digit 10") << 1 << 1 << 1 << good << 10 << qint64(1);
    QTest::newRow("channel 0") << 1 << 1 << 1 << good << 0 << qint64(0);
    QTest::newRow("more SSCCs than a 12-digit prefix allows")
        << 1000 << 1000 << 1 << QStringLiteral("061414123456") << 0 << qint64(1);
}

void TestGenerator::badOptionsAreRefused()
{
    QFETCH(int, pallets);
    QFETCH(int, cartons);
    QFETCH(int, skus);
    QFETCH(QString, prefix);
    QFETCH(int, extension);
    QFETCH(qint64, channel);
    ShipmentGenerator::Options o = options(pallets, cartons, skus);
    o.companyPrefix = prefix;
    o.extensionDigit = extension;
    o.channelId = channel;
    const auto r = ShipmentGenerator::generate(o);
    QVERIFY(!r.shipment);
    QVERIFY(r.orders.isEmpty());
    QVERIFY(!r.error.isEmpty());
}

void TestGenerator::largeShipment()
{
    const auto r = ShipmentGenerator::generate(options(60, 60, 5, 1));
    QVERIFY2(r.shipment, qPrintable(r.error));
    int items = 0;
    QSet<QString> skus;
    r.shipment->root()->forEach([&](const ShipmentNode *node) {
        if (node->type() == NodeType::Item) {
            ++items;
            skus.insert(node->line().identifierValue);
        }
    });
    QCOMPARE(items, 18000);
    // A catalogue of a few hundred SKUs, reused across cartons.
    QVERIFY2(skus.size() >= 200 && skus.size() <= 500, qPrintable(QString::number(skus.size())));
}

QTEST_APPLESS_MAIN(TestGenerator)

#include "tst_generator.moc"
