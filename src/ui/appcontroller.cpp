// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"

#include "mainwindow.h"
#include "orderpuller.h"
#include "settings/credentialstore.h"
#include "settings/fallbackcredentialstore.h"
#include "settings/memorycredentialstore.h"
#include "settings/stationsettings.h"
#include "settingsdialog.h"
#include "statusindicator.h"

#include "api/channelengineclient.h"
#include "packing/station.h"
#include "sandbox/sandboxserver.h"
#include "storage/database.h"
#include "storage/databasesettings.h"

#include <QApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
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
    m_puller.reset();
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
    m_demoCredentials = std::make_unique<MemoryCredentialStore>();
    m_demoCredentials->write(QLatin1String(CredentialStore::kApiKey),
                             QLatin1String(SandboxOptions::kDefaultApiKey));

    m_puller = std::make_unique<OrderPuller>(m_demo->station(), m_demo->service());
    showWindow();
    m_window->setDemoMode(
        tr("Demo mode: %1 purchase orders from the built-in sandbox at %2 and a throwaway "
           "database. Nothing is sent to ChannelEngine, and everything is gone when the "
           "window closes.")
            .arg(options.orders)
            .arg(m_demo->apiUrl().toString()));
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
    m_puller = std::make_unique<OrderPuller>(*m_station, m_client.get());
}

void AppController::showWindow()
{
    PurchaseOrderService *service = m_demo ? m_demo->service() : m_client.get();
    m_window = std::make_unique<MainWindow>(*station(), service, m_settings);
    if (!m_clientProblem.isEmpty())
        m_window->setApiState(MainWindow::ApiState::NotConfigured, m_clientProblem);
    connect(m_window.get(), &MainWindow::settingsRequested, this,
            &AppController::onSettingsRequested);
    connect(m_window.get(), &MainWindow::pullOrdersRequested, this, &AppController::pullOrders);
    connectPuller();
    m_window->show();

    // The window is usable first; the orders come from the API after it.
    QTimer::singleShot(0, this, &AppController::pullOrders);
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

void AppController::connectPuller()
{
    connect(m_puller.get(), &OrderPuller::started, m_window.get(), [this] {
        m_window->setApiState(MainWindow::ApiState::Busy);
        m_window->showProgress(0, -1);
    });
    connect(m_puller.get(), &OrderPuller::progressed, m_window.get(), &MainWindow::showProgress);
    connect(m_puller.get(), &OrderPuller::finished, this, &AppController::onPullFinished);
    connect(m_puller.get(), &OrderPuller::failed, this, &AppController::onPullFailed);
}

void AppController::pullOrders()
{
    if (!m_clientProblem.isEmpty()) {
        m_window->setApiState(MainWindow::ApiState::NotConfigured, m_clientProblem);
        m_window->statusBar()->showMessage(m_clientProblem, 8000);
        return;
    }
    if (m_puller)
        m_puller->pull();
}

void AppController::onPullFinished(const PurchaseOrderChanges &changes, int total)
{
    if (m_demo && !m_demoAcknowledged) {
        m_demoAcknowledged = true;
        m_demo->acknowledgeOrdersInProgress();
    }
    m_window->hideProgress();
    m_window->setApiState(MainWindow::ApiState::Ready,
                          tr("Last pull: %1 purchase orders").arg(total));
    QString message = tr("Pulled %1 purchase orders: %2 new, %3 updated.")
                          .arg(total)
                          .arg(changes.added.size())
                          .arg(changes.updated.size());
    // A PO that Amazon cancels after it arrived matters: an open shipment may hold it.
    if (!changes.updated.isEmpty() && !changes.cancelled.isEmpty())
        message += QLatin1Char(' ')
            + tr("%n cancelled by Amazon.", nullptr, int(changes.cancelled.size()));
    m_window->statusBar()->showMessage(message, 8000);
    m_window->notifyPurchaseOrdersChanged();
    emit ordersPulled(total);
}

void AppController::onPullFailed(const QString &message)
{
    m_window->hideProgress();
    m_window->setApiState(MainWindow::ApiState::Failed, message);
    m_window->statusBar()->showMessage(tr("Pulling the purchase orders failed: %1").arg(message),
                                       15000);
    emit pullFailed(message);
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
    if (m_demo)
        return;

    // A new database opens behind a new window; a new API URL or key goes into the client.
    const QString database = m_station->database().location();
    std::optional<DatabaseSettings> wanted = DatabaseSettings::fromString(now.database);
    const bool databaseChanged = !wanted || wanted->redactedLocation() != database;
    if (databaseChanged) {
        m_window->close();
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
    createClient();
    m_window->setApiState(m_clientProblem.isEmpty() ? MainWindow::ApiState::Ready
                                                    : MainWindow::ApiState::NotConfigured,
                          m_clientProblem);
}

} // namespace VendorPack
