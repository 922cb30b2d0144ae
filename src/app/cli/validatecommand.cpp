// SPDX-License-Identifier: GPL-3.0-or-later
#include "validatecommand.h"

#include "core/orderbook.h"
#include "core/ordersjson.h"
#include "core/shipmentjson.h"
#include "core/validator.h"

namespace VendorPack {

QString ValidateCommand::summary() const
{
    return tr("Checks a shipment file against the packing rules and prints one finding per line:\n"
              "  <severity> <rule> <JSON pointer>: <message>\n"
              "Exit status: 0 no errors (warnings allowed), 1 at least one error, "
              "2 the input could not be read.");
}

void ValidateCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("SHIPMENT.json"),
                                 tr("The shipment: a POST/PUT body {\"ChannelId\", \"Model\"} "
                                    "or a bare Model."));
    parser.addOption({ QStringLiteral("orders"),
                       tr("Purchase orders (a GET /v2/purchase-orders response or an array) "
                          "for the cross-checks of the po.* rules."),
                       QStringLiteral("ORDERS.json") });
    parser.addOption({ QStringLiteral("json"), tr("Print each finding as one JSON object.") });
}

int ValidateCommand::execute(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err(tr("vendorpack-cli validate: expected one SHIPMENT.json, got %1 arguments")
                .arg(files.size()));
        err(tr("Try 'vendorpack-cli validate --help'."));
        return BadInput;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    auto print = [json](const Finding &finding) {
        if (json)
            outBytes(finding.toJsonLine() + '\n');
        else
            out(finding.toText());
    };

    OrderBook orders;
    RuleContext context;
    if (parser.isSet(QStringLiteral("orders"))) {
        const QString ordersPath = parser.value(QStringLiteral("orders"));
        OrdersDocument read = OrdersJson::readFile(ordersPath);
        for (const Finding &finding : std::as_const(read.findings)) {
            err(tr("%1: %2 %3 %4: %5")
                    .arg(ordersPath, Finding::severityName(finding.severity), finding.rule,
                         finding.pointer.isEmpty() ? QStringLiteral("\"\"") : finding.pointer,
                         finding.message));
        }
        if (!read.readable) {
            err(tr("vendorpack-cli validate: the orders file %1 could not be read")
                    .arg(ordersPath));
            return BadInput;
        }
        orders.setOrders(std::move(read.orders));
        context.orders = &orders;
    }

    ShipmentDocument document = ShipmentJson::readFile(files.first());
    for (const Finding &finding : std::as_const(document.findings))
        print(finding);
    if (!document.isReadable())
        return BadInput;

    context.pointerPrefix = document.pointerPrefix;
    context.requireChannelId = !document.bareModel;
    const Findings findings = Validator::validateOnce(*document.shipment, context);
    for (const Finding &finding : findings)
        print(finding);

    Findings all = document.findings + findings;
    const int errors = countSeverity(all, Severity::Error);
    err(tr("%1: %2 error(s), %3 warning(s), %4 info")
            .arg(files.first())
            .arg(errors)
            .arg(countSeverity(all, Severity::Warning))
            .arg(countSeverity(all, Severity::Info)));
    return errors > 0 ? Failed : Success;
}

} // namespace VendorPack
