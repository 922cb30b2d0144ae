// SPDX-License-Identifier: GPL-3.0-or-later
// Storage benchmark: importing 50,000 purchase order lines (2,500 POs x 20 lines) from the API
// into an empty database, on SQLite (budget 2 s) and on a throwaway PostgreSQL server.

#include "benchmarkdata.h"
#include "benchmarkreport.h"

#include "postgresserver.h"
#include "storage/database.h"
#include "storage/purchaseorderrepository.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace VendorPack;

namespace {

constexpr int kOrders = 2500;
constexpr int kLinesPerOrder = 20;
constexpr int kRuns = 3;
constexpr double kImportBudgetMs = 2000;

// Median of kRuns imports, each into a new empty database; also times a second, unchanged poll
// and loading everything back. False if anything failed.
bool benchmark(const char *name, const std::function<DatabaseSettings(int)> &settingsFor,
               const QList<PurchaseOrder> &orders, double *importMs, double *repollMs,
               double *loadMs)
{
    std::vector<double> imports, repolls, loads;
    for (int run = 0; run < kRuns; ++run) {
        QString error;
        auto db = Database::open(settingsFor(run), &error);
        if (!db) {
            std::fprintf(stderr, "bench_storage_import: %s: %s\n", name, qPrintable(error));
            return false;
        }
        PurchaseOrderRepository repo(*db);
        QElapsedTimer timer;
        timer.start();
        const auto changes = repo.upsert(orders, &error);
        imports.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!changes || changes->added.size() != kOrders) {
            std::fprintf(stderr, "bench_storage_import: %s import: %s\n", name, qPrintable(error));
            return false;
        }
        timer.restart();
        const auto again = repo.upsert(orders, &error);
        repolls.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        const auto all = repo.loadAll(&error);
        loads.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!again || again->unchanged != kOrders || !all || all->size() != kOrders) {
            std::fprintf(stderr, "bench_storage_import: %s re-poll/load: %s\n", name,
                         qPrintable(error));
            return false;
        }
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    *importMs = median(imports);
    *repollMs = median(repolls);
    *loadMs = median(loads);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QList<PurchaseOrder> orders = makeBenchmarkOrders(kOrders, kLinesPerOrder);
    bool ok = true;

    QTemporaryDir dir;
    double import = 0, repoll = 0, load = 0;
    if (!benchmark(
            "sqlite",
            [&](int run) {
                return DatabaseSettings::sqlite(
                    dir.filePath(QStringLiteral("bench%1.sqlite").arg(run)));
            },
            orders, &import, &repoll, &load))
        return 1;
    ok &= BenchmarkReport::printMilliseconds("SQLite: import 50,000 PO lines (2,500 POs x 20)",
                                             import, kImportBudgetMs);
    std::printf("%-58s %10.3f ms\n", "SQLite:   the same poll again (all unchanged)", repoll);
    std::printf("%-58s %10.3f ms\n", "SQLite:   load all 2,500 POs back", load);

    QString error;
    auto pg = PostgresServer::start(&error, PostgresServer::Durability::Full);
    if (!pg) {
        std::printf("PostgreSQL: not measured (%s)\n", qPrintable(error));
        std::printf("%s\n", ok ? "storage import: within budget" : "storage import: OVER BUDGET");
        return 0;
    }
    if (!benchmark(
            "postgresql",
            [&](int run) {
                QString createError;
                const QString url
                    = pg->createDatabase(QStringLiteral("bench%1").arg(run), &createError);
                auto settings = DatabaseSettings::postgres(url, &createError);
                const QString password = pg->password();
                settings->passwordProvider = [password] { return password; };
                return *settings;
            },
            orders, &import, &repoll, &load))
        return 1;
    std::printf("%-58s %10.3f ms   (SQLite budget: %g ms)\n",
                "PostgreSQL: import 50,000 PO lines (2,500 POs x 20)", import, kImportBudgetMs);
    std::printf("%-58s %10.3f ms\n", "PostgreSQL:   the same poll again (all unchanged)", repoll);
    std::printf("%-58s %10.3f ms\n", "PostgreSQL:   load all 2,500 POs back", load);
    // Figures over budget are reported, not failed: the whole bench run always completes.
    std::printf("\n%s\n", ok ? "storage import: within budget" : "storage import: OVER BUDGET");
    return 0;
}
