// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gs1.h"
#include "core/shipmentjson.h"
#include "core/validator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace VendorPack;

namespace {

QString dataPath(const QString &relative)
{
    return QStringLiteral(VENDORPACK_TEST_DATA "/") + relative;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString describe(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines.append(f.toText());
    return lines.join(QLatin1Char('\n'));
}

// "severity rule pointer" of every finding, sorted: what the tests compare.
QStringList keys(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings) {
        out.append(Finding::severityName(f.severity) + QLatin1Char(' ') + f.rule + QLatin1Char(' ')
                   + f.pointer);
    }
    std::sort(out.begin(), out.end());
    return out;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

QByteArray extra(const QByteArray &fields)
{
    return fields.isEmpty() ? QByteArray() : ',' + fields;
}

// A small shipment: one pallet holding one carton with two lines. The extras go into the Model,
// the pallet (/Model/Lines/0), the carton (/Model/Lines/0/Lines/0) and the carton's second
// entry, which is given whole (/Model/Lines/0/Lines/0/Lines/1).
QByteArray shipmentWith(const QByteArray &header, const QByteArray &pallet,
                        const QByteArray &carton, const QByteArray &secondEntry)
{
    return R"({"ChannelId":1,"Model":{"MerchantShipmentNo":"SPN-1","SellingPartyId":"ACME1",)"
           R"("ShipFromPartyId":"ACME1","ShipToPartyId":"BHX4")"
        + extra(header)
        + R"(,"Lines":[{"Type":"PALLET","IdentifierType":"SSCC",)"
          R"("IdentifierValue":"006141410000000029")"
        + extra(pallet)
        + R"(,"Lines":[{"Type":"CARTON","IdentifierType":"SSCC",)"
          R"("IdentifierValue":"006141410000000036")"
        + extra(carton)
        + R"(,"Lines":[{"Type":"ITEM","IdentifierType":"SKU","IdentifierValue":"SKU-1",)"
          R"("Quantity":1,"QuantityUnitOfMeasure":"EACHES","ChannelPurchaseOrderNo":"PO1"},)"
        + secondEntry + "]}]}]}}";
}

// As shipmentWith(), with the carton's second line made of the given fields alone.
QByteArray shipment(const QByteArray &header = {}, const QByteArray &pallet = {},
                    const QByteArray &carton = {}, const QByteArray &item = {})
{
    return shipmentWith(header, pallet, carton, '{' + item + '}');
}

QByteArray replaced(QByteArray json, const char *before, const QByteArray &after)
{
    Q_ASSERT(json.contains(before));
    return json.replace(before, after);
}

const char *const kPallet = "/Model/Lines/0";
const char *const kCarton = "/Model/Lines/0/Lines/0";
const char *const kItem = "/Model/Lines/0/Lines/0/Lines/1";

QString at(const char *node, const char *field)
{
    return QLatin1String(node) + QLatin1String(field);
}

RuleContext contextFor(const ShipmentDocument &doc)
{
    RuleContext context;
    context.pointerPrefix = doc.pointerPrefix;
    context.requireChannelId = !doc.bareModel;
    return context;
}

// A valid SSCC with the GS1 example company prefix 0614141 and the given serial.
QByteArray sscc(int extension, qint64 serial)
{
    const QString body = QString::number(extension) + QStringLiteral("0614141")
        + QStringLiteral("%1").arg(serial, 9, 10, QLatin1Char('0'));
    return body.toLatin1() + QByteArray::number(Gs1::checkDigit(body));
}

// Every finding that names a node lies inside that node's part of the document.
void verifyNodesMatchPointers(const ShipmentDocument &doc)
{
    for (const Finding &f : doc.findings) {
        if (f.node == 0)
            continue;
        const ShipmentNode *node = doc.shipment->node(f.node);
        QVERIFY2(node, qPrintable(f.toText()));
        const QString prefix = node->pointer(doc.pointerPrefix);
        QVERIFY2(f.pointer == prefix || f.pointer.startsWith(prefix + QLatin1Char('/')),
                 qPrintable(f.toText() + QLatin1String(" names node ") + prefix));
    }
}

} // namespace

// Tests ShipmentJson: lenient reading with exact pointers and rules, the canonical writer, golden
// round trips, and files that are missing, broken, hostile or huge.
class TestShipmentJson : public QObject
{
    Q_OBJECT

private slots:
    void lenientReading_data();
    void lenientReading();
    void acceptedWithoutFindings_data();
    void acceptedWithoutFindings();
    void seedExampleOneNestedArrayIsOneError();
    void placeholdersKeepLaterPointers();
    void bareModelPointersHaveNoPrefix();
    void bareModelMayCarryAChannelId();
    void rootMustBeAnObject_data();
    void rootMustBeAnObject();
    void documentWithoutModel();
    void emptyObjectIsABareModel();
    void linesNestedTooDeepAreNotRead();
    void writesTheCanonicalForm();
    void writeOmitsEmptyFields();
    void roundTripIsByteIdentical_data();
    void roundTripIsByteIdentical();
    void badFiles_data();
    void badFiles();
    void hugeFileIsRead();
};

void TestShipmentJson::lenientReading_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QByteArray>("written"); // in the compact output, when not empty

    const int error = int(Severity::Error);
    const int warning = int(Severity::Warning);
    const QByteArray dims = R"("Height":10,"Width":20,"Length":30,)";

    // Aliases of the seed: accepted with a warning, written canonically.
    const struct
    {
        const char *row;
        const char *unit;
        const char *canonical;
    } lengthAliases[] = {
        { "length unit INCH", "INCH", "INCHES" },     { "length unit Inches", "Inches", "INCHES" },
        { "length unit inches", "inches", "INCHES" }, { "length unit Feet", "Feet", "FEET" },
        { "length unit FOOT", "FOOT", "FEET" },       { "length unit Meter", "Meter", "METER" },
        { "length unit METERS", "METERS", "METER" },  { "length unit Yard", "Yard", "YARD" },
    };
    for (const auto &a : lengthAliases) {
        QTest::newRow(a.row) << shipment(
            {}, {}, R"("Dimensions":{)" + dims + R"("Unit":")" + a.unit + "\"}")
                             << "schema.alias" << warning << at(kCarton, "/Dimensions/Unit")
                             << QByteArray(QByteArray(R"("Unit":")") + a.canonical + '"');
    }
    const struct
    {
        const char *row;
        const char *unit;
        const char *canonical;
    } weightAliases[] = {
        { "weight unit GRAM", "GRAM", "GRAMS" },
        { "weight unit Grams", "Grams", "GRAMS" },
        { "weight unit KILOGRAM", "KILOGRAM", "KILOGRAMS" },
        { "weight unit Kilograms", "Kilograms", "KILOGRAMS" },
        { "weight unit OUNCE", "OUNCE", "OUNCES" },
        { "weight unit Ounces", "Ounces", "OUNCES" },
        { "weight unit POUND", "POUND", "POUNDS" },
        { "weight unit Pounds", "Pounds", "POUNDS" },
    };
    for (const auto &a : weightAliases) {
        QTest::newRow(a.row) << shipment(
            {}, {}, R"("Weight":{"Value":5,"Unit":")" + QByteArray(a.unit) + "\"}")
                             << "schema.alias" << warning << at(kCarton, "/Weight/Unit")
                             << QByteArray(QByteArray(R"("Unit":")") + a.canonical + '"');
    }
    QTest::newRow("header length unit INCH")
        << shipment(R"("Dimensions":{)" + dims + R"("Unit":"INCH"})") << "schema.alias" << warning
        << "/Model/Dimensions/Unit" << QByteArray(R"("Unit":"INCHES")");
    QTest::newRow("header weight unit POUND")
        << shipment(R"("Weight":{"Value":900,"Unit":"POUND"})") << "schema.alias" << warning
        << "/Model/Weight/Unit" << QByteArray(R"("Unit":"POUNDS")");
    QTest::newRow("quantity unit ITEM")
        << shipment({}, {}, {}, R"("Quantity":5,"QuantityUnitOfMeasure":"ITEM")") << "schema.alias"
        << warning << at(kItem, "/QuantityUnitOfMeasure")
        << QByteArray(R"("Quantity":5,"QuantityUnitOfMeasure":"EACHES")");
    QTest::newRow("quantity unit CASE")
        << shipment({}, {}, {}, R"("QuantityUnitOfMeasure":"CASE","UnitsPerCase":6)")
        << "schema.alias" << warning << at(kItem, "/QuantityUnitOfMeasure")
        << QByteArray(R"("QuantityUnitOfMeasure":"CASES","UnitsPerCase":6)");
    QTest::newRow("quantity unit eaches")
        << shipment({}, {}, {}, R"("QuantityUnitOfMeasure":"eaches")") << "schema.alias" << warning
        << at(kItem, "/QuantityUnitOfMeasure") << QByteArray(R"("QuantityUnitOfMeasure":"EACHES")");
    QTest::newRow("quantity unit with spaces around it")
        << shipment({}, {}, {}, R"("QuantityUnitOfMeasure":" EACHES ")") << "schema.alias"
        << warning << at(kItem, "/QuantityUnitOfMeasure")
        << QByteArray(R"("QuantityUnitOfMeasure":"EACHES")");
    QTest::newRow("type in lower case")
        << shipment({}, {}, {}, R"("Type":"item")") << "schema.alias" << warning
        << at(kItem, "/Type") << QByteArray(R"({"Type":"ITEM"})");
    QTest::newRow("identifier type in lower case")
        << shipment({}, {}, {}, R"("IdentifierType":"gtin")") << "schema.alias" << warning
        << at(kItem, "/IdentifierType") << QByteArray(R"({"IdentifierType":"GTIN"})");
    QTest::newRow("handling code in lower case")
        << shipment({}, {}, R"("HandlingCode":"fragile")") << "schema.alias" << warning
        << at(kCarton, "/HandlingCode") << QByteArray(R"("HandlingCode":"FRAGILE")");
    QTest::newRow("shipment type in lower case")
        << shipment(R"("ShipmentType":"truck_load")") << "schema.alias" << warning
        << "/Model/ShipmentType" << QByteArray(R"("ShipmentType":"TRUCK_LOAD")");
    QTest::newRow("transportation mode capitalised")
        << shipment(R"("TransportationMode":"Road")") << "schema.alias" << warning
        << "/Model/TransportationMode" << QByteArray(R"("TransportationMode":"ROAD")");

    // Numbers written as strings: accepted with a warning, written as numbers.
    QTest::newRow("quantity \"96\"")
        << shipment({}, {}, {}, R"("Quantity":"96")") << "schema.string-number" << warning
        << at(kItem, "/Quantity") << QByteArray(R"({"Quantity":96})");
    QTest::newRow("quantity \" 96 \" with spaces")
        << shipment({}, {}, {}, R"("Quantity":" 96 ")") << "schema.string-number" << warning
        << at(kItem, "/Quantity") << QByteArray(R"({"Quantity":96})");
    QTest::newRow("units per case as a string")
        << shipment({}, {}, {}, R"("UnitsPerCase":"12")") << "schema.string-number" << warning
        << at(kItem, "/UnitsPerCase") << QByteArray(R"({"UnitsPerCase":12})");
    QTest::newRow("layers per pallet as a string")
        << shipment({}, R"("LayersPerPallet":"4")") << "schema.string-number" << warning
        << at(kPallet, "/LayersPerPallet") << QByteArray(R"("LayersPerPallet":4)");
    QTest::newRow("items per layer as a string")
        << shipment({}, R"("ItemsPerLayer":"6")") << "schema.string-number" << warning
        << at(kPallet, "/ItemsPerLayer") << QByteArray(R"("ItemsPerLayer":6)");
    QTest::newRow("height as a string")
        << shipment({}, {},
                    R"("Dimensions":{"Height":"10.5","Width":20,"Length":30,)"
                    R"("Unit":"INCHES"})")
        << "schema.string-number" << warning << at(kCarton, "/Dimensions/Height")
        << QByteArray(R"("Height":10.5)");
    QTest::newRow("weight value as a string")
        << shipment({}, {}, R"("Weight":{"Value":"12.50","Unit":"KILOGRAMS"})")
        << "schema.string-number" << warning << at(kCarton, "/Weight/Value")
        << QByteArray(R"("Value":12.5)");
    QTest::newRow("header weight value as a string")
        << shipment(R"("Weight":{"Value":"900","Unit":"KILOGRAMS"})") << "schema.string-number"
        << warning << "/Model/Weight/Value" << QByteArray(R"("Value":900)");
    QTest::newRow("channel id as a string")
        << replaced(shipment(), R"("ChannelId":1)", R"("ChannelId":"1")") << "schema.string-number"
        << warning << "/ChannelId" << QByteArray(R"({"ChannelId":1,)");

    // Fields the API does not know: a warning, not written.
    QTest::newRow("unknown header field")
        << shipment(R"("Priority":"HIGH")") << "schema.unknown-field" << warning
        << "/Model/Priority" << QByteArray();
    QTest::newRow("unknown envelope field")
        << replaced(shipment(), R"("ChannelId":1,)", R"("ChannelId":1,"Version":2,)")
        << "schema.unknown-field" << warning << "/Version" << QByteArray();
    QTest::newRow("unknown line field")
        << shipment({}, {}, {}, R"("Colour":"blue")") << "schema.unknown-field" << warning
        << at(kItem, "/Colour") << QByteArray("{}]");
    QTest::newRow("unknown field in dimensions")
        << shipment({}, {}, R"("Dimensions":{)" + dims + R"("Unit":"FEET","Depth":2})")
        << "schema.unknown-field" << warning << at(kCarton, "/Dimensions/Depth")
        << QByteArray(R"("Length":30,"Unit":"FEET"})");
    QTest::newRow("unknown field in weight")
        << shipment({}, {}, R"("Weight":{"Value":1,"Unit":"POUNDS","Tare":0.2})")
        << "schema.unknown-field" << warning << at(kCarton, "/Weight/Tare")
        << QByteArray(R"("Weight":{"Value":1,"Unit":"POUNDS"})");
    QTest::newRow("field name in the wrong case")
        << shipment({}, {}, {}, R"("quantity":5)") << "schema.unknown-field" << warning
        << at(kItem, "/quantity") << QByteArray("{}]");
    QTest::newRow("unknown field name with a slash and a tilde")
        << shipment({}, {}, {}, R"("a/b~c":1)") << "schema.unknown-field" << warning
        << at(kItem, "/a~1b~0c") << QByteArray();
    QTest::newRow("unknown field name with an escape")
        << shipment({}, {}, {}, R"("Col\u006fur":1)") << "schema.unknown-field" << warning
        << at(kItem, "/Colour") << QByteArray();
    QTest::newRow("empty field name") << shipment({}, {}, {}, R"("":1)") << "schema.unknown-field"
                                      << warning << at(kItem, "/") << QByteArray();

    // Entries of Lines that are not objects: an error at the entry; it is not written.
    QTest::newRow("line entry that is an array")
        << shipmentWith({}, {}, {}, R"([{"Type":"ITEM","Quantity":"5"}])") << "schema.type" << error
        << kItem << QByteArray(R"("PO1"}]}]}]}})");
    QTest::newRow("line entry that is a string")
        << shipmentWith({}, {}, {}, R"("SKU-2")") << "schema.type" << error << kItem
        << QByteArray(R"("PO1"}]}]}]}})");
    QTest::newRow("line entry that is a number")
        << shipmentWith({}, {}, {}, "42") << "schema.type" << error << kItem << QByteArray();
    QTest::newRow("line entry that is null")
        << shipmentWith({}, {}, {}, "null") << "schema.type" << error << kItem << QByteArray();
    QTest::newRow("line entry that is true")
        << shipmentWith({}, {}, {}, "true") << "schema.type" << error << kItem << QByteArray();
    QTest::newRow("lines that are an object")
        << shipment({}, {}, {}, R"("Lines":{"Type":"ITEM"})") << "schema.type" << error
        << at(kItem, "/Lines") << QByteArray("{}]");
    QTest::newRow("lines that are a string")
        << shipment({}, {}, {}, R"("Lines":"none")") << "schema.type" << error
        << at(kItem, "/Lines") << QByteArray();

    // A value of the wrong type: an error at the value; the field is left out.
    QTest::newRow("quantity as text")
        << shipment({}, {}, {}, R"("Quantity":"many")") << "schema.type" << error
        << at(kItem, "/Quantity") << QByteArray("{}]");
    QTest::newRow("quantity as empty text")
        << shipment({}, {}, {}, R"("Quantity":"")") << "schema.type" << error
        << at(kItem, "/Quantity") << QByteArray("{}]");
    QTest::newRow("quantity as text with a fraction")
        << shipment({}, {}, {}, R"("Quantity":"9.6")") << "schema.type" << error
        << at(kItem, "/Quantity") << QByteArray("{}]");
    QTest::newRow("quantity as an object")
        << shipment({}, {}, {}, R"("Quantity":{})") << "schema.type" << error
        << at(kItem, "/Quantity") << QByteArray("{}]");
    QTest::newRow("quantity as an array")
        << shipment({}, {}, {}, R"("Quantity":[96])") << "schema.type" << error
        << at(kItem, "/Quantity") << QByteArray("{}]");
    QTest::newRow("quantity as a boolean")
        << shipment({}, {}, {}, R"("Quantity":true)") << "schema.type" << error
        << at(kItem, "/Quantity") << QByteArray("{}]");
    QTest::newRow("quantity with a fraction")
        << shipment({}, {}, {}, R"("Quantity":1.5)") << "schema.type" << error
        << at(kItem, "/Quantity") << QByteArray("{}]");
    QTest::newRow("quantity 1e400") << shipment({}, {}, {}, R"("Quantity":1e400)") << "schema.type"
                                    << error << at(kItem, "/Quantity") << QByteArray("{}]");
    QTest::newRow("quantity 99999999999999999999")
        << shipment({}, {}, {}, R"("Quantity":99999999999999999999)") << "schema.type" << error
        << at(kItem, "/Quantity") << QByteArray("{}]");
    QTest::newRow("quantity beyond 32 bits")
        << shipment({}, {}, {}, R"("Quantity":3000000000)") << "schema.type" << error
        << at(kItem, "/Quantity") << QByteArray("{}]");
    QTest::newRow("height as text")
        << shipment({}, {},
                    R"("Dimensions":{"Height":"tall","Width":20,"Length":30,)"
                    R"("Unit":"INCHES"})")
        << "schema.type" << error << at(kCarton, "/Dimensions/Height") << QByteArray();
    QTest::newRow("weight value 1e400")
        << shipment({}, {}, R"("Weight":{"Value":1e400,"Unit":"KILOGRAMS"})") << "schema.type"
        << error << at(kCarton, "/Weight/Value") << QByteArray();
    QTest::newRow("weight value 1e16")
        << shipment({}, {}, R"("Weight":{"Value":1e16,"Unit":"KILOGRAMS"})") << "schema.type"
        << error << at(kCarton, "/Weight/Value") << QByteArray();
    QTest::newRow("weight value as an object")
        << shipment({}, {}, R"("Weight":{"Value":{"kg":1},"Unit":"KILOGRAMS"})") << "schema.type"
        << error << at(kCarton, "/Weight/Value") << QByteArray();
    QTest::newRow("dimensions as an array")
        << shipment({}, {}, R"("Dimensions":[10,20,30])") << "schema.type" << error
        << at(kCarton, "/Dimensions") << QByteArray();
    QTest::newRow("weight as a number") << shipment({}, {}, R"("Weight":12)") << "schema.type"
                                        << error << at(kCarton, "/Weight") << QByteArray();
    QTest::newRow("unit as a number")
        << shipment({}, {}, R"("Weight":{"Value":1,"Unit":1})") << "schema.type" << error
        << at(kCarton, "/Weight/Unit") << QByteArray(R"("Weight":{"Value":1})");
    QTest::newRow("type as a number") << shipment({}, {}, {}, R"("Type":3)") << "schema.type"
                                      << error << at(kItem, "/Type") << QByteArray("{}]");
    QTest::newRow("identifier value as a number")
        << shipment({}, {}, {}, R"("IdentifierValue":12345)") << "schema.type" << error
        << at(kItem, "/IdentifierValue") << QByteArray("{}]");
    QTest::newRow("purchase order number as a number")
        << shipment({}, {}, {}, R"("ChannelPurchaseOrderNo":123)") << "schema.type" << error
        << at(kItem, "/ChannelPurchaseOrderNo") << QByteArray("{}]");
    QTest::newRow("carrier shipment number as a number")
        << shipment(R"("CarrierShipmentNo":123)") << "schema.type" << error
        << "/Model/CarrierShipmentNo" << QByteArray();
    QTest::newRow("bill of lading as an object")
        << shipment(R"("BillOfLadingNo":{})") << "schema.type" << error << "/Model/BillOfLadingNo"
        << QByteArray();
    QTest::newRow("model as an array")
        << QByteArray(R"({"ChannelId":1,"Model":[]})") << "schema.type" << error << "/Model"
        << QByteArray(R"({"ChannelId":1,"Model":{}})");
    QTest::newRow("model as null") << QByteArray(R"({"ChannelId":1,"Model":null})") << "schema.type"
                                   << error << "/Model" << QByteArray();
    QTest::newRow("channel id with a fraction")
        << QByteArray(R"({"ChannelId":1.5,"Model":{}})") << "schema.type" << error << "/ChannelId"
        << QByteArray(R"({"Model":{}})");

    // Dates that are not ISO 8601: an error at the value.
    const struct
    {
        const char *row;
        const char *date;
    } badDates[] = {
        { "expiry date in words", "next Tuesday" },
        { "expiry date in day-first form", "21/03/2027" },
        { "expiry date with month 13", "2027-13-01T00:00:00Z" },
        { "expiry date 30 February", "2027-02-30T00:00:00Z" },
        { "expiry date at 25 o'clock", "2027-03-21T25:00:00Z" },
        { "expiry date with an offset of 25 hours", "2027-03-21T10:00:00+25:00" },
        { "expiry date with a zone name", "2027-03-21T10:00:00 CET" },
        { "expiry date after 9999 in UTC", "9999-12-31T23:00:00-05:00" },
        { "expiry date before the year 1 in UTC", "0001-01-01T01:00:00+05:00" },
        { "expiry date as empty text", "" },
    };
    for (const auto &d : badDates) {
        QTest::newRow(d.row) << shipment({}, {}, {}, R"("ExpiryDate":")" + QByteArray(d.date) + '"')
                             << "schema.type" << error << at(kItem, "/ExpiryDate")
                             << QByteArray("{}]");
    }
    QTest::newRow("expiry date as a number")
        << shipment({}, {}, {}, R"("ExpiryDate":20270321)") << "schema.type" << error
        << at(kItem, "/ExpiryDate") << QByteArray("{}]");
    QTest::newRow("shipment date in words")
        << shipment(R"("ShipmentDate":"tomorrow")") << "schema.type" << error
        << "/Model/ShipmentDate" << QByteArray();

    // Values outside the enumeration.
    QTest::newRow("unknown type") << shipment({}, {}, {}, R"("Type":"BOX")") << "schema.enum"
                                  << error << at(kItem, "/Type") << QByteArray("{}]");
    QTest::newRow("empty type") << shipment({}, {}, {}, R"("Type":"")") << "schema.enum" << error
                                << at(kItem, "/Type") << QByteArray("{}]");
    QTest::newRow("unknown identifier type")
        << shipment({}, {}, {}, R"("IdentifierType":"EAN")") << "schema.enum" << error
        << at(kItem, "/IdentifierType") << QByteArray("{}]");
    QTest::newRow("unknown quantity unit")
        << shipment({}, {}, {}, R"("QuantityUnitOfMeasure":"PALLETS")") << "schema.enum" << error
        << at(kItem, "/QuantityUnitOfMeasure") << QByteArray("{}]");
    QTest::newRow("unknown length unit")
        << shipment({}, {}, R"("Dimensions":{)" + dims + R"("Unit":"CM"})") << "schema.enum"
        << error << at(kCarton, "/Dimensions/Unit") << QByteArray();
    QTest::newRow("unknown weight unit")
        << shipment({}, {}, R"("Weight":{"Value":1,"Unit":"STONE"})") << "schema.enum" << error
        << at(kCarton, "/Weight/Unit") << QByteArray();
    QTest::newRow("unknown handling code")
        << shipment({}, {}, R"("HandlingCode":"HOT")") << "schema.enum" << error
        << at(kCarton, "/HandlingCode") << QByteArray();
    QTest::newRow("unknown shipment type") << shipment(R"("ShipmentType":"FTL")") << "schema.enum"
                                           << error << "/Model/ShipmentType" << QByteArray();
    QTest::newRow("unknown transportation mode")
        << shipment(R"("TransportationMode":"RAIL")") << "schema.enum" << error
        << "/Model/TransportationMode" << QByteArray();

    // Strings longer than the API allows: an error; the text is kept as it is.
    const QByteArray x65(65, 'X');
    QTest::newRow("merchant shipment number of 65 characters")
        << replaced(shipment(), R"("SPN-1")", '"' + x65 + '"') << "schema.length" << error
        << "/Model/MerchantShipmentNo" << QByteArray(R"("MerchantShipmentNo":")" + x65);
    QTest::newRow("carrier shipment number of 65 characters")
        << shipment(R"("CarrierShipmentNo":")" + x65 + '"') << "schema.length" << error
        << "/Model/CarrierShipmentNo" << QByteArray();
    QTest::newRow("ship-to party of 51 characters")
        << replaced(shipment(), R"("BHX4")", '"' + QByteArray(51, 'P') + '"') << "schema.length"
        << error << "/Model/ShipToPartyId" << QByteArray();
    QTest::newRow("selling party of 51 characters")
        << replaced(shipment(), R"("SellingPartyId":"ACME1")",
                    R"("SellingPartyId":")" + QByteArray(51, 'P') + '"')
        << "schema.length" << error << "/Model/SellingPartyId" << QByteArray();
    QTest::newRow("purchase order number of 61 characters")
        << shipment({}, {}, {}, R"("ChannelPurchaseOrderNo":")" + QByteArray(61, '8') + '"')
        << "schema.length" << error << at(kItem, "/ChannelPurchaseOrderNo") << QByteArray();
    QTest::newRow("identifier value of 101 characters")
        << shipment({}, {}, {}, R"("IdentifierValue":")" + QByteArray(101, 'S') + '"')
        << "schema.length" << error << at(kItem, "/IdentifierValue") << QByteArray();
    QTest::newRow("lot number of 65 characters")
        << shipment({}, {}, {}, R"("LotNo":")" + x65 + '"') << "schema.length" << error
        << at(kItem, "/LotNo") << QByteArray();

    // The same field twice: an error at the second one; the last value is used.
    QTest::newRow("quantity given twice")
        << shipment({}, {}, {}, R"("Quantity":1,"Quantity":2)") << "schema.type" << error
        << at(kItem, "/Quantity") << QByteArray(R"({"Quantity":2})");
    QTest::newRow("quantity given twice, once with an escape")
        << shipment({}, {}, {}, R"("Quantity":1,"Qu\u0061ntity":3)") << "schema.type" << error
        << at(kItem, "/Quantity") << QByteArray(R"({"Quantity":3})");
    QTest::newRow("header field given twice")
        << shipment(R"("CarrierName":"A","CarrierName":"B")") << "schema.type" << error
        << "/Model/CarrierName" << QByteArray(R"("CarrierName":"B")");
    QTest::newRow("unit given twice in dimensions")
        << shipment({}, {}, R"("Dimensions":{)" + dims + R"("Unit":"FEET","Unit":"YARD"})")
        << "schema.type" << error << at(kCarton, "/Dimensions/Unit")
        << QByteArray(R"("Unit":"YARD")");
    QTest::newRow("header lines given twice")
        << shipment(R"("Lines":[])") << "schema.type" << error << "/Model/Lines"
        << QByteArray(R"("IdentifierValue":"SKU-1")");
    QTest::newRow("model given twice")
        << QByteArray(R"({"ChannelId":1,"Model":{},"Model":{"MerchantShipmentNo":"S"}})")
        << "schema.type" << error << "/Model"
        << QByteArray(R"({"ChannelId":1,"Model":{"MerchantShipmentNo":"S"}})");
    QTest::newRow("channel id given twice")
        << QByteArray(R"({"ChannelId":1,"ChannelId":2,"Model":{}})") << "schema.type" << error
        << "/ChannelId" << QByteArray(R"({"ChannelId":2,"Model":{}})");
}

void TestShipmentJson::lenientReading()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, rule);
    QFETCH(int, severity);
    QFETCH(QString, pointer);
    QFETCH(QByteArray, written);

    const ShipmentDocument doc = ShipmentJson::read(json);
    QVERIFY(doc.isReadable());
    QVERIFY2(doc.findings.size() == 1, qPrintable(describe(doc.findings)));
    const Finding &f = doc.findings.first();
    QCOMPARE(f.rule, rule);
    QCOMPARE(int(f.severity), severity);
    QCOMPARE(f.pointer, pointer);
    QVERIFY(!f.message.isEmpty());
    verifyNodesMatchPointers(doc);

    const QByteArray output = ShipmentJson::write(*doc.shipment, JsonWriter::Compact);
    if (!written.isEmpty())
        QVERIFY2(output.contains(written), output.constData());

    // The canonical output reads back without the finding (except a string that is too long).
    const ShipmentDocument again = ShipmentJson::read(output);
    QVERIFY(again.isReadable());
    for (const Finding &g : again.findings)
        QVERIFY2(g.rule == QLatin1String("schema.length"), qPrintable(g.toText()));
    QCOMPARE(ShipmentJson::write(*again.shipment, JsonWriter::Compact), output);
}

void TestShipmentJson::acceptedWithoutFindings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("present"); // in the compact output
    QTest::addColumn<QByteArray>("absent"); // not in the compact output, when not empty

    QTest::newRow("whole number written with a fraction")
        << shipment({}, {}, {}, R"("Quantity":12.0)") << QByteArray(R"({"Quantity":12})")
        << QByteArray();
    QTest::newRow("whole number written with an exponent")
        << shipment({}, {}, {}, R"("Quantity":1e2)") << QByteArray(R"({"Quantity":100})")
        << QByteArray();
    QTest::newRow("negative quantity is read as written")
        << shipment({}, {}, {}, R"("Quantity":-1)") << QByteArray(R"({"Quantity":-1})")
        << QByteArray();
    QTest::newRow("decimal is written shortest")
        << shipment({}, {}, R"("Weight":{"Value":12.50,"Unit":"KILOGRAMS"})")
        << QByteArray(R"("Value":12.5,)") << QByteArray();
    QTest::newRow("null is absent") << shipment({}, {}, {}, R"("LotNo":null,"Quantity":2)")
                                    << QByteArray(R"({"Quantity":2})") << QByteArray("LotNo");
    QTest::newRow("empty text is absent") << shipment({}, {}, {}, R"("LotNo":"","Quantity":2)")
                                          << QByteArray(R"({"Quantity":2})") << QByteArray("LotNo");
    QTest::newRow("empty lines are absent") << shipment({}, {}, {}, R"("Quantity":2,"Lines":[])")
                                            << QByteArray(R"({"Quantity":2})") << QByteArray("[]");
    QTest::newRow("escaped known field name") << shipment({}, {}, {}, R"("Qu\u0061ntity":5)")
                                              << QByteArray(R"({"Quantity":5})") << QByteArray();
    QTest::newRow("date without a time")
        << shipment({}, {}, {}, R"("ExpiryDate":"2027-03-21")")
        << QByteArray(R"("ExpiryDate":"2027-03-21T00:00:00Z")") << QByteArray();
    QTest::newRow("date with an offset is written in UTC")
        << shipment({}, {}, {}, R"("ExpiryDate":"2027-03-21T01:00:00+02:00")")
        << QByteArray(R"("ExpiryDate":"2027-03-20T23:00:00Z")") << QByteArray();
    QTest::newRow("date with a compact offset")
        << shipment({}, {}, {}, R"("ExpiryDate":"2027-03-21T10:00:00+0200")")
        << QByteArray(R"("ExpiryDate":"2027-03-21T08:00:00Z")") << QByteArray();
    QTest::newRow("date without a zone is UTC")
        << shipment({}, {}, {}, R"("ExpiryDate":"2027-03-21T10:00:00")")
        << QByteArray(R"("ExpiryDate":"2027-03-21T10:00:00Z")") << QByteArray();
    QTest::newRow("date with a space for the T")
        << shipment({}, {}, {}, R"("ExpiryDate":"2027-03-21 10:00:00Z")")
        << QByteArray(R"("ExpiryDate":"2027-03-21T10:00:00Z")") << QByteArray();
    QTest::newRow("date with microseconds keeps milliseconds")
        << shipment({}, {}, {}, R"("ExpiryDate":"2027-03-21T10:00:00.123456Z")")
        << QByteArray(R"("ExpiryDate":"2027-03-21T10:00:00.123Z")") << QByteArray();
    QTest::newRow("date with zero milliseconds")
        << shipment({}, {}, {}, R"("ExpiryDate":"2027-03-21T10:00:00.000Z")")
        << QByteArray(R"("ExpiryDate":"2027-03-21T10:00:00Z")") << QByteArray();
    QTest::newRow("last day of 9999")
        << shipment({}, {}, {}, R"("ExpiryDate":"9999-12-31T23:59:59Z")")
        << QByteArray(R"("ExpiryDate":"9999-12-31T23:59:59Z")") << QByteArray();
    QTest::newRow("quantity 1 on a carton is left out")
        << shipment({}, {}, R"("Quantity":1)")
        << QByteArray(R"("IdentifierValue":"006141410000000036","Lines")")
        << QByteArray(R"("006141410000000036","Quantity")");
    QTest::newRow("quantity 2 on a carton is kept")
        << shipment({}, {}, R"("Quantity":2)")
        << QByteArray(R"("IdentifierValue":"006141410000000036","Quantity":2,)") << QByteArray();
    QTest::newRow("escapes are written as UTF-8")
        << shipment({}, {}, {}, R"("LotNo":"L\u00f6t \ud83d\udce6 \/")")
        << QByteArray("{\"LotNo\":\"L\xC3\xB6t \xF0\x9F\x93\xA6 /\"}") << QByteArray();
    QTest::newRow("control characters stay escaped")
        << shipment({}, {}, {}, R"("LotNo":"a\u0001b\tc\"d\\")")
        << QByteArray(R"({"LotNo":"a\u0001b\tc\"d\\"})") << QByteArray();
    QTest::newRow("64-character merchant shipment number")
        << replaced(shipment(), R"("SPN-1")", '"' + QByteArray(64, 'M') + '"')
        << QByteArray(64, 'M') << QByteArray();
    QTest::newRow("50-character party id")
        << replaced(shipment(), R"("BHX4")", '"' + QByteArray(50, 'P') + '"') << QByteArray(50, 'P')
        << QByteArray();
    QTest::newRow("60-character purchase order number")
        << shipment({}, {}, {}, R"("ChannelPurchaseOrderNo":")" + QByteArray(60, '8') + '"')
        << QByteArray(60, '8') << QByteArray();
    QTest::newRow("100-character identifier value")
        << shipment({}, {}, {}, R"("IdentifierValue":")" + QByteArray(100, 'S') + '"')
        << QByteArray(100, 'S') << QByteArray();
}

void TestShipmentJson::acceptedWithoutFindings()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, present);
    QFETCH(QByteArray, absent);

    const ShipmentDocument doc = ShipmentJson::read(json);
    QVERIFY(doc.isReadable());
    QVERIFY2(doc.findings.isEmpty(), qPrintable(describe(doc.findings)));
    const QByteArray output = ShipmentJson::write(*doc.shipment, JsonWriter::Compact);
    QVERIFY2(output.contains(present), output.constData());
    if (!absent.isEmpty())
        QVERIFY2(!output.contains(absent), output.constData());
    const ShipmentDocument again = ShipmentJson::read(output);
    QVERIFY2(again.findings.isEmpty(), qPrintable(describe(again.findings)));
    QCOMPARE(ShipmentJson::write(*again.shipment, JsonWriter::Compact), output);
}

void TestShipmentJson::seedExampleOneNestedArrayIsOneError()
{
    // Seed 001 example #1 wraps its item in a second array. The entry is unreadable as a whole,
    // so its "ITEM" unit alias is never reached: one error, at the inner array.
    const QByteArray json = R"({"ChannelId":1,"Model":{"MerchantShipmentNo":"SPN-56291003",
        "Lines":[{"Type":"PALLET","IdentifierType":"SSCC","IdentifierValue":"000000000000000203",
        "Lines":[[{"Type":"ITEM","IdentifierType":"SKU","IdentifierValue":"PRD-55678-C40",
        "Quantity":1400,"QuantityUnitOfMeasure":"ITEM"}]]}]}})";
    const ShipmentDocument doc = ShipmentJson::read(json);
    QVERIFY(doc.isReadable());
    QCOMPARE(keys(doc.findings),
             QStringList { QStringLiteral("error schema.type /Model/Lines/0/Lines/0") });
    QVERIFY(doc.findings.first().message.contains(QLatin1String("an array")));
    // The pallet keeps a placeholder in place of the entry; nothing of it is written.
    const ShipmentNode *pallet = doc.shipment->lines().front().get();
    QCOMPARE(pallet->childCount(), 1);
    QVERIFY(pallet->child(0)->line().isPlaceholder());
    const QByteArray output = ShipmentJson::write(*doc.shipment, JsonWriter::Compact);
    QVERIFY2(!output.contains("PRD-55678-C40"), output.constData());
    QVERIFY2(output.contains(R"("IdentifierValue":"000000000000000203"})"), output.constData());
}

void TestShipmentJson::placeholdersKeepLaterPointers()
{
    const QByteArray json = R"({"ChannelId":1,"Model":{"MerchantShipmentNo":"S",
        "SellingPartyId":"A","ShipFromPartyId":"A","ShipToPartyId":"B",
        "Lines":[{"Type":"PALLET","IdentifierType":"SSCC","IdentifierValue":"006141410000000029",
        "LayersPerPallet":1,"ItemsPerLayer":1,"Lines":["junk",[1],
        {"Type":"ITEM","IdentifierType":"SKU","IdentifierValue":"SKU-1","Quantity":"5",
         "QuantityUnitOfMeasure":"EACHES"}]}]}})";
    const ShipmentDocument doc = ShipmentJson::read(json);
    QVERIFY(doc.isReadable());
    QCOMPARE(keys(doc.findings),
             sorted({ QStringLiteral("error schema.type /Model/Lines/0/Lines/0"),
                      QStringLiteral("error schema.type /Model/Lines/0/Lines/1"),
                      QStringLiteral("warning schema.string-number "
                                     "/Model/Lines/0/Lines/2/Quantity") }));
    verifyNodesMatchPointers(doc);

    // The validator's pointers count the placeholders too.
    const Findings findings = Validator::validateOnce(*doc.shipment, contextFor(doc));
    QCOMPARE(keys(findings),
             QStringList { QStringLiteral("error item.po "
                                          "/Model/Lines/0/Lines/2/ChannelPurchaseOrderNo") });
}

void TestShipmentJson::bareModelPointersHaveNoPrefix()
{
    const QByteArray json = R"({"MerchantShipmentNo":"S","SellingPartyId":"A",
        "ShipFromPartyId":"A","ShipToPartyId":"B","Colour":"red",
        "Lines":[{"Type":"PALLET","IdentifierType":"SSCC","IdentifierValue":"006141410000000029",
        "Lines":[[],{"Type":"ITEM","IdentifierType":"SKU","IdentifierValue":"SKU-1",
        "Quantity":"5","QuantityUnitOfMeasure":"ITEM","ChannelPurchaseOrderNo":"P"}]}]})";
    const ShipmentDocument doc = ShipmentJson::read(json);
    QVERIFY(doc.isReadable());
    QVERIFY(doc.bareModel);
    QVERIFY(doc.pointerPrefix.isEmpty());
    QCOMPARE(keys(doc.findings),
             sorted({ QStringLiteral("warning schema.unknown-field /Colour"),
                      QStringLiteral("error schema.type /Lines/0/Lines/0"),
                      QStringLiteral("warning schema.string-number /Lines/0/Lines/1/Quantity"),
                      QStringLiteral("warning schema.alias "
                                     "/Lines/0/Lines/1/QuantityUnitOfMeasure") }));
    verifyNodesMatchPointers(doc);

    // A bare Model needs no ChannelId; the rules' pointers have no /Model either.
    const Findings findings = Validator::validateOnce(*doc.shipment, contextFor(doc));
    QCOMPARE(keys(findings),
             QStringList { QStringLiteral("error pallet.layers /Lines/0/LayersPerPallet") });
}

void TestShipmentJson::bareModelMayCarryAChannelId()
{
    const QByteArray json = R"({"ChannelId":3,"MerchantShipmentNo":"S","SellingPartyId":"A",
        "ShipFromPartyId":"A","ShipToPartyId":"B"})";
    const ShipmentDocument doc = ShipmentJson::read(json);
    QVERIFY(doc.isReadable());
    QVERIFY(doc.bareModel);
    QVERIFY(doc.findings.isEmpty());
    QCOMPARE(doc.shipment->header().channelId, std::optional<qint64>(3));
    QCOMPARE(doc.shipment->header().merchantShipmentNo, QStringLiteral("S"));
}

void TestShipmentJson::rootMustBeAnObject_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("found");

    QTest::newRow("array") << QByteArray("[]") << "an array";
    QTest::newRow("array of an envelope")
        << QByteArray(R"([{"ChannelId":1,"Model":{}}])") << "an array";
    QTest::newRow("string") << QByteArray(R"("shipment")") << "a string";
    QTest::newRow("number") << QByteArray("42") << "a number";
    QTest::newRow("null") << QByteArray("null") << "null";
    QTest::newRow("boolean") << QByteArray("true") << "a boolean";
}

void TestShipmentJson::rootMustBeAnObject()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, found);

    const ShipmentDocument doc = ShipmentJson::read(json);
    QVERIFY(!doc.isReadable());
    QCOMPARE(keys(doc.findings), QStringList { QStringLiteral("error schema.type ") });
    QVERIFY2(doc.findings.first().message.contains(found),
             qPrintable(doc.findings.first().message));
}

void TestShipmentJson::documentWithoutModel()
{
    const ShipmentDocument doc = ShipmentJson::read(R"({"ChannelId":1})");
    QVERIFY(doc.isReadable());
    QVERIFY(!doc.bareModel);
    QCOMPARE(keys(doc.findings), QStringList { QStringLiteral("error header.lines ") });
    // The validator does not pile header findings onto a document without a Model.
    QVERIFY(Validator::validateOnce(*doc.shipment, contextFor(doc)).isEmpty());
}

void TestShipmentJson::emptyObjectIsABareModel()
{
    const ShipmentDocument doc = ShipmentJson::read("{}");
    QVERIFY(doc.isReadable());
    QVERIFY(doc.bareModel);
    QVERIFY(doc.findings.isEmpty());
    const Findings findings = Validator::validateOnce(*doc.shipment, contextFor(doc));
    QCOMPARE(keys(findings),
             sorted({ QStringLiteral("error header.merchant-shipment-no /MerchantShipmentNo"),
                      QStringLiteral("error header.parties /SellingPartyId"),
                      QStringLiteral("error header.parties /ShipFromPartyId"),
                      QStringLiteral("error header.parties /ShipToPartyId"),
                      QStringLiteral("error header.lines ") }));
}

void TestShipmentJson::linesNestedTooDeepAreNotRead()
{
    // Ten cartons, each inside the one before, with an item at the bottom.
    QByteArray json = R"({"ChannelId":1,"Model":{"MerchantShipmentNo":"S","Lines":)";
    const int cartons = 10;
    for (int i = 0; i < cartons; ++i)
        json += R"([{"Type":"CARTON","Lines":)";
    json += R"([{"Type":"ITEM"}])";
    for (int i = 0; i < cartons; ++i)
        json += "}]";
    json += "}}";

    const ShipmentDocument doc = ShipmentJson::read(json);
    QVERIFY(doc.isReadable());
    QString deepest = QStringLiteral("/Model");
    for (int i = 0; i < ShipmentJson::kMaxLineDepth; ++i)
        deepest += QStringLiteral("/Lines/0");
    QCOMPARE(keys(doc.findings),
             QStringList { QStringLiteral("error nesting.depth ") + deepest
                           + QStringLiteral("/Lines") });
    verifyNodesMatchPointers(doc);
    QCOMPARE(doc.shipment->nodeCount(), ShipmentJson::kMaxLineDepth);

    // The validator reports the first line below the third level.
    const Findings findings = Validator::validateOnce(*doc.shipment, contextFor(doc));
    QVERIFY(keys(findings).contains(
        QStringLiteral("error nesting.depth /Model/Lines/0/Lines/0/Lines/0/Lines/0")));
    QCOMPARE(keys(findings).filter(QStringLiteral("nesting.depth")).size(), 1);
}

void TestShipmentJson::writesTheCanonicalForm()
{
    Shipment shipment;
    ShipmentHeader &h = shipment.header();
    h.channelId = 3;
    h.merchantShipmentNo = QStringLiteral("M-1");
    h.shipmentType = ShipmentType::SmallParcel;
    h.shipmentDate = QDateTime(QDate(2026, 3, 21), QTime(10, 0), Qt::OffsetFromUTC, 3600);
    h.shipToPartyId = QStringLiteral("BHX4");
    h.weight.value = 2.5;
    h.weight.unit = WeightUnit::Kilograms;

    ShipmentLine carton;
    carton.type = NodeType::Carton;
    carton.identifierType = IdentifierType::Sscc;
    carton.identifierValue = QStringLiteral("006141410000000036");
    carton.quantity = 1; // means nothing on a carton: left out
    carton.dimensions.height = 10;
    carton.dimensions.unit = LengthUnit::Inches; // incomplete, but written as it is
    ShipmentNode *cartonNode = shipment.insertNode(shipment.root(), 0, shipment.createNode(carton));

    ShipmentLine junk;
    junk.malformed = FieldPlaceholder; // an unreadable entry: not written
    shipment.insertNode(cartonNode, 0, shipment.createNode(junk));

    ShipmentLine item;
    item.type = NodeType::Item;
    item.identifierType = IdentifierType::Sku;
    item.identifierValue = QStringLiteral("SKU \"1\"");
    item.quantity = 2;
    item.quantityUnit = QuantityUnit::Cases;
    item.unitsPerCase = 6;
    item.expiryDate = QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5, 60), Qt::UTC);
    item.handlingCode = HandlingCode::HandleWithCare;
    shipment.insertNode(cartonNode, 1, shipment.createNode(item));

    const QByteArray compact = ShipmentJson::write(shipment, JsonWriter::Compact);
    QCOMPARE(compact,
             QByteArray(R"({"ChannelId":3,"Model":{"MerchantShipmentNo":"M-1",)"
                        R"("ShipmentType":"SMALL_PARCEL","ShipmentDate":"2026-03-21T09:00:00Z",)"
                        R"("ShipToPartyId":"BHX4","Weight":{"Value":2.5,"Unit":"KILOGRAMS"},)"
                        R"("Lines":[{"Type":"CARTON","IdentifierType":"SSCC",)"
                        R"("IdentifierValue":"006141410000000036",)"
                        R"("Dimensions":{"Height":10,"Unit":"INCHES"},"Lines":[{"Type":"ITEM",)"
                        R"("IdentifierType":"SKU","IdentifierValue":"SKU \"1\"","Quantity":2,)"
                        R"("QuantityUnitOfMeasure":"CASES","UnitsPerCase":6,)"
                        R"("ExpiryDate":"2027-01-02T03:04:05.060Z",)"
                        R"("HandlingCode":"HANDLE_WITH_CARE"}]}]}})"));

    const QByteArray indented = ShipmentJson::write(shipment);
    QVERIFY(indented.startsWith("{\n  \"ChannelId\": 3,\n  \"Model\": {\n    \"Merchant"));
    QVERIFY(indented.endsWith("\n  }\n}\n"));
    QCOMPARE(ShipmentJson::write(*ShipmentJson::read(indented).shipment, JsonWriter::Compact),
             compact);
}

void TestShipmentJson::writeOmitsEmptyFields()
{
    const Shipment empty;
    QCOMPARE(ShipmentJson::write(empty, JsonWriter::Compact), QByteArray(R"({"Model":{}})"));
    QCOMPARE(ShipmentJson::write(empty), QByteArray("{\n  \"Model\": {}\n}\n"));

    Shipment blanks;
    blanks.header().carrierName = QString(); // null
    blanks.header().billOfLadingNo = QStringLiteral(""); // empty
    ShipmentLine line; // nothing set
    blanks.insertNode(blanks.root(), 0, blanks.createNode(line));
    QCOMPARE(ShipmentJson::write(blanks, JsonWriter::Compact),
             QByteArray(R"({"Model":{"Lines":[{}]}})"));
}

void TestShipmentJson::roundTripIsByteIdentical_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("inputFindings");

    QTest::newRow("minimal") << "minimal" << QStringList();
    QTest::newRow("full-featured") << "full" << QStringList();
    QTest::newRow("bare Model") << "bare-model" << QStringList();

    const QString pallet = QStringLiteral("/Model/Lines/0");
    const QString carton0 = pallet + QStringLiteral("/Lines/0");
    const QString carton1 = pallet + QStringLiteral("/Lines/1");
    const QString item00 = carton0 + QStringLiteral("/Lines/0");
    const QString item01 = carton0 + QStringLiteral("/Lines/1");
    const QString item10 = carton1 + QStringLiteral("/Lines/0");
    auto alias
        = [](const QString &p) -> QString { return QStringLiteral("warning schema.alias ") + p; };
    auto number = [](const QString &p) -> QString {
        return QStringLiteral("warning schema.string-number ") + p;
    };
    QTest::newRow("aliases and string numbers")
        << "aliases-and-string-numbers"
        << sorted({ number(QStringLiteral("/ChannelId")),
                    alias(QStringLiteral("/Model/ShipmentType")),
                    alias(QStringLiteral("/Model/TransportationMode")),
                    alias(QStringLiteral("/Model/Dimensions/Unit")),
                    number(QStringLiteral("/Model/Weight/Value")),
                    alias(QStringLiteral("/Model/Weight/Unit")),
                    QStringLiteral("warning schema.unknown-field /Model/Remarks"),
                    alias(pallet + QStringLiteral("/Type")),
                    alias(pallet + QStringLiteral("/IdentifierType")),
                    number(pallet + QStringLiteral("/LayersPerPallet")),
                    number(pallet + QStringLiteral("/ItemsPerLayer")),
                    number(pallet + QStringLiteral("/Dimensions/Height")),
                    alias(pallet + QStringLiteral("/Dimensions/Unit")),
                    alias(pallet + QStringLiteral("/Weight/Unit")),
                    alias(carton0 + QStringLiteral("/Dimensions/Unit")),
                    alias(carton0 + QStringLiteral("/Weight/Unit")),
                    alias(item00 + QStringLiteral("/Weight/Unit")),
                    number(item00 + QStringLiteral("/Quantity")),
                    alias(item00 + QStringLiteral("/QuantityUnitOfMeasure")),
                    alias(item01 + QStringLiteral("/Weight/Unit")),
                    number(item01 + QStringLiteral("/Quantity")),
                    alias(item01 + QStringLiteral("/QuantityUnitOfMeasure")),
                    number(item01 + QStringLiteral("/UnitsPerCase")),
                    alias(item01 + QStringLiteral("/HandlingCode")),
                    alias(carton1 + QStringLiteral("/Dimensions/Unit")),
                    alias(carton1 + QStringLiteral("/Weight/Unit")),
                    alias(item10 + QStringLiteral("/Dimensions/Unit")),
                    alias(item10 + QStringLiteral("/QuantityUnitOfMeasure")),
                    QStringLiteral("warning schema.unknown-field ") + item10
                        + QStringLiteral("/Colour") });
}

void TestShipmentJson::roundTripIsByteIdentical()
{
    QFETCH(QString, name);
    QFETCH(QStringList, inputFindings);

    const QString folder = dataPath(QStringLiteral("shipments/") + name);
    const QByteArray expected = readAll(folder + QStringLiteral("/expected.json"));
    QVERIFY(!expected.isEmpty());

    // read(input) -> write == expected
    const ShipmentDocument input = ShipmentJson::readFile(folder + QStringLiteral("/input.json"));
    QVERIFY(input.isReadable());
    QCOMPARE(keys(input.findings), inputFindings);
    verifyNodesMatchPointers(input);
    const QByteArray written = ShipmentJson::write(*input.shipment);
    if (written != expected) {
        const QString actual = QStringLiteral(VENDORPACK_BINARY_DIR "/shipment-") + name
            + QStringLiteral(".actual.json");
        writeFile(actual, written);
        qWarning("written to %s", qPrintable(actual));
    }
    QCOMPARE(written, expected);

    // The golden inputs are sound shipments: no errors and no warnings from the rules.
    const Findings rules = Validator::validateOnce(*input.shipment, contextFor(input));
    QVERIFY2(countSeverity(rules, Severity::Error) == 0, qPrintable(describe(rules)));
    QVERIFY2(countSeverity(rules, Severity::Warning) == 0, qPrintable(describe(rules)));

    // read(expected) -> write == expected, with nothing to say.
    const ShipmentDocument canonical = ShipmentJson::read(expected);
    QVERIFY(canonical.isReadable());
    QVERIFY2(canonical.findings.isEmpty(), qPrintable(describe(canonical.findings)));
    QCOMPARE(ShipmentJson::write(*canonical.shipment), expected);

    // Through the compact form and back.
    const QByteArray compact = ShipmentJson::write(*canonical.shipment, JsonWriter::Compact);
    QVERIFY(!compact.contains('\n'));
    const ShipmentDocument fromCompact = ShipmentJson::read(compact);
    QVERIFY(fromCompact.findings.isEmpty());
    QCOMPARE(ShipmentJson::write(*fromCompact.shipment), expected);
}

void TestShipmentJson::badFiles_data()
{
    QTest::addColumn<QString>("kind"); // "file", "missing", "folder" or "sparse"
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("messagePart");

    const QByteArray none;
    QTest::newRow("missing file") << "missing" << none << false << "file.read"
                                  << ""
                                  << "no such";
    QTest::newRow("folder") << "folder" << none << false << "file.read"
                            << ""
                            << "folder";
    QTest::newRow("file over 256 MB") << "sparse" << none << false << "file.read"
                                      << ""
                                      << "at most 256 MB";
    QTest::newRow("empty file") << "file" << none << false << "json.syntax"
                                << ""
                                << "line 1, column 1";
    QTest::newRow("only a byte order mark")
        << "file" << QByteArray("\xEF\xBB\xBF") << false << "json.syntax"
        << ""
        << "line 1, column 1";
    QTest::newRow("not JSON") << "file" << QByteArray("PO,SKU,Qty\n2JK3S9VC,ACM-1,5\n") << false
                              << "json.syntax"
                              << ""
                              << "line 1, column 1";
    QTest::newRow("XML") << "file" << QByteArray("<?xml version=\"1.0\"?>\n<Shipment/>\n") << false
                         << "json.syntax"
                         << ""
                         << "line 1, column 1";
    QTest::newRow("truncated") << "file"
                               << QByteArray("{\"ChannelId\": 1,\n \"Model\": {\n  \"Lines\": [\n")
                               << false << "json.syntax"
                               << ""
                               << "line 4, column 1";
    QTest::newRow("trailing comma")
        << "file" << QByteArray("{\"ChannelId\": 1,\n \"Model\": {},\n}\n") << false
        << "json.syntax"
        << ""
        << "line 3, column 1";
    QTest::newRow("invalid UTF-8 in a string")
        << "file" << QByteArray("{\"Model\": {\"MerchantShipmentNo\": \"SPN-\xC0\xAF\"}}") << false
        << "json.syntax"
        << ""
        << "line 1, column 39: invalid UTF-8";
    QTest::newRow("Latin-1 text") << "file"
                                  << QByteArray("{\"Model\": {\"CarrierName\": \"M\xFCller\"}}")
                                  << false << "json.syntax"
                                  << ""
                                  << "invalid UTF-8";
    QTest::newRow("UTF-16 text") << "file" << QByteArray("\xFF\xFE{\0}\0", 6) << false
                                 << "json.syntax"
                                 << ""
                                 << "line 1, column 1";
    QTest::newRow("100 levels deep")
        << "file" << QByteArray(QByteArray(100, '[') + QByteArray(100, ']')) << false
        << "json.syntax"
        << ""
        << "nested more than 64 levels";
    QTest::newRow("100 levels of objects")
        << "file"
        << QByteArray(QByteArray("{\"Model\":").repeated(100) + "{}" + QByteArray(100, '}'))
        << false << "json.syntax"
        << ""
        << "line 1, column 577";
    QTest::newRow("root is an array")
        << "file" << QByteArray("[{\"ChannelId\": 1}]") << false << "schema.type"
        << ""
        << "not an array";

    // Readable, with one finding at the value.
    const QByteArray model = R"({"ChannelId":1,"Model":{"MerchantShipmentNo":"S",)"
                             R"("Lines":[{"Type":"CARTON","Lines":[{"Type":"ITEM","Quantity":)";
    QTest::newRow("quantity 1e400")
        << "file" << QByteArray(model + "1e400}]}]}}") << true << "schema.type"
        << "/Model/Lines/0/Lines/0/Quantity"
        << "1e400";
    QTest::newRow("quantity 99999999999999999999")
        << "file" << QByteArray(model + "99999999999999999999}]}]}}") << true << "schema.type"
        << "/Model/Lines/0/Lines/0/Quantity"
        << "99999999999999999999";
    QTest::newRow("quantity with 400 digits")
        << "file" << QByteArray(model + QByteArray(400, '9') + "}]}]}}") << true << "schema.type"
        << "/Model/Lines/0/Lines/0/Quantity"
        << "9999";
    QTest::newRow("quantity -1e400")
        << "file" << QByteArray(model + "-1e400}]}]}}") << true << "schema.type"
        << "/Model/Lines/0/Lines/0/Quantity"
        << "-1e400";
}

void TestShipmentJson::badFiles()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, content);
    QFETCH(bool, readable);
    QFETCH(QString, rule);
    QFETCH(QString, pointer);
    QFETCH(QString, messagePart);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(QStringLiteral("shipment.json"));
    if (kind == QLatin1String("file")) {
        QVERIFY(writeFile(path, content));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("shipment.json")));
    } else if (kind == QLatin1String("sparse")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(ShipmentJson::kMaxFileSize + 1)); // sparse: no disk space used
    }

    const ShipmentDocument doc = ShipmentJson::readFile(path);
    QCOMPARE(doc.isReadable(), readable);
    QVERIFY2(doc.findings.size() == 1, qPrintable(describe(doc.findings)));
    const Finding &f = doc.findings.first();
    QCOMPARE(f.rule, rule);
    QCOMPARE(f.severity, Severity::Error);
    QCOMPARE(f.pointer, pointer);
    QVERIFY2(f.message.contains(messagePart), qPrintable(f.message));
}

void TestShipmentJson::hugeFileIsRead()
{
    // About 50 MB: 100 pallets x 50 cartons x 40 items = 200,000 item lines.
    const int pallets = 100;
    const int cartonsPerPallet = 50;
    const int itemsPerCarton = 40;
    QByteArray json;
    json.reserve(52 * 1024 * 1024);
    json += R"({"ChannelId": 1, "Model": {"MerchantShipmentNo": "SPN-HUGE",)"
            R"( "BillOfLadingNo": "BOL-1", "ShipmentType": "TRUCK_LOAD",)"
            R"( "ShipmentDate": "2026-03-21T00:00:00Z", "SellingPartyId": "ACME1",)"
            R"( "ShipFromPartyId": "ACME1", "ShipToPartyId": "BHX4", "Lines": [)";
    qint64 serial = 0;
    for (int p = 0; p < pallets; ++p) {
        json += p ? ",\n" : "\n";
        json += R"(  {"Type": "PALLET", "IdentifierType": "SSCC", "IdentifierValue": ")"
            + sscc(1, ++serial) + R"(", "LayersPerPallet": 5, "ItemsPerLayer": 10, "Lines": [)";
        for (int c = 0; c < cartonsPerPallet; ++c) {
            json += c ? ",\n" : "\n";
            json += R"(    {"Type": "CARTON", "IdentifierType": "SSCC", "IdentifierValue": ")"
                + sscc(0, ++serial) + R"(", "Lines": [)";
            for (int i = 0; i < itemsPerCarton; ++i) {
                json += i ? ",\n" : "\n";
                json += R"(      {"Type": "ITEM", "IdentifierType": "SKU",)"
                        R"( "IdentifierValue": "PRD-)"
                    + QByteArray::number(c * itemsPerCarton + i)
                    + R"(", "Quantity": 96, "QuantityUnitOfMeasure": "EACHES",)"
                      R"( "ChannelPurchaseOrderNo": "256NSHHD", "LotNo": "L000476799",)"
                      R"( "ExpiryDate": "2027-03-21T17:35:19.379Z", "HandlingCode": "FOOD"})";
            }
            json += "]}";
        }
        json += "]}";
    }
    json += "\n]}}\n";
    QVERIFY2(json.size() > 45 * 1024 * 1024, QByteArray::number(json.size()).constData());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QVERIFY(writeFile(path, json));
    const qsizetype size = json.size();
    json = QByteArray(); // the reader holds its own copy

    QElapsedTimer timer;
    timer.start();
    const ShipmentDocument doc = ShipmentJson::readFile(path);
    const qint64 readMs = timer.restart();
    QVERIFY(doc.isReadable());
    QVERIFY2(doc.findings.isEmpty(), qPrintable(describe(doc.findings.mid(0, 5))));
    const int items = pallets * cartonsPerPallet * itemsPerCarton;
    QCOMPARE(doc.shipment->nodeCount(), pallets + pallets * cartonsPerPallet + items);

    const Findings findings = Validator::validateOnce(*doc.shipment, contextFor(doc));
    const qint64 validateMs = timer.restart();
    QCOMPARE(countSeverity(findings, Severity::Error), 0);
    QCOMPARE(countSeverity(findings, Severity::Warning), 0);
    QCOMPARE(countSeverity(findings, Severity::Info), pallets); // pallet.mixed-sku

    const QByteArray written = ShipmentJson::write(*doc.shipment, JsonWriter::Compact);
    const qint64 writeMs = timer.restart();
    const ShipmentDocument again = ShipmentJson::read(written);
    QVERIFY(again.findings.isEmpty());
    QCOMPARE(again.shipment->nodeCount(), doc.shipment->nodeCount());
    qInfo("%.1f MB: read %lld ms, validated %lld ms, written %lld ms (%.1f MB), read back %lld ms",
          double(size) / (1024 * 1024), readMs, validateMs, writeMs,
          double(written.size()) / (1024 * 1024), timer.elapsed());
    QVERIFY2(readMs < 60000, "reading 50 MB took more than a minute");
}

QTEST_APPLESS_MAIN(TestShipmentJson)
#include "tst_shipmentjson.moc"
