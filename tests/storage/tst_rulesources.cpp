// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sscc.h"
#include "core/validator.h"
#include "storage/database.h"
#include "storage/purchaseorderrepository.h"
#include "storage/rulesources.h"
#include "storage/shipmentrepository.h"
#include "storage/ssccledger.h"
#include "storagebackends.h"

#include <QTest>

using namespace VendorPack;

namespace {

const QString kPrefix = QStringLiteral("0614141");
const QString kShipment = QStringLiteral("SH-RULES");

PurchaseOrder order(const QString &number, const QList<QPair<QString, qint64>> &lines)
{
    PurchaseOrder po;
    po.channelId = 1;
    po.channelPurchaseOrderNo = number;
    po.status = PurchaseOrderStatus::New;
    po.shipToParty.partyId = QStringLiteral("ABE8");
    po.shipToParty.countryCode = QStringLiteral("US");
    for (const auto &[sku, quantity] : lines) {
        PurchaseOrderLine line;
        line.merchantProductNo = sku;
        line.quantity = quantity;
        line.unitOfMeasure = QuantityUnit::Eaches;
        po.lines.append(line);
    }
    return po;
}

Acknowledgement ack(AcknowledgementCode code, qint64 quantity)
{
    Acknowledgement a;
    a.code = code;
    a.quantity = quantity;
    if (code == AcknowledgementCode::Rejected)
        a.rejectionReason = RejectionReason::TemporarilyUnavailable;
    return a;
}

// A pallet with one carton (its SSCC given) holding one item.
std::unique_ptr<Shipment> packing(const QString &po, const QString &sku, qint64 units,
                                  const QString &cartonSscc)
{
    auto shipment = std::make_unique<Shipment>();
    shipment->header().merchantShipmentNo = kShipment;
    shipment->header().channelId = 1;
    ShipmentLine pallet;
    pallet.type = NodeType::Pallet;
    pallet.identifierType = IdentifierType::Sscc;
    pallet.identifierValue = Sscc::compose(0, kPrefix, 900001).digits();
    ShipmentLine carton;
    carton.type = NodeType::Carton;
    carton.identifierType = IdentifierType::Sscc;
    carton.identifierValue = cartonSscc;
    ShipmentLine item;
    item.type = NodeType::Item;
    item.identifierType = IdentifierType::Sku;
    item.identifierValue = sku;
    item.quantity = units;
    item.quantityUnit = QuantityUnit::Eaches;
    item.channelPurchaseOrderNo = po;
    ShipmentNode *p = shipment->insertNode(shipment->root(), 0, shipment->createNode(pallet));
    ShipmentNode *c = shipment->insertNode(p, 0, shipment->createNode(carton));
    shipment->insertNode(c, 0, shipment->createNode(item));
    return shipment;
}

// The findings of one rule, as text.
QStringList findingsOf(const Shipment &shipment, const RuleContext &context, const char *rule)
{
    QStringList result;
    for (const Finding &finding : Validator::validateOnce(shipment, context)) {
        if (finding.rule == QLatin1String(rule))
            result << finding.toText();
    }
    return result;
}

} // namespace

// The packing rules fed from storage: stored acknowledgements and the SSCC ledger.
class tst_RuleSources : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_backends.stop(); }

    void storedAcknowledgementsDriveThePoRules_data() { StorageBackends::addBackendColumn(); }
    void storedAcknowledgementsDriveThePoRules();
    void theLedgerDrivesTheReuseRule_data() { StorageBackends::addBackendColumn(); }
    void theLedgerDrivesTheReuseRule();

private:
    StorageBackends m_backends;
};

void tst_RuleSources::initTestCase()
{
    if (!m_backends.start())
        return;
}

void tst_RuleSources::storedAcknowledgementsDriveThePoRules()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    auto db = m_backends.open(backend, QStringLiteral("rules"));
    QVERIFY(db);
    PurchaseOrderRepository repository(*db);
    QString error;
    QVERIFY2(repository.upsert(
                 { order(QStringLiteral("PO-1"),
                         { { QStringLiteral("SKU-A"), 10 }, { QStringLiteral("SKU-B"), 4 } }),
                   order(QStringLiteral("PO-2"), { { QStringLiteral("SKU-C"), 3 } }) },
                 &error),
             qPrintable(error));
    const QString carton = Sscc::compose(0, kPrefix, 900002).digits();
    const auto sixOfA = packing(QStringLiteral("PO-1"), QStringLiteral("SKU-A"), 6, carton);
    const auto fiveOfA = packing(QStringLiteral("PO-1"), QStringLiteral("SKU-A"), 5, carton);
    const auto oneOfB = packing(QStringLiteral("PO-1"), QStringLiteral("SKU-B"), 1, carton);
    const auto oneOfC = packing(QStringLiteral("PO-2"), QStringLiteral("SKU-C"), 1, carton);

    RuleSources sources(*db);
    QVERIFY2(sources.reload(&error), qPrintable(error));
    QCOMPARE(sources.orders().orders().size(), 2);
    RuleContext context = sources.context();
    QCOMPARE(context.orders, &sources.orders());
    QVERIFY(context.ssccHistory);
    // Nothing acknowledged yet: 6 of 10 ordered is fine, but unacknowledged.
    QVERIFY(findingsOf(*sixOfA, context, "po.over-packed").isEmpty());
    QCOMPARE(findingsOf(*sixOfA, context, "po.unacknowledged").size(), 1);

    // Accepted 5 of SKU-A, rejected the rest; SKU-B rejected whole.
    QMap<int, QList<Acknowledgement>> acks;
    acks[0] = { ack(AcknowledgementCode::Accepted, 5), ack(AcknowledgementCode::Rejected, 5) };
    acks[1] = { ack(AcknowledgementCode::Rejected, 4) };
    QVERIFY2(repository.saveAcknowledgements(QStringLiteral("PO-1"), acks, QStringLiteral("ann"),
                                             QStringLiteral("dock-1"), &error),
             qPrintable(error));
    // The context points into the sources: a reload is all it takes.
    QVERIFY2(sources.reload(&error), qPrintable(error));

    const QStringList overPacked = findingsOf(*sixOfA, context, "po.over-packed");
    QCOMPARE(overPacked.size(), 1);
    QVERIFY2(overPacked.front().contains(QStringLiteral("6 units"))
                 && overPacked.front().contains(QStringLiteral("only 5 are accepted")),
             qPrintable(overPacked.front()));
    QVERIFY(findingsOf(*sixOfA, context, "po.unacknowledged").isEmpty());
    QVERIFY(findingsOf(*fiveOfA, context, "po.over-packed").isEmpty());

    const QStringList rejected = findingsOf(*oneOfB, context, "po.rejected");
    QCOMPARE(rejected.size(), 1);
    QVERIFY2(rejected.front().startsWith(QStringLiteral("error ")), qPrintable(rejected.front()));
    QVERIFY(findingsOf(*fiveOfA, context, "po.rejected").isEmpty());

    const QStringList unacknowledged = findingsOf(*oneOfC, context, "po.unacknowledged");
    QCOMPARE(unacknowledged.size(), 1);
    QVERIFY2(unacknowledged.front().startsWith(QStringLiteral("warning "))
                 && unacknowledged.front().contains(QStringLiteral("PO-2")),
             qPrintable(unacknowledged.front()));
}

void tst_RuleSources::theLedgerDrivesTheReuseRule()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    auto db = m_backends.open(backend, QStringLiteral("rules"));
    QVERIFY(db);
    QString error;
    PurchaseOrderRepository repository(*db);
    QVERIFY2(repository.upsert(
                 { order(QStringLiteral("PO-1"), { { QStringLiteral("SKU-A"), 10 } }) }, &error),
             qPrintable(error));
    SsccLedger ledger(*db);
    QVERIFY2(ledger.configureRange(kPrefix, 0, 1, 1000, &error), qPrintable(error));
    SsccLedger::Use other;
    other.merchantShipmentNo = QStringLiteral("SH-EARLIER");
    const auto usedElsewhere = ledger.allocate(kPrefix, 0, other, &error);
    QVERIFY2(usedElsewhere, qPrintable(error));
    SsccLedger::Use ours;
    ours.merchantShipmentNo = kShipment;
    const auto ownSscc = ledger.allocate(kPrefix, 0, ours, &error);
    QVERIFY2(ownSscc, qPrintable(error));

    // A label the ledger never drew, on a carton of another stored shipment.
    const QString external = Sscc::compose(0, kPrefix, 777777).digits();
    {
        auto stored = packing(QStringLiteral("PO-1"), QStringLiteral("SKU-A"), 1, external);
        stored->header().merchantShipmentNo = QStringLiteral("SH-STORED");
        stored->lines().front()->line().identifierValue
            = Sscc::compose(0, kPrefix, 888888).digits();
        ShipmentRepository::Error repoError;
        QVERIFY2(ShipmentRepository(*db).create(*stored, QStringLiteral("ann"),
                                                QStringLiteral("dock-1"), &repoError),
                 qPrintable(repoError.message));
    }

    RuleSources sources(*db);
    QVERIFY2(sources.reload(&error), qPrintable(error));
    const RuleContext context = sources.context();
    const auto reused
        = packing(QStringLiteral("PO-1"), QStringLiteral("SKU-A"), 1, usedElsewhere->sscc.digits());
    const auto own
        = packing(QStringLiteral("PO-1"), QStringLiteral("SKU-A"), 1, ownSscc->sscc.digits());
    const auto fromTree = packing(QStringLiteral("PO-1"), QStringLiteral("SKU-A"), 1, external);
    // Asked one by one (nothing prefetched), then from what prefetchSsccs() read at once.
    for (const bool prefetched : { false, true }) {
        if (prefetched)
            QVERIFY2(sources.prefetchSsccs(*reused, &error), qPrintable(error));
        const QStringList found = findingsOf(*reused, context, "sscc.reused");
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.front().contains(QStringLiteral("SH-EARLIER"))
                     && found.front().contains(usedElsewhere->sscc.digits()),
                 qPrintable(found.front()));
        if (prefetched)
            QVERIFY2(sources.prefetchSsccs(*own, &error), qPrintable(error));
        QVERIFY(findingsOf(*own, context, "sscc.reused").isEmpty());
        if (prefetched)
            QVERIFY2(sources.prefetchSsccs(*fromTree, &error), qPrintable(error));
        const QStringList inTree = findingsOf(*fromTree, context, "sscc.reused");
        QCOMPARE(inTree.size(), 1);
        QVERIFY2(inTree.front().contains(QStringLiteral("SH-STORED")), qPrintable(inTree.front()));
    }

    // Older than the reuse window (12 months by default): allowed again, once read again.
    QVERIFY2(sources.prefetchSsccs(*reused, &error), qPrintable(error));
    QVERIFY(db->exec(QStringLiteral("UPDATE sscc_ledger SET updated_at = ? WHERE sscc = ?"),
                     { Database::toStoredTime(QDateTime::currentDateTimeUtc().addMonths(-13)),
                       usedElsewhere->sscc.digits() }));
    QCOMPARE(findingsOf(*reused, context, "sscc.reused").size(), 1); // the prefetched answer
    QVERIFY2(sources.prefetchSsccs(*reused, &error), qPrintable(error));
    QVERIFY(findingsOf(*reused, context, "sscc.reused").isEmpty());
    // Not prefetched: asked one by one, with the same answer.
    RuleSources fresh(*db);
    QVERIFY(findingsOf(*reused, fresh.context(), "sscc.reused").isEmpty());
    QCOMPARE(findingsOf(*fromTree, fresh.context(), "sscc.reused").size(), 1);
}

QTEST_GUILESS_MAIN(tst_RuleSources)
#include "tst_rulesources.moc"
