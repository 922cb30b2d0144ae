// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/purchaseorderrepository.h"
#include "storage/settingsrepository.h"
#include "storagebackends.h"

#include <QTest>

using namespace VendorPack;

namespace {

const QString kSqlite = QStringLiteral("sqlite");
const QString kPostgres = QStringLiteral("postgresql");

Party party(const QString &id)
{
    Party p;
    p.partyId = id;
    p.taxRegistrationType = TaxRegistrationType::Vat;
    p.taxRegistrationNo = QStringLiteral("DE123456789");
    p.name = QStringLiteral("Name, \"quoted\" ") + id;
    p.addressLine1 = QStringLiteral("1 Main Street");
    p.addressLine2 = QStringLiteral("Unit 2");
    p.addressLine3 = QStringLiteral("Dock 3");
    p.city = QStringLiteral("Florence");
    p.county = QStringLiteral("Burlington");
    p.district = QStringLiteral("North");
    p.stateOrRegion = QStringLiteral("NJ");
    p.postalCode = QStringLiteral("08518");
    p.countryCode = QStringLiteral("US");
    p.phone = QStringLiteral("+1 555 0100");
    return p;
}

// An order with every field set.
PurchaseOrder fullOrder(const QString &number, int lines = 3)
{
    const QDateTime t(QDate(2026, 3, 2), QTime(8, 15, 30, 250), Qt::UTC);
    PurchaseOrder po;
    po.id = 4711;
    po.channelId = 7;
    po.channelName = QStringLiteral("Amazon Vendor US");
    po.globalChannelName = QStringLiteral("AmazonVendor");
    po.globalChannelId = 42;
    po.channelPurchaseOrderNo = number;
    po.merchantPurchaseOrderNo = QStringLiteral("M-") + number;
    po.status = PurchaseOrderStatus::New;
    po.createdAt = t;
    po.updatedAt = t.addSecs(60);
    po.type = PurchaseOrderType::RegularOrder;
    po.fromShipDate = t.addDays(1);
    po.toShipDate = t.addDays(7);
    po.fromDeliveryDate = t.addDays(8);
    po.toDeliveryDate = t.addDays(10);
    po.importInformation.importContainers = QStringLiteral("40HC");
    po.importInformation.internationalCommercialTerms = QStringLiteral("FOB");
    po.importInformation.methodOfPayment = QStringLiteral("PAID_BY_BUYER");
    po.importInformation.portOfDelivery = QStringLiteral("USNYC");
    po.importInformation.shippingInstructions = QStringLiteral("Floor load");
    po.importInformation.dealCode = QStringLiteral("PD-1");
    po.sellingParty = party(QStringLiteral("ACME1"));
    po.shipToParty = party(QStringLiteral("ABE8"));
    po.buyingParty = party(QStringLiteral("AMZN"));
    po.billingParty = party(QStringLiteral("BILL"));
    for (int i = 0; i < lines; ++i) {
        PurchaseOrderLine line;
        line.id = 9000 + i;
        line.channelOrderLineNo = QString::number(i + 1);
        line.channelProductNo = QStringLiteral("B00000000%1").arg(i);
        line.merchantProductNo = QStringLiteral("SKU-%1").arg(i);
        line.quantity = 10 + i;
        line.isBackOrderAllowed = i % 2 == 0;
        line.unitOfMeasure = i % 2 ? QuantityUnit::Cases : QuantityUnit::Eaches;
        line.unitSize = i % 2 ? 6 : 1;
        line.netCostAmount = 4.25 + i;
        line.netCostCurrency = QStringLiteral("USD");
        line.listPriceAmount = 9.99;
        line.lineTotal = (4.25 + i) * (10 + i);
        line.createdAt = t;
        line.updatedAt = t.addSecs(i);
        po.lines.append(line);
    }
    return po;
}

Acknowledgement ack(AcknowledgementCode code, qint64 quantity,
                    RejectionReason reason = RejectionReason::None)
{
    Acknowledgement a;
    a.code = code;
    a.quantity = quantity;
    a.rejectionReason = reason;
    if (code != AcknowledgementCode::Rejected) {
        a.scheduledShipDate = QDateTime(QDate(2026, 3, 5), QTime(0, 0), Qt::UTC);
        a.scheduledDeliveryDate = QDateTime(QDate(2026, 3, 9), QTime(12, 0), Qt::UTC);
    }
    return a;
}

bool sameAck(const Acknowledgement &a, const Acknowledgement &b)
{
    return a.code == b.code && a.quantity == b.quantity && a.rejectionReason == b.rejectionReason
        && a.scheduledShipDate == b.scheduledShipDate
        && a.scheduledDeliveryDate == b.scheduledDeliveryDate;
}

} // namespace

#define OPEN_DB(db)                                                                                \
    QFETCH(QString, backend);                                                                      \
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);                                               \
    QString error;                                                                                 \
    auto db = Database::open(freshSettings(backend), &error);                                      \
    QVERIFY2(db, qPrintable(error))

// Purchase orders and settings on SQLite and PostgreSQL: upsert, acknowledgements, round trips.
class tst_PurchaseOrderRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_backends.stop(); }

    void roundTripsEveryField_data() { StorageBackends::addBackendColumn(); }
    void roundTripsEveryField();
    void reportsAddedUpdatedAndUnchanged_data() { StorageBackends::addBackendColumn(); }
    void reportsAddedUpdatedAndUnchanged();
    void upsertKeepsAcknowledgementsOfLinesThatStay_data() { StorageBackends::addBackendColumn(); }
    void upsertKeepsAcknowledgementsOfLinesThatStay();
    void detectsCancellationsAndQuantityChanges_data() { StorageBackends::addBackendColumn(); }
    void detectsCancellationsAndQuantityChanges();
    void loadOpenSkipsClosedOrders_data() { StorageBackends::addBackendColumn(); }
    void loadOpenSkipsClosedOrders();
    void refusesBadAcknowledgementsAndWritesNothing_data();
    void refusesBadAcknowledgementsAndWritesNothing();
    void importsManyLinesInOneTransaction_data() { StorageBackends::addBackendColumn(); }
    void importsManyLinesInOneTransaction();
    void settingsAreTypedAndScoped_data() { StorageBackends::addBackendColumn(); }
    void settingsAreTypedAndScoped();

private:
    DatabaseSettings freshSettings(const QString &backend)
    {
        return m_backends.freshSettings(backend, QStringLiteral("po"));
    }

    StorageBackends m_backends;
};

void tst_PurchaseOrderRepository::initTestCase()
{
    if (!m_backends.start())
        return;
}

void tst_PurchaseOrderRepository::roundTripsEveryField()
{
    OPEN_DB(db);
    PurchaseOrderRepository repo(*db);
    const PurchaseOrder original = fullOrder(QStringLiteral("PO-1"));
    QVERIFY2(repo.upsert({ original }, &error), qPrintable(error));
    QMap<int, QList<Acknowledgement>> acks;
    acks[0] = { ack(AcknowledgementCode::Accepted, 10) };
    acks[1] = { ack(AcknowledgementCode::Accepted, 5), ack(AcknowledgementCode::Backordered, 4),
                ack(AcknowledgementCode::Rejected, 2, RejectionReason::TemporarilyUnavailable) };
    QVERIFY2(repo.saveAcknowledgements(QStringLiteral("PO-1"), acks, QStringLiteral("ann"),
                                       QStringLiteral("dock-1"), &error),
             qPrintable(error));

    const auto loaded = repo.load(QStringLiteral("PO-1"), &error);
    QVERIFY2(loaded, qPrintable(error));
    // Every API field, through the canonical JSON form.
    QCOMPARE(PurchaseOrderRepository::snapshotOf(*loaded),
             PurchaseOrderRepository::snapshotOf(original));
    QCOMPARE(loaded->shipToParty.name, original.shipToParty.name);
    QCOMPARE(loaded->fromShipDate, original.fromShipDate);
    QCOMPARE(loaded->lines.size(), 3);
    QCOMPARE(loaded->lines.at(1).lineTotal, original.lines.at(1).lineTotal);
    QCOMPARE(loaded->lines.at(0).acknowledgements.size(), 1);
    QCOMPARE(loaded->lines.at(1).acknowledgements.size(), 3);
    QVERIFY(loaded->lines.at(2).acknowledgements.isEmpty());
    for (int i = 0; i < 3; ++i)
        QVERIFY(sameAck(loaded->lines.at(1).acknowledgements.at(i), acks[1].at(i)));
    QVERIFY(!repo.load(QStringLiteral("PO-404"), &error));
}

void tst_PurchaseOrderRepository::reportsAddedUpdatedAndUnchanged()
{
    OPEN_DB(db);
    PurchaseOrderRepository repo(*db);
    auto changes
        = repo.upsert({ fullOrder(QStringLiteral("A")), fullOrder(QStringLiteral("B")) }, &error);
    QVERIFY2(changes, qPrintable(error));
    QCOMPARE(changes->added, QStringList({ QStringLiteral("A"), QStringLiteral("B") }));
    QVERIFY(changes->updated.isEmpty());

    PurchaseOrder b = fullOrder(QStringLiteral("B"));
    b.status = PurchaseOrderStatus::InProgress;
    b.toShipDate = b.toShipDate.addDays(3);
    changes = repo.upsert({ fullOrder(QStringLiteral("A")), b, fullOrder(QStringLiteral("C")) },
                          &error);
    QVERIFY2(changes, qPrintable(error));
    QCOMPARE(changes->added, QStringList({ QStringLiteral("C") }));
    QCOMPARE(changes->updated, QStringList({ QStringLiteral("B") }));
    QCOMPARE(changes->unchanged, 1);
    QVERIFY(changes->cancelled.isEmpty());
    QVERIFY(changes->quantityChanges.isEmpty());
    const auto loaded = repo.load(QStringLiteral("B"), &error);
    QVERIFY(loaded);
    QCOMPARE(loaded->status, PurchaseOrderStatus::InProgress);
    QCOMPARE(loaded->toShipDate, b.toShipDate);
    const auto all = repo.loadAll(&error);
    QVERIFY2(all, qPrintable(error));
    QCOMPARE(all->size(), 3);
}

void tst_PurchaseOrderRepository::upsertKeepsAcknowledgementsOfLinesThatStay()
{
    OPEN_DB(db);
    PurchaseOrderRepository repo(*db);
    PurchaseOrder po = fullOrder(QStringLiteral("K"), 3);
    QVERIFY2(repo.upsert({ po }, &error), qPrintable(error));
    QMap<int, QList<Acknowledgement>> acks;
    acks[0] = { ack(AcknowledgementCode::Accepted, 10) };
    acks[2] = { ack(AcknowledgementCode::Rejected, 12, RejectionReason::ObsoleteProduct) };
    QVERIFY2(repo.saveAcknowledgements(QStringLiteral("K"), acks, QStringLiteral("ann"),
                                       QStringLiteral("dock-1"), &error),
             qPrintable(error));

    // The API drops the middle line, reorders and touches the others; it also sends
    // acknowledgements of its own on the orders, which never overwrite the local ones.
    PurchaseOrder next = po;
    next.lines = { po.lines.at(2), po.lines.at(0) };
    next.lines[1].netCostAmount = 5.5;
    next.lines[0].acknowledgements = { ack(AcknowledgementCode::Accepted, 1) };
    const auto changes = repo.upsert({ next }, &error);
    QVERIFY2(changes, qPrintable(error));
    QCOMPARE(changes->updated, QStringList({ QStringLiteral("K") }));
    const auto loaded = repo.load(QStringLiteral("K"), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->lines.size(), 2);
    QCOMPARE(loaded->lines.at(0).merchantProductNo, QStringLiteral("SKU-2"));
    QCOMPARE(loaded->lines.at(0).acknowledgements.size(), 1);
    QVERIFY(sameAck(loaded->lines.at(0).acknowledgements.at(0), acks[2].at(0)));
    QCOMPARE(loaded->lines.at(1).merchantProductNo, QStringLiteral("SKU-0"));
    QCOMPARE(loaded->lines.at(1).netCostAmount, std::optional<double>(5.5));
    QVERIFY(sameAck(loaded->lines.at(1).acknowledgements.at(0), acks[0].at(0)));
    // The dropped line's acknowledgements went with it.
    const auto count = db->scalar(QStringLiteral("SELECT COUNT(*) FROM acknowledgements"));
    QVERIFY(count);
    QCOMPARE(count->toLongLong(), 2);
}

void tst_PurchaseOrderRepository::detectsCancellationsAndQuantityChanges()
{
    OPEN_DB(db);
    PurchaseOrderRepository repo(*db);
    const PurchaseOrder q = fullOrder(QStringLiteral("Q"));
    const PurchaseOrder x = fullOrder(QStringLiteral("X"));
    QVERIFY2(repo.upsert({ q, x }, &error), qPrintable(error));
    QMap<int, QList<Acknowledgement>> acks;
    acks[1] = { ack(AcknowledgementCode::Accepted, 11) };
    QVERIFY2(repo.saveAcknowledgements(QStringLiteral("Q"), acks, QString(), QString(), &error),
             qPrintable(error));

    PurchaseOrder q2 = q;
    q2.lines[1].quantity = 8;
    PurchaseOrder x2 = x;
    x2.status = PurchaseOrderStatus::Cancelled;
    const auto changes = repo.upsert({ q2, x2 }, &error);
    QVERIFY2(changes, qPrintable(error));
    QCOMPARE(changes->cancelled, QStringList({ QStringLiteral("X") }));
    QCOMPARE(changes->updated.size(), 2);
    QCOMPARE(changes->quantityChanges.size(), 1);
    const auto &change = changes->quantityChanges.first();
    QCOMPARE(change.purchaseOrderNo, QStringLiteral("Q"));
    QCOMPARE(change.lineIndex, 1);
    QCOMPARE(change.merchantProductNo, QStringLiteral("SKU-1"));
    QCOMPARE(change.oldQuantity, 11);
    QCOMPARE(change.newQuantity, 8);
    QVERIFY(change.hadAcknowledgement);
    // The acknowledgement stays (the user decides), but no longer adds up.
    const auto loaded = repo.load(QStringLiteral("Q"), &error);
    QVERIFY(loaded);
    QCOMPARE(loaded->lines.at(1).quantity, 8);
    QCOMPARE(loaded->lines.at(1).acknowledgements.size(), 1);
    // A second cancellation of the same order is not news.
    const auto again = repo.upsert({ x2 }, &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(again->cancelled.isEmpty());
    QCOMPARE(again->unchanged, 1);
}

void tst_PurchaseOrderRepository::loadOpenSkipsClosedOrders()
{
    OPEN_DB(db);
    PurchaseOrderRepository repo(*db);
    QList<PurchaseOrder> orders;
    const PurchaseOrderStatus statuses[]
        = { PurchaseOrderStatus::New, PurchaseOrderStatus::InProgress,
            PurchaseOrderStatus::Cancelled, PurchaseOrderStatus::Shipped,
            PurchaseOrderStatus::Closed };
    int n = 0;
    for (PurchaseOrderStatus status : statuses) {
        PurchaseOrder po = fullOrder(QStringLiteral("S%1").arg(++n), 1);
        po.status = status;
        orders.append(po);
    }
    QVERIFY2(repo.upsert(orders, &error), qPrintable(error));
    const auto open = repo.loadOpen(&error);
    QVERIFY2(open, qPrintable(error));
    QCOMPARE(open->size(), 2);
    QCOMPARE(open->at(0).channelPurchaseOrderNo, QStringLiteral("S1"));
    QCOMPARE(open->at(1).channelPurchaseOrderNo, QStringLiteral("S2"));
}

void tst_PurchaseOrderRepository::refusesBadAcknowledgementsAndWritesNothing_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("badLine");
    QTest::addColumn<QList<Acknowledgement>>("bad");
    QTest::addColumn<QString>("message");
    const struct
    {
        const char *name;
        QList<Acknowledgement> acks;
        const char *message;
    } cases[] = {
        { "too few", { ack(AcknowledgementCode::Accepted, 10) }, "add up to 10" },
        { "too many",
          { ack(AcknowledgementCode::Accepted, 11), ack(AcknowledgementCode::Backordered, 1) },
          "add up to 12" },
        { "rejection without reason",
          { ack(AcknowledgementCode::Accepted, 1), ack(AcknowledgementCode::Rejected, 10) },
          "no rejection reason" },
        { "no code", { ack(AcknowledgementCode::Unknown, 11) }, "no code" },
    };
    for (const QString &backend : { kSqlite, kPostgres }) {
        for (const auto &c : cases)
            QTest::addRow("%s %s", qPrintable(backend), c.name)
                << backend << 1 << c.acks << QString::fromLatin1(c.message);
        QTest::addRow("%s no such line", qPrintable(backend))
            << backend << 7 << QList<Acknowledgement> { ack(AcknowledgementCode::Accepted, 1) }
            << QStringLiteral("has no line 8");
    }
}

void tst_PurchaseOrderRepository::refusesBadAcknowledgementsAndWritesNothing()
{
    QFETCH(int, badLine);
    QFETCH(QList<Acknowledgement>, bad);
    QFETCH(QString, message);
    OPEN_DB(db);
    PurchaseOrderRepository repo(*db);
    QVERIFY2(repo.upsert({ fullOrder(QStringLiteral("V")) }, &error), qPrintable(error));
    QMap<int, QList<Acknowledgement>> acks;
    acks[0] = { ack(AcknowledgementCode::Accepted, 10) }; // good, before the bad one
    acks[badLine] = bad;
    QVERIFY(!repo.saveAcknowledgements(QStringLiteral("V"), acks, QStringLiteral("ann"),
                                       QStringLiteral("dock-1"), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    if (badLine == 1)
        QVERIFY2(error.contains(QStringLiteral("line 2 (SKU SKU-1)")), qPrintable(error));
    const auto count = db->scalar(QStringLiteral("SELECT COUNT(*) FROM acknowledgements"));
    QVERIFY(count);
    QCOMPARE(count->toLongLong(), 0);
    QVERIFY(!db->inTransaction());
    QVERIFY(!repo.saveAcknowledgements(QStringLiteral("NOPE"), acks, QString(), QString(), &error));
}

void tst_PurchaseOrderRepository::importsManyLinesInOneTransaction()
{
    OPEN_DB(db);
    PurchaseOrderRepository repo(*db);
    QList<PurchaseOrder> orders;
    for (int i = 0; i < 200; ++i)
        orders.append(fullOrder(QStringLiteral("M%1").arg(i, 4, 10, QLatin1Char('0')), 20));
    QVERIFY2(repo.upsert(orders, &error), qPrintable(error));
    const auto lines = db->scalar(QStringLiteral("SELECT COUNT(*) FROM po_lines"));
    QVERIFY(lines);
    QCOMPARE(lines->toLongLong(), 4000);
    const auto all = repo.loadAll(&error);
    QVERIFY2(all, qPrintable(error));
    QCOMPARE(all->size(), 200);
    QCOMPARE(all->last().lines.size(), 20);
    // A failing order (no number) rolls back the whole batch.
    orders.append(fullOrder(QString()));
    orders.first().status = PurchaseOrderStatus::Closed;
    QVERIFY(!repo.upsert(orders, &error));
    const auto first = repo.load(orders.first().channelPurchaseOrderNo, &error);
    QVERIFY(first);
    QCOMPARE(first->status, PurchaseOrderStatus::New);
}

void tst_PurchaseOrderRepository::settingsAreTypedAndScoped()
{
    OPEN_DB(db);
    SettingsRepository settings(*db);
    using Scope = SettingsRepository::Scope;
    const QString station = QStringLiteral("dock-1");
    QVERIFY(!settings.value(Scope::site(), QStringLiteral("gs1.prefix")));
    QVERIFY2(settings.setValue(Scope::site(), QStringLiteral("gs1.prefix"),
                               QStringLiteral("0614141"), &error),
             qPrintable(error));
    QVERIFY(settings.setValue(Scope::site(), QStringLiteral("labels.copies"), 2, &error));
    QVERIFY(
        settings.setValue(Scope::forStation(station), QStringLiteral("labels.copies"), 3, &error));
    QVERIFY(settings.setValue(Scope::site(), QStringLiteral("scale.tolerance"), 0.1, &error));
    QVERIFY(settings.setValue(Scope::site(), QStringLiteral("demo"), true, &error));
    QCOMPARE(settings.stringValue(station, QStringLiteral("gs1.prefix")),
             QStringLiteral("0614141"));
    QCOMPARE(settings.integerValue(station, QStringLiteral("labels.copies")), 3);
    QCOMPARE(settings.integerValue(QStringLiteral("dock-2"), QStringLiteral("labels.copies")), 2);
    QCOMPARE(settings.integerValue(QString(), QStringLiteral("labels.copies")), 2);
    QCOMPARE(settings.doubleValue(station, QStringLiteral("scale.tolerance")), 0.1);
    QCOMPARE(settings.boolValue(station, QStringLiteral("demo")), true);
    QCOMPARE(settings.integerValue(station, QStringLiteral("gs1.prefix.x"), 5), 5);
    // Overwrite and remove.
    QVERIFY(
        settings.setValue(Scope::forStation(station), QStringLiteral("labels.copies"), 4, &error));
    QCOMPARE(settings.integerValue(station, QStringLiteral("labels.copies")), 4);
    QVERIFY(settings.remove(Scope::forStation(station), QStringLiteral("labels.copies"), &error));
    QCOMPARE(settings.integerValue(station, QStringLiteral("labels.copies")), 2);
    // Never secrets.
    QVERIFY(!settings.setValue(Scope::site(), QStringLiteral("channelengine.api_key"),
                               QStringLiteral("x"), &error));
    QVERIFY(error.contains(QStringLiteral("key store")));
    QVERIFY(!settings.setValue(Scope::site(), QStringLiteral("db.password"), QStringLiteral("x"),
                               &error));
}

QTEST_GUILESS_MAIN(tst_PurchaseOrderRepository)
#include "tst_purchaseorderrepository.moc"
