// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/generator.h"
#include "core/shipmentjson.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/shipmentrepository.h"
#include "storage/transaction.h"
#include "storagebackends.h"

#include <QTest>

using namespace VendorPack;
using namespace std::chrono_literals;

namespace {

const QString kSqlite = QStringLiteral("sqlite");
const QString kPostgres = QStringLiteral("postgresql");
const QString kAnn = QStringLiteral("ann");
const QString kDock1 = QStringLiteral("dock-1");
const QString kDock2 = QStringLiteral("dock-2");

using Kind = ShipmentRepository::Error::Kind;

std::unique_ptr<Shipment> generated(int pallets, int cartons, int skus)
{
    ShipmentGenerator::Options options;
    options.pallets = pallets;
    options.cartonsPerPallet = cartons;
    options.skusPerCarton = skus;
    return ShipmentGenerator::generate(options).shipment;
}

// Every node as "id<parent:row", in tree order: proves the ids and the places are the same.
QStringList shape(const Shipment &shipment)
{
    QStringList result;
    shipment.root()->forEach([&](const ShipmentNode *node) {
        if (!node->isRoot())
            result << QStringLiteral("%1<%2:%3")
                          .arg(node->id())
                          .arg(node->parent()->id())
                          .arg(node->row());
    });
    return result;
}

// A row in the users table (there is no user administration in storage yet).
bool addUser(Database &db, const QString &name, const QString &role, bool active = true)
{
    const QString now = Database::nowStoredTime();
    return db
        .exec(QStringLiteral("INSERT INTO users (name, role, active, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?)"),
              { name, role, active, now, now })
        .has_value();
}

AuditEntry action(const QString &name, const QString &station = kDock1)
{
    AuditEntry entry;
    entry.user = kAnn;
    entry.station = station;
    entry.action = name;
    return entry;
}

} // namespace

#define SAME_TREE(stored, expected)                                                                \
    do {                                                                                           \
        QCOMPARE(ShipmentJson::write(stored), ShipmentJson::write(expected));                      \
        QCOMPARE(shape(stored), shape(expected));                                                  \
        QCOMPARE((stored).status(), (expected).status());                                          \
        QCOMPARE((stored).version(), (expected).version());                                        \
        QVERIFY((stored).header() == (expected).header());                                         \
    } while (false)

// Shipments with their trees on SQLite and PostgreSQL: round trip, actions, conflicts, leases.
class tst_ShipmentRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_backends.stop(); }

    void roundTripKeepsEveryFieldAndNodeId_data() { StorageBackends::addBackendColumn(); }
    void roundTripKeepsEveryFieldAndNodeId();
    void appliesInsertUpdateRemoveAndMove_data() { StorageBackends::addBackendColumn(); }
    void appliesInsertUpdateRemoveAndMove();
    void saveAllReplacesTheTree_data() { StorageBackends::addBackendColumn(); }
    void saveAllReplacesTheTree();
    void refusesAStaleVersionWritingNothing_data() { StorageBackends::addBackendColumn(); }
    void refusesAStaleVersionWritingNothing();
    void leasesAreRefusedUntilTheyExpire_data() { StorageBackends::addBackendColumn(); }
    void leasesAreRefusedUntilTheyExpire();
    void writesAreRefusedWhileAnotherStationHoldsTheLease_data()
    {
        StorageBackends::addBackendColumn();
    }
    void writesAreRefusedWhileAnotherStationHoldsTheLease();
    void onlyASupervisorTakesOver_data() { StorageBackends::addBackendColumn(); }
    void onlyASupervisorTakesOver();
    void removedNodeIdsAreNotReissuedAfterAReload_data() { StorageBackends::addBackendColumn(); }
    void removedNodeIdsAreNotReissuedAfterAReload();
    void aFailedBatchWritesNothing_data() { StorageBackends::addBackendColumn(); }
    void aFailedBatchWritesNothing();
    void eachActionLeavesOneAuditEntry_data() { StorageBackends::addBackendColumn(); }
    void eachActionLeavesOneAuditEntry();

private:
    std::unique_ptr<Database> open(const QString &backend)
    {
        return m_backends.open(backend, QStringLiteral("s"));
    }

    StorageBackends m_backends;
};

void tst_ShipmentRepository::initTestCase()
{
    if (!m_backends.start())
        return;
}

void tst_ShipmentRepository::roundTripKeepsEveryFieldAndNodeId()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    auto db = open(backend);
    QVERIFY(db);
    auto shipment = generated(6, 10, 5);
    QVERIFY(shipment);
    // Fields the generator leaves out, and ids that are not consecutive.
    ShipmentNode *item = shipment->lines().front()->child(0)->child(0);
    item->line().lotNo = QStringLiteral("LOT-7 \"quoted\" ü");
    item->line().expiryDate = QDateTime(QDate(2027, 1, 31), QTime(0, 0), Qt::UTC);
    item->line().handlingCode = HandlingCode::Fragile;
    shipment->takeNode(shipment->lines().back()->child(1)); // a gap in the ids
    shipment->header().carrierName = QStringLiteral("DHL");
    shipment->setStatus(ShipmentStatus::SignedOff);

    ShipmentRepository repository(*db);
    ShipmentRepository::Error error;
    const auto id = repository.create(*shipment, kAnn, kDock1, &error);
    QVERIFY2(id, qPrintable(error.message));
    QCOMPARE(shipment->version(), qint64(1));

    const auto loaded = repository.load(*id, &error);
    QVERIFY2(loaded, qPrintable(error.message));
    QCOMPARE(loaded->nodeCount(), shipment->nodeCount());
    SAME_TREE(*loaded, *shipment);
    const auto byNumber
        = repository.loadByMerchantShipmentNo(shipment->header().merchantShipmentNo, &error);
    QVERIFY2(byNumber, qPrintable(error.message));
    SAME_TREE(*byNumber, *shipment);
    QCOMPARE(repository.idOf(shipment->header().merchantShipmentNo).value_or(-1), *id);
    // A new node after a reload never takes a stored id.
    const auto fresh = loaded->createNode(ShipmentLine());
    QVERIFY(!shipment->node(fresh->id()));

    QVERIFY(!repository.load(*id + 1000, &error));
    QCOMPARE(error.kind, Kind::NotFound);
    error = {};
    QVERIFY(!repository.create(*shipment, kAnn, kDock1, &error)); // the same number again
    QCOMPARE(error.kind, Kind::Invalid);
}

void tst_ShipmentRepository::appliesInsertUpdateRemoveAndMove()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    auto db = open(backend);
    QVERIFY(db);
    ShipmentRepository repository(*db);
    auto shipment = generated(3, 4, 2);
    ShipmentRepository::Error error;
    const auto id = repository.create(*shipment, kAnn, kDock1, &error);
    QVERIFY2(id, qPrintable(error.message));

    auto save = [&](const ShipmentChangeSet &changes, const QString &name) {
        const auto version
            = repository.apply(*id, shipment->version(), changes, action(name), &error);
        if (!version)
            return false;
        shipment->setVersion(*version);
        return true;
    };
    ShipmentNode *pallet0 = shipment->lines()[0].get();
    ShipmentNode *pallet1 = shipment->lines()[1].get();

    // Update: one item's quantity.
    {
        ShipmentNode *item = pallet0->child(1)->child(0);
        item->line().quantity = 99;
        ShipmentChangeSet changes;
        changes.upsert(item);
        QVERIFY2(save(changes, QStringLiteral("node.edit")), qPrintable(error.message));
        QCOMPARE(shipment->version(), qint64(2));
    }
    // Insert: a new carton with an item at row 1 of pallet 0.
    {
        ShipmentLine cartonLine = pallet0->child(0)->line();
        cartonLine.identifierValue = QStringLiteral("006141410000999997");
        ShipmentNode *carton = shipment->insertNode(pallet0, 1, shipment->createNode(cartonLine));
        shipment->insertNode(carton, 0, shipment->createNode(pallet0->child(0)->child(0)->line()));
        ShipmentChangeSet changes;
        changes.upsertSubtree(carton);
        changes.upsertChildren(pallet0, 2);
        QVERIFY2(save(changes, QStringLiteral("carton.add")), qPrintable(error.message));
    }
    // Remove: a carton from the middle of pallet 1.
    {
        ShipmentNode *carton = pallet1->child(1);
        ShipmentChangeSet changes;
        changes.removeSubtree(carton);
        shipment->takeNode(carton);
        changes.upsertChildren(pallet1, 1);
        QVERIFY2(save(changes, QStringLiteral("carton.remove")), qPrintable(error.message));
    }
    // Move: the first carton of pallet 1 to the end of pallet 0, and a header and status change.
    {
        ShipmentNode *carton = pallet1->child(0);
        shipment->moveNode(carton, pallet0, pallet0->childCount());
        ShipmentChangeSet changes;
        changes.upsert(carton);
        changes.upsertChildren(pallet1, 0);
        shipment->header().carrierName = QStringLiteral("UPS");
        shipment->header().billOfLadingNo = QStringLiteral("BOL-1");
        changes.header = shipment->header();
        shipment->setStatus(ShipmentStatus::SignedOff);
        changes.status = shipment->status();
        QVERIFY2(save(changes, QStringLiteral("carton.move")), qPrintable(error.message));
        QCOMPARE(shipment->version(), qint64(5));
    }
    const auto loaded = repository.load(*id, &error);
    QVERIFY2(loaded, qPrintable(error.message));
    SAME_TREE(*loaded, *shipment);
    QCOMPARE(repository.version(*id).value_or(-1), qint64(5));
}

void tst_ShipmentRepository::saveAllReplacesTheTree()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    auto db = open(backend);
    QVERIFY(db);
    ShipmentRepository repository(*db);
    auto shipment = generated(2, 3, 2);
    ShipmentRepository::Error error;
    const auto id = repository.create(*shipment, kAnn, kDock1, &error);
    QVERIFY2(id, qPrintable(error.message));

    auto imported = generated(4, 5, 3);
    imported->header().merchantShipmentNo = shipment->header().merchantShipmentNo;
    const auto version
        = repository.saveAll(*id, 1, *imported, action(QStringLiteral("import")), &error);
    QVERIFY2(version, qPrintable(error.message));
    QCOMPARE(*version, qint64(2));
    imported->setVersion(*version);
    const auto loaded = repository.load(*id, &error);
    QVERIFY2(loaded, qPrintable(error.message));
    SAME_TREE(*loaded, *imported);
    QVERIFY(!repository.saveAll(*id, 1, *imported, action(QStringLiteral("import")), &error));
    QCOMPARE(error.kind, Kind::Conflict);
}

void tst_ShipmentRepository::refusesAStaleVersionWritingNothing()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    auto db = open(backend);
    QVERIFY(db);
    ShipmentRepository repository(*db);
    AuditLog audit(*db);
    Outbox outbox(*db);
    auto shipment = generated(2, 3, 2);
    ShipmentRepository::Error error;
    const auto id = repository.create(*shipment, kAnn, kDock1, &error);
    QVERIFY2(id, qPrintable(error.message));
    const QByteArray before = ShipmentJson::write(*repository.load(*id));

    // Station 1 saves on version 1.
    ShipmentNode *item = shipment->lines()[0]->child(0)->child(0);
    item->line().quantity = 5;
    ShipmentChangeSet changes;
    changes.upsert(item);
    QCOMPARE(
        repository.apply(*id, 1, changes, action(QStringLiteral("node.edit")), &error).value_or(-1),
        qint64(2));
    const QByteArray afterFirst = ShipmentJson::write(*repository.load(*id));
    QVERIFY(afterFirst != before);
    const size_t auditCount = audit.entries(*id)->size();

    // Station 2 still works on version 1: refused, inside its transaction with the outbox entry.
    ShipmentChangeSet stale;
    item->line().quantity = 7;
    stale.upsert(item);
    stale.removed.push_back(shipment->lines()[1]->id());
    {
        Transaction transaction(*db);
        QString message;
        QVERIFY2(transaction.begin(&message), qPrintable(message));
        QVERIFY(outbox.enqueue(OutboxSubject::Shipment, *id, QStringLiteral("shipment.push"),
                               QStringLiteral("{}"), 2));
        error = {};
        QVERIFY(
            !repository.apply(*id, 1, stale, action(QStringLiteral("node.edit"), kDock2), &error));
        QCOMPARE(error.kind, Kind::Conflict);
        QCOMPARE(error.currentVersion.value_or(-1), qint64(2));
        QCOMPARE(error.station, kDock1);
        QVERIFY2(error.message.contains(shipment->header().merchantShipmentNo)
                     && error.message.contains(kDock1)
                     && error.message.contains(QStringLiteral("version 2"))
                     && error.message.contains(QStringLiteral("reload")),
                 qPrintable(error.message));
    }
    // On its own transaction too.
    error = {};
    QVERIFY(!repository.apply(*id, 1, stale, action(QStringLiteral("node.edit"), kDock2), &error));
    QCOMPARE(error.kind, Kind::Conflict);
    QCOMPARE(ShipmentJson::write(*repository.load(*id)), afterFirst);
    QCOMPARE(audit.entries(*id)->size(), auditCount);
    QCOMPARE(outbox.pendingCount().value_or(-1), qint64(0));
    QCOMPARE(repository.version(*id).value_or(-1), qint64(2));

    error = {};
    QVERIFY(!repository.apply(*id + 1000, 1, stale, action(QStringLiteral("x")), &error));
    QCOMPARE(error.kind, Kind::NotFound);
}

void tst_ShipmentRepository::leasesAreRefusedUntilTheyExpire()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    auto db = open(backend);
    QVERIFY(db);
    ShipmentRepository repository(*db);
    QDateTime now = QDateTime::currentDateTimeUtc();
    repository.setClock([&now] { return now; });
    auto shipment = generated(1, 1, 1);
    ShipmentRepository::Error error;
    const auto id = repository.create(*shipment, kAnn, kDock1, &error);
    QVERIFY2(id, qPrintable(error.message));

    QVERIFY(!repository.leaseHolder(*id, &error));
    QCOMPARE(error.kind, Kind::None);
    QVERIFY2(repository.acquireLease(*id, kDock1, kAnn, 60s, &error), qPrintable(error.message));
    QVERIFY(repository.acquireLease(*id, kDock1, kAnn, 60s)); // the same station again
    auto holder = repository.leaseHolder(*id);
    QVERIFY(holder);
    QCOMPARE(holder->station, kDock1);
    QCOMPARE(holder->user, kAnn);

    QVERIFY(!repository.acquireLease(*id, kDock2, QStringLiteral("bob"), 60s, &error));
    QCOMPARE(error.kind, Kind::LeaseHeld);
    QCOMPARE(error.station, kDock1);
    QVERIFY2(error.message.contains(kDock1), qPrintable(error.message));

    now = now.addSecs(50);
    QVERIFY(repository.renewLease(*id, kDock1, 60s));
    now = now.addSecs(50); // 40 s left
    error = {};
    QVERIFY(!repository.acquireLease(*id, kDock2, QStringLiteral("bob"), 60s, &error));
    QCOMPARE(error.kind, Kind::LeaseHeld);

    now = now.addSecs(41); // station 1 died: its lease ran out
    QVERIFY(!repository.leaseHolder(*id));
    QVERIFY2(repository.acquireLease(*id, kDock2, QStringLiteral("bob"), 60s, &error),
             qPrintable(error.message));
    error = {};
    QVERIFY(!repository.renewLease(*id, kDock1, 60s, &error));
    QCOMPARE(error.kind, Kind::LeaseHeld);
    QCOMPARE(error.station, kDock2);

    // A supervisor takes it over; releasing by another station changes nothing.
    QVERIFY(addUser(*db, QStringLiteral("sue"), QStringLiteral("supervisor")));
    QVERIFY2(repository.takeOver(*id, QStringLiteral("office"), QStringLiteral("sue"), 60s, &error),
             qPrintable(error.message));
    QVERIFY(repository.releaseLease(*id, kDock2));
    QCOMPARE(repository.leaseHolder(*id)->station, QStringLiteral("office"));
    QVERIFY(repository.releaseLease(*id, QStringLiteral("office")));
    QVERIFY(!repository.leaseHolder(*id));

    error = {};
    QVERIFY(!repository.acquireLease(*id + 1000, kDock1, kAnn, 60s, &error));
    QCOMPARE(error.kind, Kind::NotFound);
}

void tst_ShipmentRepository::writesAreRefusedWhileAnotherStationHoldsTheLease()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    auto db = open(backend);
    QVERIFY(db);
    ShipmentRepository repository(*db);
    AuditLog audit(*db);
    QDateTime now = QDateTime::currentDateTimeUtc();
    repository.setClock([&now] { return now; });
    auto shipment = generated(2, 2, 2);
    ShipmentRepository::Error error;
    const auto id = repository.create(*shipment, kAnn, kDock1, &error);
    QVERIFY2(id, qPrintable(error.message));
    QVERIFY(repository.acquireLease(*id, kDock1, kAnn, 60s, &error));
    const QByteArray stored = ShipmentJson::write(*repository.load(*id));
    const size_t auditCount = audit.entries(*id)->size();

    ShipmentNode *item = shipment->lines()[0]->child(0)->child(0);
    item->line().quantity = 42;
    ShipmentChangeSet changes;
    changes.upsert(item);
    // Station 2 is on the current version, but station 1 has the shipment open.
    QVERIFY(
        !repository.apply(*id, 1, changes, action(QStringLiteral("node.edit"), kDock2), &error));
    QCOMPARE(error.kind, Kind::LeaseHeld);
    QCOMPARE(error.station, kDock1);
    QVERIFY2(error.message.contains(kDock1), qPrintable(error.message));
    error = {};
    QVERIFY(
        !repository.saveAll(*id, 1, *shipment, action(QStringLiteral("import"), kDock2), &error));
    QCOMPARE(error.kind, Kind::LeaseHeld);
    QCOMPARE(error.station, kDock1);
    // A write without a station is refused as well.
    error = {};
    QVERIFY(
        !repository.apply(*id, 1, changes, action(QStringLiteral("node.edit"), QString()), &error));
    QCOMPARE(error.kind, Kind::LeaseHeld);
    QCOMPARE(ShipmentJson::write(*repository.load(*id)), stored);
    QCOMPARE(repository.version(*id).value_or(-1), qint64(1));
    QCOMPARE(audit.entries(*id)->size(), auditCount);

    // The holder writes; a stale version is still a conflict first.
    QCOMPARE(
        repository.apply(*id, 1, changes, action(QStringLiteral("node.edit")), &error).value_or(-1),
        qint64(2));
    error = {};
    QVERIFY(
        !repository.apply(*id, 1, changes, action(QStringLiteral("node.edit"), kDock2), &error));
    QCOMPARE(error.kind, Kind::Conflict);

    // Once station 1's lease has run out (it died), station 2 may write.
    now = now.addSecs(61);
    error = {};
    QCOMPARE(repository.apply(*id, 2, changes, action(QStringLiteral("node.edit"), kDock2), &error)
                 .value_or(-1),
             qint64(3));
    QCOMPARE(repository.saveAll(*id, 3, *shipment, action(QStringLiteral("import"), kDock2), &error)
                 .value_or(-1),
             qint64(4));
}

void tst_ShipmentRepository::onlyASupervisorTakesOver()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    auto db = open(backend);
    QVERIFY(db);
    ShipmentRepository repository(*db);
    AuditLog audit(*db);
    auto shipment = generated(1, 1, 1);
    ShipmentRepository::Error error;
    const auto id = repository.create(*shipment, kAnn, kDock1, &error);
    QVERIFY2(id, qPrintable(error.message));
    QVERIFY(repository.acquireLease(*id, kDock1, kAnn, 60s, &error));
    QVERIFY(addUser(*db, QStringLiteral("pat"), QStringLiteral("packer")));
    QVERIFY(addUser(*db, QStringLiteral("sue"), QStringLiteral("supervisor")));
    QVERIFY(addUser(*db, QStringLiteral("old"), QStringLiteral("supervisor"), false));
    const size_t auditCount = audit.entries(*id)->size();

    for (const QString &who :
         { QStringLiteral("pat"), QStringLiteral("old"), QStringLiteral("nobody") }) {
        error = {};
        QVERIFY2(!repository.takeOver(*id, kDock2, who, 60s, &error), qPrintable(who));
        QCOMPARE(error.kind, Kind::Forbidden);
        QVERIFY2(error.message.contains(who)
                     && error.message.contains(QStringLiteral("supervisor")),
                 qPrintable(error.message));
        QCOMPARE(repository.leaseHolder(*id)->station, kDock1);
    }
    QCOMPARE(audit.entries(*id)->size(), auditCount);

    QVERIFY2(repository.takeOver(*id, kDock2, QStringLiteral("sue"), 60s, &error),
             qPrintable(error.message));
    QCOMPARE(repository.leaseHolder(*id)->station, kDock2);
    QCOMPARE(repository.leaseHolder(*id)->user, QStringLiteral("sue"));
    QCOMPARE(audit.entries(*id)->size(), auditCount + 1);
    QCOMPARE(audit.entries(*id)->back().action, QStringLiteral("shipment.take-over"));
}

void tst_ShipmentRepository::removedNodeIdsAreNotReissuedAfterAReload()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    auto db = open(backend);
    QVERIFY(db);
    ShipmentRepository repository(*db);
    auto shipment = generated(1, 2, 1);
    ShipmentRepository::Error error;
    const auto id = repository.create(*shipment, kAnn, kDock1, &error);
    QVERIFY2(id, qPrintable(error.message));

    // Add a carton (the highest id so far), then remove it in a second action.
    ShipmentNode *pallet = shipment->lines()[0].get();
    ShipmentNode *carton = shipment->insertNode(pallet, pallet->childCount(),
                                                shipment->createNode(pallet->child(0)->line()));
    const NodeId removedId = carton->id();
    QCOMPARE(shipment->nextNodeId(), removedId + 1);
    ShipmentChangeSet add;
    add.upsert(carton);
    add.keepNextNodeId(*shipment);
    QVERIFY2(repository.apply(*id, 1, add, action(QStringLiteral("carton.add")), &error),
             qPrintable(error.message));
    ShipmentChangeSet remove;
    remove.removeSubtree(carton);
    shipment->takeNode(carton);
    QVERIFY2(repository.apply(*id, 2, remove, action(QStringLiteral("carton.remove")), &error),
             qPrintable(error.message));

    auto loaded = repository.load(*id, &error);
    QVERIFY2(loaded, qPrintable(error.message));
    QVERIFY(!loaded->node(removedId));
    QCOMPARE(loaded->nextNodeId(), removedId + 1);
    QVERIFY(loaded->createNode(ShipmentLine())->id() > removedId);

    // Ids that were made but never stored count too, when the change set says so; saveAll keeps
    // them as well; the stored value never goes down.
    loaded->reserveNodeIds(removedId + 50);
    QCOMPARE(loaded->nextNodeId(), removedId + 50);
    loaded->reserveNodeIds(3);
    QCOMPARE(loaded->nextNodeId(), removedId + 50);
    QVERIFY2(repository.saveAll(*id, 3, *loaded, action(QStringLiteral("import")), &error),
             qPrintable(error.message));
    QCOMPARE(repository.load(*id)->nextNodeId(), removedId + 50);
    ShipmentChangeSet edit;
    edit.upsert(loaded->lines()[0].get());
    edit.nextNodeId = 2; // lower than stored: ignored
    QVERIFY2(repository.apply(*id, 4, edit, action(QStringLiteral("node.edit")), &error),
             qPrintable(error.message));
    QCOMPARE(repository.load(*id)->nextNodeId(), removedId + 50);

    // A shipment created with ids reserved keeps them.
    auto fresh = generated(1, 1, 1);
    fresh->header().merchantShipmentNo = QStringLiteral("FRESH-1");
    fresh->reserveNodeIds(1000);
    const auto freshId = repository.create(*fresh, kAnn, kDock1, &error);
    QVERIFY2(freshId, qPrintable(error.message));
    QCOMPARE(repository.load(*freshId)->nextNodeId(), NodeId(1000));
}

void tst_ShipmentRepository::aFailedBatchWritesNothing()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    auto db = open(backend);
    QVERIFY(db);
    ShipmentRepository repository(*db);
    Outbox outbox(*db);
    auto shipment = generated(2, 2, 2);
    ShipmentRepository::Error error;
    const auto id = repository.create(*shipment, kAnn, kDock1, &error);
    QVERIFY2(id, qPrintable(error.message));
    const QByteArray stored = ShipmentJson::write(*repository.load(*id));

    // One node written twice in one batch of the reused, prepared statement: PostgreSQL refuses
    // an upsert that touches a row twice; SQLite lets the last one win.
    ShipmentNode *item = shipment->lines()[0]->child(0)->child(0);
    item->line().quantity = 77;
    ShipmentChangeSet changes;
    for (int i = 0; i < 1000; ++i)
        changes.upsert(item);
    const bool postgres = backend == kPostgres;
    {
        Transaction transaction(*db);
        QString message;
        QVERIFY2(transaction.begin(&message), qPrintable(message));
        QVERIFY(outbox.enqueue(OutboxSubject::Shipment, *id, QStringLiteral("shipment.push"),
                               QStringLiteral("{}"), 2));
        const auto version
            = repository.apply(*id, 1, changes, action(QStringLiteral("node.edit")), &error);
        QCOMPARE(version.has_value(), !postgres);
        if (postgres) {
            QCOMPARE(error.kind, Kind::Database);
            // The caller's commit is refused too: nothing of the action may stay.
            QVERIFY(!transaction.commit(&message));
            QVERIFY2(message.contains(QStringLiteral("rolled back")), qPrintable(message));
        } else {
            QVERIFY2(transaction.commit(&message), qPrintable(message));
        }
    }
    if (postgres) {
        QCOMPARE(ShipmentJson::write(*repository.load(*id)), stored);
        QCOMPARE(repository.version(*id).value_or(-1), qint64(1));
        QCOMPARE(outbox.pendingCount().value_or(-1), qint64(0));
    }
    // The connection goes on working.
    ShipmentChangeSet once;
    once.upsert(item);
    const qint64 base = repository.version(*id).value_or(-1);
    QCOMPARE(
        repository.apply(*id, base, once, action(QStringLiteral("node.edit")), &error).value_or(-1),
        base + 1);
    QCOMPARE(repository.load(*id)->node(item->id())->line().quantity.value_or(0), qint64(77));
}

void tst_ShipmentRepository::eachActionLeavesOneAuditEntry()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    auto db = open(backend);
    QVERIFY(db);
    ShipmentRepository repository(*db);
    AuditLog audit(*db);
    auto shipment = generated(2, 2, 2);
    ShipmentRepository::Error error;
    const auto id = repository.create(*shipment, kAnn, kDock1, &error);
    QVERIFY2(id, qPrintable(error.message));
    QStringList actions = { QStringLiteral("shipment.create") };

    auto check = [&]() {
        const auto entries = audit.entries(*id);
        QStringList got;
        for (const AuditEntry &entry : *entries)
            got << entry.action;
        return got;
    };
    QCOMPARE(check(), actions);

    ShipmentNode *carton = shipment->lines()[0]->child(0);
    AuditEntry edit = action(QStringLiteral("carton.move"));
    edit.nodeId = carton->id();
    edit.sscc = carton->line().identifierValue;
    edit.before = QStringLiteral("{\"Parent\":1}");
    edit.after = QStringLiteral("{\"Parent\":2}");
    shipment->moveNode(carton, shipment->lines()[1].get(), 0);
    ShipmentChangeSet changes;
    changes.upsertChildren(shipment->lines()[0].get());
    changes.upsertChildren(shipment->lines()[1].get());
    QVERIFY2(repository.apply(*id, 1, changes, edit, &error), qPrintable(error.message));
    actions << edit.action;
    QCOMPARE(check(), actions);

    QVERIFY(repository.saveAll(*id, 2, *shipment, action(QStringLiteral("import")), &error));
    actions << QStringLiteral("import");
    QCOMPARE(check(), actions);
    QVERIFY(addUser(*db, QStringLiteral("sue"), QStringLiteral("supervisor")));
    QVERIFY(repository.takeOver(*id, kDock2, QStringLiteral("sue"), 60s, &error));
    actions << QStringLiteral("shipment.take-over");
    QCOMPARE(check(), actions);
    QVERIFY(!repository.apply(*id, 1, changes, edit, &error)); // refused: nothing recorded
    QVERIFY(repository.acquireLease(*id, kDock2, QStringLiteral("sue"), 60s, &error));
    QCOMPARE(check(), actions);

    const auto entries = audit.entries(*id);
    const AuditEntry &moved = entries->at(1);
    QCOMPARE(moved.user, kAnn);
    QCOMPARE(moved.station, kDock1);
    QCOMPARE(moved.nodeId.value_or(0), qint64(carton->id()));
    QCOMPARE(moved.sscc, edit.sscc);
    QCOMPARE(moved.before, edit.before);
    QCOMPARE(moved.after, edit.after);
    QVERIFY(moved.createdAt.isValid());
    QVERIFY(entries->at(3).before.contains(kDock1) == false); // no lease was held before
    QCOMPARE(audit.entriesForSscc(edit.sscc)->size(), size_t(1));

    // Append-only, below the program.
    QString message;
    QVERIFY(db->execUpdate(QStringLiteral("UPDATE audit_log SET action = ? WHERE shipment_id = ?"),
                           { QStringLiteral("x"), *id }, &message)
            < 0);
    QVERIFY(db->execUpdate(QStringLiteral("DELETE FROM audit_log WHERE shipment_id = ?"), { *id },
                           &message)
            < 0);
    QCOMPARE(check(), actions);
}

QTEST_GUILESS_MAIN(tst_ShipmentRepository)
#include "tst_shipmentrepository.moc"
