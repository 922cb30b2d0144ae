// SPDX-License-Identifier: GPL-3.0-or-later
// The label layout and the label data taken from a shipment and its purchase orders.

#include "core/generator.h"
#include "core/orderbook.h"
#include "labels/labelbuilder.h"
#include "labels/labellayout.h"

#include <QTest>

using namespace VendorPack;

class TestLabelBuilder : public QObject
{
    Q_OBJECT

private:
    static ShipmentGenerator::Result generated()
    {
        ShipmentGenerator::Options options;
        options.pallets = 2;
        options.cartonsPerPallet = 3;
        options.skusPerCarton = 2;
        return ShipmentGenerator::generate(options);
    }

private slots:
    void zonesTileTheLabelWithTheSsccLowest_data()
    {
        QTest::addColumn<int>("stock");
        QTest::addColumn<int>("kind");
        QTest::newRow("carton 4x6") << int(LabelStock::FourBySix) << int(LabelKind::Carton);
        QTest::newRow("pallet 4x6") << int(LabelStock::FourBySix) << int(LabelKind::Pallet);
        QTest::newRow("carton A6") << int(LabelStock::A6) << int(LabelKind::Carton);
        QTest::newRow("pallet A6") << int(LabelStock::A6) << int(LabelKind::Pallet);
    }

    void zonesTileTheLabelWithTheSsccLowest()
    {
        QFETCH(int, stock);
        QFETCH(int, kind);
        const LabelLayout layout = LabelLayout::create(LabelStock(stock), LabelKind(kind));
        const QRectF area = layout.contentRect();
        double zoneArea = 0;
        for (const LabelZone &zone : layout.zones()) {
            QVERIFY(area.adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(zone.rect));
            QVERIFY(zone.rect.height() > 8.0);
            zoneArea += zone.rect.width() * zone.rect.height();
            for (const LabelZone &other : layout.zones()) {
                if (&other != &zone) {
                    const QRectF overlap = zone.rect.intersected(other.rect);
                    QVERIFY(overlap.width() * overlap.height() < 1e-6);
                }
            }
        }
        QVERIFY(qAbs(zoneArea - area.width() * area.height()) < 1e-6);
        const QRectF sscc = layout.zone(LabelZoneRole::Sscc);
        QCOMPARE(sscc.bottom(), area.bottom());
        QCOMPARE(sscc.width(), area.width());
        // 156 modules at 0.5 mm with 10-module quiet zones fit across the label.
        QVERIFY(sscc.width() >= (156 + 20) * LabelLayout::kSsccModuleMm);
        QVERIFY(sscc.height() >= LabelLayout::kSsccBarHeightMm);
        for (const LabelZone &zone : layout.zones()) {
            if (zone.role != LabelZoneRole::Sscc)
                QVERIFY(zone.rect.bottom() <= sscc.top() + 1e-9);
        }
        QCOMPARE(layout.hasZone(LabelZoneRole::Marking), LabelKind(kind) == LabelKind::Pallet);
    }

    void numbersCartonsAndPalletsOverTheShipment()
    {
        const ShipmentGenerator::Result g = generated();
        QVERIFY(g.shipment);
        const LabelBuilder::Result r
            = LabelBuilder::build(*g.shipment, OrderBook(g.orders), LabelBuilder::Options());
        QVERIFY(r.findings.isEmpty());
        QCOMPARE(r.labels.size(), 8);
        QList<int> cartons;
        QList<int> pallets;
        for (const LabelData &d : r.labels) {
            if (d.kind == LabelKind::Carton) {
                cartons.append(d.number);
                QCOMPARE(d.total, 6);
                QCOMPARE(d.copies, 1);
            } else {
                pallets.append(d.number);
                QCOMPARE(d.total, 2);
                QCOMPARE(d.cartonCount, 3);
                QCOMPARE(d.copies, 2);
            }
            QVERIFY(d.sscc.isValid());
            QVERIFY(d.pointer.startsWith(QLatin1String("/Model/Lines/")));
        }
        QCOMPARE(cartons, (QList<int> { 1, 2, 3, 4, 5, 6 }));
        QCOMPARE(pallets, (QList<int> { 1, 2 }));
        // Tree order: the pallet comes before its cartons.
        QCOMPARE(r.labels.first().kind, LabelKind::Pallet);
    }

    void takesAddressesAndContentsFromTheOrders()
    {
        const ShipmentGenerator::Result g = generated();
        const LabelBuilder::Result r
            = LabelBuilder::build(*g.shipment, OrderBook(g.orders), LabelBuilder::Options());
        const LabelData &carton = r.labels.at(1);
        QCOMPARE(carton.kind, LabelKind::Carton);
        QCOMPARE(carton.shipTo.partyId, g.shipment->header().shipToPartyId);
        QCOMPARE(carton.shipTo.addressLine1, g.orders.first().shipToParty.addressLine1);
        QCOMPARE(carton.shipFrom.name, g.orders.first().sellingParty.name);
        QCOMPARE(carton.carrier, g.shipment->header().carrierName);
        QCOMPARE(carton.bol, g.shipment->header().billOfLadingNo);
        QCOMPARE(carton.pro, g.shipment->header().carrierShipmentNo);
        const ShipmentNode *node = g.shipment->node(carton.node);
        QVERIFY(node);
        qint64 units = 0;
        for (const auto &item : node->children())
            units += item->line().units();
        QCOMPARE(carton.quantity, units);
        QCOMPARE(carton.skuCount, 2);
        QVERIFY(carton.isMixed());
        QVERIFY(!carton.weight.isEmpty());
        QVERIFY(carton.weight.endsWith(QLatin1String(" LB")));
    }

    void prefersTheStationsShipFromAddress()
    {
        const ShipmentGenerator::Result g = generated();
        LabelBuilder::Options options;
        options.shipFrom.name = QStringLiteral("Acme DC West");
        options.shipFrom.addressLine1 = QStringLiteral("1 Dock Road");
        options.shipFrom.city = QStringLiteral("Reno");
        const LabelBuilder::Result r
            = LabelBuilder::build(*g.shipment, OrderBook(g.orders), options);
        QCOMPARE(r.labels.first().shipFrom.name, QStringLiteral("Acme DC West"));
    }

    void refusesWithoutAShipToAddress()
    {
        const ShipmentGenerator::Result g = generated();
        QList<PurchaseOrder> orders = g.orders;
        for (PurchaseOrder &po : orders) {
            po.shipToParty.name.clear();
            po.shipToParty.addressLine1.clear();
            po.shipToParty.city.clear();
        }
        const LabelBuilder::Result r
            = LabelBuilder::build(*g.shipment, OrderBook(orders), LabelBuilder::Options());
        QVERIFY(r.hasErrors());
        QCOMPARE(r.findings.first().rule, QStringLiteral("label.ship-to"));
        QCOMPARE(r.findings.first().pointer, QStringLiteral("/Model/ShipToPartyId"));
        QVERIFY(r.findings.first().message.contains(g.shipment->header().shipToPartyId));
    }

    void refusesAContainerWithoutAValidSscc()
    {
        const ShipmentGenerator::Result g = generated();
        ShipmentNode *carton = g.shipment->lines().front()->child(1);
        carton->line().identifierValue = QStringLiteral("006141411234567891");
        const LabelBuilder::Result r
            = LabelBuilder::build(*g.shipment, OrderBook(g.orders), LabelBuilder::Options());
        QVERIFY(r.hasErrors());
        QCOMPARE(r.findings.first().rule, QStringLiteral("label.sscc"));
        QCOMPARE(r.findings.first().pointer,
                 QStringLiteral("/Model/Lines/0/Lines/1/IdentifierValue"));
        QCOMPARE(r.labels.size(), 7);
    }

    void addressLinesKeepEveryPart()
    {
        Party p;
        p.name = QStringLiteral("  Amazon   ABE8 ");
        p.addressLine1 = QStringLiteral("401 Independence Road");
        p.city = QStringLiteral("Florence");
        p.stateOrRegion = QStringLiteral("NJ");
        p.postalCode = QStringLiteral("08518");
        p.countryCode = QStringLiteral("US");
        QCOMPARE(
            LabelBuilder::addressLines(p),
            (QStringList { QStringLiteral("Amazon ABE8"), QStringLiteral("401 Independence Road"),
                           QStringLiteral("Florence, NJ 08518"), QStringLiteral("US") }));
    }
};

QTEST_APPLESS_MAIN(TestLabelBuilder)
#include "tst_labelbuilder.moc"
