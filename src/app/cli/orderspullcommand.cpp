// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderspullcommand.h"

#include "api/apicall.h"
#include "api/channelengineclient.h"
#include "core/ordersjson.h"

#include <QNetworkAccessManager>
#include <QSaveFile>

#include <memory>

namespace VendorPack {

QString OrdersPullCommand::summary() const
{
    return tr("Fetches the purchase orders from the API, all pages, into one orders file (the "
              "GET /v2/purchase-orders response form).\n"
              "Exit status: 0 all pages fetched, 1 the API failed or refused, 2 bad options.");
}

void OrdersPullCommand::addOptions(QCommandLineParser &parser)
{
    addApiOptions(parser);
    parser.addOption(
        { QStringLiteral("channel"), tr("Only this channel id."), QStringLiteral("N") });
    parser.addOption({ QStringLiteral("status"),
                       tr("Only POs in this status (repeatable): NEW, IN_PROGRESS, CANCELLED, "
                          "SHIPPED, CLOSED, INVOICED. Default: all."),
                       QStringLiteral("STATUS") });
    parser.addOption({ QStringLiteral("out"),
                       tr("Write the orders to this file (default: standard output)."),
                       QStringLiteral("ORDERS.json") });
}

int OrdersPullCommand::execute(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        err(tr("vendorpack-cli orders pull: unexpected argument \"%1\"")
                .arg(parser.positionalArguments().first()));
        return BadInput;
    }
    const std::optional<ClientSettings> settings = clientSettings(parser);
    if (!settings)
        return BadInput;

    PurchaseOrderQuery query;
    if (parser.isSet(QStringLiteral("channel"))) {
        const int channel = positiveOption(parser, QStringLiteral("channel"), INT_MAX);
        if (channel < 0)
            return BadInput;
        query.channelId = channel;
    }
    for (const QString &text : parser.values(QStringLiteral("status"))) {
        EnumMatch match;
        const PurchaseOrderStatus status = enumFromWire<PurchaseOrderStatus>(text, &match);
        if (match == EnumMatch::None) {
            err(tr("vendorpack-cli orders pull: --status \"%1\" is not one of %2")
                    .arg(text, enumWireList<PurchaseOrderStatus>()));
            return BadInput;
        }
        query.statuses.append(status);
    }
    query.pageSize = 500;

    QNetworkAccessManager network;
    ChannelEngineClient client(&network, *settings);
    const std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders(query));
    QObject::connect(call.get(), &ApiCall::progressed, call.get(), [](int done, int total) {
        err(total > 0 ? tr("page %1 of %2").arg(done).arg(total) : tr("page %1").arg(done));
    });
    const int status = waitFor(*call, *settings);
    if (status != Success)
        return status;

    const PurchaseOrdersResult &result = call->result();
    for (const Finding &finding : result.findings)
        err(tr("warning: the API's answer: %1").arg(finding.toText()));
    const QByteArray json = OrdersJson::write(result.orders);
    if (parser.isSet(QStringLiteral("out"))) {
        const QString path = parser.value(QStringLiteral("out"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
            err(tr("vendorpack-cli orders pull: cannot write %1: %2")
                    .arg(path, file.errorString()));
            return Failed;
        }
        err(tr("wrote %1 purchase orders (%2 pages) to %3")
                .arg(result.orders.size())
                .arg(result.pages)
                .arg(path));
    } else {
        outBytes(json);
    }
    return Success;
}

} // namespace VendorPack
