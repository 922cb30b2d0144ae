// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/shipment.h"

#include <QTest>

using namespace VendorPack;

class TestShipment : public QObject
{
    Q_OBJECT

private:
    static ShipmentLine line(NodeType type, const QString &identifier)
    {
        ShipmentLine l;
        l.type = type;
        l.identifierValue = identifier;
        return l;
    }

private slots:
    void idsAreStableAndUnique()
    {
        Shipment s;
        ShipmentNode *pallet = s.insertNode(s.root(), 0, s.createNode(line(NodeType::Pallet, {})));
        ShipmentNode *carton = s.insertNode(pallet, 0, s.createNode(line(NodeType::Carton, {})));
        ShipmentNode *item = s.insertNode(carton, 0, s.createNode(line(NodeType::Item, {})));
        QCOMPARE(s.nodeCount(), 3);
        QVERIFY(pallet->id() != carton->id() && carton->id() != item->id());
        QCOMPARE(s.node(item->id()), item);
        QCOMPARE(s.node(0), s.root());
        QCOMPARE(item->depth(), 3);
        QCOMPARE(item->row(), 0);
        QVERIFY(pallet->isAncestorOf(item));
        QVERIFY(!item->isAncestorOf(pallet));

        // Taking a subtree out unindexes it; putting it back keeps its ids.
        const NodeId cartonId = carton->id();
        const NodeId itemId = item->id();
        std::unique_ptr<ShipmentNode> taken = s.takeNode(carton);
        QCOMPARE(s.nodeCount(), 1);
        QVERIFY(!s.node(itemId));
        s.insertNode(pallet, 0, std::move(taken));
        QCOMPARE(s.node(cartonId)->id(), cartonId);
        QCOMPARE(s.node(itemId)->parent()->id(), cartonId);

        // A new node never reuses an id, also after restoring stored ids.
        auto restored = s.createNode(line(NodeType::Item, {}), 100);
        QCOMPARE(restored->id(), NodeId(100));
        QVERIFY(s.createNode(line(NodeType::Item, {}))->id() > 100);
    }

    void pointersFollowTheTree()
    {
        Shipment s;
        ShipmentNode *p0 = s.insertNode(s.root(), 0, s.createNode(line(NodeType::Pallet, {})));
        ShipmentNode *p1 = s.insertNode(s.root(), 1, s.createNode(line(NodeType::Pallet, {})));
        ShipmentNode *c = s.insertNode(p1, 0, s.createNode(line(NodeType::Carton, {})));
        ShipmentNode *i = s.insertNode(c, 0, s.createNode(line(NodeType::Item, {})));
        QCOMPARE(i->pointer(u"/Model"), QStringLiteral("/Model/Lines/1/Lines/0/Lines/0"));
        QCOMPARE(i->pointer(u""), QStringLiteral("/Lines/1/Lines/0/Lines/0"));
        s.moveNode(c, p0, 0);
        QCOMPARE(i->pointer(u"/Model"), QStringLiteral("/Model/Lines/0/Lines/0/Lines/0"));
        QCOMPARE(c->parent(), p0);
        QCOMPARE(p1->childCount(), 0);
    }

    void cloneIsDeepWithTheSameIds()
    {
        Shipment s;
        s.header().merchantShipmentNo = QStringLiteral("SHP-1");
        s.setVersion(7);
        ShipmentNode *p
            = s.insertNode(s.root(), 0, s.createNode(line(NodeType::Pallet, QStringLiteral("P"))));
        ShipmentNode *c
            = s.insertNode(p, 0, s.createNode(line(NodeType::Carton, QStringLiteral("C"))));
        auto copy = s.clone();
        QCOMPARE(copy->header(), s.header());
        QCOMPARE(copy->version(), 7);
        QCOMPARE(copy->nodeCount(), 2);
        QCOMPARE(copy->node(c->id())->line().identifierValue, QStringLiteral("C"));
        QVERIFY(copy->node(c->id()) != c);
        c->line().identifierValue = QStringLiteral("changed");
        QCOMPARE(copy->node(c->id())->line().identifierValue, QStringLiteral("C"));
    }

    void unitsOfAnItem()
    {
        ShipmentLine l = line(NodeType::Item, QStringLiteral("SKU"));
        QCOMPARE(l.units(), 0);
        l.quantity = 4;
        l.quantityUnit = QuantityUnit::Eaches;
        QCOMPARE(l.units(), 4);
        l.quantityUnit = QuantityUnit::Cases;
        QCOMPARE(l.units(), 0); // cases without a case size: unknown
        l.unitsPerCase = 12;
        QCOMPARE(l.units(), 48);
    }
};

QTEST_APPLESS_MAIN(TestShipment)
#include "tst_shipment.moc"
