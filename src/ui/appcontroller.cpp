// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"

#include "settings/printersettings.h"

#include "mainwindow.h"
#include "settings/credentialstore.h"
#include "settings/fallbackcredentialstore.h"
#include "settings/memorycredentialstore.h"
#include "settings/stationsettings.h"
#include "settingsdialog.h"
#include "statusindicator.h"

#include "api/channelengineclient.h"
#include "packing/station.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "sync/orderpoller.h"
#include "sync/synclog.h"
#include "sync/syncstatestore.h"
#include "sync/syncstatus.h"
#include "sync/syncworker.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace VendorPack {

AppController::AppController(QSettings &settings, std::unique_ptr<CredentialStore> credentials,
                             QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_credentials(std::move(credentials))
{
    if (auto *fallback = dynamic_cast<FallbackCredentialStore *>(m_credentials.get())) {
        fallback->setFallbackHandler([this](const QString &reason) {
            m_credentialNotice
                = tr("This computer has no usable key store (%1). The API key and the "
                     "database password are kept in %2 instead.")
                      .arg(reason, m_credentials->description());
        });
    }
    m_quitTimer.setInterval(250);
    connect(&m_quitTimer, &QTimer::timeout, this, &AppController::onQuitTimer);
}

AppController::~AppController()
{
    m_window.reset();
    closeStation();
    m_demo.reset();
}

Station *AppController::station() const
{
    if (m_demo)
        return &m_demo->station();
    return m_station.get();
}

void AppController::closeStation()
{
    m_quitTimer.stop();
    // Sync goes first: it works on the station and the client. The outbox keeps what waits.
    // A call cancelled on the way out reports to nobody.
    if (m_poller)
        m_poller->disconnect(this);
    if (m_worker)
        m_worker->disconnect(this);
    m_poller.reset();
    m_worker.reset();
    m_syncLog.reset();
    m_syncStatus.reset();
    m_client.reset();
    m_network.reset();
    m_station.reset();
}

bool AppController::start(const StartOptions &options, QString *error)
{
    m_options = options;
    if (options.demo)
        return startDemo(options.demoOptions, error);

    QString message;
    if (!StationSettings::isConfigured(m_settings))
        message = tr("Welcome to VendorPack. Set up this packing station: its name, the "
                     "database, and the ChannelEngine API it works with.");
    if ((options.openSettings || !message.isEmpty()) && !runSettingsDialog(message, nullptr))
        return false;
    if (!openStation())
        return false;
    createClient();
    showWindow();
    return true;
}

bool AppController::startDemo(const DemoOptions &options, QString *error)
{
    m_demo = std::make_unique<DemoSetup>();
    if (!m_demo->start(options, error)) {
        m_demo.reset();
        return false;
    }
    // The demo never touches the station's real settings or key store.
    m_demoSettings = std::make_unique<QSettings>(m_demo->databasePath() + QLatin1String(".ini"),
                                                 QSettings::IniFormat);
    StationSettings demoSettings;
    demoSettings.stationName = m_demo->station().profile().stationName;
    demoSettings.userName = m_demo->station().profile().userName;
    demoSettings.database = m_demo->databasePath();
    demoSettings.apiUrl = m_demo->apiUrl().toString();
    demoSettings.channelId = 1;
    demoSettings.save(*m_demoSettings);
    // Labels print as PDF files when a carton or pallet is closed, to a folder that outlives
    // the demo so that they can be looked at (and scanned from the screen) afterwards.
    m_demoLabelFolder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                            .filePath(QStringLiteral("VendorPack demo labels"));
    for (LabelKind kind : { LabelKind::Carton, LabelKind::Pallet }) {
        PrinterSettings printer = PrinterSettings::defaults(kind);
        printer.kind = PrinterSettings::Kind::PdfFolder;
        printer.folder = m_demoLabelFolder;
        printer.printOnClose = true;
        printer.save(*m_demoSettings, kind);
    }
    m_demoCredentials = std::make_unique<MemoryCredentialStore>();
    m_demoCredentials->write(QLatin1String(CredentialStore::kApiKey),
                             QLatin1String(SandboxOptions::kDefaultApiKey));

    showWindow();
    m_window->setDemoMode(
        tr("Demo mode: the open purchase orders of the built-in sandbox at %1 and a throwaway "
           "database. Nothing is sent to ChannelEngine, and everything is gone when the "
           "window closes, except the labels printed to %2.")
            .arg(m_demo->apiUrl().toString(), QDir::toNativeSeparators(m_demoLabelFolder)));
    return true;
}

bool AppController::runSettingsDialog(const QString &message, Station *station)
{
    QSettings &settings = m_demo ? *m_demoSettings : m_settings;
    CredentialStore &credentials = m_demo ? *m_demoCredentials : *m_credentials;
    SettingsDialog dialog(settings, credentials, station, m_window.get());
    dialog.setMessage(!message.isEmpty() || !m_demo
                          ? message
                          : tr("Demo mode: these are the settings of the throwaway demo station. "
                               "The database and the API stay the sandbox's, and every change is "
                               "forgotten when the window closes."));
    StationSettings effective = StationSettings::load(settings);
    if (!m_options.database.isEmpty())
        effective.database = m_options.database;
    if (!m_options.stationName.isEmpty())
        effective.stationName = m_options.stationName;
    dialog.setStationSettings(effective);
    if (m_pendingSite)
        dialog.setSiteSettings(*m_pendingSite);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // What was typed is saved now; the run's overrides are no longer needed.
    m_options.database.clear();
    m_options.stationName.clear();
    if (dialog.siteSettingsSaved())
        m_pendingSite.reset();
    else
        m_pendingSite = dialog.siteSettings();
    return true;
}

bool AppController::openStation()
{
    for (;;) {
        StationSettings settings = StationSettings::load(m_settings);
        if (!m_options.database.isEmpty())
            settings.database = m_options.database;
        if (!m_options.stationName.isEmpty())
            settings.stationName = m_options.stationName;

        QString message;
        const SettingsProblems problems = settings.problems();
        std::optional<DatabaseSettings> database;
        if (!problems.isEmpty()) {
            message = tr("The settings cannot be used yet: %1").arg(problems.first().text());
        } else {
            QString error;
            database = DatabaseSettings::fromString(settings.database, &error);
            if (!database)
                message = tr("The database setting cannot be used: %1").arg(error);
        }
        if (database) {
            CredentialStore *credentials = m_credentials.get();
            database->passwordProvider = [credentials] {
                const CredentialStore::Result result
                    = credentials->read(QLatin1String(CredentialStore::kDatabasePassword));
                return result.isOk() ? result.secret
                                     : qEnvironmentVariable(DatabaseSettings::kPasswordVariable);
            };
            StationProfile profile;
            profile.stationName = settings.stationName;
            profile.userName = settings.userName;
            profile.channelId = settings.channelId;
            QString error;
            m_station = Station::open(*database, profile, &error);
            if (m_station) {
                QString siteError;
                if (m_pendingSite
                    && m_pendingSite->save(m_station->database(), m_station->settings(),
                                           &siteError))
                    m_pendingSite.reset();
                if (const auto site
                    = SiteSettings::load(m_station->settings(), profile.stationName, &siteError)) {
                    site->applyTo(profile);
                    m_station->setProfile(profile);
                }
                return true;
            }
            message = tr("The database %1 could not be opened: %2")
                          .arg(database->redactedLocation(), error);
        }
        if (!runSettingsDialog(message, nullptr))
            return false;
    }
}

// The client lives as long as the station, so that pages may keep its pointer; new settings go
// into it with setSettings(). While the settings are unusable it exists but is not called.
void AppController::createClient()
{
    m_clientProblem.clear();
    const StationSettings settings = StationSettings::load(m_settings);
    ClientSettings client;
    client.baseUrl = QUrl(settings.apiUrl);
    const CredentialStore::Result key
        = m_credentials->read(QLatin1String(CredentialStore::kApiKey));
    if (key.isOk())
        client.apiKey = key.secret;
    else if (key.status == CredentialStore::Status::NotFound)
        m_clientProblem = tr("No API key is stored; enter it in the settings.");
    else
        m_clientProblem = tr("The API key could not be read: %1").arg(key.error);
    if (m_clientProblem.isEmpty()) {
        if (const ApiError problem = client.check(); problem.isError())
            m_clientProblem = problem.toText();
    }
    if (m_client) {
        m_client->setSettings(client);
        return;
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ChannelEngineClient>(m_network.get(), client);
}

void AppController::showWindow()
{
    PurchaseOrderService *service = m_demo ? m_demo->service() : m_client.get();
    createSync();
    // A demo keeps its window state and printers in its own throwaway settings.
    QSettings &uiState = m_demo ? *m_demoSettings : m_settings;
    m_window = std::make_unique<MainWindow>(*station(), service, uiState);
    m_window->attachSync(*m_syncStatus, *m_syncLog);
    m_window->setCloseGuard([this] { return confirmClose(); });
    if (!m_clientProblem.isEmpty())
        m_window->setApiState(MainWindow::ApiState::NotConfigured, m_clientProblem);
    connect(m_window.get(), &MainWindow::settingsRequested, this,
            &AppController::onSettingsRequested);
    connect(m_window.get(), &MainWindow::pullOrdersRequested, this, &AppController::pullOrders);
    connectSync();
    m_window->show();

    // The window is usable first; sync starts after it: the outbox left from the last run
    // drains, and the orders come from the API.
    QTimer::singleShot(0, this, [this] {
        if (!m_worker)
            return;
        m_pollShown = true;
        m_worker->start();
        if (m_clientProblem.isEmpty())
            m_poller->start();
    });
    if (!m_credentialNotice.isEmpty()) {
        m_window->statusBar()->showMessage(m_credentialNotice, 15000);
        QTimer::singleShot(0, m_window.get(), [this] {
            auto *box = new QMessageBox(QMessageBox::Information, tr("Secrets Stored in a File"),
                                        m_credentialNotice, QMessageBox::Ok, m_window.get());
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            m_credentialNotice.clear();
        });
    }
}

// One worker and one poller per station, over the client (the demo: the in-process sandbox's).
void AppController::createSync()
{
    PurchaseOrderService *service = m_demo ? m_demo->service() : m_client.get();
    Q_ASSERT(service);
    m_syncStatus = std::make_unique<SyncStatus>();
    m_syncLog = std::make_unique<SyncLog>(SyncSettings().logCapacity);
    m_worker = std::make_unique<SyncWorker>(*station(), *service, *m_syncStatus, *m_syncLog);
    m_poller = std::make_unique<OrderPoller>(*station(), *service, *m_syncStatus, *m_syncLog);
    if (!m_clientProblem.isEmpty())
        m_syncStatus->setPaused(true, m_clientProblem);
}

void AppController::connectSync()
{
    MainWindow *window = m_window.get();
    SyncWorker *worker = m_worker.get();
    connect(window, &MainWindow::syncNowRequested, this, &AppController::syncNow);
    connect(window, &MainWindow::shipmentChanged, worker, &SyncWorker::notifyEnqueued);
    connect(window, &MainWindow::acknowledgementsSaved, worker, &SyncWorker::notifyEnqueued);
    connect(worker, &SyncWorker::authorizationRequired, window, [window] {
        window->statusBar()->showMessage(
            tr("ChannelEngine refused the API key: sync is paused until a new key is entered "
               "in the settings. Nothing is lost; the changes wait."),
            15000);
    });
    connect(worker, &SyncWorker::acknowledgementFinished, window, [window](qint64, bool pushed) {
        if (pushed)
            return;
        window->notifyPurchaseOrdersChanged();
        window->statusBar()->showMessage(
            tr("ChannelEngine refused an acknowledgement; View > Sync Log says why."), 15000);
    });

    OrderPoller *poller = m_poller.get();
    connect(poller, &OrderPoller::pollStarted, this, &AppController::onPollStarted);
    connect(poller, &OrderPoller::progressed, window, &MainWindow::showProgress);
    connect(poller, &OrderPoller::ordersChanged, this, &AppController::onOrdersChanged);
    connect(poller, &OrderPoller::pollFinished, this, &AppController::onPollFinished);
    connect(poller, &OrderPoller::alertRaised, this, &AppController::onOrderAlert);
}

void AppController::pullOrders()
{
    if (!m_clientProblem.isEmpty()) {
        m_window->setApiState(MainWindow::ApiState::NotConfigured, m_clientProblem);
        m_window->statusBar()->showMessage(m_clientProblem, 8000);
        return;
    }
    if (!m_poller)
        return;
    if (m_syncStatus->isPaused()) {
        m_window->statusBar()->showMessage(
            tr("Sync is paused (%1): enter the API key in the settings first.")
                .arg(m_syncStatus->pauseReason()),
            8000);
        return;
    }
    m_pollShown = true;
    m_poller->pollNow();
}

void AppController::syncNow()
{
    if (!m_worker)
        return;
    if (m_syncStatus->isPaused()) {
        pullOrders(); // says why not
        return;
    }
    m_worker->syncNow();
    // A poll is the cheapest contact: it tells whether ChannelEngine is back.
    m_poller->pollNow();
}

void AppController::onPollStarted()
{
    if (!m_window)
        return;
    m_polledNew = 0;
    m_polledChanged = 0;
    m_window->setApiState(MainWindow::ApiState::Busy);
    m_window->showProgress(0, -1);
}

void AppController::onOrdersChanged(const PurchaseOrderChanges &changes)
{
    if (!m_window)
        return;
    m_polledNew += int(changes.added.size());
    m_polledChanged += int(changes.updated.size());
    m_worker->invalidateOrders();
    m_window->notifyPurchaseOrdersChanged();
}

void AppController::onPollFinished(bool success)
{
    if (!m_window)
        return;
    const bool shown = m_pollShown;
    m_pollShown = false;
    m_window->hideProgress();
    if (!success) {
        const QString message = m_poller->lastError();
        m_window->setApiState(MainWindow::ApiState::Failed, message);
        m_window->statusBar()->showMessage(
            tr("Pulling the purchase orders failed: %1").arg(message), 15000);
        emit pullFailed(message);
        return;
    }
    if (m_demo && !m_demoAcknowledged) {
        m_demoAcknowledged = true;
        if (m_demo->acknowledgeOrdersInProgress() > 0)
            m_window->notifyPurchaseOrdersChanged();
        if (m_options.demoFaults) {
            SandboxFaults faults;
            faults.failRate = 1.0;
            m_demo->sandbox().state().setFaults(faults);
            QTimer::singleShot(0, m_poller.get(), &OrderPoller::pollNow);
        }
    }
    const QLocale locale;
    m_window->setApiState(MainWindow::ApiState::Ready,
                          tr("Last pull of the purchase orders: %1")
                              .arg(locale.toString(m_poller->lastSuccess().toLocalTime().time(),
                                                   QStringLiteral("HH:mm"))));
    if (shown) {
        m_window->statusBar()->showMessage(m_polledNew + m_polledChanged == 0
                                               ? tr("The purchase orders are up to date.")
                                               : tr("Purchase orders pulled: %1 new, %2 changed.")
                                                     .arg(m_polledNew)
                                                     .arg(m_polledChanged),
                                           8000);
    }
    emit ordersPulled();
}

void AppController::onOrderAlert(const OrderAlert &alert)
{
    if (!m_window)
        return;
    if (!alert.isBlocking()) {
        m_window->statusBar()->showMessage(alert.message, 20000);
        return;
    }
    // A cancelled order held by a shipment: the packer must stop, so it is not a passing line.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Purchase Order Cancelled"), alert.message,
                                QMessageBox::Ok, m_window.get());
    box->setObjectName(QStringLiteral("orderAlert"));
    box->setInformativeText(
        tr("Amazon cancelled purchase order %1. Shipment %2 must not be sent with its lines.")
            .arg(alert.purchaseOrderNo, alert.merchantShipmentNos.join(QLatin1String(", "))));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::ApplicationModal);
    box->open();
}

bool AppController::confirmClose()
{
    if (m_switchingStation || !m_worker || !m_worker->hasPendingWork()) {
        m_quitTimer.stop();
        return true;
    }
    // Counted now: the status is as of the worker's last look at the outbox.
    const int waiting
        = qMax<int>(1, int(SyncStateStore(station()->database()).waitingCount().value_or(1)));
    const QString changes
        = waiting == 1 ? tr("1 change waiting") : tr("%1 changes waiting").arg(waiting);
    const QString text = m_demo
        ? tr("%1 to be sent to the demo sandbox. This is the demo: its database is thrown away "
             "when the window closes, and the waiting changes with it.")
              .arg(changes)
        : m_worker->pendingWorkMessage();
    switch (m_quitQuestion ? m_quitQuestion(text) : askQuit(text)) {
    case QuitAnswer::Quit:
        m_quitTimer.stop();
        return true;
    case QuitAnswer::WaitForSync:
        m_worker->syncNow();
        m_quitTimer.start();
        m_window->statusBar()->showMessage(
            tr("VendorPack closes once the waiting changes are sent. Close it again to quit now."));
        return false;
    case QuitAnswer::Cancel:
        break;
    }
    m_quitTimer.stop();
    return false;
}

AppController::QuitAnswer AppController::askQuit(const QString &text)
{
    QMessageBox box(QMessageBox::Warning, tr("Changes Waiting"), text, QMessageBox::NoButton,
                    m_window.get());
    box.setObjectName(QStringLiteral("quitQuestion"));
    QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::DestructiveRole);
    QPushButton *wait = box.addButton(tr("&Wait for Sync"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(wait);
    box.exec();
    if (box.clickedButton() == quit)
        return QuitAnswer::Quit;
    if (box.clickedButton() == wait)
        return QuitAnswer::WaitForSync;
    return QuitAnswer::Cancel;
}

void AppController::onQuitTimer()
{
    if (!m_worker || !m_window || m_worker->hasPendingWork())
        return;
    m_quitTimer.stop();
    m_window->close();
}

void AppController::reloadApiSettings()
{
    if (!m_demo)
        createClient();
    m_window->setApiState(m_clientProblem.isEmpty() ? MainWindow::ApiState::Ready
                                                    : MainWindow::ApiState::NotConfigured,
                          m_clientProblem);
    if (!m_worker)
        return;
    if (!m_clientProblem.isEmpty()) {
        m_syncStatus->setPaused(true, m_clientProblem);
        return;
    }
    // A new key: whatever was refused is tried again, and the orders are polled.
    m_worker->resume();
    m_syncStatus->setPaused(false);
    m_worker->syncNow();
    m_poller->start();
}

void AppController::onSettingsRequested()
{
    if (!runSettingsDialog(QString(), station()))
        return;
    QSettings &settings = m_demo ? *m_demoSettings : m_settings;
    const StationSettings now = StationSettings::load(settings);
    StationProfile profile = station()->profile();
    // Station name, user and the site's settings apply at once.
    profile.stationName = now.stationName;
    profile.userName = now.userName;
    profile.channelId = now.channelId;
    QString error;
    if (const auto site = SiteSettings::load(station()->settings(), now.stationName, &error))
        site->applyTo(profile);
    station()->setProfile(profile);
    m_window->updateStationFields();
    m_window->reloadPrinterSettings();
    if (m_demo) {
        reloadApiSettings();
        return;
    }

    // A new database opens behind a new window; a new API URL or key goes into the client.
    const QString database = m_station->database().location();
    std::optional<DatabaseSettings> wanted = DatabaseSettings::fromString(now.database);
    const bool databaseChanged = !wanted || wanted->redactedLocation() != database;
    if (databaseChanged) {
        // The outbox stays in the old database and is sent when it is opened again.
        m_switchingStation = true;
        m_window->close();
        m_switchingStation = false;
        m_window.reset();
        closeStation();
        if (!openStation()) {
            QApplication::quit();
            return;
        }
        createClient();
        showWindow();
        return;
    }
    reloadApiSettings();
}

} // namespace VendorPack
