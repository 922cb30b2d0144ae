// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/channelengineclient.h"

#include "core/generator.h"
#include "core/shipmentjson.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace VendorPack;

namespace {

const QString kKey = QStringLiteral("sandbox-test-key-7f3a9c2e51d04b8e");

QStringList g_messages;
QMutex g_messagesMutex;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_messagesMutex);
        g_messages.append(QString::fromLatin1(context.category ? context.category : "")
                          + QLatin1String(": ") + message);
    }
    if (qEnvironmentVariableIsSet("VENDORPACK_TEST_VERBOSE") && g_previousHandler)
        g_previousHandler(type, context, message);
}

// A generated shipment (one pallet, two cartons of two SKUs) and the orders it packs.
ShipmentGenerator::Result generated(quint32 seed)
{
    ShipmentGenerator::Options options;
    options.pallets = 1;
    options.cartonsPerPallet = 2;
    options.skusPerCarton = 2;
    options.seed = seed;
    return ShipmentGenerator::generate(options);
}

ShipmentNode *firstItem(const Shipment &shipment)
{
    ShipmentNode *node = shipment.root();
    while (node && node->childCount() > 0)
        node = node->child(0);
    return node;
}

} // namespace

// The client against the real in-process sandbox over loopback HTTP.
class TestSandboxClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ChannelEngineClient> m_client;
    std::shared_ptr<qint64> m_clockOffsetMs;

    void startSandbox(SandboxFaults faults = SandboxFaults(), int orders = 23)
    {
        SandboxOptions options;
        options.seed = 1;
        options.orders = orders;
        options.apiKey = kKey;
        options.faults = faults;
        options.exportDelaySeconds = 0;
        m_clockOffsetMs = std::make_shared<qint64>(0);
        const std::shared_ptr<qint64> offset = m_clockOffsetMs;
        options.clock = [offset] { return QDateTime::currentDateTimeUtc().addMSecs(*offset); };
        m_sandbox = std::make_unique<SandboxServer>(options);
        QString error;
        QVERIFY2(m_sandbox->initialize(&error), qPrintable(error));
        QVERIFY2(m_sandbox->listen(0) > 0, qPrintable(m_sandbox->errorString()));
        QCOMPARE(m_sandbox->baseUrl().host(), QStringLiteral("127.0.0.1"));

        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ChannelEngineClient>(m_network.get(), settings());
        m_client->setRandomSeed(5);
    }

    ClientSettings settings() const
    {
        ClientSettings settings;
        settings.baseUrl = m_sandbox->baseUrl();
        settings.apiKey = kKey;
        settings.timeoutMs = 3000;
        settings.deadlineMs = 6000;
        settings.retry.maxAttempts = 6;
        settings.retry.initialDelayMs = 10;
        settings.retry.maxDelayMs = 4000;
        settings.retry.totalDeadlineMs = 30000;
        return settings;
    }

    template<typename Call>
    void wait(Call *call, int timeoutMs = 60000)
    {
        QSignalSpy spy(call, &ApiCall::finished);
        QVERIFY(call->waitForFinished(timeoutMs));
        QTest::qWait(10);
        QCOMPARE(spy.count(), 1);
    }

    // Pushes until the API confirms, as the outbox would: a failed push is pushed again.
    void pushUntilConfirmed(const Shipment &shipment, RemoteShipmentState known,
                            ShipmentPushResult *out, int *rounds)
    {
        for (*rounds = 1; *rounds <= 8; ++*rounds) {
            std::unique_ptr<ShipmentPushCall> call(m_client->pushShipment(shipment, known));
            wait(call.get());
            if (call->isSuccess()) {
                *out = call->result();
                return;
            }
            QVERIFY2(call->error().isRetryable(), qPrintable(call->error().toText()));
            known = RemoteShipmentState::Unknown;
        }
        QFAIL("the push did not converge in 8 rounds");
    }

    const StoredShipment *stored(const QString &merchantShipmentNo)
    {
        return m_sandbox->state().shipment(merchantShipmentNo);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("vendorpack.api.debug=true"));
        g_previousHandler = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        QMutexLocker lock(&g_messagesMutex);
        QVERIFY(!g_messages.isEmpty());
        for (const QString &message : std::as_const(g_messages))
            QVERIFY2(!message.contains(kKey), qPrintable(message));
    }

    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_sandbox.reset();
    }

    void pullsAllPages()
    {
        startSandbox(SandboxFaults(), 23);
        PurchaseOrderQuery query;
        query.pageSize = 5;
        std::unique_ptr<PurchaseOrdersCall> call(m_client->fetchPurchaseOrders(query));
        QSignalSpy progress(call.get(), &ApiCall::progressed);
        wait(call.get());
        QVERIFY2(call->isSuccess(), qPrintable(call->error().toText()));
        const QList<PurchaseOrder> &expected = m_sandbox->state().orders();
        QCOMPARE(call->result().orders.size(), expected.size());
        QCOMPARE(call->result().orders.size(), 23);
        QCOMPARE(call->result().totalCount, 23);
        QCOMPARE(call->result().pages, 5);
        QCOMPARE(progress.count(), 5);
        QCOMPARE(progress.last().at(0).toInt(), 5);
        QCOMPARE(progress.last().at(1).toInt(), 5);
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(call->result().orders[i].channelPurchaseOrderNo,
                     expected[i].channelPurchaseOrderNo);
            QCOMPARE(call->result().orders[i].lines.size(), expected[i].lines.size());
        }
        QVERIFY(!call->result().last.requestId.isEmpty());
        QCOMPARE(
            m_sandbox->state().stats().endpoints.value(QStringLiteral("GET /v2/purchase-orders")),
            qint64(5));
    }

    void filtersByStatusAndIdentifier()
    {
        startSandbox(SandboxFaults(), 23);
        const PurchaseOrder &first = m_sandbox->state().orders().first();
        PurchaseOrderQuery query;
        query.identifierType = PurchaseOrderIdentifierType::ChannelPurchaseOrderNo;
        query.identifiers = { first.channelPurchaseOrderNo };
        std::unique_ptr<PurchaseOrdersCall> call(m_client->fetchPurchaseOrders(query));
        wait(call.get());
        QVERIFY2(call->isSuccess(), qPrintable(call->error().toText()));
        QCOMPARE(call->result().orders.size(), 1);
        QCOMPARE(call->result().orders.first().channelPurchaseOrderNo,
                 first.channelPurchaseOrderNo);

        PurchaseOrderQuery open;
        open.statuses = { PurchaseOrderStatus::New, PurchaseOrderStatus::InProgress };
        std::unique_ptr<PurchaseOrdersCall> openCall(m_client->fetchPurchaseOrders(open));
        wait(openCall.get());
        QVERIFY(openCall->isSuccess());
        int expected = 0;
        for (const PurchaseOrder &po : m_sandbox->state().orders()) {
            expected += po.status == PurchaseOrderStatus::New
                    || po.status == PurchaseOrderStatus::InProgress
                ? 1
                : 0;
        }
        QCOMPARE(openCall->result().orders.size(), expected);
        for (const PurchaseOrder &po : openCall->result().orders) {
            QVERIFY(po.status == PurchaseOrderStatus::New
                    || po.status == PurchaseOrderStatus::InProgress);
        }
    }

    void acknowledgesLines()
    {
        startSandbox();
        int index = -1;
        const QList<PurchaseOrder> &orders = m_sandbox->state().orders();
        for (int i = 0; i < orders.size() && index < 0; ++i) {
            if (orders[i].status == PurchaseOrderStatus::New && !orders[i].lines.isEmpty())
                index = i;
        }
        QVERIFY(index >= 0);
        const PurchaseOrder po = orders[index];
        AcknowledgementRequest request;
        request.channelId = po.channelId;
        request.identifierType = PurchaseOrderIdentifierType::ChannelPurchaseOrderNo;
        request.lineIdentifierType = LineIdentifierType::MerchantProductNo;
        request.identifier = po.channelPurchaseOrderNo;
        AcknowledgementLine line;
        line.orderLineIdentifier = po.lines.first().merchantProductNo;
        line.acknowledgement.code = AcknowledgementCode::Accepted;
        line.acknowledgement.quantity = po.lines.first().quantity;
        line.unitOfMeasure = po.lines.first().unitOfMeasure;
        request.lines.append(line);
        std::unique_ptr<WriteCall> call(m_client->acknowledge(request));
        wait(call.get());
        QVERIFY2(call->isSuccess(), qPrintable(call->error().toText()));
        QCOMPARE(call->result().httpStatus, 201);
        QVERIFY(!call->result().last.requestId.isEmpty());
        QVERIFY(m_sandbox->state().orders()[index].lines.first().isAcknowledged());

        // A line the PO does not have: 400 with the field in ValidationErrors.
        request.lines.first().orderLineIdentifier = QStringLiteral("NO-SUCH-SKU");
        std::unique_ptr<WriteCall> bad(m_client->acknowledge(request));
        wait(bad.get());
        QCOMPARE(bad->error().kind, ApiError::Kind::Rejected);
        QCOMPARE(bad->error().httpStatus, 400);
        QVERIFY2(bad->error().validationErrors.contains(
                     QStringLiteral("Model.Lines[0].OrderLineIdentifier")),
                 qPrintable(bad->error().toText()));
        QCOMPARE(bad->error().validationFindings().first().pointer,
                 QStringLiteral("/Model/Lines/0/OrderLineIdentifier"));

        // A PO that does not exist: 404.
        request.identifier = QStringLiteral("NOSUCHPO");
        std::unique_ptr<WriteCall> missing(m_client->acknowledge(request));
        wait(missing.get());
        QCOMPARE(missing->error().kind, ApiError::Kind::NotFound);
        QVERIFY(!missing->error().requestId.isEmpty());
    }

    void pushCreatesThenUpdates()
    {
        startSandbox();
        ShipmentGenerator::Result made = generated(3);
        QVERIFY2(made.shipment, qPrintable(made.error));
        m_sandbox->state().upsertOrders(made.orders);
        Shipment &shipment = *made.shipment;
        const QString number = shipment.header().merchantShipmentNo;

        std::unique_ptr<ShipmentPushCall> first(m_client->pushShipment(shipment));
        wait(first.get());
        QVERIFY2(first->isSuccess(), qPrintable(first->error().toText()));
        QCOMPARE(first->result().action, ShipmentPushResult::Action::Created);
        QCOMPARE(first->result().lookups, 1);
        QVERIFY(!first->result().last.requestId.isEmpty());

        shipment.header().carrierName = QStringLiteral("Example Freight");
        shipment.header().carrierShipmentNo = QStringLiteral("PRO-123");
        std::unique_ptr<ShipmentPushCall> second(m_client->pushShipment(shipment));
        wait(second.get());
        QVERIFY2(second->isSuccess(), qPrintable(second->error().toText()));
        QCOMPARE(second->result().action, ShipmentPushResult::Action::Updated);
        QVERIFY(second->result().existing.has_value());
        QCOMPARE(second->result().existing->merchantShipmentNo, number);

        QVERIFY(stored(number));
        QCOMPARE(stored(number)->body, ShipmentJson::write(shipment, JsonWriter::Compact));
        const ShipmentCalls calls = m_sandbox->state().stats().shipments.value(number);
        QCOMPARE(calls.posts, 1);
        QCOMPARE(calls.postAttempts, 1);
        QCOMPARE(calls.puts, 1);

        // The listing shows it, with the export status.
        std::unique_ptr<MerchantShipmentsCall> listing(m_client->fetchMerchantShipments(
            MerchantShipmentQuery::byMerchantShipmentNo(number, shipment.header().channelId)));
        wait(listing.get());
        QVERIFY2(listing->isSuccess(), qPrintable(listing->error().toText()));
        QCOMPARE(listing->result().shipments.size(), 1);
        QCOMPARE(listing->result().shipments.first().merchantShipmentNo, number);
        QCOMPARE(listing->result().shipments.first().carrierName,
                 QStringLiteral("Example Freight"));
    }

    void faultsConvergeToExactlyOneShipment_data()
    {
        QTest::addColumn<double>("failRate");
        QTest::addColumn<double>("dropRate");
        QTest::newRow("failures") << 0.4 << 0.0;
        QTest::newRow("dropped answers") << 0.0 << 0.4;
        QTest::newRow("both") << 0.3 << 0.3;
    }

    void faultsConvergeToExactlyOneShipment()
    {
        QFETCH(double, failRate);
        QFETCH(double, dropRate);
        SandboxFaults faults;
        faults.failRate = failRate;
        faults.dropRate = dropRate;
        startSandbox(faults);
        ShipmentGenerator::Result made = generated(4);
        QVERIFY2(made.shipment, qPrintable(made.error));
        m_sandbox->state().upsertOrders(made.orders);
        Shipment &shipment = *made.shipment;
        const QString number = shipment.header().merchantShipmentNo;

        int totalRounds = 0;
        for (int version = 1; version <= 8; ++version) {
            shipment.header().carrierShipmentNo = QStringLiteral("PRO-%1").arg(version);
            ShipmentPushResult result;
            int rounds = 0;
            pushUntilConfirmed(
                shipment, version == 1 ? RemoteShipmentState::Absent : RemoteShipmentState::Exists,
                &result, &rounds);
            if (QTest::currentTestFailed())
                return;
            totalRounds += rounds;
            QVERIFY(stored(number));
            // Confirmed means the sandbox holds exactly this version.
            QCOMPARE(stored(number)->body, ShipmentJson::write(shipment, JsonWriter::Compact));
        }
        int copies = 0;
        for (const StoredShipment &s : m_sandbox->state().shipments())
            copies += s.merchantShipmentNo == number ? 1 : 0;
        QCOMPARE(copies, 1);
        const SandboxStats &stats = m_sandbox->state().stats();
        QCOMPARE(stats.shipments.value(number).posts, 1);
        QCOMPARE(stats.shipments.value(number).postAttempts, stats.shipments.value(number).posts);
        // The faults did happen, so the convergence proves something.
        QVERIFY2(stats.faultsInjected() >= 3, qPrintable(QString::number(stats.faultsInjected())));
        qInfo("%lld faults injected, %d push rounds for 8 versions", stats.faultsInjected(),
              totalRounds);
    }

    void droppedCreateIsNotPostedTwice()
    {
        SandboxFaults faults;
        faults.dropRate = 1.0; // every answer is lost after the work is done
        startSandbox(faults);
        ShipmentGenerator::Result made = generated(5);
        QVERIFY(made.shipment);
        m_sandbox->state().upsertOrders(made.orders);
        const QString number = made.shipment->header().merchantShipmentNo;

        std::unique_ptr<ShipmentPushCall> call(
            m_client->pushShipment(*made.shipment, RemoteShipmentState::Absent));
        wait(call.get());
        // Nothing ever answers, but the shipment exists exactly once.
        QVERIFY(!call->isSuccess());
        QVERIFY(stored(number));
        const ShipmentCalls calls = m_sandbox->state().stats().shipments.value(number);
        QCOMPARE(calls.postAttempts, 1);
        QCOMPARE(calls.posts, 1);
    }

    void slowServerGetsExactlyOneShipment()
    {
        // The first POST's answer is lost and the server stores the shipment only 800 ms later:
        // a lookup right after the POST does not list it yet.
        SandboxFaults faults;
        faults.dropRate = 1.0;
        faults.applyDelayMs = 800;
        startSandbox(faults);
        ShipmentGenerator::Result made = generated(6);
        QVERIFY(made.shipment);
        m_sandbox->state().upsertOrders(made.orders);
        const QString number = made.shipment->header().merchantShipmentNo;

        std::unique_ptr<ShipmentPushCall> call(
            m_client->pushShipment(*made.shipment, RemoteShipmentState::Absent));
        // Only that POST's answer is lost; the lookups are answered.
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->state().stats().shipments.value(number).postAttempts,
                                  1, 10000);
        faults.dropRate = 0;
        m_sandbox->state().setFaults(faults);
        wait(call.get());
        QVERIFY2(call->isSuccess(), qPrintable(call->error().toText()));
        const ShipmentPushResult &result = call->result();
        QCOMPARE(result.posts, 1);
        QVERIFY(result.lookups >= 2);
        QCOMPARE(result.puts, 1);
        QVERIFY(result.recoveredUncertainPost);
        QVERIFY(!result.postMayHaveBeenApplied);
        QCOMPARE(result.action, ShipmentPushResult::Action::Created);
        QTest::qWait(100);
        int copies = 0;
        for (const StoredShipment &s : m_sandbox->state().shipments())
            copies += s.merchantShipmentNo == number ? 1 : 0;
        QCOMPARE(copies, 1);
        const ShipmentCalls calls = m_sandbox->state().stats().shipments.value(number);
        QCOMPARE(calls.posts, 1);
        QCOMPARE(calls.postAttempts, calls.posts);
    }

    void slowServerBeyondTheSettleWindowIsUnknownNotPostedTwice()
    {
        // Stored only after the settle window: the push gives up without a second POST, says
        // the outcome is unknown, and the next push finds the shipment.
        SandboxFaults faults;
        faults.dropRate = 1.0;
        faults.applyDelayMs = 2500;
        startSandbox(faults);
        ClientSettings quick = settings();
        quick.timeoutMs = 1000;
        m_client->setSettings(quick);
        ShipmentGenerator::Result made = generated(7);
        QVERIFY(made.shipment);
        m_sandbox->state().upsertOrders(made.orders);
        const QString number = made.shipment->header().merchantShipmentNo;

        std::unique_ptr<ShipmentPushCall> call(
            m_client->pushShipment(*made.shipment, RemoteShipmentState::Absent));
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->state().stats().shipments.value(number).postAttempts,
                                  1, 10000);
        faults.dropRate = 0;
        m_sandbox->state().setFaults(faults);
        wait(call.get());
        QVERIFY(!call->isSuccess());
        QVERIFY(call->error().mayHaveBeenApplied);
        QVERIFY(call->result().postMayHaveBeenApplied);
        QVERIFY(!call->result().recoveredUncertainPost);
        QCOMPARE(call->result().posts, 1);
        QCOMPARE(m_sandbox->state().stats().shipments.value(number).postAttempts, 1);

        QTRY_VERIFY_WITH_TIMEOUT(stored(number), 5000);
        std::unique_ptr<ShipmentPushCall> next(
            m_client->pushShipment(*made.shipment, RemoteShipmentState::Unknown));
        wait(next.get());
        QVERIFY2(next->isSuccess(), qPrintable(next->error().toText()));
        QCOMPARE(next->result().action, ShipmentPushResult::Action::Updated);
        const ShipmentCalls calls = m_sandbox->state().stats().shipments.value(number);
        QCOMPARE(calls.posts, 1);
        QCOMPARE(calls.postAttempts, calls.posts);
    }

    void rateLimitIsHonoured()
    {
        SandboxFaults faults;
        faults.rateLimit = 2;
        startSandbox(faults, 5);
        for (int i = 0; i < 2; ++i) {
            std::unique_ptr<PurchaseOrdersCall> call(m_client->fetchPurchaseOrders({}));
            wait(call.get());
            QVERIFY2(call->isSuccess(), qPrintable(call->error().toText()));
        }
        // This client saw remaining 0 in a one-minute interval: it would wait for the interval
        // to end (beyond this deadline), so it refuses at once without sending.
        {
            std::unique_ptr<PurchaseOrdersCall> paused(m_client->fetchPurchaseOrders({}));
            wait(paused.get());
            QCOMPARE(paused->error().kind, ApiError::Kind::RateLimited);
            QCOMPARE(paused->exchanges().size(), 0);
        }
        // A fresh client knows nothing and meets the 429. Move the sandbox's clock so the window
        // frees up 1.5 s from now: retry-after: 2.
        m_client = std::make_unique<ChannelEngineClient>(m_network.get(), settings());
        *m_clockOffsetMs = 58500;
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<PurchaseOrdersCall> call(m_client->fetchPurchaseOrders({}));
        wait(call.get());
        QVERIFY2(call->isSuccess(), qPrintable(call->error().toText()));
        QCOMPARE(call->exchanges().size(), 2);
        QCOMPARE(call->exchanges().first().httpStatus, 429);
        QCOMPARE(call->exchanges().last().httpStatus, 200);
        QVERIFY2(clock.elapsed() >= 1500, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(m_sandbox->state().stats().rateLimited, qint64(1));
    }

    void refusedShipmentCarriesValidationErrors()
    {
        startSandbox();
        ShipmentGenerator::Result made = generated(6);
        QVERIFY(made.shipment);
        m_sandbox->state().upsertOrders(made.orders);
        ShipmentNode *item = firstItem(*made.shipment);
        QVERIFY(item);
        item->line().quantity = 0;
        std::unique_ptr<ShipmentPushCall> call(
            m_client->pushShipment(*made.shipment, RemoteShipmentState::Absent));
        wait(call.get());
        const ApiError &error = call->error();
        QCOMPARE(error.kind, ApiError::Kind::Rejected);
        QCOMPARE(error.httpStatus, 400);
        QVERIFY(!error.validationErrors.isEmpty());
        QVERIFY(!error.isRetryable());
        bool quantityPointer = false;
        for (const Finding &finding : error.validationFindings())
            quantityPointer
                = quantityPointer || finding.pointer.endsWith(QLatin1String("/Quantity"));
        QVERIFY2(quantityPointer, qPrintable(error.toText()));
        QVERIFY2(error.toText().startsWith(QLatin1String("ChannelEngine refused the shipment ")),
                 qPrintable(error.toText()));
        QVERIFY(!stored(made.shipment->header().merchantShipmentNo));
    }

    void updateOfAnUnknownShipmentIsNotFound()
    {
        startSandbox();
        ShipmentGenerator::Result made = generated(7);
        QVERIFY(made.shipment);
        m_sandbox->state().upsertOrders(made.orders);
        std::unique_ptr<WriteCall> call(m_client->updateShipment(*made.shipment));
        wait(call.get());
        QCOMPARE(call->error().kind, ApiError::Kind::NotFound);
        QCOMPARE(call->error().httpStatus, 404);
        QCOMPARE(call->exchanges().size(), 1);
    }

    void updateAfterDeliveryIsAConflict()
    {
        startSandbox();
        ShipmentGenerator::Result made = generated(8);
        QVERIFY(made.shipment);
        m_sandbox->state().upsertOrders(made.orders);
        const QString number = made.shipment->header().merchantShipmentNo;
        std::unique_ptr<WriteCall> create(m_client->createShipment(*made.shipment));
        wait(create.get());
        QVERIFY2(create->isSuccess(), qPrintable(create->error().toText()));
        QVERIFY(m_sandbox->state().deliver(number));

        made.shipment->header().carrierName = QStringLiteral("Too Late Freight");
        std::unique_ptr<ShipmentPushCall> push(m_client->pushShipment(*made.shipment));
        wait(push.get());
        QCOMPARE(push->error().kind, ApiError::Kind::Conflict);
        QCOMPARE(push->error().httpStatus, 409);
        QVERIFY(!push->error().isRetryable());
        QCOMPARE(m_sandbox->state().stats().shipments.value(number).puts, 0);

        // A second create of the same number is a conflict too, and is not repeated.
        std::unique_ptr<WriteCall> again(m_client->createShipment(*made.shipment));
        wait(again.get());
        QCOMPARE(again->error().kind, ApiError::Kind::Conflict);
        QCOMPARE(m_sandbox->state().stats().shipments.value(number).posts, 1);
    }

    void wrongKeyIsUnauthorized()
    {
        startSandbox();
        ClientSettings wrong = settings();
        wrong.apiKey = QStringLiteral("not-the-sandbox-key-000000");
        m_client->setSettings(wrong);
        std::unique_ptr<PurchaseOrdersCall> call(m_client->fetchPurchaseOrders({}));
        wait(call.get());
        QCOMPARE(call->error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(call->exchanges().size(), 1);
        QVERIFY(!call->error().toText().contains(wrong.apiKey));
    }
};

QTEST_GUILESS_MAIN(TestSandboxClient)
#include "tst_sandboxclient.moc"
