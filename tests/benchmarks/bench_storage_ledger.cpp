// SPDX-License-Identifier: GPL-3.0-or-later
// Storage benchmark: drawing 10,000 SSCCs from the ledger one by one, each in its own
// transaction (as a station does when it prints a label), on SQLite and, when it can be
// started, a throwaway PostgreSQL server.

#include "benchmarkreport.h"

#include "postgresserver.h"
#include "storage/database.h"
#include "storage/ssccledger.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

using namespace VendorPack;

namespace {

constexpr int kAllocations = 10000;
// Indicative: one allocation must fit in a drag and drop's 16 ms with room to spare.
constexpr double kOneAllocationBudgetMs = 5;
const QString kPrefix = QStringLiteral("0614141");

bool run(const char *backend, Database &db)
{
    std::printf("-- %s\n", backend);
    SsccLedger ledger(db);
    QString error;
    if (!ledger.configureRange(kPrefix, 0, 1, 9999999, &error))
        qFatal("%s", qPrintable(error));
    SsccLedger::Use use;
    use.user = QStringLiteral("bench");
    use.station = QStringLiteral("dock-1");
    std::vector<double> each;
    each.reserve(kAllocations);
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < kAllocations; ++i) {
        QElapsedTimer one;
        one.start();
        if (!ledger.allocate(kPrefix, 0, use, &error))
            qFatal("%s", qPrintable(error));
        each.push_back(double(one.nsecsElapsed()) / 1e6);
    }
    const double totalMs = double(total.nsecsElapsed()) / 1e6;
    std::sort(each.begin(), each.end());
    std::printf("%-58s %10.3f ms   (%.0f per second)\n", "allocate 10,000 SSCCs one by one",
                totalMs, kAllocations / (totalMs / 1000));
    const bool ok
        = BenchmarkReport::printMilliseconds("one allocation (its own transaction), median",
                                             each[each.size() / 2], kOneAllocationBudgetMs);
    std::printf("%-58s %10.3f ms\n", "one allocation, 99th percentile",
                each[each.size() * 99 / 100]);
    const auto rows = db.scalar(QStringLiteral("SELECT COUNT(*) FROM sscc_ledger"));
    if (!rows || rows->toInt() != kAllocations)
        qFatal("the ledger holds %d rows, not %d", rows ? rows->toInt() : -1, kAllocations);
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bool ok = true;
    QTemporaryDir dir;
    QString error;
    auto sqlite = Database::open(
        DatabaseSettings::sqlite(dir.filePath(QStringLiteral("ledger.sqlite"))), &error);
    if (!sqlite)
        qFatal("%s", qPrintable(error));
    const QByteArray fileSystem = QStorageInfo(dir.path()).fileSystemType();
    std::printf("(SQLite file on %s, synchronous=FULL)\n", fileSystem.constData());
    ok &= run("SQLite", *sqlite);
    sqlite.reset();

    auto server = PostgresServer::start(&error, PostgresServer::Durability::Full);
    if (!server) {
        std::printf("-- PostgreSQL: not measured (%s)\n", qPrintable(error));
    } else {
        auto settings = DatabaseSettings::postgres(server->url(), &error);
        const QString password = server->password();
        settings->passwordProvider = [password] { return password; };
        auto postgres = Database::open(*settings, &error);
        if (!postgres)
            qFatal("%s", qPrintable(error));
        std::printf("(PostgreSQL 15 on loopback, fsync and synchronous_commit on)\n");
        ok &= run("PostgreSQL", *postgres);
    }
    std::printf("%s\n",
                ok ? "ledger benchmarks: all within budget"
                   : "ledger benchmarks: SOME FIGURES ARE OVER BUDGET");
    return 0;
}
