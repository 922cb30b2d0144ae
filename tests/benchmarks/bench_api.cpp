// SPDX-License-Identifier: GPL-3.0-or-later
// API benchmarks against the in-process sandbox over loopback: pulling 5,000 purchase orders of
// 20 lines, and pushing the 60 x 60 x 5 shipment; each beside the time parsing alone takes.

#include "benchmarkdata.h"
#include "benchmarkreport.h"

#include "api/apicall.h"
#include "api/channelengineclient.h"
#include "core/generator.h"
#include "core/ordersjson.h"
#include "core/shipmentjson.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

#include <memory>

using namespace VendorPack;

namespace {

constexpr int kOrders = 5000;
constexpr int kLinesPerOrder = 20;
constexpr int kPageSize = 500;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("vendorpack.api.debug=false\n"
                                                    "vendorpack.api.info=false"));

    SandboxOptions options;
    options.orders = 0;
    options.exportDelaySeconds = 0;
    SandboxServer server(options);
    QString error;
    if (!server.initialize(&error) || server.listen(0) == 0) {
        std::fprintf(stderr, "bench_api: the sandbox did not start: %s\n", qPrintable(error));
        return 2;
    }
    const QList<PurchaseOrder> orders = makeBenchmarkOrders(kOrders, kLinesPerOrder);
    server.state().upsertOrders(orders);

    QNetworkAccessManager network;
    ClientSettings settings;
    settings.baseUrl = server.baseUrl();
    settings.apiKey = options.apiKey;
    ChannelEngineClient client(&network, settings);
    bool ok = true;

    // Pull: 10 pages of 500 purchase orders, 100,000 lines.
    int pulled = 0;
    const double pull = BenchmarkReport::medianMilliseconds(3, [&] {
        PurchaseOrderQuery query;
        query.pageSize = kPageSize;
        const std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders(query));
        call->waitForFinished(300000);
        if (!call->isSuccess())
            std::fprintf(stderr, "bench_api: pull failed: %s\n",
                         qPrintable(call->error().toText()));
        pulled = int(call->result().orders.size());
    });
    std::printf("pulled %d purchase orders of %d lines in pages of %d\n", pulled, kLinesPerOrder,
                kPageSize);
    QList<QByteArray> pages;
    for (int first = 0; first < orders.size(); first += kPageSize)
        pages.append(OrdersJson::writePage(orders.mid(first, kPageSize), orders.size(), kPageSize,
                                           JsonWriter::Compact));
    const double parsePages = BenchmarkReport::medianMilliseconds(3, [&] {
        for (const QByteArray &page : std::as_const(pages))
            OrdersDocument d = OrdersJson::read(page);
    });
    // No budget in DESIGN.md for these: the figures show the network and server overhead.
    std::printf("%-58s %10.1f ms\n", "pull 5,000 POs x 20 lines from the sandbox", pull);
    std::printf("%-58s %10.1f ms\n", "  of which parsing and mapping the pages alone", parsePages);
    ok &= pulled == kOrders;

    // Push: the 18,000-line shipment, created once and then updated.
    ShipmentGenerator::Options generate;
    generate.pallets = 60;
    generate.cartonsPerPallet = 60;
    generate.skusPerCarton = 5;
    const ShipmentGenerator::Result generated = ShipmentGenerator::generate(generate);
    server.state().upsertOrders(generated.orders);
    const Shipment &shipment = *generated.shipment;
    QString action;
    const double push = BenchmarkReport::medianMilliseconds(3, [&] {
        const std::unique_ptr<ShipmentPushCall> call(client.pushShipment(shipment));
        call->waitForFinished(300000);
        if (!call->isSuccess())
            std::fprintf(stderr, "bench_api: push failed: %s\n",
                         qPrintable(call->error().toText()));
        ok &= call->isSuccess();
        action = call->result().action == ShipmentPushResult::Action::Created
            ? QStringLiteral("created")
            : QStringLiteral("updated");
    });
    const QByteArray body = ShipmentJson::write(shipment, JsonWriter::Compact);
    const double serialiseAndParse = BenchmarkReport::medianMilliseconds(5, [&] {
        const QByteArray b = ShipmentJson::write(shipment, JsonWriter::Compact);
        ShipmentDocument d = ShipmentJson::read(b);
    });
    std::printf("%-58s %10.1f ms   (lookup + PUT, %.1f MB)\n",
                "push the 18,000-line shipment to the sandbox", push, double(body.size()) / 1e6);
    std::printf("%-58s %10.1f ms\n", "  of which serialising and parsing the body alone",
                serialiseAndParse);
    std::printf("\n%s\n", ok ? "api benchmarks: done" : "api benchmarks: SOME CALLS FAILED");
    return ok ? 0 : 1;
}
