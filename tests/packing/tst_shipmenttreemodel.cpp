// SPDX-License-Identifier: GPL-3.0-or-later
// The shipment tree model over the domain tree: drag and drop through its MIME API, refused drops
// with their reasons, the model signals (under QAbstractItemModelTester) while commands run.
#include "packingfixture.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>

using namespace VendorPack;

class tst_ShipmentTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void showsTheTree();
    void mimeRoundTripMovesCarton();
    void multiSelectionMove();
    void dropOfPoLineAddsItem();
    void refusedDrops_data();
    void refusedDrops();
    void refusalSignalOnlyWhenReasonChanges();
    void foreignShipmentIsRefused();

private:
    QMimeData *nodesData(const QList<NodeId> &ids) const;

    StorageBackends m_backends;
    std::unique_ptr<PackingFixture> m_f;
    NodeId m_pallet1 = 0;
    NodeId m_pallet2 = 0;
    NodeId m_carton1 = 0; // on pallet 1: 4 x ACM-1
    NodeId m_carton2 = 0; // on pallet 1: 1 case of ACM-2
    NodeId m_item1 = 0;
};

void tst_ShipmentTreeModel::initTestCase()
{
    if (!m_backends.start())
        return;
}

void tst_ShipmentTreeModel::cleanupTestCase()
{
    m_backends.stop();
}

void tst_ShipmentTreeModel::init()
{
    m_f = std::make_unique<PackingFixture>();
    QVERIFY(m_f->setUp(m_backends, StorageBackends::sqlite()));
    PackingSession &s = *m_f->session;
    m_pallet1 = s.addPallet().node;
    m_pallet2 = s.addPallet().node;
    m_carton1 = s.addCarton(m_pallet1).node;
    m_carton2 = s.addCarton(m_pallet1).node;
    m_item1 = s.addItem(m_carton1, QStringLiteral("PO-A"), QStringLiteral("ACM-1"), 4).node;
    QVERIFY(s.addItem(m_carton2, QStringLiteral("PO-A"), QStringLiteral("ACM-2"), 6).ok());
    QVERIFY(m_pallet1 && m_pallet2 && m_carton1 && m_carton2 && m_item1);
}

void tst_ShipmentTreeModel::cleanup()
{
    m_f.reset();
}

QMimeData *tst_ShipmentTreeModel::nodesData(const QList<NodeId> &ids) const
{
    QModelIndexList indexes;
    for (NodeId id : ids) {
        for (int column = 0; column < ShipmentTreeModel::ColumnCount; ++column)
            indexes << m_f->session->model()->indexForId(id, column); // a view sends every column
    }
    return m_f->session->model()->mimeData(indexes);
}

void tst_ShipmentTreeModel::showsTheTree()
{
    ShipmentTreeModel *model = m_f->session->model();
    QCOMPARE(model->rowCount(), 2);
    const QModelIndex pallet = model->index(0, 0);
    QCOMPARE(model->data(pallet).toString(), QStringLiteral("Pallet"));
    QCOMPARE(model->data(pallet, ShipmentTreeModel::NodePositionRole).toString(),
             QStringLiteral("Pallet 1 of 2"));
    QCOMPARE(model->rowCount(pallet), 2);
    const QModelIndex carton = model->index(1, 0, pallet);
    QCOMPARE(model->data(carton, ShipmentTreeModel::NodePositionRole).toString(),
             QStringLiteral("Carton 2 of 2"));
    QCOMPARE(model->data(model->index(1, ShipmentTreeModel::IdentifierColumn, pallet)).toString(),
             m_f->session->shipment()->node(m_carton2)->line().identifierValue);
    const QModelIndex item = model->index(0, ShipmentTreeModel::PurchaseOrderColumn, carton);
    QCOMPARE(model->data(item).toString(), QStringLiteral("PO-A"));
    QCOMPARE(model->parent(item), carton.siblingAtColumn(0));
    QCOMPARE(model->data(item, ShipmentTreeModel::NodeUnitsRole).toLongLong(), qint64(6));
    QVERIFY(model->flags(carton) & Qt::ItemIsDropEnabled);
    QVERIFY(!(model->flags(item) & Qt::ItemIsDropEnabled));
    QVERIFY(model->mimeTypes().contains(ShipmentTreeModel::nodesMimeType()));
    QVERIFY(model->mimeTypes().contains(ShipmentTreeModel::poLineMimeType()));
}

void tst_ShipmentTreeModel::mimeRoundTripMovesCarton()
{
    PackingSession &s = *m_f->session;
    ShipmentTreeModel *model = s.model();
    std::unique_ptr<QMimeData> data(nodesData({ m_carton1 }));
    QVERIFY(data);
    qint64 shipmentId = 0;
    QList<NodeId> ids;
    QVERIFY(ShipmentTreeModel::decodeNodes(data.get(), &shipmentId, &ids));
    QCOMPARE(shipmentId, s.shipmentId());
    QCOMPARE(ids, QList<NodeId> { m_carton1 });

    const QModelIndex target = model->indexForId(m_pallet2);
    QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, target));
    QSignalSpy moved(model, &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    const int commands = s.undoStack()->count();
    // false: the command moved the row; the view must not remove the source.
    QVERIFY(!model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, target));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(s.undoStack()->count(), commands + 1);
    QCOMPARE(s.shipment()->node(m_carton1)->parent()->id(), m_pallet2);
    QCOMPARE(model->rowCount(model->indexForId(m_pallet1)), 1);
    QCOMPARE(model->rowCount(model->indexForId(m_pallet2)), 1);

    // Dropped at a row of its own parent: in front of the other carton.
    QVERIFY(s.undo().ok());
    std::unique_ptr<QMimeData> again(nodesData({ m_carton2 }));
    QVERIFY(!model->dropMimeData(again.get(), Qt::MoveAction, 0, 0, model->indexForId(m_pallet1)));
    QCOMPARE(s.shipment()->node(m_carton2)->row(), 0);
    QCOMPARE(s.shipment()->node(m_carton1)->row(), 1);
}

void tst_ShipmentTreeModel::multiSelectionMove()
{
    PackingSession &s = *m_f->session;
    ShipmentTreeModel *model = s.model();
    // The pallet's carton selected with the pallet moves with it, not on its own.
    std::unique_ptr<QMimeData> withChild(nodesData({ m_pallet1, m_carton1 }));
    qint64 shipmentId = 0;
    QList<NodeId> ids;
    QVERIFY(ShipmentTreeModel::decodeNodes(withChild.get(), &shipmentId, &ids));
    QCOMPARE(ids, QList<NodeId> { m_pallet1 });

    std::unique_ptr<QMimeData> both(nodesData({ m_carton1, m_carton2 }));
    const QModelIndex target = model->indexForId(m_pallet2);
    QVERIFY(model->canDropMimeData(both.get(), Qt::MoveAction, -1, 0, target));
    QVERIFY(!model->dropMimeData(both.get(), Qt::MoveAction, -1, 0, target));
    QCOMPARE(model->rowCount(target), 2);
    QCOMPARE(model->rowCount(model->indexForId(m_pallet1)), 0);
    QCOMPARE(s.undoStack()->undoText(), QStringLiteral("Move 2 line(s)"));
    QVERIFY(s.undo().ok());
    QCOMPARE(model->rowCount(model->indexForId(m_pallet1)), 2);
    QCOMPARE(s.shipment()->node(m_carton1)->row(), 0);
}

void tst_ShipmentTreeModel::dropOfPoLineAddsItem()
{
    PackingSession &s = *m_f->session;
    ShipmentTreeModel *model = s.model();
    std::unique_ptr<QMimeData> data(ShipmentTreeModel::createPoLineMimeData(
        { QStringLiteral("PO-B"), QStringLiteral("ACM-3"), 2 }));
    ShipmentTreeModel::PoLineDrag decoded;
    QVERIFY(ShipmentTreeModel::decodePoLine(data.get(), &decoded));
    QCOMPARE(decoded.purchaseOrderNo, QStringLiteral("PO-B"));
    QCOMPARE(decoded.sku, QStringLiteral("ACM-3"));
    QCOMPARE(decoded.units, qint64(2));
    const QModelIndex carton = model->indexForId(m_carton2);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QVERIFY(model->canDropMimeData(data.get(), Qt::CopyAction, -1, 0, carton));
    QVERIFY(model->dropMimeData(data.get(), Qt::CopyAction, -1, 0, carton));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model->rowCount(carton), 2);
    const QModelIndex item = model->index(1, ShipmentTreeModel::IdentifierColumn, carton);
    QCOMPARE(model->data(item).toString(), QStringLiteral("ACM-3"));
    QCOMPARE(s.poLineFill(QStringLiteral("PO-B"), QStringLiteral("ACM-3")).packedUnits, qint64(2));
    // Dropped as a move, the line is added but reported as not moved: the side pane keeps it.
    QVERIFY(!model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, carton));
    QCOMPARE(s.poLineFill(QStringLiteral("PO-B"), QStringLiteral("ACM-3")).packedUnits, qint64(4));
    QCOMPARE(model->rowCount(carton), 2); // merged into the same line
}

void tst_ShipmentTreeModel::refusedDrops_data()
{
    QTest::addColumn<QString>("drop");
    QTest::addColumn<QString>("reason"); // a part of the sentence the status bar shows
    QTest::newRow("pallet into a carton") << QStringLiteral("pallet") << QStringLiteral("pallet");
    QTest::newRow("item at the top level") << QStringLiteral("item") << QStringLiteral("top level");
    QTest::newRow("carton into itself") << QStringLiteral("self") << QStringLiteral("itself");
    QTest::newRow("more units than accepted")
        << QStringLiteral("over") << QStringLiteral("more units");
    QTest::newRow("PO of another FC") << QStringLiteral("fc") << QStringLiteral("XYZ1");
    QTest::newRow("cases that are not whole")
        << QStringLiteral("case") << QStringLiteral("whole cases");
    QTest::newRow("not a shipment line") << QStringLiteral("text") << QStringLiteral("only");
}

void tst_ShipmentTreeModel::refusedDrops()
{
    QFETCH(QString, drop);
    QFETCH(QString, reason);
    PackingSession &s = *m_f->session;
    ShipmentTreeModel *model = s.model();
    std::unique_ptr<QMimeData> data;
    QModelIndex target = model->indexForId(m_carton2);
    if (drop == QLatin1String("pallet")) {
        data.reset(nodesData({ m_pallet2 }));
    } else if (drop == QLatin1String("item")) {
        data.reset(nodesData({ m_item1 }));
        target = QModelIndex();
    } else if (drop == QLatin1String("self")) {
        data.reset(nodesData({ m_pallet1 }));
        target = model->indexForId(m_pallet1);
    } else if (drop == QLatin1String("over")) {
        data.reset(ShipmentTreeModel::createPoLineMimeData(
            { QStringLiteral("PO-A"), QStringLiteral("ACM-1"), 17 }));
    } else if (drop == QLatin1String("fc")) {
        data.reset(ShipmentTreeModel::createPoLineMimeData(
            { QStringLiteral("PO-X"), QStringLiteral("ACM-1"), 1 }));
    } else if (drop == QLatin1String("case")) {
        data.reset(ShipmentTreeModel::createPoLineMimeData(
            { QStringLiteral("PO-A"), QStringLiteral("ACM-2"), 4 }));
    } else {
        data = std::make_unique<QMimeData>();
        data->setText(QStringLiteral("hello"));
    }
    const QByteArray before = PackingFixture::json(*s.shipment());
    const int commands = s.undoStack()->count();
    QSignalSpy refused(model, &ShipmentTreeModel::dropRefused);
    QVERIFY(!model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, target));
    QVERIFY2(model->lastRefusal().contains(reason), qPrintable(model->lastRefusal()));
    QCOMPARE(refused.count(), 1);
    QVERIFY(!model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, target));
    QCOMPARE(PackingFixture::json(*s.shipment()), before);
    QCOMPARE(s.undoStack()->count(), commands);
}

void tst_ShipmentTreeModel::refusalSignalOnlyWhenReasonChanges()
{
    ShipmentTreeModel *model = m_f->session->model();
    std::unique_ptr<QMimeData> pallet(nodesData({ m_pallet2 }));
    std::unique_ptr<QMimeData> carton(nodesData({ m_carton1 }));
    QSignalSpy refused(model, &ShipmentTreeModel::dropRefused);
    const QModelIndex target = model->indexForId(m_carton2);
    for (int i = 0; i < 20; ++i) // a drag hovering over the carton
        QVERIFY(!model->canDropMimeData(pallet.get(), Qt::MoveAction, -1, 0, target));
    QCOMPARE(refused.count(), 1);
    QVERIFY(!model->canDropMimeData(carton.get(), Qt::MoveAction, -1, 0, target));
    QCOMPARE(refused.count(), 2);
    QVERIFY(
        model->canDropMimeData(carton.get(), Qt::MoveAction, -1, 0, model->indexForId(m_pallet2)));
    QVERIFY(model->lastRefusal().isEmpty());
}

void tst_ShipmentTreeModel::foreignShipmentIsRefused()
{
    ShipmentTreeModel *model = m_f->session->model();
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << qint64(m_f->session->shipmentId() + 1) << qint32(1) << quint32(m_carton1);
    QMimeData data;
    data.setData(ShipmentTreeModel::nodesMimeType(), bytes);
    QVERIFY(!model->canDropMimeData(&data, Qt::MoveAction, -1, 0, model->indexForId(m_pallet2)));
    QVERIFY(model->lastRefusal().contains(QLatin1String("another shipment")));
}

QTEST_GUILESS_MAIN(tst_ShipmentTreeModel)
#include "tst_shipmenttreemodel.moc"
