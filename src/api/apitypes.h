// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/enums.h"
#include "core/finding.h"
#include "core/merchantshipment.h"
#include "core/purchaseorder.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace VendorPack {

// One HTTP exchange as it went: what was asked, what came back, and the ids support needs.
struct ApiTrace
{
    QByteArray method; // "GET", "POST", "PUT"
    QString path; // below the base URL, with the query string: "/v2/purchase-orders?pageNumber=1"
    int httpStatus = 0; // 0 when no answer arrived
    QString requestId; // the envelope's RequestId
    QString logId; // the envelope's LogId
    int attempt = 0; // 1 for the first try of this request
    qint64 elapsedMs = 0;
    std::optional<qint64> rateLimitRemaining; // x-rate-limit-remaining
};

// The filter of GET /v2/purchase-orders; every page is fetched.
struct PurchaseOrderQuery
{
    QList<PurchaseOrderStatus> statuses; // empty: all
    QDateTime updatedFrom; // updateDateRange.fromDate (incremental polling); invalid: none
    QDateTime updatedTo;
    std::optional<qint64> channelId;
    PurchaseOrderIdentifierType identifierType = PurchaseOrderIdentifierType::Unknown;
    QStringList identifiers; // identifiers.models, read as identifierType says
    PurchaseOrderType type = PurchaseOrderType::Unknown; // Unknown: any type
    int pageSize = 100; // 1..500
    int maxPages = 10000; // a bound against a server that never stops paging
};

// The filter of GET /v2/purchase-orders/shipments/merchant; every page is fetched.
struct MerchantShipmentQuery
{
    std::optional<qint64> channelId;
    ShipmentIdentifierType identifierType = ShipmentIdentifierType::Unknown;
    QStringList identifiers; // identifiers.models
    QDateTime shippedFrom;
    QDateTime shippedTo;
    QDateTime createdFrom;
    QDateTime createdTo;
    QDateTime updatedFrom;
    QDateTime updatedTo;
    QString billOfLadingNumber;
    QString carrierName;
    int pageSize = 100;
    int maxPages = 10000;

    // The lookup of one shipment by its MerchantShipmentNo (the "never twice" check).
    static MerchantShipmentQuery byMerchantShipmentNo(const QString &merchantShipmentNo,
                                                      std::optional<qint64> channelId = {});
};

// All purchase orders a query matched.
struct PurchaseOrdersResult
{
    QList<PurchaseOrder> orders;
    Findings findings; // what the lenient reader noticed; messages start with "page <n>: "
    qint64 totalCount = 0; // as the server last announced it
    int pages = 0; // pages fetched
    ApiTrace last; // the last exchange (RequestId, LogId)
};

// All merchant shipments a query matched.
struct MerchantShipmentsResult
{
    QList<MerchantShipment> shipments;
    Findings findings;
    qint64 totalCount = 0;
    int pages = 0;
    ApiTrace last;
};

// The answer to a write (acknowledge, create, update): the envelope's ids and message.
struct WriteResult
{
    int httpStatus = 0; // 201 from ChannelEngine
    QString message;
    ApiTrace last;
};

// What the client knows about a shipment's existence on the API before a push.
enum class RemoteShipmentState {
    Unknown, // there may have been an earlier attempt: look it up first
    Absent, // never sent anywhere (first push of a new shipment): POST at once
    Exists // confirmed by an earlier answer: PUT at once (a 404 falls back to the lookup)
};

// The outcome of pushShipment: whether the shipment was created or updated, and how.
struct ShipmentPushResult
{
    enum class Action { Created, Updated };
    Action action = Action::Created;
    QString merchantShipmentNo;
    // The shipment as ChannelEngine listed it in the last lookup, when one was made and found it.
    std::optional<MerchantShipment> existing;
    int lookups = 0; // GET .../shipments/merchant made
    int posts = 0; // POST requests started (at most one per push after an uncertain answer)
    int puts = 0; // PUT requests started; the client's retries of one request count once
    // A POST of this push failed in a way that may have been applied, and the lookup then found
    // the shipment: it was completed with a PUT instead of a second POST.
    bool recoveredUncertainPost = false;
    // The push failed after a POST that may have been applied and was not seen by the lookups
    // (or they failed): the outcome is unknown; the next push must look it up first (Unknown).
    bool postMayHaveBeenApplied = false;
    ApiTrace last; // the exchange that confirmed the content
};

} // namespace VendorPack
