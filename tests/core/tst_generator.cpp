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

// Hand-made purchase orders: March 2026, ship windows counted in days of the month.
PurchaseOrderLine orderLine(const char *sku, qint64 quantity, qint64 caseSize = 1)
{
    PurchaseOrderLine l;
    l.merchantProductNo = QLatin1String(sku);
    l.channelProductNo = QLatin1String("ASIN-") + QLatin1String(sku);
    l.quantity = quantity;
    l.unitOfMeasure = caseSize > 1 ? QuantityUnit::Cases : QuantityUnit::Eaches;
    l.unitSize = caseSize;
    l.acknowledgedDate = QDateTime(QDate(2026, 2, 20), QTime(9, 0), Qt::UTC);
    return l;
}

PurchaseOrderLine unacknowledged(PurchaseOrderLine l)
{
    l.acknowledgedDate = QDateTime();
    return l;
}

// The line with local acknowledgements, quantities in its unit of measure.
PurchaseOrderLine answered(PurchaseOrderLine l, qint64 accepted, qint64 backordered,
                           qint64 rejected)
{
    const std::pair<AcknowledgementCode, qint64> parts[]
        = { { AcknowledgementCode::Accepted, accepted },
            { AcknowledgementCode::Backordered, backordered },
            { AcknowledgementCode::Rejected, rejected } };
    for (const auto &[code, quantity] : parts) {
        if (quantity <= 0)
            continue;
        Acknowledgement ack;
        ack.code = code;
        ack.quantity = quantity;
        if (code == AcknowledgementCode::Rejected)
            ack.rejectionReason = RejectionReason::TemporarilyUnavailable;
        l.acknowledgements.append(ack);
    }
    return l;
}

PurchaseOrder order(const char *number, const char *fc, PurchaseOrderStatus status,
                    const QList<PurchaseOrderLine> &lines, int fromDay = 1, int toDay = 9,
                    const char *country = "US")
{
    PurchaseOrder po;
    po.channelId = 1;
    po.channelPurchaseOrderNo = QLatin1String(number);
    po.status = status;
    po.fromShipDate = QDateTime(QDate(2026, 3, fromDay), QTime(0, 0), Qt::UTC);
    po.toShipDate = QDateTime(QDate(2026, 3, toDay), QTime(0, 0), Qt::UTC);
    po.sellingParty.partyId = QStringLiteral("ACME1");
    po.shipToParty.partyId = QLatin1String(fc);
    po.shipToParty.countryCode = QLatin1String(country);
    po.lines = lines;
    return po;
}

constexpr auto New = PurchaseOrderStatus::New;
constexpr auto InProgress = PurchaseOrderStatus::InProgress;

} // namespace

Q_DECLARE_METATYPE(QList<VendorPack::PurchaseOrder>)

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
    void packOrders_data();
    void packOrders();

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

void TestGenerator::packOrders_data()
{
    QTest::addColumn<QList<PurchaseOrder>>("orders");
    QTest::addColumn<int>("pallets");
    QTest::addColumn<int>("cartons");
    QTest::addColumn<int>("skus");
    QTest::addColumn<QString>("fc"); // empty: nothing can be packed
    QTest::addColumn<QStringList>("packed"); // the POs in the shipment; empty: not checked
    QTest::addColumn<bool>("complete"); // every packable unit fits

    const auto small = ShipmentGenerator::generate(options(2, 4, 3, 1)).orders;
    QTest::newRow("orders made by generate(), all fit")
        << small << 20 << 10 << 4 << QStringLiteral("ABE8") << QStringList() << true;
    QTest::newRow("orders made by generate(), fewer cartons than they need")
        << ShipmentGenerator::generate(options(4, 60, 5, 42)).orders << 2 << 4 << 3
        << QStringLiteral("ABE8") << QStringList() << false;
    QTest::newRow("orders made by generate(), many SKUs in a carton")
        << ShipmentGenerator::generate(options(2, 3, 40, 11)).orders << 4 << 6 << 40
        << QStringLiteral("ABE8") << QStringList() << false;

    QTest::newRow("CASES lines")
        << QList<PurchaseOrder> { order("CASES001", "ABE8", New,
                                        { orderLine("SKU-A", 12, 6), orderLine("SKU-B", 3, 24),
                                          orderLine("SKU-C", 40) }),
                                  order("CASES002", "ABE8", InProgress,
                                        { orderLine("SKU-A", 5, 6), orderLine("SKU-E", 7, 12) }) }
        << 2 << 10 << 2 << QStringLiteral("ABE8")
        << QStringList { QStringLiteral("CASES001"), QStringLiteral("CASES002") } << true;

    QTest::newRow("cancelled, shipped and closed POs ignored")
        << QList<PurchaseOrder> { order("GONE0001", "ONT8", PurchaseOrderStatus::Cancelled,
                                        { orderLine("SKU-A", 900) }),
                                  order("GONE0002", "ONT8", PurchaseOrderStatus::Shipped,
                                        { orderLine("SKU-B", 900) }),
                                  order("GONE0003", "ABE8", PurchaseOrderStatus::Closed,
                                        { orderLine("SKU-C", 900) }),
                                  order("OPEN0001", "ABE8", New,
                                        { orderLine("SKU-D", 10), orderLine("SKU-E", 2, 6) }),
                                  order("OPEN0002", "ONT8", InProgress, { orderLine("SKU-F", 4) }) }
        << 2 << 4 << 3 << QStringLiteral("ABE8") << QStringList { QStringLiteral("OPEN0001") }
        << true;

    QTest::newRow("several FCs, the biggest chosen")
        << QList<PurchaseOrder> { order("FCABE001", "ABE8", New, { orderLine("SKU-A", 100) }),
                                  order("FCONT001", "ONT8", New,
                                        { orderLine("SKU-A", 60), orderLine("SKU-B", 10, 6) }),
                                  order("FCONT002", "ONT8", InProgress, { orderLine("SKU-C", 50) }),
                                  order("FCYYZ001", "YYZ4", New, { orderLine("SKU-A", 150) }, 1, 9,
                                        "CA"),
                                  order("FCDTM001", "DTM2", New, { orderLine("SKU-A", 20, 4) }, 1,
                                        9, "DE") }
        << 2 << 4 << 3 << QStringLiteral("ONT8")
        << QStringList { QStringLiteral("FCONT001"), QStringLiteral("FCONT002") } << true;

    QTest::newRow("a tie goes to the FC first in the alphabet")
        << QList<PurchaseOrder> { order("TIE00001", "YYZ4", New, { orderLine("SKU-A", 12) }, 1, 9,
                                        "CA"),
                                  order("TIE00002", "LTN1", New, { orderLine("SKU-B", 2, 6) }, 1, 9,
                                        "GB") }
        << 1 << 2 << 2 << QStringLiteral("LTN1") << QStringList { QStringLiteral("TIE00002") }
        << true;

    QTest::newRow("a line acknowledged REJECTED is not packed")
        << QList<PurchaseOrder> { order("REJECT01", "ABE8", InProgress,
                                        { answered(orderLine("SKU-REJ", 30), 0, 0, 30),
                                          answered(orderLine("SKU-PART", 10, 6), 4, 0, 6),
                                          orderLine("SKU-OK", 8) }) }
        << 1 << 4 << 3 << QStringLiteral("ABE8") << QStringList { QStringLiteral("REJECT01") }
        << true;

    QTest::newRow("accepted quantities are the limit") << QList<PurchaseOrder> { order(
        "LIMIT001", "ABE8", New,
        { answered(orderLine("SKU-A", 50), 7, 43, 0), answered(orderLine("SKU-B", 10, 12), 2, 3, 5),
          answered(orderLine("SKU-C", 9), 0, 9, 0), answered(orderLine("SKU-D", 4, 6), 4, 0, 0) }) }
                                                       << 1 << 4 << 5 << QStringLiteral("ABE8")
                                                       << QStringList { QStringLiteral("LIMIT001") }
                                                       << true;

    QTest::newRow("unacknowledged lines are not packed")
        << QList<PurchaseOrder> { order("UNACK001", "ABE8", New,
                                        { unacknowledged(orderLine("SKU-A", 500)) }),
                                  order("ACKED001", "ONT8", New,
                                        { orderLine("SKU-B", 5),
                                          unacknowledged(orderLine("SKU-C", 500)) }) }
        << 1 << 2 << 2 << QStringLiteral("ONT8") << QStringList { QStringLiteral("ACKED001") }
        << true;

    // Today is March 4.
    QTest::newRow("ship windows that do not meet: those open today")
        << QList<PurchaseOrder> { order("EARLY001", "ABE8", New, { orderLine("SKU-A", 40) }, 1, 3),
                                  order("TODAY001", "ABE8", New, { orderLine("SKU-B", 10) }, 1, 5),
                                  order("TODAY002", "ABE8", New, { orderLine("SKU-C", 10) }, 4, 8),
                                  order("LATER001", "ABE8", New, { orderLine("SKU-D", 90) }, 10,
                                        15) }
        << 2 << 4 << 3 << QStringLiteral("ABE8")
        << QStringList { QStringLiteral("TODAY001"), QStringLiteral("TODAY002") } << false;
    QTest::newRow("ship windows that do not meet, none open today: the most units")
        << QList<PurchaseOrder> { order("SOON0001", "ABE8", New, { orderLine("SKU-A", 40) }, 10,
                                        12),
                                  order("LATER001", "ABE8", New,
                                        { orderLine("SKU-B", 30), orderLine("SKU-C", 30) }, 20, 25),
                                  order("LATER002", "ABE8", InProgress,
                                        { orderLine("SKU-D", 2, 6) }, 18, 22) }
        << 2 << 4 << 3 << QStringLiteral("ABE8")
        << QStringList { QStringLiteral("LATER001"), QStringLiteral("LATER002") } << false;

    QTest::newRow("nothing to pack: no orders")
        << QList<PurchaseOrder>() << 2 << 4 << 3 << QString() << QStringList() << false;
    QTest::newRow("nothing to pack: closed and rejected") << QList<PurchaseOrder> {
        order("NONE0001", "ABE8", PurchaseOrderStatus::Cancelled, { orderLine("SKU-A", 10) }),
        order("NONE0002", "ABE8", PurchaseOrderStatus::Invoiced, { orderLine("SKU-A", 10) }),
        order("NONE0003", "ABE8", New, { answered(orderLine("SKU-B", 10), 0, 0, 10) }),
        order("NONE0004", "ABE8", InProgress, { answered(orderLine("SKU-C", 10, 6), 0, 10, 0) }),
        order("NONE0005", "ABE8", New, { unacknowledged(orderLine("SKU-D", 10)) })
    } << 2 << 4 << 3 << QString() << QStringList() << false;
}

void TestGenerator::packOrders()
{
    QFETCH(QList<PurchaseOrder>, orders);
    QFETCH(int, pallets);
    QFETCH(int, cartons);
    QFETCH(int, skus);
    QFETCH(QString, fc);
    QFETCH(QStringList, packed);
    QFETCH(bool, complete);
    ShipmentGenerator::Options o = options(pallets, cartons, skus, 5);
    o.now = QDateTime(QDate(2026, 3, 4), QTime(8, 0), Qt::UTC);
    const auto r = ShipmentGenerator::packOrders(orders, o);
    QCOMPARE(OrdersJson::write(r.orders), OrdersJson::write(orders));
    if (fc.isEmpty()) {
        QVERIFY(!r.shipment);
        QCOMPARE(r.error,
                 QStringLiteral("no NEW or IN_PROGRESS purchase order with units to pack"));
        return;
    }
    QVERIFY2(r.shipment, qPrintable(r.error));
    const Shipment &s = *r.shipment;
    const ShipmentHeader &h = s.header();

    // Valid against the orders: not one error or warning.
    const OrderBook book(orders);
    RuleContext context;
    context.orders = &book;
    Findings problems;
    for (const Finding &f : Validator::validateOnce(s, context)) {
        if (f.severity != Severity::Info)
            problems.append(f);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));

    // The same input packs the same shipment.
    const auto again = ShipmentGenerator::packOrders(orders, o);
    QVERIFY(again.shipment);
    QCOMPARE(ShipmentJson::write(*again.shipment), ShipmentJson::write(s));

    QCOMPARE(h.shipToPartyId, fc);
    QCOMPARE(h.shipmentType, ShipmentType::LessThanTruckLoad);
    QVERIFY(!h.billOfLadingNo.isEmpty());
    QVERIFY(!h.carrierShipmentNo.isEmpty());
    QVERIFY(!h.carrierName.isEmpty());
    QVERIFY(h.estimatedDeliveryDate > h.shipmentDate);

    // Every SSCC valid and unique; no empty pallet or carton; the carton limits kept.
    QSet<QString> ssccs;
    QSet<QString> packedOrders;
    QHash<const PurchaseOrderLine *, qint64> units;
    QVERIFY(!s.lines().empty());
    QVERIFY(int(s.lines().size()) <= pallets);
    int cartonCount = 0;
    for (const auto &pallet : s.lines()) {
        QCOMPARE(pallet->type(), NodeType::Pallet);
        QVERIFY(pallet->childCount() >= 1);
        QVERIFY(pallet->childCount() <= cartons);
        for (const auto &carton : pallet->children()) {
            QCOMPARE(carton->type(), NodeType::Carton);
            QVERIFY(carton->childCount() >= 1);
            QVERIFY(carton->childCount() <= skus);
            ++cartonCount;
            QSet<QString> cartonSkus;
            QSet<QString> cartonOrders;
            for (const auto &item : carton->children()) {
                const ShipmentLine &i = item->line();
                QCOMPARE(i.identifierType, IdentifierType::Sku);
                QVERIFY2(!cartonSkus.contains(i.identifierValue), "a SKU twice in a carton");
                cartonSkus.insert(i.identifierValue);
                cartonOrders.insert(i.channelPurchaseOrderNo);
                packedOrders.insert(i.channelPurchaseOrderNo);
                const PurchaseOrderLine *poLine
                    = findLine(orders, i.channelPurchaseOrderNo, i.identifierValue);
                QVERIFY2(poLine, qPrintable(i.channelPurchaseOrderNo + u' ' + i.identifierValue));
                QVERIFY(!poLine->isRejected());
                QVERIFY(poLine->isAcknowledged());
                QCOMPARE(i.quantityUnit, poLine->unitOfMeasure);
                if (i.quantityUnit == QuantityUnit::Cases)
                    QCOMPARE(i.unitsPerCase.value_or(0), poLine->unitSize);
                else
                    QVERIFY(!i.unitsPerCase);
                QVERIFY(i.quantity.value_or(0) >= 1);
                units[poLine] += i.units();
            }
            QVERIFY(cartonOrders.size() <= 5);
        }
        pallet->forEach([&](const ShipmentNode *n) {
            if (n->type() != NodeType::Item) {
                const QString &sscc = n->line().identifierValue;
                QCOMPARE(sscc.size(), 18);
                QVERIFY2(Gs1::hasValidCheckDigit(sscc), qPrintable(sscc));
                QVERIFY2(!ssccs.contains(sscc), qPrintable(sscc));
                ssccs.insert(sscc);
            }
        });
    }
    QVERIFY(cartonCount <= pallets * cartons);
    QCOMPARE(ssccs.size(), int(s.lines().size()) + cartonCount);

    // Only open POs of that FC, never more than accepted; all of it when it fits.
    for (const QString &number : std::as_const(packedOrders)) {
        const PurchaseOrder &po = book.order(book.indexOf(number));
        QCOMPARE(po.shipToParty.partyId, fc);
        QVERIFY(po.status == PurchaseOrderStatus::New
                || po.status == PurchaseOrderStatus::InProgress);
    }
    if (!packed.isEmpty()) {
        QStringList found(packedOrders.cbegin(), packedOrders.cend());
        found.sort();
        packed.sort();
        QCOMPARE(found, packed);
    }
    for (auto it = units.cbegin(); it != units.cend(); ++it)
        QVERIFY2(it.value() <= it.key()->acceptedUnits(), qPrintable(it.key()->merchantProductNo));
    if (complete) {
        for (const PurchaseOrder &po : std::as_const(orders)) {
            if (po.shipToParty.partyId != fc || po.isClosedForPacking())
                continue;
            for (const PurchaseOrderLine &l : po.lines) {
                if (!l.isAcknowledged())
                    continue;
                const qint64 whole = l.acceptedUnits() / l.unitsOf(1) * l.unitsOf(1);
                QVERIFY2(units.value(&l) == whole,
                         qPrintable(QStringLiteral("%1 on %2: %3 of %4 packed")
                                        .arg(l.merchantProductNo, po.channelPurchaseOrderNo)
                                        .arg(units.value(&l))
                                        .arg(whole)));
            }
        }
    }

    // Shipped on the latest FromShipDate of the packed POs, inside every packed window.
    QDate latestFrom;
    for (const QString &number : std::as_const(packedOrders)) {
        const PurchaseOrder &po = book.order(book.indexOf(number));
        if (!latestFrom.isValid() || po.fromShipDate.date() > latestFrom)
            latestFrom = po.fromShipDate.date();
    }
    QCOMPARE(h.shipmentDate.date(), latestFrom);
}

QTEST_APPLESS_MAIN(TestGenerator)

#include "tst_generator.moc"
