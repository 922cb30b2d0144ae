// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelengineclient.h"

#include "apiexchange.h"
#include "apilog.h"
#include "pagedfetch.h"
#include "shipmentpush.h"

#include "core/acknowledgementjson.h"
#include "core/jsonwriter.h"
#include "core/merchantshipmentjson.h"
#include "core/ordersjson.h"
#include "core/shipment.h"
#include "core/shipmentjson.h"

#include <QHash>
#include <QNetworkAccessManager>

namespace VendorPack {

namespace {

using Query = QList<std::pair<QString, QString>>;

void addDate(Query &query, const char *name, const QDateTime &when)
{
    if (when.isValid())
        query.append({ QLatin1String(name), JsonWriter::formatDateTime(when) });
}

void addText(Query &query, const char *name, const QString &text)
{
    if (!text.isEmpty())
        query.append({ QLatin1String(name), text });
}

// Findings of page n keep their pointers into that page's document and say which page.
void appendPageFindings(Findings &out, const Findings &page, int pageNumber)
{
    for (Finding finding : page) {
        finding.message
            = ChannelEngineClient::tr("page %1: %2").arg(pageNumber).arg(finding.message);
        out.append(finding);
    }
}

QString firstError(const Findings &findings)
{
    for (const Finding &finding : findings) {
        if (finding.severity == Severity::Error)
            return finding.message;
    }
    return findings.isEmpty() ? QString() : findings.first().message;
}

} // namespace

ChannelEngineClient::ChannelEngineClient(QNetworkAccessManager *network,
                                         const ClientSettings &settings, QObject *parent)
    : PurchaseOrderService(parent)
    , m_context(std::make_shared<ClientContext>())
{
    m_context->network = network;
    m_context->settings = settings;
    qCDebug(lcApi).noquote() << QStringLiteral("ChannelEngine client for %1 with key %2")
                                    .arg(settings.baseUrl.toDisplayString(QUrl::RemoveUserInfo
                                                                          | QUrl::RemoveQuery),
                                         settings.redactedKey());
}

ChannelEngineClient::~ChannelEngineClient() = default;

const ClientSettings &ChannelEngineClient::settings() const
{
    return m_context->settings;
}

void ChannelEngineClient::setSettings(const ClientSettings &settings)
{
    m_context->settings = settings;
}

void ChannelEngineClient::setRandomSeed(quint32 seed)
{
    m_context->random.seed(seed);
}

QString ChannelEngineClient::purchaseOrdersPath()
{
    return QStringLiteral("/v2/purchase-orders");
}

QString ChannelEngineClient::acknowledgePath()
{
    return QStringLiteral("/v2/purchase-orders/lines/acknowledge");
}

QString ChannelEngineClient::shipmentsPath()
{
    return QLatin1String(ShipmentPush::kShipmentsPath);
}

QString ChannelEngineClient::merchantShipmentsPath()
{
    return QLatin1String(ShipmentPush::kMerchantShipmentsPath);
}

PurchaseOrdersCall *ChannelEngineClient::fetchPurchaseOrders(const PurchaseOrderQuery &query)
{
    auto *call = new PurchaseOrdersCall(nullptr);
    ExchangeRequest request;
    request.path = purchaseOrdersPath();
    request.subject = tr("the purchase orders");
    if (query.identifierType != PurchaseOrderIdentifierType::Unknown) {
        request.query.append(
            { QStringLiteral("identifiers.identifierType"), enumToWire(query.identifierType) });
    }
    for (const QString &identifier : query.identifiers)
        request.query.append({ QStringLiteral("identifiers.models"), identifier });
    for (PurchaseOrderStatus status : query.statuses) {
        if (status != PurchaseOrderStatus::Unknown)
            request.query.append({ QStringLiteral("statuses"), enumToWire(status) });
    }
    addDate(request.query, "updateDateRange.fromDate", query.updatedFrom);
    addDate(request.query, "updateDateRange.toDate", query.updatedTo);
    if (query.channelId)
        request.query.append({ QStringLiteral("channelIds"), QString::number(*query.channelId) });
    if (query.type != PurchaseOrderType::Unknown)
        request.query.append({ QStringLiteral("type"), enumToWire(query.type) });

    // A PO that moves between pages while paging shows up twice: the later copy wins.
    auto positions = std::make_shared<QHash<QString, qsizetype>>();
    auto reader = [call, positions](const QByteArray &body, int pageNumber) {
        const OrdersDocument document = OrdersJson::read(body);
        PagedFetch::Page page;
        page.readable = document.readable;
        page.error = firstError(document.findings);
        page.hasEnvelope = document.hasEnvelope;
        page.envelope = document.envelope;
        page.items = int(document.envelope.count.value_or(document.orders.size()));
        PurchaseOrdersResult &result = call->mutableResult();
        if (!document.readable)
            return page;
        appendPageFindings(result.findings, document.findings, pageNumber);
        for (const PurchaseOrder &order : document.orders) {
            const QString key = order.id ? QLatin1String("id:") + QString::number(*order.id)
                                         : QLatin1String("no:") + order.channelPurchaseOrderNo;
            const auto it = positions->constFind(key);
            if (it != positions->cend()) {
                result.orders[*it] = order;
            } else {
                positions->insert(key, result.orders.size());
                result.orders.append(order);
            }
        }
        return page;
    };
    auto summary
        = [call](qint64 totalCount, int pages, const ApiTrace &last, const Findings &notes) {
              PurchaseOrdersResult &result = call->mutableResult();
              result.findings += notes;
              result.totalCount = totalCount;
              result.pages = pages;
              result.last = last;
          };
    auto *fetch
        = new PagedFetch(m_context, request, query.pageSize, query.maxPages, reader, summary, call);
    call->setCancelHandler([fetch] { fetch->abort(); });
    fetch->start();
    return call;
}

MerchantShipmentsCall *startMerchantShipmentsFetch(std::shared_ptr<ClientContext> context,
                                                   const MerchantShipmentQuery &query,
                                                   QDeadlineTimer callDeadline)
{
    auto *call = new MerchantShipmentsCall(nullptr);
    ExchangeRequest request;
    request.path = ChannelEngineClient::merchantShipmentsPath();
    request.subject = ChannelEngineClient::tr("the shipments");
    request.callDeadline = callDeadline;
    if (query.channelId)
        request.query.append({ QStringLiteral("channelId"), QString::number(*query.channelId) });
    if (query.identifierType != ShipmentIdentifierType::Unknown) {
        request.query.append(
            { QStringLiteral("identifiers.identifierType"), enumToWire(query.identifierType) });
    }
    for (const QString &identifier : query.identifiers)
        request.query.append({ QStringLiteral("identifiers.models"), identifier });
    addDate(request.query, "shippedDateRange.fromDate", query.shippedFrom);
    addDate(request.query, "shippedDateRange.toDate", query.shippedTo);
    addDate(request.query, "createDateRange.fromDate", query.createdFrom);
    addDate(request.query, "createDateRange.toDate", query.createdTo);
    addDate(request.query, "updateDateRange.fromDate", query.updatedFrom);
    addDate(request.query, "updateDateRange.toDate", query.updatedTo);
    addText(request.query, "billOfLadingNumber", query.billOfLadingNumber);
    addText(request.query, "carrierName", query.carrierName);

    auto reader = [call](const QByteArray &body, int pageNumber) {
        const MerchantShipmentsDocument document = MerchantShipmentJson::read(body);
        PagedFetch::Page page;
        page.readable = document.readable;
        page.error = firstError(document.findings);
        page.hasEnvelope = document.readable; // the reader accepts the envelope only
        page.envelope = document.envelope;
        page.items = int(document.envelope.count.value_or(document.shipments.size()));
        if (!document.readable)
            return page;
        MerchantShipmentsResult &result = call->mutableResult();
        appendPageFindings(result.findings, document.findings, pageNumber);
        result.shipments.append(document.shipments);
        return page;
    };
    auto summary
        = [call](qint64 totalCount, int pages, const ApiTrace &last, const Findings &notes) {
              MerchantShipmentsResult &result = call->mutableResult();
              result.findings += notes;
              result.totalCount = totalCount;
              result.pages = pages;
              result.last = last;
          };
    auto *fetch = new PagedFetch(std::move(context), request, query.pageSize, query.maxPages,
                                 reader, summary, call);
    call->setCancelHandler([fetch] { fetch->abort(); });
    fetch->start();
    return call;
}

MerchantShipmentsCall *
ChannelEngineClient::fetchMerchantShipments(const MerchantShipmentQuery &query)
{
    return startMerchantShipmentsFetch(m_context, query);
}

WriteCall *ChannelEngineClient::write(QByteArray method, QString path, QByteArray body,
                                      bool idempotent, QString subject)
{
    auto *call = new WriteCall(nullptr);
    ExchangeRequest request;
    request.method = std::move(method);
    request.path = std::move(path);
    request.body = std::move(body);
    request.idempotent = idempotent;
    request.subject = std::move(subject);
    auto *exchange = new ApiExchange(m_context, request, call);
    connect(exchange, &ApiExchange::attempted, call, &ApiCall::reportExchange);
    connect(exchange, &ApiExchange::finished, call, [call, exchange] {
        WriteResult &result = call->mutableResult();
        result.httpStatus = exchange->httpStatus();
        result.message = exchange->envelope().message;
        result.last = exchange->trace();
        if (!exchange->error().isError())
            call->reportProgress(1, 1);
        call->finish(exchange->error());
    });
    call->setCancelHandler([exchange] { exchange->abort(); });
    call->reportProgress(0, 1);
    exchange->start();
    return call;
}

WriteCall *ChannelEngineClient::acknowledge(const AcknowledgementRequest &request)
{
    // Not repeated blindly: an acknowledgement that may have arrived is for the caller to check.
    return write("POST", acknowledgePath(),
                 AcknowledgementJson::write(request, JsonWriter::Compact), false,
                 tr("the acknowledgement of purchase order %1").arg(request.identifier));
}

WriteCall *ChannelEngineClient::createShipment(const Shipment &shipment)
{
    return write("POST", shipmentsPath(), ShipmentJson::write(shipment, JsonWriter::Compact), false,
                 tr("the shipment %1").arg(shipment.header().merchantShipmentNo));
}

WriteCall *ChannelEngineClient::updateShipment(const Shipment &shipment)
{
    return write("PUT", shipmentsPath(), ShipmentJson::write(shipment, JsonWriter::Compact), true,
                 tr("the shipment %1").arg(shipment.header().merchantShipmentNo));
}

ShipmentPushCall *ChannelEngineClient::pushShipment(const Shipment &shipment,
                                                    RemoteShipmentState known)
{
    auto *call = new ShipmentPushCall(nullptr);
    const ShipmentHeader &header = shipment.header();
    auto *push = new ShipmentPush(m_context, ShipmentJson::write(shipment, JsonWriter::Compact),
                                  header.merchantShipmentNo, header.channelId, known, call);
    call->setCancelHandler([push] { push->abort(); });
    push->start();
    return call;
}

} // namespace VendorPack
