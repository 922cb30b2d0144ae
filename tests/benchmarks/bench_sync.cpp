// SPDX-License-Identifier: GPL-3.0-or-later
// Sync benchmarks against the in-process sandbox over loopback (no faults): the time from a
// committed edit to the API confirming it (debounce 0, and the default debounce), and how many
// API requests a burst of 100 edits in 5 seconds causes.

#include "benchmarkreport.h"

#include "api/channelengineclient.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"
#include "storage/purchaseorderrepository.h"
#include "sync/synclog.h"
#include "sync/syncstatus.h"
#include "sync/syncworker.h"
#include "synctestsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace VendorPack;
using namespace VendorPack::SyncTestSupport;

namespace {

// Runs the event loop until `done` holds or `timeoutMs` passes; whether it holds.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

bool lotEdit(Editor &editor, int n, QString *error)
{
    return editor.apply(
        [n](Shipment &s, ShipmentChangeSet &c) {
            ShipmentNode *item = s.lines().front()->child(n % 4)->child(0);
            item->line().lotNo = QStringLiteral("BENCH-%1").arg(n);
            c.upsert(item);
        },
        error);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("vendorpack.api.debug=false\n"
                                                    "vendorpack.api.info=false"));
    QTemporaryDir dir;
    SandboxOptions options;
    options.orders = 0;
    options.apiKey = kKey;
    options.exportDelaySeconds = 0;
    SandboxServer server(options);
    QString error;
    if (!dir.isValid() || !server.initialize(&error) || server.listen(0) == 0) {
        std::fprintf(stderr, "bench_sync: the sandbox did not start: %s\n", qPrintable(error));
        return 2;
    }
    std::unique_ptr<Station> station
        = openStation(dir.filePath(QStringLiteral("bench.sqlite")), &error);
    ShipmentGenerator::Result made = generated(5, 2, 10, 3); // 60 item lines
    if (!station || !made.shipment || !station->purchaseOrders().upsert(made.orders, &error)) {
        std::fprintf(stderr, "bench_sync: no station: %s\n", qPrintable(error));
        return 2;
    }
    server.state().upsertOrders(made.orders);
    const qint64 id = storeAndEnqueue(*station, *made.shipment, &error);
    if (id < 0) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(error));
        return 2;
    }

    QNetworkAccessManager network;
    ClientSettings clientSettings;
    clientSettings.baseUrl = server.baseUrl();
    clientSettings.apiKey = kKey;
    ChannelEngineClient client(&network, clientSettings);
    SyncStatus status;
    SyncLog log;
    SyncSettings settings;
    settings.debounceMs = 0;
    SyncWorker worker(*station, client, status, log, settings);
    qint64 confirmedVersion = 0;
    int confirmations = 0;
    QObject::connect(&worker, &SyncWorker::shipmentConfirmed, [&](qint64, qint64 version) {
        confirmedVersion = version;
        ++confirmations;
    });
    worker.start();
    Editor editor(*station, id, 1);
    bool ok = spinUntil([&] { return confirmedVersion == 1; }, 10000);
    int n = 0;

    // One edit at a time, each confirmed before the next: commit -> API confirmed.
    auto measure = [&](int runs, std::vector<double> *times) {
        for (int i = 0; i < runs && ok; ++i) {
            ok = lotEdit(editor, ++n, &error);
            QElapsedTimer timer; // from the commit
            timer.start();
            worker.notifyEnqueued(); // as the packing session does after its commit
            const qint64 version = editor.version();
            ok = ok && spinUntil([&] { return confirmedVersion == version; }, 15000);
            times->push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(times->begin(), times->end());
    };
    std::vector<double> immediate;
    measure(20, &immediate);
    if (ok) {
        BenchmarkReport::printMilliseconds("edit -> API confirmed, debounce 0 (median of 20)",
                                           immediate[immediate.size() / 2], 100);
        BenchmarkReport::printMilliseconds("edit -> API confirmed, debounce 0 (slowest of 20)",
                                           immediate.back(), 250);
    }

    settings.debounceMs = SyncSettings().debounceMs;
    worker.setSettings(settings);
    std::vector<double> debounced;
    measure(3, &debounced);
    if (ok) {
        BenchmarkReport::printMilliseconds(
            "edit -> API confirmed, default 2 s debounce (median of 3)",
            debounced[debounced.size() / 2], settings.debounceMs + 500);
    }

    // A burst: 100 edits in 5 seconds, then quiet until the API has the last one.
    const qint64 requestsBefore = server.state().stats().requests;
    const int confirmationsBefore = confirmations;
    QElapsedTimer burst;
    burst.start();
    for (int i = 0; i < 100 && ok; ++i) {
        ok = lotEdit(editor, ++n, &error);
        worker.notifyEnqueued();
        const qint64 due = qint64(i + 1) * 50;
        spinUntil([&] { return burst.elapsed() >= due; }, 1000);
    }
    const qint64 last = editor.version();
    ok = ok && spinUntil([&] { return confirmedVersion == last; }, 20000);
    if (ok) {
        const qint64 requests = server.state().stats().requests - requestsBefore;
        const bool within = requests <= 10;
        std::printf("%-58s %10lld      budget <= 10 requests  %s\n",
                    "API requests for 100 edits in 5 s (default debounce)",
                    static_cast<long long>(requests), within ? "OK" : "OVER BUDGET");
        std::printf("%-58s %10d\n", "  of which confirmed pushes",
                    confirmations - confirmationsBefore);
        std::printf("%-58s %10.0f ms\n", "  burst start -> API confirmed the last edit",
                    double(burst.elapsed()));
        std::fflush(stdout);
    }
    if (!ok) {
        std::fprintf(stderr, "bench_sync: %s\n",
                     qPrintable(error.isEmpty() ? QStringLiteral("timed out") : error));
        return 1;
    }
    return 0;
}
