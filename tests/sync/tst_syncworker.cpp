// SPDX-License-Identifier: GPL-3.0-or-later
#include "synctestsupport.h"

#include "api/channelengineclient.h"
#include "core/acknowledgementjson.h"
#include "core/orderbook.h"
#include "core/ordersjson.h"
#include "core/validator.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/outboxkinds.h"
#include "storage/productrepository.h"
#include "storage/purchaseorderrepository.h"
#include "storage/ssccledger.h"
#include "storage/transaction.h"
#include "sync/synclog.h"
#include "sync/syncstatestore.h"
#include "sync/syncstatus.h"
#include "sync/syncworker.h"
#include "ui/syncbanner.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace VendorPack;
using namespace VendorPack::SyncTestSupport;

namespace {

QStringList g_messages;
QMutex g_mutex;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_mutex);
        g_messages.append(message);
    }
    if (qEnvironmentVariableIsSet("VENDORPACK_TEST_VERBOSE") && g_previous)
        g_previous(type, context, message);
}

} // namespace

// The sync worker against the real in-process sandbox over loopback HTTP, on a station's SQLite
// file, with the banner over its status.
class tst_SyncWorker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_run = 0;
    std::shared_ptr<qint64> m_clockOffsetMs;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<SandboxHttp> m_http;
    std::unique_ptr<Station> m_station;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ChannelEngineClient> m_client;
    std::unique_ptr<SyncStatus> m_status;
    std::unique_ptr<SyncLog> m_log;
    std::unique_ptr<SyncWorker> m_worker;
    std::unique_ptr<SyncStateStore> m_store;
    ShipmentGenerator::Result m_made;
    qint64 m_id = -1;
    QString m_number;

    ClientSettings clientSettings(const QString &key = kKey) const
    {
        ClientSettings settings;
        settings.baseUrl = m_sandbox->baseUrl();
        settings.apiKey = key;
        settings.timeoutMs = 1500;
        settings.deadlineMs = 2500;
        settings.retry.maxAttempts = 2;
        settings.retry.initialDelayMs = 20;
        settings.retry.maxDelayMs = 200;
        settings.retry.totalDeadlineMs = 3000;
        return settings;
    }

    void startAll(const SandboxFaults &faults = SandboxFaults(), const QString &key = kKey)
    {
        SandboxOptions options;
        options.seed = 7;
        options.orders = 0;
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
        m_http = std::make_unique<SandboxHttp>(m_sandbox->baseUrl(), kKey);

        m_station
            = openStation(m_dir.filePath(QStringLiteral("station-%1.sqlite").arg(++m_run)), &error);
        QVERIFY2(m_station, qPrintable(error));
        m_made = generated(quint32(10 + m_run), 1, 4, 3);
        QVERIFY2(m_made.shipment, qPrintable(m_made.error));
        QVERIFY(m_station->purchaseOrders().upsert(m_made.orders, &error));
        m_sandbox->state().upsertOrders(m_made.orders);
        m_id = storeAndEnqueue(*m_station, *m_made.shipment, &error);
        QVERIFY2(m_id > 0, qPrintable(error));
        m_number = m_made.shipment->header().merchantShipmentNo;

        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ChannelEngineClient>(m_network.get(), clientSettings(key));
        m_client->setRandomSeed(3);
        m_status = std::make_unique<SyncStatus>();
        m_log = std::make_unique<SyncLog>();
        SyncSettings settings;
        settings.debounceMs = 100;
        settings.scanIntervalMs = 100;
        settings.initialBackoffMs = 100;
        settings.maxBackoffMs = 1000;
        m_worker = std::make_unique<SyncWorker>(*m_station, *m_client, *m_status, *m_log, settings);
        m_worker->setRandomSeed(11);
        m_store = std::make_unique<SyncStateStore>(m_station->database());
    }

    qint64 localVersion() const { return m_station->shipments().version(m_id).value_or(-1); }

    // The API confirmed the newest local version and nothing waits.
    bool converged() const
    {
        const auto record = m_store->record(m_id);
        return record && record->pushedVersion && *record->pushedVersion == localVersion()
            && m_store->waitingCount().value_or(1) == 0 && !m_worker->isBusy();
    }

    void verifySandboxHoldsLocalTree()
    {
        const std::unique_ptr<Shipment> local = m_station->shipments().load(m_id);
        QVERIFY(local);
        const QByteArray remote = canonical(m_http->storedShipment(m_number));
        QVERIFY(!remote.isEmpty());
        QCOMPARE(remote, canonical(*local));
    }

    bool isValid(const Shipment &shipment) const
    {
        OrderBook book(m_station->purchaseOrders().loadAll().value_or(QList<PurchaseOrder>()));
        RuleContext context;
        context.orders = &book;
        return countSeverity(Validator::validateOnce(shipment, context), Severity::Error) == 0;
    }

    bool logContains(const QString &text) const
    {
        for (int row = 0; row < m_log->rowCount(); ++row) {
            if (m_log->event(row).result.contains(text))
                return true;
        }
        return false;
    }

    ShipmentNode *firstItemOfCarton(const Shipment &shipment, int carton) const
    {
        return shipment.lines().front()->child(carton)->child(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLoggingCategory::setFilterRules(QStringLiteral("vendorpack.api.debug=true"));
        g_previous = qInstallMessageHandler(capture);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previous);
        QMutexLocker lock(&g_mutex);
        QVERIFY(!g_messages.isEmpty());
        for (const QString &message : std::as_const(g_messages))
            QVERIFY2(!message.contains(kKey), qPrintable(message));
    }

    void cleanup()
    {
        if (m_log) {
            for (int row = 0; row < m_log->rowCount(); ++row) {
                const SyncEvent &e = m_log->event(row);
                QVERIFY2(!QString(e.subject + e.action + e.result + e.requestId).contains(kKey),
                         "the API key appeared in the sync log");
            }
        }
        m_worker.reset();
        m_store.reset();
        m_client.reset();
        m_network.reset();
        m_log.reset();
        m_status.reset();
        m_station.reset();
        m_http.reset();
        m_sandbox.reset();
    }

    void firstEditIsCreatedOnceThenUpdated()
    {
        startAll();
        QSignalSpy confirmed(m_worker.get(), &SyncWorker::shipmentConfirmed);
        m_worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(converged(), 10000);
        QCOMPARE(confirmed.count(), 1);
        Editor editor(*m_station, m_id, 1);
        QString error;
        for (int i = 0; i < 3; ++i)
            QVERIFY2(editor.edit(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(converged(), 10000);
        verifySandboxHoldsLocalTree();
        const SandboxHttp::Calls calls = m_http->calls(m_number);
        QCOMPARE(calls.posts, 1);
        QCOMPARE(calls.postAttempts, 1);
        QVERIFY(calls.puts >= 1);
        const auto status = m_status->shipment(m_id);
        QVERIFY(status);
        QCOMPARE(status->localVersion, localVersion());
        QCOMPARE(status->confirmedVersion.value_or(-1), localVersion());
        QVERIFY(status->isInSync());
        QCOMPARE(status->lastAttempt.outcome, PushOutcome::Confirmed);
        QVERIFY(!status->lastAttempt.requestId.isEmpty());
        QVERIFY(status->lastPushAt.isValid());
        QVERIFY(!m_worker->hasPendingWork());
        QVERIFY(m_status->isOnline());
        QVERIFY(m_status->lastContact().isValid());
    }

    void scriptedSessionUnderFaultsConverges()
    {
        SandboxFaults faults;
        faults.failRate = 0.12;
        faults.dropRate = 0.12;
        faults.latencyMs = 10;
        startAll(faults);
        QSignalSpy confirmed(m_worker.get(), &SyncWorker::shipmentConfirmed);
        m_worker->start();
        Editor editor(*m_station, m_id, 42);
        QRandomGenerator random(5);
        QString error;
        QElapsedTimer rateLimitPhase;
        bool rateLimitOn = false;
        int putsAtFirst429 = -1;
        // Ends the rate-limit phase once the worker got through after its 429: a real API
        // would keep counting, and the client would then wait for the whole interval.
        auto watchRateLimit = [&] {
            if (!rateLimitOn)
                return;
            const SandboxStats &stats = m_sandbox->state().stats();
            const int puts = stats.shipments.value(m_number).puts;
            if (putsAtFirst429 < 0 && stats.rateLimited > 0)
                putsAtFirst429 = puts;
            if ((putsAtFirst429 >= 0 && puts > putsAtFirst429)
                || rateLimitPhase.elapsed() > 15000) {
                SandboxFaults off = m_sandbox->state().faults();
                off.rateLimit = 0;
                m_sandbox->state().setFaults(off);
                rateLimitOn = false;
            }
        };
        while (editor.edits() < 300 || editor.needsRepair()) {
            QVERIFY2(editor.edit(&error), qPrintable(error));
            if (editor.edits() == 100) {
                // A rate-limit phase: the endpoint's window is full and frees up in about 7 s,
                // longer than the client's deadline, so the worker must wait for retry-after.
                QVERIFY(m_http->setFaults(R"({"rateLimit": 6})"));
                for (int i = 0; i < 6; ++i)
                    m_http->send("PUT", QStringLiteral("/v2/purchase-orders/shipments"), "{}");
                *m_clockOffsetMs += 53000;
                rateLimitPhase.start();
                rateLimitOn = true;
            }
            watchRateLimit();
            if (editor.edits() % 10 == 0)
                QTest::qWait(150 + int(random.bounded(250)));
            else
                QTest::qWait(int(random.bounded(8)));
        }
        while (rateLimitOn) {
            QTest::qWait(20);
            watchRateLimit();
        }
        QElapsedTimer converging;
        converging.start();
        QVERIFY(isValid(editor.shipment()));
        QTRY_VERIFY_WITH_TIMEOUT(converged(), 40000);
        verifySandboxHoldsLocalTree();
        const SandboxHttp::Calls calls = m_http->calls(m_number);
        QCOMPARE(calls.posts, 1); // created exactly once
        QVERIFY2(calls.failuresInjected > 0 && calls.dropsInjected > 0,
                 "the faults were not injected");
        // The junk PUTs and the worker's: the worker met the limit once or twice, never in a loop.
        int waits = 0;
        for (int row = 0; row < m_log->rowCount(); ++row) {
            if (m_log->event(row).result.startsWith(QStringLiteral("rate limited: waiting ")))
                ++waits;
        }
        QVERIFY2(waits >= 1 && waits <= 2, qPrintable(QString::number(waits)));
        QVERIFY2(calls.rateLimited >= 1 && calls.rateLimited <= 8,
                 qPrintable(QString::number(calls.rateLimited)));
        // The worker waited for retry-after before its next push.
        int limited = -1;
        for (int row = 0; row < m_log->rowCount() && limited < 0; ++row) {
            if (m_log->event(row).result.startsWith(QStringLiteral("rate limited: waiting ")))
                limited = row;
        }
        QVERIFY(limited >= 0);
        const SyncEvent &waitEvent = m_log->event(limited);
        const double waitSeconds = waitEvent.result.section(QLatin1Char(' '), 3, 3).toDouble();
        QVERIFY2(waitSeconds >= 1, qPrintable(waitEvent.result));
        for (int row = limited + 1; row < m_log->rowCount(); ++row) {
            const SyncEvent &e = m_log->event(row);
            if (e.action == QLatin1String("push") && !e.failed) {
                QVERIFY2(waitEvent.time.msecsTo(e.time) >= qint64(waitSeconds * 1000) - 50,
                         qPrintable(QStringLiteral("%1 ms").arg(waitEvent.time.msecsTo(e.time))));
                break;
            }
        }
        // Coalesced: far fewer confirmed pushes than edits.
        QVERIFY2(confirmed.count() < editor.edits() / 3,
                 qPrintable(QString::number(confirmed.count())));
        qInfo("converged %lld ms after the last edit", qint64(converging.elapsed()));
        qInfo("%d edits, %lld confirmed pushes, %d POST(s), %d PUT(s) accepted, %lld failures, "
              "%lld drops, %lld rate limited",
              editor.edits(), qint64(confirmed.count()), calls.posts, calls.puts,
              calls.failuresInjected, calls.dropsInjected, calls.rateLimited);
    }

    void editsInABurstCoalesceIntoOnePush()
    {
        startAll();
        QSignalSpy confirmed(m_worker.get(), &SyncWorker::shipmentConfirmed);
        m_worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(converged(), 10000);
        SyncSettings settings = m_worker->settings();
        settings.debounceMs = 500;
        m_worker->setSettings(settings);
        const SandboxHttp::Calls before = m_http->calls(m_number);
        Editor editor(*m_station, m_id, 8);
        QString error;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 12; ++i) {
            QVERIFY2(editor.apply(
                         [i](Shipment &s, ShipmentChangeSet &c) {
                             s.header().billOfLadingNo = QStringLiteral("BOL-%1").arg(i);
                             c.header = s.header();
                         },
                         &error),
                     qPrintable(error));
            m_worker->notifyEnqueued();
            QTest::qWait(60);
        }
        QCOMPARE(m_http->calls(m_number).putAttempts, before.putAttempts); // still debouncing
        QTRY_VERIFY_WITH_TIMEOUT(converged(), 10000);
        QCOMPARE(m_http->calls(m_number).putAttempts, before.putAttempts + 1);
        QCOMPARE(confirmed.count(), 2); // the first version, then only the newest
        QCOMPARE(confirmed.last().at(1).toLongLong(), editor.version());
        QVERIFY(timer.elapsed() >= 12 * 60 + 500);
        verifySandboxHoldsLocalTree();
    }

    void unknownKindIsGivenUpWithoutBlocking()
    {
        startAll();
        QString error;
        QVERIFY2(m_station->outbox().enqueue(OutboxSubject::Shipment, m_id,
                                             QStringLiteral("shipment.teleport"), QString(), 1,
                                             &error),
                 qPrintable(error));
        m_worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(converged(), 10000);
        QVERIFY(logContains(QStringLiteral("shipment.teleport")));
        const auto state = m_station->database().scalar(
            QStringLiteral("SELECT state FROM outbox WHERE kind = 'shipment.teleport'"));
        QCOMPARE(state.value_or(QVariant()).toString(), QStringLiteral("failed"));
    }

    void changedShipmentNumberIsNeverPushed()
    {
        startAll();
        m_worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(converged(), 10000);
        const qint64 requests = m_http->calls(m_number).requests;
        Editor editor(*m_station, m_id, 12);
        QString error;
        QVERIFY2(editor.apply(
                     [](Shipment &s, ShipmentChangeSet &c) {
                         s.header().merchantShipmentNo += QStringLiteral("-B");
                         c.header = s.header();
                     },
                     &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_status->shipment(m_id)->lastAttempt.outcome == PushOutcome::HasErrors, 10000);
        QVERIFY2(m_status->shipment(m_id)->lastAttempt.message.contains(m_number),
                 qPrintable(m_status->shipment(m_id)->lastAttempt.message));
        QTest::qWait(300);
        QCOMPARE(m_http->calls(m_number).requests, requests); // nothing sent
        QVERIFY(m_http->storedShipment(m_number + QStringLiteral("-B")).isEmpty());
        // Changed back: pushed again under the number the API knows.
        QVERIFY2(editor.apply(
                     [this](Shipment &s, ShipmentChangeSet &c) {
                         s.header().merchantShipmentNo = m_number;
                         s.header().carrierName = QStringLiteral("Back Again Freight");
                         c.header = s.header();
                     },
                     &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(converged(), 10000);
        verifySandboxHoldsLocalTree();
        QCOMPARE(m_http->calls(m_number).posts, 1);
    }

    void invalidVersionIsNotPushed()
    {
        startAll();
        m_worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(converged(), 10000);
        const qint64 good = localVersion();
        Editor editor(*m_station, m_id, 2);
        QString error;
        QVERIFY2(editor.apply(
                     [](Shipment &s, ShipmentChangeSet &c) {
                         ShipmentNode *item = s.lines().front()->child(0)->child(0);
                         item->line().quantity = 0;
                         c.upsert(item);
                     },
                     &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_status->shipment(m_id)->lastAttempt.outcome == PushOutcome::HasErrors, 10000);
        const auto status = m_status->shipment(m_id);
        QCOMPARE(status->confirmedVersion.value_or(-1), good);
        QVERIFY(status->lastAttempt.message.contains(QString::number(good)));
        QCOMPARE(m_status->parkedChanges(), 1);
        QCOMPARE(m_status->waitingChanges(), 0);
        const SandboxHttp::Calls before = m_http->calls(m_number);
        QTest::qWait(500);
        QCOMPARE(m_http->calls(m_number).putAttempts, before.putAttempts);
        QVERIFY(!m_worker->hasPendingWork()); // parked: waits for the next edit
    }

    void offlineThenBackConverges()
    {
        startAll();
        SyncBanner banner(*m_status);
        m_worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(converged(), 10000);
        QCOMPARE(banner.state(), SyncBanner::State::Hidden);
        // Long backoffs, so that only "sync now" brings the changes over quickly.
        SyncSettings settings = m_worker->settings();
        settings.initialBackoffMs = 30000;
        settings.maxBackoffMs = 30000;
        settings.jitter = 0;
        m_worker->setSettings(settings);
        QVERIFY(m_http->setFaults(R"({"failRate": 1})"));
        Editor editor(*m_station, m_id, 3);
        QString error;
        for (int i = 0; i < 5; ++i)
            QVERIFY2(editor.edit(&error) || editor.needsRepair(), qPrintable(error));
        if (editor.needsRepair())
            QVERIFY2(editor.edit(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!m_status->isOnline(), 10000);
        QCOMPARE(banner.state(), SyncBanner::State::Offline);
        QVERIFY2(
            banner.text().startsWith(QStringLiteral("Offline — 1 change waiting, last contact ")),
            qPrintable(banner.text()));
        QVERIFY(m_worker->hasPendingWork());
        QVERIFY(m_worker->pendingWorkMessage().contains(QStringLiteral("1 change")));
        QCOMPARE(m_status->shipment(m_id)->waitingEntries, 1);
        QVERIFY(!m_status->shipment(m_id)->isInSync());
        // Packing goes on while offline.
        for (int i = 0; i < 3; ++i)
            QVERIFY2(editor.edit(&error), qPrintable(error));
        if (editor.needsRepair())
            QVERIFY2(editor.edit(&error), qPrintable(error));
        QTest::qWait(300);
        QVERIFY(!m_status->isOnline());
        QVERIFY(m_http->setFaults(R"({"failRate": 0})"));
        QTest::qWait(600);
        QVERIFY(!converged()); // still in its backoff
        QVERIFY(!m_status->isOnline());
        m_worker->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(converged(), 5000);
        QVERIFY(m_status->isOnline());
        QCOMPARE(banner.state(), SyncBanner::State::Hidden);
        QVERIFY(banner.isHidden());
        verifySandboxHoldsLocalTree();
        QCOMPARE(m_http->calls(m_number).posts, 1);
    }

    void refusalShowsApiMessageOnTheNode()
    {
        startAll();
        QSignalSpy rejected(m_worker.get(), &SyncWorker::shipmentRejected);
        m_worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(converged(), 10000);
        // On the server only: the PO no longer has the SKU of one item (the local copy still
        // does, so the local validator lets the shipment through).
        const std::unique_ptr<Shipment> local = m_station->shipments().load(m_id);
        const ShipmentNode *item = firstItemOfCarton(*local, 1);
        const QString po = item->line().channelPurchaseOrderNo;
        const QString sku = item->line().identifierValue;
        PurchaseOrder changed;
        for (const PurchaseOrder &order : m_made.orders) {
            if (order.channelPurchaseOrderNo == po)
                changed = order;
        }
        QVERIFY(!changed.channelPurchaseOrderNo.isEmpty());
        const PurchaseOrder original = changed;
        for (PurchaseOrderLine &line : changed.lines) {
            if (line.merchantProductNo == sku)
                line.merchantProductNo = sku + QStringLiteral("-GONE");
        }
        QCOMPARE(
            m_http->post(QStringLiteral("/admin/purchase-orders"), OrdersJson::write({ changed })),
            201);
        Editor editor(*m_station, m_id, 4);
        QString error;
        QVERIFY2(editor.apply(
                     [](Shipment &s, ShipmentChangeSet &c) {
                         s.header().carrierName = QStringLiteral("Refused Freight");
                         c.header = s.header();
                     },
                     &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, 10000);
        const Findings signalled = rejected.first().at(1).value<Findings>();
        const Findings findings = m_worker->apiFindings(m_id);
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings, signalled);
        bool onItem = false;
        for (const Finding &finding : findings) {
            QCOMPARE(finding.rule, QStringLiteral("api.validation"));
            QVERIFY(!finding.message.isEmpty());
            if (finding.node == item->id()) {
                onItem = true;
                QVERIFY2(finding.pointer.startsWith(item->pointer(u"/Model")),
                         qPrintable(finding.pointer));
            }
        }
        QVERIFY2(onItem, qPrintable(findings.first().toText()));
        const auto record = m_store->record(m_id);
        QCOMPARE(record->lastAttempt.outcome, PushOutcome::Rejected);
        QVERIFY(!record->apiValidationErrors.isEmpty());
        QCOMPARE(m_status->shipment(m_id)->apiFindings, findings);
        QVERIFY(logContains(QStringLiteral("refused: ")));
        // It waits for the next edit: no retries.
        const int putAttempts = m_http->calls(m_number).putAttempts;
        QTest::qWait(600);
        QCOMPARE(m_http->calls(m_number).putAttempts, putAttempts);
        // The server's order is fixed and the packer edits again: pushed, the errors cleared.
        QCOMPARE(
            m_http->post(QStringLiteral("/admin/purchase-orders"), OrdersJson::write({ original })),
            201);
        QVERIFY2(editor.edit(&error), qPrintable(error));
        if (editor.needsRepair())
            QVERIFY2(editor.edit(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(converged(), 10000);
        QVERIFY(m_worker->apiFindings(m_id).isEmpty());
        QVERIFY(m_status->shipment(m_id)->apiFindings.isEmpty());
        verifySandboxHoldsLocalTree();
    }

    void refusedKeyPausesUntilANewOne()
    {
        startAll(SandboxFaults(), QStringLiteral("not-the-right-key-0000"));
        SyncBanner banner(*m_status);
        QSignalSpy keyRequested(&banner, &SyncBanner::keyRequested);
        QSignalSpy authorization(m_worker.get(), &SyncWorker::authorizationRequired);
        m_worker->start();
        QTRY_COMPARE_WITH_TIMEOUT(authorization.count(), 1, 10000);
        QVERIFY(m_status->isPaused());
        QCOMPARE(banner.state(), SyncBanner::State::Paused);
        QCOMPARE(banner.text(), QStringLiteral("Sync paused: the API key was refused"));
        const qint64 requests = m_http->calls(m_number).requests;
        QTest::qWait(600);
        QCOMPARE(m_http->calls(m_number).requests, requests); // nothing more is sent
        QCOMPARE(authorization.count(), 1);
        QVERIFY(m_worker->hasPendingWork());
        const auto button = banner.findChildren<QPushButton *>();
        bool clicked = false;
        for (QPushButton *b : button) {
            if (b->isVisible() && b->text().contains(QStringLiteral("API key"))) {
                QTest::mouseClick(b, Qt::LeftButton);
                clicked = true;
            }
        }
        QVERIFY(clicked);
        QCOMPARE(keyRequested.count(), 1);
        m_client->setSettings(clientSettings(kKey));
        m_worker->resume();
        QVERIFY(!m_status->isPaused());
        QTRY_VERIFY_WITH_TIMEOUT(converged(), 10000);
        QCOMPARE(banner.state(), SyncBanner::State::Hidden);
        verifySandboxHoldsLocalTree();
    }

    void deliveredShipmentRefusesEditsAndPushes()
    {
        startAll();
        QSignalSpy locked(m_worker.get(), &SyncWorker::shipmentLocked);
        m_worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(converged(), 10000);
        QVERIFY(m_worker->editRefusal(m_id).isEmpty());
        QCOMPARE(
            m_http->post(QStringLiteral("/admin/shipments/deliver?merchantShipmentNo=") + m_number,
                         QByteArray()),
            200);
        Editor editor(*m_station, m_id, 6);
        QString error;
        QVERIFY2(editor.apply(
                     [](Shipment &s, ShipmentChangeSet &c) {
                         s.header().carrierName = QStringLiteral("Too Late Freight");
                         c.header = s.header();
                     },
                     &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 1, 10000);
        const QString reason = m_worker->editRefusal(m_id);
        QVERIFY2(reason.contains(QStringLiteral("delivered")), qPrintable(reason));
        QCOMPARE(locked.first().at(1).toString(), reason);
        QCOMPARE(m_status->shipment(m_id)->lockReason, reason);
        QVERIFY(logContains(QStringLiteral("refused: ")));
        // A further change is refused without a request.
        const SandboxHttp::Calls before = m_http->calls(m_number);
        QVERIFY2(editor.apply(
                     [](Shipment &s, ShipmentChangeSet &c) {
                         s.header().carrierName = QStringLiteral("Even Later Freight");
                         c.header = s.header();
                     },
                     &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 2, 10000);
        QTest::qWait(300);
        QCOMPARE(m_http->calls(m_number).putAttempts, before.putAttempts);
        QCOMPARE(m_http->calls(m_number).requests, before.requests);
        QVERIFY(!m_worker->hasPendingWork());
        // The sandbox keeps the delivered version.
        QVERIFY(!canonical(m_http->storedShipment(m_number)).contains("Late Freight"));
    }

    void acknowledgementGoesThroughTheWorker()
    {
        startAll();
        m_worker->start();
        const PurchaseOrder &order = m_made.orders.first();
        QMap<int, QList<Acknowledgement>> byLine;
        AcknowledgementRequest request;
        request.channelId = order.channelId;
        request.identifier = order.channelPurchaseOrderNo;
        for (int i = 0; i < order.lines.size(); ++i) {
            Acknowledgement accepted;
            accepted.code = AcknowledgementCode::Accepted;
            accepted.quantity = order.lines[i].quantity;
            byLine.insert(i, { accepted });
            AcknowledgementLine line;
            line.orderLineIdentifier = order.lines[i].merchantProductNo;
            line.acknowledgement = accepted;
            request.lines.append(line);
        }
        QString error;
        qint64 orderId = -1;
        QVERIFY2(m_station->purchaseOrders().saveAcknowledgements(order.channelPurchaseOrderNo,
                                                                  byLine, QStringLiteral("ann"),
                                                                  QStringLiteral("Dock 1"), &error),
                 qPrintable(error));
        {
            Transaction transaction(m_station->database());
            QVERIFY2(transaction.begin(&error), qPrintable(error));
            const auto id = m_station->database().scalar(
                QStringLiteral(
                    "SELECT id FROM purchase_orders WHERE channel_purchase_order_no = ?"),
                { order.channelPurchaseOrderNo }, &error);
            QVERIFY2(id && id->isValid(), qPrintable(error));
            orderId = id->toLongLong();
            QVERIFY2(m_station->outbox().enqueue(
                         OutboxSubject::Acknowledgement, orderId, OutboxKinds::kAcknowledge,
                         QString::fromUtf8(AcknowledgementJson::write(request)), std::nullopt,
                         &error),
                     qPrintable(error));
            QVERIFY2(transaction.commit(&error), qPrintable(error));
        }
        QSignalSpy finished(m_worker.get(), &SyncWorker::acknowledgementFinished);
        m_worker->notifyEnqueued();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 10000);
        QCOMPARE(finished.last().at(0).toLongLong(), orderId);
        QCOMPARE(finished.last().at(1).toBool(), true);
        const QStringList states = m_store->acknowledgementStates(orderId).value_or(QStringList());
        QCOMPARE(states.size(), order.lines.size());
        for (const QString &state : states)
            QCOMPARE(state, QStringLiteral("pushed"));
        const int index = m_sandbox->state().orderIndex(order.channelPurchaseOrderNo);
        QVERIFY(index >= 0);
        QVERIFY(m_sandbox->state().orders()[index].lines.first().isAcknowledged());
        QVERIFY(logContains(QStringLiteral("acknowledged")));
    }
};

QTEST_MAIN(tst_SyncWorker)
#include "tst_syncworker.moc"
