// SPDX-License-Identifier: GPL-3.0-or-later
#include "shipmentjson.h"

#include "jsondocument.h"
#include "jsonfieldreader.h"

namespace VendorPack {

namespace {

// Field names in the API's order, which is also the canonical output order.
enum LineKey {
    LType,
    LIdentifierType,
    LIdentifierValue,
    LLayersPerPallet,
    LItemsPerLayer,
    LDimensions,
    LWeight,
    LQuantity,
    LQuantityUnitOfMeasure,
    LUnitsPerCase,
    LChannelPurchaseOrderNo,
    LLotNo,
    LExpiryDate,
    LHandlingCode,
    LLines,
    LineKeyCount
};
const char *const kLineKeys[LineKeyCount] = {
    "Type",
    "IdentifierType",
    "IdentifierValue",
    "LayersPerPallet",
    "ItemsPerLayer",
    "Dimensions",
    "Weight",
    "Quantity",
    "QuantityUnitOfMeasure",
    "UnitsPerCase",
    "ChannelPurchaseOrderNo",
    "LotNo",
    "ExpiryDate",
    "HandlingCode",
    "Lines",
};

enum ModelKey {
    MMerchantShipmentNo,
    MCarrierShipmentNo,
    MChannelShipmentNo,
    MBillOfLadingNo,
    MShipmentType,
    MTransportationMode,
    MCarrierName,
    MShipmentDate,
    MEstimatedDeliveryDate,
    MSellingPartyId,
    MShipFromPartyId,
    MShipToPartyId,
    MDimensions,
    MWeight,
    MLines,
    ModelKeyCount
};
const char *const kModelKeys[ModelKeyCount] = {
    "MerchantShipmentNo",
    "CarrierShipmentNo",
    "ChannelShipmentNo",
    "BillOfLadingNo",
    "ShipmentType",
    "TransportationMode",
    "CarrierName",
    "ShipmentDate",
    "EstimatedDeliveryDate",
    "SellingPartyId",
    "ShipFromPartyId",
    "ShipToPartyId",
    "Dimensions",
    "Weight",
    "Lines",
};

// Builds the shipment from a parsed document, reporting as it goes.
class ShipmentReader
{
public:
    ShipmentReader(const JsonDocument &doc, ShipmentDocument &out)
        : m_doc(doc)
        , m_out(out)
        , m_reader(doc, out.findings)
    {
    }

    void read()
    {
        auto shipment = std::make_unique<Shipment>();
        m_shipment = shipment.get();
        const int root = JsonDocument::kRoot;
        int model = -1;
        // An envelope has a Model; a ChannelId alone makes one only when no Model field is
        // beside it (a bare Model may carry a ChannelId of its own).
        bool hasModel = false;
        bool hasChannelId = false;
        bool hasModelField = false;
        for (int i = 0; i < m_doc.size(root); ++i) {
            const int key = m_doc.memberKey(root, i);
            if (m_doc.stringEquals(key, QLatin1String("Model")))
                hasModel = true;
            else if (m_doc.stringEquals(key, QLatin1String("ChannelId")))
                hasChannelId = true;
            else if (JsonFieldReader::keyIndex(m_doc, key, kModelKeys) >= 0)
                hasModelField = true;
        }
        const bool envelope = hasModel || (hasChannelId && !hasModelField);
        if (envelope) {
            readEnvelope(root, model);
            if (model >= 0) {
                const qsizetype mark = m_reader.pushKey(QLatin1String("Model"));
                if (m_doc.type(model) == JsonType::Object) {
                    readModel(model);
                } else {
                    m_reader.wrongType(model, ShipmentJson::tr("an object"));
                    m_shipment->header().malformed |= HeaderModel;
                }
                m_reader.pop(mark);
            }
        } else {
            m_out.bareModel = true;
            m_out.pointerPrefix = QString();
            readModel(root);
        }
        m_out.shipment = std::move(shipment);
    }

private:
    void readEnvelope(int root, int &model)
    {
        ShipmentHeader &header = m_shipment->header();
        bool seenChannel = false;
        for (int i = 0; i < m_doc.size(root); ++i) {
            const int key = m_doc.memberKey(root, i);
            const int value = m_doc.memberValue(root, i);
            if (m_doc.stringEquals(key, QLatin1String("ChannelId"))) {
                if (seenChannel)
                    m_reader.duplicateField(key);
                seenChannel = true;
                const qsizetype mark = m_reader.pushKey(key);
                header.channelId.reset();
                if (!m_reader.readInteger(value, QLatin1String("ChannelId"), header.channelId))
                    header.malformed |= HeaderChannelId;
                m_reader.pop(mark);
            } else if (m_doc.stringEquals(key, QLatin1String("Model"))) {
                if (model >= 0)
                    m_reader.duplicateField(key);
                model = value;
            } else {
                m_reader.unknownField(key);
            }
        }
        if (model < 0) {
            m_reader.report(Severity::Error, "header.lines",
                            ShipmentJson::tr("the document has no Model, so no shipment lines"));
            header.malformed |= HeaderModel;
        }
    }

    void readModel(int model)
    {
        ShipmentHeader &h = m_shipment->header();
        quint32 seen = 0;
        int lines = -1;
        for (int i = 0; i < m_doc.size(model); ++i) {
            const int key = m_doc.memberKey(model, i);
            const int value = m_doc.memberValue(model, i);
            const int field = JsonFieldReader::keyIndex(m_doc, key, kModelKeys);
            if (field < 0) {
                if (m_out.bareModel && m_doc.stringEquals(key, QLatin1String("ChannelId"))) {
                    const qsizetype mark = m_reader.pushKey(key);
                    if (!m_reader.readInteger(value, QLatin1String("ChannelId"), h.channelId))
                        h.malformed |= HeaderChannelId;
                    m_reader.pop(mark);
                } else {
                    m_reader.unknownField(key);
                }
                continue;
            }
            if (seen & (1u << field))
                m_reader.duplicateField(key);
            seen |= 1u << field;
            const QLatin1String name(kModelKeys[field]);
            const qsizetype mark = m_reader.pushKey(key);
            switch (ModelKey(field)) {
            case MMerchantShipmentNo:
                if (!m_reader.readString(value, name, 64, h.merchantShipmentNo))
                    h.malformed |= HeaderMerchantShipmentNo;
                break;
            case MCarrierShipmentNo:
                m_reader.readString(value, name, 64, h.carrierShipmentNo);
                break;
            case MChannelShipmentNo:
                m_reader.readString(value, name, 64, h.channelShipmentNo);
                break;
            case MBillOfLadingNo:
                m_reader.readString(value, name, 64, h.billOfLadingNo);
                break;
            case MShipmentType:
                if (!m_reader.readEnum(value, name, h.shipmentType))
                    h.malformed |= HeaderShipmentType;
                break;
            case MTransportationMode:
                if (!m_reader.readEnum(value, name, h.transportationMode))
                    h.malformed |= HeaderTransportationMode;
                break;
            case MCarrierName:
                m_reader.readString(value, name, 64, h.carrierName);
                break;
            case MShipmentDate:
                if (!m_reader.readDateTime(value, name, h.shipmentDate))
                    h.malformed |= HeaderShipmentDate;
                break;
            case MEstimatedDeliveryDate:
                if (!m_reader.readDateTime(value, name, h.estimatedDeliveryDate))
                    h.malformed |= HeaderEstimatedDeliveryDate;
                break;
            case MSellingPartyId:
                if (!m_reader.readString(value, name, 50, h.sellingPartyId))
                    h.malformed |= HeaderParties;
                break;
            case MShipFromPartyId:
                if (!m_reader.readString(value, name, 50, h.shipFromPartyId))
                    h.malformed |= HeaderParties;
                break;
            case MShipToPartyId:
                if (!m_reader.readString(value, name, 50, h.shipToPartyId))
                    h.malformed |= HeaderParties;
                break;
            case MDimensions:
                if (!m_reader.readDimensions(value, h.dimensions))
                    h.malformed |= HeaderDimensions;
                break;
            case MWeight:
                if (!m_reader.readWeight(value, h.weight))
                    h.malformed |= HeaderWeight;
                break;
            case MLines:
                lines = value;
                break;
            case ModelKeyCount:
                break;
            }
            m_reader.pop(mark);
        }
        if (lines >= 0) {
            const qsizetype mark = m_reader.pushKey(QLatin1String("Lines"));
            if (!readLines(lines, m_shipment->root(), 1))
                h.malformed |= HeaderLines;
            m_reader.pop(mark);
        }
    }

    // Reads an array of lines below parent; false when `lines` is not an array.
    bool readLines(int lines, ShipmentNode *parent, int depth)
    {
        if (m_doc.type(lines) == JsonType::Null)
            return true;
        if (m_doc.type(lines) != JsonType::Array) {
            m_reader.wrongType(lines, ShipmentJson::tr("an array of lines"));
            return false;
        }
        for (int i = 0; i < m_doc.size(lines); ++i) {
            const int entry = m_doc.element(lines, i);
            const qsizetype mark = m_reader.pushIndex(i);
            readLine(entry, parent, depth);
            m_reader.pop(mark);
        }
        return true;
    }

    void readLine(int v, ShipmentNode *parent, int depth)
    {
        ShipmentLine line;
        if (m_doc.type(v) != JsonType::Object) {
            // Keep the place so that later pointers still match the document.
            line.malformed = FieldPlaceholder;
            const ShipmentNode *placeholder = m_shipment->insertNode(
                parent, parent->childCount(), m_shipment->createNode(std::move(line)));
            m_reader.wrongType(v, ShipmentJson::tr("a line object"));
            m_out.findings.last().node = placeholder->id();
            return;
        }
        auto owned = m_shipment->createNode(ShipmentLine());
        ShipmentNode *node = m_shipment->insertNode(parent, parent->childCount(), std::move(owned));
        const NodeId id = node->id();
        const qsizetype findingsBefore = m_out.findings.size();
        ShipmentLine &l = node->line();
        quint32 seen = 0;
        int children = -1;
        for (int i = 0; i < m_doc.size(v); ++i) {
            const int key = m_doc.memberKey(v, i);
            const int value = m_doc.memberValue(v, i);
            const int field = JsonFieldReader::keyIndex(m_doc, key, kLineKeys);
            if (field < 0) {
                m_reader.unknownField(key);
                continue;
            }
            if (seen & (1u << field))
                m_reader.duplicateField(key);
            seen |= 1u << field;
            const QLatin1String name(kLineKeys[field]);
            const qsizetype mark = m_reader.pushKey(key);
            switch (LineKey(field)) {
            case LType:
                if (!m_reader.readEnum(value, name, l.type))
                    l.malformed |= FieldType;
                break;
            case LIdentifierType:
                if (!m_reader.readEnum(value, name, l.identifierType))
                    l.malformed |= FieldIdentifierType;
                break;
            case LIdentifierValue:
                if (!m_reader.readString(value, name, 100, l.identifierValue, true))
                    l.malformed |= FieldIdentifierValue;
                break;
            case LLayersPerPallet:
                if (!m_reader.readInteger(value, name, l.layersPerPallet))
                    l.malformed |= FieldLayersPerPallet;
                break;
            case LItemsPerLayer:
                if (!m_reader.readInteger(value, name, l.itemsPerLayer))
                    l.malformed |= FieldItemsPerLayer;
                break;
            case LDimensions:
                if (!m_reader.readDimensions(value, l.dimensions))
                    l.malformed |= FieldDimensions;
                break;
            case LWeight:
                if (!m_reader.readWeight(value, l.weight))
                    l.malformed |= FieldWeight;
                break;
            case LQuantity:
                if (!m_reader.readInteger(value, name, l.quantity))
                    l.malformed |= FieldQuantity;
                break;
            case LQuantityUnitOfMeasure:
                if (!m_reader.readEnum(value, name, l.quantityUnit))
                    l.malformed |= FieldQuantityUnit;
                break;
            case LUnitsPerCase:
                if (!m_reader.readInteger(value, name, l.unitsPerCase))
                    l.malformed |= FieldUnitsPerCase;
                break;
            case LChannelPurchaseOrderNo:
                if (!m_reader.readString(value, name, 60, l.channelPurchaseOrderNo, true))
                    l.malformed |= FieldPurchaseOrder;
                break;
            case LLotNo:
                if (!m_reader.readString(value, name, 64, l.lotNo, true))
                    l.malformed |= FieldLotNo;
                break;
            case LExpiryDate:
                if (!m_reader.readDateTime(value, name, l.expiryDate))
                    l.malformed |= FieldExpiryDate;
                break;
            case LHandlingCode:
                if (!m_reader.readEnum(value, name, l.handlingCode))
                    l.malformed |= FieldHandlingCode;
                break;
            case LLines:
                children = value;
                break;
            case LineKeyCount:
                break;
            }
            m_reader.pop(mark);
        }
        for (qsizetype i = findingsBefore; i < m_out.findings.size(); ++i)
            m_out.findings[i].node = id;
        if (children >= 0) {
            const qsizetype mark = m_reader.pushKey(QLatin1String("Lines"));
            if (depth >= ShipmentJson::kMaxLineDepth) {
                const JsonType type = m_doc.type(children);
                if (type != JsonType::Null
                    && !(type == JsonType::Array && m_doc.size(children) == 0)) {
                    m_reader.report(Severity::Error, "nesting.depth",
                                    ShipmentJson::tr("lines nested deeper than %1 levels are "
                                                     "not read")
                                        .arg(ShipmentJson::kMaxLineDepth),
                                    id);
                    l.malformed |= FieldLines;
                }
            } else if (!readLines(children, node, depth + 1)) {
                node->line().malformed |= FieldLines;
            }
            m_reader.pop(mark);
        }
    }

    const JsonDocument &m_doc;
    ShipmentDocument &m_out;
    JsonFieldReader m_reader;
    Shipment *m_shipment = nullptr;
};

void writeDimensions(JsonWriter &w, const Dimensions &d)
{
    w.beginObject();
    if (d.height)
        w.field("Height", *d.height);
    if (d.width)
        w.field("Width", *d.width);
    if (d.length)
        w.field("Length", *d.length);
    if (d.unit != LengthUnit::Unknown)
        w.field("Unit", enumToWire(d.unit));
    w.endObject();
}

void writeWeight(JsonWriter &w, const Weight &weight)
{
    w.beginObject();
    if (weight.value)
        w.field("Value", *weight.value);
    if (weight.unit != WeightUnit::Unknown)
        w.field("Unit", enumToWire(weight.unit));
    w.endObject();
}

void writeString(JsonWriter &w, const char *name, const QString &value)
{
    if (!value.isEmpty())
        w.field(name, value);
}

template<typename E>
void writeEnum(JsonWriter &w, const char *name, E value)
{
    const QLatin1String wire = enumToWire(value);
    if (wire.size() > 0)
        w.field(name, wire);
}

void writeLines(JsonWriter &w, const ShipmentNode *parent);

void writeLine(JsonWriter &w, const ShipmentNode *node)
{
    const ShipmentLine &l = node->line();
    w.beginObject();
    writeEnum(w, "Type", l.type);
    writeEnum(w, "IdentifierType", l.identifierType);
    writeString(w, "IdentifierValue", l.identifierValue);
    if (l.layersPerPallet)
        w.field("LayersPerPallet", *l.layersPerPallet);
    if (l.itemsPerLayer)
        w.field("ItemsPerLayer", *l.itemsPerLayer);
    if (!l.dimensions.isEmpty()) {
        w.key("Dimensions");
        writeDimensions(w, l.dimensions);
    }
    if (!l.weight.isEmpty()) {
        w.key("Weight");
        writeWeight(w, l.weight);
    }
    // A Quantity of 1 on a carton or pallet means nothing and is dropped.
    if (l.quantity && !(l.type != NodeType::Item && *l.quantity == 1))
        w.field("Quantity", *l.quantity);
    writeEnum(w, "QuantityUnitOfMeasure", l.quantityUnit);
    if (l.unitsPerCase)
        w.field("UnitsPerCase", *l.unitsPerCase);
    writeString(w, "ChannelPurchaseOrderNo", l.channelPurchaseOrderNo);
    writeString(w, "LotNo", l.lotNo);
    if (l.expiryDate.isValid())
        w.field("ExpiryDate", l.expiryDate);
    writeEnum(w, "HandlingCode", l.handlingCode);
    writeLines(w, node);
    w.endObject();
}

void writeLines(JsonWriter &w, const ShipmentNode *parent)
{
    bool any = false;
    for (const auto &child : parent->children()) {
        if (child->line().isPlaceholder())
            continue;
        if (!any) {
            w.key("Lines");
            w.beginArray();
            any = true;
        }
        writeLine(w, child.get());
    }
    if (any)
        w.endArray();
}

} // namespace

ShipmentDocument ShipmentJson::read(QByteArray json)
{
    ShipmentDocument result;
    const std::optional<JsonDocument> doc = JsonFieldReader::parseRoot(
        std::move(json), result.findings, tr("a shipment document must be a JSON object, not %1"));
    if (doc)
        ShipmentReader(*doc, result).read();
    return result;
}

ShipmentDocument ShipmentJson::readFile(const QString &path)
{
    ShipmentDocument result;
    if (std::optional<QByteArray> bytes
        = JsonFieldReader::readFile(path, kMaxFileSize, result.findings))
        return read(std::move(*bytes));
    return result;
}

void ShipmentJson::writeTo(JsonWriter &w, const Shipment &shipment)
{
    const ShipmentHeader &h = shipment.header();
    w.beginObject();
    if (h.channelId)
        w.field("ChannelId", *h.channelId);
    w.key("Model");
    w.beginObject();
    writeString(w, "MerchantShipmentNo", h.merchantShipmentNo);
    writeString(w, "CarrierShipmentNo", h.carrierShipmentNo);
    writeString(w, "ChannelShipmentNo", h.channelShipmentNo);
    writeString(w, "BillOfLadingNo", h.billOfLadingNo);
    writeEnum(w, "ShipmentType", h.shipmentType);
    writeEnum(w, "TransportationMode", h.transportationMode);
    writeString(w, "CarrierName", h.carrierName);
    if (h.shipmentDate.isValid())
        w.field("ShipmentDate", h.shipmentDate);
    if (h.estimatedDeliveryDate.isValid())
        w.field("EstimatedDeliveryDate", h.estimatedDeliveryDate);
    writeString(w, "SellingPartyId", h.sellingPartyId);
    writeString(w, "ShipFromPartyId", h.shipFromPartyId);
    writeString(w, "ShipToPartyId", h.shipToPartyId);
    if (!h.dimensions.isEmpty()) {
        w.key("Dimensions");
        writeDimensions(w, h.dimensions);
    }
    if (!h.weight.isEmpty()) {
        w.key("Weight");
        writeWeight(w, h.weight);
    }
    writeLines(w, shipment.root());
    w.endObject();
    w.endObject();
}

QByteArray ShipmentJson::write(const Shipment &shipment, JsonWriter::Style style)
{
    JsonWriter writer(style, qsizetype(shipment.nodeCount()) * 300 + 1024);
    writeTo(writer, shipment);
    return writer.take();
}

} // namespace VendorPack
