// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demosetup.h"
#include "settings/sitesettings.h"

#include <QObject>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QSettings;
QT_END_NAMESPACE

namespace VendorPack {

class ChannelEngineClient;
class CredentialStore;
class MainWindow;
class OrderPuller;
struct PurchaseOrderChanges;
class Station;

// How the program was started (the command line, parsed by main).
struct StartOptions
{
    bool demo = false;
    DemoOptions demoOptions;
    QString database; // overrides the station's setting for this run
    QString stationName; // overrides the station's setting for this run
    bool openSettings = false; // the settings dialog before anything else
};

// Builds what the window works on and keeps it alive: the station (or the demo station), the
// API client, the window, the background pull of purchase orders; runs the settings dialog on
// the first start, after a bad setting or an unreachable database, and when the user asks.
class AppController : public QObject
{
    Q_OBJECT

public:
    // settings: the station's QSettings (also the window's state); credentials: the key store.
    AppController(QSettings &settings, std::unique_ptr<CredentialStore> credentials,
                  QObject *parent = nullptr);
    ~AppController() override;

    // Opens the station and shows the window, then pulls the orders in the background. False
    // when the user closed the settings dialog (error empty) or the demo could not start.
    bool start(const StartOptions &options, QString *error);

    MainWindow *window() const { return m_window.get(); }
    Station *station() const;
    DemoSetup *demo() const { return m_demo.get(); }
    OrderPuller *puller() const { return m_puller.get(); }
    CredentialStore &credentials() const { return *m_credentials; }

    // Starts a pull of the purchase orders unless one runs.
    void pullOrders();

signals:
    // A pull finished (stored) or failed.
    void ordersPulled(int total);
    void pullFailed(const QString &message);

private:
    bool startDemo(const DemoOptions &options, QString *error);
    bool openStation();
    bool runSettingsDialog(const QString &message, Station *station);
    void createClient();
    void showWindow();
    void connectPuller();
    void onSettingsRequested();
    void onPullFinished(const PurchaseOrderChanges &changes, int total);
    void onPullFailed(const QString &message);
    void closeStation();

    QSettings &m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    StartOptions m_options;
    QString m_credentialNotice;
    std::optional<SiteSettings> m_pendingSite;

    std::unique_ptr<DemoSetup> m_demo;
    std::unique_ptr<QSettings> m_demoSettings;
    std::unique_ptr<CredentialStore> m_demoCredentials;
    std::unique_ptr<Station> m_station;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ChannelEngineClient> m_client;
    QString m_clientProblem;
    std::unique_ptr<OrderPuller> m_puller;
    std::unique_ptr<MainWindow> m_window;
    bool m_demoAcknowledged = false;
};

} // namespace VendorPack
