// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelscommand.h"

#include "core/orderbook.h"
#include "core/ordersjson.h"
#include "core/shipmentjson.h"
#include "core/validator.h"
#include "labels/labelbuilder.h"
#include "labels/labelfonts.h"
#include "labels/labelscene.h"
#include "labels/manifestbuilder.h"
#include "labels/manifestdocument.h"
#include "labels/pdflabelwriter.h"
#include "labels/zpllabelwriter.h"

#include <QDir>
#include <QSaveFile>

namespace VendorPack {

namespace {

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

QString LabelsCommand::summary() const
{
    return tr("Writes the GS1 SSCC label of every carton and pallet of a shipment: one file per "
              "container (<SSCC>.pdf or <SSCC>.zpl) plus labels.pdf with all of them (and "
              "labels.zpl for ZPL); with --format pdf also a pallet manifest per pallet "
              "(manifest-<pallet SSCC>.pdf: its cartons, SKUs with quantities and units, POs and "
              "totals) plus manifests.pdf with all of them. Refuses a shipment with errors, "
              "printing the findings as "
              "'validate' does.\n"
              "Exit status: 0 written, 1 the shipment has errors or a label could not be made "
              "or written, 2 bad usage or an input that could not be read.");
}

void LabelsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("SHIPMENT.json"),
                                 tr("The shipment: a POST/PUT body {\"ChannelId\", \"Model\"} "
                                    "or a bare Model."));
    parser.addOption({ QStringLiteral("orders"),
                       tr("Purchase orders (a GET /v2/purchase-orders response or an array): "
                          "the FC's ship-to address and the cross-checks. Required."),
                       QStringLiteral("ORDERS.json") });
    parser.addOption(
        { QStringLiteral("format"), tr("pdf or zpl. Required."), QStringLiteral("pdf|zpl") });
    parser.addOption({ QStringLiteral("dpi"),
                       tr("The ZPL printer's resolution: 203 (default) or 300."),
                       QStringLiteral("203|300"), QStringLiteral("203") });
    parser.addOption({ QStringLiteral("size"), tr("Label stock: 4x6 (default) or a6."),
                       QStringLiteral("4x6|a6"), QStringLiteral("4x6") });
    parser.addOption({ QStringLiteral("paper"),
                       tr("Paper of the pallet manifests (--format pdf): a4 (default) or letter."),
                       QStringLiteral("a4|letter"), QStringLiteral("a4") });
    parser.addOption({ QStringLiteral("company-prefix-length"),
                       tr("Length of the GS1 Company Prefix in the SSCCs (6 to 12), to print the "
                          "human-readable line grouped as (00) 0 0614141 123456789 0; "
                          "ungrouped when not given."),
                       QStringLiteral("N") });
    parser.addOption({ QStringLiteral("out"),
                       tr("Folder to write the labels into (created if missing). Required."),
                       QStringLiteral("DIR") });
}

int LabelsCommand::execute(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err(tr("vendorpack-cli labels: expected one SHIPMENT.json, got %1 arguments")
                .arg(files.size()));
        err(tr("Try 'vendorpack-cli labels --help'."));
        return BadInput;
    }
    for (const char *required : { "orders", "format", "out" }) {
        if (!parser.isSet(QLatin1String(required))) {
            err(tr("vendorpack-cli labels: --%1 is required").arg(QLatin1String(required)));
            err(tr("Try 'vendorpack-cli labels --help'."));
            return BadInput;
        }
    }
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("pdf") && format != QLatin1String("zpl")) {
        err(tr("vendorpack-cli labels: --format must be pdf or zpl, not \"%1\"")
                .arg(parser.value(QStringLiteral("format"))));
        return BadInput;
    }
    const bool zpl = format == QLatin1String("zpl");
    const int dpi = parser.value(QStringLiteral("dpi")).toInt();
    if (!ZplLabelWriter::isSupportedDpi(dpi)) {
        err(tr("vendorpack-cli labels: --dpi must be 203 or 300, not \"%1\"")
                .arg(parser.value(QStringLiteral("dpi"))));
        return BadInput;
    }
    const std::optional<LabelStock> stock
        = LabelLayout::stockFromName(parser.value(QStringLiteral("size")));
    if (!stock) {
        err(tr("vendorpack-cli labels: --size must be 4x6 or a6, not \"%1\"")
                .arg(parser.value(QStringLiteral("size"))));
        return BadInput;
    }
    const std::optional<ManifestPaper> paper
        = ManifestDocument::paperFromName(parser.value(QStringLiteral("paper")));
    if (!paper) {
        err(tr("vendorpack-cli labels: --paper must be a4 or letter, not \"%1\"")
                .arg(parser.value(QStringLiteral("paper"))));
        return BadInput;
    }
    int prefixLength = 0;
    if (parser.isSet(QStringLiteral("company-prefix-length"))) {
        prefixLength = positiveOption(parser, QStringLiteral("company-prefix-length"),
                                      Sscc::kMaxCompanyPrefixLength);
        if (prefixLength < 0)
            return BadInput;
        if (prefixLength < Sscc::kMinCompanyPrefixLength) {
            err(tr("--company-prefix-length must be from 6 to 12"));
            return BadInput;
        }
    }

    const QString ordersPath = parser.value(QStringLiteral("orders"));
    OrdersDocument read = OrdersJson::readFile(ordersPath);
    for (const Finding &finding : std::as_const(read.findings)) {
        err(tr("%1: %2 %3 %4: %5")
                .arg(ordersPath, Finding::severityName(finding.severity), finding.rule,
                     finding.pointer.isEmpty() ? QStringLiteral("\"\"") : finding.pointer,
                     finding.message));
    }
    if (!read.readable) {
        err(tr("vendorpack-cli labels: the orders file %1 could not be read").arg(ordersPath));
        return BadInput;
    }
    const OrderBook orders(std::move(read.orders));

    const QString shipmentPath = files.first();
    ShipmentDocument document = ShipmentJson::readFile(shipmentPath);
    if (!document.isReadable()) {
        for (const Finding &finding : std::as_const(document.findings))
            out(finding.toText());
        return BadInput;
    }

    // Only a valid shipment gets labels: the same rules as 'validate'.
    RuleContext context;
    context.orders = &orders;
    context.pointerPrefix = document.pointerPrefix;
    context.requireChannelId = !document.bareModel;
    const Findings all = document.findings + Validator::validateOnce(*document.shipment, context);
    const int errors = countSeverity(all, Severity::Error);
    if (errors > 0) {
        for (const Finding &finding : all)
            out(finding.toText());
        err(tr("vendorpack-cli labels: %1 has %2 error(s); no labels written")
                .arg(shipmentPath)
                .arg(errors));
        return Failed;
    }

    LabelBuilder::Options options;
    options.companyPrefixLength = prefixLength;
    options.pointerPrefix = document.pointerPrefix;
    const LabelBuilder::Result built = LabelBuilder::build(*document.shipment, orders, options);
    for (const Finding &finding : built.findings)
        out(finding.toText());
    if (built.hasErrors()) {
        err(tr("vendorpack-cli labels: %1: no labels written").arg(shipmentPath));
        return Failed;
    }
    if (built.labels.isEmpty()) {
        err(tr("vendorpack-cli labels: %1 has no cartons or pallets to label").arg(shipmentPath));
        return Failed;
    }
    QString error;
    if (!LabelFonts::load(&error)) {
        err(tr("vendorpack-cli labels: %1").arg(error));
        return Failed;
    }

    // Compose every label first: nothing is written unless all of them can be printed.
    const LabelLayout cartonLayout = LabelLayout::create(*stock, LabelKind::Carton);
    const LabelLayout palletLayout = LabelLayout::create(*stock, LabelKind::Pallet);
    const ZplLabelWriter zplWriter(dpi);
    QList<LabelScene> scenes;
    QList<QByteArray> zplLabels;
    bool refused = false;
    for (const LabelData &data : built.labels) {
        const LabelScene scene = LabelScene::compose(
            data.kind == LabelKind::Pallet ? palletLayout : cartonLayout, data);
        for (const Finding &finding : scene.findings)
            out(finding.toText());
        refused = refused || scene.hasErrors();
        if (zpl) {
            const ZplLabelWriter::Placed placed = zplWriter.place(scene);
            for (const QString &problem : placed.problems)
                err(tr("error label.barcode %1: %2").arg(data.pointer, problem));
            for (const QString &warning : placed.warnings)
                err(tr("warning label.zpl-font %1: %2").arg(data.pointer, warning));
            refused = refused || !placed.problems.isEmpty();
            zplLabels.append(ZplLabelWriter::serialize(placed));
        }
        scenes.append(scene);
    }
    if (refused) {
        err(tr("vendorpack-cli labels: %1: some labels cannot be printed; no labels written")
                .arg(shipmentPath));
        return Failed;
    }

    // The pallet manifests (PDF only), composed before anything is written as well.
    QList<PalletManifest> manifests;
    if (!zpl)
        manifests = ManifestBuilder::build(*document.shipment, built).manifests;

    const QString dir = parser.value(QStringLiteral("out"));
    if (!QDir().mkpath(dir)) {
        err(tr("vendorpack-cli labels: cannot create the folder %1").arg(dir));
        return Failed;
    }
    const QDir outDir(dir);
    QByteArray allZpl;
    for (int i = 0; i < scenes.size(); ++i) {
        const QString path = outDir.filePath(
            scenes.at(i).name + (zpl ? QStringLiteral(".zpl") : QStringLiteral(".pdf")));
        const bool ok = zpl ? writeFile(path, zplLabels.at(i), &error)
                            : PdfLabelWriter::writeFile({ scenes.at(i) }, path, &error);
        if (!ok) {
            err(tr("vendorpack-cli labels: cannot write %1: %2").arg(path, error));
            return Failed;
        }
        if (zpl)
            allZpl += zplLabels.at(i);
    }
    const QString allPdf = outDir.filePath(QStringLiteral("labels.pdf"));
    if (!PdfLabelWriter::writeFile(scenes, allPdf, &error)) {
        err(tr("vendorpack-cli labels: cannot write %1: %2").arg(allPdf, error));
        return Failed;
    }
    if (zpl) {
        const QString path = outDir.filePath(QStringLiteral("labels.zpl"));
        if (!writeFile(path, allZpl, &error)) {
            err(tr("vendorpack-cli labels: cannot write %1: %2").arg(path, error));
            return Failed;
        }
    }
    for (const PalletManifest &manifest : std::as_const(manifests)) {
        const QString path = outDir.filePath(ManifestDocument::fileName(manifest));
        if (!ManifestDocument::writeFile({ manifest }, *paper, path, &error)) {
            err(tr("vendorpack-cli labels: cannot write %1: %2").arg(path, error));
            return Failed;
        }
    }
    if (!manifests.isEmpty()) {
        const QString path = outDir.filePath(QStringLiteral("manifests.pdf"));
        if (!ManifestDocument::writeFile(manifests, *paper, path, &error)) {
            err(tr("vendorpack-cli labels: cannot write %1: %2").arg(path, error));
            return Failed;
        }
    }
    int pallets = 0;
    for (const LabelData &data : built.labels)
        pallets += data.kind == LabelKind::Pallet ? 1 : 0;
    out(tr("wrote %1 labels (%2 cartons, %3 pallets) as %4%5 on %6 stock to %7")
            .arg(scenes.size())
            .arg(scenes.size() - pallets)
            .arg(pallets)
            .arg(zpl ? QStringLiteral("ZPL") : QStringLiteral("PDF"),
                 zpl ? tr(" at %1 dpi").arg(dpi) : QString(), LabelLayout::stockName(*stock), dir));
    if (!manifests.isEmpty())
        out(tr("wrote %1 pallet manifest(s) and manifests.pdf").arg(manifests.size()));
    return Success;
}

} // namespace VendorPack
