// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxapi.h"

#include "sandboxstate.h"

#include "core/acknowledgementjson.h"
#include "core/apifieldpath.h"
#include "core/jsonfieldreader.h"
#include "core/jsonwriter.h"
#include "core/merchantshipment.h"
#include "core/merchantshipmentjson.h"
#include "core/ordersjson.h"
#include "core/shipmentjson.h"
#include "core/validator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <limits>

namespace VendorPack {

namespace {

// The routes, relative to the base URL ".../api".
const QLatin1String kPurchaseOrders("/v2/purchase-orders");
const QLatin1String kAcknowledge("/v2/purchase-orders/lines/acknowledge");
const QLatin1String kShipments("/v2/purchase-orders/shipments");
const QLatin1String kMerchantShipments("/v2/purchase-orders/shipments/merchant");
const QLatin1String kAdminPrefix("/admin/");
const QLatin1String kAdminDeliver("/admin/shipments/deliver");
const QLatin1String kAdminShipmentPrefix("/admin/shipments/");
const QLatin1String kAdminPurchaseOrders("/admin/purchase-orders");
const QLatin1String kAdminFaults("/admin/faults");
const QLatin1String kAdminStats("/admin/stats");

bool samePath(QStringView a, QLatin1String b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// `allowed` is an Allow header value: "GET, POST".
bool methodAllowed(const QByteArray &allowed, const QByteArray &method)
{
    for (const QByteArray &entry : allowed.split(',')) {
        if (entry.trimmed() == method)
            return true;
    }
    return false;
}

// Constant-time comparison, so the answer time tells nothing about the key.
bool sameKey(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

bool isClosed(PurchaseOrderStatus status)
{
    return status == PurchaseOrderStatus::Cancelled || status == PurchaseOrderStatus::Shipped
        || status == PurchaseOrderStatus::Closed || status == PurchaseOrderStatus::Invoiced;
}

// Reads the query parameters of the GET endpoints; each problem is a ValidationErrors entry
// keyed by the parameter name, as ASP.NET model binding reports it.
class QueryReader
{
    Q_DECLARE_TR_FUNCTIONS(SandboxApi)
public:
    explicit QueryReader(const SandboxRequest &request)
        : m_request(request)
    {
    }

    QMap<QString, QStringList> errors;

    // Repeated parameters, and comma-separated lists in one parameter.
    QStringList list(const char *name) const
    {
        QStringList values;
        for (const QString &value : m_request.queryValues(QLatin1String(name))) {
            for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!part.trimmed().isEmpty())
                    values.append(part.trimmed());
            }
        }
        return values;
    }

    std::optional<qint64> integer(const char *name, qint64 min, qint64 max)
    {
        const std::optional<QString> text = m_request.queryValue(QLatin1String(name));
        if (!text || text->trimmed().isEmpty())
            return std::nullopt;
        bool ok = false;
        const qint64 value = text->trimmed().toLongLong(&ok);
        if (!ok) {
            add(name, tr("The value '%1' is not a valid integer.").arg(*text));
            return std::nullopt;
        }
        if (value < min || value > max) {
            add(name, tr("The value %1 must be between %2 and %3.").arg(value).arg(min).arg(max));
            return std::nullopt;
        }
        return value;
    }

    QList<qint64> integers(const char *name)
    {
        QList<qint64> values;
        for (const QString &text : list(name)) {
            bool ok = false;
            const qint64 value = text.toLongLong(&ok);
            if (ok && value >= 0 && value <= std::numeric_limits<qint32>::max())
                values.append(value);
            else
                add(name, tr("The value '%1' is not a valid integer.").arg(text));
        }
        return values;
    }

    QDateTime date(const char *name)
    {
        const std::optional<QString> text = m_request.queryValue(QLatin1String(name));
        if (!text || text->trimmed().isEmpty())
            return QDateTime();
        const QDateTime value = JsonFieldReader::parseDateTime(text->trimmed());
        if (!value.isValid())
            add(name, tr("The value '%1' is not a valid ISO 8601 date-time.").arg(*text));
        return value;
    }

    template<typename E>
    QList<E> enums(const char *name)
    {
        QList<E> values;
        for (const QString &text : list(name)) {
            EnumMatch match = EnumMatch::None;
            const E value = enumFromWire<E>(text, &match);
            if (match == EnumMatch::None)
                add(name, tr("The value '%1' is not one of %2.").arg(text, enumWireList<E>()));
            else
                values.append(value);
        }
        return values;
    }

    template<typename E>
    std::optional<E> oneEnum(const char *name)
    {
        const QList<E> values = enums<E>(name);
        if (values.size() > 1)
            add(name, tr("Only one value is allowed."));
        if (values.isEmpty())
            return std::nullopt;
        return values.first();
    }

    std::optional<QString> text(const char *name) const
    {
        const std::optional<QString> value = m_request.queryValue(QLatin1String(name));
        if (!value || value->isEmpty())
            return std::nullopt;
        return value;
    }

    // pageNumber is 1-based; pageSize 1 to 500, 100 by default.
    std::pair<qint64, qint64> page()
    {
        const qint64 number
            = integer("pageNumber", 1, std::numeric_limits<qint32>::max()).value_or(1);
        const qint64 size = integer("pageSize", 1, SandboxApi::kMaxPageSize)
                                .value_or(SandboxApi::kDefaultPageSize);
        return { number, size };
    }

    // A date range "<prefix>.fromDate" / "<prefix>.toDate", both ends included.
    struct Range
    {
        QDateTime from;
        QDateTime to;
        bool isSet() const { return from.isValid() || to.isValid(); }
        bool contains(const QDateTime &t) const
        {
            if (!isSet())
                return true;
            if (!t.isValid())
                return false;
            return (!from.isValid() || t >= from) && (!to.isValid() || t <= to);
        }
    };
    Range range(const char *prefix)
    {
        const QByteArray from = QByteArray(prefix) + ".fromDate";
        const QByteArray to = QByteArray(prefix) + ".toDate";
        return { date(from.constData()), date(to.constData()) };
    }

    void add(const char *name, const QString &message)
    {
        errors[QLatin1String(name)].append(message);
    }

private:
    const SandboxRequest &m_request;
};

template<typename T>
QList<T> pageOf(const QList<T> &all, qint64 number, qint64 size)
{
    const qint64 first = (number - 1) * size;
    if (first >= all.size())
        return {};
    return all.mid(first, qMin<qint64>(size, all.size() - first));
}

} // namespace

SandboxApi::SandboxApi(SandboxState &state)
    : m_state(state)
{
}

bool SandboxApi::isServerSideRule(QStringView rule)
{
    static const QLatin1String kPrefixes[] = { QLatin1String("schema."), QLatin1String("line."),
                                               QLatin1String("nesting."), QLatin1String("item.") };
    static const QLatin1String kRules[] = { QLatin1String("json.syntax"),
                                            QLatin1String("header.channel-id"),
                                            QLatin1String("header.merchant-shipment-no"),
                                            QLatin1String("header.parties"),
                                            QLatin1String("header.bill-of-lading"),
                                            QLatin1String("header.carrier-shipment-no"),
                                            QLatin1String("pallet.layers"),
                                            QLatin1String("pallet.layers-forbidden"),
                                            QLatin1String("quantity.forbidden"),
                                            QLatin1String("item-only.forbidden"),
                                            QLatin1String("po.unknown"),
                                            QLatin1String("po.sku"),
                                            QLatin1String("po.status") };
    for (const QLatin1String prefix : kPrefixes) {
        if (rule.startsWith(prefix))
            return true;
    }
    for (const QLatin1String id : kRules) {
        if (rule == id)
            return true;
    }
    return false;
}

QString SandboxApi::fieldPath(const QString &jsonPointer)
{
    const QString path = ApiFieldPath::fromPointer(jsonPointer);
    return path.isEmpty() ? QStringLiteral("$") : path;
}

SandboxReply SandboxApi::answer(int status, ApiEnvelope envelope)
{
    envelope.statusCode = status;
    envelope.success = status >= 200 && status < 300;
    envelope.requestId = m_state.newRequestId();
    envelope.logId = m_state.newLogId();
    SandboxReply reply;
    reply.status = status;
    reply.body = envelope.toJson();
    return reply;
}

SandboxReply SandboxApi::failure(int status, const QString &message, const char *exceptionType,
                                 const Errors &errors)
{
    ApiEnvelope envelope;
    envelope.message = message;
    envelope.exceptionType = QLatin1String(exceptionType);
    envelope.validationErrors = errors;
    return answer(status, std::move(envelope));
}

SandboxReply SandboxApi::validationFailed(const Errors &errors, const QString &message)
{
    qsizetype count = 0;
    for (const QStringList &messages : errors)
        count += messages.size();
    return failure(400,
                   message.isEmpty()
                       ? tr("The request is invalid: %n error(s).", nullptr, int(count))
                       : message,
                   "ValidationException", errors);
}

template<typename F>
SandboxReply SandboxApi::collection(qint64 count, qint64 totalCount, qint64 itemsPerPage,
                                    qsizetype reserve, F &&writeContent)
{
    ApiEnvelope envelope;
    envelope.count = count;
    envelope.totalCount = totalCount;
    envelope.itemsPerPage = itemsPerPage;
    envelope.statusCode = 200;
    envelope.success = true;
    envelope.requestId = m_state.newRequestId();
    envelope.logId = m_state.newLogId();
    JsonWriter w(JsonWriter::Compact, reserve);
    w.beginObject();
    w.key("Content");
    writeContent(w);
    envelope.writeFields(w);
    w.endObject();
    SandboxReply reply;
    reply.status = 200;
    reply.body = w.take();
    return reply;
}

SandboxReply SandboxApi::payloadTooLarge(qint64 bytes)
{
    return failure(413,
                   tr("The request body is %1 bytes; at most %2 bytes are accepted.")
                       .arg(bytes)
                       .arg(m_state.options().maxBodyBytes),
                   "PayloadTooLargeException");
}

bool SandboxApi::keyAccepted(const SandboxRequest &request, bool *missing) const
{
    QByteArray given = request.header(QByteArrayLiteral("x-ce-key")).trimmed();
    if (given.isEmpty()) {
        const std::optional<QString> fromQuery = request.queryValue(QLatin1String("apikey"));
        if (fromQuery)
            given = fromQuery->trimmed().toUtf8();
    }
    *missing = given.isEmpty();
    return !given.isEmpty() && sameKey(given, m_state.options().apiKey.toUtf8());
}

void SandboxApi::persist()
{
    QString error;
    if (!m_state.save(&error))
        qWarning("vendorpack-sandbox: %s", qUtf8Printable(error));
}

std::optional<SandboxReply> SandboxApi::refuseContentType(const SandboxRequest &request)
{
    const QByteArray type = request.header(QByteArrayLiteral("content-type"));
    if (type.isEmpty())
        return std::nullopt;
    const QByteArray mime = type.split(';').first().trimmed().toLower();
    if (mime == "application/json" || mime == "text/json"
        || (mime.startsWith("application/") && mime.endsWith("+json")))
        return std::nullopt;
    return failure(415,
                   tr("The Content-Type %1 is not supported; send application/json.")
                       .arg(QString::fromLatin1(mime)),
                   "UnsupportedMediaTypeException");
}

SandboxReply SandboxApi::handle(const SandboxRequest &request)
{
    // The path below the base URL ".../api", without a trailing slash.
    QString path = request.path;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const bool underApi = path.startsWith(QLatin1String("/api/"), Qt::CaseInsensitive);
    if (underApi)
        path = path.mid(4);
    const bool admin = underApi && path.startsWith(kAdminPrefix, Qt::CaseInsensitive);
    SandboxStats &stats = m_state.stats();
    if (admin)
        ++stats.adminRequests;
    else
        ++stats.requests;

    auto finish = [&](SandboxReply reply) {
        if (!admin)
            reply.delayMs = m_state.faults().latencyMs;
        return reply;
    };

    if (request.body.size() > m_state.options().maxBodyBytes)
        return finish(payloadTooLarge(request.body.size()));
    if (!underApi) {
        return finish(
            failure(404, tr("No API endpoint at %1; the base URL ends in /api.").arg(request.path),
                    "NotFoundException"));
    }
    bool missingKey = false;
    if (!keyAccepted(request, &missingKey)) {
        return finish(failure(401,
                              missingKey ? tr("API key is missing: send it in the X-CE-KEY "
                                              "header.")
                                         : tr("API key is unknown."),
                              "UnauthorizedAccessException"));
    }
    if (admin)
        return dispatchAdmin(request, path);

    // The five purchase-order endpoints.
    QByteArray allowed;
    if (samePath(path, kPurchaseOrders) || samePath(path, kMerchantShipments))
        allowed = "GET";
    else if (samePath(path, kAcknowledge))
        allowed = "POST";
    else if (samePath(path, kShipments))
        allowed = "POST, PUT";
    if (allowed.isEmpty()) {
        return finish(
            failure(404, tr("No API endpoint at %1.").arg(request.path), "NotFoundException"));
    }
    if (!methodAllowed(allowed, request.method)) {
        SandboxReply reply = failure(405,
                                     tr("The method %1 is not allowed on %2; use %3.")
                                         .arg(QString::fromLatin1(request.method), request.path,
                                              QString::fromLatin1(allowed)),
                                     "MethodNotAllowedException");
        reply.headers.append({ QByteArrayLiteral("Allow"), allowed });
        return finish(std::move(reply));
    }

    const QString endpoint
        = QString::fromLatin1(request.method) + QLatin1Char(' ') + path.toLower();
    ++stats.endpoints[endpoint];
    SandboxReply reply;
    const RateLimiter::Decision rate
        = m_state.rateLimiter().take(endpoint, m_state.now().toMSecsSinceEpoch());
    if (!rate.allowed) {
        ++stats.rateLimited;
        reply = failure(429,
                        tr("Too many requests: at most %1 per minute on %2. Retry after %n "
                           "second(s).",
                           nullptr, rate.retryAfterSeconds)
                            .arg(rate.limit)
                            .arg(endpoint),
                        "TooManyRequestsException");
        reply.headers.append(
            { QByteArrayLiteral("retry-after"), QByteArray::number(rate.retryAfterSeconds) });
    } else if (m_state.drawFailure()) {
        ++stats.failuresInjected;
        reply = failure(500, tr("An internal server error occurred (injected by the sandbox)."),
                        "InternalServerErrorException");
    } else {
        if (samePath(path, kPurchaseOrders))
            reply = getPurchaseOrders(request);
        else if (samePath(path, kMerchantShipments))
            reply = getMerchantShipments(request);
        else if (samePath(path, kAcknowledge))
            reply = acknowledge(request);
        else if (request.method == "POST")
            reply = createShipment(request);
        else
            reply = updateShipment(request);
        if (m_state.drawDrop()) {
            ++stats.dropsInjected;
            reply.dropConnection = true;
        }
    }
    if (rate.limit > 0) {
        // ChannelEngine's x-rate-limit-limit is the interval in minutes, not a number of calls.
        reply.headers.append({ QByteArrayLiteral("x-rate-limit-limit"), QByteArrayLiteral("1") });
        reply.headers.append(
            { QByteArrayLiteral("x-rate-limit-remaining"), QByteArray::number(rate.remaining) });
    }
    return finish(std::move(reply));
}

SandboxReply SandboxApi::dispatchAdmin(const SandboxRequest &request, const QString &path)
{
    QByteArray allowed;
    enum { None, Deliver, PurchaseOrders, Faults, Stats, StoredShipment } route = None;
    QString merchantShipmentNo;
    if (samePath(path, kAdminDeliver) && request.method != "GET") {
        route = Deliver;
        allowed = "POST";
    } else if (samePath(path, kAdminPurchaseOrders)) {
        route = PurchaseOrders;
        allowed = "POST";
    } else if (samePath(path, kAdminFaults)) {
        route = Faults;
        allowed = "GET, POST";
    } else if (samePath(path, kAdminStats)) {
        route = Stats;
        allowed = "GET";
    } else if (path.startsWith(kAdminShipmentPrefix, Qt::CaseInsensitive)
               && path.size() > kAdminShipmentPrefix.size()) {
        route = StoredShipment;
        allowed = "GET";
        merchantShipmentNo = path.mid(kAdminShipmentPrefix.size());
    }
    if (route == None)
        return failure(404, tr("No admin endpoint at %1.").arg(request.path), "NotFoundException");
    if (!methodAllowed(allowed, request.method)) {
        SandboxReply reply = failure(405,
                                     tr("The method %1 is not allowed on %2; use %3.")
                                         .arg(QString::fromLatin1(request.method), request.path,
                                              QString::fromLatin1(allowed)),
                                     "MethodNotAllowedException");
        reply.headers.append({ QByteArrayLiteral("Allow"), allowed });
        return reply;
    }
    switch (route) {
    case Deliver:
        return deliverShipment(request);
    case PurchaseOrders:
        return addPurchaseOrders(request);
    case Faults:
        return faults(request);
    case Stats:
        return stats();
    case StoredShipment:
        return storedShipment(merchantShipmentNo);
    case None:
        break;
    }
    return failure(404, tr("No admin endpoint at %1.").arg(request.path), "NotFoundException");
}

SandboxReply SandboxApi::getPurchaseOrders(const SandboxRequest &request)
{
    QueryReader query(request);
    const QList<PurchaseOrderStatus> statuses = query.enums<PurchaseOrderStatus>("statuses");
    const std::optional<PurchaseOrderIdentifierType> identifierType
        = query.oneEnum<PurchaseOrderIdentifierType>("identifiers.identifierType");
    const QStringList models = query.list("identifiers.models");
    const QueryReader::Range orderDates = query.range("orderDateRange");
    const QueryReader::Range createDates = query.range("createDateRange");
    const QueryReader::Range updateDates = query.range("updateDateRange");
    const QList<qint64> channelIds = query.integers("channelIds");
    const std::optional<PurchaseOrderType> type = query.oneEnum<PurchaseOrderType>("type");
    const auto [pageNumber, pageSize] = query.page();
    if (!models.isEmpty() && !identifierType)
        query.add("identifiers.identifierType",
                  tr("identifiers.identifierType is required with identifiers.models."));
    if (!query.errors.isEmpty())
        return validationFailed(query.errors);

    const QSet<QString> modelSet(models.cbegin(), models.cend());
    QList<const PurchaseOrder *> matches;
    for (const PurchaseOrder &po : m_state.orders()) {
        if (!statuses.isEmpty() && !statuses.contains(po.status))
            continue;
        if (!channelIds.isEmpty() && !channelIds.contains(po.channelId))
            continue;
        if (type && po.type != *type)
            continue;
        if (!orderDates.contains(po.createdAt) || !createDates.contains(po.createdAt)
            || !updateDates.contains(po.updatedAt))
            continue;
        if (!modelSet.isEmpty()) {
            QString identifier;
            switch (*identifierType) {
            case PurchaseOrderIdentifierType::PurchaseOrderId:
                identifier = po.id ? QString::number(*po.id) : QString();
                break;
            case PurchaseOrderIdentifierType::MerchantPurchaseOrderNo:
                identifier = po.merchantPurchaseOrderNo;
                break;
            default:
                identifier = po.channelPurchaseOrderNo;
                break;
            }
            if (identifier.isEmpty() || !modelSet.contains(identifier))
                continue;
        }
        matches.append(&po);
    }
    const QList<const PurchaseOrder *> page = pageOf(matches, pageNumber, pageSize);
    qsizetype lines = 0;
    for (const PurchaseOrder *po : page)
        lines += po->lines.size();
    return collection(page.size(), matches.size(), pageSize, page.size() * 2500 + lines * 450 + 512,
                      [&](JsonWriter &w) {
                          w.beginArray();
                          for (const PurchaseOrder *po : page)
                              OrdersJson::writeOrder(w, *po);
                          w.endArray();
                      });
}

SandboxReply SandboxApi::acknowledge(const SandboxRequest &request)
{
    if (std::optional<SandboxReply> refused = refuseContentType(request))
        return *refused;
    const AcknowledgementDocument doc = AcknowledgementJson::read(request.body);
    Errors errors;
    for (const Finding &f : doc.findings) {
        if (f.severity == Severity::Error)
            errors[fieldPath(f.pointer)].append(f.message);
    }
    if (!doc.readable || !errors.isEmpty())
        return validationFailed(errors);

    const AcknowledgementRequest &ack = doc.request;
    if (ack.identifierType == PurchaseOrderIdentifierType::Unknown)
        errors[QStringLiteral("IdentifierType")].append(tr("IdentifierType is required."));
    if (ack.lineIdentifierType == LineIdentifierType::Unknown)
        errors[QStringLiteral("LineIdentifierType")].append(tr("LineIdentifierType is required."));
    if (ack.identifier.trimmed().isEmpty())
        errors[QStringLiteral("Model.Identifier")].append(
            tr("Model.Identifier names the purchase order and is required."));
    if (ack.lines.isEmpty())
        errors[QStringLiteral("Model.Lines")].append(tr("At least one line is required."));
    if (!errors.isEmpty())
        return validationFailed(errors);

    int index = -1;
    switch (ack.identifierType) {
    case PurchaseOrderIdentifierType::PurchaseOrderId: {
        bool ok = false;
        const qint64 id = ack.identifier.trimmed().toLongLong(&ok);
        index = ok ? m_state.orderIndexById(id) : -1;
        break;
    }
    case PurchaseOrderIdentifierType::MerchantPurchaseOrderNo:
        for (int i = 0; i < m_state.orders().size(); ++i) {
            if (m_state.orders()[i].merchantPurchaseOrderNo == ack.identifier) {
                index = i;
                break;
            }
        }
        break;
    default:
        index = m_state.orderIndex(ack.identifier);
        break;
    }
    if (index >= 0 && ack.channelId && m_state.orders()[index].channelId != *ack.channelId)
        index = -1;
    if (index < 0) {
        return failure(
            404,
            tr("No purchase order with %1 %2%3.")
                .arg(enumToWire(ack.identifierType), ack.identifier,
                     ack.channelId ? tr(" in channel %1").arg(*ack.channelId) : QString()),
            "NotFoundException");
    }
    const PurchaseOrder &po = m_state.orders()[index];
    if (isClosed(po.status)) {
        return failure(409,
                       tr("Purchase order %1 is %2; its lines can no longer be acknowledged.")
                           .arg(po.channelPurchaseOrderNo, enumToWire(po.status)),
                       "ConflictException");
    }

    QHash<int, QList<Acknowledgement>> answers;
    QHash<int, qint64> totals;
    QHash<int, int> lastEntry;
    for (int i = 0; i < ack.lines.size(); ++i) {
        const AcknowledgementLine &line = ack.lines[i];
        const QString at = QStringLiteral("Model.Lines[%1].").arg(i);
        int lineIndex = -1;
        for (int l = 0; l < po.lines.size() && lineIndex < 0; ++l) {
            const PurchaseOrderLine &candidate = po.lines[l];
            switch (ack.lineIdentifierType) {
            case LineIdentifierType::PurchaseOrderLineId:
                if (candidate.id
                    && QString::number(*candidate.id) == line.orderLineIdentifier.trimmed())
                    lineIndex = l;
                break;
            case LineIdentifierType::ChannelProductNo:
                if (!candidate.channelProductNo.isEmpty()
                    && candidate.channelProductNo == line.orderLineIdentifier)
                    lineIndex = l;
                break;
            default:
                if (!candidate.merchantProductNo.isEmpty()
                    && candidate.merchantProductNo == line.orderLineIdentifier)
                    lineIndex = l;
                break;
            }
        }
        if (line.orderLineIdentifier.trimmed().isEmpty()) {
            errors[at + QLatin1String("OrderLineIdentifier")].append(
                tr("OrderLineIdentifier is required."));
            continue;
        }
        if (lineIndex < 0) {
            errors[at + QLatin1String("OrderLineIdentifier")].append(
                tr("%1 %2 is not a line of purchase order %3.")
                    .arg(enumToWire(ack.lineIdentifierType), line.orderLineIdentifier,
                         po.channelPurchaseOrderNo));
            continue;
        }
        const PurchaseOrderLine &poLine = po.lines[lineIndex];
        if (line.acknowledgement.code == AcknowledgementCode::Unknown) {
            errors[at + QLatin1String("AcknowledgementCode")].append(
                tr("AcknowledgementCode is required: one of %1.")
                    .arg(enumWireList<AcknowledgementCode>()));
        }
        if (line.unitOfMeasure != QuantityUnit::Unknown
            && line.unitOfMeasure != poLine.unitOfMeasure) {
            errors[at + QLatin1String("UnitOfMeasure")].append(
                tr("The line is ordered in %1, not %2.")
                    .arg(enumToWire(poLine.unitOfMeasure), enumToWire(line.unitOfMeasure)));
        }
        if (line.unitSize && poLine.unitOfMeasure == QuantityUnit::Cases
            && *line.unitSize != poLine.unitSize) {
            errors[at + QLatin1String("UnitSize")].append(
                tr("The line's case holds %1 units, not %2.")
                    .arg(poLine.unitSize)
                    .arg(*line.unitSize));
        }
        answers[lineIndex].append(line.acknowledgement);
        totals[lineIndex] += line.acknowledgement.quantity;
        lastEntry[lineIndex] = i;
    }
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        const PurchaseOrderLine &poLine = po.lines[it.key()];
        if (it.value() > poLine.quantity) {
            errors[QStringLiteral("Model.Lines[%1].AcknowledgedQuantity").arg(lastEntry[it.key()])]
                .append(tr("%1 units are acknowledged but line %2 orders %3.")
                            .arg(it.value())
                            .arg(poLine.merchantProductNo)
                            .arg(poLine.quantity));
        }
    }
    if (!errors.isEmpty())
        return validationFailed(errors);

    const QDateTime stamp = m_state.now();
    PurchaseOrder &target = m_state.order(index);
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        PurchaseOrderLine &poLine = target.lines[it.key()];
        poLine.acknowledgements = it.value();
        poLine.acknowledgedDate = stamp;
        poLine.updatedAt = stamp;
    }
    target.updatedAt = stamp;
    if (target.status == PurchaseOrderStatus::New)
        target.status = PurchaseOrderStatus::InProgress;
    if (!ack.merchantOrderNo.isEmpty())
        target.merchantPurchaseOrderNo = ack.merchantOrderNo;
    const QString number = target.channelPurchaseOrderNo;
    m_state.ordersChanged();
    persist();
    ApiEnvelope envelope;
    envelope.message
        = tr("%n line(s) of purchase order %1 acknowledged.", nullptr, int(answers.size()))
              .arg(number);
    return answer(201, std::move(envelope));
}

SandboxApi::CheckedShipment SandboxApi::checkShipment(const QByteArray &body) const
{
    ShipmentDocument doc = ShipmentJson::read(body);
    CheckedShipment out;
    auto add = [&out](const Finding &f) {
        if (f.severity == Severity::Error && isServerSideRule(f.rule))
            out.errors[fieldPath(f.pointer)].append(f.message);
    };
    for (const Finding &f : std::as_const(doc.findings))
        add(f);
    if (!doc.isReadable()) {
        if (out.errors.isEmpty())
            out.errors[QStringLiteral("$")].append(tr("The body is not a shipment."));
        return out;
    }
    if (doc.bareModel) {
        out.errors[QStringLiteral("Model")].append(
            tr("The body must be {\"ChannelId\": ..., \"Model\": {...}}; Model is missing."));
    } else if (doc.shipment->header().malformed & HeaderModel) {
        out.errors[QStringLiteral("Model")].append(tr("Model is missing or not an object."));
    }
    RuleContext context;
    context.orders = &m_state.orderBook();
    context.pointerPrefix = doc.pointerPrefix;
    context.requireChannelId = true;
    for (const Finding &f : Validator::validateOnce(*doc.shipment, context))
        add(f);
    out.shipment = std::shared_ptr<Shipment>(std::move(doc.shipment));
    return out;
}

SandboxReply SandboxApi::createShipment(const SandboxRequest &request)
{
    if (std::optional<SandboxReply> refused = refuseContentType(request))
        return *refused;
    CheckedShipment checked = checkShipment(request.body);
    if (!checked.shipment)
        return validationFailed(checked.errors);
    const QString number = checked.shipment->header().merchantShipmentNo;
    if (!number.isEmpty())
        ++m_state.stats().shipments[number].postAttempts;
    if (!number.isEmpty() && m_state.shipment(number)) {
        return failure(409,
                       tr("A shipment with MerchantShipmentNo %1 exists already; update it with "
                          "PUT.")
                           .arg(number),
                       "ConflictException");
    }
    if (!checked.errors.isEmpty())
        return validationFailed(checked.errors);
    ApiEnvelope envelope;
    envelope.message = tr("Shipment %1 created.").arg(number);
    const int applyDelayMs = m_state.faults().applyDelayMs;
    if (applyDelayMs > 0) {
        // A slow server: the answer goes out now, the shipment is stored later. Should another
        // POST have stored the number meanwhile, this one is lost (a real server might hold two).
        SandboxReply reply = answer(201, std::move(envelope));
        std::shared_ptr<Shipment> shipment = std::move(checked.shipment);
        reply.deferredWorkMs = applyDelayMs;
        reply.deferredWork = [this, number, body = request.body, shipment] {
            if (m_state.shipment(number))
                return;
            m_state.addShipment(number, body, shipment);
            ++m_state.stats().shipments[number].posts;
            persist();
        };
        return reply;
    }
    m_state.addShipment(number, request.body, std::move(checked.shipment));
    ++m_state.stats().shipments[number].posts;
    persist();
    return answer(201, std::move(envelope));
}

SandboxReply SandboxApi::updateShipment(const SandboxRequest &request)
{
    if (std::optional<SandboxReply> refused = refuseContentType(request))
        return *refused;
    CheckedShipment checked = checkShipment(request.body);
    if (!checked.shipment)
        return validationFailed(checked.errors);
    const ShipmentHeader &header = checked.shipment->header();
    const QString number = header.merchantShipmentNo;
    if (number.isEmpty())
        return validationFailed(checked.errors);
    ++m_state.stats().shipments[number].putAttempts;
    StoredShipment *stored = m_state.shipment(number);
    if (!stored) {
        return failure(
            404, tr("No shipment with MerchantShipmentNo %1; create it with POST.").arg(number),
            "NotFoundException");
    }
    if (stored->isDelivered()) {
        return failure(409,
                       tr("Shipment %1 was delivered on %2; it can no longer be updated.")
                           .arg(number, JsonWriter::formatDateTime(stored->deliveredAt)),
                       "ConflictException");
    }
    Errors errors = checked.errors;
    const ShipmentHeader &before = stored->shipment->header();
    const std::pair<const char *, std::pair<QString, QString>> parties[]
        = { { "SellingPartyId", { before.sellingPartyId, header.sellingPartyId } },
            { "ShipFromPartyId", { before.shipFromPartyId, header.shipFromPartyId } },
            { "ShipToPartyId", { before.shipToPartyId, header.shipToPartyId } } };
    for (const auto &[name, values] : parties) {
        if (values.first != values.second) {
            errors[QStringLiteral("Model.") + QLatin1String(name)].append(
                tr("%1 cannot change after the shipment was created (it is \"%2\", not \"%3\").")
                    .arg(QLatin1String(name), values.first, values.second));
        }
    }
    if (before.channelId && header.channelId && *before.channelId != *header.channelId) {
        errors[QStringLiteral("ChannelId")].append(
            tr("ChannelId cannot change after the shipment was created (it is %1, not %2).")
                .arg(*before.channelId)
                .arg(*header.channelId));
    }
    if (!errors.isEmpty())
        return validationFailed(errors);
    m_state.replaceShipment(*stored, request.body, std::move(checked.shipment));
    ++m_state.stats().shipments[number].puts;
    persist();
    ApiEnvelope envelope;
    envelope.message = tr("Shipment %1 updated.").arg(number);
    return answer(201, std::move(envelope));
}

SandboxReply SandboxApi::getMerchantShipments(const SandboxRequest &request)
{
    QueryReader query(request);
    const std::optional<qint64> channelId
        = query.integer("channelId", 0, std::numeric_limits<qint32>::max());
    const std::optional<ShipmentIdentifierType> identifierType
        = query.oneEnum<ShipmentIdentifierType>("identifiers.identifierType");
    const QStringList models = query.list("identifiers.models");
    const QueryReader::Range shippedDates = query.range("shippedDateRange");
    const QueryReader::Range createDates = query.range("createDateRange");
    const QueryReader::Range updateDates = query.range("updateDateRange");
    const std::optional<QString> billOfLading = query.text("billOfLadingNumber");
    const std::optional<QString> carrier = query.text("carrierName");
    const auto [pageNumber, pageSize] = query.page();
    if (!models.isEmpty() && !identifierType)
        query.add("identifiers.identifierType",
                  tr("identifiers.identifierType is required with identifiers.models."));
    if (!query.errors.isEmpty())
        return validationFailed(query.errors);

    const QSet<QString> modelSet(models.cbegin(), models.cend());
    QList<const StoredShipment *> matches;
    for (const StoredShipment &stored : m_state.shipments()) {
        const ShipmentHeader &h = stored.shipment->header();
        if (channelId && h.channelId != channelId)
            continue;
        if (!shippedDates.contains(h.shipmentDate) || !createDates.contains(stored.createdAt)
            || !updateDates.contains(stored.updatedAt))
            continue;
        if (billOfLading && h.billOfLadingNo != *billOfLading)
            continue;
        if (carrier && h.carrierName.compare(*carrier, Qt::CaseInsensitive) != 0)
            continue;
        if (!modelSet.isEmpty()) {
            bool found = false;
            if (*identifierType == ShipmentIdentifierType::MerchantShipmentNo) {
                found = modelSet.contains(h.merchantShipmentNo);
            } else {
                stored.shipment->root()->forEach([&](const ShipmentNode *node) {
                    if (found || node->type() != NodeType::Item)
                        return;
                    const QString &po = node->line().channelPurchaseOrderNo;
                    if (*identifierType == ShipmentIdentifierType::ChannelPurchaseOrderNo) {
                        found = modelSet.contains(po);
                    } else {
                        const int index = m_state.orderIndex(po);
                        found = index >= 0
                            && modelSet.contains(m_state.orders()[index].merchantPurchaseOrderNo);
                    }
                });
            }
            if (!found)
                continue;
        }
        matches.append(&stored);
    }

    const QList<const StoredShipment *> page = pageOf(matches, pageNumber, pageSize);
    QList<MerchantShipment> listed;
    listed.reserve(page.size());
    qsizetype lines = 0;
    const OrderBook &book = m_state.orderBook();
    for (const StoredShipment *stored : page) {
        MerchantShipment m = MerchantShipment::summarize(*stored->shipment);
        m.id = stored->id;
        m.lastMerchantUpdatedAt = stored->updatedAt;
        const SandboxState::Export exported = m_state.exportOf(*stored);
        m.lastExportStatus = exported.status;
        m.lastExportedAt = exported.exportedAt;
        qint64 lineId = stored->id * 100000;
        for (MerchantShipmentLine &line : m.lines) {
            line.id = ++lineId;
            const int po = book.indexOf(line.channelOrderNo);
            const int poLine
                = po < 0 ? -1 : book.lineIndexOf(po, IdentifierType::Sku, line.merchantProductNo);
            if (poLine >= 0) {
                const PurchaseOrderLine &l = book.order(po).lines[poLine];
                line.channelProductNo = l.channelProductNo;
                line.merchantProductNo = l.merchantProductNo;
                if (!l.channelOrderLineNo.isEmpty())
                    line.itemSequenceNumber = l.channelOrderLineNo;
            }
        }
        lines += m.lines.size();
        listed.append(std::move(m));
    }
    return collection(listed.size(), matches.size(), pageSize,
                      listed.size() * 800 + lines * 300 + 512, [&](JsonWriter &w) {
                          w.beginArray();
                          for (const MerchantShipment &m : std::as_const(listed))
                              MerchantShipmentJson::writeShipment(w, m);
                          w.endArray();
                      });
}

SandboxReply SandboxApi::deliverShipment(const SandboxRequest &request)
{
    const std::optional<QString> number = request.queryValue(QLatin1String("merchantShipmentNo"));
    if (!number || number->isEmpty()) {
        return validationFailed({ { QStringLiteral("merchantShipmentNo"),
                                    { tr("merchantShipmentNo is required.") } } });
    }
    if (!m_state.deliver(*number)) {
        return failure(404, tr("No shipment with MerchantShipmentNo %1.").arg(*number),
                       "NotFoundException");
    }
    persist();
    ApiEnvelope envelope;
    envelope.message = tr("Shipment %1 is delivered.").arg(*number);
    return answer(200, std::move(envelope));
}

SandboxReply SandboxApi::addPurchaseOrders(const SandboxRequest &request)
{
    if (std::optional<SandboxReply> refused = refuseContentType(request))
        return *refused;
    OrdersDocument doc = OrdersJson::read(request.body);
    Errors errors;
    for (const Finding &f : std::as_const(doc.findings)) {
        if (f.severity == Severity::Error)
            errors[fieldPath(f.pointer)].append(f.message);
    }
    if (doc.readable) {
        for (int i = 0; i < doc.orders.size(); ++i) {
            if (doc.orders[i].channelPurchaseOrderNo.trimmed().isEmpty()) {
                errors[(doc.hasEnvelope ? QStringLiteral("Content[%1]") : QStringLiteral("[%1]"))
                           .arg(i)
                       + QLatin1String(".ChannelPurchaseOrderNo")]
                    .append(tr("ChannelPurchaseOrderNo is required."));
            }
        }
    }
    if (!doc.readable || !errors.isEmpty())
        return validationFailed(errors);
    const SandboxState::Upsert result = m_state.upsertOrders(std::move(doc.orders));
    persist();
    ApiEnvelope envelope;
    envelope.count = result.added + result.replaced;
    envelope.message
        = tr("%1 purchase order(s) added, %2 replaced.").arg(result.added).arg(result.replaced);
    return answer(201, std::move(envelope));
}

SandboxReply SandboxApi::faults(const SandboxRequest &request)
{
    SandboxFaults next = m_state.faults();
    if (request.method == "POST") {
        if (std::optional<SandboxReply> refused = refuseContentType(request))
            return *refused;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            return validationFailed(
                { { QStringLiteral("$"),
                    { tr("The body must be a JSON object like {\"failRate\": 0.1, \"dropRate\": "
                         "0, \"latencyMs\": 0, \"rateLimit\": 0}.") } } });
        }
        Errors errors;
        const QJsonObject object = doc.object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            const QJsonValue value = it.value();
            auto rate = [&](double &out) {
                if (!value.isDouble())
                    errors[key].append(tr("%1 must be a number from 0 to 1.").arg(key));
                else
                    out = value.toDouble();
            };
            auto whole = [&](int &out) {
                const double number = value.toDouble(-1);
                if (!value.isDouble() || number != std::floor(number) || number < 0
                    || number > std::numeric_limits<int>::max())
                    errors[key].append(tr("%1 must be a whole number of at least 0.").arg(key));
                else
                    out = int(number);
            };
            if (key.compare(QLatin1String("failRate"), Qt::CaseInsensitive) == 0)
                rate(next.failRate);
            else if (key.compare(QLatin1String("dropRate"), Qt::CaseInsensitive) == 0)
                rate(next.dropRate);
            else if (key.compare(QLatin1String("latencyMs"), Qt::CaseInsensitive) == 0)
                whole(next.latencyMs);
            else if (key.compare(QLatin1String("rateLimit"), Qt::CaseInsensitive) == 0)
                whole(next.rateLimit);
            else if (key.compare(QLatin1String("applyDelayMs"), Qt::CaseInsensitive) == 0)
                whole(next.applyDelayMs);
            else
                errors[key].append(tr("Unknown setting; use failRate, dropRate, latencyMs, "
                                      "rateLimit or applyDelayMs."));
        }
        const QString problem = next.problem();
        if (errors.isEmpty() && !problem.isEmpty())
            errors[QStringLiteral("$")].append(problem);
        if (!errors.isEmpty())
            return validationFailed(errors);
        m_state.setFaults(next);
    }
    return collection(1, 1, 1, 256, [&](JsonWriter &w) {
        w.beginObject();
        w.field("failRate", next.failRate);
        w.field("dropRate", next.dropRate);
        w.field("latencyMs", next.latencyMs);
        w.field("rateLimit", next.rateLimit);
        w.field("applyDelayMs", next.applyDelayMs);
        w.endObject();
    });
}

SandboxReply SandboxApi::storedShipment(const QString &merchantShipmentNo)
{
    const StoredShipment *stored = m_state.shipment(merchantShipmentNo);
    if (!stored) {
        return failure(404, tr("No shipment with MerchantShipmentNo %1.").arg(merchantShipmentNo),
                       "NotFoundException");
    }
    SandboxReply reply;
    reply.status = 200;
    reply.body = stored->body;
    return reply;
}

SandboxReply SandboxApi::stats()
{
    return collection(1, 1, 1, 4096, [&](JsonWriter &w) { m_state.writeStats(w); });
}

} // namespace VendorPack
