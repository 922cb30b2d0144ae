// SPDX-License-Identifier: GPL-3.0-or-later
#include "synctestsupport.h"

#include "api/channelengineclient.h"
#include "core/ordersjson.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"
#include "storage/purchaseorderrepository.h"
#include "sync/orderpoller.h"
#include "sync/synclog.h"
#include "sync/syncstatestore.h"
#include "sync/syncstatus.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace VendorPack;
using namespace VendorPack::SyncTestSupport;

// The order poller against the real in-process sandbox over loopback HTTP.
class tst_OrderPoller : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<SandboxHttp> m_http;
    std::unique_ptr<Station> m_station;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ChannelEngineClient> m_client;
    std::unique_ptr<SyncStatus> m_status;
    std::unique_ptr<SyncLog> m_log;
    std::unique_ptr<OrderPoller> m_poller;

    void startAll(int demoOrders, const QString &key = kKey)
    {
        SandboxOptions options;
        options.seed = 3;
        options.orders = demoOrders;
        options.apiKey = kKey;
        options.exportDelaySeconds = 0;
        m_sandbox = std::make_unique<SandboxServer>(options);
        QString error;
        QVERIFY2(m_sandbox->initialize(&error), qPrintable(error));
        QVERIFY2(m_sandbox->listen(0) > 0, qPrintable(m_sandbox->errorString()));
        m_http = std::make_unique<SandboxHttp>(m_sandbox->baseUrl(), kKey);
        m_station
            = openStation(m_dir.filePath(QStringLiteral("poll-%1.sqlite").arg(++m_run)), &error);
        QVERIFY2(m_station, qPrintable(error));
        ClientSettings settings;
        settings.baseUrl = m_sandbox->baseUrl();
        settings.apiKey = key;
        settings.timeoutMs = 3000;
        settings.retry.maxAttempts = 2;
        settings.retry.initialDelayMs = 20;
        settings.retry.totalDeadlineMs = 8000;
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ChannelEngineClient>(m_network.get(), settings);
        m_status = std::make_unique<SyncStatus>();
        m_log = std::make_unique<SyncLog>();
        SyncSettings syncSettings;
        syncSettings.orderPollOverlapSeconds = 60;
        m_poller
            = std::make_unique<OrderPoller>(*m_station, *m_client, *m_status, *m_log, syncSettings);
    }

    bool poll()
    {
        QSignalSpy finished(m_poller.get(), &OrderPoller::pollFinished);
        m_poller->pollNow();
        if (!finished.wait(15000))
            return false;
        return finished.first().at(0).toBool();
    }

    PurchaseOrder sandboxOrder(const QString &number) const
    {
        const int index = m_sandbox->state().orderIndex(number);
        return index >= 0 ? m_sandbox->state().orders()[index] : PurchaseOrder();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanup()
    {
        m_poller.reset();
        m_client.reset();
        m_network.reset();
        m_log.reset();
        m_status.reset();
        m_station.reset();
        m_http.reset();
        m_sandbox.reset();
    }

    void firstPollStoresTheOpenOrders()
    {
        startAll(30);
        QVERIFY(poll());
        int open = 0;
        int otherChannels = 0;
        for (const PurchaseOrder &order : m_sandbox->state().orders()) {
            const bool isOpen = order.status == PurchaseOrderStatus::New
                || order.status == PurchaseOrderStatus::InProgress;
            // The station's channel only (its profile says channel 1).
            if (isOpen && order.channelId == m_station->profile().channelId)
                ++open;
            else if (isOpen)
                ++otherChannels;
        }
        QVERIFY(open > 0);
        QVERIFY(otherChannels > 0);
        const auto stored = m_station->purchaseOrders().loadAll();
        QVERIFY(stored);
        QCOMPARE(stored->size(), open);
        QVERIFY(m_status->lastContact().isValid());
        QVERIFY(m_poller->lastSuccess().isValid());
        // Nothing changed: the next (incremental) poll adds nothing.
        QSignalSpy changed(m_poller.get(), &OrderPoller::ordersChanged);
        QVERIFY(poll());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_station->purchaseOrders().loadAll()->size(), open);
    }

    void picksUpNewOrdersAndCancellationsOfPackedOnes()
    {
        startAll(0);
        ShipmentGenerator::Result made = generated(21, 1, 3, 2);
        QVERIFY2(made.shipment, qPrintable(made.error));
        QCOMPARE(
            m_http->post(QStringLiteral("/admin/purchase-orders"), OrdersJson::write(made.orders)),
            201);
        QVERIFY(poll());
        QCOMPARE(m_station->purchaseOrders().loadAll()->size(), made.orders.size());
        QString error;
        const qint64 shipmentId = storeAndEnqueue(*m_station, *made.shipment, &error);
        QVERIFY2(shipmentId > 0, qPrintable(error));

        // A new order, a cancellation and a changed quantity, added through the admin endpoint.
        ShipmentGenerator::Result other = generated(99, 1, 1, 1);
        PurchaseOrder added = other.orders.first();
        added.channelPurchaseOrderNo = QStringLiteral("NEWPO001");
        PurchaseOrder cancelled = sandboxOrder(made.orders.first().channelPurchaseOrderNo);
        cancelled.status = PurchaseOrderStatus::Cancelled;
        QList<PurchaseOrder> sent = { added, cancelled };
        QString changedSku;
        QVERIFY(made.orders.size() > 1);
        {
            PurchaseOrder quantity = sandboxOrder(made.orders.at(1).channelPurchaseOrderNo);
            quantity.lines.first().quantity += 5;
            changedSku = quantity.lines.first().merchantProductNo;
            sent.append(quantity);
        }
        QCOMPARE(m_http->post(QStringLiteral("/admin/purchase-orders"), OrdersJson::write(sent)),
                 201);

        QSignalSpy changed(m_poller.get(), &OrderPoller::ordersChanged);
        QSignalSpy alerts(m_poller.get(), &OrderPoller::alertRaised);
        QVERIFY(poll());
        QCOMPARE(changed.count(), 1);
        const auto changes = changed.first().at(0).value<PurchaseOrderChanges>();
        QCOMPARE(changes.added, QStringList { QStringLiteral("NEWPO001") });
        QCOMPARE(changes.cancelled, QStringList { made.orders.first().channelPurchaseOrderNo });
        QVERIFY(m_station->purchaseOrders().load(QStringLiteral("NEWPO001")));
        QCOMPARE(
            m_station->purchaseOrders().load(made.orders.first().channelPurchaseOrderNo)->status,
            PurchaseOrderStatus::Cancelled);

        bool blocking = false;
        bool warning = false;
        for (const QList<QVariant> &arguments : std::as_const(alerts)) {
            const auto alert = arguments.at(0).value<OrderAlert>();
            QCOMPARE(alert.shipmentIds, QList<qint64> { shipmentId });
            QCOMPARE(alert.merchantShipmentNos,
                     QStringList { made.shipment->header().merchantShipmentNo });
            if (alert.kind == OrderAlert::Kind::Cancelled) {
                QVERIFY(alert.isBlocking());
                QCOMPARE(alert.purchaseOrderNo, made.orders.first().channelPurchaseOrderNo);
                QVERIFY(alert.message.contains(alert.purchaseOrderNo));
                blocking = true;
            } else {
                QVERIFY(!alert.isBlocking());
                QCOMPARE(alert.merchantProductNo, changedSku);
                QCOMPARE(alert.newQuantity, alert.oldQuantity + 5);
                warning = true;
            }
        }
        QVERIFY(blocking);
        QVERIFY(warning);
        // The new order is not packed anywhere: no alert for it.
        for (const QList<QVariant> &arguments : std::as_const(alerts))
            QVERIFY(arguments.at(0).value<OrderAlert>().purchaseOrderNo
                    != QLatin1String("NEWPO001"));
    }

    void readsTheExportStatusOfPushedShipments()
    {
        startAll(0);
        ShipmentGenerator::Result made = generated(31, 1, 2, 2);
        QVERIFY2(made.shipment, qPrintable(made.error));
        m_sandbox->state().upsertOrders(made.orders);
        QString error;
        const qint64 id = storeAndEnqueue(*m_station, *made.shipment, &error);
        QVERIFY2(id > 0, qPrintable(error));
        std::unique_ptr<WriteCall> create(m_client->createShipment(*made.shipment));
        QVERIFY(create->waitForFinished(10000));
        QVERIFY2(create->isSuccess(), qPrintable(create->error().toText()));
        SyncStateStore store(m_station->database());
        PushAttempt confirmed;
        confirmed.outcome = PushOutcome::Confirmed;
        confirmed.version = 1;
        confirmed.at = QDateTime::currentDateTimeUtc();
        QVERIFY(store.recordConfirmed(id, confirmed, &error));
        QCOMPARE(store.record(id)->lastExportStatus, ExportStatus::Unknown);
        QSignalSpy exported(m_poller.get(), &OrderPoller::exportStatusChanged);
        QVERIFY(poll());
        QCOMPARE(exported.count(), 1);
        QCOMPARE(exported.first().at(0).toLongLong(), id);
        QCOMPARE(store.record(id)->lastExportStatus, ExportStatus::Success);
    }

    void refusedKeyPausesPolling()
    {
        startAll(5, QStringLiteral("wrong-key-for-the-poller"));
        QSignalSpy authorization(m_poller.get(), &OrderPoller::authorizationRequired);
        QVERIFY(!poll());
        QCOMPARE(authorization.count(), 1);
        QVERIFY(m_status->isPaused());
        // Paused: a further poll sends nothing.
        const qint64 requests = m_sandbox->state().stats().requests;
        m_poller->pollNow();
        QTest::qWait(200);
        QCOMPARE(m_sandbox->state().stats().requests, requests);
        QVERIFY(m_station->purchaseOrders().loadAll()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_OrderPoller)
#include "tst_orderpoller.moc"
