// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/generator.h"
#include "core/gs1.h"
#include "core/orderbook.h"
#include "core/ordersjson.h"
#include "core/product.h"
#include "core/rules.h"
#include "core/shipmentjson.h"
#include "core/validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>
#include <iterator>
#include <optional>

using namespace VendorPack;
using namespace Qt::StringLiterals;

namespace {

// Product master data in memory.
class FakeCatalog : public ProductCatalog
{
public:
    QList<Product> products;

    const Product *productBySku(QStringView sku) const override
    {
        for (const Product &product : products) {
            if (product.sku == sku)
                return &product;
        }
        return nullptr;
    }
    const Product *productByGtin(QStringView gtin) const override
    {
        for (const Product &product : products) {
            if (product.gtins.contains(gtin))
                return &product;
        }
        return nullptr;
    }
};

// An SSCC ledger in memory: which shipment used an SSCC, and how many months ago.
class FakeHistory : public SsccHistory
{
public:
    struct Use
    {
        QString shipment;
        int monthsAgo = 0;
    };
    QHash<QString, Use> uses;

    void add(const QString &sscc, const QString &shipment, int monthsAgo = 1)
    {
        uses.insert(sscc, Use { shipment, monthsAgo });
    }
    QString otherShipmentUsing(const QString &sscc, const QString &merchantShipmentNo,
                               int months) const override
    {
        const auto it = uses.constFind(sscc);
        if (it == uses.cend() || it->shipment == merchantShipmentNo || it->monthsAgo > months)
            return QString();
        return it->shipment;
    }
};

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
}

// A PO line of `ordered` eaches with ASIN "ASIN-<sku>"; accepted < 0 leaves it unacknowledged,
// otherwise the rest of the line is backordered.
PurchaseOrderLine orderLine(const QString &sku, qint64 ordered, qint64 accepted)
{
    PurchaseOrderLine line;
    line.merchantProductNo = sku;
    line.channelProductNo = u"ASIN-"_s + sku;
    line.quantity = ordered;
    line.unitOfMeasure = QuantityUnit::Eaches;
    if (accepted >= 0) {
        line.acknowledgements.append(Acknowledgement { AcknowledgementCode::Accepted, accepted });
        if (ordered > accepted) {
            line.acknowledgements.append(
                Acknowledgement { AcknowledgementCode::Backordered, ordered - accepted });
        }
    }
    return line;
}

PurchaseOrderLine rejectedLine(const QString &sku, qint64 ordered)
{
    PurchaseOrderLine line = orderLine(sku, ordered, -1);
    line.acknowledgements.append(Acknowledgement { AcknowledgementCode::Rejected, ordered,
                                                   RejectionReason::TemporarilyUnavailable });
    return line;
}

// A NEW PO from selling party ACME1 to a US FC, to ship from 1 to 6 March 2026.
PurchaseOrder purchaseOrder(const QString &number, QList<PurchaseOrderLine> lines,
                            const QString &shipTo = u"ABE8"_s)
{
    PurchaseOrder order;
    order.channelId = 1;
    order.channelPurchaseOrderNo = number;
    order.status = PurchaseOrderStatus::New;
    order.fromShipDate = utc("2026-03-01T00:00:00Z");
    order.toShipDate = utc("2026-03-06T00:00:00Z");
    order.sellingParty.partyId = u"ACME1"_s;
    order.shipToParty.partyId = shipTo;
    order.shipToParty.countryCode = u"US"_s;
    order.lines = std::move(lines);
    return order;
}

// What the rules see besides the document; every row starts from this and may change it.
struct Env
{
    Env()
    {
        orders = { purchaseOrder(u"PO1"_s, { orderLine(u"SKU-1"_s, 10, 10) }) };
        Product product;
        product.sku = u"SKU-1"_s;
        product.gtins = { u"00012345678905"_s };
        product.unitWeightGrams = 500;
        catalog.products = { product };
        history.add(u"340123451234567895"_s, u"SHP-0"_s);
    }

    QList<PurchaseOrder> orders;
    bool withOrders = true;
    RuleSettings settings;
    FakeCatalog catalog;
    bool withCatalog = true;
    FakeHistory history;
    bool withHistory = true;
};

using Setup = std::function<void(Env &)>;

// A known-valid LTL shipment: one pallet with one carton with 10 eaches of SKU-1 for PO1, which
// accepted exactly 10. With the base Env it has no findings at all.
const char kBase[] = R"({
  "ChannelId": 1,
  "Model": {
    "MerchantShipmentNo": "SHP-1",
    "CarrierShipmentNo": "PRO-1",
    "BillOfLadingNo": "BOL-1",
    "ShipmentType": "LESS_THAN_TRUCK_LOAD",
    "TransportationMode": "ROAD",
    "CarrierName": "ACME Freight",
    "ShipmentDate": "2026-03-02T08:00:00Z",
    "EstimatedDeliveryDate": "2026-03-05T08:00:00Z",
    "SellingPartyId": "ACME1",
    "ShipFromPartyId": "ACME1-DC",
    "ShipToPartyId": "ABE8",
    "Weight": { "Value": 300, "Unit": "POUNDS" },
    "Lines": [
      {
        "Type": "PALLET",
        "IdentifierType": "SSCC",
        "IdentifierValue": "106141411234567897",
        "LayersPerPallet": 1,
        "ItemsPerLayer": 1,
        "Dimensions": { "Height": 60, "Width": 40, "Length": 48, "Unit": "INCHES" },
        "Weight": { "Value": 300, "Unit": "POUNDS" },
        "Lines": [
          {
            "Type": "CARTON",
            "IdentifierType": "SSCC",
            "IdentifierValue": "006141411234567890",
            "Dimensions": { "Height": 10, "Width": 15, "Length": 20, "Unit": "INCHES" },
            "Weight": { "Value": 11, "Unit": "POUNDS" },
            "Lines": [
              {
                "Type": "ITEM",
                "IdentifierType": "SKU",
                "IdentifierValue": "SKU-1",
                "Quantity": 10,
                "QuantityUnitOfMeasure": "EACHES",
                "ChannelPurchaseOrderNo": "PO1"
              }
            ]
          }
        ]
      }
    ]
  }
})";

// Two more valid SSCCs and one with a wrong check digit.
const char kSscc2[] = "123456789012345675";
const char kSscc3[] = "354123450000000014";
const char kBadCheckDigit[] = "123456789012345670";

// One change to the base document: set (or, without a value, remove) what a pointer names;
// "-" as the last array index appends.
struct Edit
{
    QString pointer;
    std::optional<QJsonValue> value;
};

QJsonValue json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in a test row: %s", text.constData());
    return doc.array().at(0);
}

Edit set(const QString &pointer, const QByteArray &value)
{
    return Edit { pointer, json(value) };
}

Edit drop(const QString &pointer)
{
    return Edit { pointer, std::nullopt };
}

QStringList tokens(const QString &pointer)
{
    QStringList list = pointer.split(u'/');
    list.removeFirst();
    for (QString &token : list)
        token.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
    return list;
}

QJsonValue applied(const QJsonValue &target, const QStringList &path, int i, const Edit &edit)
{
    const QString &token = path.at(i);
    const bool last = i + 1 == path.size();
    if (target.isObject()) {
        QJsonObject object = target.toObject();
        if (!last)
            object.insert(token, applied(object.value(token), path, i + 1, edit));
        else if (edit.value)
            object.insert(token, *edit.value);
        else
            object.remove(token);
        return object;
    }
    if (!target.isArray())
        qFatal("test edit %s goes through a scalar", qPrintable(edit.pointer));
    QJsonArray array = target.toArray();
    const int index = token == QLatin1String("-") ? int(array.size()) : token.toInt();
    if (!last)
        array.replace(index, applied(array.at(index), path, i + 1, edit));
    else if (!edit.value)
        array.removeAt(index);
    else if (index == array.size())
        array.append(*edit.value);
    else
        array.replace(index, *edit.value);
    return array;
}

// The base document with edits (pointers in the envelope form); bare: only its Model.
QByteArray document(const QList<Edit> &edits, bool bare = false)
{
    QJsonValue root = QJsonDocument::fromJson(QByteArray(kBase)).object();
    for (const Edit &edit : edits)
        root = applied(root, tokens(edit.pointer), 0, edit);
    if (bare)
        root = root.toObject().value(QLatin1String("Model"));
    return QJsonDocument(root.toObject()).toJson(QJsonDocument::Compact);
}

QByteArray item(const char *sku, int quantity, const char *po = "PO1")
{
    return QByteArray(R"({"Type":"ITEM","IdentifierType":"SKU","IdentifierValue":")") + sku
        + R"(","Quantity":)" + QByteArray::number(quantity)
        + R"(,"QuantityUnitOfMeasure":"EACHES","ChannelPurchaseOrderNo":")" + po + R"("})";
}

QByteArray carton(const char *sscc, const QByteArray &lines)
{
    return QByteArray(R"({"Type":"CARTON","IdentifierType":"SSCC","IdentifierValue":")") + sscc
        + R"(","Lines":[)" + lines + "]}";
}

QByteArray pallet(const char *sscc, const QByteArray &lines)
{
    return QByteArray(R"({"Type":"PALLET","IdentifierType":"SSCC","IdentifierValue":")") + sscc
        + R"(","LayersPerPallet":1,"ItemsPerLayer":1,"Lines":[)" + lines + "]}";
}

// Whether the object or array holding what a pointer names exists in the document (the last
// token may name a member that is missing: "BillOfLadingNo is missing" points at it).
bool parentExists(const QJsonValue &root, const QString &pointer)
{
    if (pointer.isEmpty())
        return true;
    if (!pointer.startsWith(u'/'))
        return false;
    const QStringList path = tokens(pointer);
    QJsonValue v = root;
    for (int i = 0; i + 1 < path.size(); ++i) {
        if (v.isObject()) {
            const QJsonObject object = v.toObject();
            if (!object.contains(path[i]))
                return false;
            v = object.value(path[i]);
        } else if (v.isArray()) {
            bool ok = false;
            const int index = path[i].toInt(&ok);
            if (!ok || index < 0 || index >= v.toArray().size())
                return false;
            v = v.toArray().at(index);
        } else {
            return false;
        }
    }
    return v.isObject() || v.isArray();
}

QString describe(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines.append(f.toText());
    return lines.join(u'\n');
}

// Reads a document and validates it the way the CLI does: reader findings, then the rules.
Findings validateDocument(const QByteArray &json, const Env &env)
{
    ShipmentDocument doc = ShipmentJson::read(json);
    if (!doc.isReadable())
        return doc.findings;
    const OrderBook orders(env.orders);
    RuleContext context;
    context.settings = env.settings;
    context.orders = env.withOrders ? &orders : nullptr;
    context.products = env.withCatalog ? &env.catalog : nullptr;
    context.ssccHistory = env.withHistory ? &env.history : nullptr;
    context.pointerPrefix = doc.pointerPrefix;
    context.requireChannelId = !doc.bareModel;
    return doc.findings + Validator::validateOnce(*doc.shipment, context);
}

// One row of the rule table test.
struct RuleCase
{
    QByteArray name;
    QString rule;
    QList<Edit> edits;
    bool bare = false;
    QByteArray raw; // the whole document, instead of base + edits
    Setup setup;
    Severity severity = Severity::Error;
    QStringList pointers; // where the rule must fire; empty: it must not fire

    QByteArray build() const { return raw.isEmpty() ? document(edits, bare) : raw; }
};

QList<RuleCase> ruleCases()
{
    QList<RuleCase> cases;
    auto add = [&](const char *rule, const char *verdict, const char *what, QList<Edit> edits,
                   QStringList pointers, Setup setup) -> RuleCase & {
        RuleCase c;
        c.name = QByteArray(rule) + ": " + verdict + ", " + what;
        c.rule = QLatin1String(rule);
        c.edits = std::move(edits);
        c.setup = std::move(setup);
        c.pointers = std::move(pointers);
        if (const RuleInfo *info = Rules::find(c.rule))
            c.severity = info->severity;
        cases.append(c);
        return cases.last();
    };
    auto pass = [&](const char *rule, const char *what, QList<Edit> edits = {},
                    Setup setup = {}) -> RuleCase & {
        return add(rule, "passes", what, std::move(edits), {}, std::move(setup));
    };
    auto fail = [&](const char *rule, const char *what, QList<Edit> edits, QStringList pointers,
                    Setup setup = {}) -> RuleCase & {
        return add(rule, "fails", what, std::move(edits), std::move(pointers), std::move(setup));
    };

    const QString M = u"/Model"_s;
    const QString P = M + u"/Lines/0"_s; // the pallet
    const QString C = P + u"/Lines/0"_s; // its carton
    const QString I = C + u"/Lines/0"_s; // the item
    const QString C2 = P + u"/Lines/1"_s; // a second carton, where a row adds one
    const QString I2 = C2 + u"/Lines/0"_s;
    const Setup noOrders = [](Env &e) { e.withOrders = false; };
    const Setup noCatalog = [](Env &e) { e.withCatalog = false; };
    const Setup addSku2 = [](Env &e) { e.orders[0].lines.append(orderLine(u"SKU-2"_s, 5, 5)); };
    // The base item split 5 + 5 over two cartons on the pallet.
    const QList<Edit> twoCartons = { set(I + u"/Quantity"_s, "5"),
                                     set(P + u"/Lines/-"_s, carton(kSscc2, item("SKU-1", 5))) };

    // Schema: the reader's findings, a few rows to see they reach the same list.
    pass("schema.type", "base");
    fail("schema.type", "a boolean Quantity", { set(I + u"/Quantity"_s, "true") },
         { I + u"/Quantity"_s });
    fail("schema.type", "Lines as an object", { set(C + u"/Lines"_s, "{}") }, { C + u"/Lines"_s });
    fail("schema.type", "a date that is not ISO 8601",
         { set(M + u"/ShipmentDate"_s, R"("02/03/2026")") }, { M + u"/ShipmentDate"_s });
    pass("schema.enum", "base");
    fail("schema.enum", "Type BOX", { set(C + u"/Type"_s, R"("BOX")") }, { C + u"/Type"_s });
    pass("schema.alias", "base");
    fail("schema.alias", "Unit INCH", { set(C + u"/Dimensions/Unit"_s, R"("INCH")") },
         { C + u"/Dimensions/Unit"_s });
    pass("schema.string-number", "base");
    fail("schema.string-number", "Quantity \"10\"", { set(I + u"/Quantity"_s, R"("10")") },
         { I + u"/Quantity"_s });
    pass("schema.unknown-field", "base");
    fail("schema.unknown-field", "Colour on an item", { set(I + u"/Colour"_s, R"("red")") },
         { I + u"/Colour"_s });
    pass("schema.length", "MerchantShipmentNo of 64",
         { set(M + u"/MerchantShipmentNo"_s, '"' + QByteArray(64, 'S') + '"') });
    fail("schema.length", "MerchantShipmentNo of 65",
         { set(M + u"/MerchantShipmentNo"_s, '"' + QByteArray(65, 'S') + '"') },
         { M + u"/MerchantShipmentNo"_s });

    // Header.
    pass("header.channel-id", "base");
    pass("header.channel-id", "bare Model without ChannelId", {}).bare = true;
    fail("header.channel-id", "missing", { drop(u"/ChannelId"_s) }, { u"/ChannelId"_s });
    fail("header.channel-id", "zero", { set(u"/ChannelId"_s, "0") }, { u"/ChannelId"_s });
    fail("header.channel-id", "negative", { set(u"/ChannelId"_s, "-3") }, { u"/ChannelId"_s });

    pass("header.merchant-shipment-no", "base");
    fail("header.merchant-shipment-no", "missing", { drop(M + u"/MerchantShipmentNo"_s) },
         { M + u"/MerchantShipmentNo"_s });
    fail("header.merchant-shipment-no", "blank", { set(M + u"/MerchantShipmentNo"_s, R"("  ")") },
         { M + u"/MerchantShipmentNo"_s });
    fail("header.merchant-shipment-no", "missing in a bare Model",
         { drop(M + u"/MerchantShipmentNo"_s) }, { u"/MerchantShipmentNo"_s })
        .bare
        = true;

    pass("header.parties", "base");
    fail("header.parties", "no SellingPartyId", { drop(M + u"/SellingPartyId"_s) },
         { M + u"/SellingPartyId"_s });
    fail("header.parties", "empty ShipFromPartyId", { set(M + u"/ShipFromPartyId"_s, R"("")") },
         { M + u"/ShipFromPartyId"_s });
    fail("header.parties", "no ShipToPartyId", { drop(M + u"/ShipToPartyId"_s) },
         { M + u"/ShipToPartyId"_s });
    fail("header.parties", "no parties at all",
         { drop(M + u"/SellingPartyId"_s), drop(M + u"/ShipFromPartyId"_s),
           drop(M + u"/ShipToPartyId"_s) },
         { M + u"/SellingPartyId"_s, M + u"/ShipFromPartyId"_s, M + u"/ShipToPartyId"_s });

    pass("header.bill-of-lading", "base");
    fail("header.bill-of-lading", "LTL without BOL", { drop(M + u"/BillOfLadingNo"_s) },
         { M + u"/BillOfLadingNo"_s });
    fail("header.bill-of-lading", "truck load without BOL",
         { drop(M + u"/BillOfLadingNo"_s), set(M + u"/ShipmentType"_s, R"("TRUCK_LOAD")") },
         { M + u"/BillOfLadingNo"_s });
    pass("header.bill-of-lading", "small parcel without BOL",
         { drop(M + u"/BillOfLadingNo"_s), set(M + u"/ShipmentType"_s, R"("SMALL_PARCEL")") });
    pass("header.bill-of-lading", "no ShipmentType, no BOL",
         { drop(M + u"/BillOfLadingNo"_s), drop(M + u"/ShipmentType"_s) });

    pass("header.carrier-shipment-no", "base");
    fail("header.carrier-shipment-no", "missing for a US FC", { drop(M + u"/CarrierShipmentNo"_s) },
         { M + u"/CarrierShipmentNo"_s });
    fail("header.carrier-shipment-no", "missing for a CA FC", { drop(M + u"/CarrierShipmentNo"_s) },
         { M + u"/CarrierShipmentNo"_s },
         [](Env &e) { e.orders[0].shipToParty.countryCode = u"CA"_s; });
    fail("header.carrier-shipment-no", "missing for an MX FC, lower case country",
         { drop(M + u"/CarrierShipmentNo"_s) }, { M + u"/CarrierShipmentNo"_s },
         [](Env &e) { e.orders[0].shipToParty.countryCode = u"mx"_s; });
    pass("header.carrier-shipment-no", "missing for a DE FC", { drop(M + u"/CarrierShipmentNo"_s) },
         [](Env &e) { e.orders[0].shipToParty.countryCode = u"DE"_s; });
    pass("header.carrier-shipment-no", "missing without orders",
         { drop(M + u"/CarrierShipmentNo"_s) }, noOrders);

    pass("header.dates", "base");
    pass("header.dates", "same day",
         { set(M + u"/EstimatedDeliveryDate"_s, R"("2026-03-02T08:00:00Z")") });
    pass("header.dates", "no EstimatedDeliveryDate", { drop(M + u"/EstimatedDeliveryDate"_s) });
    fail("header.dates", "delivery before shipment",
         { set(M + u"/EstimatedDeliveryDate"_s, R"("2026-03-01T08:00:00Z")") },
         { M + u"/EstimatedDeliveryDate"_s });

    pass("header.lines", "base");
    fail("header.lines", "empty Lines", { set(M + u"/Lines"_s, "[]") }, { M });
    fail("header.lines", "no Lines", { drop(M + u"/Lines"_s) }, { M });
    fail("header.lines", "an envelope without a Model", {}, { QString() }).raw
        = R"({"ChannelId": 1})";
    fail("header.lines", "no Lines in a bare Model", { drop(M + u"/Lines"_s) }, { QString() }).bare
        = true;

    // Measures.
    pass("dimensions.incomplete", "base");
    fail("dimensions.incomplete", "carton without Width", { drop(C + u"/Dimensions/Width"_s) },
         { C + u"/Dimensions"_s });
    fail("dimensions.incomplete", "pallet with only a Unit",
         { set(P + u"/Dimensions"_s, R"({"Unit":"INCHES"})") }, { P + u"/Dimensions"_s });
    fail("dimensions.incomplete", "header with Height only",
         { set(M + u"/Dimensions"_s, R"({"Height":70,"Unit":"INCHES"})") },
         { M + u"/Dimensions"_s });

    pass("dimensions.unit", "base");
    fail("dimensions.unit", "carton without Unit", { drop(C + u"/Dimensions/Unit"_s) },
         { C + u"/Dimensions"_s });
    fail("dimensions.unit", "item without Unit",
         { set(I + u"/Dimensions"_s, R"({"Height":1,"Width":2,"Length":3})") },
         { I + u"/Dimensions"_s });

    pass("dimensions.positive", "base");
    fail("dimensions.positive", "carton Height 0", { set(C + u"/Dimensions/Height"_s, "0") },
         { C + u"/Dimensions/Height"_s });
    fail("dimensions.positive", "carton Length -1", { set(C + u"/Dimensions/Length"_s, "-1") },
         { C + u"/Dimensions/Length"_s });
    fail("dimensions.positive", "pallet Width and Length 0",
         { set(P + u"/Dimensions/Width"_s, "0"), set(P + u"/Dimensions/Length"_s, "0") },
         { P + u"/Dimensions/Width"_s, P + u"/Dimensions/Length"_s });

    pass("weight.unit", "base");
    fail("weight.unit", "carton Weight without Unit", { drop(C + u"/Weight/Unit"_s) },
         { C + u"/Weight"_s });
    fail("weight.unit", "carton Weight without Value", { drop(C + u"/Weight/Value"_s) },
         { C + u"/Weight"_s });
    fail("weight.unit", "header Weight without Unit", { drop(M + u"/Weight/Unit"_s) },
         { M + u"/Weight"_s });

    pass("weight.positive", "base");
    fail("weight.positive", "carton weighs 0", { set(C + u"/Weight/Value"_s, "0") },
         { C + u"/Weight/Value"_s });
    fail("weight.positive", "pallet weighs -5", { set(P + u"/Weight/Value"_s, "-5") },
         { P + u"/Weight/Value"_s });

    // Identification.
    pass("line.identifier", "base");
    fail("line.identifier", "item without IdentifierValue", { drop(I + u"/IdentifierValue"_s) },
         { I + u"/IdentifierValue"_s });
    fail("line.identifier", "item with a blank IdentifierValue",
         { set(I + u"/IdentifierValue"_s, R"(" ")") }, { I + u"/IdentifierValue"_s });
    fail("line.identifier", "carton without Type", { drop(C + u"/Type"_s) }, { C + u"/Type"_s });
    fail("line.identifier", "pallet without IdentifierType", { drop(P + u"/IdentifierType"_s) },
         { P + u"/IdentifierType"_s });

    pass("line.identifier-type", "base");
    pass("line.identifier-type", "item by GTIN",
         { set(I + u"/IdentifierType"_s, R"("GTIN")"),
           set(I + u"/IdentifierValue"_s, R"("00012345678905")") });
    fail("line.identifier-type", "item by SSCC", { set(I + u"/IdentifierType"_s, R"("SSCC")") },
         { I + u"/IdentifierType"_s });
    fail("line.identifier-type", "carton by SKU", { set(C + u"/IdentifierType"_s, R"("SKU")") },
         { C + u"/IdentifierType"_s });
    fail("line.identifier-type", "pallet by GTIN", { set(P + u"/IdentifierType"_s, R"("GTIN")") },
         { P + u"/IdentifierType"_s });

    // Nesting.
    pass("nesting.pallet", "base");
    fail("nesting.pallet", "pallet on a pallet", { set(C + u"/Type"_s, R"("PALLET")") }, { C });
    fail("nesting.pallet", "pallet in a carton",
         { set(C + u"/Lines"_s, '[' + pallet(kSscc2, item("SKU-1", 10)) + ']') },
         { C + u"/Lines/0"_s });

    pass("nesting.carton", "base");
    pass("nesting.carton", "top-level carton of a small parcel shipment",
         { set(M + u"/ShipmentType"_s, R"("SMALL_PARCEL")"),
           set(M + u"/Lines"_s, '[' + carton("006141411234567890", item("SKU-1", 10)) + ']') });
    fail("nesting.carton", "carton in a carton",
         { set(C + u"/Lines"_s, '[' + carton(kSscc2, item("SKU-1", 10)) + ']') },
         { C + u"/Lines/0"_s });
    fail("nesting.carton", "carton in an item",
         { set(I + u"/Lines"_s, '[' + carton(kSscc2, item("SKU-1", 1)) + ']') },
         { I + u"/Lines/0"_s });

    pass("nesting.item-top", "base");
    pass("nesting.item-top", "item directly on the pallet",
         { set(I + u"/Quantity"_s, "5"), set(P + u"/Lines/-"_s, item("SKU-1", 5)) });
    fail("nesting.item-top", "item at the top level",
         { set(I + u"/Quantity"_s, "5"), set(M + u"/Lines/-"_s, item("SKU-1", 5)) },
         { M + u"/Lines/1"_s });

    pass("nesting.item-children", "base");
    pass("nesting.item-children", "item with empty Lines", { set(I + u"/Lines"_s, "[]") });
    fail("nesting.item-children", "item with an item inside",
         { set(I + u"/Lines"_s, '[' + item("SKU-1", 1) + ']') }, { I + u"/Lines"_s });

    pass("nesting.empty", "base");
    pass("nesting.empty", "pallet holding only an item",
         { set(P + u"/Lines"_s, '[' + item("SKU-1", 10) + ']') });
    fail("nesting.empty", "a second, empty carton",
         { set(P + u"/Lines/-"_s,
               R"({"Type":"CARTON","IdentifierType":"SSCC",)"
               R"("IdentifierValue":"123456789012345675"})") },
         { C2 });
    fail("nesting.empty", "the only carton is empty", { set(C + u"/Lines"_s, "[]") }, { P, C });
    fail("nesting.empty", "pallet without Lines", { drop(P + u"/Lines"_s) }, { P });
    pass("nesting.empty", "carton whose Lines could not be read", { set(C + u"/Lines"_s, "{}") });

    {
        // Nine levels: the validator reports level 4, the reader refuses below level 8.
        QByteArray chain = item("SKU-1", 10);
        for (int i = 0; i < 7; ++i)
            chain = carton(i % 2 ? kSscc2 : kSscc3, chain);
        QString level4 = P;
        QString level8 = P;
        for (int depth = 2; depth <= 8; ++depth) {
            level8 += u"/Lines/0"_s;
            if (depth <= 4)
                level4 = level8;
        }
        pass("nesting.depth", "base");
        fail("nesting.depth", "carton, carton, item on a pallet",
             { set(C + u"/Lines"_s, '[' + carton(kSscc2, item("SKU-1", 10)) + ']') },
             { C + u"/Lines/0/Lines/0"_s });
        fail("nesting.depth", "nine levels", { set(P + u"/Lines"_s, '[' + chain + ']') },
             { level4, level8 + u"/Lines"_s });
        pass("nesting.empty", "nine levels, the item below level 8 not read",
             { set(P + u"/Lines"_s, '[' + chain + ']') });
    }

    pass("pallet.layers", "base");
    fail("pallet.layers", "no LayersPerPallet", { drop(P + u"/LayersPerPallet"_s) },
         { P + u"/LayersPerPallet"_s });
    fail("pallet.layers", "ItemsPerLayer 0", { set(P + u"/ItemsPerLayer"_s, "0") },
         { P + u"/ItemsPerLayer"_s });
    fail("pallet.layers", "neither",
         { drop(P + u"/LayersPerPallet"_s), drop(P + u"/ItemsPerLayer"_s) },
         { P + u"/LayersPerPallet"_s });

    pass("pallet.layers-forbidden", "base");
    fail("pallet.layers-forbidden", "LayersPerPallet on a carton",
         { set(C + u"/LayersPerPallet"_s, "2") }, { C + u"/LayersPerPallet"_s });
    fail("pallet.layers-forbidden", "ItemsPerLayer on an item",
         { set(I + u"/ItemsPerLayer"_s, "3") }, { I + u"/ItemsPerLayer"_s });

    // Quantities.
    pass("item.quantity", "base");
    pass("item.quantity", "Quantity 1", { set(I + u"/Quantity"_s, "1") });
    fail("item.quantity", "Quantity 0", { set(I + u"/Quantity"_s, "0") }, { I + u"/Quantity"_s });
    fail("item.quantity", "Quantity -2", { set(I + u"/Quantity"_s, "-2") }, { I + u"/Quantity"_s });
    fail("item.quantity", "no Quantity", { drop(I + u"/Quantity"_s) }, { I + u"/Quantity"_s });
    // ChannelEngine's documented default unit is ITEM (EACHES): a missing unit is no error.
    pass("item.quantity", "no QuantityUnitOfMeasure", { drop(I + u"/QuantityUnitOfMeasure"_s) });

    pass("quantity.forbidden", "base");
    fail("quantity.forbidden", "carton Quantity 3", { set(C + u"/Quantity"_s, "3") },
         { C + u"/Quantity"_s });
    fail("quantity.forbidden", "pallet Quantity 0", { set(P + u"/Quantity"_s, "0") },
         { P + u"/Quantity"_s });
    fail("quantity.forbidden", "carton Quantity 1 is a warning", { set(C + u"/Quantity"_s, "1") },
         { C + u"/Quantity"_s })
        .severity
        = Severity::Warning;

    pass("item.units-per-case", "base");
    pass("item.units-per-case", "2 CASES of 5",
         { set(I + u"/Quantity"_s, "2"), set(I + u"/QuantityUnitOfMeasure"_s, R"("CASES")"),
           set(I + u"/UnitsPerCase"_s, "5") });
    fail("item.units-per-case", "CASES without UnitsPerCase",
         { set(I + u"/QuantityUnitOfMeasure"_s, R"("CASES")") }, { I + u"/UnitsPerCase"_s });
    fail("item.units-per-case", "CASES of 0",
         { set(I + u"/QuantityUnitOfMeasure"_s, R"("CASES")"), set(I + u"/UnitsPerCase"_s, "0") },
         { I + u"/UnitsPerCase"_s });
    fail("item.units-per-case", "UnitsPerCase with EACHES", { set(I + u"/UnitsPerCase"_s, "1") },
         { I + u"/UnitsPerCase"_s });
    fail("item.units-per-case", "UnitsPerCase without a unit",
         { drop(I + u"/QuantityUnitOfMeasure"_s), set(I + u"/UnitsPerCase"_s, "12") },
         { I + u"/UnitsPerCase"_s });

    pass("item.po", "base");
    fail("item.po", "no ChannelPurchaseOrderNo", { drop(I + u"/ChannelPurchaseOrderNo"_s) },
         { I + u"/ChannelPurchaseOrderNo"_s });
    fail("item.po", "blank ChannelPurchaseOrderNo",
         { set(I + u"/ChannelPurchaseOrderNo"_s, R"("  ")") }, { I + u"/ChannelPurchaseOrderNo"_s },
         noOrders);

    pass("item-only.forbidden", "base");
    fail("item-only.forbidden", "ChannelPurchaseOrderNo on a carton",
         { set(C + u"/ChannelPurchaseOrderNo"_s, R"("PO1")") },
         { C + u"/ChannelPurchaseOrderNo"_s });
    fail("item-only.forbidden", "LotNo on a pallet", { set(P + u"/LotNo"_s, R"("L1")") },
         { P + u"/LotNo"_s });
    fail("item-only.forbidden", "ExpiryDate on a carton",
         { set(C + u"/ExpiryDate"_s, R"("2027-01-01T00:00:00Z")") }, { C + u"/ExpiryDate"_s });

    // SSCCs.
    pass("sscc.format", "base");
    fail("sscc.format", "5 digits", { set(C + u"/IdentifierValue"_s, R"("12345")") },
         { C + u"/IdentifierValue"_s });
    fail("sscc.format", "a letter", { set(C + u"/IdentifierValue"_s, R"("00614141123456789X")") },
         { C + u"/IdentifierValue"_s });
    fail("sscc.format", "with the AI in front",
         { set(P + u"/IdentifierValue"_s, R"("00106141411234567897")") },
         { P + u"/IdentifierValue"_s });

    pass("sscc.check-digit", "base");
    pass("sscc.check-digit", "another valid SSCC",
         { set(C + u"/IdentifierValue"_s, '"' + QByteArray(kSscc2) + '"') });
    fail("sscc.check-digit", "wrong check digit",
         { set(C + u"/IdentifierValue"_s, '"' + QByteArray(kBadCheckDigit) + '"') },
         { C + u"/IdentifierValue"_s });
    fail("sscc.check-digit", "wrong check digit in a bare Model",
         { set(C + u"/IdentifierValue"_s, '"' + QByteArray(kBadCheckDigit) + '"') },
         { u"/Lines/0/Lines/0/IdentifierValue"_s })
        .bare
        = true;

    pass("sscc.duplicate", "base");
    pass("sscc.duplicate", "two cartons, two SSCCs", twoCartons);
    fail("sscc.duplicate", "carton uses the pallet's SSCC",
         { set(C + u"/IdentifierValue"_s, R"("106141411234567897")") },
         { P + u"/IdentifierValue"_s, C + u"/IdentifierValue"_s });
    fail("sscc.duplicate", "two cartons with one SSCC",
         { set(I + u"/Quantity"_s, "5"),
           set(P + u"/Lines/-"_s, carton("006141411234567890", item("SKU-1", 5))) },
         { C + u"/IdentifierValue"_s, C2 + u"/IdentifierValue"_s });

    pass("sscc.reused", "base, with a ledger");
    pass("sscc.reused", "used on this same shipment", {},
         [](Env &e) { e.history.add(u"006141411234567890"_s, u"SHP-1"_s); });
    pass("sscc.reused", "used 18 months ago", {},
         [](Env &e) { e.history.add(u"006141411234567890"_s, u"SHP-0"_s, 18); });
    pass("sscc.reused", "used elsewhere, no ledger", {}, [](Env &e) {
        e.history.add(u"006141411234567890"_s, u"SHP-0"_s);
        e.withHistory = false;
    });
    fail("sscc.reused", "used on another shipment last month", {}, { C + u"/IdentifierValue"_s },
         [](Env &e) { e.history.add(u"006141411234567890"_s, u"SHP-0"_s); });
    fail("sscc.reused", "used 18 months ago, ledger kept 24 (cfg)", {},
         { C + u"/IdentifierValue"_s }, [](Env &e) {
             e.history.add(u"006141411234567890"_s, u"SHP-0"_s, 18);
             e.settings.ssccReuseMonths = 24;
         });

    // Containers.
    pass("weight.contents", "base");
    pass("weight.contents", "pallet weighs what the carton weighs",
         { set(P + u"/Weight/Value"_s, "11") });
    pass("weight.contents", "pallet of 5 kg over a carton of 11 lb",
         { set(P + u"/Weight"_s, R"({"Value":5,"Unit":"KILOGRAMS"})") });
    fail("weight.contents", "pallet lighter than its carton", { set(P + u"/Weight/Value"_s, "10") },
         { P + u"/Weight"_s });
    fail("weight.contents", "pallet of 4.9 kg over a carton of 11 lb",
         { set(P + u"/Weight"_s, R"({"Value":4.9,"Unit":"KILOGRAMS"})") }, { P + u"/Weight"_s });
    fail("weight.contents", "item heavier than its carton",
         { set(I + u"/Weight"_s, R"({"Value":12,"Unit":"POUNDS"})") }, { C + u"/Weight"_s });

    pass("dimensions.fit", "base");
    pass("dimensions.fit", "carton fits turned on its side",
         { set(C + u"/Dimensions/Length"_s, "55") });
    pass("dimensions.fit", "carton of 1.5 m",
         { set(C + u"/Dimensions"_s,
               R"({"Height":0.2,"Width":0.3,"Length":1.5,)"
               R"("Unit":"METER"})") });
    fail("dimensions.fit", "carton longer than the pallet is high",
         { set(C + u"/Dimensions/Length"_s, "70") }, { C + u"/Dimensions"_s });
    fail("dimensions.fit", "carton of 1.6 m",
         { set(C + u"/Dimensions"_s,
               R"({"Height":0.2,"Width":0.3,"Length":1.6,)"
               R"("Unit":"METER"})") },
         { C + u"/Dimensions"_s });
    fail("dimensions.fit", "item larger than its carton",
         { set(I + u"/Dimensions"_s, R"({"Height":5,"Width":5,"Length":30,"Unit":"INCHES"})") },
         { I + u"/Dimensions"_s });

    // Purchase orders.
    pass("po.unknown", "base");
    pass("po.unknown", "unknown PO without orders",
         { set(I + u"/ChannelPurchaseOrderNo"_s, R"("PO9")") }, noOrders);
    fail("po.unknown", "unknown PO", { set(I + u"/ChannelPurchaseOrderNo"_s, R"("PO9")") },
         { I + u"/ChannelPurchaseOrderNo"_s });

    pass("po.sku", "base");
    pass("po.sku", "item by ASIN", { set(I + u"/IdentifierValue"_s, R"("ASIN-SKU-1")") });
    pass("po.sku", "item by GTIN through the catalog",
         { set(I + u"/IdentifierType"_s, R"("GTIN")"),
           set(I + u"/IdentifierValue"_s, R"("00012345678905")") });
    fail("po.sku", "SKU not on the PO", { set(I + u"/IdentifierValue"_s, R"("SKU-9")") },
         { I + u"/IdentifierValue"_s });
    fail("po.sku", "GTIN without a catalog",
         { set(I + u"/IdentifierType"_s, R"("GTIN")"),
           set(I + u"/IdentifierValue"_s, R"("00012345678905")") },
         { I + u"/IdentifierValue"_s }, noCatalog);

    pass("po.status", "base (NEW)");
    pass("po.status", "IN_PROGRESS", {},
         [](Env &e) { e.orders[0].status = PurchaseOrderStatus::InProgress; });
    const std::pair<const char *, PurchaseOrderStatus> closed[] = {
        { "CANCELLED", PurchaseOrderStatus::Cancelled },
        { "SHIPPED", PurchaseOrderStatus::Shipped },
        { "CLOSED", PurchaseOrderStatus::Closed },
        { "INVOICED", PurchaseOrderStatus::Invoiced },
    };
    for (const auto &[name, status] : closed) {
        const PurchaseOrderStatus s = status;
        fail("po.status", name, {}, { I + u"/ChannelPurchaseOrderNo"_s },
             [s](Env &e) { e.orders[0].status = s; });
    }

    pass("po.rejected", "base");
    pass("po.rejected", "line partly rejected", {}, [](Env &e) {
        e.orders[0].lines[0] = orderLine(u"SKU-1"_s, 12, 10);
        e.orders[0].lines[0].acknowledgements[1].code = AcknowledgementCode::Rejected;
    });
    fail("po.rejected", "line rejected", {}, { I + u"/Quantity"_s },
         [](Env &e) { e.orders[0].lines[0] = rejectedLine(u"SKU-1"_s, 10); });

    pass("po.over-packed", "base (10 of 10)");
    pass("po.over-packed", "10 eaches of a line of 2 cases of 5", {}, [](Env &e) {
        PurchaseOrderLine &line = e.orders[0].lines[0];
        line = orderLine(u"SKU-1"_s, 2, -1);
        line.unitOfMeasure = QuantityUnit::Cases;
        line.unitSize = 5;
        line.acknowledgements = { Acknowledgement { AcknowledgementCode::Accepted, 2 } };
    });
    fail("po.over-packed", "11 of 10", { set(I + u"/Quantity"_s, "11") }, { I + u"/Quantity"_s });
    // Corrupt data (a negative accepted quantity) on a line nothing is packed for: no crash, and
    // no over-packed finding without an item to put it on.
    pass("po.over-packed", "negative acceptance on an unpacked line", {}, [](Env &e) {
        PurchaseOrderLine line = orderLine(u"SKU-2"_s, 5, -1);
        line.acknowledgements = { Acknowledgement { AcknowledgementCode::Accepted, -1 } };
        e.orders[0].lines.append(line);
    });
    fail("po.over-packed", "6 + 5 of 10 in two cartons: the later item",
         { set(I + u"/Quantity"_s, "6"), set(P + u"/Lines/-"_s, carton(kSscc2, item("SKU-1", 5))) },
         { I2 + u"/Quantity"_s });
    fail("po.over-packed", "2 cases of 6",
         { set(I + u"/Quantity"_s, "2"), set(I + u"/QuantityUnitOfMeasure"_s, R"("CASES")"),
           set(I + u"/UnitsPerCase"_s, "6") },
         { I + u"/Quantity"_s });
    fail("po.over-packed", "8 accepted, 2 backordered", {}, { I + u"/Quantity"_s },
         [](Env &e) { e.orders[0].lines[0] = orderLine(u"SKU-1"_s, 10, 8); });
    fail("po.over-packed", "8 ordered, not acknowledged", {}, { I + u"/Quantity"_s },
         [](Env &e) { e.orders[0].lines[0] = orderLine(u"SKU-1"_s, 8, -1); });
    fail("po.over-packed", "11 of 10 in a bare Model", { set(I + u"/Quantity"_s, "11") },
         { u"/Lines/0/Lines/0/Lines/0/Quantity"_s })
        .bare
        = true;

    pass("po.ship-to", "base");
    pass("po.ship-to", "a PO for another FC that is not packed", {}, [](Env &e) {
        e.orders.append(purchaseOrder(u"PO2"_s, { orderLine(u"SKU-1"_s, 5, 5) }, u"XYZ1"_s));
    });
    fail("po.ship-to", "shipment to another FC", { set(M + u"/ShipToPartyId"_s, R"("XYZ1")") },
         { M + u"/ShipToPartyId"_s });

    pass("po.selling-party", "base");
    fail("po.selling-party", "another selling party",
         { set(M + u"/SellingPartyId"_s, R"("OTHER")") }, { M + u"/SellingPartyId"_s });

    pass("po.ship-window", "base");
    pass("po.ship-window", "first day of the window",
         { set(M + u"/ShipmentDate"_s, R"("2026-03-01T00:00:00Z")") });
    pass("po.ship-window", "late on the last day of the window",
         { set(M + u"/ShipmentDate"_s, R"("2026-03-06T23:30:00Z")"),
           set(M + u"/EstimatedDeliveryDate"_s, R"("2026-03-09T08:00:00Z")") });
    fail("po.ship-window", "a day late",
         { set(M + u"/ShipmentDate"_s, R"("2026-03-07T08:00:00Z")"),
           set(M + u"/EstimatedDeliveryDate"_s, R"("2026-03-09T08:00:00Z")") },
         { M + u"/ShipmentDate"_s });
    fail("po.ship-window", "a day early",
         { set(M + u"/ShipmentDate"_s, R"("2026-02-28T08:00:00Z")") }, { M + u"/ShipmentDate"_s });

    pass("po.unacknowledged", "base");
    pass("po.unacknowledged", "acknowledged on the API", {}, [](Env &e) {
        e.orders[0].lines[0].acknowledgements.clear();
        e.orders[0].lines[0].acknowledgedDate = utc("2026-02-27T10:00:00Z");
    });
    fail("po.unacknowledged", "not acknowledged", {}, { I + u"/Quantity"_s },
         [](Env &e) { e.orders[0].lines[0] = orderLine(u"SKU-1"_s, 10, -1); });

    pass("po.under-packed", "base");
    pass("po.under-packed", "a rejected line not packed", {},
         [](Env &e) { e.orders[0].lines.append(rejectedLine(u"SKU-2"_s, 4)); });
    pass("po.under-packed", "a PO that is not packed", {},
         [](Env &e) { e.orders.append(purchaseOrder(u"PO2"_s, { orderLine(u"SKU-1"_s, 5, 5) })); });
    fail("po.under-packed", "4 of 10", { set(I + u"/Quantity"_s, "4") }, { M });
    fail("po.under-packed", "a second line not packed", {}, { M }, addSku2);

    // Cartons and pallets.
    {
        QByteArray sixOrders;
        for (int i = 1; i <= 6; ++i) {
            const QByteArray po = "PO" + QByteArray::number(i);
            sixOrders += (i > 1 ? "," : "") + item("SKU-1", 10, po.constData());
        }
        QByteArray twoOrders = item("SKU-1", 10, "PO1") + ',' + item("SKU-1", 10, "PO2");
        const auto ordersUpTo = [](int n) {
            return [n](Env &e) {
                for (int i = 2; i <= n; ++i) {
                    e.orders.append(purchaseOrder(u"PO"_s + QString::number(i),
                                                  { orderLine(u"SKU-1"_s, 10, 10) }));
                }
            };
        };
        const Setup fiveOrders = ordersUpTo(5);
        pass("carton.po-count", "base");
        pass("carton.po-count", "5 POs",
             { set(C + u"/Lines"_s, '[' + sixOrders.left(sixOrders.lastIndexOf(",{")) + ']'),
               drop(C + u"/Weight"_s) },
             fiveOrders);
        fail("carton.po-count", "6 POs",
             { set(C + u"/Lines"_s, '[' + sixOrders + ']'), drop(C + u"/Weight"_s) }, { C },
             ordersUpTo(6));
        fail("carton.po-count", "2 POs, at most 1 (cfg)",
             { set(C + u"/Lines"_s, '[' + twoOrders + ']'), drop(C + u"/Weight"_s) }, { C },
             [ordersUpTo](Env &e) {
                 ordersUpTo(2)(e);
                 e.settings.maxPurchaseOrdersPerCarton = 1;
             });
    }

    pass("carton.weight", "base");
    pass("carton.weight", "50 lb", { set(C + u"/Weight/Value"_s, "50") }, noCatalog);
    fail("carton.weight", "51 lb", { set(C + u"/Weight/Value"_s, "51") }, { C + u"/Weight"_s },
         noCatalog);
    fail("carton.weight", "23 kg", { set(C + u"/Weight"_s, R"({"Value":23,"Unit":"KILOGRAMS"})") },
         { C + u"/Weight"_s }, noCatalog);
    fail("carton.weight", "no own weight, an item of 60 lb",
         { drop(C + u"/Weight"_s), set(I + u"/Weight"_s, R"({"Value":60,"Unit":"POUNDS"})") },
         { C }); // no Weight field to point at: the carton itself
    fail("carton.weight", "11 lb over a limit of 4 kg (cfg)", {}, { C + u"/Weight"_s },
         [](Env &e) { e.settings.maxCartonWeightGrams = 4000; });

    pass("pallet.weight", "base");
    pass("pallet.weight", "1500 lb",
         { set(P + u"/Weight/Value"_s, "1500"), set(M + u"/Weight/Value"_s, "1500") });
    fail("pallet.weight", "1600 lb", { set(P + u"/Weight/Value"_s, "1600") }, { P + u"/Weight"_s });
    fail("pallet.weight", "700 kg",
         { set(P + u"/Weight"_s, R"({"Value":700,"Unit":"KILOGRAMS"})") }, { P + u"/Weight"_s });
    fail("pallet.weight", "300 lb over a limit of 200 lb (cfg)", {}, { P + u"/Weight"_s },
         [](Env &e) { e.settings.maxPalletWeightGrams = 200 * 453.59237; });

    pass("pallet.height", "base");
    pass("pallet.height", "72 in", { set(P + u"/Dimensions/Height"_s, "72") });
    pass("pallet.height", "80 in long, 60 in high", { set(P + u"/Dimensions/Length"_s, "80") });
    fail("pallet.height", "73 in", { set(P + u"/Dimensions/Height"_s, "73") },
         { P + u"/Dimensions/Height"_s });
    fail("pallet.height", "1.9 m",
         { set(P + u"/Dimensions"_s,
               R"({"Height":1.9,"Width":1.0,"Length":1.2,)"
               R"("Unit":"METER"})") },
         { P + u"/Dimensions/Height"_s });
    fail("pallet.height", "60 in over a limit of 50 in (cfg)", {}, { P + u"/Dimensions/Height"_s },
         [](Env &e) { e.settings.maxPalletHeightMillimetres = 50 * 25.4; });

    {
        const QByteArray looseCarton = carton("006141411234567890", item("SKU-1", 10));
        pass("pallet.loose-cartons", "base");
        pass("pallet.loose-cartons", "top-level carton of a small parcel shipment",
             { set(M + u"/ShipmentType"_s, R"("SMALL_PARCEL")"),
               set(M + u"/Lines"_s, '[' + looseCarton + ']') });
        fail("pallet.loose-cartons", "top-level carton of an LTL shipment",
             { set(M + u"/Lines"_s, '[' + looseCarton + ']') }, { M + u"/Lines/0"_s });
        fail("pallet.loose-cartons", "a carton beside the pallet of a truck load",
             { set(M + u"/ShipmentType"_s, R"("TRUCK_LOAD")"), set(I + u"/Quantity"_s, "5"),
               set(M + u"/Lines/-"_s, carton(kSscc2, item("SKU-1", 5))) },
             { M + u"/Lines/1"_s });
    }

    pass("pallet.mixed-sku", "base");
    pass("pallet.mixed-sku", "two cartons of one SKU", twoCartons);
    fail("pallet.mixed-sku", "a second SKU on the pallet",
         { set(P + u"/Lines/-"_s, carton(kSscc2, item("SKU-2", 5))) }, { P }, addSku2);

    pass("item.shelf-life", "base");
    pass("item.shelf-life", "120 days", { set(I + u"/ExpiryDate"_s, R"("2026-06-30T00:00:00Z")") });
    pass("item.shelf-life", "exactly 90 days",
         { set(I + u"/ExpiryDate"_s, R"("2026-05-31T00:00:00Z")") });
    fail("item.shelf-life", "89 days", { set(I + u"/ExpiryDate"_s, R"("2026-05-30T00:00:00Z")") },
         { I + u"/ExpiryDate"_s });
    fail("item.shelf-life", "120 days, 180 required (cfg)",
         { set(I + u"/ExpiryDate"_s, R"("2026-06-30T00:00:00Z")") }, { I + u"/ExpiryDate"_s },
         [](Env &e) { e.settings.minShelfLifeDays = 180; });

    pass("weight.expected", "base: 11 lb for 10 x 500 g");
    pass("weight.expected", "12 lb, 10 % tolerance (cfg)", { set(C + u"/Weight/Value"_s, "12") },
         [](Env &e) { e.settings.expectedWeightTolerance = 0.10; });
    pass("weight.expected", "12 lb without a catalog", { set(C + u"/Weight/Value"_s, "12") },
         noCatalog);
    pass("weight.expected", "12 lb, product without a unit weight",
         { set(C + u"/Weight/Value"_s, "12") },
         [](Env &e) { e.catalog.products[0].unitWeightGrams.reset(); });
    pass("weight.expected", "1 case of 10 in a carton of 11 lb",
         { set(I + u"/Quantity"_s, "1"), set(I + u"/QuantityUnitOfMeasure"_s, R"("CASES")"),
           set(I + u"/UnitsPerCase"_s, "10") });
    fail("weight.expected", "12 lb for 10 x 500 g", { set(C + u"/Weight/Value"_s, "12") },
         { C + u"/Weight"_s });
    fail("weight.expected", "12 lb for 10 x 500 g by GTIN",
         { set(C + u"/Weight/Value"_s, "12"), set(I + u"/IdentifierType"_s, R"("GTIN")"),
           set(I + u"/IdentifierValue"_s, R"("00012345678905")") },
         { C + u"/Weight"_s });
    fail("weight.expected", "1 case of 10 in a carton of 4 kg",
         { set(C + u"/Weight"_s, R"({"Value":4,"Unit":"KILOGRAMS"})"), set(I + u"/Quantity"_s, "1"),
           set(I + u"/QuantityUnitOfMeasure"_s, R"("CASES")"), set(I + u"/UnitsPerCase"_s, "10") },
         { C + u"/Weight"_s });

    pass("shipment.weight", "base");
    pass("shipment.weight", "no header Weight", { drop(M + u"/Weight"_s) });
    pass("shipment.weight", "137 kg over 300 lb",
         { set(M + u"/Weight"_s, R"({"Value":137,"Unit":"KILOGRAMS"})") });
    fail("shipment.weight", "200 lb under 300 lb", { set(M + u"/Weight/Value"_s, "200") },
         { M + u"/Weight"_s });
    fail("shipment.weight", "130 kg under 300 lb",
         { set(M + u"/Weight"_s, R"({"Value":130,"Unit":"KILOGRAMS"})") }, { M + u"/Weight"_s });

    return cases;
}

// ---- Revalidation -------------------------------------------------------------------------

QString ssccFor(quint64 serial)
{
    const QString body = u"0614141"_s + QString::number(serial).rightJustified(10, u'0');
    return body + QString::number(Gs1::checkDigit(body));
}

ShipmentLine containerLine(NodeType type, const QString &sscc)
{
    ShipmentLine line;
    line.type = type;
    line.identifierType = IdentifierType::Sscc;
    line.identifierValue = sscc;
    if (type == NodeType::Pallet) {
        line.layersPerPallet = 2;
        line.itemsPerLayer = 4;
        line.dimensions = Dimensions { 50, 40, 48, LengthUnit::Inches };
    } else {
        line.dimensions = Dimensions { 10, 15, 20, LengthUnit::Inches };
    }
    return line;
}

ShipmentLine itemLine(const QString &sku, qint64 quantity, const QString &po)
{
    ShipmentLine line;
    line.type = NodeType::Item;
    line.identifierType = IdentifierType::Sku;
    line.identifierValue = sku;
    line.quantity = quantity;
    line.quantityUnit = QuantityUnit::Eaches;
    line.channelPurchaseOrderNo = po;
    return line;
}

// A hand-built shipment with everything the rules can look at: orders, products, a ledger.
struct World
{
    QList<PurchaseOrder> orders;
    OrderBook book;
    FakeCatalog catalog;
    FakeHistory history;
    RuleContext context;
    Shipment shipment;
    quint64 nextSerial = 1;

    QString newSscc() { return ssccFor(nextSerial++); }
};

const QString kReusedSscc = ssccFor(900);

// pallets x cartons x items, all valid; PO2's SKU-4 is not acknowledged (warnings) and PO1 has
// an unpacked SKU-5 (info). PO3 is cancelled and PO4 goes to another FC; neither is packed.
void buildWorld(World &w, int pallets, int cartons, int items)
{
    ShipmentHeader &h = w.shipment.header();
    h.channelId = 1;
    h.merchantShipmentNo = u"SHP-1"_s;
    h.carrierShipmentNo = u"PRO-1"_s;
    h.billOfLadingNo = u"BOL-1"_s;
    h.shipmentType = ShipmentType::LessThanTruckLoad;
    h.shipmentDate = utc("2026-03-02T08:00:00Z");
    h.estimatedDeliveryDate = utc("2026-03-05T08:00:00Z");
    h.sellingPartyId = u"ACME1"_s;
    h.shipFromPartyId = u"ACME1-DC"_s;
    h.shipToPartyId = u"ABE8"_s;

    QMap<std::pair<QString, QString>, qint64> packed;
    double totalGrams = 0;
    for (int p = 0; p < pallets; ++p) {
        ShipmentNode *palletNode = w.shipment.insertNode(
            w.shipment.root(), p,
            w.shipment.createNode(containerLine(NodeType::Pallet, w.newSscc())));
        double palletGrams = 25000;
        for (int c = 0; c < cartons; ++c) {
            ShipmentNode *cartonNode = w.shipment.insertNode(
                palletNode, c, w.shipment.createNode(containerLine(NodeType::Carton, w.newSscc())));
            double cartonGrams = 0;
            for (int k = 0; k < items; ++k) {
                const QString sku = u"SKU-"_s + QString::number(1 + (p + c + k) % 4);
                const QString po = u"PO"_s + QString::number(1 + (p + c) % 2);
                const qint64 quantity = 1 + (p * 7 + c * 3 + k) % 5;
                w.shipment.insertNode(cartonNode, k,
                                      w.shipment.createNode(itemLine(sku, quantity, po)));
                packed[{ po, sku }] += quantity;
                cartonGrams += 500.0 * double(quantity);
            }
            cartonNode->line().weight = Weight { cartonGrams, WeightUnit::Grams };
            palletGrams += cartonGrams;
        }
        palletNode->line().weight = Weight { palletGrams, WeightUnit::Grams };
        totalGrams += palletGrams;
    }
    h.weight = Weight { totalGrams, WeightUnit::Grams };

    for (const char *number : { "PO1", "PO2" }) {
        PurchaseOrder order = purchaseOrder(QLatin1String(number), {});
        for (int s = 1; s <= 4; ++s) {
            const QString sku = u"SKU-"_s + QString::number(s);
            const qint64 units = packed.value({ order.channelPurchaseOrderNo, sku });
            if (units > 0) {
                const bool acknowledged = !(order.channelPurchaseOrderNo == u"PO2"_s && s == 4);
                order.lines.append(orderLine(sku, units, acknowledged ? units : -1));
            }
        }
        if (order.channelPurchaseOrderNo == u"PO1"_s)
            order.lines.append(orderLine(u"SKU-5"_s, 6, 6));
        w.orders.append(order);
    }
    PurchaseOrder cancelled = purchaseOrder(u"PO3"_s, { orderLine(u"SKU-1"_s, 20, 20) });
    cancelled.status = PurchaseOrderStatus::Cancelled;
    w.orders.append(cancelled);
    w.orders.append(purchaseOrder(u"PO4"_s, { orderLine(u"SKU-1"_s, 20, 20) }, u"XYZ9"_s));
    w.book.setOrders(w.orders);

    for (int s = 1; s <= 5; ++s) {
        Product product;
        product.sku = u"SKU-"_s + QString::number(s);
        product.unitWeightGrams = 500;
        w.catalog.products.append(product);
    }
    w.history.add(kReusedSscc, u"SHP-0"_s);

    w.context.orders = &w.book;
    w.context.products = &w.catalog;
    w.context.ssccHistory = &w.history;
}

QStringList sortedTexts(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(f.toText() + u" #"_s + QString::number(f.node));
    out.sort();
    return out;
}

// Empty when the validator's current state equals a fresh full validation of the shipment (as
// multisets of findings, in counts and in packed units); otherwise what differs.
QString divergence(const Validator &validator, const Shipment &shipment, const RuleContext &context)
{
    const Findings incremental = validator.findings(shipment);
    const Findings full = Validator::validateOnce(shipment, context);
    const QStringList a = sortedTexts(incremental);
    const QStringList b = sortedTexts(full);
    QStringList problems;
    QStringList onlyIncremental;
    QStringList onlyFull;
    std::set_difference(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                        std::back_inserter(onlyIncremental));
    std::set_difference(b.cbegin(), b.cend(), a.cbegin(), a.cend(), std::back_inserter(onlyFull));
    for (const QString &s : std::as_const(onlyIncremental))
        problems.append(u"  only after revalidate: "_s + s);
    for (const QString &s : std::as_const(onlyFull))
        problems.append(u"  only in full validation: "_s + s);
    for (Severity severity : { Severity::Error, Severity::Warning, Severity::Info }) {
        const int expected = countSeverity(full, severity);
        if (validator.count(severity) != expected
            || countSeverity(incremental, severity) != expected) {
            problems.append(u"  count(%1) is %2 (findings: %3), full validation has %4"_s
                                .arg(Finding::severityName(severity))
                                .arg(validator.count(severity))
                                .arg(countSeverity(incremental, severity))
                                .arg(expected));
        }
    }
    if (context.orders) {
        Validator fresh(context);
        fresh.validate(shipment);
        for (const PurchaseOrder &order : context.orders->orders()) {
            for (const PurchaseOrderLine &line : order.lines) {
                const qint64 got
                    = validator.packedUnits(order.channelPurchaseOrderNo, line.merchantProductNo);
                const qint64 want
                    = fresh.packedUnits(order.channelPurchaseOrderNo, line.merchantProductNo);
                if (got != want) {
                    problems.append(u"  packedUnits(%1, %2) is %3, not %4"_s
                                        .arg(order.channelPurchaseOrderNo, line.merchantProductNo)
                                        .arg(got)
                                        .arg(want));
                }
            }
        }
    }
    return problems.join(u'\n');
}

#define VERIFY_AGREES(validator, world, step)                                                      \
    do {                                                                                           \
        const QString why = divergence(validator, (world).shipment, (world).context);              \
        QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral(step) + QLatin1Char('\n') + why));       \
    } while (false)

int countRule(const Findings &findings, const char *rule)
{
    int n = 0;
    for (const Finding &f : findings) {
        if (f.rule == QLatin1String(rule))
            ++n;
    }
    return n;
}

QList<ShipmentNode *> allNodes(const Shipment &shipment)
{
    QList<ShipmentNode *> nodes;
    shipment.root()->forEach([&](const ShipmentNode *n) {
        if (!n->isRoot())
            nodes.append(shipment.node(n->id()));
    });
    return nodes;
}

ShipmentChange changed(std::initializer_list<NodeId> ids)
{
    ShipmentChange change;
    change.changed = QList<NodeId>(ids);
    return change;
}

ShipmentChange moved(const ShipmentNode *node, const ShipmentNode *formerParent)
{
    ShipmentChange change;
    change.changed = { node->id() };
    change.formerParents = { formerParent->id() };
    return change;
}

} // namespace

Q_DECLARE_METATYPE(Setup)

// Tests the packing rules: every rule firing and not firing at the exact JSON pointer, incremental
// revalidation against full validation, and the checks asked before a move or insert.
class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void baseDocumentIsClean();
    void everyRuleHasPassingAndFailingRows();
    void rules_data();
    void rules();

    void findingsForSelectsOneNode();
    void findingsForAgreesWithAllFindings();
    void revalidateAfterEachEdit();
    void revalidateRandomEdits_data();
    void revalidateRandomEdits();

    void checkMove_data();
    void checkMove();
    void checkInsert_data();
    void checkInsert();
    void checkInsertFollowsPackedUnits();
    void checkMoveLooseCartonDependsOnShipmentType();
};

void TestValidator::baseDocumentIsClean()
{
    const Env env;
    const Findings findings = validateDocument(document({}), env);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    const Findings bare = validateDocument(document({}, true), env);
    QVERIFY2(bare.isEmpty(), qPrintable(describe(bare)));
}

void TestValidator::everyRuleHasPassingAndFailingRows()
{
    QHash<QString, int> passing;
    QHash<QString, int> failing; // with the table's severity
    QSet<QByteArray> names;
    for (const RuleCase &c : ruleCases()) {
        QVERIFY2(Rules::find(c.rule), c.name.constData());
        QVERIFY2(!names.contains(c.name), c.name.constData());
        names.insert(c.name);
        if (c.pointers.isEmpty())
            ++passing[c.rule];
        else if (c.severity == Rules::find(c.rule)->severity)
            ++failing[c.rule];
    }
    for (const RuleInfo &rule : Rules::all()) {
        const QString id = QLatin1String(rule.id);
        if (id == u"file.read"_s || id == u"json.syntax"_s || id == u"orders.duplicate"_s
            || id == u"api.validation"_s)
            continue;
        QVERIFY2(passing.value(id) > 0, rule.id);
        QVERIFY2(failing.value(id) > 0, rule.id);
    }
}

void TestValidator::rules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QStringList>("pointers");
    for (const RuleCase &c : ruleCases()) {
        QTest::newRow(c.name.constData())
            << c.rule << c.build() << c.setup << int(c.severity) << c.pointers;
    }
}

void TestValidator::rules()
{
    QFETCH(QString, rule);
    QFETCH(QByteArray, json);
    QFETCH(Setup, setup);
    QFETCH(int, severity);
    QFETCH(QStringList, pointers);

    Env env;
    if (setup)
        setup(env);
    const Findings findings = validateDocument(json, env);
    const QJsonValue root = QJsonDocument::fromJson(json).object();
    QStringList got;
    for (const Finding &f : findings) {
        QVERIFY2(parentExists(root, f.pointer), qPrintable(u"points nowhere: "_s + f.toText()));
        if (f.rule != rule)
            continue;
        QVERIFY2(int(f.severity) == severity, qPrintable(u"wrong severity: "_s + f.toText()));
        QVERIFY2(!f.message.isEmpty(), qPrintable(f.toText()));
        got.append(f.pointer);
    }
    got.sort();
    pointers.sort();
    QVERIFY2(got == pointers,
             qPrintable(u"%1 fired at [%2], expected [%3]; all findings:\n%4"_s.arg(
                 rule, got.join(u", "_s), pointers.join(u", "_s), describe(findings))));
}

// Every node's own findings, asked one by one, are exactly its share of all findings.
void TestValidator::findingsForAgreesWithAllFindings()
{
    const QString dir = QStringLiteral(VENDORPACK_SOURCE_DIR "/resources/demo/");
    ShipmentDocument doc = ShipmentJson::readFile(dir + u"dock-mistakes.json"_s);
    const OrdersDocument ordersDocument
        = OrdersJson::readFile(dir + u"dock-mistakes.orders.json"_s);
    QVERIFY(doc.isReadable());
    QVERIFY(ordersDocument.readable);
    const OrderBook orders(ordersDocument.orders);
    RuleContext context;
    context.orders = &orders;
    Validator validator(context);
    validator.validate(*doc.shipment);
    const Findings all = validator.findings(*doc.shipment);
    QVERIFY(countSeverity(all, Severity::Error) >= 5);
    auto key = [](const Finding &f) { return f.toText(); };
    qsizetype seen = 0;
    doc.shipment->root()->forEach([&](const ShipmentNode *node) {
        QStringList expected;
        for (const Finding &f : all) {
            if (f.node == node->id())
                expected.append(key(f));
        }
        QStringList got;
        for (const Finding &f : validator.findingsFor(*doc.shipment, node->id()))
            got.append(key(f));
        expected.sort();
        got.sort();
        QCOMPARE(got, expected);
        seen += got.size();
    });
    QCOMPARE(seen, all.size());
}

void TestValidator::findingsForSelectsOneNode()
{
    // The carton is too long for the pallet and weighs too much for its contents.
    const QString C = u"/Model/Lines/0/Lines/0"_s;
    ShipmentDocument doc = ShipmentJson::read(
        document({ set(C + u"/Dimensions/Length"_s, "70"), set(C + u"/Weight/Value"_s, "12") }));
    QVERIFY(doc.isReadable());
    const Env env;
    const OrderBook orders(env.orders);
    RuleContext context;
    context.orders = &orders;
    context.products = &env.catalog;
    Validator validator(context);
    validator.validate(*doc.shipment);
    const ShipmentNode *cartonNode = doc.shipment->lines()[0]->child(0);
    const Findings forCarton = validator.findingsFor(*doc.shipment, cartonNode->id());
    QStringList rules;
    for (const Finding &f : forCarton) {
        QCOMPARE(f.node, cartonNode->id());
        QVERIFY(f.pointer.startsWith(C));
        rules.append(f.rule);
    }
    rules.sort();
    QCOMPARE(rules, QStringList({ u"dimensions.fit"_s, u"weight.expected"_s }));
    QVERIFY(validator.findingsFor(*doc.shipment, doc.shipment->lines()[0]->id()).isEmpty());
    QCOMPARE(validator.count(Severity::Error), 1);
    QCOMPARE(validator.count(Severity::Warning), 1);
    QVERIFY(validator.hasErrors());
    QCOMPARE(validator.packedUnits(u"PO1"_s, u"SKU-1"_s), qint64(10));
    QCOMPARE(validator.packedUnits(u"PO9"_s, u"SKU-1"_s), qint64(0));
}

void TestValidator::revalidateAfterEachEdit()
{
    World w;
    buildWorld(w, 3, 3, 2);
    Shipment &s = w.shipment;
    Validator v(w.context);
    v.validate(s);
    VERIFY_AGREES(v, w, "initial");
    QCOMPARE(v.count(Severity::Error), 0);
    QVERIFY(v.count(Severity::Warning) > 0); // PO2 SKU-4 is not acknowledged
    QVERIFY(v.count(Severity::Info) > 0); // PO1 SKU-5 is not packed; mixed pallets

    ShipmentNode *pallet0 = s.lines()[0].get();
    ShipmentNode *pallet1 = s.lines()[1].get();
    ShipmentNode *pallet2 = s.lines()[2].get();
    ShipmentNode *item = pallet0->child(0)->child(0);
    const qint64 quantity = *item->line().quantity;

    // A quantity.
    item->line().quantity = quantity + 1;
    v.revalidate(s, changed({ item->id() }));
    VERIFY_AGREES(v, w, "quantity + 1");
    QVERIFY(countRule(v.findings(s), "po.over-packed") == 1);
    item->line().quantity = 1000;
    v.revalidate(s, changed({ item->id() }));
    VERIFY_AGREES(v, w, "quantity 1000");
    item->line().quantity = quantity;
    v.revalidate(s, changed({ item->id() }));
    VERIFY_AGREES(v, w, "quantity restored");
    QCOMPARE(countRule(v.findings(s), "po.over-packed"), 0);
    QCOMPARE(v.count(Severity::Error), 0);

    // A carton to another pallet, and back.
    ShipmentNode *carton = pallet0->child(1);
    s.moveNode(carton, pallet1, 1);
    v.revalidate(s, moved(carton, pallet0));
    VERIFY_AGREES(v, w, "carton moved to pallet 1");
    s.moveNode(carton, pallet0, 1);
    v.revalidate(s, moved(carton, pallet1));
    VERIFY_AGREES(v, w, "carton moved back");

    // An item to a carton of another pallet.
    ShipmentNode *otherCarton = pallet2->child(2);
    s.moveNode(item, otherCarton, 0);
    v.revalidate(s, moved(item, pallet0->child(0)));
    VERIFY_AGREES(v, w, "item moved to pallet 2");

    // A carton to the top level of an LTL shipment, then onto its pallet again.
    s.moveNode(carton, s.root(), 3);
    v.revalidate(s, moved(carton, pallet0));
    VERIFY_AGREES(v, w, "carton moved to the top level");
    QCOMPARE(countRule(v.findings(s), "pallet.loose-cartons"), 1);
    s.moveNode(carton, pallet0, 0);
    v.revalidate(s, moved(carton, s.root()));
    VERIFY_AGREES(v, w, "carton moved onto pallet 0");
    QCOMPARE(countRule(v.findings(s), "pallet.loose-cartons"), 0);

    // A pallet into a carton, and back (the tree allows it; the rules do not).
    s.moveNode(pallet2, pallet1->child(0), 0);
    v.revalidate(s, moved(pallet2, s.root()));
    VERIFY_AGREES(v, w, "pallet moved into a carton");
    QCOMPARE(countRule(v.findings(s), "nesting.pallet"), 1);
    s.moveNode(pallet2, s.root(), 2);
    v.revalidate(s, moved(pallet2, pallet1->child(0)));
    VERIFY_AGREES(v, w, "pallet moved back");
    QCOMPARE(v.count(Severity::Error), 0);

    // A removed subtree stays alive (an undo command owns it) during revalidate.
    {
        ShipmentNode *removedCarton = pallet1->child(0);
        const NodeId id = removedCarton->id();
        std::unique_ptr<ShipmentNode> owned = s.takeNode(removedCarton);
        ShipmentChange change;
        change.formerParents = { pallet1->id() };
        change.removed = { owned.get() };
        v.revalidate(s, change);
        VERIFY_AGREES(v, w, "carton removed");
        QVERIFY(countRule(v.findings(s), "po.under-packed") > 1);
        s.insertNode(pallet1, 0, std::move(owned));
        v.revalidate(s, changed({ id }));
        VERIFY_AGREES(v, w, "carton restored");
        QCOMPARE(v.count(Severity::Error), 0);
    }

    // A new item: one unit of SKU-1 more than PO1 accepted.
    {
        ShipmentNode *target = pallet1->child(1);
        ShipmentNode *added = s.insertNode(target, target->childCount(),
                                           s.createNode(itemLine(u"SKU-1"_s, 1, u"PO1"_s)));
        v.revalidate(s, changed({ added->id() }));
        VERIFY_AGREES(v, w, "item inserted");
        QCOMPARE(countRule(v.findings(s), "po.over-packed"), 1);
        std::unique_ptr<ShipmentNode> owned = s.takeNode(added);
        ShipmentChange change;
        change.formerParents = { target->id() };
        change.removed = { owned.get() };
        v.revalidate(s, change);
        VERIFY_AGREES(v, w, "inserted item removed");
        QCOMPARE(countRule(v.findings(s), "po.over-packed"), 0);
    }

    // A duplicate SSCC, fixed by editing and by removing one of the two.
    {
        ShipmentNode *a = pallet0->child(0);
        ShipmentNode *b = pallet2->child(1);
        const QString original = b->line().identifierValue;
        b->line().identifierValue = a->line().identifierValue;
        v.revalidate(s, changed({ b->id() }));
        VERIFY_AGREES(v, w, "SSCC duplicated");
        QCOMPARE(countRule(v.findings(s), "sscc.duplicate"), 2);
        QCOMPARE(v.findingsFor(s, b->id()).size(), qsizetype(1));
        b->line().identifierValue = original;
        v.revalidate(s, changed({ b->id() }));
        VERIFY_AGREES(v, w, "SSCC fixed");
        QCOMPARE(countRule(v.findings(s), "sscc.duplicate"), 0);

        pallet2->line().identifierValue = a->line().identifierValue;
        v.revalidate(s, changed({ pallet2->id() }));
        VERIFY_AGREES(v, w, "pallet takes a carton's SSCC");
        QCOMPARE(countRule(v.findings(s), "sscc.duplicate"), 2);
        ShipmentNode *parent = a->parent();
        std::unique_ptr<ShipmentNode> owned = s.takeNode(a);
        ShipmentChange change;
        change.formerParents = { parent->id() };
        change.removed = { owned.get() };
        v.revalidate(s, change);
        VERIFY_AGREES(v, w, "the carton with the first SSCC removed");
        QCOMPARE(countRule(v.findings(s), "sscc.duplicate"), 0);
    }

    // A reused SSCC, a carton turned into an item, the header.
    pallet1->child(1)->line().identifierValue = kReusedSscc;
    v.revalidate(s, changed({ pallet1->child(1)->id() }));
    VERIFY_AGREES(v, w, "SSCC from the ledger");
    QCOMPARE(countRule(v.findings(s), "sscc.reused"), 1);
    pallet1->child(2)->line().type = NodeType::Item;
    v.revalidate(s, changed({ pallet1->child(2)->id() }));
    VERIFY_AGREES(v, w, "carton turned into an item");
    s.header().shipmentType = ShipmentType::SmallParcel;
    s.header().merchantShipmentNo = u"SHP-0"_s;
    ShipmentChange header;
    header.header = true;
    v.revalidate(s, header);
    VERIFY_AGREES(v, w, "header changed");
    QCOMPARE(countRule(v.findings(s), "sscc.reused"), 0);

    // Weights at the top level.
    pallet0->line().weight = Weight { 3000, WeightUnit::Pounds };
    v.revalidate(s, changed({ pallet0->id() }));
    VERIFY_AGREES(v, w, "pallet weight raised");
    QCOMPARE(countRule(v.findings(s), "shipment.weight"), 1);
    QCOMPARE(countRule(v.findings(s), "pallet.weight"), 1);

    // Everything removed, one pallet at a time.
    std::vector<std::unique_ptr<ShipmentNode>> removed;
    while (!s.lines().empty()) {
        ShipmentChange change;
        change.formerParents = { 0 };
        removed.push_back(s.takeNode(s.lines().front().get()));
        change.removed = { removed.back().get() };
        v.revalidate(s, change);
        VERIFY_AGREES(v, w, "pallet removed");
    }
    QCOMPARE(countRule(v.findings(s), "header.lines"), 1);
    QCOMPARE(v.packedUnits(u"PO1"_s, u"SKU-1"_s), qint64(0));
}

// Applies random edits, valid and invalid ones, and checks after each that revalidate() agrees
// with a full validation. skus and pos are what items may be changed to; seen collects rule ids.
static void checkRandomEdits(Shipment &s, const RuleContext &context, quint32 seed, int edits,
                             const QStringList &skus, const QStringList &pos, QSet<QString> *seen)
{
    Validator v(context);
    v.validate(s);
    const QString initial = divergence(v, s, context);
    QVERIFY2(initial.isEmpty(), qPrintable(initial));

    QRandomGenerator rng(seed);
    quint64 serial = 500000;
    std::vector<std::unique_ptr<ShipmentNode>> detached;
    QStringList used; // SSCCs handed out, to duplicate
    s.root()->forEach([&](const ShipmentNode *n) {
        if (!n->isRoot())
            used.append(n->line().identifierValue);
    });
    auto chance = [&](int percent) { return int(rng.bounded(100)) < percent; };
    auto oneOf = [&](const QStringList &list) { return list.at(rng.bounded(int(list.size()))); };

    for (int step = 0; step < edits; ++step) {
        const QList<ShipmentNode *> nodes = allNodes(s);
        auto anyNode = [&]() { return nodes.at(rng.bounded(int(nodes.size()))); };
        // A parent for `node` that is not inside it: the root or any node.
        auto anyParentFor = [&](const ShipmentNode *node) -> ShipmentNode * {
            for (int tries = 0; tries < 10; ++tries) {
                ShipmentNode *candidate = (chance(15) || nodes.isEmpty()) ? s.root() : anyNode();
                if (!node || (candidate != node && !node->isAncestorOf(candidate)))
                    return candidate;
            }
            return s.root();
        };

        int op = int(rng.bounded(17));
        if (nodes.isEmpty())
            op = 11;
        else if (s.nodeCount() > 150 && op >= 10)
            op = 9;
        ShipmentChange change;
        QString what;
        switch (op) {
        case 0: {
            ShipmentNode *n = anyNode();
            if (chance(10))
                n->line().quantity.reset();
            else
                n->line().quantity = qint64(rng.bounded(14));
            change = changed({ n->id() });
            what = u"quantity"_s;
            break;
        }
        case 1: {
            ShipmentNode *n = anyNode();
            n->line().identifierValue = oneOf(skus);
            change = changed({ n->id() });
            what = u"SKU"_s;
            break;
        }
        case 2: {
            ShipmentNode *n = anyNode();
            n->line().channelPurchaseOrderNo = oneOf(pos);
            change = changed({ n->id() });
            what = u"PO"_s;
            break;
        }
        case 3: {
            ShipmentNode *n = anyNode();
            const int kind = int(rng.bounded(5));
            QString sscc = kind == 0 ? oneOf(used)
                : kind == 1          ? ssccFor(serial++)
                : kind == 2          ? QString::fromLatin1(kBadCheckDigit)
                : kind == 3          ? u"12345"_s
                                     : kReusedSscc;
            used.append(sscc);
            n->line().identifierType = IdentifierType::Sscc;
            n->line().identifierValue = sscc;
            change = changed({ n->id() });
            what = u"SSCC "_s + sscc;
            break;
        }
        case 4: {
            ShipmentNode *n = anyNode();
            const int kind = int(rng.bounded(3));
            n->line().quantityUnit = kind == 0 ? QuantityUnit::Eaches
                : kind == 1                    ? QuantityUnit::Cases
                                               : QuantityUnit::Unknown;
            const qint64 perCase[] = { 0, 1, 3, 6 };
            if (chance(30))
                n->line().unitsPerCase.reset();
            else
                n->line().unitsPerCase = perCase[rng.bounded(4)];
            change = changed({ n->id() });
            what = u"unit of measure"_s;
            break;
        }
        case 5: {
            ShipmentNode *n = anyNode();
            if (chance(20))
                n->line().weight = Weight();
            else
                n->line().weight
                    = Weight { double(rng.bounded(1, 800)),
                               chance(50) ? WeightUnit::Pounds : WeightUnit::Kilograms };
            change = changed({ n->id() });
            what = u"weight"_s;
            break;
        }
        case 6: {
            ShipmentNode *n = anyNode();
            if (chance(20)) {
                n->line().dimensions = Dimensions();
            } else {
                n->line().dimensions
                    = Dimensions { double(rng.bounded(1, 90)), double(rng.bounded(1, 90)),
                                   double(rng.bounded(1, 90)), LengthUnit::Inches };
                if (chance(10))
                    n->line().dimensions.width.reset();
            }
            change = changed({ n->id() });
            what = u"dimensions"_s;
            break;
        }
        case 7: {
            ShipmentNode *n = anyNode();
            const NodeType types[] = { NodeType::Item, NodeType::Carton, NodeType::Pallet };
            n->line().type = types[rng.bounded(3)];
            change = changed({ n->id() });
            what = u"type"_s;
            break;
        }
        case 8: {
            ShipmentNode *n = anyNode();
            ShipmentNode *from = n->parent();
            ShipmentNode *to = anyParentFor(n);
            s.moveNode(n, to, int(rng.bounded(to->childCount() + 1)));
            change = moved(n, from);
            what = u"move #%1 from #%2 to #%3"_s.arg(n->id()).arg(from->id()).arg(to->id());
            break;
        }
        case 9: {
            ShipmentNode *n = anyNode();
            change.formerParents = { n->parent()->id() };
            what = u"remove #%1"_s.arg(n->id());
            detached.push_back(s.takeNode(n));
            change.removed = { detached.back().get() };
            break;
        }
        case 10: {
            if (detached.empty())
                continue;
            const size_t index = rng.bounded(quint32(detached.size()));
            std::unique_ptr<ShipmentNode> owned = std::move(detached[index]);
            detached.erase(detached.begin() + qsizetype(index));
            ShipmentNode *to = anyParentFor(nullptr);
            ShipmentNode *back
                = s.insertNode(to, int(rng.bounded(to->childCount() + 1)), std::move(owned));
            change = changed({ back->id() });
            what = u"reinsert #%1 under #%2"_s.arg(back->id()).arg(to->id());
            break;
        }
        case 11: {
            ShipmentNode *to = anyParentFor(nullptr);
            ShipmentNode *added
                = s.insertNode(to, int(rng.bounded(to->childCount() + 1)),
                               s.createNode(itemLine(oneOf(skus), rng.bounded(1, 6), oneOf(pos))));
            change = changed({ added->id() });
            what = u"new item under #%1"_s.arg(to->id());
            break;
        }
        case 12: {
            ShipmentNode *to = (chance(50) || nodes.isEmpty()) ? s.root() : anyNode();
            const QString sscc = ssccFor(serial++);
            used.append(sscc);
            ShipmentNode *box = s.insertNode(to, to->childCount(),
                                             s.createNode(containerLine(NodeType::Carton, sscc)));
            s.insertNode(box, 0, s.createNode(itemLine(oneOf(skus), 2, oneOf(pos))));
            change = changed({ box->id() });
            what = u"new carton under #%1"_s.arg(to->id());
            break;
        }
        case 13: {
            ShipmentHeader &h = s.header();
            switch (rng.bounded(5)) {
            case 0:
                h.shipmentType
                    = h.isTruckShipment() ? ShipmentType::SmallParcel : ShipmentType::TruckLoad;
                break;
            case 1:
                h.shipmentDate = utc("2026-03-02T08:00:00Z").addDays(rng.bounded(-5, 10));
                break;
            case 2:
                h.shipToPartyId = chance(50) ? u"ABE8"_s : u"XYZ9"_s;
                break;
            case 3:
                h.weight = Weight { double(rng.bounded(100, 3000)), WeightUnit::Pounds };
                break;
            default:
                h.merchantShipmentNo = chance(50) ? u"SHP-1"_s : u"SHP-0"_s;
                break;
            }
            change.header = true;
            what = u"header"_s;
            break;
        }
        case 14: {
            ShipmentNode *n = anyNode();
            if (chance(20))
                n->line().expiryDate = QDateTime();
            else
                n->line().expiryDate = utc("2026-03-02T00:00:00Z").addDays(rng.bounded(200));
            change = changed({ n->id() });
            what = u"expiry date"_s;
            break;
        }
        case 15: {
            ShipmentNode *a = anyNode();
            ShipmentNode *b = anyNode();
            std::swap(a->line().identifierValue, b->line().identifierValue);
            change = changed({ a->id(), b->id() });
            what = u"swap identifiers of #%1 and #%2"_s.arg(a->id()).arg(b->id());
            break;
        }
        default: {
            ShipmentNode *n = anyNode();
            const std::optional<qint64> values[] = { std::nullopt, 0, 2 };
            n->line().layersPerPallet = values[rng.bounded(3)];
            n->line().itemsPerLayer = values[rng.bounded(3)];
            change = changed({ n->id() });
            what = u"layers"_s;
            break;
        }
        }
        v.revalidate(s, change);
        const QString why = divergence(v, s, context);
        for (const Finding &f : v.findings(s))
            seen->insert(f.rule);
        QVERIFY2(why.isEmpty(), qPrintable(u"edit %1 (%2):\n%3"_s.arg(step).arg(what, why)));
    }
}

void TestValidator::revalidateRandomEdits_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("edits");
    QTest::addColumn<bool>("generated");
    QTest::newRow("hand-built, seed 1") << 1u << 300 << false;
    QTest::newRow("hand-built, seed 42") << 42u << 300 << false;
    QTest::newRow("hand-built, seed 20260302") << 20260302u << 300 << false;
    QTest::newRow("generated 3 x 4 x 3, seed 7") << 7u << 300 << true;
}

void TestValidator::revalidateRandomEdits()
{
    QFETCH(quint32, seed);
    QFETCH(int, edits);
    QFETCH(bool, generated);

    QSet<QString> seen;
    if (!generated) {
        World w;
        buildWorld(w, 3, 3, 2);
        const QStringList skus
            = { u"SKU-1"_s, u"SKU-2"_s, u"SKU-3"_s, u"SKU-4"_s, u"SKU-5"_s, u"SKU-9"_s, QString() };
        const QStringList pos
            = { u"PO1"_s, u"PO1"_s, u"PO2"_s, u"PO2"_s, u"PO3"_s, u"PO4"_s, u"PO9"_s, QString() };
        checkRandomEdits(w.shipment, w.context, seed, edits, skus, pos, &seen);
    } else {
        ShipmentGenerator::Options options;
        options.pallets = 3;
        options.cartonsPerPallet = 4;
        options.skusPerCarton = 3;
        options.seed = seed;
        ShipmentGenerator::Result result = ShipmentGenerator::generate(options);
        QVERIFY2(result.shipment, qPrintable(result.error));
        QList<PurchaseOrder> orders = result.orders;
        QStringList skus = { u"SKU-9"_s, QString() };
        QStringList pos = { u"PO9"_s, QString() };
        FakeCatalog catalog;
        for (const PurchaseOrder &order : std::as_const(orders)) {
            pos.append(order.channelPurchaseOrderNo);
            for (const PurchaseOrderLine &line : order.lines) {
                skus.append(line.merchantProductNo);
                Product product;
                product.sku = line.merchantProductNo;
                product.unitWeightGrams = 450;
                catalog.products.append(product);
            }
        }
        PurchaseOrder cancelled = purchaseOrder(u"PO-CANCELLED"_s, { orderLine(skus.at(2), 9, 9) },
                                                result.shipment->header().shipToPartyId);
        cancelled.status = PurchaseOrderStatus::Cancelled;
        orders.append(cancelled);
        pos.append(cancelled.channelPurchaseOrderNo);
        const OrderBook book(orders);
        FakeHistory history;
        history.add(kReusedSscc, u"SHP-0"_s);
        RuleContext context;
        context.orders = &book;
        context.products = &catalog;
        context.ssccHistory = &history;

        // The generator promises a valid shipment: the rules must agree before any edit.
        const Findings before = Validator::validateOnce(*result.shipment, context);
        QVERIFY2(countSeverity(before, Severity::Error) == 0, qPrintable(describe(before)));
        checkRandomEdits(*result.shipment, context, seed, edits, skus, pos, &seen);
    }
    if (QTest::currentTestFailed())
        return;
    // The edits must have been varied enough to mean something.
    QStringList rules = seen.values();
    rules.sort();
    QVERIFY2(seen.size() >= 30, qPrintable(rules.join(u", "_s)));
}

void TestValidator::checkMove_data()
{
    // The shipment: pallet 0 with carton A (10 x SKU-1), pallet 1 with carton B (3 x SKU-2).
    // Nodes are named by path: "P0", "P0/A", "P0/A/i", "P1", "P1/B", "P1/B/i"; "" is the root.
    QTest::addColumn<QStringList>("nodes");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("rule"); // empty: allowed

    auto row = [](const char *name, QStringList nodes, const char *target, const char *rule) {
        QTest::newRow(name) << nodes << QString::fromLatin1(target) << QString::fromLatin1(rule);
    };
    row("pallet into a carton", { u"P0"_s }, "P1/B", "nesting.pallet");
    row("pallet onto a pallet", { u"P0"_s }, "P1", "nesting.pallet");
    row("pallet into an item", { u"P1"_s }, "P0/A/i", "nesting.pallet");
    row("carton into a carton", { u"P0/A"_s }, "P1/B", "nesting.carton");
    row("carton into an item", { u"P0/A"_s }, "P1/B/i", "nesting.carton");
    row("carton to the top level of an LTL shipment", { u"P0/A"_s }, "", "pallet.loose-cartons");
    row("item to the top level", { u"P0/A/i"_s }, "", "nesting.item-top");
    row("item into an item", { u"P0/A/i"_s }, "P1/B/i", "nesting.item-children");
    row("pallet into its own item", { u"P0"_s }, "P0/A/i", "nesting.depth");
    row("carton into its own item", { u"P0/A"_s }, "P0/A/i", "nesting.depth");
    row("carton into itself", { u"P0/A"_s }, "P0/A", "nesting.depth");
    row("a carton and a pallet onto a pallet", { u"P1/B"_s, u"P1"_s }, "P0", "nesting.pallet");
    row("no target", { u"P0/A"_s }, "none", "nesting.depth");
    row("allowed: carton onto another pallet", { u"P0/A"_s }, "P1", "");
    row("allowed: carton onto its own pallet", { u"P0/A"_s }, "P0", "");
    row("allowed: item into another carton", { u"P0/A/i"_s }, "P1/B", "");
    row("allowed: item directly onto a pallet", { u"P0/A/i"_s }, "P1", "");
    row("allowed: pallet at the top level", { u"P1"_s }, "", "");
    row("allowed: two cartons onto one pallet", { u"P0/A"_s, u"P1/B"_s }, "P0", "");
}

namespace {

const char kMoveShipment[] = R"({
  "ChannelId": 1,
  "Model": {
    "MerchantShipmentNo": "SHP-1", "CarrierShipmentNo": "PRO-1", "BillOfLadingNo": "BOL-1",
    "ShipmentType": "LESS_THAN_TRUCK_LOAD",
    "ShipmentDate": "2026-03-02T08:00:00Z", "EstimatedDeliveryDate": "2026-03-05T08:00:00Z",
    "SellingPartyId": "ACME1", "ShipFromPartyId": "ACME1-DC", "ShipToPartyId": "ABE8",
    "Lines": [
      { "Type": "PALLET", "IdentifierType": "SSCC", "IdentifierValue": "106141411234567897",
        "LayersPerPallet": 1, "ItemsPerLayer": 1,
        "Lines": [ { "Type": "CARTON", "IdentifierType": "SSCC",
                     "IdentifierValue": "006141411234567890",
                     "Lines": [ { "Type": "ITEM", "IdentifierType": "SKU",
                                  "IdentifierValue": "SKU-1", "Quantity": 10,
                                  "QuantityUnitOfMeasure": "EACHES",
                                  "ChannelPurchaseOrderNo": "PO1" } ] } ] },
      { "Type": "PALLET", "IdentifierType": "SSCC", "IdentifierValue": "340123451234567895",
        "LayersPerPallet": 1, "ItemsPerLayer": 1,
        "Lines": [ { "Type": "CARTON", "IdentifierType": "SSCC",
                     "IdentifierValue": "123456789012345675",
                     "Lines": [ { "Type": "ITEM", "IdentifierType": "SKU",
                                  "IdentifierValue": "SKU-2", "Quantity": 3,
                                  "QuantityUnitOfMeasure": "EACHES",
                                  "ChannelPurchaseOrderNo": "PO1" } ] } ] }
    ]
  }
})";

// PO1 to ABE8: SKU-1 10 of 10 accepted, SKU-2 5 of 10 accepted, SKU-3 rejected; PO2 to another
// FC; PO3 cancelled.
QList<PurchaseOrder> moveOrders()
{
    QList<PurchaseOrder> orders;
    orders.append(purchaseOrder(u"PO1"_s,
                                { orderLine(u"SKU-1"_s, 10, 10), orderLine(u"SKU-2"_s, 10, 5),
                                  rejectedLine(u"SKU-3"_s, 4) }));
    orders.append(purchaseOrder(u"PO2"_s, { orderLine(u"SKU-1"_s, 10, 10) }, u"XYZ9"_s));
    PurchaseOrder cancelled = purchaseOrder(u"PO3"_s, { orderLine(u"SKU-1"_s, 10, 10) });
    cancelled.status = PurchaseOrderStatus::Cancelled;
    orders.append(cancelled);
    return orders;
}

const ShipmentNode *nodeAt(const Shipment &shipment, const QString &path)
{
    if (path == u"none"_s)
        return nullptr;
    const ShipmentNode *node = shipment.root();
    if (path.isEmpty())
        return node;
    for (const QString &part : path.split(u'/')) {
        if (part == u"P0"_s)
            node = node->child(0);
        else if (part == u"P1"_s)
            node = node->child(1);
        else
            node = node->child(0); // A, B, i: the only child
    }
    return node;
}

} // namespace

void TestValidator::checkMove()
{
    QFETCH(QStringList, nodes);
    QFETCH(QString, target);
    QFETCH(QString, rule);

    ShipmentDocument doc = ShipmentJson::read(QByteArray(kMoveShipment));
    QVERIFY(doc.isReadable() && doc.findings.isEmpty());
    const OrderBook orders(moveOrders());
    RuleContext context;
    context.orders = &orders;
    Validator validator(context);
    validator.validate(*doc.shipment);
    QCOMPARE(validator.count(Severity::Error), 0);

    QList<const ShipmentNode *> moving;
    for (const QString &path : nodes)
        moving.append(nodeAt(*doc.shipment, path));
    const MoveCheck check
        = validator.checkMove(*doc.shipment, moving, nodeAt(*doc.shipment, target));
    QCOMPARE(check.allowed, rule.isEmpty());
    QCOMPARE(bool(check), rule.isEmpty());
    QCOMPARE(check.rule, rule);
    QCOMPARE(check.reason.isEmpty(), rule.isEmpty());
}

void TestValidator::checkInsert_data()
{
    QTest::addColumn<QString>("target"); // a path as in checkMove_data
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("po");
    QTest::addColumn<QString>("sku");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<int>("unitsPerCase"); // 0: EACHES
    QTest::addColumn<bool>("withOrders");
    QTest::addColumn<QString>("rule"); // empty: allowed

    auto row = [](const char *name, const char *target, const char *type, const char *po,
                  const char *sku, int quantity, int unitsPerCase, const char *rule,
                  bool withOrders = true) {
        QTest::newRow(name) << QString::fromLatin1(target) << QString::fromLatin1(type)
                            << QString::fromLatin1(po) << QString::fromLatin1(sku) << quantity
                            << unitsPerCase << withOrders << QString::fromLatin1(rule);
    };
    row("allowed: 2 of the 2 SKU-2 left", "P1/B", "ITEM", "PO1", "SKU-2", 2, 0, "");
    row("allowed: 2 SKU-2 directly on a pallet", "P0", "ITEM", "PO1", "SKU-2", 2, 0, "");
    row("allowed: 1 case of 2 SKU-2", "P1/B", "ITEM", "PO1", "SKU-2", 1, 2, "");
    row("over-packed: 3 SKU-2, 2 left", "P1/B", "ITEM", "PO1", "SKU-2", 3, 0, "po.over-packed");
    row("over-packed: 1 case of 3 SKU-2", "P1/B", "ITEM", "PO1", "SKU-2", 1, 3, "po.over-packed");
    row("over-packed: 1 SKU-1, all packed", "P1/B", "ITEM", "PO1", "SKU-1", 1, 0, "po.over-packed");
    row("PO for another FC", "P1/B", "ITEM", "PO2", "SKU-1", 1, 0, "po.ship-to");
    row("cancelled PO", "P1/B", "ITEM", "PO3", "SKU-1", 1, 0, "po.status");
    row("unknown PO", "P1/B", "ITEM", "PO9", "SKU-1", 1, 0, "po.unknown");
    row("SKU not on the PO", "P1/B", "ITEM", "PO1", "SKU-9", 1, 0, "po.sku");
    row("rejected line", "P1/B", "ITEM", "PO1", "SKU-3", 1, 0, "po.rejected");
    row("item without a PO", "P1/B", "ITEM", "", "SKU-1", 1, 0, "item.po");
    row("item at the top level", "", "ITEM", "PO1", "SKU-2", 1, 0, "nesting.item-top");
    row("item into an item", "P1/B/i", "ITEM", "PO1", "SKU-2", 1, 0, "nesting.item-children");
    row("carton into a carton", "P1/B", "CARTON", "", "", 0, 0, "nesting.carton");
    row("pallet onto a pallet", "P1", "PALLET", "", "", 0, 0, "nesting.pallet");
    row("allowed: carton onto a pallet", "P1", "CARTON", "", "", 0, 0, "");
    row("allowed: pallet at the top level", "", "PALLET", "", "", 0, 0, "");
    row("allowed without orders: anything on any PO", "P1/B", "ITEM", "PO9", "SKU-9", 99, 0, "",
        false);
}

void TestValidator::checkInsert()
{
    QFETCH(QString, target);
    QFETCH(QString, type);
    QFETCH(QString, po);
    QFETCH(QString, sku);
    QFETCH(int, quantity);
    QFETCH(int, unitsPerCase);
    QFETCH(bool, withOrders);
    QFETCH(QString, rule);

    ShipmentDocument doc = ShipmentJson::read(QByteArray(kMoveShipment));
    QVERIFY(doc.isReadable());
    const OrderBook orders(moveOrders());
    RuleContext context;
    context.orders = withOrders ? &orders : nullptr;
    Validator validator(context);
    validator.validate(*doc.shipment);

    ShipmentLine line;
    line.type = enumFromWire<NodeType>(type);
    if (line.type == NodeType::Item) {
        line = itemLine(sku, quantity, po);
        if (unitsPerCase > 0) {
            line.quantityUnit = QuantityUnit::Cases;
            line.unitsPerCase = unitsPerCase;
        }
    } else {
        line = containerLine(line.type, ssccFor(77));
    }
    const MoveCheck check
        = validator.checkInsert(*doc.shipment, line, nodeAt(*doc.shipment, target));
    QVERIFY2(check.rule == rule, qPrintable(check.rule + u": "_s + check.reason));
    QCOMPARE(check.allowed, rule.isEmpty());
    QCOMPARE(check.reason.isEmpty(), rule.isEmpty());
}

void TestValidator::checkInsertFollowsPackedUnits()
{
    ShipmentDocument doc = ShipmentJson::read(QByteArray(kMoveShipment));
    Shipment &s = *doc.shipment;
    const OrderBook orders(moveOrders());
    RuleContext context;
    context.orders = &orders;
    Validator validator(context);
    validator.validate(s);
    QCOMPARE(validator.packedUnits(u"PO1"_s, u"SKU-2"_s), qint64(3));

    ShipmentNode *cartonB = s.lines()[1]->child(0);
    const ShipmentLine two = itemLine(u"SKU-2"_s, 2, u"PO1"_s);
    QVERIFY(validator.checkInsert(s, two, cartonB));
    ShipmentNode *added = s.insertNode(cartonB, 1, s.createNode(two));
    validator.revalidate(s, changed({ added->id() }));
    QCOMPARE(validator.packedUnits(u"PO1"_s, u"SKU-2"_s), qint64(5));
    QCOMPARE(validator.count(Severity::Error), 0);

    const MoveCheck more = validator.checkInsert(s, itemLine(u"SKU-2"_s, 1, u"PO1"_s), cartonB);
    QVERIFY(!more);
    QCOMPARE(more.rule, u"po.over-packed"_s);

    // Removing the first SKU-2 item makes room again.
    std::unique_ptr<ShipmentNode> owned = s.takeNode(cartonB->child(0));
    ShipmentChange change;
    change.formerParents = { cartonB->id() };
    change.removed = { owned.get() };
    validator.revalidate(s, change);
    QCOMPARE(validator.packedUnits(u"PO1"_s, u"SKU-2"_s), qint64(2));
    QVERIFY(validator.checkInsert(s, itemLine(u"SKU-2"_s, 3, u"PO1"_s), cartonB));
}

void TestValidator::checkMoveLooseCartonDependsOnShipmentType()
{
    ShipmentDocument doc = ShipmentJson::read(QByteArray(kMoveShipment));
    Shipment &s = *doc.shipment;
    Validator validator;
    validator.validate(s);
    const ShipmentNode *cartonA = s.lines()[0]->child(0);
    QCOMPARE(validator.checkMove(s, { cartonA }, s.root()).rule, u"pallet.loose-cartons"_s);
    s.header().shipmentType = ShipmentType::TruckLoad;
    QCOMPARE(validator.checkMove(s, { cartonA }, s.root()).rule, u"pallet.loose-cartons"_s);
    s.header().shipmentType = ShipmentType::SmallParcel;
    QVERIFY(validator.checkMove(s, { cartonA }, s.root()));
    s.header().shipmentType = ShipmentType::None;
    QVERIFY(validator.checkMove(s, { cartonA }, s.root()));
}

QTEST_APPLESS_MAIN(TestValidator)

#include "tst_validator.moc"
