// SPDX-License-Identifier: GPL-3.0-or-later
#include "synctestsupport.h"

#include "api/channelengineclient.h"
#include "core/ordersjson.h"
#include "packing/packingsession.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"
#include "storage/purchaseorderrepository.h"
#include "sync/synclog.h"
#include "sync/syncstatestore.h"
#include "sync/syncstatus.h"
#include "sync/syncworker.h"
#include "ui/packingheaderform.h"
#include "ui/packingpage.h"
#include "ui/packingshipmentbar.h"
#include "ui/shipmentview.h"
#include "ui/validationfindingsmodel.h"
#include "ui/validationpanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace VendorPack;
using namespace VendorPack::SyncTestSupport;

// The packing page with sync attached: the real worker on a station's SQLite file pushes to the
// in-process sandbox over loopback HTTP; the bar, the findings, the header and the session
// follow what ChannelEngine holds.
class tst_PackingSync : public QObject
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
    std::unique_ptr<SyncWorker> m_worker;
    std::unique_ptr<SyncStateStore> m_store;
    std::unique_ptr<QAction> m_syncNow;
    std::unique_ptr<PackingPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    ShipmentGenerator::Result m_made;
    qint64 m_id = -1;
    QString m_number;

    PackingSession &session() const { return m_page->session(); }
    PackingShipmentBar *bar() const { return m_page->shipmentBar(); }

    // The API confirmed the newest local version and nothing waits.
    bool converged() const
    {
        const auto record = m_store->record(m_id);
        return record && record->pushedVersion
            && *record->pushedVersion == session().shipment()->version()
            && m_store->waitingCount().value_or(1) == 0 && !m_worker->isBusy();
    }

    // A header edit through the session, as the header form makes it.
    bool editCarrier(const QString &carrier)
    {
        ShipmentHeader header = session().shipment()->header();
        header.carrierName = carrier;
        const PackingResult result = session().setHeader(header);
        if (!result.ok())
            qWarning("%s", qPrintable(result.message));
        return result.ok();
    }

    QString confirmedText() const
    {
        return u"ChannelEngine has version %1"_s.arg(session().shipment()->version());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        SandboxOptions options;
        options.seed = 7;
        options.orders = 0;
        options.apiKey = kKey;
        options.exportDelaySeconds = 0;
        m_sandbox = std::make_unique<SandboxServer>(options);
        QString error;
        QVERIFY2(m_sandbox->initialize(&error), qPrintable(error));
        QVERIFY2(m_sandbox->listen(0) > 0, qPrintable(m_sandbox->errorString()));
        m_http = std::make_unique<SandboxHttp>(m_sandbox->baseUrl(), kKey);

        m_station = openStation(m_dir.filePath(u"station-%1.sqlite"_s.arg(++m_run)), &error);
        QVERIFY2(m_station, qPrintable(error));
        m_made = generated(quint32(20 + m_run), 1, 3, 2);
        QVERIFY2(m_made.shipment, qPrintable(m_made.error));
        QVERIFY(m_station->purchaseOrders().upsert(m_made.orders, &error));
        m_sandbox->state().upsertOrders(m_made.orders);
        m_id = storeAndEnqueue(*m_station, *m_made.shipment, &error);
        QVERIFY2(m_id > 0, qPrintable(error));
        m_number = m_made.shipment->header().merchantShipmentNo;

        ClientSettings client;
        client.baseUrl = m_sandbox->baseUrl();
        client.apiKey = kKey;
        client.timeoutMs = 1500;
        client.deadlineMs = 2500;
        client.retry.maxAttempts = 2;
        client.retry.initialDelayMs = 20;
        client.retry.maxDelayMs = 200;
        client.retry.totalDeadlineMs = 3000;
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ChannelEngineClient>(m_network.get(), client);
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

        m_page = std::make_unique<PackingPage>(*m_station);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_page->validationPanel()->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_syncNow = std::make_unique<QAction>(u"Sync Now"_s);
        connect(m_syncNow.get(), &QAction::triggered, m_worker.get(), &SyncWorker::syncNow);
        m_page->attachSync(*m_status, m_syncNow.get());
        connect(m_page.get(), &PackingPage::shipmentChanged, m_worker.get(),
                &SyncWorker::notifyEnqueued);
        m_page->resize(1366, 768);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->openShipment(m_id);
        QCOMPARE(session().shipmentId(), m_id);
        QVERIFY(!session().isReadOnly());
    }

    void cleanup()
    {
        m_page.reset(); // releases the lease while the station is open
        m_tester.reset();
        m_syncNow.reset();
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

    void barShowsTheConfirmedVersion()
    {
        // Nothing has been sent yet: the bar says so, and nothing is frozen.
        QVERIFY2(bar()->syncText().contains(u"ChannelEngine has none yet"_s),
                 qPrintable(bar()->syncText()));
        QVERIFY(m_page->headerForm()->shipmentNoEdit()->isEnabled());
        m_worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(converged(), 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(bar()->syncText().startsWith(confirmedText() + u" ("_s),
                                  qPrintable(bar()->syncText()), 5000);
        const QString time
            = m_status->shipment(m_id)->lastPushAt.toLocalTime().toString(u"HH:mm"_s);
        QCOMPARE(bar()->syncText(), confirmedText() + u" ("_s + time + u')');
        // A few edits at the station while the worker is stopped: the bar says what waits.
        const qint64 confirmed = session().shipment()->version();
        m_worker->stop();
        QVERIFY(editCarrier(u"North Freight"_s));
        QVERIFY(editCarrier(u"North Freight Ltd"_s));
        QVERIFY(editCarrier(u"North Freight Ltd."_s));
        const qint64 version = session().shipment()->version();
        QCOMPARE(version, confirmed + 3);
        const QString sending
            = u"version %1 — ChannelEngine has %2, sending…"_s.arg(version).arg(confirmed);
        QTRY_COMPARE_WITH_TIMEOUT(bar()->syncText(), sending, 2000);
        QVERIFY2(bar()->summaryText().endsWith(sending), qPrintable(bar()->summaryText()));
        m_worker->start();
        m_syncNow->trigger(); // the bar's button runs the window's action
        QTRY_VERIFY_WITH_TIMEOUT(converged(), 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(bar()->syncText().startsWith(confirmedText()),
                                  qPrintable(bar()->syncText()), 5000);
        QCOMPARE(m_status->shipment(m_id)->confirmedVersion, version);
        QVERIFY(canonical(m_http->storedShipment(m_number)).contains("North Freight Ltd."));
        QVERIFY(bar()->syncLabel()->toolTip().contains(u"Last push: version %1"_s.arg(version)));
    }

    void offlineAndErrorsAreSaid_data()
    {
        QTest::addColumn<bool>("hasErrors");
        QTest::addColumn<bool>("online");
        QTest::addColumn<qint64>("confirmed");
        QTest::addColumn<int>("exportStatus");
        QTest::addColumn<QString>("lockReason");
        QTest::addColumn<QString>("expected");
        const QString none;
        const int unknown = int(ExportStatus::Unknown);
        QTest::newRow("sending") << false << true << qint64(11) << unknown << none
                                 << u"version 12 — ChannelEngine has 11, sending…"_s;
        QTest::newRow("errors") << true << true << qint64(9) << unknown << none
                                << u"version 12 has errors: ChannelEngine keeps 9"_s;
        QTest::newRow("offline") << false << false << qint64(9) << unknown << none
                                 << u"offline: 3 version(s) waiting"_s;
        QTest::newRow("confirmed, ASN sent")
            << false << true << qint64(12) << int(ExportStatus::Success) << none
            << u"ChannelEngine has version 12 · ASN reached Amazon"_s;
        QTest::newRow("delivered")
            << false << true << qint64(12) << int(ExportStatus::Success)
            << u"Shipment X is delivered"_s << u"delivered: locked · ASN reached Amazon"_s;
    }

    void offlineAndErrorsAreSaid()
    {
        QFETCH(bool, hasErrors);
        QFETCH(bool, online);
        QFETCH(qint64, confirmed);
        QFETCH(int, exportStatus);
        QFETCH(QString, lockReason);
        QFETCH(QString, expected);
        ShipmentSyncStatus status;
        status.localVersion = 12;
        status.confirmedVersion = confirmed;
        status.lastExportStatus = ExportStatus(exportStatus);
        status.lockReason = lockReason;
        QCOMPARE(PackingShipmentBar::describeSync(&status, 12, hasErrors, online, false), expected);
    }

    void apiRefusalIsAFindingOnItsNode()
    {
        m_worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(converged(), 10000);
        // On the server only: the PO no longer has the SKU of one item (the local copy still
        // does, so the station's rules let the version through and ChannelEngine refuses it).
        const ShipmentNode *item = session().shipment()->lines().front()->child(1)->child(0);
        const NodeId itemId = item->id();
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
                line.merchantProductNo = sku + u"-GONE"_s;
        }
        QCOMPARE(m_http->post(u"/admin/purchase-orders"_s, OrdersJson::write({ changed })), 201);
        QVERIFY(editCarrier(u"Refused Freight"_s));
        const qint64 refused = session().shipment()->version();

        ValidationPanel *panel = m_page->validationPanel();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->apiFindings().isEmpty(), 10000);
        ValidationFindingsModel *model = panel->model();
        QCOMPARE(model->apiCount(), int(panel->apiFindings().size()));
        QVERIFY2(panel->title().contains(u"ChannelEngine refused: %1"_s.arg(model->apiCount())),
                 qPrintable(panel->title()));
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex index = model->index(r, ValidationFindingsModel::SourceColumn);
            if (index.data(ValidationFindingsModel::FromApiRole).toBool()
                && index.data(ValidationFindingsModel::NodeRole).value<NodeId>() == itemId) {
                row = r;
                QCOMPARE(index.data().toString(), u"API"_s);
            } else if (!index.data(ValidationFindingsModel::FromApiRole).toBool()) {
                QCOMPARE(index.data().toString(), u"Rules"_s);
            }
        }
        QVERIFY2(row >= 0, qPrintable(panel->apiFindings().first().toText()));
        QVERIFY(
            !model->index(row, ValidationFindingsModel::MessageColumn).data().toString().isEmpty());
        QVERIFY2(
            bar()->syncText().startsWith(u"version %1 refused by ChannelEngine"_s.arg(refused)),
            qPrintable(bar()->syncText()));

        // Clicking the finding selects its node in the tree.
        m_page->shipmentView()->selectNode(0);
        QTreeView *view = panel->view();
        view->scrollTo(model->index(row, 0));
        const QRect rect
            = view->visualRect(model->index(row, ValidationFindingsModel::MessageColumn));
        QVERIFY(rect.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(m_page->shipmentView()->currentNode(), itemId);

        // The server's PO is fixed and the packer edits again: confirmed, the API findings go.
        QCOMPARE(m_http->post(u"/admin/purchase-orders"_s, OrdersJson::write({ original })), 201);
        QVERIFY(editCarrier(u"Accepted Freight"_s));
        QTRY_VERIFY_WITH_TIMEOUT(converged(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->apiFindings().isEmpty(), 5000);
        QCOMPARE(model->apiCount(), 0);
        QVERIFY(!panel->title().contains(u"ChannelEngine"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(bar()->syncText().startsWith(confirmedText()),
                                  qPrintable(bar()->syncText()), 5000);
    }

    void pushedIdsAreFrozen()
    {
        PackingHeaderForm *form = m_page->headerForm();
        const QList<QLineEdit *> ids { form->shipmentNoEdit(), form->shipToEdit(),
                                       form->shipFromEdit(), form->sellingPartyEdit() };
        for (QLineEdit *edit : ids)
            QVERIFY(edit->isEnabled());
        QVERIFY(!form->isPushed());
        m_worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(converged(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(form->isPushed(), 5000);
        for (QLineEdit *edit : ids) {
            QVERIFY(!edit->isEnabled());
            QVERIFY(edit->isReadOnly());
            QVERIFY(edit->toolTip().contains(u"ChannelEngine"_s));
        }
        // The other header fields stay editable, and the ids stay frozen after an edit.
        QVERIFY(form->carrierEdit()->isEnabled());
        QVERIFY(editCarrier(u"After Push Freight"_s));
        QTRY_VERIFY_WITH_TIMEOUT(converged(), 10000);
        QVERIFY(!form->shipmentNoEdit()->isEnabled());
        // Opened again: still frozen.
        session().close();
        QVERIFY(!form->isPushed());
        m_page->openShipment(m_id);
        QVERIFY(form->isPushed());
        QVERIFY(!form->sellingPartyEdit()->isEnabled());
    }

    void deliveredShipmentIsReadOnly()
    {
        m_worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(converged(), 10000);
        QVERIFY(m_page->action(PackingPage::Action::NewPallet)->isEnabled());
        QCOMPARE(m_http->post(u"/admin/shipments/deliver?merchantShipmentNo="_s + m_number,
                              QByteArray()),
                 200);
        // The next version is refused by ChannelEngine: the shipment is locked.
        QVERIFY(editCarrier(u"Too Late Freight"_s));
        QTRY_VERIFY_WITH_TIMEOUT(session().isReadOnly(), 10000);
        const QString reason = m_worker->editRefusal(m_id);
        QVERIFY2(reason.contains(u"delivered"_s), qPrintable(reason));
        QCOMPARE(session().readOnlyReason(), reason);
        QCOMPARE(session().editRefusal(), reason);
        QTRY_VERIFY2_WITH_TIMEOUT(bar()->summaryText().contains(reason),
                                  qPrintable(bar()->summaryText()), 2000);
        QCOMPARE(bar()->syncText(), u"delivered: locked"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->action(PackingPage::Action::NewPallet)->isEnabled(),
                                 2000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->headerForm()->carrierEdit()->isEnabled(), 2000);

        // An action is refused with the reason and changes nothing.
        const qint64 version = session().shipment()->version();
        const PackingResult pallet = session().addPallet();
        QVERIFY(!pallet.ok());
        QCOMPARE(pallet.message, reason);
        QVERIFY(!editCarrier(u"Even Later Freight"_s));
        QCOMPARE(session().shipment()->version(), version);
        QCOMPARE(m_station->shipments().version(m_id).value_or(-1), version);

        // Opened again, it is still refused.
        m_page->openShipment(m_id);
        QVERIFY(session().isReadOnly());
        QCOMPARE(session().readOnlyReason(), reason);
    }
};

QTEST_MAIN(tst_PackingSync)
#include "tst_packingsync.moc"
