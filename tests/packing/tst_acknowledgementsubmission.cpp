// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/acknowledgementjson.h"
#include "packing/acknowledgementsubmission.h"
#include "packing/station.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/purchaseorderrepository.h"
#include "storagebackends.h"

#include <QTest>

using namespace VendorPack;
using namespace Qt::StringLiterals;

namespace {

PurchaseOrder sampleOrder(const QString &number, PurchaseOrderStatus status)
{
    PurchaseOrder order;
    order.id = 900001;
    order.channelId = 7;
    order.channelPurchaseOrderNo = number;
    order.status = status;
    order.createdAt = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
    order.fromShipDate = QDateTime(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC);
    order.toShipDate = order.fromShipDate.addDays(3);
    order.shipToParty.partyId = u"ABE8"_s;
    order.shipToParty.countryCode = u"US"_s;
    order.sellingParty.partyId = u"VENDOR1"_s;
    auto addLine = [&](qint64 id, const QString &sku, qint64 quantity, bool backorder) {
        PurchaseOrderLine line;
        line.id = id;
        line.merchantProductNo = sku;
        line.channelOrderLineNo = QString::number(id);
        line.channelProductNo = u"B0"_s + sku;
        line.quantity = quantity;
        line.isBackOrderAllowed = backorder;
        order.lines.append(line);
    };
    addLine(1, u"A-1"_s, 10, true);
    addLine(2, u"B-2"_s, 4, false);
    return order;
}

Acknowledgement ack(AcknowledgementCode code, qint64 quantity,
                    RejectionReason reason = RejectionReason::None)
{
    Acknowledgement a;
    a.code = code;
    a.quantity = quantity;
    a.rejectionReason = reason;
    return a;
}

qint64 count(Database &db, const QString &sql)
{
    const auto value = db.scalar(sql);
    return value ? value->toLongLong() : -1;
}

} // namespace

#define OPEN_STATION(station)                                                                      \
    QFETCH(QString, backend);                                                                      \
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);                                               \
    QString error;                                                                                 \
    auto station = openStation(backend, &error);                                                   \
    QVERIFY2(station, qPrintable(error))

// Acknowledging a purchase order: stored, queued and audited together, or not at all.
class tst_AcknowledgementSubmission : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!m_backends.start())
            return;
    }
    void cleanupTestCase() { m_backends.stop(); }

    void storesQueuesAndAudits_data() { StorageBackends::addBackendColumn(); }
    void storesQueuesAndAudits()
    {
        OPEN_STATION(station);
        const OrderAcknowledgements acks {
            { ack(AcknowledgementCode::Accepted, 6), ack(AcknowledgementCode::Backordered, 4) },
            { ack(AcknowledgementCode::Rejected, 4, RejectionReason::TemporarilyUnavailable) }
        };
        QVERIFY2(submitAcknowledgements(*station, u"PO-1"_s, acks, &error), qPrintable(error));

        const auto stored = station->purchaseOrders().load(u"PO-1"_s, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->lines.at(0).acknowledgedQuantity(AcknowledgementCode::Accepted), 6);
        QCOMPARE(stored->lines.at(0).acknowledgedQuantity(AcknowledgementCode::Backordered), 4);
        QCOMPARE(stored->lines.at(1).acknowledgements.size(), 1);
        QCOMPARE(stored->lines.at(1).acknowledgements.at(0).rejectionReason,
                 RejectionReason::TemporarilyUnavailable);

        Database &db = station->database();
        const qint64 rowId = count(db, u"SELECT id FROM purchase_orders"_s);
        QCOMPARE(station->outbox().pendingCount(OutboxSubject::Acknowledgement), 1);
        const auto due = station->outbox().due(QDateTime::currentDateTimeUtc().addSecs(60), 10);
        QVERIFY(due && due->size() == 1);
        const OutboxEntry &entry = due->front();
        QCOMPARE(entry.subjectType, OutboxSubject::Acknowledgement);
        QCOMPARE(entry.subjectId, rowId);
        QCOMPARE(entry.kind, u"acknowledge"_s);
        const AcknowledgementDocument body = AcknowledgementJson::read(entry.payload.toUtf8());
        QVERIFY(body.readable);
        QCOMPARE(body.request.identifier, u"PO-1"_s);
        QCOMPARE(body.request.channelId, std::optional<qint64>(7));
        QCOMPARE(body.request.lineIdentifierType, LineIdentifierType::PurchaseOrderLineId);
        QCOMPARE(body.request.lines.size(), 3);
        QCOMPARE(body.request.lines.at(2).orderLineIdentifier, u"2"_s);
        QCOMPARE(body.request.lines.at(2).acknowledgement.code, AcknowledgementCode::Rejected);

        QCOMPARE(count(db, u"SELECT COUNT(*) FROM audit_log"_s), 1);
        auto audit = db.exec(
            u"SELECT user_name, station, action, before_data, after_data FROM audit_log"_s);
        QVERIFY(audit && audit->next());
        QCOMPARE(audit->value(0).toString(), u"pat"_s);
        QCOMPARE(audit->value(1).toString(), u"dock-3"_s);
        QCOMPARE(audit->value(2).toString(), u"po.acknowledge"_s);
        QCOMPARE(audit->value(3).toString(),
                 u"{\"PurchaseOrder\":\"PO-1\",\"Lines\":[{\"Line\":1,\"Sku\":\"A-1\","
                 "\"Accepted\":0,\"Backordered\":0,\"Rejected\":0},{\"Line\":2,\"Sku\":\"B-2\","
                 "\"Accepted\":0,\"Backordered\":0,\"Rejected\":0}]}"_s);
        QCOMPARE(audit->value(4).toString(),
                 u"{\"PurchaseOrder\":\"PO-1\",\"Lines\":[{\"Line\":1,\"Sku\":\"A-1\","
                 "\"Accepted\":6,\"Backordered\":4,\"Rejected\":0},{\"Line\":2,\"Sku\":\"B-2\","
                 "\"Accepted\":0,\"Backordered\":0,\"Rejected\":4,"
                 "\"RejectionReason\":\"TEMPORARILY_UNAVAILABLE\"}]}"_s);
        audit->finish();

        // A second answer replaces the first: one pending entry, a second audit line.
        const OrderAcknowledgements again { { ack(AcknowledgementCode::Accepted, 10) },
                                            { ack(AcknowledgementCode::Accepted, 4) } };
        QVERIFY2(submitAcknowledgements(*station, u"PO-1"_s, again, &error), qPrintable(error));
        QCOMPARE(station->outbox().pendingCount(OutboxSubject::Acknowledgement), 1);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM audit_log"_s), 2);
        QCOMPARE(station->purchaseOrders().load(u"PO-1"_s)->lines.at(1).acknowledgedQuantity(
                     AcknowledgementCode::Accepted),
                 4);
    }

    void refusesBadInputAndChangesNothing_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("purchaseOrderNo");
        QTest::addColumn<OrderAcknowledgements>("acks");
        QTest::addColumn<QString>("expected");
        const OrderAcknowledgements good { { ack(AcknowledgementCode::Accepted, 10) },
                                           { ack(AcknowledgementCode::Accepted, 4) } };
        for (const QString &backend :
             { StorageBackends::sqlite(), StorageBackends::postgresql() }) {
            auto row = [&](const char *name) -> QTestData & {
                return QTest::addRow("%s: %s", qPrintable(backend), name) << backend;
            };
            row("does not add up")
                << u"PO-1"_s
                << OrderAcknowledgements { { ack(AcknowledgementCode::Accepted, 9) },
                                           { ack(AcknowledgementCode::Accepted, 4) } }
                << u"Purchase order PO-1 cannot be acknowledged: Line 1 (SKU A-1): accepted 9 + "
                   "backordered 0 + rejected 0 = 9, but 10 are ordered"_s;
            row("rejection without reason")
                << u"PO-1"_s
                << OrderAcknowledgements { { ack(AcknowledgementCode::Accepted, 10) },
                                           { ack(AcknowledgementCode::Rejected, 4) } }
                << u"Purchase order PO-1 cannot be acknowledged: Line 2 (SKU B-2): the 4 "
                   "rejected need a rejection reason"_s;
            row("negative")
                << u"PO-1"_s
                << OrderAcknowledgements { { ack(AcknowledgementCode::Accepted, 12),
                                             ack(AcknowledgementCode::Backordered, -2) },
                                           { ack(AcknowledgementCode::Accepted, 4) } }
                << u"Purchase order PO-1 cannot be acknowledged: Line 1 (SKU A-1): a quantity "
                   "is negative"_s;
            row("a line missing")
                << u"PO-1"_s << OrderAcknowledgements { { ack(AcknowledgementCode::Accepted, 10) } }
                << u"Purchase order PO-1 cannot be acknowledged: Purchase order PO-1 has 2 lines, "
                   "but 1 are acknowledged"_s;
            row("unknown order") << u"PO-9"_s << good
                                 << u"Purchase order PO-9 is not stored on this station"_s;
            row("cancelled order")
                << u"PO-C"_s << good
                << u"Purchase order PO-C is CANCELLED; it can no longer be acknowledged"_s;
        }
    }

    void refusesBadInputAndChangesNothing()
    {
        QFETCH(QString, purchaseOrderNo);
        QFETCH(OrderAcknowledgements, acks);
        QFETCH(QString, expected);
        OPEN_STATION(station);
        QVERIFY(!submitAcknowledgements(*station, purchaseOrderNo, acks, &error));
        QCOMPARE(error, expected);
        Database &db = station->database();
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM acknowledgements"_s), 0);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM outbox"_s), 0);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM audit_log"_s), 0);
    }

    // The outbox refuses the entry after the acknowledgements were written: all is rolled back.
    void aFailureHalfWayWritesNothing()
    {
        QString error;
        auto station = openStation(StorageBackends::sqlite(), &error);
        QVERIFY2(station, qPrintable(error));
        Database &db = station->database();
        QVERIFY(db.execDirect(u"CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox "
                              "BEGIN SELECT RAISE(ABORT, 'the outbox is full'); END"_s,
                              &error));
        const OrderAcknowledgements good { { ack(AcknowledgementCode::Accepted, 10) },
                                           { ack(AcknowledgementCode::Accepted, 4) } };
        QVERIFY(!submitAcknowledgements(*station, u"PO-1"_s, good, &error));
        QVERIFY2(error.startsWith(u"Could not queue the acknowledgement of PO-1: "_s)
                     && error.contains(u"the outbox is full"_s),
                 qPrintable(error));
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM acknowledgements"_s), 0);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM audit_log"_s), 0);
        QVERIFY(!db.inTransaction());
    }

private:
    std::unique_ptr<Station> openStation(const QString &backend, QString *error)
    {
        StationProfile profile;
        profile.userName = u"pat"_s;
        profile.stationName = u"dock-3"_s;
        auto station = Station::open(m_backends.freshSettings(backend, u"ack"_s), profile, error);
        if (!station)
            return nullptr;
        const auto changes = station->purchaseOrders().upsert(
            { sampleOrder(u"PO-1"_s, PurchaseOrderStatus::New),
              sampleOrder(u"PO-C"_s, PurchaseOrderStatus::Cancelled) },
            error);
        if (!changes)
            return nullptr;
        return station;
    }

    StorageBackends m_backends;
};

QTEST_GUILESS_MAIN(tst_AcknowledgementSubmission)
#include "tst_acknowledgementsubmission.moc"
