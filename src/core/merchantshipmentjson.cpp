// SPDX-License-Identifier: GPL-3.0-or-later
#include "merchantshipmentjson.h"

#include "jsondocument.h"
#include "jsonfieldreader.h"

namespace VendorPack {

namespace {

enum ShipmentKey {
    SId,
    SMerchantShipmentNo,
    SChannelShipmentNo,
    SShipmentType,
    SShippedDate,
    SEstimatedDeliveryDate,
    SCarrierName,
    SCarrierShipmentNo,
    SBillOfLadingNumber,
    SShipmentWeightUnitOfMeasure,
    SShipmentWeight,
    SShipmentVolumeUnitOfMeasure,
    SShipmentVolume,
    SLastMerchantUpdatedAt,
    SLastExportedAt,
    SLastExportStatus,
    SLines,
    ShipmentKeyCount
};
const char *const kShipmentKeys[ShipmentKeyCount] = {
    "Id",
    "MerchantShipmentNo",
    "ChannelShipmentNo",
    "ShipmentType",
    "ShippedDate",
    "EstimatedDeliveryDate",
    "CarrierName",
    "CarrierShipmentNo",
    "BillOfLadingNumber",
    "ShipmentWeightUnitOfMeasure",
    "ShipmentWeight",
    "ShipmentVolumeUnitOfMeasure",
    "ShipmentVolume",
    "LastMerchantUpdatedAt",
    "LastExportedAt",
    "LastExportStatus",
    "Lines",
};

enum LineKey {
    LId,
    LChannelOrderNo,
    LItemSequenceNumber,
    LChannelProductNo,
    LMerchantProductNo,
    LQuantityUnitOfMeasure,
    LQuantity,
    LQuantityUnitSize,
    LExpiryDate,
    LineKeyCount
};
const char *const kLineKeys[LineKeyCount] = {
    "Id",
    "ChannelOrderNo",
    "ItemSequenceNumber",
    "ChannelProductNo",
    "MerchantProductNo",
    "QuantityUnitOfMeasure",
    "Quantity",
    "QuantityUnitSize",
    "ExpiryDate",
};

constexpr int kMaxText = 1000;
constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();

void readLine(JsonFieldReader &reader, int v, MerchantShipmentLine &line)
{
    reader.forEachField(v, kLineKeys, [&](int field, int value, QLatin1String name) {
        switch (LineKey(field)) {
        case LId:
            reader.readInteger(value, name, line.id, 0, kMaxId);
            break;
        case LChannelOrderNo:
            reader.readString(value, name, kMaxText, line.channelOrderNo);
            break;
        case LItemSequenceNumber:
            reader.readString(value, name, kMaxText, line.itemSequenceNumber);
            break;
        case LChannelProductNo:
            reader.readString(value, name, kMaxText, line.channelProductNo);
            break;
        case LMerchantProductNo:
            reader.readString(value, name, kMaxText, line.merchantProductNo);
            break;
        case LQuantityUnitOfMeasure:
            reader.readEnum(value, name, line.quantityUnitOfMeasure);
            break;
        case LQuantity: {
            std::optional<qint64> quantity;
            if (reader.readInteger(value, name, quantity) && quantity)
                line.quantity = *quantity;
            break;
        }
        case LQuantityUnitSize:
            reader.readInteger(value, name, line.quantityUnitSize);
            break;
        case LExpiryDate:
            reader.readDateTime(value, name, line.expiryDate);
            break;
        case LineKeyCount:
            break;
        }
    });
}

void readShipment(JsonFieldReader &reader, int v, MerchantShipment &s)
{
    reader.forEachField(v, kShipmentKeys, [&](int field, int value, QLatin1String name) {
        switch (ShipmentKey(field)) {
        case SId:
            reader.readInteger(value, name, s.id, 0, kMaxId);
            break;
        case SMerchantShipmentNo:
            reader.readString(value, name, 64, s.merchantShipmentNo);
            break;
        case SChannelShipmentNo:
            reader.readString(value, name, 64, s.channelShipmentNo);
            break;
        case SShipmentType:
            reader.readEnum(value, name, s.shipmentType);
            break;
        case SShippedDate:
            reader.readDateTime(value, name, s.shippedDate);
            break;
        case SEstimatedDeliveryDate:
            reader.readDateTime(value, name, s.estimatedDeliveryDate);
            break;
        case SCarrierName:
            reader.readString(value, name, kMaxText, s.carrierName);
            break;
        case SCarrierShipmentNo:
            reader.readString(value, name, kMaxText, s.carrierShipmentNo);
            break;
        case SBillOfLadingNumber:
            reader.readString(value, name, kMaxText, s.billOfLadingNumber);
            break;
        case SShipmentWeightUnitOfMeasure:
            reader.readEnum(value, name, s.shipmentWeightUnitOfMeasure);
            break;
        case SShipmentWeight:
            reader.readDecimal(value, name, s.shipmentWeight);
            break;
        case SShipmentVolumeUnitOfMeasure:
            reader.readString(value, name, kMaxText, s.shipmentVolumeUnitOfMeasure);
            break;
        case SShipmentVolume:
            reader.readDecimal(value, name, s.shipmentVolume);
            break;
        case SLastMerchantUpdatedAt:
            reader.readDateTime(value, name, s.lastMerchantUpdatedAt);
            break;
        case SLastExportedAt:
            reader.readDateTime(value, name, s.lastExportedAt);
            break;
        case SLastExportStatus:
            reader.readEnum(value, name, s.lastExportStatus);
            break;
        case SLines:
            reader.forEachObject(value, MerchantShipmentJson::tr("an array of lines"),
                                 MerchantShipmentJson::tr("a line object"), [&](int entry) {
                                     MerchantShipmentLine line;
                                     readLine(reader, entry, line);
                                     s.lines.append(std::move(line));
                                 });
            break;
        case ShipmentKeyCount:
            break;
        }
    });
}

void writeString(JsonWriter &w, const char *name, const QString &value)
{
    if (!value.isEmpty())
        w.field(name, value);
}

} // namespace

void MerchantShipmentJson::writeShipment(JsonWriter &w, const MerchantShipment &s)
{
    w.beginObject();
    if (s.id)
        w.field("Id", *s.id);
    writeString(w, "MerchantShipmentNo", s.merchantShipmentNo);
    writeString(w, "ChannelShipmentNo", s.channelShipmentNo);
    if (s.shipmentType != ShipmentType::None)
        w.field("ShipmentType", enumToWire(s.shipmentType));
    if (s.shippedDate.isValid())
        w.field("ShippedDate", s.shippedDate);
    if (s.estimatedDeliveryDate.isValid())
        w.field("EstimatedDeliveryDate", s.estimatedDeliveryDate);
    writeString(w, "CarrierName", s.carrierName);
    writeString(w, "CarrierShipmentNo", s.carrierShipmentNo);
    writeString(w, "BillOfLadingNumber", s.billOfLadingNumber);
    if (s.shipmentWeightUnitOfMeasure != WeightUnit::Unknown)
        w.field("ShipmentWeightUnitOfMeasure", enumToWire(s.shipmentWeightUnitOfMeasure));
    if (s.shipmentWeight)
        w.field("ShipmentWeight", *s.shipmentWeight);
    writeString(w, "ShipmentVolumeUnitOfMeasure", s.shipmentVolumeUnitOfMeasure);
    if (s.shipmentVolume)
        w.field("ShipmentVolume", *s.shipmentVolume);
    if (s.lastMerchantUpdatedAt.isValid())
        w.field("LastMerchantUpdatedAt", s.lastMerchantUpdatedAt);
    if (s.lastExportedAt.isValid())
        w.field("LastExportedAt", s.lastExportedAt);
    if (s.lastExportStatus != ExportStatus::Unknown)
        w.field("LastExportStatus", enumToWire(s.lastExportStatus));
    w.key("Lines");
    w.beginArray();
    for (const MerchantShipmentLine &line : s.lines) {
        w.beginObject();
        if (line.id)
            w.field("Id", *line.id);
        writeString(w, "ChannelOrderNo", line.channelOrderNo);
        writeString(w, "ItemSequenceNumber", line.itemSequenceNumber);
        writeString(w, "ChannelProductNo", line.channelProductNo);
        writeString(w, "MerchantProductNo", line.merchantProductNo);
        if (line.quantityUnitOfMeasure != QuantityUnit::Unknown)
            w.field("QuantityUnitOfMeasure", enumToWire(line.quantityUnitOfMeasure));
        w.field("Quantity", line.quantity);
        if (line.quantityUnitSize)
            w.field("QuantityUnitSize", *line.quantityUnitSize);
        if (line.expiryDate.isValid())
            w.field("ExpiryDate", line.expiryDate);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

QByteArray MerchantShipmentJson::writePage(const QList<MerchantShipment> &shipments,
                                           qint64 totalCount, qint64 itemsPerPage,
                                           JsonWriter::Style style)
{
    JsonWriter w(style);
    w.beginObject();
    w.key("Content");
    w.beginArray();
    for (const MerchantShipment &s : shipments)
        writeShipment(w, s);
    w.endArray();
    ApiEnvelope envelope;
    envelope.count = shipments.size();
    envelope.totalCount = totalCount;
    envelope.itemsPerPage = itemsPerPage;
    envelope.statusCode = 200;
    envelope.success = true;
    envelope.writeFields(w);
    w.endObject();
    return w.take();
}

MerchantShipmentsDocument MerchantShipmentJson::read(QByteArray json)
{
    MerchantShipmentsDocument result;
    const std::optional<JsonDocument> parsed = JsonFieldReader::parseRoot(
        std::move(json), result.findings,
        tr("a merchant shipments listing must be a JSON object, not %1"));
    if (!parsed)
        return result;
    const JsonDocument &doc = *parsed;
    result.readable = true;
    JsonFieldReader reader(doc, result.findings);
    int content = -1;
    result.envelope = ApiEnvelope::readFrom(reader, JsonDocument::kRoot, &content);
    if (content >= 0) {
        const qsizetype mark = reader.pushKey(QLatin1String("Content"));
        reader.forEachObject(content, tr("an array of shipments"), tr("a shipment object"),
                             [&](int entry) {
                                 MerchantShipment shipment;
                                 readShipment(reader, entry, shipment);
                                 result.shipments.append(std::move(shipment));
                             });
        reader.pop(mark);
    }
    return result;
}

} // namespace VendorPack
