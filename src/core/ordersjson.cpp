// SPDX-License-Identifier: GPL-3.0-or-later
#include "ordersjson.h"

#include "jsondocument.h"
#include "jsonfieldreader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace VendorPack {

namespace {

// Field names in the API's order, which is also the canonical output order.
enum OrderKey {
    OId,
    OChannelId,
    OChannelName,
    OGlobalChannelName,
    OGlobalChannelId,
    OChannelPurchaseOrderNo,
    OMerchantPurchaseOrderNo,
    OStatus,
    OCreatedAt,
    OUpdatedAt,
    OType,
    OFromShipDate,
    OToShipDate,
    OFromDeliveryDate,
    OToDeliveryDate,
    OImportInformation,
    OSellingParty,
    OShipToParty,
    OBuyingParty,
    OBillingParty,
    OLines,
    OrderKeyCount
};
const char *const kOrderKeys[OrderKeyCount] = { "Id",
                                                "ChannelId",
                                                "ChannelName",
                                                "GlobalChannelName",
                                                "GlobalChannelId",
                                                "ChannelPurchaseOrderNo",
                                                "MerchantPurchaseOrderNo",
                                                "Status",
                                                "CreatedAt",
                                                "UpdatedAt",
                                                "Type",
                                                "FromShipDate",
                                                "ToShipDate",
                                                "FromDeliveryDate",
                                                "ToDeliveryDate",
                                                "ImportInformation",
                                                "SellingParty",
                                                "ShipToParty",
                                                "BuyingParty",
                                                "BillingParty",
                                                "Lines" };

enum PartyKey {
    PPartyId,
    PTaxRegistrationType,
    PTaxRegistrationNo,
    PName,
    PAddressLine1,
    PAddressLine2,
    PAddressLine3,
    PCity,
    PCounty,
    PDistrict,
    PStateOrRegion,
    PPostalCode,
    PCountryCode,
    PPhone,
    PartyKeyCount
};
const char *const kPartyKeys[PartyKeyCount] = { "PartyId",
                                                "TaxRegistrationType",
                                                "TaxRegistrationNo",
                                                "Name",
                                                "AddressLine1",
                                                "AddressLine2",
                                                "AddressLine3",
                                                "City",
                                                "County",
                                                "District",
                                                "StateOrRegion",
                                                "PostalCode",
                                                "CountryCode",
                                                "Phone" };

enum ImportKey {
    IImportContainers,
    IInternationalCommercialTerms,
    IMethodOfPayment,
    IPortOfDelivery,
    IShippingInstructions,
    IDealCode,
    ImportKeyCount
};
const char *const kImportKeys[ImportKeyCount]
    = { "ImportContainers", "InternationalCommercialTerms", "MethodOfPayment",
        "PortOfDelivery",   "ShippingInstructions",         "DealCode" };

enum LineKey {
    LId,
    LChannelOrderLineNo,
    LChannelProductNo,
    LMerchantProductNo,
    LQuantity,
    LIsBackOrderAllowed,
    LUnitOfMeasure,
    LUnitSize,
    LNetCostAmount,
    LNetCostCurrency,
    LListPriceAmount,
    LCreatedAt,
    LUpdatedAt,
    LAcknowledgedDate,
    LLineTotal,
    LineKeyCount
};
const char *const kLineKeys[LineKeyCount] = { "Id",
                                              "ChannelOrderLineNo",
                                              "ChannelProductNo",
                                              "MerchantProductNo",
                                              "Quantity",
                                              "IsBackOrderAllowed",
                                              "UnitOfMeasure",
                                              "UnitSize",
                                              "NetCostAmount",
                                              "NetCostCurrency",
                                              "ListPriceAmount",
                                              "CreatedAt",
                                              "UpdatedAt",
                                              "AcknowledgedDate",
                                              "LineTotal" };

// The API gives no lengths for these strings; this only guards against absurd input.
constexpr int kMaxText = 1000;
constexpr int kMaxPurchaseOrderNo = 60;
constexpr int kMaxPartyId = 50;

// Builds the orders from a parsed document, reporting as it goes.
class OrdersReader
{
public:
    OrdersReader(const JsonDocument &doc, OrdersDocument &out)
        : m_doc(doc)
        , m_out(out)
        , m_reader(doc, out.findings)
    {
    }

    void read()
    {
        const int root = JsonDocument::kRoot;
        if (m_doc.type(root) == JsonType::Array) {
            readOrders(root);
        } else {
            m_out.hasEnvelope = true;
            readEnvelope(root);
        }
    }

private:
    void readEnvelope(int root)
    {
        int content = -1;
        m_out.envelope = ApiEnvelope::readFrom(m_reader, root, &content);
        if (content >= 0) {
            const qsizetype mark = m_reader.pushKey(QLatin1String("Content"));
            if (m_doc.type(content) == JsonType::Array)
                readOrders(content);
            else if (m_doc.type(content) != JsonType::Null)
                m_reader.wrongType(content, OrdersJson::tr("an array of purchase orders"));
            m_reader.pop(mark);
        }
    }

    void readOrders(int array)
    {
        m_out.orders.reserve(m_out.orders.size() + m_doc.size(array));
        for (int i = 0; i < m_doc.size(array); ++i) {
            const int entry = m_doc.element(array, i);
            const qsizetype mark = m_reader.pushIndex(i);
            if (m_doc.type(entry) == JsonType::Object) {
                PurchaseOrder order;
                readOrder(entry, order);
                if (acceptNumber(order))
                    m_out.orders.append(std::move(order));
            } else {
                m_reader.wrongType(entry, OrdersJson::tr("a purchase order object"));
            }
            m_reader.pop(mark);
        }
    }

    // False (and reported) when another PO in this document has the same number.
    bool acceptNumber(const PurchaseOrder &order)
    {
        if (order.channelPurchaseOrderNo.isEmpty())
            return true;
        const auto it = m_firstByNumber.constFind(order.channelPurchaseOrderNo);
        if (it == m_firstByNumber.cend()) {
            m_firstByNumber.insert(order.channelPurchaseOrderNo, m_reader.path());
            return true;
        }
        const qsizetype mark = m_reader.pushKey(QLatin1String("ChannelPurchaseOrderNo"));
        m_reader.report(Severity::Error, "orders.duplicate",
                        OrdersJson::tr("purchase order %1 is already given at %2; this one is "
                                       "ignored")
                            .arg(order.channelPurchaseOrderNo, it.value()));
        m_reader.pop(mark);
        return false;
    }

    void readOrder(int v, PurchaseOrder &o)
    {
        m_reader.forEachField(v, kOrderKeys, [&](int field, int value, QLatin1String name) {
            switch (OrderKey(field)) {
            case OId:
                o.id.reset();
                m_reader.readInteger(value, name, o.id);
                break;
            case OChannelId: {
                std::optional<qint64> id;
                if (m_reader.readInteger(value, name, id))
                    o.channelId = id.value_or(0);
                break;
            }
            case OChannelName:
                m_reader.readString(value, name, kMaxText, o.channelName);
                break;
            case OGlobalChannelName:
                m_reader.readString(value, name, kMaxText, o.globalChannelName);
                break;
            case OGlobalChannelId:
                o.globalChannelId.reset();
                m_reader.readInteger(value, name, o.globalChannelId);
                break;
            case OChannelPurchaseOrderNo:
                o.channelPurchaseOrderNo.clear();
                m_reader.readString(value, name, kMaxPurchaseOrderNo, o.channelPurchaseOrderNo);
                break;
            case OMerchantPurchaseOrderNo:
                m_reader.readString(value, name, kMaxText, o.merchantPurchaseOrderNo);
                break;
            case OStatus:
                if (!m_reader.readEnum(value, name, o.status))
                    o.status = PurchaseOrderStatus::Unknown;
                break;
            case OCreatedAt:
                m_reader.readDateTime(value, name, o.createdAt);
                break;
            case OUpdatedAt:
                m_reader.readDateTime(value, name, o.updatedAt);
                break;
            case OType:
                if (!m_reader.readEnum(value, name, o.type))
                    o.type = PurchaseOrderType::Unknown;
                break;
            case OFromShipDate:
                m_reader.readDateTime(value, name, o.fromShipDate);
                break;
            case OToShipDate:
                m_reader.readDateTime(value, name, o.toShipDate);
                break;
            case OFromDeliveryDate:
                m_reader.readDateTime(value, name, o.fromDeliveryDate);
                break;
            case OToDeliveryDate:
                m_reader.readDateTime(value, name, o.toDeliveryDate);
                break;
            case OImportInformation:
                readImportInformation(value, o.importInformation);
                break;
            case OSellingParty:
                readParty(value, o.sellingParty);
                break;
            case OShipToParty:
                readParty(value, o.shipToParty);
                break;
            case OBuyingParty:
                readParty(value, o.buyingParty);
                break;
            case OBillingParty:
                readParty(value, o.billingParty);
                break;
            case OLines:
                readLines(value, o.lines);
                break;
            case OrderKeyCount:
                break;
            }
        });
    }

    void readParty(int v, Party &party)
    {
        if (m_doc.type(v) == JsonType::Null)
            return;
        if (m_doc.type(v) != JsonType::Object) {
            m_reader.wrongType(v, OrdersJson::tr("a party object"));
            return;
        }
        Party p;
        m_reader.forEachField(v, kPartyKeys, [&](int field, int value, QLatin1String name) {
            switch (PartyKey(field)) {
            case PPartyId:
                m_reader.readString(value, name, kMaxPartyId, p.partyId);
                break;
            case PTaxRegistrationType:
                m_reader.readEnum(value, name, p.taxRegistrationType);
                break;
            case PTaxRegistrationNo:
                m_reader.readString(value, name, kMaxText, p.taxRegistrationNo);
                break;
            case PName:
                m_reader.readString(value, name, kMaxText, p.name);
                break;
            case PAddressLine1:
                m_reader.readString(value, name, kMaxText, p.addressLine1);
                break;
            case PAddressLine2:
                m_reader.readString(value, name, kMaxText, p.addressLine2);
                break;
            case PAddressLine3:
                m_reader.readString(value, name, kMaxText, p.addressLine3);
                break;
            case PCity:
                m_reader.readString(value, name, kMaxText, p.city);
                break;
            case PCounty:
                m_reader.readString(value, name, kMaxText, p.county);
                break;
            case PDistrict:
                m_reader.readString(value, name, kMaxText, p.district);
                break;
            case PStateOrRegion:
                m_reader.readString(value, name, kMaxText, p.stateOrRegion);
                break;
            case PPostalCode:
                m_reader.readString(value, name, kMaxText, p.postalCode);
                break;
            case PCountryCode:
                m_reader.readString(value, name, kMaxText, p.countryCode);
                break;
            case PPhone:
                m_reader.readString(value, name, kMaxText, p.phone);
                break;
            case PartyKeyCount:
                break;
            }
        });
        party = std::move(p);
    }

    void readImportInformation(int v, ImportInformation &info)
    {
        if (m_doc.type(v) == JsonType::Null)
            return;
        if (m_doc.type(v) != JsonType::Object) {
            m_reader.wrongType(v, OrdersJson::tr("an import information object"));
            return;
        }
        ImportInformation ii;
        m_reader.forEachField(v, kImportKeys, [&](int field, int value, QLatin1String name) {
            switch (ImportKey(field)) {
            case IImportContainers:
                m_reader.readString(value, name, kMaxText, ii.importContainers);
                break;
            case IInternationalCommercialTerms:
                m_reader.readString(value, name, kMaxText, ii.internationalCommercialTerms);
                break;
            case IMethodOfPayment:
                m_reader.readString(value, name, kMaxText, ii.methodOfPayment);
                break;
            case IPortOfDelivery:
                m_reader.readString(value, name, kMaxText, ii.portOfDelivery);
                break;
            case IShippingInstructions:
                m_reader.readString(value, name, kMaxText, ii.shippingInstructions);
                break;
            case IDealCode:
                m_reader.readString(value, name, kMaxText, ii.dealCode);
                break;
            case ImportKeyCount:
                break;
            }
        });
        info = std::move(ii);
    }

    void readLines(int v, QList<PurchaseOrderLine> &lines)
    {
        if (m_doc.type(v) == JsonType::Null)
            return;
        if (m_doc.type(v) != JsonType::Array) {
            m_reader.wrongType(v, OrdersJson::tr("an array of purchase order lines"));
            return;
        }
        lines.clear();
        lines.reserve(m_doc.size(v));
        for (int i = 0; i < m_doc.size(v); ++i) {
            const int entry = m_doc.element(v, i);
            const qsizetype mark = m_reader.pushIndex(i);
            if (m_doc.type(entry) == JsonType::Object) {
                PurchaseOrderLine line;
                readLine(entry, line);
                lines.append(std::move(line));
            } else {
                m_reader.wrongType(entry, OrdersJson::tr("a purchase order line object"));
            }
            m_reader.pop(mark);
        }
    }

    void readLine(int v, PurchaseOrderLine &l)
    {
        m_reader.forEachField(v, kLineKeys, [&](int field, int value, QLatin1String name) {
            switch (LineKey(field)) {
            case LId:
                l.id.reset();
                m_reader.readInteger(value, name, l.id);
                break;
            case LChannelOrderLineNo:
                m_reader.readString(value, name, kMaxText, l.channelOrderLineNo);
                break;
            case LChannelProductNo:
                m_reader.readString(value, name, kMaxText, l.channelProductNo);
                break;
            case LMerchantProductNo:
                m_reader.readString(value, name, kMaxText, l.merchantProductNo);
                break;
            case LQuantity: {
                std::optional<qint64> quantity;
                if (m_reader.readInteger(value, name, quantity, 0))
                    l.quantity = quantity.value_or(0);
                break;
            }
            case LIsBackOrderAllowed:
                m_reader.readBool(value, name, l.isBackOrderAllowed);
                break;
            case LUnitOfMeasure:
                if (!m_reader.readEnum(value, name, l.unitOfMeasure))
                    l.unitOfMeasure = QuantityUnit::Unknown;
                break;
            case LUnitSize: {
                std::optional<qint64> size;
                if (m_reader.readInteger(value, name, size, 0))
                    l.unitSize = size.value_or(1);
                break;
            }
            case LNetCostAmount:
                l.netCostAmount.reset();
                m_reader.readDecimal(value, name, l.netCostAmount);
                break;
            case LNetCostCurrency:
                m_reader.readString(value, name, kMaxText, l.netCostCurrency);
                break;
            case LListPriceAmount:
                l.listPriceAmount.reset();
                m_reader.readDecimal(value, name, l.listPriceAmount);
                break;
            case LCreatedAt:
                m_reader.readDateTime(value, name, l.createdAt);
                break;
            case LUpdatedAt:
                m_reader.readDateTime(value, name, l.updatedAt);
                break;
            case LAcknowledgedDate:
                m_reader.readDateTime(value, name, l.acknowledgedDate);
                break;
            case LLineTotal:
                l.lineTotal.reset();
                m_reader.readDecimal(value, name, l.lineTotal);
                break;
            case LineKeyCount:
                break;
            }
        });
    }

    const JsonDocument &m_doc;
    OrdersDocument &m_out;
    JsonFieldReader m_reader;
    QHash<QString, QString> m_firstByNumber; // ChannelPurchaseOrderNo -> pointer of its PO
};

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

void writeDate(JsonWriter &w, const char *name, const QDateTime &value)
{
    if (value.isValid())
        w.field(name, value);
}

void writeDecimal(JsonWriter &w, const char *name, const std::optional<double> &value)
{
    if (value)
        w.field(name, *value);
}

bool isBlank(const Party &p)
{
    return p.partyId.isEmpty() && p.taxRegistrationType == TaxRegistrationType::None
        && p.taxRegistrationNo.isEmpty() && p.name.isEmpty() && p.addressLine1.isEmpty()
        && p.addressLine2.isEmpty() && p.addressLine3.isEmpty() && p.city.isEmpty()
        && p.county.isEmpty() && p.district.isEmpty() && p.stateOrRegion.isEmpty()
        && p.postalCode.isEmpty() && p.countryCode.isEmpty() && p.phone.isEmpty();
}

void writeParty(JsonWriter &w, const char *name, const Party &p)
{
    if (isBlank(p))
        return;
    w.key(name);
    w.beginObject();
    writeString(w, "PartyId", p.partyId);
    writeEnum(w, "TaxRegistrationType", p.taxRegistrationType);
    writeString(w, "TaxRegistrationNo", p.taxRegistrationNo);
    writeString(w, "Name", p.name);
    writeString(w, "AddressLine1", p.addressLine1);
    writeString(w, "AddressLine2", p.addressLine2);
    writeString(w, "AddressLine3", p.addressLine3);
    writeString(w, "City", p.city);
    writeString(w, "County", p.county);
    writeString(w, "District", p.district);
    writeString(w, "StateOrRegion", p.stateOrRegion);
    writeString(w, "PostalCode", p.postalCode);
    writeString(w, "CountryCode", p.countryCode);
    writeString(w, "Phone", p.phone);
    w.endObject();
}

void writeImportInformation(JsonWriter &w, const ImportInformation &ii)
{
    if (ii.isEmpty())
        return;
    w.key("ImportInformation");
    w.beginObject();
    writeString(w, "ImportContainers", ii.importContainers);
    writeString(w, "InternationalCommercialTerms", ii.internationalCommercialTerms);
    writeString(w, "MethodOfPayment", ii.methodOfPayment);
    writeString(w, "PortOfDelivery", ii.portOfDelivery);
    writeString(w, "ShippingInstructions", ii.shippingInstructions);
    writeString(w, "DealCode", ii.dealCode);
    w.endObject();
}

// The fields the API does not mark nullable (Quantity, IsBackOrderAllowed, UnitSize...) are
// always written.
void writeLine(JsonWriter &w, const PurchaseOrderLine &l)
{
    w.beginObject();
    if (l.id)
        w.field("Id", *l.id);
    writeString(w, "ChannelOrderLineNo", l.channelOrderLineNo);
    writeString(w, "ChannelProductNo", l.channelProductNo);
    writeString(w, "MerchantProductNo", l.merchantProductNo);
    w.field("Quantity", l.quantity);
    w.field("IsBackOrderAllowed", l.isBackOrderAllowed);
    writeEnum(w, "UnitOfMeasure", l.unitOfMeasure);
    w.field("UnitSize", l.unitSize);
    writeDecimal(w, "NetCostAmount", l.netCostAmount);
    writeString(w, "NetCostCurrency", l.netCostCurrency);
    writeDecimal(w, "ListPriceAmount", l.listPriceAmount);
    writeDate(w, "CreatedAt", l.createdAt);
    writeDate(w, "UpdatedAt", l.updatedAt);
    writeDate(w, "AcknowledgedDate", l.acknowledgedDate);
    writeDecimal(w, "LineTotal", l.lineTotal);
    w.endObject();
}

} // namespace

OrdersDocument OrdersJson::read(QByteArray json)
{
    OrdersDocument result;
    const std::optional<JsonDocument> doc = JsonFieldReader::parseRoot(
        std::move(json), result.findings,
        tr("an orders document must be the response of GET /v2/purchase-orders (an object) "
           "or an array of purchase orders, not %1"),
        true);
    if (!doc)
        return result;
    result.readable = true;
    OrdersReader(*doc, result).read();
    return result;
}

OrdersDocument OrdersJson::readFile(const QString &path)
{
    OrdersDocument result;
    if (std::optional<QByteArray> bytes
        = JsonFieldReader::readFile(path, kMaxFileSize, result.findings))
        return read(std::move(*bytes));
    return result;
}

void OrdersJson::writeOrder(JsonWriter &w, const PurchaseOrder &o)
{
    w.beginObject();
    if (o.id)
        w.field("Id", *o.id);
    w.field("ChannelId", o.channelId);
    writeString(w, "ChannelName", o.channelName);
    writeString(w, "GlobalChannelName", o.globalChannelName);
    if (o.globalChannelId)
        w.field("GlobalChannelId", *o.globalChannelId);
    writeString(w, "ChannelPurchaseOrderNo", o.channelPurchaseOrderNo);
    writeString(w, "MerchantPurchaseOrderNo", o.merchantPurchaseOrderNo);
    writeEnum(w, "Status", o.status);
    writeDate(w, "CreatedAt", o.createdAt);
    writeDate(w, "UpdatedAt", o.updatedAt);
    writeEnum(w, "Type", o.type);
    writeDate(w, "FromShipDate", o.fromShipDate);
    writeDate(w, "ToShipDate", o.toShipDate);
    writeDate(w, "FromDeliveryDate", o.fromDeliveryDate);
    writeDate(w, "ToDeliveryDate", o.toDeliveryDate);
    writeImportInformation(w, o.importInformation);
    writeParty(w, "SellingParty", o.sellingParty);
    writeParty(w, "ShipToParty", o.shipToParty);
    writeParty(w, "BuyingParty", o.buyingParty);
    writeParty(w, "BillingParty", o.billingParty);
    if (!o.lines.isEmpty()) {
        w.key("Lines");
        w.beginArray();
        for (const PurchaseOrderLine &line : o.lines)
            writeLine(w, line);
        w.endArray();
    }
    w.endObject();
}

QByteArray OrdersJson::writePage(const QList<PurchaseOrder> &pageOrders, qint64 totalCount,
                                 qint64 itemsPerPage, JsonWriter::Style style)
{
    qsizetype lineCount = 0;
    for (const PurchaseOrder &order : pageOrders)
        lineCount += order.lines.size();
    JsonWriter w(style, pageOrders.size() * 2500 + lineCount * 450 + 512);
    w.beginObject();
    w.key("Content");
    w.beginArray();
    for (const PurchaseOrder &order : pageOrders)
        writeOrder(w, order);
    w.endArray();
    ApiEnvelope envelope;
    envelope.count = pageOrders.size();
    envelope.totalCount = totalCount;
    envelope.itemsPerPage = itemsPerPage;
    envelope.statusCode = 200;
    envelope.success = true;
    envelope.writeFields(w);
    w.endObject();
    return w.take();
}

QByteArray OrdersJson::write(const QList<PurchaseOrder> &orders, JsonWriter::Style style)
{
    return writePage(orders, orders.size(), orders.size(), style);
}

} // namespace VendorPack
