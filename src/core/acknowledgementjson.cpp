// SPDX-License-Identifier: GPL-3.0-or-later
#include "acknowledgementjson.h"

#include "jsondocument.h"
#include "jsonfieldreader.h"

namespace VendorPack {

namespace {

enum RequestKey { RChannelId, RLineIdentifierType, RIdentifierType, RModel, RequestKeyCount };
const char *const kRequestKeys[RequestKeyCount]
    = { "ChannelId", "LineIdentifierType", "IdentifierType", "Model" };

enum ModelKey { MIdentifier, MMerchantOrderNo, MLines, ModelKeyCount };
const char *const kModelKeys[ModelKeyCount] = { "Identifier", "MerchantOrderNo", "Lines" };

enum LineKey {
    LOrderLineIdentifier,
    LAcknowledgementCode,
    LAcknowledgedQuantity,
    LRejectionReason,
    LUnitOfMeasure,
    LUnitSize,
    LScheduledShipDate,
    LScheduledDeliveryDate,
    LineKeyCount
};
const char *const kLineKeys[LineKeyCount]
    = { "OrderLineIdentifier", "AcknowledgementCode",  "AcknowledgedQuantity",
        "RejectionReason",     "UnitOfMeasure",        "UnitSize",
        "ScheduledShipDate",   "ScheduledDeliveryDate" };

constexpr int kMaxText = 1000;

void readLine(JsonFieldReader &reader, int v, AcknowledgementLine &line)
{
    reader.forEachField(v, kLineKeys, [&](int field, int value, QLatin1String name) {
        Acknowledgement &ack = line.acknowledgement;
        switch (LineKey(field)) {
        case LOrderLineIdentifier:
            reader.readString(value, name, kMaxText, line.orderLineIdentifier);
            break;
        case LAcknowledgementCode:
            reader.readEnum(value, name, ack.code);
            break;
        case LAcknowledgedQuantity: {
            std::optional<qint64> quantity;
            if (reader.readInteger(value, name, quantity, 0) && quantity)
                ack.quantity = *quantity;
            break;
        }
        case LRejectionReason:
            reader.readEnum(value, name, ack.rejectionReason);
            break;
        case LUnitOfMeasure:
            reader.readEnum(value, name, line.unitOfMeasure);
            break;
        case LUnitSize:
            reader.readInteger(value, name, line.unitSize, 1);
            break;
        case LScheduledShipDate:
            reader.readDateTime(value, name, ack.scheduledShipDate);
            break;
        case LScheduledDeliveryDate:
            reader.readDateTime(value, name, ack.scheduledDeliveryDate);
            break;
        case LineKeyCount:
            break;
        }
    });
}

void readModel(JsonFieldReader &reader, int v, AcknowledgementRequest &request)
{
    reader.forEachField(v, kModelKeys, [&](int field, int value, QLatin1String name) {
        switch (ModelKey(field)) {
        case MIdentifier:
            reader.readString(value, name, kMaxText, request.identifier);
            break;
        case MMerchantOrderNo:
            reader.readString(value, name, kMaxText, request.merchantOrderNo);
            break;
        case MLines:
            reader.forEachObject(value, AcknowledgementJson::tr("an array of lines"),
                                 AcknowledgementJson::tr("a line object"), [&](int entry) {
                                     AcknowledgementLine line;
                                     readLine(reader, entry, line);
                                     request.lines.append(std::move(line));
                                 });
            break;
        case ModelKeyCount:
            break;
        }
    });
}

} // namespace

QByteArray AcknowledgementJson::write(const AcknowledgementRequest &request,
                                      JsonWriter::Style style)
{
    JsonWriter w(style);
    w.beginObject();
    if (request.channelId)
        w.field("ChannelId", *request.channelId);
    if (request.lineIdentifierType != LineIdentifierType::Unknown)
        w.field("LineIdentifierType", enumToWire(request.lineIdentifierType));
    if (request.identifierType != PurchaseOrderIdentifierType::Unknown)
        w.field("IdentifierType", enumToWire(request.identifierType));
    w.key("Model");
    w.beginObject();
    if (!request.identifier.isEmpty())
        w.field("Identifier", request.identifier);
    if (!request.merchantOrderNo.isEmpty())
        w.field("MerchantOrderNo", request.merchantOrderNo);
    w.key("Lines");
    w.beginArray();
    for (const AcknowledgementLine &line : request.lines) {
        const Acknowledgement &ack = line.acknowledgement;
        w.beginObject();
        if (!line.orderLineIdentifier.isEmpty())
            w.field("OrderLineIdentifier", line.orderLineIdentifier);
        if (ack.code != AcknowledgementCode::Unknown)
            w.field("AcknowledgementCode", enumToWire(ack.code));
        w.field("AcknowledgedQuantity", ack.quantity);
        if (ack.rejectionReason != RejectionReason::None)
            w.field("RejectionReason", enumToWire(ack.rejectionReason));
        if (line.unitOfMeasure != QuantityUnit::Unknown)
            w.field("UnitOfMeasure", enumToWire(line.unitOfMeasure));
        if (line.unitSize)
            w.field("UnitSize", *line.unitSize);
        if (ack.scheduledShipDate.isValid())
            w.field("ScheduledShipDate", ack.scheduledShipDate);
        if (ack.scheduledDeliveryDate.isValid())
            w.field("ScheduledDeliveryDate", ack.scheduledDeliveryDate);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    w.endObject();
    return w.take();
}

AcknowledgementDocument AcknowledgementJson::read(QByteArray json)
{
    AcknowledgementDocument result;
    const std::optional<JsonDocument> parsed = JsonFieldReader::parseRoot(
        std::move(json), result.findings, tr("an acknowledgement must be a JSON object, not %1"));
    if (!parsed)
        return result;
    const JsonDocument &doc = *parsed;
    result.readable = true;
    JsonFieldReader reader(doc, result.findings);
    AcknowledgementRequest &request = result.request;
    request.identifierType = PurchaseOrderIdentifierType::Unknown;
    request.lineIdentifierType = LineIdentifierType::Unknown;
    reader.forEachField(JsonDocument::kRoot, kRequestKeys,
                        [&](int field, int value, QLatin1String name) {
                            switch (RequestKey(field)) {
                            case RChannelId:
                                reader.readInteger(value, name, request.channelId);
                                break;
                            case RLineIdentifierType:
                                reader.readEnum(value, name, request.lineIdentifierType);
                                break;
                            case RIdentifierType:
                                reader.readEnum(value, name, request.identifierType);
                                break;
                            case RModel:
                                if (doc.type(value) == JsonType::Object)
                                    readModel(reader, value, request);
                                else if (doc.type(value) != JsonType::Null)
                                    reader.wrongType(value, tr("an object"));
                                break;
                            case RequestKeyCount:
                                break;
                            }
                        });
    return result;
}

} // namespace VendorPack
