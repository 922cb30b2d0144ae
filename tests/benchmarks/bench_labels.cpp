// SPDX-License-Identifier: GPL-3.0-or-later
// Label benchmarks on a generated shipment: ZPL and PDF generation for every carton and pallet.
// Usage: bench_labels SHIPMENT.json ORDERS.json

#include "benchmarkreport.h"

#include "core/orderbook.h"
#include "core/ordersjson.h"
#include "core/shipmentjson.h"
#include "labels/labelbuilder.h"
#include "labels/labelfonts.h"
#include "labels/labelscene.h"
#include "labels/pdflabelwriter.h"
#include "labels/zpllabelwriter.h"

#include <QBuffer>
#include <QGuiApplication>

using namespace VendorPack;

namespace {

bool printRate(const char *what, int labels, double ms, double budgetPerSecond)
{
    const double rate = labels / (ms / 1000.0);
    const bool ok = rate >= budgetPerSecond;
    std::printf("%-58s %10.0f labels/s   budget >= %g labels/s   %s\n", what, rate, budgetPerSecond,
                ok ? "OK" : "OVER BUDGET");
    std::fflush(stdout);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_labels SHIPMENT.json ORDERS.json\n");
        return 2;
    }
    ShipmentDocument shipment = ShipmentJson::readFile(QString::fromLocal8Bit(argv[1]));
    OrdersDocument orders = OrdersJson::readFile(QString::fromLocal8Bit(argv[2]));
    QString error;
    if (!shipment.isReadable() || !orders.readable || !LabelFonts::load(&error)) {
        std::fprintf(stderr, "bench_labels: cannot read the input or the fonts %s\n",
                     qPrintable(error));
        return 2;
    }
    const OrderBook book(orders.orders);
    LabelBuilder::Options options;
    options.companyPrefixLength = 7;
    const LabelBuilder::Result built = LabelBuilder::build(*shipment.shipment, book, options);
    if (built.hasErrors() || built.labels.isEmpty()) {
        std::fprintf(stderr, "bench_labels: the shipment gives no labels\n");
        return 1;
    }
    const int count = int(built.labels.size());
    std::printf("%d containers (cartons and pallets)\n", count);
    const LabelLayout carton = LabelLayout::create(LabelStock::FourBySix, LabelKind::Carton);
    const LabelLayout pallet = LabelLayout::create(LabelStock::FourBySix, LabelKind::Pallet);
    auto compose = [&](const LabelData &data) {
        return LabelScene::compose(data.kind == LabelKind::Pallet ? pallet : carton, data);
    };

    bool ok = true;
    for (int dpi : { 203, 300 }) {
        const ZplLabelWriter writer(dpi);
        qsizetype bytes = 0;
        const double ms = BenchmarkReport::medianMilliseconds(3, [&] {
            bytes = 0;
            for (const LabelData &data : built.labels)
                bytes += writer.write(compose(data)).size();
        });
        const QByteArray what = QByteArray("ZPL labels, ") + QByteArray::number(dpi)
            + " dpi, layout + ZPL (" + QByteArray::number(count) + " labels)";
        ok = printRate(what.constData(), count, ms, 10000) && ok;
    }

    // PDF: every label into one multi-page document (labels.pdf), and a sample of one file each.
    {
        QList<LabelScene> scenes;
        qint64 size = 0;
        const double ms = BenchmarkReport::medianMilliseconds(3, [&] {
            scenes.clear();
            for (const LabelData &data : built.labels)
                scenes.append(compose(data));
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            PdfLabelWriter::write(scenes, &buffer);
            size = buffer.size();
        });
        const QByteArray what = "PDF labels, one document of " + QByteArray::number(count)
            + " pages (" + QByteArray::number(size / 1024) + " KiB)";
        ok = printRate(what.constData(), count, ms, 100) && ok;
    }
    {
        const int sample = qMin(count, 500);
        const double ms = BenchmarkReport::medianMilliseconds(3, [&] {
            for (int i = 0; i < sample; ++i) {
                QBuffer buffer;
                buffer.open(QIODevice::WriteOnly);
                PdfLabelWriter::write({ compose(built.labels.at(i)) }, &buffer);
            }
        });
        const QByteArray what
            = "PDF labels, one document each (" + QByteArray::number(sample) + " labels)";
        ok = printRate(what.constData(), sample, ms, 100) && ok;
    }
    return ok ? 0 : 1;
}
