// SPDX-License-Identifier: GPL-3.0-or-later
// A helper process for the storage tests, built only for them. It works on a database like a
// station does and reports on stdout, flushed, one line per committed transaction:
//
//   storageworker pack <location> <MerchantShipmentNo> <seed>
//       Creates the shipment (or resumes it as stored) and packs until it is killed: every action
//       (add a pallet or carton with a new SSCC, add an item, remove an item, draw a spare SSCC)
//       is one transaction with the version bump, the ledger allocation, the audit entry and the
//       outbox entry. Lines: "created <id>", then "<version> <action> <nodeId> <sscc or ->" or
//       "spare - - <sscc>".
//   storageworker allocate <location> <count> <station>
//       Draws <count> SSCCs one by one, each in its own transaction. Lines: the SSCC digits.
//
// <location> is a database setting (a SQLite file or postgresql://user@host:port/db); the
// password comes from VENDORPACK_DB_PASSWORD, never from the command line. Errors go to stderr
// with exit code 2.
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/shipmentrepository.h"
#include "storage/ssccledger.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>

using namespace VendorPack;

namespace {

const QString kPrefix = QStringLiteral("0614141");
const QString kStation = QStringLiteral("crash-station");
const QString kUser = QStringLiteral("ann");

int failWith(const QString &message)
{
    std::fprintf(stderr, "storageworker: %s\n", qPrintable(message));
    return 2;
}

void report(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

std::unique_ptr<Database> openDatabase(const QString &location, QString *error)
{
    const auto settings = DatabaseSettings::fromString(location, error);
    if (!settings)
        return nullptr;
    return Database::open(*settings, error);
}

ShipmentLine container(NodeType type, const QString &sscc)
{
    ShipmentLine line;
    line.type = type;
    line.identifierType = IdentifierType::Sscc;
    line.identifierValue = sscc;
    return line;
}

ShipmentLine item(QRandomGenerator &random)
{
    ShipmentLine line;
    line.type = NodeType::Item;
    line.identifierType = IdentifierType::Sku;
    line.identifierValue = QStringLiteral("SKU-%1").arg(random.bounded(1, 50));
    line.quantity = random.bounded(1, 20);
    line.quantityUnit = QuantityUnit::Eaches;
    line.channelPurchaseOrderNo = QStringLiteral("PO-CRASH");
    return line;
}

std::vector<ShipmentNode *> nodesOf(const Shipment &shipment, NodeType type)
{
    std::vector<ShipmentNode *> result;
    shipment.root()->forEach([&](const ShipmentNode *node) {
        if (!node->isRoot() && node->line().type == type)
            result.push_back(const_cast<ShipmentNode *>(node));
    });
    return result;
}

int pack(const QString &location, const QString &number, quint32 seed)
{
    QString error;
    auto db = openDatabase(location, &error);
    if (!db)
        return failWith(error);
    ShipmentRepository repository(*db);
    SsccLedger ledger(*db);
    Outbox outbox(*db);
    QRandomGenerator random(seed);

    ShipmentRepository::Error repoError;
    std::unique_ptr<Shipment> shipment = repository.loadByMerchantShipmentNo(number, &repoError);
    qint64 id = 0;
    if (shipment) {
        id = *repository.idOf(number);
    } else if (repoError.kind == ShipmentRepository::Error::Kind::NotFound) {
        shipment = std::make_unique<Shipment>();
        shipment->header().merchantShipmentNo = number;
        shipment->header().channelId = 1;
        const auto created = repository.create(*shipment, kUser, kStation, &repoError);
        if (!created)
            return failWith(repoError.message);
        id = *created;
        report(QStringLiteral("created %1").arg(id));
    } else {
        return failWith(repoError.message);
    }

    for (;;) {
        const std::vector<ShipmentNode *> pallets = nodesOf(*shipment, NodeType::Pallet);
        const std::vector<ShipmentNode *> cartons = nodesOf(*shipment, NodeType::Carton);
        const std::vector<ShipmentNode *> items = nodesOf(*shipment, NodeType::Item);
        const int roll = int(random.bounded(100));

        Transaction transaction(*db);
        if (!transaction.begin(&error))
            return failWith(error);
        SsccLedger::Use use;
        use.shipmentId = id;
        use.merchantShipmentNo = number;
        use.user = kUser;
        use.station = kStation;

        if (roll < 5) {
            // A spare label drawn for later; no change to the tree.
            const auto spare = ledger.allocate(kPrefix, 0, use, &error);
            if (!spare)
                return failWith(error);
            if (!transaction.commit(&error))
                return failWith(error);
            report(QStringLiteral("spare - - %1").arg(spare->sscc.digits()));
            continue;
        }

        QString action;
        QString sscc;
        NodeId nodeId = 0;
        ShipmentChangeSet changes;
        std::unique_ptr<ShipmentNode> removed; // kept until the commit decides
        if (pallets.empty() || cartons.empty() || roll < 40) {
            // A pallet, or a carton on a pallet, with a new SSCC.
            const bool pallet = pallets.empty() || roll < 12;
            ShipmentNode *parent
                = pallet ? shipment->root() : pallets[size_t(random.bounded(int(pallets.size())))];
            auto node = shipment->createNode(ShipmentLine());
            nodeId = node->id();
            use.nodeId = nodeId;
            const auto allocation = ledger.allocate(kPrefix, 0, use, &error);
            if (!allocation)
                return failWith(error);
            sscc = allocation->sscc.digits();
            node->line() = container(pallet ? NodeType::Pallet : NodeType::Carton, sscc);
            changes.upsert(shipment->insertNode(parent, parent->childCount(), std::move(node)));
            action = pallet ? QStringLiteral("pallet") : QStringLiteral("carton");
        } else if (roll < 85 || items.empty()) {
            // An item in a carton.
            ShipmentNode *parent = cartons[size_t(random.bounded(int(cartons.size())))];
            ShipmentNode *made = shipment->insertNode(parent, parent->childCount(),
                                                      shipment->createNode(item(random)));
            nodeId = made->id();
            changes.upsert(made);
            action = QStringLiteral("item");
        } else {
            ShipmentNode *victim = items[size_t(random.bounded(int(items.size())))];
            ShipmentNode *parent = victim->parent();
            const int row = victim->row();
            nodeId = victim->id();
            changes.removeSubtree(victim);
            removed = shipment->takeNode(victim);
            changes.upsertChildren(parent, row);
            action = QStringLiteral("remove");
        }
        changes.keepNextNodeId(*shipment);

        AuditEntry audit;
        audit.user = kUser;
        audit.station = kStation;
        audit.action = QStringLiteral("crash.") + action;
        audit.nodeId = nodeId;
        audit.sscc = sscc;
        const auto version = repository.apply(id, shipment->version(), changes, audit, &repoError);
        if (!version)
            return failWith(repoError.message);
        if (!outbox.enqueue(OutboxSubject::Shipment, id, QStringLiteral("shipment.push"),
                            QStringLiteral("{}"), *version, &error))
            return failWith(error);
        if (!transaction.commit(&error))
            return failWith(error);
        shipment->setVersion(*version);
        report(QStringLiteral("%1 %2 %3 %4")
                   .arg(*version)
                   .arg(action)
                   .arg(nodeId)
                   .arg(sscc.isEmpty() ? QStringLiteral("-") : sscc));
    }
}

int allocate(const QString &location, int count, const QString &station)
{
    QString error;
    auto db = openDatabase(location, &error);
    if (!db)
        return failWith(error);
    SsccLedger ledger(*db);
    SsccLedger::Use use;
    use.user = kUser;
    use.station = station;
    for (int i = 0; i < count; ++i) {
        const auto allocation = ledger.allocate(kPrefix, 0, use, &error);
        if (!allocation)
            return failWith(error);
        report(allocation->sscc.digits());
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == QLatin1String("pack"))
        return pack(args.at(2), args.at(3), args.at(4).toUInt());
    if (args.size() == 5 && args.at(1) == QLatin1String("allocate"))
        return allocate(args.at(2), args.at(3).toInt(), args.at(4));
    return failWith(QStringLiteral("usage: storageworker pack <location> <shipment> <seed> | "
                                   "allocate <location> <count> <station>"));
}
