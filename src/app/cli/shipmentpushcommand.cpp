// SPDX-License-Identifier: GPL-3.0-or-later
#include "shipmentpushcommand.h"

#include "api/apicall.h"
#include "api/channelengineclient.h"
#include "core/shipmentjson.h"
#include "core/validator.h"

#include <QNetworkAccessManager>

#include <memory>

namespace VendorPack {

QString ShipmentPushCommand::summary() const
{
    return tr("Creates the shipment on the API (POST) or updates it (PUT) when one with its "
              "MerchantShipmentNo exists; never creates it twice, also after a lost answer.\n"
              "Exit status: 0 the API confirmed the content, 1 refused, unreachable or the "
              "shipment has errors, 2 bad input or options.");
}

void ShipmentPushCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("SHIPMENT.json"),
                                 tr("The shipment: a POST/PUT body {\"ChannelId\", \"Model\"}."));
    addApiOptions(parser);
}

int ShipmentPushCommand::execute(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err(tr("vendorpack-cli shipment push: expected one SHIPMENT.json, got %1 arguments")
                .arg(files.size()));
        return BadInput;
    }
    const std::optional<ClientSettings> settings = clientSettings(parser);
    if (!settings)
        return BadInput;

    // Only a shipment without errors goes out: the API would refuse it anyway.
    ShipmentDocument document = ShipmentJson::readFile(files.first());
    Findings findings = document.findings;
    if (document.isReadable()) {
        RuleContext context;
        context.pointerPrefix = document.pointerPrefix;
        context.requireChannelId = true;
        findings += Validator::validateOnce(*document.shipment, context);
    }
    if (!document.isReadable() || countSeverity(findings, Severity::Error) > 0) {
        for (const Finding &finding : std::as_const(findings)) {
            if (finding.severity == Severity::Error)
                err(finding.toText());
        }
        err(tr("vendorpack-cli shipment push: %1 is not pushed: it has errors (see `vendorpack-cli "
               "validate`)")
                .arg(files.first()));
        return document.isReadable() ? Failed : BadInput;
    }

    QNetworkAccessManager network;
    ChannelEngineClient client(&network, *settings);
    const std::unique_ptr<ShipmentPushCall> call(client.pushShipment(*document.shipment));
    const int status = waitFor(*call, *settings);
    if (status != Success) {
        if (call->isFinished() && call->result().postMayHaveBeenApplied)
            err(tr("note: the answer to the POST was lost and the shipment is not listed yet; it "
                   "may still be created. It was not sent twice; the next push looks it up "
                   "first."));
        return status;
    }
    const ShipmentPushResult &result = call->result();
    const QString action
        = result.action == ShipmentPushResult::Action::Created ? tr("created") : tr("updated");
    out(tr("%1 shipment %2 (request %3)")
            .arg(action, result.merchantShipmentNo,
                 result.last.requestId.isEmpty() ? tr("without id") : result.last.requestId));
    if (result.recoveredUncertainPost)
        err(tr("note: an answer was lost on the way; the shipment was looked up on the API and "
               "confirmed, not sent twice"));
    return Success;
}

} // namespace VendorPack
