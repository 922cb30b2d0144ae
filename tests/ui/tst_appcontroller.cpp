// SPDX-License-Identifier: GPL-3.0-or-later
// Sync running in the window: the demo against its in-process sandbox over loopback, an
// acknowledgement through the page's dialog confirmed by the sandbox, offline and back, a
// refused key, the cancelled-order alert and the question when closing with changes waiting.
#include "ui/acknowledgementdialog.h"
#include "ui/appcontroller.h"
#include "ui/demosetup.h"
#include "ui/mainwindow.h"
#include "ui/orderspage.h"
#include "ui/purchaseorderlistmodel.h"
#include "ui/settings/memorycredentialstore.h"
#include "ui/settings/stationsettings.h"
#include "ui/settingsdialog.h"
#include "ui/statusindicator.h"
#include "ui/syncbanner.h"

#include "packing/station.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"
#include "storage/purchaseorderrepository.h"
#include "sync/orderpoller.h"
#include "sync/synclog.h"
#include "sync/syncstatus.h"
#include "sync/syncworker.h"

#include <QApplication>
#include <QDockWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace VendorPack;

namespace {

constexpr int kWaitMs = 10000;

// Runs check on the next modal dialog of type Dialog, from the event loop that exec() runs.
template<typename Dialog, typename Check>
void whenModalOpens(Check check)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, check] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        check(dialog);
    });
    timer->start();
}

// The sandbox's copy of a purchase order.
const PurchaseOrder *sandboxOrder(SandboxServer &sandbox, const QString &number)
{
    for (const PurchaseOrder &po : sandbox.state().orders()) {
        if (po.channelPurchaseOrderNo == number)
            return &po;
    }
    return nullptr;
}

bool acknowledgedOnSandbox(SandboxServer &sandbox, const QString &number)
{
    const PurchaseOrder *po = sandboxOrder(sandbox, number);
    if (!po || po->lines.isEmpty())
        return false;
    for (const PurchaseOrderLine &line : po->lines) {
        if (line.acknowledgements.isEmpty())
            return false;
    }
    return true;
}

// VENDORPACK_SCREENSHOT_DIR=folder keeps pictures of the window's states (to look at them).
void keepPicture(QWidget *widget, const QString &name, QSize size = QSize())
{
    const QString folder = qEnvironmentVariable("VENDORPACK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    if (size.isValid()) {
        widget->setWindowState(Qt::WindowNoState);
        widget->resize(size);
        QCoreApplication::processEvents();
    }
    if (!widget->grab().save(folder + QLatin1Char('/') + name + QLatin1String(".png")))
        qWarning("could not save %s", qPrintable(name));
}

void setFailEverything(SandboxServer &sandbox, bool on)
{
    SandboxFaults faults;
    faults.failRate = on ? 1.0 : 0.0;
    sandbox.state().setFaults(faults);
}

} // namespace

class TestAppController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoSyncsThroughTheWindow();
    void refusedKeyPausesUntilANewKeyIsEntered();
    void cancelledOrderHeldByAShipmentIsAModalWarning();
    void packingOrdersShowsThePackingPageWithThem();

private:
    QTemporaryDir m_dir;
};

void TestAppController::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestAppController::demoSyncsThroughTheWindow()
{
    QSettings settings(m_dir.filePath(QStringLiteral("demo.ini")), QSettings::IniFormat);
    AppController controller(settings, std::make_unique<MemoryCredentialStore>());
    QSignalSpy pulled(&controller, &AppController::ordersPulled);
    StartOptions options;
    options.demo = true;
    options.demoOptions.seed = 7;
    options.demoOptions.orders = 12;
    QString error;
    QVERIFY2(controller.start(options, &error), qPrintable(error));
    MainWindow *window = controller.window();
    SandboxServer &sandbox = controller.demo()->sandbox();
    SyncWorker *worker = controller.syncWorker();
    QVERIFY(worker);
    // Faster retries than a station's, so that the test is short; the outbox is looked at only
    // when the window says something was saved (or Sync Now), so that those paths are proven.
    SyncSettings slowScan = worker->settings();
    slowScan.initialBackoffMs = 200;
    slowScan.maxBackoffMs = 1000;
    slowScan.scanIntervalMs = 60000;
    worker->setSettings(slowScan);

    // The real orders page, with the sandbox's open orders.
    auto *orders = qobject_cast<OrdersPage *>(window->page(QStringLiteral("orders")));
    QVERIFY(orders);
    QVERIFY(pulled.wait(kWaitMs));
    QStringList onSandbox;
    for (const PurchaseOrder &po : sandbox.state().orders()) {
        if (!po.isClosedForPacking())
            onSandbox.append(po.channelPurchaseOrderNo);
    }
    QVERIFY(!onSandbox.isEmpty());
    QStringList shown;
    for (int row = 0; row < orders->listModel()->rowCount(); ++row)
        shown.append(orders->listModel()
                         ->index(row, 0)
                         .data(PurchaseOrderListModel::PurchaseOrderNoRole)
                         .toString());
    onSandbox.sort();
    shown.sort();
    QCOMPARE(shown, onSandbox);
    QTRY_COMPARE_WITH_TIMEOUT(window->syncIndicator()->text(), QStringLiteral("synced"), kWaitMs);
    QCOMPARE(window->syncBanner()->state(), SyncBanner::State::Hidden);

    // New orders that nobody answered yet: the first goes through the dialog, the others are
    // accepted in bulk later.
    QStringList unanswered;
    for (const QString &number : std::as_const(onSandbox)) {
        const PurchaseOrder *po = orders->listModel()->order(number);
        if (po && po->status == PurchaseOrderStatus::New
            && PurchaseOrderListModel::acknowledgedLines(*po) == 0
            && !acknowledgedOnSandbox(sandbox, number))
            unanswered.append(number);
    }
    QVERIFY2(unanswered.size() >= 3, qPrintable(unanswered.join(QLatin1Char(' '))));

    // Acknowledge through the page's dialog; the window tells the worker when it closes.
    QSignalSpy acknowledged(worker, &SyncWorker::acknowledgementFinished);
    orders->selectPurchaseOrder(unanswered.at(0));
    QVERIFY(orders->acknowledgeAction()->isEnabled());
    bool dialogSeen = false;
    whenModalOpens<AcknowledgementDialog>([&dialogSeen](AcknowledgementDialog *dialog) {
        dialogSeen = true;
        dialog->acceptAll();
        dialog->accept();
    });
    orders->acknowledgeAction()->trigger();
    QVERIFY(dialogSeen);
    QVERIFY(acknowledged.wait(kWaitMs));
    QCOMPARE(acknowledged.count(), 1);
    QCOMPARE(acknowledged.last().at(1).toBool(), true);
    QVERIFY(acknowledgedOnSandbox(sandbox, unanswered.at(0)));
    QTRY_COMPARE_WITH_TIMEOUT(window->syncIndicator()->text(), QStringLiteral("synced"), kWaitMs);

    // The sandbox fails everything: the banner says offline with the change waiting.
    setFailEverything(sandbox, true);
    orders->selectPurchaseOrder(unanswered.at(1));
    whenModalOpens<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    orders->acceptAllAction()->trigger();
    SyncBanner *banner = window->syncBanner();
    QTRY_COMPARE_WITH_TIMEOUT(banner->state(), SyncBanner::State::Offline, kWaitMs);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("1 change waiting")),
             qPrintable(banner->text()));
    QVERIFY2(window->syncIndicator()->text().startsWith(QStringLiteral("offline since")),
             qPrintable(window->syncIndicator()->text()));
    QVERIFY(window->syncIndicator()->text().contains(QStringLiteral("1 change waiting")));
    QCOMPARE(window->syncIndicator()->iconKind(), int(Icons::Offline));
    QVERIFY(!acknowledgedOnSandbox(sandbox, unanswered.at(1)));
    keepPicture(window, QStringLiteral("window-offline"), QSize(1366, 768));
    // The log says what failed, for support.
    SyncLog *log = controller.syncLog();
    bool failureLogged = false;
    for (int row = 0; row < log->rowCount(); ++row)
        failureLogged = failureLogged || log->event(row).failed;
    QVERIFY(failureLogged);
    QVERIFY(!window->syncLogDock()->isVisible());
    window->findChild<QAction *>(QStringLiteral("syncLogAction"))->trigger();
    QVERIFY(window->syncLogDock()->isVisible());

    // Back online; Sync Now sends it at once: the banner hides and the status says synced.
    setFailEverything(sandbox, false);
    QVERIFY(window->syncNowAction()->isEnabled());
    window->syncNowAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(banner->state(), SyncBanner::State::Hidden, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(window->syncIndicator()->text(), QStringLiteral("synced"), kWaitMs);
    QVERIFY(!banner->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(acknowledgedOnSandbox(sandbox, unanswered.at(1)), kWaitMs);

    // Closing with a change waiting asks; Cancel keeps the window, nothing is sent twice.
    setFailEverything(sandbox, true);
    QCOMPARE(orders->acceptAllLines({ unanswered.at(2) }), 1);
    QVERIFY(worker->hasPendingWork());
    // A committed packing edit tells the window (shipmentChanged), which tells the worker.
    emit window->shipmentChanged();
    QTRY_COMPARE_WITH_TIMEOUT(banner->state(), SyncBanner::State::Offline, kWaitMs);
    // The question as the window asks it: Cancel keeps the window.
    QStringList buttons;
    QString question;
    whenModalOpens<QMessageBox>([&buttons, &question](QMessageBox *box) {
        question = box->text();
        keepPicture(box, QStringLiteral("quit-question"));
        for (QAbstractButton *button : box->buttons())
            buttons.append(button->text().remove(QLatin1Char('&')));
        box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!window->close());
    QVERIFY(window->isVisible());
    buttons.sort();
    QCOMPARE(buttons,
             (QStringList { QStringLiteral("Cancel"), QStringLiteral("Quit"),
                            QStringLiteral("Wait for Sync") }));
    QVERIFY2(question.contains(QStringLiteral("thrown away")), qPrintable(question));

    QStringList asked;
    AppController::QuitAnswer answer = AppController::QuitAnswer::Cancel;
    controller.setQuitQuestion([&asked, &answer](const QString &text) {
        asked.append(text);
        return answer;
    });
    QVERIFY(!window->close());
    QCOMPARE(asked.size(), 1);
    QVERIFY(window->isVisible());
    QVERIFY2(asked.first().contains(QStringLiteral("1 change waiting")), qPrintable(asked.first()));
    QVERIFY2(asked.first().contains(QStringLiteral("thrown away")), qPrintable(asked.first()));

    // Wait for sync: the window stays until the change is sent, then closes by itself.
    answer = AppController::QuitAnswer::WaitForSync;
    QVERIFY(!window->close());
    QCOMPARE(asked.size(), 2);
    QVERIFY(controller.isWaitingToQuit());
    QTest::qWait(300);
    QVERIFY(window->isVisible());
    setFailEverything(sandbox, false);
    // Retries from now on come by themselves (the station's scan), nobody presses anything.
    SyncSettings fastScan = slowScan;
    fastScan.scanIntervalMs = 100;
    worker->setSettings(fastScan);
    emit window->shipmentChanged();
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), kWaitMs);
    QCOMPARE(asked.size(), 2); // nothing waited any more: not asked again
    QVERIFY(acknowledgedOnSandbox(sandbox, unanswered.at(2)));
    QVERIFY(!worker->hasPendingWork());
}

void TestAppController::refusedKeyPausesUntilANewKeyIsEntered()
{
    SandboxOptions sandboxOptions;
    sandboxOptions.seed = 3;
    sandboxOptions.orders = 6;
    SandboxServer sandbox(sandboxOptions);
    QVERIFY(sandbox.listen(0) != 0);
    QSettings settings(m_dir.filePath(QStringLiteral("key.ini")), QSettings::IniFormat);
    StationSettings configured;
    configured.stationName = QStringLiteral("DOCK-7");
    configured.userName = QStringLiteral("max");
    configured.database = m_dir.filePath(QStringLiteral("key.sqlite"));
    configured.apiUrl = sandbox.baseUrl().toString();
    configured.channelId = 1;
    configured.save(settings);
    const QString wrongKey = QStringLiteral("refused-key-4b3a2c1d");
    auto credentials = std::make_unique<MemoryCredentialStore>();
    credentials->write(QLatin1String(CredentialStore::kApiKey), wrongKey);

    AppController controller(settings, std::move(credentials));
    QSignalSpy failed(&controller, &AppController::pullFailed);
    QSignalSpy pulled(&controller, &AppController::ordersPulled);
    QString error;
    QVERIFY2(controller.start(StartOptions(), &error), qPrintable(error));
    MainWindow *window = controller.window();
    QVERIFY(failed.wait(kWaitMs));

    SyncBanner *banner = window->syncBanner();
    QCOMPARE(banner->state(), SyncBanner::State::Paused);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("API key was refused")),
             qPrintable(banner->text()));
    QCOMPARE(window->syncIndicator()->text(),
             QStringLiteral("sync paused: the API key was refused"));
    QCOMPARE(window->syncIndicator()->iconKind(), int(Icons::Error));
    keepPicture(window, QStringLiteral("window-paused"), QSize(1366, 768));
    for (const QString &text :
         { banner->text(), window->syncIndicator()->text(), window->syncIndicator()->toolTip(),
           failed.first().first().toString() })
        QVERIFY2(!text.contains(wrongKey), qPrintable(text));
    for (int row = 0; row < controller.syncLog()->rowCount(); ++row)
        QVERIFY(!controller.syncLog()->event(row).result.contains(wrongKey));

    // The banner's button opens the settings, where the key is entered.
    QPushButton *keyButton = nullptr;
    for (QPushButton *button : banner->findChildren<QPushButton *>()) {
        if (button->isVisible())
            keyButton = button;
    }
    QVERIFY(keyButton);
    bool settingsOpened = false;
    whenModalOpens<SettingsDialog>([&settingsOpened](SettingsDialog *dialog) {
        settingsOpened = true;
        dialog->reject();
    });
    QTest::mouseClick(keyButton, Qt::LeftButton);
    QVERIFY(settingsOpened);
    QCOMPARE(banner->state(), SyncBanner::State::Paused); // nothing new entered

    // The right key: sync resumes, the orders come, the banner goes.
    controller.credentials().write(QLatin1String(CredentialStore::kApiKey), sandboxOptions.apiKey);
    controller.reloadApiSettings();
    QVERIFY(pulled.wait(kWaitMs));
    QCOMPARE(banner->state(), SyncBanner::State::Hidden);
    QVERIFY(!controller.syncStatus()->isPaused());
    QCOMPARE(window->syncIndicator()->text(), QStringLiteral("synced"));
    QVERIFY(controller.station()->purchaseOrders().loadAll()->size() > 0);
}

void TestAppController::cancelledOrderHeldByAShipmentIsAModalWarning()
{
    QSettings settings(m_dir.filePath(QStringLiteral("alert.ini")), QSettings::IniFormat);
    AppController controller(settings, std::make_unique<MemoryCredentialStore>());
    StartOptions options;
    options.demo = true;
    options.demoOptions.orders = 3;
    QString error;
    QVERIFY2(controller.start(options, &error), qPrintable(error));
    MainWindow *window = controller.window();

    OrderAlert warning;
    warning.kind = OrderAlert::Kind::QuantityChanged;
    warning.purchaseOrderNo = QStringLiteral("PO-QTY-1");
    warning.message = QStringLiteral("Purchase order PO-QTY-1 now orders 4 of ACM-1 instead of 6");
    emit controller.poller()->alertRaised(warning);
    QCOMPARE(window->statusBar()->currentMessage(), warning.message);
    QVERIFY(!window->findChild<QMessageBox *>(QStringLiteral("orderAlert")));

    OrderAlert alert;
    alert.kind = OrderAlert::Kind::Cancelled;
    alert.purchaseOrderNo = QStringLiteral("PO-CXL-9");
    alert.shipmentIds = { 4 };
    alert.merchantShipmentNos = { QStringLiteral("SHP-DEMO-4") };
    alert.message = QStringLiteral("Purchase order PO-CXL-9 was cancelled, but shipment(s) "
                                   "SHP-DEMO-4 hold its lines.");
    emit controller.poller()->alertRaised(alert);
    auto *box = window->findChild<QMessageBox *>(QStringLiteral("orderAlert"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(box->isModal());
    QCOMPARE(box->icon(), QMessageBox::Warning);
    const QString shown = box->text() + box->informativeText();
    QVERIFY2(shown.contains(QStringLiteral("PO-CXL-9")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("SHP-DEMO-4")), qPrintable(shown));
    box->accept();
}

void TestAppController::packingOrdersShowsThePackingPageWithThem()
{
    QSettings settings(m_dir.filePath(QStringLiteral("pack.ini")), QSettings::IniFormat);
    AppController controller(settings, std::make_unique<MemoryCredentialStore>());
    QSignalSpy pulled(&controller, &AppController::ordersPulled);
    StartOptions options;
    options.demo = true;
    options.demoOptions.orders = 6;
    QString error;
    QVERIFY2(controller.start(options, &error), qPrintable(error));
    MainWindow *window = controller.window();
    QVERIFY(pulled.wait(kWaitMs));
    OrdersPage *orders = window->ordersPage();
    QString open;
    for (int row = 0; row < orders->listModel()->rowCount() && open.isEmpty(); ++row) {
        const PurchaseOrder *po = orders->listModel()->order(row);
        if (po && !po->isClosedForPacking())
            open = po->channelPurchaseOrderNo;
    }
    QVERIFY(!open.isEmpty());
    window->showPage(QStringLiteral("orders"));
    orders->selectPurchaseOrder(open);
    QSignalSpy pack(window, &MainWindow::packRequested);
    QVERIFY(orders->packAction()->isEnabled());
    orders->packAction()->trigger();
    QCOMPARE(pack.count(), 1);
    QCOMPARE(pack.first().first().toStringList(), QStringList { open });
    QCOMPARE(window->currentPageId(), QStringLiteral("packing"));
}

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
