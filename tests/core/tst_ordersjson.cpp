// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ordersjson.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace VendorPack;

namespace {

QString dataPath(const char *name)
{
    return QStringLiteral(VENDORPACK_TEST_DATA "/orders/") + QLatin1String(name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

QString describe(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines.append(f.toText());
    return lines.join(QLatin1Char('\n'));
}

// Four POs; the last has three lines. The extras go into PO 3 and into its line 2, so that
// pointers look like /Content/3/Lines/2/Quantity.
QByteArray fourOrders(const QByteArray &orderExtra, const QByteArray &lineExtra)
{
    const QByteArray line
        = R"({"MerchantProductNo":"SKU-1","Quantity":1,"UnitOfMeasure":"EACHES"})";
    QByteArray json = R"({"Content":[)";
    for (int i = 0; i < 3; ++i)
        json += R"({"ChannelPurchaseOrderNo":"PO00000)" + QByteArray::number(i) + R"("},)";
    json += R"({"ChannelPurchaseOrderNo":"PO000003")";
    if (!orderExtra.isEmpty())
        json += ',' + orderExtra;
    json += R"(,"Lines":[)" + line + ',' + line + ',';
    json += R"({"MerchantProductNo":"SKU-2")";
    if (!lineExtra.isEmpty())
        json += ',' + lineExtra;
    json += "}]}],\"Count\":4,\"TotalCount\":4}";
    return json;
}

} // namespace

// Tests the orders JSON reader and writer: envelope, bare array, leniency, canonical output.
class TestOrdersJson : public QObject
{
    Q_OBJECT

private slots:
    void readsTheResponseEnvelope();
    void readsABareArray();
    void envelopeFieldsAreKnown();
    void roundTripIsByteIdentical_data();
    void roundTripIsByteIdentical();
    void lenientReading_data();
    void lenientReading();
    void duplicateOrderNumberKeepsTheFirst();
    void badInput_data();
    void badInput();
    void missingFileIsNotReadable_data();
    void missingFileIsNotReadable();
    void writeOmitsEmptyFields();
    void writeUsesCanonicalEnums();
    void writePageReportsPaging();
};

void TestOrdersJson::readsTheResponseEnvelope()
{
    const OrdersDocument doc = OrdersJson::readFile(dataPath("roundtrip.json"));
    QVERIFY2(doc.findings.isEmpty(), qPrintable(describe(doc.findings)));
    QVERIFY(doc.readable);
    QVERIFY(doc.hasEnvelope);
    QCOMPARE(doc.envelope.count, 3);
    QCOMPARE(doc.envelope.totalCount, 3);
    QCOMPARE(doc.envelope.statusCode, 200);
    QCOMPARE(doc.envelope.success, true);
    QCOMPARE(doc.orders.size(), 3);

    const PurchaseOrder &po = doc.orders.at(0);
    QCOMPARE(po.id, 100234);
    QCOMPARE(po.channelId, 12);
    QCOMPARE(po.globalChannelId, 1453);
    QCOMPARE(po.channelPurchaseOrderNo, QStringLiteral("2JK3S9VC"));
    QCOMPARE(po.status, PurchaseOrderStatus::InProgress);
    QCOMPARE(po.type, PurchaseOrderType::RegularOrder);
    QCOMPARE(po.createdAt, QDateTime(QDate(2026, 2, 20), QTime(10, 15, 30, 250), Qt::UTC));
    QCOMPARE(po.toShipDate, QDateTime(QDate(2026, 3, 6), QTime(0, 0), Qt::UTC));
    QCOMPARE(po.importInformation.internationalCommercialTerms, QStringLiteral("FOB"));
    QCOMPARE(po.importInformation.dealCode, QStringLiteral("SPRING26"));
    QCOMPARE(po.sellingParty.taxRegistrationType, TaxRegistrationType::Vat);
    QCOMPARE(po.sellingParty.district, QStringLiteral("West"));
    QCOMPARE(po.shipToParty.partyId, QStringLiteral("ABE8"));
    QCOMPARE(po.shipToParty.name, QStringLiteral("Amazon.com Services LLC \"ABE8\""));
    QCOMPARE(po.shipToParty.postalCode, QStringLiteral("08518"));
    QCOMPARE(po.billingParty.name,
             QStringLiteral("Amazon.com Services LLC \u2013 Accounts Payable"));
    QCOMPARE(po.lines.size(), 2);

    const PurchaseOrderLine &cases = po.lines.at(0);
    QCOMPARE(cases.id, 5001);
    QCOMPARE(cases.channelProductNo, QStringLiteral("B0C1X2Y3Z4"));
    QCOMPARE(cases.merchantProductNo, QStringLiteral("ACM-10023"));
    QCOMPARE(cases.quantity, 12);
    QCOMPARE(cases.isBackOrderAllowed, true);
    QCOMPARE(cases.unitOfMeasure, QuantityUnit::Cases);
    QCOMPARE(cases.unitSize, 6);
    QCOMPARE(cases.orderedUnits(), 72);
    QCOMPARE(cases.netCostAmount, 23.7);
    QCOMPARE(cases.listPriceAmount, 39.99);
    QCOMPARE(cases.lineTotal, 284.4);
    QCOMPARE(cases.netCostCurrency, QStringLiteral("USD"));
    QVERIFY(cases.acknowledgedDate.isValid());
    QVERIFY(cases.isAcknowledged());

    const PurchaseOrderLine &eaches = po.lines.at(1);
    QCOMPARE(eaches.unitOfMeasure, QuantityUnit::Eaches);
    QCOMPARE(eaches.isBackOrderAllowed, false);
    QVERIFY(!eaches.lineTotal);
    QVERIFY(!eaches.acknowledgedDate.isValid());

    QCOMPARE(doc.orders.at(1).type, PurchaseOrderType::RushOrder);
    QCOMPARE(doc.orders.at(2).status, PurchaseOrderStatus::Cancelled);
    QVERIFY(doc.orders.at(2).lines.isEmpty());
}

void TestOrdersJson::readsABareArray()
{
    const QByteArray json = R"([
        {"ChannelId": 3, "ChannelPurchaseOrderNo": "AAAA1111", "Status": "NEW",
         "Lines": [{"MerchantProductNo": "X", "Quantity": 5, "UnitOfMeasure": "EACHES"}]},
        {"ChannelId": 3, "ChannelPurchaseOrderNo": "BBBB2222", "Status": "IN_PROGRESS"}
    ])";
    const OrdersDocument doc = OrdersJson::read(json);
    QVERIFY2(doc.findings.isEmpty(), qPrintable(describe(doc.findings)));
    QVERIFY(doc.readable);
    QVERIFY(!doc.hasEnvelope);
    QVERIFY(!doc.envelope.count);
    QCOMPARE(doc.orders.size(), 2);
    QCOMPARE(doc.orders.at(0).lines.size(), 1);
    QCOMPARE(doc.orders.at(0).lines.at(0).quantity, 5);
    QCOMPARE(doc.orders.at(1).status, PurchaseOrderStatus::InProgress);

    const OrdersDocument empty = OrdersJson::read("[]");
    QVERIFY(empty.readable);
    QVERIFY(empty.findings.isEmpty());
    QVERIFY(empty.orders.isEmpty());
}

void TestOrdersJson::envelopeFieldsAreKnown()
{
    const QByteArray json = R"({"Content": null, "Count": 0, "TotalCount": 0,
        "ItemsPerPage": 100, "StatusCode": 400, "RequestId": "r-1", "LogId": "l-2",
        "Success": false, "Message": "Bad request", "ExceptionType": "ValidationException",
        "ValidationErrors": {"statuses": ["The value 'OPEN' is not valid.", "Second"],
                             "pageSize": null}})";
    const OrdersDocument doc = OrdersJson::read(json);
    QVERIFY2(doc.findings.isEmpty(), qPrintable(describe(doc.findings)));
    QVERIFY(doc.readable);
    QVERIFY(doc.hasEnvelope);
    QVERIFY(doc.orders.isEmpty());
    QCOMPARE(doc.envelope.itemsPerPage, 100);
    QCOMPARE(doc.envelope.statusCode, 400);
    QCOMPARE(doc.envelope.success, false);
    QCOMPARE(doc.envelope.requestId, QStringLiteral("r-1"));
    QCOMPARE(doc.envelope.logId, QStringLiteral("l-2"));
    QCOMPARE(doc.envelope.message, QStringLiteral("Bad request"));
    QCOMPARE(doc.envelope.exceptionType, QStringLiteral("ValidationException"));
    QCOMPARE(doc.envelope.validationErrors.value(QStringLiteral("statuses")).size(), 2);
    QVERIFY(doc.envelope.validationErrors.contains(QStringLiteral("pageSize")));
}

void TestOrdersJson::roundTripIsByteIdentical_data()
{
    QTest::addColumn<int>("style");
    QTest::newRow("indented") << int(JsonWriter::Indented);
    QTest::newRow("through compact") << int(JsonWriter::Compact);
}

void TestOrdersJson::roundTripIsByteIdentical()
{
    QFETCH(int, style);
    const QByteArray golden = readAll(dataPath("roundtrip.json"));
    QVERIFY(!golden.isEmpty());
    const OrdersDocument first = OrdersJson::read(golden);
    QVERIFY2(first.findings.isEmpty(), qPrintable(describe(first.findings)));

    QByteArray written = OrdersJson::write(first.orders, JsonWriter::Style(style));
    if (style == JsonWriter::Compact) {
        QVERIFY(!written.contains('\n'));
        const OrdersDocument again = OrdersJson::read(written);
        QVERIFY2(again.findings.isEmpty(), qPrintable(describe(again.findings)));
        written = OrdersJson::write(again.orders);
    }
    if (written != golden) {
        QFile out(QStringLiteral(VENDORPACK_BINARY_DIR "/roundtrip.actual.json"));
        if (out.open(QIODevice::WriteOnly))
            out.write(written);
    }
    QCOMPARE(written, golden);
}

void TestOrdersJson::lenientReading_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("orders");

    const int error = int(Severity::Error);
    const int warning = int(Severity::Warning);

    // Aliases and string numbers: accepted with a warning.
    QTest::newRow("status in lower case is an alias")
        << fourOrders(R"("Status":"in_progress")", {}) << "schema.alias" << warning
        << "/Content/3/Status" << 4;
    QTest::newRow("unit CASE is an alias of CASES")
        << fourOrders({}, R"("UnitOfMeasure":"CASE","UnitSize":6)") << "schema.alias" << warning
        << "/Content/3/Lines/2/UnitOfMeasure" << 4;
    QTest::newRow("tax registration type in lower case")
        << fourOrders(R"("BillingParty":{"TaxRegistrationType":"gst"})", {}) << "schema.alias"
        << warning << "/Content/3/BillingParty/TaxRegistrationType" << 4;
    QTest::newRow("quantity as a string")
        << fourOrders({}, R"("Quantity":"96")") << "schema.string-number" << warning
        << "/Content/3/Lines/2/Quantity" << 4;
    QTest::newRow("cost as a string")
        << fourOrders({}, R"("NetCostAmount":"12.50")") << "schema.string-number" << warning
        << "/Content/3/Lines/2/NetCostAmount" << 4;
    QTest::newRow("channel id as a string")
        << fourOrders(R"("ChannelId":"7")", {}) << "schema.string-number" << warning
        << "/Content/3/ChannelId" << 4;
    QTest::newRow("envelope count as a string")
        << QByteArray(R"({"Content":[],"Count":"0"})") << "schema.string-number" << warning
        << "/Count" << 0;

    // Unknown fields: a warning at the field.
    QTest::newRow("unknown field on the envelope")
        << QByteArray(R"({"Content":[],"NextPage":2})") << "schema.unknown-field" << warning
        << "/NextPage" << 0;
    QTest::newRow("unknown field on an order")
        << fourOrders(R"("Priority":"HIGH")", {}) << "schema.unknown-field" << warning
        << "/Content/3/Priority" << 4;
    QTest::newRow("unknown field on a party")
        << fourOrders(R"("ShipToParty":{"PartyId":"ABE8","Email":"x@example.com"})", {})
        << "schema.unknown-field" << warning << "/Content/3/ShipToParty/Email" << 4;
    QTest::newRow("unknown field on import information")
        << fourOrders(R"("ImportInformation":{"Vessel":"Maersk"})", {}) << "schema.unknown-field"
        << warning << "/Content/3/ImportInformation/Vessel" << 4;
    QTest::newRow("unknown field on a line")
        << fourOrders({}, R"("Gtin":"00012345678905")") << "schema.unknown-field" << warning
        << "/Content/3/Lines/2/Gtin" << 4;
    QTest::newRow("unknown field name with a slash is escaped")
        << fourOrders(R"("a/b~c":1)", {}) << "schema.unknown-field" << warning
        << "/Content/3/a~1b~0c" << 4;

    // Wrong types: an error at the exact pointer.
    QTest::newRow("quantity as text") << fourOrders({}, R"("Quantity":"many")") << "schema.type"
                                      << error << "/Content/3/Lines/2/Quantity" << 4;
    QTest::newRow("quantity as an object") << fourOrders({}, R"("Quantity":{})") << "schema.type"
                                           << error << "/Content/3/Lines/2/Quantity" << 4;
    QTest::newRow("quantity with a fraction")
        << fourOrders({}, R"("Quantity":1.5)") << "schema.type" << error
        << "/Content/3/Lines/2/Quantity" << 4;
    QTest::newRow("negative quantity") << fourOrders({}, R"("Quantity":-3)") << "schema.type"
                                       << error << "/Content/3/Lines/2/Quantity" << 4;
    QTest::newRow("quantity beyond int32")
        << fourOrders({}, R"("Quantity":3000000000)") << "schema.type" << error
        << "/Content/3/Lines/2/Quantity" << 4;
    QTest::newRow("huge integer") << fourOrders({}, R"("UnitSize":123456789012345678901234567890)")
                                  << "schema.type" << error << "/Content/3/Lines/2/UnitSize" << 4;
    QTest::newRow("huge decimal") << fourOrders({}, R"("NetCostAmount":1e400)") << "schema.type"
                                  << error << "/Content/3/Lines/2/NetCostAmount" << 4;
    QTest::newRow("back order flag as text")
        << fourOrders({}, R"("IsBackOrderAllowed":"yes")") << "schema.type" << error
        << "/Content/3/Lines/2/IsBackOrderAllowed" << 4;
    QTest::newRow("not a date") << fourOrders(R"("FromShipDate":"next Tuesday")", {})
                                << "schema.type" << error << "/Content/3/FromShipDate" << 4;
    QTest::newRow("date as a number")
        << fourOrders({}, R"("AcknowledgedDate":20260302)") << "schema.type" << error
        << "/Content/3/Lines/2/AcknowledgedDate" << 4;
    QTest::newRow("party as an array") << fourOrders(R"("ShipToParty":["ABE8"])", {})
                                       << "schema.type" << error << "/Content/3/ShipToParty" << 4;
    QTest::newRow("party id as a number")
        << fourOrders(R"("SellingParty":{"PartyId":12345})", {}) << "schema.type" << error
        << "/Content/3/SellingParty/PartyId" << 4;
    QTest::newRow("import information as a string")
        << fourOrders(R"("ImportInformation":"FOB")", {}) << "schema.type" << error
        << "/Content/3/ImportInformation" << 4;
    QTest::newRow("content as an object")
        << QByteArray(R"({"Content":{"ChannelPurchaseOrderNo":"X"}})") << "schema.type" << error
        << "/Content" << 0;
    QTest::newRow("lines as an object")
        << QByteArray(R"({"Content":[{"ChannelPurchaseOrderNo":"X","Lines":{}}]})") << "schema.type"
        << error << "/Content/0/Lines" << 1;
    QTest::newRow("validation errors as a list")
        << QByteArray(R"({"Content":[],"ValidationErrors":["x"]})") << "schema.type" << error
        << "/ValidationErrors" << 0;
    QTest::newRow("success as text") << QByteArray(R"({"Content":[],"Success":"true"})")
                                     << "schema.type" << error << "/Success" << 0;

    // Entries that are not objects are reported and skipped.
    QTest::newRow("order entry that is a number")
        << QByteArray(R"({"Content":[{"ChannelPurchaseOrderNo":"A"},42,)"
                      R"({"ChannelPurchaseOrderNo":"B"}]})")
        << "schema.type" << error << "/Content/1" << 2;
    QTest::newRow("order entry that is an array in a bare array")
        << QByteArray(R"([[{"ChannelPurchaseOrderNo":"A"}]])") << "schema.type" << error << "/0"
        << 0;
    QTest::newRow("line entry that is a string")
        << QByteArray(R"([{"ChannelPurchaseOrderNo":"A","Lines":[{},"SKU-1"]}])") << "schema.type"
        << error << "/0/Lines/1" << 1;

    // Values outside the enum or too long.
    QTest::newRow("unknown status") << fourOrders(R"("Status":"OPEN")", {}) << "schema.enum"
                                    << error << "/Content/3/Status" << 4;
    QTest::newRow("unknown unit of measure")
        << fourOrders({}, R"("UnitOfMeasure":"PALLETS")") << "schema.enum" << error
        << "/Content/3/Lines/2/UnitOfMeasure" << 4;
    QTest::newRow("purchase order number longer than 60")
        << QByteArray(R"([{"ChannelPurchaseOrderNo":")" + QByteArray(61, 'X') + "\"}]")
        << "schema.length" << error << "/0/ChannelPurchaseOrderNo" << 1;
    QTest::newRow("field given twice") << fourOrders(R"("Status":"NEW","Status":"NEW")", {})
                                       << "schema.type" << error << "/Content/3/Status" << 4;
}

void TestOrdersJson::lenientReading()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, rule);
    QFETCH(int, severity);
    QFETCH(QString, pointer);
    QFETCH(int, orders);

    const OrdersDocument doc = OrdersJson::read(json);
    QVERIFY(doc.readable);
    QVERIFY2(doc.findings.size() == 1, qPrintable(describe(doc.findings)));
    const Finding &f = doc.findings.first();
    QCOMPARE(f.rule, rule);
    QCOMPARE(int(f.severity), severity);
    QCOMPARE(f.pointer, pointer);
    QVERIFY(!f.message.isEmpty());
    QCOMPARE(doc.orders.size(), orders);
}

void TestOrdersJson::duplicateOrderNumberKeepsTheFirst()
{
    const QByteArray json = R"({"Content":[
        {"Id":1,"ChannelPurchaseOrderNo":"2JK3S9VC","Status":"NEW"},
        {"Id":2,"ChannelPurchaseOrderNo":"7QW2ZP4M"},
        {"Id":3,"ChannelPurchaseOrderNo":"2JK3S9VC","Status":"CANCELLED"},
        {"Id":4},
        {"Id":5}]})";
    const OrdersDocument doc = OrdersJson::read(json);
    QVERIFY2(doc.findings.size() == 1, qPrintable(describe(doc.findings)));
    QCOMPARE(doc.findings.first().rule, QStringLiteral("orders.duplicate"));
    QCOMPARE(doc.findings.first().severity, Severity::Error);
    QCOMPARE(doc.findings.first().pointer, QStringLiteral("/Content/2/ChannelPurchaseOrderNo"));
    QVERIFY(doc.findings.first().message.contains(QStringLiteral("/Content/0")));
    // POs without a number are not duplicates of each other.
    QCOMPARE(doc.orders.size(), 4);
    QCOMPARE(doc.orders.at(0).id, 1);
    QCOMPARE(doc.orders.at(0).status, PurchaseOrderStatus::New);
    QCOMPARE(doc.orders.at(1).id, 2);
    QCOMPARE(doc.orders.at(2).id, 4);
}

void TestOrdersJson::badInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << QByteArray() << false << "json.syntax"
                           << "line 1, column 1";
    QTest::newRow("only spaces") << QByteArray("  \n ") << false << "json.syntax"
                                 << "line 2";
    QTest::newRow("not JSON") << QByteArray("PO,SKU,Qty\n2JK3S9VC,ACM-1,5\n") << false
                              << "json.syntax"
                              << "line 1, column 1";
    QTest::newRow("truncated") << QByteArray("{\"Content\": [\n  {\"Id\": 1,\n") << false
                               << "json.syntax"
                               << "line 3";
    QTest::newRow("trailing comma") << QByteArray("[{},]") << false << "json.syntax"
                                    << "column 5";
    QTest::newRow("invalid UTF-8")
        << QByteArray("[{\"ChannelPurchaseOrderNo\": \"AB\xff\xfe\"}]") << false << "json.syntax"
        << "UTF-8";
    QTest::newRow("NUL byte") << QByteArray("[{}]\0", 5) << false << "json.syntax"
                              << "column 5";
    QTest::newRow("root is a string") << QByteArray("\"orders\"") << false << "schema.type"
                                      << "string";
    QTest::newRow("root is a number") << QByteArray("42") << false << "schema.type"
                                      << "number";
    QTest::newRow("root is null") << QByteArray("null") << false << "schema.type"
                                  << "null";
    QTest::newRow("deep arrays") << QByteArray(100000, '[') << false << "json.syntax"
                                 << "nested";
    QTest::newRow("deep objects") << QByteArray("{\"a\":").repeated(5000) << false << "json.syntax"
                                  << "nested";
    QTest::newRow("deep value inside an order")
        << QByteArray("[{\"Extra\":" + QByteArray(30, '[') + QByteArray(30, ']') + "}]") << true
        << "schema.unknown-field"
        << "Extra";
    QTest::newRow("byte order mark")
        << QByteArray("\xEF\xBB\xBF[]") << true << QString() << QString();
}

void TestOrdersJson::badInput()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, readable);
    QFETCH(QString, rule);
    QFETCH(QString, messagePart);

    const OrdersDocument doc = OrdersJson::read(json);
    QCOMPARE(doc.readable, readable);
    if (rule.isEmpty()) {
        QVERIFY2(doc.findings.isEmpty(), qPrintable(describe(doc.findings)));
        return;
    }
    QVERIFY2(doc.findings.size() == 1, qPrintable(describe(doc.findings)));
    QCOMPARE(doc.findings.first().rule, rule);
    const Severity expected
        = rule == QLatin1String("schema.unknown-field") ? Severity::Warning : Severity::Error;
    QCOMPARE(doc.findings.first().severity, expected);
    QVERIFY2(doc.findings.first().message.contains(messagePart),
             qPrintable(doc.findings.first().message));
    QVERIFY(doc.orders.isEmpty() || readable);
}

void TestOrdersJson::missingFileIsNotReadable_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("no such file") << QStringLiteral("/nonexistent/vendorpack/orders.json");
    QTest::newRow("a folder") << QStringLiteral(VENDORPACK_TEST_DATA "/orders");
}

void TestOrdersJson::missingFileIsNotReadable()
{
    QFETCH(QString, path);
    const OrdersDocument doc = OrdersJson::readFile(path);
    QVERIFY(!doc.readable);
    QVERIFY(doc.orders.isEmpty());
    QCOMPARE(doc.findings.size(), 1);
    QCOMPARE(doc.findings.first().rule, QStringLiteral("file.read"));
    QCOMPARE(doc.findings.first().severity, Severity::Error);
    QVERIFY(doc.findings.first().message.contains(path));
}

void TestOrdersJson::writeOmitsEmptyFields()
{
    PurchaseOrder order;
    order.channelId = 5;
    order.channelPurchaseOrderNo = QStringLiteral("ABCD1234");
    order.shipToParty.partyId = QStringLiteral("ABE8");
    PurchaseOrderLine line;
    line.merchantProductNo = QStringLiteral("SKU-1");
    line.quantity = 3;
    order.lines.append(line);

    const QByteArray written = OrdersJson::write({ order }, JsonWriter::Compact);
    QCOMPARE(written,
             QByteArray(R"({"Content":[{"ChannelId":5,"ChannelPurchaseOrderNo":"ABCD1234",)"
                        R"("Status":"NEW","Type":"REGULAR_ORDER","ShipToParty":{"PartyId":"ABE8"},)"
                        R"("Lines":[{"MerchantProductNo":"SKU-1","Quantity":3,)"
                        R"("IsBackOrderAllowed":false,"UnitOfMeasure":"EACHES","UnitSize":1}]}],)"
                        R"("Count":1,"TotalCount":1,"ItemsPerPage":1,"StatusCode":200,)"
                        R"("Success":true})"));

    QCOMPARE(OrdersJson::write({}, JsonWriter::Compact),
             QByteArray(R"({"Content":[],"Count":0,"TotalCount":0,"ItemsPerPage":0,)"
                        R"("StatusCode":200,"Success":true})"));
}

void TestOrdersJson::writeUsesCanonicalEnums()
{
    const QByteArray json = R"([{"ChannelPurchaseOrderNo":"A","Status":"in_progress",
        "Type":"rush_order","SellingParty":{"TaxRegistrationType":"vat"},
        "Lines":[{"Quantity":"4","UnitOfMeasure":"Case","UnitSize":"12"}]}])";
    const OrdersDocument doc = OrdersJson::read(json);
    QCOMPARE(doc.findings.size(), 6); // four aliases, two string numbers
    const QByteArray written = OrdersJson::write(doc.orders, JsonWriter::Compact);
    QVERIFY(written.contains(R"("Status":"IN_PROGRESS")"));
    QVERIFY(written.contains(R"("Type":"RUSH_ORDER")"));
    QVERIFY(written.contains(R"("TaxRegistrationType":"VAT")"));
    QVERIFY(written.contains(
        R"("Quantity":4,"IsBackOrderAllowed":false,"UnitOfMeasure":"CASES","UnitSize":12)"));
    const OrdersDocument again = OrdersJson::read(written);
    QVERIFY2(again.findings.isEmpty(), qPrintable(describe(again.findings)));
}

void TestOrdersJson::writePageReportsPaging()
{
    PurchaseOrder order;
    order.channelPurchaseOrderNo = QStringLiteral("P1");
    const QByteArray written
        = OrdersJson::writePage({ order, order }, 250, 100, JsonWriter::Compact);
    const OrdersDocument doc = OrdersJson::read(written);
    QCOMPARE(doc.envelope.count, 2);
    QCOMPARE(doc.envelope.totalCount, 250);
    QCOMPARE(doc.envelope.itemsPerPage, 100);
}

QTEST_APPLESS_MAIN(TestOrdersJson)

#include "tst_ordersjson.moc"
