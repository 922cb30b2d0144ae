// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demosetup.h"
#include "settings/sitesettings.h"

#include <QObject>
#include <QTimer>

#include <functional>
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
class OrderPoller;
class PurchaseOrderService;
class Station;
class SyncLog;
class SyncStatus;
class SyncWorker;
struct OrderAlert;
struct PurchaseOrderChanges;

// How the program was started (the command line, parsed by main).
struct StartOptions
{
    bool demo = false;
    DemoOptions demoOptions;
    QString database; // overrides the station's setting for this run
    QString stationName; // overrides the station's setting for this run
    bool openSettings = false; // the settings dialog before anything else
    // Demo only: once the orders are in, the sandbox fails every API request (to see offline).
    bool demoFaults = false;
};

// Builds what the window works on and keeps it alive: the station (or the demo station), the
// API client, the window, and sync (the outbox worker and the order poller with their status
// and log); runs the settings dialog on the first start, after a bad setting or an unreachable
// database, and when the user asks; asks before quitting with changes waiting.
class AppController : public QObject
{
    Q_OBJECT

public:
    // What the user answers when closing with changes waiting.
    enum class QuitAnswer { Quit, WaitForSync, Cancel };
    // Asks the question (text) and returns the answer; the default shows a message box.
    using QuitQuestion = std::function<QuitAnswer(const QString &text)>;

    // settings: the station's QSettings (also the window's state); credentials: the key store.
    AppController(QSettings &settings, std::unique_ptr<CredentialStore> credentials,
                  QObject *parent = nullptr);
    ~AppController() override;

    // Opens the station and shows the window, then starts sync in the background. False
    // when the user closed the settings dialog (error empty) or the demo could not start.
    bool start(const StartOptions &options, QString *error);

    MainWindow *window() const { return m_window.get(); }
    Station *station() const;
    DemoSetup *demo() const { return m_demo.get(); }
    OrderPoller *poller() const { return m_poller.get(); }
    SyncWorker *syncWorker() const { return m_worker.get(); }
    SyncStatus *syncStatus() const { return m_syncStatus.get(); }
    SyncLog *syncLog() const { return m_syncLog.get(); }
    CredentialStore &credentials() const { return *m_credentials; }

    // Replaces the quit question (tests).
    void setQuitQuestion(QuitQuestion question) { m_quitQuestion = std::move(question); }
    // The user chose "Wait for sync": the window closes once nothing is waiting.
    bool isWaitingToQuit() const { return m_quitTimer.isActive(); }

    // Polls the purchase orders now (File > Pull Orders Now), unless sync cannot run.
    void pullOrders();
    // Sends what waits in the outbox now and polls (Sync Now, the banner's "Try now").
    void syncNow();
    // Reads the API URL and key again into the client; a usable key lifts a pause.
    void reloadApiSettings();

signals:
    // A poll of the purchase orders finished (stored) or failed.
    void ordersPulled();
    void pullFailed(const QString &message);

private:
    bool startDemo(const DemoOptions &options, QString *error);
    bool openStation();
    bool runSettingsDialog(const QString &message, Station *station);
    void createClient();
    void showWindow();
    void createSync();
    void connectSync();
    void onSettingsRequested();
    void onPollStarted();
    void onOrdersChanged(const PurchaseOrderChanges &changes);
    void onPollFinished(bool success);
    void onOrderAlert(const OrderAlert &alert);
    bool confirmClose();
    QuitAnswer askQuit(const QString &text);
    void onQuitTimer();
    void closeStation();

    QSettings &m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    StartOptions m_options;
    QString m_credentialNotice;
    std::optional<SiteSettings> m_pendingSite;

    std::unique_ptr<DemoSetup> m_demo;
    std::unique_ptr<QSettings> m_demoSettings;
    QString m_demoLabelFolder;
    std::unique_ptr<CredentialStore> m_demoCredentials;
    std::unique_ptr<Station> m_station;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ChannelEngineClient> m_client;
    QString m_clientProblem;
    std::unique_ptr<SyncStatus> m_syncStatus;
    std::unique_ptr<SyncLog> m_syncLog;
    std::unique_ptr<SyncWorker> m_worker;
    std::unique_ptr<OrderPoller> m_poller;
    std::unique_ptr<MainWindow> m_window;
    QuitQuestion m_quitQuestion;
    QTimer m_quitTimer; // while waiting for sync to quit
    bool m_switchingStation = false;
    bool m_demoAcknowledged = false;
    bool m_pollShown = false; // the running poll reports in the status bar
    int m_polledNew = 0;
    int m_polledChanged = 0;
};

} // namespace VendorPack
