// SPDX-License-Identifier: GPL-3.0-or-later
// A station process for tst_syncrecovery: opens the station's database and runs the sync worker
// against a sandbox until it is killed, or (--exit-when-drained) until nothing waits. The API key
// comes from the environment (VENDORPACK_SYNC_TEST_KEY), never from the command line.

#include "api/channelengineclient.h"
#include "packing/station.h"
#include "sync/synclog.h"
#include "sync/syncstatus.h"
#include "sync/syncworker.h"
#include "synctestsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

using namespace VendorPack;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        { { QStringLiteral("database"), QStringLiteral("SQLite file"), QStringLiteral("FILE") },
          { QStringLiteral("base-url"), QStringLiteral("API base URL"), QStringLiteral("URL") },
          { QStringLiteral("exit-when-drained"), QStringLiteral("Exit 0 once nothing waits") } });
    parser.process(app);
    QString error;
    std::unique_ptr<Station> station
        = SyncTestSupport::openStation(parser.value(QStringLiteral("database")), &error);
    if (!station) {
        say(QStringLiteral("error ") + error);
        return 2;
    }
    ClientSettings settings;
    settings.baseUrl = QUrl(parser.value(QStringLiteral("base-url")));
    settings.apiKey = qEnvironmentVariable("VENDORPACK_SYNC_TEST_KEY");
    settings.timeoutMs = 3000;
    settings.deadlineMs = 4000;
    settings.retry.maxAttempts = 2;
    settings.retry.initialDelayMs = 20;
    settings.retry.totalDeadlineMs = 6000;
    QNetworkAccessManager network;
    ChannelEngineClient client(&network, settings);
    SyncStatus status;
    SyncLog log;
    SyncSettings syncSettings;
    syncSettings.debounceMs = 0;
    syncSettings.scanIntervalMs = 50;
    syncSettings.initialBackoffMs = 100;
    syncSettings.maxBackoffMs = 1000;
    SyncWorker worker(*station, client, status, log, syncSettings);
    QObject::connect(&worker, &SyncWorker::pushStarted, [](qint64 id, qint64 version) {
        say(QStringLiteral("push-started %1 %2").arg(id).arg(version));
    });
    QObject::connect(&worker, &SyncWorker::shipmentConfirmed, [](qint64 id, qint64 version) {
        say(QStringLiteral("confirmed %1 %2").arg(id).arg(version));
    });
    QObject::connect(&log, &SyncLog::eventAppended, [](const SyncEvent &event) {
        say(QStringLiteral("log %1 | %2 | %3").arg(event.subject, event.action, event.result));
    });
    QTimer drained;
    if (parser.isSet(QStringLiteral("exit-when-drained"))) {
        QObject::connect(&drained, &QTimer::timeout, [&] {
            if (!worker.hasPendingWork()) {
                say(QStringLiteral("drained"));
                QCoreApplication::exit(0);
            }
        });
        drained.start(100);
    }
    worker.start();
    return app.exec();
}
