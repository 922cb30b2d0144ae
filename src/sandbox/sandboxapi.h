// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxmessage.h"

#include "core/apienvelope.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <memory>
#include <optional>

namespace VendorPack {

class Shipment;
class SandboxState;

// The sandbox's logic without the transport: checks the key, routes a request to the
// ChannelEngine purchase-order endpoints or the admin endpoints, injects the faults, and answers
// with the v2.22.12 envelope. Paths are those under the base URL ".../api".
//
// Where the API description is silent, the sandbox decides:
// - pageNumber counts from 1 (0 or less is 400); pageSize is 1 to 500, 100 by default; a page
//   beyond the last is 200 with an empty Content and the TotalCount.
// - Date ranges include both ends; orderDateRange filters on CreatedAt, as createDateRange does.
// - POST of a MerchantShipmentNo that exists is 409 ("update it with PUT"), before the rules.
// - PUT finds the shipment by MerchantShipmentNo: unknown is 404 (so a changed number is 404),
//   delivered is 409, a changed SellingPartyId, ShipFromPartyId, ShipToPartyId or ChannelId is
//   400. The stored body is replaced byte for byte.
// - LastExportStatus is NONE after a create or update and SUCCESS exportDelaySeconds later (at
//   once with 0) or once delivered; LastExportedAt is then the moment it turned SUCCESS, and
//   after an update it keeps the export of the version before until the new one is exported.
// - ValidationErrors keys are ApiFieldPath::fromPointer() of each finding's pointer, "$" for
//   the body as a whole (not JSON, not an object).
// - Acknowledging: an unknown PO (or one in another channel) is 404, a CANCELLED, SHIPPED,
//   CLOSED or INVOICED one 409, an unknown line or more units than ordered 400. The lines named
//   replace their earlier answers; NEW turns IN_PROGRESS; MerchantOrderNo becomes the PO's
//   MerchantPurchaseOrderNo.
// - Content-Type, when given, must be JSON (application/json, text/json, application/*+json),
//   else 415.
// - x-rate-limit-limit is the interval in minutes ("1"), as ChannelEngine documents it;
//   x-rate-limit-remaining counts the calls left in the sliding minute; retry-after comes with 429.
// - Faults apply in this order: 429, then the fail rate (500 before any work), then the work,
//   then the drop rate; the latency delays every API answer. Admin endpoints have no faults.
//   With applyDelayMs, a created shipment is stored that long after its answer was sent or
//   dropped (SandboxReply::deferredWork); a lookup in between does not list it.
//
// The admin endpoints (same key, never faulted, not part of ChannelEngine):
// - POST /admin/shipments/deliver?merchantShipmentNo=X: delivered, so later PUTs get 409.
// - POST /admin/purchase-orders: an orders document (an array, or {"Content": [...]}); POs are
//   added or replaced by ChannelPurchaseOrderNo, get Ids when they have none, UpdatedAt now.
// - GET and POST /admin/faults: {"failRate", "dropRate", "latencyMs", "rateLimit",
//   "applyDelayMs"}, any subset.
// - GET /admin/shipments/{MerchantShipmentNo}: the stored body byte for byte (no envelope).
// - GET /admin/stats: requests, injected faults, and POST/PUT counts per MerchantShipmentNo.
class SandboxApi
{
    Q_DECLARE_TR_FUNCTIONS(SandboxApi)
public:
    static constexpr int kDefaultPageSize = 100;
    static constexpr int kMaxPageSize = 500;

    explicit SandboxApi(SandboxState &state);

    SandboxReply handle(const SandboxRequest &request);
    // The 413 answer for a body of `bytes` (the transport refuses large bodies early with it).
    SandboxReply payloadTooLarge(qint64 bytes);

    // Whether ChannelEngine itself enforces a packing rule: the API subset of DESIGN.md
    // section 4 that the sandbox answers with 400 and ValidationErrors.
    static bool isServerSideRule(QStringView rule);
    // The ValidationErrors key of a finding's JSON pointer ("Model.Lines[0].Quantity"); "$" for
    // the document as a whole.
    static QString fieldPath(const QString &jsonPointer);

private:
    using Errors = QMap<QString, QStringList>;

    // A shipment body read and checked by the server-side rules.
    struct CheckedShipment
    {
        std::shared_ptr<Shipment> shipment; // null when the body could not be read at all
        Errors errors;
    };

    SandboxReply dispatchAdmin(const SandboxRequest &request, const QString &path);
    SandboxReply getPurchaseOrders(const SandboxRequest &request);
    SandboxReply acknowledge(const SandboxRequest &request);
    SandboxReply createShipment(const SandboxRequest &request);
    SandboxReply updateShipment(const SandboxRequest &request);
    SandboxReply getMerchantShipments(const SandboxRequest &request);
    SandboxReply deliverShipment(const SandboxRequest &request);
    SandboxReply addPurchaseOrders(const SandboxRequest &request);
    SandboxReply faults(const SandboxRequest &request);
    SandboxReply storedShipment(const QString &merchantShipmentNo);
    SandboxReply stats();

    CheckedShipment checkShipment(const QByteArray &body) const;
    std::optional<SandboxReply> refuseContentType(const SandboxRequest &request);
    bool keyAccepted(const SandboxRequest &request, bool *missing) const;
    void persist();

    // Answers with a bare ApiResponse; fills StatusCode, Success, RequestId and LogId.
    SandboxReply answer(int status, ApiEnvelope envelope);
    SandboxReply failure(int status, const QString &message, const char *exceptionType,
                         const Errors &errors = Errors());
    SandboxReply validationFailed(const Errors &errors, const QString &message = QString());
    // A CollectionOf* answer: Content written by `writeContent`, then the envelope.
    template<typename F>
    SandboxReply collection(qint64 count, qint64 totalCount, qint64 itemsPerPage, qsizetype reserve,
                            F &&writeContent);

    SandboxState &m_state;
};

} // namespace VendorPack
