// SPDX-License-Identifier: GPL-3.0-or-later
// The window's start with 1,000 open purchase orders (DESIGN.md section 12: usable within 1 s):
// the main window with its Orders and Packing pages built over a SQLite database holding them,
// shown (offscreen) until the orders are in the list. Prints the median of a few starts.

#include "benchmarkreport.h"

#include "packing/station.h"
#include "sandbox/demodata.h"
#include "storage/purchaseorderrepository.h"
#include "ui/mainwindow.h"
#include "ui/orderspage.h"
#include "ui/purchaseorderlistmodel.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

using namespace VendorPack;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 2;
    StationProfile profile;
    profile.stationName = QStringLiteral("BENCH-1");
    profile.userName = QStringLiteral("bench");
    QString error;
    const DatabaseSettings database
        = DatabaseSettings::sqlite(dir.filePath(QStringLiteral("window.sqlite")));
    {
        auto station = Station::open(database, profile, &error);
        QList<PurchaseOrder> orders = DemoData::generate(5, 1000);
        for (PurchaseOrder &po : orders)
            po.status = PurchaseOrderStatus::New;
        if (!station || !station->purchaseOrders().upsert(orders, &error)) {
            std::fprintf(stderr, "cannot store the orders: %s\n", qPrintable(error));
            return 2;
        }
    }

    std::printf("-- the window over 1,000 open purchase orders (offscreen, SQLite)\n");
    int rows = 0;
    const double startMs = BenchmarkReport::medianMilliseconds(5, [&] {
        // A start: open the station, build the window with its pages, show it with the list.
        auto station = Station::open(database, profile, &error);
        QSettings ui(dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
        MainWindow window(*station, nullptr, ui);
        window.show();
        QCoreApplication::processEvents();
        auto *page = qobject_cast<OrdersPage *>(window.page(QStringLiteral("orders")));
        rows = page ? page->listModel()->rowCount() : -1;
    });
    const bool ok = BenchmarkReport::printMilliseconds(
        "start to usable window with 1,000 open POs (median of 5)", startMs, 1000);
    std::printf("%-58s %10d\n", "  purchase orders in the list", rows);
    std::printf("window benchmarks: %s\n", ok && rows == 1000 ? "all within budget" : "NOT MET");
    return 0;
}
