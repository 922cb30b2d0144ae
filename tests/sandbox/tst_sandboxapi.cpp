// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's logic without HTTP: every endpoint and status code, the server-side rules with
// their ValidationErrors keys, immutability, the delivery lock, paging, filters, faults, the
// state file and the determinism of the seed.

#include "sandbox/demodata.h"
#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxstate.h"

#include "core/acknowledgementjson.h"
#include "core/ordersjson.h"
#include "core/rules.h"
#include "core/sscc.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace VendorPack;

namespace {

const QByteArray kKey = QByteArrayLiteral("sandbox-demo-key");

QJsonObject jsonOf(const SandboxReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

QStringList errorKeys(const SandboxReply &reply)
{
    QStringList keys = jsonOf(reply).value(QLatin1String("ValidationErrors")).toObject().keys();
    keys.sort();
    return keys;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A copy of `value` with the member at a JSON pointer replaced (removed when `replacement` is
// undefined).
QJsonValue withValue(const QJsonValue &value, QStringList path, const QJsonValue &replacement)
{
    const QString head = path.takeFirst();
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        const int index = head.toInt();
        if (path.isEmpty())
            array[index] = replacement;
        else
            array[index] = withValue(array[index], path, replacement);
        return array;
    }
    QJsonObject object = value.toObject();
    if (path.isEmpty()) {
        if (replacement.isUndefined())
            object.remove(head);
        else
            object[head] = replacement;
    } else {
        object[head] = withValue(object.value(head), path, replacement);
    }
    return object;
}

QJsonObject with(const QJsonObject &document, const QString &pointer,
                 const QJsonValue &replacement = QJsonValue(QJsonValue::Undefined))
{
    return withValue(document, pointer.mid(1).split(QLatin1Char('/')), replacement).toObject();
}

QString sscc(quint64 serial)
{
    return Sscc::compose(0, QStringLiteral("0614141"), serial).digits();
}

const QString kItem = QStringLiteral("/Model/Lines/0/Lines/0/Lines/0");
const QString kCarton = QStringLiteral("/Model/Lines/0/Lines/0");
const QString kPallet = QStringLiteral("/Model/Lines/0");

} // namespace

class TestSandboxApi : public QObject
{
    Q_OBJECT

private:
    // A sandbox with a clock the test moves.
    struct Fixture
    {
        std::unique_ptr<SandboxState> state;
        std::unique_ptr<SandboxApi> api;
        QString error;
    };

    Fixture make(SandboxOptions options = SandboxOptions())
    {
        if (options.orders == SandboxOptions::kDefaultOrders)
            options.orders = 80;
        if (options.seed == 1)
            options.seed = 7;
        options.clock = [this] { return m_now; };
        Fixture f;
        f.state = std::make_unique<SandboxState>(options);
        f.state->initialize(&f.error);
        f.api = std::make_unique<SandboxApi>(*f.state);
        return f;
    }

    static SandboxReply call(Fixture &f, const QByteArray &method, const QByteArray &target,
                             const QByteArray &body = QByteArray(),
                             SandboxHeaders headers = { { "X-CE-KEY", kKey } })
    {
        if (!body.isEmpty())
            headers.append(
                { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
        return f.api->handle(SandboxRequest::make(method, "/api" + target, body, headers));
    }

    // The first PO with this status shipping to an FC in this country, or null.
    static const PurchaseOrder *findOrder(const Fixture &f, PurchaseOrderStatus status,
                                          const QString &country = QStringLiteral("US"))
    {
        for (const PurchaseOrder &po : f.state->orders()) {
            if (po.status == status && po.shipToParty.countryCode == country
                && po.lines.size() >= 2)
                return &po;
        }
        return nullptr;
    }

    // A valid shipment of one unit of the PO's first line: pallet, carton, item.
    static QJsonObject shipmentFor(const PurchaseOrder &po, const QString &number,
                                   quint64 firstSerial = 1)
    {
        const PurchaseOrderLine &line = po.lines.first();
        QJsonObject item { { QStringLiteral("Type"), QStringLiteral("ITEM") },
                           { QStringLiteral("IdentifierType"), QStringLiteral("SKU") },
                           { QStringLiteral("IdentifierValue"), line.merchantProductNo },
                           { QStringLiteral("ChannelPurchaseOrderNo"), po.channelPurchaseOrderNo },
                           { QStringLiteral("Quantity"), 1 },
                           { QStringLiteral("QuantityUnitOfMeasure"),
                             QString(enumToWire(line.unitOfMeasure)) } };
        if (line.unitOfMeasure == QuantityUnit::Cases)
            item[QStringLiteral("UnitsPerCase")] = line.unitSize;
        const QJsonObject carton { { QStringLiteral("Type"), QStringLiteral("CARTON") },
                                   { QStringLiteral("IdentifierType"), QStringLiteral("SSCC") },
                                   { QStringLiteral("IdentifierValue"), sscc(firstSerial + 1) },
                                   { QStringLiteral("Lines"), QJsonArray { item } } };
        const QJsonObject pallet { { QStringLiteral("Type"), QStringLiteral("PALLET") },
                                   { QStringLiteral("IdentifierType"), QStringLiteral("SSCC") },
                                   { QStringLiteral("IdentifierValue"), sscc(firstSerial) },
                                   { QStringLiteral("LayersPerPallet"), 1 },
                                   { QStringLiteral("ItemsPerLayer"), 1 },
                                   { QStringLiteral("Lines"), QJsonArray { carton } } };
        const QJsonObject model {
            { QStringLiteral("MerchantShipmentNo"), number },
            { QStringLiteral("CarrierShipmentNo"), QStringLiteral("PRO123456") },
            { QStringLiteral("BillOfLadingNo"), QStringLiteral("BOL-0001") },
            { QStringLiteral("ShipmentType"), QStringLiteral("LESS_THAN_TRUCK_LOAD") },
            { QStringLiteral("TransportationMode"), QStringLiteral("ROAD") },
            { QStringLiteral("CarrierName"), QStringLiteral("Estes Express Lines") },
            { QStringLiteral("ShipmentDate"), po.fromShipDate.toString(Qt::ISODate) },
            { QStringLiteral("EstimatedDeliveryDate"),
              po.fromShipDate.addDays(3).toString(Qt::ISODate) },
            { QStringLiteral("SellingPartyId"), po.sellingParty.partyId },
            { QStringLiteral("ShipFromPartyId"), po.sellingParty.partyId },
            { QStringLiteral("ShipToPartyId"), po.shipToParty.partyId },
            { QStringLiteral("Lines"), QJsonArray { pallet } }
        };
        return QJsonObject { { QStringLiteral("ChannelId"), po.channelId },
                             { QStringLiteral("Model"), model } };
    }

    static QJsonObject shipmentCalls(Fixture &f, const QString &number)
    {
        const QJsonArray shipments = jsonOf(call(f, "GET", "/admin/stats"))
                                         .value(QLatin1String("Content"))
                                         .toObject()
                                         .value(QLatin1String("Shipments"))
                                         .toArray();
        for (const QJsonValue &entry : shipments) {
            if (entry.toObject().value(QLatin1String("MerchantShipmentNo")).toString() == number)
                return entry.toObject();
        }
        return QJsonObject();
    }

    static QJsonArray listShipments(Fixture &f, const QByteArray &query)
    {
        const SandboxReply reply = call(f, "GET", "/v2/purchase-orders/shipments/merchant" + query);
        return jsonOf(reply).value(QLatin1String("Content")).toArray();
    }

    static QJsonArray listOrders(Fixture &f, const QByteArray &query)
    {
        const SandboxReply reply = call(f, "GET", "/v2/purchase-orders" + query);
        return jsonOf(reply).value(QLatin1String("Content")).toArray();
    }

    static void verifyEnvelope(const SandboxReply &reply, int status)
    {
        QCOMPARE(reply.status, status);
        const QJsonObject json = jsonOf(reply);
        QCOMPARE(json.value(QLatin1String("StatusCode")).toInt(), status);
        QCOMPARE(json.value(QLatin1String("Success")).toBool(), status >= 200 && status < 300);
        QVERIFY(!json.value(QLatin1String("RequestId")).toString().isEmpty());
        QVERIFY(!json.value(QLatin1String("LogId")).toString().isEmpty());
        if (status >= 400) {
            QVERIFY(!json.value(QLatin1String("Message")).toString().isEmpty());
            QVERIFY(!json.value(QLatin1String("ExceptionType")).toString().isEmpty());
        }
        QVERIFY(reply.contentType.startsWith("application/json"));
    }

    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

private slots:
    void init() { m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC); }

    void seedGivesByteIdenticalOrders()
    {
        const QByteArray first = OrdersJson::write(DemoData::generate(11, 60));
        const QByteArray second = OrdersJson::write(DemoData::generate(11, 60));
        QCOMPARE(first, second);
        QVERIFY(first.size() > 10000);
        QVERIFY(OrdersJson::write(DemoData::generate(12, 60)) != first);
        // A longer run starts with the same orders.
        const QList<PurchaseOrder> more = DemoData::generate(11, 61);
        QCOMPARE(OrdersJson::write(more.mid(0, 60)), first);

        // Two sandboxes from the same seed serve the same orders.
        Fixture a = make();
        Fixture b = make();
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QCOMPARE(OrdersJson::write(a.state->orders()), OrdersJson::write(b.state->orders()));
        QCOMPARE(listOrders(a, "?pageSize=500"), listOrders(b, "?pageSize=500"));
        // The seeded data reads back without a single finding.
        const OrdersDocument read = OrdersJson::read(first);
        QVERIFY(read.readable);
        QCOMPARE(read.findings.size(), 0);
    }

    void seededOrdersAreRealistic()
    {
        const quint32 seed = 5;
        const QList<PurchaseOrder> orders = DemoData::generate(seed, 300);
        QCOMPARE(orders.size(), 300);
        const QDateTime reference = DemoData::referenceDate(seed);
        QCOMPARE(DemoData::referenceDate(seed), reference);
        QSet<QString> numbers, countries, centres;
        QHash<PurchaseOrderStatus, int> statuses;
        int cases = 0, eaches = 0, backorder = 0, noBackorder = 0;
        for (const PurchaseOrder &po : orders) {
            QCOMPARE(po.channelPurchaseOrderNo.size(), 8);
            QVERIFY(!numbers.contains(po.channelPurchaseOrderNo));
            numbers.insert(po.channelPurchaseOrderNo);
            QVERIFY(po.id.has_value());
            QVERIFY(po.lines.size() >= 1 && po.lines.size() <= 40);
            ++statuses[po.status];
            for (const Party *party :
                 { &po.sellingParty, &po.shipToParty, &po.buyingParty, &po.billingParty }) {
                QVERIFY(!party->partyId.isEmpty());
                QVERIFY(!party->name.isEmpty());
                QVERIFY(!party->addressLine1.isEmpty());
                QVERIFY(!party->city.isEmpty());
                QVERIFY(!party->postalCode.isEmpty());
                QCOMPARE(party->countryCode.size(), 2);
            }
            countries.insert(po.shipToParty.countryCode);
            centres.insert(po.shipToParty.partyId);
            QVERIFY(qAbs(reference.daysTo(po.fromShipDate)) <= 3);
            QVERIFY(po.toShipDate > po.fromShipDate);
            QVERIFY(po.fromDeliveryDate > po.fromShipDate);
            QVERIFY(po.toDeliveryDate > po.toShipDate);
            QVERIFY(po.createdAt < reference);
            QVERIFY(po.updatedAt >= po.createdAt);
            QSet<QString> skus;
            for (const PurchaseOrderLine &line : po.lines) {
                QVERIFY(!skus.contains(line.merchantProductNo));
                skus.insert(line.merchantProductNo);
                QVERIFY(line.channelProductNo.startsWith(QLatin1String("B0")));
                QCOMPARE(line.channelProductNo.size(), 10);
                QVERIFY(line.quantity > 0);
                if (line.unitOfMeasure == QuantityUnit::Cases) {
                    ++cases;
                    QVERIFY(line.unitSize > 1);
                } else {
                    ++eaches;
                    QCOMPARE(line.unitSize, 1);
                }
                (line.isBackOrderAllowed ? backorder : noBackorder) += 1;
                QCOMPARE(line.isAcknowledged(), po.status != PurchaseOrderStatus::New);
            }
        }
        QCOMPARE(countries,
                 (QSet<QString> { QStringLiteral("US"), QStringLiteral("CA"), QStringLiteral("DE"),
                                  QStringLiteral("GB") }));
        QVERIFY(centres.size() >= 8);
        QVERIFY(cases > 0 && eaches > 0 && backorder > 0 && noBackorder > 0);
        const int open = statuses.value(PurchaseOrderStatus::New)
            + statuses.value(PurchaseOrderStatus::InProgress);
        QVERIFY(open > 225); // mostly NEW and IN_PROGRESS
        QVERIFY(statuses.value(PurchaseOrderStatus::New) > 0);
        QVERIFY(statuses.value(PurchaseOrderStatus::InProgress) > 0);
        QVERIFY(statuses.value(PurchaseOrderStatus::Cancelled) > 0);
        QVERIFY(statuses.value(PurchaseOrderStatus::Shipped) > 0);
    }

    void apiKeyIsChecked_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("headerKey");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("header") << QByteArray("/v2/purchase-orders") << kKey << 200 << QString();
        QTest::newRow("query") << QByteArray("/v2/purchase-orders?apikey=sandbox-demo-key")
                               << QByteArray() << 200 << QString();
        QTest::newRow("missing") << QByteArray("/v2/purchase-orders") << QByteArray() << 401
                                 << QStringLiteral("API key is missing");
        QTest::newRow("wrong header")
            << QByteArray("/v2/purchase-orders") << QByteArray("sandbox-demo-kez") << 401
            << QStringLiteral("API key is unknown");
        QTest::newRow("wrong query") << QByteArray("/v2/purchase-orders?apikey=nope")
                                     << QByteArray() << 401 << QStringLiteral("API key is unknown");
        QTest::newRow("prefix of the key")
            << QByteArray("/v2/purchase-orders") << QByteArray("sandbox") << 401
            << QStringLiteral("API key is unknown");
        QTest::newRow("admin without key") << QByteArray("/admin/stats") << QByteArray() << 401
                                           << QStringLiteral("API key is missing");
        QTest::newRow("admin wrong key") << QByteArray("/admin/stats") << QByteArray("x") << 401
                                         << QStringLiteral("API key is unknown");
    }

    void apiKeyIsChecked()
    {
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, headerKey);
        QFETCH(int, status);
        QFETCH(QString, message);
        Fixture f = make();
        SandboxHeaders headers;
        if (!headerKey.isEmpty())
            headers.append({ "X-CE-KEY", headerKey });
        const SandboxReply reply = call(f, "GET", target, QByteArray(), headers);
        verifyEnvelope(reply, status);
        if (!message.isEmpty()) {
            QVERIFY(jsonOf(reply).value(QLatin1String("Message")).toString().startsWith(message));
            QVERIFY(!reply.body.contains(kKey));
        }
    }

    void configuredKeyReplacesTheDefault()
    {
        SandboxOptions options;
        options.apiKey = QStringLiteral("k-123");
        Fixture f = make(options);
        QCOMPARE(call(f, "GET", "/v2/purchase-orders").status, 401);
        QCOMPARE(call(f, "GET", "/v2/purchase-orders", {}, { { "x-ce-key", "k-123" } }).status,
                 200);
    }

    void keyFromFileOrEnvironment()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("key"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("  file-key  \nsecond line\n");
        file.close();
        QString error;
        QCOMPARE(SandboxOptions::resolveApiKey(path, &error), QStringLiteral("file-key"));
        QVERIFY(
            SandboxOptions::resolveApiKey(dir.filePath(QStringLiteral("none")), &error).isEmpty());
        QVERIFY(!error.isEmpty());
        qputenv(SandboxOptions::kApiKeyVariable, "env-key");
        QCOMPARE(SandboxOptions::resolveApiKey(QString(), &error), QStringLiteral("env-key"));
        qunsetenv(SandboxOptions::kApiKeyVariable);
        QCOMPARE(SandboxOptions::resolveApiKey(QString(), &error),
                 QLatin1String(SandboxOptions::kDefaultApiKey));
    }

    void unknownPathsAndMethods_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("allow");
        QTest::newRow("outside /api")
            << QByteArray("GET") << QByteArray("/v2/purchase-orders") << 404 << QByteArray();
        QTest::newRow("unknown endpoint")
            << QByteArray("GET") << QByteArray("/api/v2/orders") << 404 << QByteArray();
        QTest::newRow("unknown admin")
            << QByteArray("GET") << QByteArray("/api/admin/nothing") << 404 << QByteArray();
        QTest::newRow("delete orders")
            << QByteArray("DELETE") << QByteArray("/api/v2/purchase-orders") << 405
            << QByteArray("GET");
        QTest::newRow("get acknowledge")
            << QByteArray("GET") << QByteArray("/api/v2/purchase-orders/lines/acknowledge") << 405
            << QByteArray("POST");
        QTest::newRow("patch shipments")
            << QByteArray("PATCH") << QByteArray("/api/v2/purchase-orders/shipments") << 405
            << QByteArray("POST, PUT");
        QTest::newRow("post merchant")
            << QByteArray("POST") << QByteArray("/api/v2/purchase-orders/shipments/merchant") << 405
            << QByteArray("GET");
        QTest::newRow("put stats")
            << QByteArray("PUT") << QByteArray("/api/admin/stats") << 405 << QByteArray("GET");
        QTest::newRow("delete faults") << QByteArray("DELETE") << QByteArray("/api/admin/faults")
                                       << 405 << QByteArray("GET, POST");
        QTest::newRow("unknown method")
            << QByteArray("UNKNOWN") << QByteArray("/api/v2/purchase-orders") << 405
            << QByteArray("GET");
    }

    void unknownPathsAndMethods()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(int, status);
        QFETCH(QByteArray, allow);
        Fixture f = make();
        const SandboxReply reply
            = f.api->handle(SandboxRequest::make(method, path, {}, { { "X-CE-KEY", kKey } }));
        verifyEnvelope(reply, status);
        QCOMPARE(reply.header("allow"), allow);
    }

    void pathsAreCaseAndSlashTolerant()
    {
        Fixture f = make();
        QCOMPARE(call(f, "GET", "/V2/Purchase-Orders/").status, 200);
        QCOMPARE(call(f, "GET", "/admin/stats/").status, 200);
    }

    void everyAnswerHasAFreshRequestId()
    {
        Fixture f = make();
        const QJsonObject a = jsonOf(call(f, "GET", "/v2/purchase-orders"));
        const QJsonObject b = jsonOf(call(f, "GET", "/v2/nothing"));
        QVERIFY(a.value(QLatin1String("RequestId")).toString()
                != b.value(QLatin1String("RequestId")).toString());
        QVERIFY(a.value(QLatin1String("LogId")).toString()
                != b.value(QLatin1String("LogId")).toString());
    }

    void largeBodiesGet413()
    {
        SandboxOptions options;
        options.maxBodyBytes = 1000;
        Fixture f = make(options);
        const SandboxReply reply
            = call(f, "POST", "/v2/purchase-orders/shipments", QByteArray(1001, ' '));
        verifyEnvelope(reply, 413);
        QCOMPARE(call(f, "POST", "/v2/purchase-orders/shipments", QByteArray(1000, ' ')).status,
                 400);
    }

    void wrongContentTypeGets415()
    {
        Fixture f = make();
        const PurchaseOrder *po = findOrder(f, PurchaseOrderStatus::New);
        QVERIFY(po);
        const SandboxReply reply = f.api->handle(
            SandboxRequest::make("POST", "/api/v2/purchase-orders/shipments",
                                 compact(shipmentFor(*po, QStringLiteral("S1"))),
                                 { { "X-CE-KEY", kKey }, { "Content-Type", "text/plain" } }));
        verifyEnvelope(reply, 415);
        QCOMPARE(f.state->shipments().size(), 0);
        // application/*+json and a charset are fine.
        const SandboxReply accepted = f.api->handle(SandboxRequest::make(
            "POST", "/api/v2/purchase-orders/shipments",
            compact(shipmentFor(*po, QStringLiteral("S1"))),
            { { "X-CE-KEY", kKey },
              { "Content-Type", "application/json-patch+json; charset=utf-8" } }));
        QCOMPARE(accepted.status, 201);
    }

    void malformedBodiesGet400_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("key");
        const QByteArray shipments("/v2/purchase-orders/shipments");
        const QByteArray acknowledge("/v2/purchase-orders/lines/acknowledge");
        QTest::newRow("not JSON") << QByteArray("POST") << shipments << QByteArray("{\"Chan")
                                  << QStringLiteral("$");
        QTest::newRow("empty") << QByteArray("POST") << shipments << QByteArray()
                               << QStringLiteral("$");
        QTest::newRow("array") << QByteArray("PUT") << shipments << QByteArray("[1,2]")
                               << QStringLiteral("$");
        QTest::newRow("bare model") << QByteArray("POST") << shipments
                                    << QByteArray("{\"MerchantShipmentNo\":\"S1\",\"Lines\":[]}")
                                    << QStringLiteral("Model");
        QTest::newRow("model is a string")
            << QByteArray("POST") << shipments << QByteArray("{\"ChannelId\":1,\"Model\":\"x\"}")
            << QStringLiteral("Model");
        QTest::newRow("no model") << QByteArray("POST") << shipments
                                  << QByteArray("{\"ChannelId\":1}") << QStringLiteral("Model");
        QTest::newRow("binary") << QByteArray("POST") << shipments
                                << QByteArray("\xff\xfe\x00\x01", 4) << QStringLiteral("$");
        QTest::newRow("ack not JSON")
            << QByteArray("POST") << acknowledge << QByteArray("nope") << QStringLiteral("$");
        QTest::newRow("ack array")
            << QByteArray("POST") << acknowledge << QByteArray("[]") << QStringLiteral("$");
        QTest::newRow("admin orders not JSON")
            << QByteArray("POST") << QByteArray("/admin/purchase-orders") << QByteArray("{")
            << QStringLiteral("$");
        QTest::newRow("admin faults not JSON") << QByteArray("POST") << QByteArray("/admin/faults")
                                               << QByteArray("1") << QStringLiteral("$");
    }

    void malformedBodiesGet400()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, key);
        Fixture f = make();
        const SandboxReply reply = f.api->handle(
            SandboxRequest::make(method, "/api" + path, body,
                                 { { "X-CE-KEY", kKey }, { "Content-Type", "application/json" } }));
        verifyEnvelope(reply, 400);
        QVERIFY2(errorKeys(reply).contains(key), reply.body.constData());
        QCOMPARE(f.state->shipments().size(), 0);
    }

    void pagingOfPurchaseOrders()
    {
        Fixture f = make();
        const int total = int(f.state->orders().size());
        QCOMPARE(total, 80);

        // Default page size 100: everything on page 1.
        const QJsonObject all = jsonOf(call(f, "GET", "/v2/purchase-orders"));
        QCOMPARE(all.value(QLatin1String("Count")).toInt(), total);
        QCOMPARE(all.value(QLatin1String("TotalCount")).toInt(), total);
        QCOMPARE(all.value(QLatin1String("ItemsPerPage")).toInt(), 100);
        QCOMPARE(all.value(QLatin1String("StatusCode")).toInt(), 200);
        QCOMPARE(all.value(QLatin1String("Success")).toBool(), true);

        // pageNumber counts from 1; pages of 7 cover everything once, in Id order.
        QList<qint64> ids;
        for (int page = 1; page <= 12; ++page) {
            const SandboxReply reply = call(
                f, "GET", "/v2/purchase-orders?pageSize=7&pageNumber=" + QByteArray::number(page));
            verifyEnvelope(reply, 200);
            const QJsonObject json = jsonOf(reply);
            const QJsonArray content = json.value(QLatin1String("Content")).toArray();
            QCOMPARE(json.value(QLatin1String("Count")).toInt(), content.size());
            QCOMPARE(json.value(QLatin1String("TotalCount")).toInt(), total);
            QCOMPARE(json.value(QLatin1String("ItemsPerPage")).toInt(), 7);
            QCOMPARE(content.size(), page < 12 ? 7 : total - 11 * 7);
            for (const QJsonValue &po : content)
                ids.append(po.toObject().value(QLatin1String("Id")).toInteger());
        }
        QCOMPARE(ids.size(), total);
        QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), total);

        // Beyond the last page: empty, with the total.
        const QJsonObject beyond
            = jsonOf(call(f, "GET", "/v2/purchase-orders?pageSize=7&pageNumber=13"));
        QCOMPARE(beyond.value(QLatin1String("Content")).toArray().size(), 0);
        QCOMPARE(beyond.value(QLatin1String("Count")).toInt(), 0);
        QCOMPARE(beyond.value(QLatin1String("TotalCount")).toInt(), total);

        // The largest page, and the limits.
        QCOMPARE(jsonOf(call(f, "GET", "/v2/purchase-orders?pageSize=500"))
                     .value(QLatin1String("Count"))
                     .toInt(),
                 total);
        const struct
        {
            QByteArray query;
            QString key;
        } bad[] = { { "pageSize=0", QStringLiteral("pageSize") },
                    { "pageSize=501", QStringLiteral("pageSize") },
                    { "pageSize=-1", QStringLiteral("pageSize") },
                    { "pageSize=ten", QStringLiteral("pageSize") },
                    { "pageNumber=0", QStringLiteral("pageNumber") },
                    { "pageNumber=-3", QStringLiteral("pageNumber") },
                    { "pageNumber=1.5", QStringLiteral("pageNumber") } };
        for (const auto &[query, key] : bad) {
            const SandboxReply reply = call(f, "GET", "/v2/purchase-orders?" + query);
            verifyEnvelope(reply, 400);
            QCOMPARE(errorKeys(reply), QStringList { key });
        }
    }

    void filtersOfPurchaseOrders()
    {
        Fixture f = make();
        const QList<PurchaseOrder> &orders = f.state->orders();
        auto countWhere = [&](auto predicate) {
            return int(std::count_if(orders.cbegin(), orders.cend(), predicate));
        };
        auto count = [&](const QByteArray &query) {
            const QJsonObject json
                = jsonOf(call(f, "GET", "/v2/purchase-orders?pageSize=500&" + query));
            return json.value(QLatin1String("Count")).toInt(-1);
        };
        const int fresh = countWhere(
            [](const PurchaseOrder &po) { return po.status == PurchaseOrderStatus::New; });
        const int cancelled = countWhere(
            [](const PurchaseOrder &po) { return po.status == PurchaseOrderStatus::Cancelled; });
        const int inProgress = countWhere(
            [](const PurchaseOrder &po) { return po.status == PurchaseOrderStatus::InProgress; });
        QVERIFY(fresh > 0 && cancelled > 0 && inProgress > 0);
        QCOMPARE(count("statuses=NEW"), fresh);
        QCOMPARE(count("statuses=NEW&statuses=CANCELLED"), fresh + cancelled);
        QCOMPARE(count("statuses=NEW,IN_PROGRESS"), fresh + inProgress);
        for (const QJsonValue &po : listOrders(f, "?statuses=CANCELLED"))
            QCOMPARE(po.toObject().value(QLatin1String("Status")).toString(),
                     QStringLiteral("CANCELLED"));

        QCOMPARE(count("channelIds=3"),
                 countWhere([](const PurchaseOrder &po) { return po.channelId == 3; }));
        QCOMPARE(count("channelIds=1&channelIds=2"), countWhere([](const PurchaseOrder &po) {
                     return po.channelId == 1 || po.channelId == 2;
                 }));
        QCOMPARE(count("type=REGULAR_ORDER"), countWhere([](const PurchaseOrder &po) {
                     return po.type == PurchaseOrderType::RegularOrder;
                 }));

        const QByteArray a = orders[3].channelPurchaseOrderNo.toLatin1();
        const QByteArray b = orders[40].channelPurchaseOrderNo.toLatin1();
        const QJsonArray two
            = listOrders(f,
                         "?identifiers.identifierType=CHANNEL_PURCHASE_ORDER_NO&identifiers.models="
                             + a + "&identifiers.models=" + b);
        QCOMPARE(two.size(), 2);
        QCOMPARE(two[0].toObject().value(QLatin1String("ChannelPurchaseOrderNo")).toString(),
                 orders[3].channelPurchaseOrderNo);
        const QJsonArray byId = listOrders(f,
                                           "?identifiers.identifierType=PURCHASE_ORDER_ID&"
                                           "identifiers.models="
                                               + QByteArray::number(*orders[5].id));
        QCOMPARE(byId.size(), 1);
        QCOMPARE(byId[0].toObject().value(QLatin1String("Id")).toInteger(), *orders[5].id);

        // Date ranges include both ends.
        const QDateTime updated = orders[10].updatedAt;
        const QByteArray stamp = updated.toString(Qt::ISODate).toLatin1();
        QCOMPARE(count("updateDateRange.fromDate=" + stamp + "&updateDateRange.toDate=" + stamp),
                 countWhere([&](const PurchaseOrder &po) { return po.updatedAt == updated; }));
        QCOMPARE(count("updateDateRange.fromDate=2030-01-01T00:00:00Z"), 0);
        QCOMPARE(count("createDateRange.toDate=2000-01-01T00:00:00Z"), 0);
        QCOMPARE(count("createDateRange.fromDate=2000-01-01T00:00:00Z"), int(orders.size()));

        const struct
        {
            QByteArray query;
            QString key;
        } bad[] = { { "statuses=BOGUS", QStringLiteral("statuses") },
                    { "type=FAST", QStringLiteral("type") },
                    { "channelIds=one", QStringLiteral("channelIds") },
                    { "updateDateRange.fromDate=yesterday",
                      QStringLiteral("updateDateRange.fromDate") },
                    { "identifiers.models=X", QStringLiteral("identifiers.identifierType") },
                    { "identifiers.identifierType=SKU&identifiers.models=X",
                      QStringLiteral("identifiers.identifierType") } };
        for (const auto &[query, key] : bad) {
            const SandboxReply reply = call(f, "GET", "/v2/purchase-orders?" + query);
            verifyEnvelope(reply, 400);
            QCOMPARE(errorKeys(reply), QStringList { key });
        }
    }

    void acknowledgingMovesNewToInProgress()
    {
        Fixture f = make();
        const PurchaseOrder *found = findOrder(f, PurchaseOrderStatus::New);
        QVERIFY(found);
        const PurchaseOrder po = *found;
        m_now = m_now.addSecs(3600);

        AcknowledgementRequest ack;
        ack.channelId = po.channelId;
        ack.identifierType = PurchaseOrderIdentifierType::ChannelPurchaseOrderNo;
        ack.lineIdentifierType = LineIdentifierType::MerchantProductNo;
        ack.identifier = po.channelPurchaseOrderNo;
        ack.merchantOrderNo = QStringLiteral("SO-4711");
        AcknowledgementLine accepted;
        accepted.orderLineIdentifier = po.lines[0].merchantProductNo;
        accepted.acknowledgement.code = AcknowledgementCode::Accepted;
        accepted.acknowledgement.quantity = po.lines[0].quantity - 1;
        accepted.unitOfMeasure = po.lines[0].unitOfMeasure;
        AcknowledgementLine backordered = accepted;
        backordered.acknowledgement.code = AcknowledgementCode::Backordered;
        backordered.acknowledgement.quantity = 1;
        AcknowledgementLine rejected;
        rejected.orderLineIdentifier = po.lines[1].merchantProductNo;
        rejected.acknowledgement.code = AcknowledgementCode::Rejected;
        rejected.acknowledgement.quantity = po.lines[1].quantity;
        rejected.acknowledgement.rejectionReason = RejectionReason::TemporarilyUnavailable;
        ack.lines = { accepted, backordered, rejected };

        const SandboxReply reply = call(f, "POST", "/v2/purchase-orders/lines/acknowledge",
                                        AcknowledgementJson::write(ack));
        verifyEnvelope(reply, 201);

        const QJsonArray listed
            = listOrders(f,
                         "?identifiers.identifierType=CHANNEL_PURCHASE_ORDER_NO&identifiers.models="
                             + po.channelPurchaseOrderNo.toLatin1());
        QCOMPARE(listed.size(), 1);
        const QJsonObject read = listed[0].toObject();
        QCOMPARE(read.value(QLatin1String("Status")).toString(), QStringLiteral("IN_PROGRESS"));
        QCOMPARE(read.value(QLatin1String("UpdatedAt")).toString(),
                 QStringLiteral("2026-03-02T10:00:00Z"));
        QCOMPARE(read.value(QLatin1String("MerchantPurchaseOrderNo")).toString(),
                 QStringLiteral("SO-4711"));
        const QJsonArray lines = read.value(QLatin1String("Lines")).toArray();
        QCOMPARE(lines[0].toObject().value(QLatin1String("AcknowledgedDate")).toString(),
                 QStringLiteral("2026-03-02T10:00:00Z"));
        QCOMPARE(lines[1].toObject().value(QLatin1String("AcknowledgedDate")).toString(),
                 QStringLiteral("2026-03-02T10:00:00Z"));
        if (lines.size() > 2)
            QVERIFY(!lines[2].toObject().contains(QLatin1String("AcknowledgedDate")));

        const PurchaseOrder &stored
            = f.state->orders()[f.state->orderIndex(po.channelPurchaseOrderNo)];
        QCOMPARE(stored.lines[0].acknowledgements.size(), 2);
        QCOMPARE(stored.lines[0].acknowledgedQuantity(AcknowledgementCode::Accepted),
                 po.lines[0].quantity - 1);
        QCOMPARE(stored.lines[0].acknowledgedQuantity(AcknowledgementCode::Backordered), 1);
        QVERIFY(stored.lines[1].isRejected());
        QCOMPARE(stored.lines[1].acknowledgements[0].rejectionReason,
                 RejectionReason::TemporarilyUnavailable);

        // The same PO found by its Id and a line by its id and by its ASIN; answering again
        // replaces the line's earlier answer.
        ack.identifierType = PurchaseOrderIdentifierType::PurchaseOrderId;
        ack.identifier = QString::number(*po.id);
        ack.lineIdentifierType = LineIdentifierType::PurchaseOrderLineId;
        ack.lines = { accepted };
        ack.lines[0].orderLineIdentifier = QString::number(*po.lines[0].id);
        ack.lines[0].acknowledgement.quantity = po.lines[0].quantity;
        QCOMPARE(call(f, "POST", "/v2/purchase-orders/lines/acknowledge",
                      AcknowledgementJson::write(ack))
                     .status,
                 201);
        QCOMPARE(f.state->orders()[f.state->orderIndex(po.channelPurchaseOrderNo)]
                     .lines[0]
                     .acknowledgements.size(),
                 1);
        ack.lineIdentifierType = LineIdentifierType::ChannelProductNo;
        ack.lines[0].orderLineIdentifier = po.lines[0].channelProductNo;
        QCOMPARE(call(f, "POST", "/v2/purchase-orders/lines/acknowledge",
                      AcknowledgementJson::write(ack))
                     .status,
                 201);
        ack.identifierType = PurchaseOrderIdentifierType::MerchantPurchaseOrderNo;
        ack.identifier = QStringLiteral("SO-4711");
        QCOMPARE(call(f, "POST", "/v2/purchase-orders/lines/acknowledge",
                      AcknowledgementJson::write(ack))
                     .status,
                 201);
    }

    void acknowledgementErrors()
    {
        Fixture f = make();
        const PurchaseOrder *po = findOrder(f, PurchaseOrderStatus::New);
        const PurchaseOrder *cancelled = nullptr;
        for (const PurchaseOrder &candidate : f.state->orders()) {
            if (candidate.status == PurchaseOrderStatus::Cancelled)
                cancelled = &candidate;
        }
        QVERIFY(po && cancelled);
        auto request = [&](const PurchaseOrder &order) {
            AcknowledgementRequest ack;
            ack.identifierType = PurchaseOrderIdentifierType::ChannelPurchaseOrderNo;
            ack.lineIdentifierType = LineIdentifierType::MerchantProductNo;
            ack.identifier = order.channelPurchaseOrderNo;
            AcknowledgementLine line;
            line.orderLineIdentifier = order.lines[0].merchantProductNo;
            line.acknowledgement.code = AcknowledgementCode::Accepted;
            line.acknowledgement.quantity = order.lines[0].quantity;
            ack.lines = { line };
            return ack;
        };
        auto post = [&](const AcknowledgementRequest &ack) {
            return call(f, "POST", "/v2/purchase-orders/lines/acknowledge",
                        AcknowledgementJson::write(ack));
        };

        AcknowledgementRequest unknown = request(*po);
        unknown.identifier = QStringLiteral("NOSUCHPO");
        verifyEnvelope(post(unknown), 404);

        AcknowledgementRequest otherChannel = request(*po);
        otherChannel.channelId = po->channelId + 100;
        verifyEnvelope(post(otherChannel), 404);

        verifyEnvelope(post(request(*cancelled)), 409);

        AcknowledgementRequest unknownLine = request(*po);
        unknownLine.lines[0].orderLineIdentifier = QStringLiteral("NO-SUCH-SKU");
        SandboxReply reply = post(unknownLine);
        verifyEnvelope(reply, 400);
        QCOMPARE(errorKeys(reply),
                 QStringList { QStringLiteral("Model.Lines[0].OrderLineIdentifier") });

        AcknowledgementRequest tooMany = request(*po);
        tooMany.lines.append(tooMany.lines[0]);
        reply = post(tooMany);
        verifyEnvelope(reply, 400);
        QCOMPARE(errorKeys(reply),
                 QStringList { QStringLiteral("Model.Lines[1].AcknowledgedQuantity") });

        AcknowledgementRequest wrongUnit = request(*po);
        wrongUnit.lines[0].unitOfMeasure = po->lines[0].unitOfMeasure == QuantityUnit::Cases
            ? QuantityUnit::Eaches
            : QuantityUnit::Cases;
        reply = post(wrongUnit);
        verifyEnvelope(reply, 400);
        QCOMPARE(errorKeys(reply), QStringList { QStringLiteral("Model.Lines[0].UnitOfMeasure") });

        AcknowledgementRequest noCode = request(*po);
        noCode.lines[0].acknowledgement.code = AcknowledgementCode::Unknown;
        reply = post(noCode);
        verifyEnvelope(reply, 400);
        QCOMPARE(errorKeys(reply),
                 QStringList { QStringLiteral("Model.Lines[0].AcknowledgementCode") });

        AcknowledgementRequest noLines = request(*po);
        noLines.lines.clear();
        reply = post(noLines);
        verifyEnvelope(reply, 400);
        QVERIFY(errorKeys(reply).contains(QStringLiteral("Model.Lines")));

        // A bad enum value is a schema error with its field path.
        reply = call(f, "POST", "/v2/purchase-orders/lines/acknowledge",
                     QByteArray("{\"IdentifierType\":\"CHANNEL_PURCHASE_ORDER_NO\","
                                "\"LineIdentifierType\":\"MERCHANT_PRODUCT_NO\",\"Model\":{"
                                "\"Identifier\":\"")
                         + po->channelPurchaseOrderNo.toLatin1()
                         + "\",\"Lines\":[{\"OrderLineIdentifier\":\"x\","
                           "\"AcknowledgementCode\":\"MAYBE\",\"AcknowledgedQuantity\":1}]}}");
        verifyEnvelope(reply, 400);
        QCOMPARE(errorKeys(reply),
                 QStringList { QStringLiteral("Model.Lines[0].AcknowledgementCode") });

        // Nothing changed.
        QCOMPARE(f.state->orders()[f.state->orderIndex(po->channelPurchaseOrderNo)].status,
                 PurchaseOrderStatus::New);
        QVERIFY(!f.state->orders()[f.state->orderIndex(po->channelPurchaseOrderNo)]
                     .lines[0]
                     .isAcknowledged());
    }

    void createdShipmentIsListedAndStored()
    {
        Fixture f = make();
        const PurchaseOrder *po = findOrder(f, PurchaseOrderStatus::InProgress);
        QVERIFY(po);
        const QByteArray body = compact(shipmentFor(*po, QStringLiteral("SHP-1")));
        const SandboxReply created = call(f, "POST", "/v2/purchase-orders/shipments", body);
        verifyEnvelope(created, 201);
        QVERIFY(!jsonOf(created).contains(QLatin1String("Content")));

        // The body exactly as received.
        const SandboxReply stored = call(f, "GET", "/admin/shipments/SHP-1");
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.body, body);
        verifyEnvelope(call(f, "GET", "/admin/shipments/SHP-2"), 404);

        // Listed flat, export pending.
        const QJsonArray listed = listShipments(
            f, "?identifiers.identifierType=MERCHANT_SHIPMENT_NO&identifiers.models=SHP-1");
        QCOMPARE(listed.size(), 1);
        QJsonObject shipment = listed[0].toObject();
        QCOMPARE(shipment.value(QLatin1String("MerchantShipmentNo")).toString(),
                 QStringLiteral("SHP-1"));
        QCOMPARE(shipment.value(QLatin1String("LastExportStatus")).toString(),
                 QStringLiteral("NONE"));
        QVERIFY(!shipment.contains(QLatin1String("LastExportedAt")));
        QCOMPARE(shipment.value(QLatin1String("LastMerchantUpdatedAt")).toString(),
                 QStringLiteral("2026-03-02T09:00:00Z"));
        QCOMPARE(shipment.value(QLatin1String("BillOfLadingNumber")).toString(),
                 QStringLiteral("BOL-0001"));
        const QJsonArray lines = shipment.value(QLatin1String("Lines")).toArray();
        QCOMPARE(lines.size(), 1);
        const QJsonObject line = lines[0].toObject();
        QCOMPARE(line.value(QLatin1String("ChannelOrderNo")).toString(),
                 po->channelPurchaseOrderNo);
        QCOMPARE(line.value(QLatin1String("MerchantProductNo")).toString(),
                 po->lines[0].merchantProductNo);
        QCOMPARE(line.value(QLatin1String("ChannelProductNo")).toString(),
                 po->lines[0].channelProductNo);
        QCOMPARE(line.value(QLatin1String("ItemSequenceNumber")).toString(),
                 po->lines[0].channelOrderLineNo);
        QCOMPARE(line.value(QLatin1String("Quantity")).toInt(), 1);

        // Exported five seconds after the change.
        m_now = m_now.addSecs(4);
        shipment = listShipments(f, "")[0].toObject();
        QCOMPARE(shipment.value(QLatin1String("LastExportStatus")).toString(),
                 QStringLiteral("NONE"));
        m_now = m_now.addSecs(1);
        shipment = listShipments(f, "")[0].toObject();
        QCOMPARE(shipment.value(QLatin1String("LastExportStatus")).toString(),
                 QStringLiteral("SUCCESS"));
        QCOMPARE(shipment.value(QLatin1String("LastExportedAt")).toString(),
                 QStringLiteral("2026-03-02T09:00:05Z"));

        const QJsonObject calls = shipmentCalls(f, QStringLiteral("SHP-1"));
        QCOMPARE(calls.value(QLatin1String("Posts")).toInt(), 1);
        QCOMPARE(calls.value(QLatin1String("PostAttempts")).toInt(), 1);
        QCOMPARE(calls.value(QLatin1String("Puts")).toInt(), 0);
        QCOMPARE(calls.value(QLatin1String("Stored")).toBool(), true);
    }

    void applyDelayStoresTheShipmentAfterItsAnswer()
    {
        SandboxOptions options;
        options.faults.applyDelayMs = 500;
        Fixture f = make(options);
        const PurchaseOrder *po = findOrder(f, PurchaseOrderStatus::InProgress);
        QVERIFY(po);
        const QByteArray body = compact(shipmentFor(*po, QStringLiteral("SHP-9")));
        const SandboxReply created = call(f, "POST", "/v2/purchase-orders/shipments", body);
        verifyEnvelope(created, 201);
        // Answered, but not stored yet: the transport runs the write later.
        QVERIFY(created.deferredWork);
        QCOMPARE(created.deferredWorkMs, 500);
        verifyEnvelope(call(f, "GET", "/admin/shipments/SHP-9"), 404);
        QCOMPARE(f.state->stats().shipments.value(QStringLiteral("SHP-9")).postAttempts, 1);
        QCOMPARE(f.state->stats().shipments.value(QStringLiteral("SHP-9")).posts, 0);
        created.deferredWork();
        QCOMPARE(call(f, "GET", "/admin/shipments/SHP-9").body, body);
        QCOMPARE(f.state->stats().shipments.value(QStringLiteral("SHP-9")).posts, 1);
        // The fault is also set through the admin endpoint.
        QCOMPARE(call(f, "POST", "/admin/faults", "{\"applyDelayMs\":0}").status, 200);
        QCOMPARE(f.state->faults().applyDelayMs, 0);
        verifyEnvelope(call(f, "POST", "/admin/faults", "{\"applyDelayMs\":-1}"), 400);
    }

    void postOfAnExistingShipmentIs409()
    {
        Fixture f = make();
        const PurchaseOrder *po = findOrder(f, PurchaseOrderStatus::InProgress);
        QVERIFY(po);
        const QByteArray body = compact(shipmentFor(*po, QStringLiteral("SHP-1")));
        QCOMPARE(call(f, "POST", "/v2/purchase-orders/shipments", body).status, 201);
        const QByteArray changed = compact(
            with(shipmentFor(*po, QStringLiteral("SHP-1")), kItem + QLatin1String("/Quantity"), 2));
        const SandboxReply again = call(f, "POST", "/v2/purchase-orders/shipments", changed);
        verifyEnvelope(again, 409);
        QVERIFY(jsonOf(again)
                    .value(QLatin1String("Message"))
                    .toString()
                    .contains(QLatin1String("PUT")));
        QCOMPARE(call(f, "GET", "/admin/shipments/SHP-1").body, body);
        QCOMPARE(f.state->shipments().size(), 1);
        const QJsonObject calls = shipmentCalls(f, QStringLiteral("SHP-1"));
        QCOMPARE(calls.value(QLatin1String("Posts")).toInt(), 1);
        QCOMPARE(calls.value(QLatin1String("PostAttempts")).toInt(), 2);
    }

    void serverSideRulesGive400_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QStringList>("keys");
        const QJsonValue removed(QJsonValue::Undefined);
        QTest::newRow("no MerchantShipmentNo")
            << QStringLiteral("/Model/MerchantShipmentNo") << removed
            << QStringList { QStringLiteral("Model.MerchantShipmentNo") };
        QTest::newRow("no ChannelId") << QStringLiteral("/ChannelId") << removed
                                      << QStringList { QStringLiteral("ChannelId") };
        QTest::newRow("ChannelId 0") << QStringLiteral("/ChannelId") << QJsonValue(0)
                                     << QStringList { QStringLiteral("ChannelId") };
        QTest::newRow("no ShipToPartyId") << QStringLiteral("/Model/ShipToPartyId") << removed
                                          << QStringList { QStringLiteral("Model.ShipToPartyId") };
        QTest::newRow("no SellingPartyId")
            << QStringLiteral("/Model/SellingPartyId") << removed
            << QStringList { QStringLiteral("Model.SellingPartyId") };
        QTest::newRow("LTL without bill of lading")
            << QStringLiteral("/Model/BillOfLadingNo") << removed
            << QStringList { QStringLiteral("Model.BillOfLadingNo") };
        QTest::newRow("US FC without PRO number")
            << QStringLiteral("/Model/CarrierShipmentNo") << removed
            << QStringList { QStringLiteral("Model.CarrierShipmentNo") };
        QTest::newRow("MerchantShipmentNo too long")
            << QStringLiteral("/Model/MerchantShipmentNo")
            << QJsonValue(QString(65, QLatin1Char('M')))
            << QStringList { QStringLiteral("Model.MerchantShipmentNo") };
        QTest::newRow("unknown line type")
            << kItem + QLatin1String("/Type")
            << QJsonValue(QStringLiteral("BOX"))
            // one error: the unreadable line is not also counted as a missing item above it
            << QStringList { QStringLiteral("Model.Lines[0].Lines[0].Lines[0].Type") };
        QTest::newRow("quantity as text")
            << kItem + QLatin1String("/Quantity") << QJsonValue(QStringLiteral("many"))
            << QStringList { QStringLiteral("Model.Lines[0].Lines[0].Lines[0].Quantity") };
        QTest::newRow("item quantity 0")
            << kItem + QLatin1String("/Quantity") << QJsonValue(0)
            << QStringList { QStringLiteral("Model.Lines[0].Lines[0].Lines[0].Quantity") };
        QTest::newRow("item without identifier")
            << kItem + QLatin1String("/IdentifierValue") << removed
            << QStringList { QStringLiteral("Model.Lines[0].Lines[0].Lines[0].IdentifierValue") };
        QTest::newRow("SSCC on an item")
            << kItem + QLatin1String("/IdentifierType") << QJsonValue(QStringLiteral("SSCC"))
            << QStringList { QStringLiteral("Model.Lines[0].Lines[0].Lines[0].IdentifierType") };
        QTest::newRow("item without PO")
            << kItem + QLatin1String("/ChannelPurchaseOrderNo") << removed
            << QStringList { QStringLiteral(
                   "Model.Lines[0].Lines[0].Lines[0].ChannelPurchaseOrderNo") };
        QTest::newRow("unknown PO")
            << kItem + QLatin1String("/ChannelPurchaseOrderNo")
            << QJsonValue(QStringLiteral("ZZZZZZZZ"))
            << QStringList { QStringLiteral(
                   "Model.Lines[0].Lines[0].Lines[0].ChannelPurchaseOrderNo") };
        QTest::newRow("SKU not on the PO")
            << kItem + QLatin1String("/IdentifierValue") << QJsonValue(QStringLiteral("NOT-ON-PO"))
            << QStringList { QStringLiteral("Model.Lines[0].Lines[0].Lines[0].IdentifierValue") };
        QTest::newRow("cases without units per case")
            << kItem + QLatin1String("/QuantityUnitOfMeasure")
            << QJsonValue(QStringLiteral("CASES"))
            << QStringList { QStringLiteral("Model.Lines[0].Lines[0].Lines[0].UnitsPerCase") };
        QTest::newRow("pallet without layers")
            << kPallet + QLatin1String("/LayersPerPallet") << removed
            << QStringList { QStringLiteral("Model.Lines[0].LayersPerPallet") };
        QTest::newRow("layers on a carton")
            << kCarton + QLatin1String("/ItemsPerLayer") << QJsonValue(4)
            << QStringList { QStringLiteral("Model.Lines[0].Lines[0].ItemsPerLayer") };
        QTest::newRow("quantity on a carton")
            << kCarton + QLatin1String("/Quantity") << QJsonValue(3)
            << QStringList { QStringLiteral("Model.Lines[0].Lines[0].Quantity") };
        QTest::newRow("PO on a carton")
            << kCarton + QLatin1String("/ChannelPurchaseOrderNo")
            << QJsonValue(QStringLiteral("ABCDEFGH"))
            << QStringList { QStringLiteral("Model.Lines[0].Lines[0].ChannelPurchaseOrderNo") };
        QTest::newRow("empty carton")
            << kCarton + QLatin1String("/Lines") << QJsonValue(QJsonArray())
            << QStringList { QStringLiteral("Model.Lines[0]"),
                             QStringLiteral("Model.Lines[0].Lines[0]") };
        QTest::newRow("item at the top")
            << QStringLiteral("/Model/Lines/0")
            << QJsonValue(QJsonObject { { QStringLiteral("Type"), QStringLiteral("ITEM") } })
            << QStringList { QStringLiteral("Model.Lines[0]"),
                             QStringLiteral("Model.Lines[0].ChannelPurchaseOrderNo"),
                             QStringLiteral("Model.Lines[0].IdentifierType"),
                             QStringLiteral("Model.Lines[0].IdentifierValue"),
                             QStringLiteral("Model.Lines[0].Quantity") };
    }

    void serverSideRulesGive400()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QStringList, keys);
        Fixture f = make();
        const PurchaseOrder *po = findOrder(f, PurchaseOrderStatus::InProgress);
        QVERIFY(po);
        const QJsonObject body = with(shipmentFor(*po, QStringLiteral("SHP-9")), pointer, value);
        for (const QByteArray &method : { QByteArray("POST"), QByteArray("PUT") }) {
            const SandboxReply reply
                = call(f, method, "/v2/purchase-orders/shipments", compact(body));
            if (method == "PUT" && reply.status == 404)
                continue; // a PUT that names no known shipment
            verifyEnvelope(reply, 400);
            QCOMPARE(errorKeys(reply), keys);
            for (const QJsonValue &messages :
                 jsonOf(reply).value(QLatin1String("ValidationErrors")).toObject()) {
                QVERIFY(!messages.toArray().isEmpty());
                QVERIFY(!messages.toArray()[0].toString().isEmpty());
            }
        }
        QCOMPARE(f.state->shipments().size(), 0);
    }

    void closedPurchaseOrderIsRefused()
    {
        Fixture f = make();
        const PurchaseOrder *cancelled
            = findOrder(f, PurchaseOrderStatus::Cancelled, QStringLiteral("US"));
        if (!cancelled)
            cancelled = findOrder(f, PurchaseOrderStatus::Cancelled, QStringLiteral("DE"));
        if (!cancelled)
            cancelled = findOrder(f, PurchaseOrderStatus::Shipped);
        QVERIFY(cancelled);
        const SandboxReply reply = call(f, "POST", "/v2/purchase-orders/shipments",
                                        compact(shipmentFor(*cancelled, QStringLiteral("SHP-C"))));
        verifyEnvelope(reply, 400);
        QCOMPARE(errorKeys(reply),
                 QStringList {
                     QStringLiteral("Model.Lines[0].Lines[0].Lines[0].ChannelPurchaseOrderNo") });
    }

    void clientOnlyRulesAreNotEnforced_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("SSCC check digit (sscc.check-digit)")
            << kPallet + QLatin1String("/IdentifierValue")
            << QJsonValue(QStringLiteral("006141410000000010"));
        QTest::newRow("same SSCC twice (sscc.duplicate)")
            << kCarton + QLatin1String("/IdentifierValue") << QJsonValue(sscc(1));
        QTest::newRow("more than ordered (po.over-packed)")
            << kItem + QLatin1String("/Quantity") << QJsonValue(100000);
        QTest::newRow("other FC (po.ship-to)")
            << QStringLiteral("/Model/ShipToPartyId") << QJsonValue(QStringLiteral("ONT8"));
        QTest::newRow("delivery before shipment (header.dates)")
            << QStringLiteral("/Model/EstimatedDeliveryDate")
            << QJsonValue(QStringLiteral("2020-01-01T00:00:00Z"));
        QTest::newRow("no lines (header.lines)")
            << QStringLiteral("/Model/Lines") << QJsonValue(QJsonArray());
        QTest::newRow("unknown field (schema.unknown-field, a warning)")
            << QStringLiteral("/Model/Colour") << QJsonValue(QStringLiteral("blue"));
    }

    void clientOnlyRulesAreNotEnforced()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        Fixture f = make();
        const PurchaseOrder *po = findOrder(f, PurchaseOrderStatus::InProgress);
        QVERIFY(po);
        const QJsonObject body = with(shipmentFor(*po, QStringLiteral("SHP-9")), pointer, value);
        const SandboxReply reply = call(f, "POST", "/v2/purchase-orders/shipments", compact(body));
        QVERIFY2(reply.status == 201, reply.body.constData());
    }

    void serverSideRuleSubset()
    {
        const QSet<QString> expected = { QStringLiteral("json.syntax"),
                                         QStringLiteral("schema.type"),
                                         QStringLiteral("schema.enum"),
                                         QStringLiteral("schema.alias"),
                                         QStringLiteral("schema.string-number"),
                                         QStringLiteral("schema.unknown-field"),
                                         QStringLiteral("schema.length"),
                                         QStringLiteral("header.channel-id"),
                                         QStringLiteral("header.merchant-shipment-no"),
                                         QStringLiteral("header.parties"),
                                         QStringLiteral("header.bill-of-lading"),
                                         QStringLiteral("header.carrier-shipment-no"),
                                         QStringLiteral("line.identifier"),
                                         QStringLiteral("line.identifier-type"),
                                         QStringLiteral("nesting.pallet"),
                                         QStringLiteral("nesting.carton"),
                                         QStringLiteral("nesting.item-top"),
                                         QStringLiteral("nesting.item-children"),
                                         QStringLiteral("nesting.empty"),
                                         QStringLiteral("nesting.depth"),
                                         QStringLiteral("pallet.layers"),
                                         QStringLiteral("pallet.layers-forbidden"),
                                         QStringLiteral("item.quantity"),
                                         QStringLiteral("item.units-per-case"),
                                         QStringLiteral("item.po"),
                                         QStringLiteral("item.shelf-life"),
                                         QStringLiteral("quantity.forbidden"),
                                         QStringLiteral("item-only.forbidden"),
                                         QStringLiteral("po.unknown"),
                                         QStringLiteral("po.sku"),
                                         QStringLiteral("po.status") };
        QSet<QString> actual;
        for (const RuleInfo &rule : Rules::all()) {
            if (SandboxApi::isServerSideRule(QString::fromLatin1(rule.id)))
                actual.insert(QLatin1String(rule.id));
        }
        QCOMPARE(actual, expected);
        QCOMPARE(SandboxApi::fieldPath(QStringLiteral("/Model/Lines/0/Lines/2/Quantity")),
                 QStringLiteral("Model.Lines[0].Lines[2].Quantity"));
        QCOMPARE(SandboxApi::fieldPath(QString()), QStringLiteral("$"));
    }

    void updateReplacesTheShipment()
    {
        Fixture f = make();
        const PurchaseOrder *po = findOrder(f, PurchaseOrderStatus::InProgress);
        QVERIFY(po);
        const QJsonObject original = shipmentFor(*po, QStringLiteral("SHP-1"));

        verifyEnvelope(call(f, "PUT", "/v2/purchase-orders/shipments", compact(original)), 404);
        QCOMPARE(f.state->shipments().size(), 0);

        QCOMPARE(call(f, "POST", "/v2/purchase-orders/shipments", compact(original)).status, 201);
        m_now = m_now.addSecs(60);
        const QByteArray grown = compact(with(original, kItem + QLatin1String("/Quantity"), 2));
        const SandboxReply updated = call(f, "PUT", "/v2/purchase-orders/shipments", grown);
        verifyEnvelope(updated, 201);
        QCOMPARE(call(f, "GET", "/admin/shipments/SHP-1").body, grown);
        QJsonObject listed = listShipments(f, "")[0].toObject();
        QCOMPARE(listed.value(QLatin1String("Lines"))
                     .toArray()[0]
                     .toObject()
                     .value(QLatin1String("Quantity"))
                     .toInt(),
                 2);
        QCOMPARE(listed.value(QLatin1String("LastMerchantUpdatedAt")).toString(),
                 QStringLiteral("2026-03-02T09:01:00Z"));
        // The first version was exported; the new one is not yet.
        QCOMPARE(listed.value(QLatin1String("LastExportStatus")).toString(),
                 QStringLiteral("NONE"));
        QCOMPARE(listed.value(QLatin1String("LastExportedAt")).toString(),
                 QStringLiteral("2026-03-02T09:00:05Z"));

        // Immutable after creation: the party ids and the channel.
        const struct
        {
            QString pointer;
            QString key;
        } immutable[]
            = { { QStringLiteral("/Model/SellingPartyId"), QStringLiteral("Model.SellingPartyId") },
                { QStringLiteral("/Model/ShipFromPartyId"),
                  QStringLiteral("Model.ShipFromPartyId") },
                { QStringLiteral("/Model/ShipToPartyId"), QStringLiteral("Model.ShipToPartyId") },
                { QStringLiteral("/ChannelId"), QStringLiteral("ChannelId") } };
        for (const auto &[pointer, key] : immutable) {
            const QJsonValue other = pointer == QLatin1String("/ChannelId")
                ? QJsonValue(po->channelId + 1)
                : QJsonValue(QStringLiteral("OTHER1"));
            const SandboxReply reply = call(f, "PUT", "/v2/purchase-orders/shipments",
                                            compact(with(original, pointer, other)));
            verifyEnvelope(reply, 400);
            QVERIFY2(errorKeys(reply).contains(key), reply.body.constData());
        }
        // A rule violation on update.
        const SandboxReply invalid
            = call(f, "PUT", "/v2/purchase-orders/shipments",
                   compact(with(original, kItem + QLatin1String("/Quantity"), 0)));
        verifyEnvelope(invalid, 400);
        QCOMPARE(call(f, "GET", "/admin/shipments/SHP-1").body, grown);

        const QJsonObject calls = shipmentCalls(f, QStringLiteral("SHP-1"));
        QCOMPARE(calls.value(QLatin1String("Posts")).toInt(), 1);
        QCOMPARE(calls.value(QLatin1String("Puts")).toInt(), 1);
        QCOMPARE(calls.value(QLatin1String("PutAttempts")).toInt(), 7);
    }

    void deliveryLocksTheShipment()
    {
        Fixture f = make();
        const PurchaseOrder *po = findOrder(f, PurchaseOrderStatus::InProgress);
        QVERIFY(po);
        const QJsonObject original = shipmentFor(*po, QStringLiteral("SHP-1"));
        QCOMPARE(call(f, "POST", "/v2/purchase-orders/shipments", compact(original)).status, 201);

        verifyEnvelope(call(f, "POST", "/admin/shipments/deliver"), 400);
        verifyEnvelope(call(f, "POST", "/admin/shipments/deliver?merchantShipmentNo=NOPE"), 404);
        m_now = m_now.addSecs(2);
        verifyEnvelope(call(f, "POST", "/admin/shipments/deliver?merchantShipmentNo=SHP-1"), 200);
        // Delivered: exported, whatever the delay.
        const QJsonObject listed = listShipments(f, "")[0].toObject();
        QCOMPARE(listed.value(QLatin1String("LastExportStatus")).toString(),
                 QStringLiteral("SUCCESS"));
        QCOMPARE(listed.value(QLatin1String("LastExportedAt")).toString(),
                 QStringLiteral("2026-03-02T09:00:02Z"));

        const SandboxReply late
            = call(f, "PUT", "/v2/purchase-orders/shipments",
                   compact(with(original, kItem + QLatin1String("/Quantity"), 2)));
        verifyEnvelope(late, 409);
        QCOMPARE(call(f, "GET", "/admin/shipments/SHP-1").body, compact(original));
        // Delivering twice is harmless.
        QCOMPARE(call(f, "POST", "/admin/shipments/deliver?merchantShipmentNo=SHP-1").status, 200);
    }

    void exportIsImmediateWithoutDelay()
    {
        SandboxOptions options;
        options.exportDelaySeconds = 0;
        Fixture f = make(options);
        const PurchaseOrder *po = findOrder(f, PurchaseOrderStatus::InProgress);
        QVERIFY(po);
        QCOMPARE(call(f, "POST", "/v2/purchase-orders/shipments",
                      compact(shipmentFor(*po, QStringLiteral("S"))))
                     .status,
                 201);
        QCOMPARE(
            listShipments(f, "")[0].toObject().value(QLatin1String("LastExportStatus")).toString(),
            QStringLiteral("SUCCESS"));
    }

    void filtersOfMerchantShipments()
    {
        Fixture f = make();
        const PurchaseOrder *a = findOrder(f, PurchaseOrderStatus::InProgress);
        const PurchaseOrder *b = findOrder(f, PurchaseOrderStatus::New);
        QVERIFY(a && b);
        QJsonObject first = shipmentFor(*a, QStringLiteral("SHP-A"), 1);
        QJsonObject second = shipmentFor(*b, QStringLiteral("SHP-B"), 10);
        second = with(second, QStringLiteral("/Model/CarrierName"),
                      QStringLiteral("Saia LTL Freight"));
        second = with(second, QStringLiteral("/Model/BillOfLadingNo"), QStringLiteral("BOL-0002"));
        QCOMPARE(call(f, "POST", "/v2/purchase-orders/shipments", compact(first)).status, 201);
        m_now = m_now.addSecs(3600);
        QCOMPARE(call(f, "POST", "/v2/purchase-orders/shipments", compact(second)).status, 201);

        auto numbers = [&](const QByteArray &query) {
            QStringList out;
            const SandboxReply reply
                = call(f, "GET", "/v2/purchase-orders/shipments/merchant" + query);
            const QJsonObject json = jsonOf(reply);
            for (const QJsonValue &s : json.value(QLatin1String("Content")).toArray())
                out.append(s.toObject().value(QLatin1String("MerchantShipmentNo")).toString());
            if (json.value(QLatin1String("TotalCount")).toInt(-1) < out.size())
                out.append(QStringLiteral("bad TotalCount"));
            return out;
        };
        QCOMPARE(numbers(""), (QStringList { QStringLiteral("SHP-A"), QStringLiteral("SHP-B") }));
        QCOMPARE(numbers("?identifiers.identifierType=CHANNEL_PURCHASE_ORDER_NO&identifiers.models="
                         + b->channelPurchaseOrderNo.toLatin1()),
                 QStringList { QStringLiteral("SHP-B") });
        QCOMPARE(
            numbers("?identifiers.identifierType=MERCHANT_PURCHASE_ORDER_NO&identifiers.models="
                    + a->merchantPurchaseOrderNo.toLatin1()),
            QStringList { QStringLiteral("SHP-A") });
        QCOMPARE(
            numbers("?identifiers.identifierType=MERCHANT_SHIPMENT_NO&identifiers.models=SHP-A&"
                    "identifiers.models=SHP-B&identifiers.models=SHP-C"),
            (QStringList { QStringLiteral("SHP-A"), QStringLiteral("SHP-B") }));
        QCOMPARE(
            numbers("?identifiers.identifierType=MERCHANT_SHIPMENT_NO&identifiers.models=SHP-C"),
            QStringList());
        QCOMPARE(numbers("?billOfLadingNumber=BOL-0002"), QStringList { QStringLiteral("SHP-B") });
        QCOMPARE(numbers("?carrierName=estes%20express%20lines"),
                 QStringList { QStringLiteral("SHP-A") });
        QCOMPARE(numbers("?channelId=" + QByteArray::number(a->channelId))
                     .contains(QStringLiteral("SHP-A")),
                 true);
        QCOMPARE(numbers("?channelId=999"), QStringList());
        QCOMPARE(numbers("?createDateRange.fromDate=2026-03-02T09:30:00Z"),
                 QStringList { QStringLiteral("SHP-B") });
        QCOMPARE(numbers("?updateDateRange.toDate=2026-03-02T09:30:00Z"),
                 QStringList { QStringLiteral("SHP-A") });
        QCOMPARE(numbers("?pageSize=1&pageNumber=2"), QStringList { QStringLiteral("SHP-B") });
        QCOMPARE(numbers("?pageSize=1&pageNumber=3"), QStringList());
        const QJsonObject page
            = jsonOf(call(f, "GET", "/v2/purchase-orders/shipments/merchant?pageSize=1"));
        QCOMPARE(page.value(QLatin1String("TotalCount")).toInt(), 2);
        QCOMPARE(page.value(QLatin1String("ItemsPerPage")).toInt(), 1);

        for (const QByteArray &query :
             { QByteArray("?identifiers.identifierType=SKU&identifiers.models=x"),
               QByteArray("?identifiers.models=x"), QByteArray("?channelId=x"),
               QByteArray("?pageSize=0"), QByteArray("?shippedDateRange.fromDate=soon") }) {
            verifyEnvelope(call(f, "GET", "/v2/purchase-orders/shipments/merchant" + query), 400);
        }
    }

    void rateLimitGives429()
    {
        SandboxOptions options;
        options.faults.rateLimit = 2;
        Fixture f = make(options);
        SandboxReply reply = call(f, "GET", "/v2/purchase-orders");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("x-rate-limit-limit"), QByteArray("1"));
        QCOMPARE(reply.header("x-rate-limit-remaining"), QByteArray("1"));
        m_now = m_now.addSecs(10);
        reply = call(f, "GET", "/v2/purchase-orders");
        QCOMPARE(reply.header("x-rate-limit-remaining"), QByteArray("0"));
        m_now = m_now.addSecs(10);
        reply = call(f, "GET", "/v2/purchase-orders");
        verifyEnvelope(reply, 429);
        QCOMPARE(reply.header("retry-after"), QByteArray("40"));
        QCOMPARE(reply.header("x-rate-limit-remaining"), QByteArray("0"));
        // Per endpoint: another one is not limited yet; admin endpoints never are.
        QCOMPARE(call(f, "GET", "/v2/purchase-orders/shipments/merchant").status, 200);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(call(f, "GET", "/admin/stats").status, 200);
        m_now = m_now.addSecs(40);
        QCOMPARE(call(f, "GET", "/v2/purchase-orders").status, 200);
        QCOMPARE(f.state->stats().rateLimited, 1);
    }

    void failRateGives500BeforeDoingAnything()
    {
        SandboxOptions options;
        options.faults.failRate = 1;
        Fixture f = make(options);
        const PurchaseOrder *po = findOrder(f, PurchaseOrderStatus::InProgress);
        QVERIFY(po);
        const SandboxReply reply = call(f, "POST", "/v2/purchase-orders/shipments",
                                        compact(shipmentFor(*po, QStringLiteral("SHP-1"))));
        verifyEnvelope(reply, 500);
        QCOMPARE(f.state->shipments().size(), 0);
        QCOMPARE(call(f, "GET", "/v2/purchase-orders").status, 500);
        // Admin endpoints have no faults; they switch them off.
        QCOMPARE(call(f, "POST", "/admin/faults", "{\"failRate\":0}").status, 200);
        QCOMPARE(call(f, "GET", "/v2/purchase-orders").status, 200);
        const QJsonObject stats
            = jsonOf(call(f, "GET", "/admin/stats")).value(QLatin1String("Content")).toObject();
        QCOMPARE(stats.value(QLatin1String("FailuresInjected")).toInt(), 2);
        QCOMPARE(stats.value(QLatin1String("FaultsInjected")).toInt(), 2);
    }

    void dropRateDoesTheWorkThenDrops()
    {
        SandboxOptions options;
        options.faults.dropRate = 1;
        options.faults.latencyMs = 250;
        Fixture f = make(options);
        const PurchaseOrder *po = findOrder(f, PurchaseOrderStatus::InProgress);
        QVERIFY(po);
        const SandboxReply reply = call(f, "POST", "/v2/purchase-orders/shipments",
                                        compact(shipmentFor(*po, QStringLiteral("SHP-1"))));
        QVERIFY(reply.dropConnection);
        QCOMPARE(reply.delayMs, 250);
        QCOMPARE(f.state->shipments().size(), 1);
        const SandboxReply admin = call(f, "GET", "/admin/shipments/SHP-1");
        QVERIFY(!admin.dropConnection);
        QCOMPARE(admin.delayMs, 0);
        QCOMPARE(f.state->stats().dropsInjected, 1);
    }

    void faultsFollowTheSeed()
    {
        auto sequence = [&](quint32 seed) {
            SandboxOptions options;
            options.seed = seed;
            options.faults.failRate = 0.5;
            Fixture f = make(options);
            QString statuses;
            for (int i = 0; i < 40; ++i)
                statuses += call(f, "GET", "/v2/purchase-orders?pageSize=1").status == 500
                    ? QLatin1Char('x')
                    : QLatin1Char('.');
            return statuses;
        };
        const QString first = sequence(21);
        QCOMPARE(sequence(21), first);
        QVERIFY(first.contains(QLatin1Char('x')) && first.contains(QLatin1Char('.')));
        QVERIFY(sequence(22) != first);
    }

    void faultsChangeAtRunTime()
    {
        Fixture f = make();
        SandboxReply reply = call(f, "GET", "/admin/faults");
        QCOMPARE(reply.status, 200);
        QCOMPARE(jsonOf(reply)
                     .value(QLatin1String("Content"))
                     .toObject()
                     .value(QLatin1String("failRate"))
                     .toDouble(),
                 0.0);
        reply = call(f, "POST", "/admin/faults",
                     "{\"failRate\":0.25,\"dropRate\":0.5,\"latencyMs\":30,\"rateLimit\":9}");
        QCOMPARE(reply.status, 200);
        const QJsonObject content = jsonOf(reply).value(QLatin1String("Content")).toObject();
        QCOMPARE(content.value(QLatin1String("failRate")).toDouble(), 0.25);
        QCOMPARE(content.value(QLatin1String("dropRate")).toDouble(), 0.5);
        QCOMPARE(content.value(QLatin1String("latencyMs")).toInt(), 30);
        QCOMPARE(content.value(QLatin1String("rateLimit")).toInt(), 9);
        QCOMPARE(f.state->faults().latencyMs, 30);
        // Partial updates keep the rest.
        QCOMPARE(call(f, "POST", "/admin/faults", "{\"latencyMs\":0}").status, 200);
        QCOMPARE(f.state->faults().failRate, 0.25);
        QCOMPARE(f.state->faults().latencyMs, 0);
        for (const QByteArray &bad :
             { QByteArray("{\"failRate\":2}"), QByteArray("{\"dropRate\":-0.1}"),
               QByteArray("{\"latencyMs\":1.5}"), QByteArray("{\"rateLimit\":\"x\"}"),
               QByteArray("{\"speed\":1}"), QByteArray("[]") }) {
            verifyEnvelope(call(f, "POST", "/admin/faults", bad), 400);
        }
        QCOMPARE(f.state->faults().failRate, 0.25);
    }

    void adminAddsAndReplacesPurchaseOrders()
    {
        Fixture f = make();
        const qint64 before = f.state->orders().size();
        PurchaseOrder po = f.state->orders().first();
        po.id.reset();
        po.channelPurchaseOrderNo = QStringLiteral("NEWPO001");
        po.status = PurchaseOrderStatus::New;
        for (PurchaseOrderLine &line : po.lines)
            line.id.reset();
        m_now = m_now.addSecs(120);

        // A bare array.
        SandboxReply reply = call(f, "POST", "/admin/purchase-orders", OrdersJson::write({ po }));
        verifyEnvelope(reply, 201);
        QCOMPARE(jsonOf(reply).value(QLatin1String("Count")).toInt(), 1);
        QCOMPARE(f.state->orders().size(), before + 1);
        const QJsonArray listed = listOrders(
            f, "?identifiers.identifierType=CHANNEL_PURCHASE_ORDER_NO&identifiers.models=NEWPO001");
        QCOMPARE(listed.size(), 1);
        const QJsonObject added = listed[0].toObject();
        QVERIFY(added.value(QLatin1String("Id")).toInteger() > 0);
        QCOMPARE(added.value(QLatin1String("UpdatedAt")).toString(),
                 QStringLiteral("2026-03-02T09:02:00Z"));
        for (const QJsonValue &line : added.value(QLatin1String("Lines")).toArray())
            QVERIFY(line.toObject().value(QLatin1String("Id")).toInteger() > 0);

        // The new PO is known to the shipment rules at once.
        QCOMPARE(call(f, "POST", "/v2/purchase-orders/shipments",
                      compact(shipmentFor(po, QStringLiteral("SHP-N"))))
                     .status,
                 201);

        // Replacing through the envelope form keeps the Id and bumps UpdatedAt.
        po.lines.removeLast();
        m_now = m_now.addSecs(60);
        const QByteArray envelope = OrdersJson::write({ po });
        reply = call(f, "POST", "/admin/purchase-orders", envelope);
        verifyEnvelope(reply, 201);
        QCOMPARE(f.state->orders().size(), before + 1);
        const QJsonObject replaced = listOrders(f,
                                                "?identifiers.identifierType=CHANNEL_PURCHASE_"
                                                "ORDER_NO&identifiers.models=NEWPO001")[0]
                                         .toObject();
        QCOMPARE(replaced.value(QLatin1String("Id")).toInteger(),
                 added.value(QLatin1String("Id")).toInteger());
        QCOMPARE(replaced.value(QLatin1String("Lines")).toArray().size(), po.lines.size());
        QCOMPARE(replaced.value(QLatin1String("UpdatedAt")).toString(),
                 QStringLiteral("2026-03-02T09:03:00Z"));

        // Refused: no PO number; a schema error.
        po.channelPurchaseOrderNo.clear();
        reply = call(f, "POST", "/admin/purchase-orders", OrdersJson::write({ po }));
        verifyEnvelope(reply, 400);
        QCOMPARE(errorKeys(reply),
                 QStringList { QStringLiteral("Content[0].ChannelPurchaseOrderNo") });
        reply = call(f, "POST", "/admin/purchase-orders",
                     "[{\"ChannelPurchaseOrderNo\":\"X\",\"Status\":\"OPEN\"}]");
        verifyEnvelope(reply, 400);
        QCOMPARE(f.state->orders().size(), before + 1);
    }

    void stateFileSurvivesARestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SandboxOptions options;
        options.statePath = dir.filePath(QStringLiteral("state.json"));
        QByteArray body;
        QByteArray ordersBefore;
        QString number;
        {
            Fixture f = make(options);
            QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
            QVERIFY(QFile::exists(options.statePath)); // seeded and written at once
            const PurchaseOrder *po = findOrder(f, PurchaseOrderStatus::New);
            QVERIFY(po);
            number = po->channelPurchaseOrderNo;
            AcknowledgementRequest ack;
            ack.identifier = number;
            AcknowledgementLine line;
            line.orderLineIdentifier = po->lines[0].merchantProductNo;
            line.acknowledgement.code = AcknowledgementCode::Rejected;
            line.acknowledgement.quantity = po->lines[0].quantity;
            line.acknowledgement.rejectionReason = RejectionReason::ObsoleteProduct;
            ack.lines = { line };
            QCOMPARE(call(f, "POST", "/v2/purchase-orders/lines/acknowledge",
                          AcknowledgementJson::write(ack))
                         .status,
                     201);
            body = compact(shipmentFor(*findOrder(f, PurchaseOrderStatus::InProgress),
                                       QStringLiteral("SHP-1")));
            QCOMPARE(call(f, "POST", "/v2/purchase-orders/shipments", body).status, 201);
            QCOMPARE(call(f, "POST", "/admin/shipments/deliver?merchantShipmentNo=SHP-1").status,
                     200);
            ordersBefore = OrdersJson::write(f.state->orders());
        }
        // Another seed and count are not used: the file wins.
        options.seed = 99;
        options.orders = 3;
        Fixture g = make(options);
        QVERIFY2(g.error.isEmpty(), qPrintable(g.error));
        QCOMPARE(OrdersJson::write(g.state->orders()), ordersBefore);
        const PurchaseOrder &po = g.state->orders()[g.state->orderIndex(number)];
        QCOMPARE(po.status, PurchaseOrderStatus::InProgress);
        QCOMPARE(po.lines[0].acknowledgements.size(), 1);
        QCOMPARE(po.lines[0].acknowledgements[0].rejectionReason, RejectionReason::ObsoleteProduct);
        QCOMPARE(call(g, "GET", "/admin/shipments/SHP-1").body, body);
        QCOMPARE(shipmentCalls(g, QStringLiteral("SHP-1")).value(QLatin1String("Posts")).toInt(),
                 1);
        verifyEnvelope(call(g, "PUT", "/v2/purchase-orders/shipments", body), 409);
        QCOMPARE(call(g, "POST", "/v2/purchase-orders/shipments", body).status, 409);
    }

    void corruptStateFileIsAnError_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not JSON") << QByteArray("{\"Format\":");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("another JSON") << QByteArray("{\"Content\":[]}");
        QTest::newRow("bad orders")
            << QByteArray("{\"Format\":\"vendorpack-sandbox-state\",\"Version\":1,\"Orders\":"
                          "[{\"Status\":\"WHATEVER\"}],\"Shipments\":[]}");
        QTest::newRow("bad shipment")
            << QByteArray("{\"Format\":\"vendorpack-sandbox-state\",\"Version\":1,\"Orders\":[],"
                          "\"Shipments\":[{\"Id\":1,\"MerchantShipmentNo\":\"S\",\"CreatedAt\":"
                          "\"2026-01-01T00:00:00Z\",\"UpdatedAt\":\"2026-01-01T00:00:00Z\","
                          "\"Body\":\"[\"}]}");
        QTest::newRow("acknowledgement of no line")
            << QByteArray("{\"Format\":\"vendorpack-sandbox-state\",\"Version\":1,\"Orders\":[],"
                          "\"Acknowledgements\":[{\"Order\":0,\"Line\":0,\"Code\":\"ACCEPTED\","
                          "\"Quantity\":1}],\"Shipments\":[]}");
        QTest::newRow("future version")
            << QByteArray("{\"Format\":\"vendorpack-sandbox-state\",\"Version\":2}");
    }

    void corruptStateFileIsAnError()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        SandboxOptions options;
        options.statePath = dir.filePath(QStringLiteral("state.json"));
        QFile file(options.statePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        Fixture f = make(options);
        QVERIFY(!f.state->isInitialized());
        QVERIFY(f.error.contains(options.statePath));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content); // never silently replaced
    }

    void statsCountRequests()
    {
        Fixture f = make();
        call(f, "GET", "/v2/purchase-orders");
        call(f, "GET", "/v2/purchase-orders?pageSize=1");
        call(f, "GET", "/v2/nothing");
        call(f, "GET", "/admin/faults");
        const QJsonObject stats
            = jsonOf(call(f, "GET", "/admin/stats")).value(QLatin1String("Content")).toObject();
        QCOMPARE(stats.value(QLatin1String("Requests")).toInt(), 3);
        QCOMPARE(stats.value(QLatin1String("AdminRequests")).toInt(), 2);
        QCOMPARE(stats.value(QLatin1String("PurchaseOrderCount")).toInt(), 80);
        const QJsonArray endpoints = stats.value(QLatin1String("Endpoints")).toArray();
        QCOMPARE(endpoints.size(), 1);
        QCOMPARE(endpoints[0].toObject().value(QLatin1String("Endpoint")).toString(),
                 QStringLiteral("GET /v2/purchase-orders"));
        QCOMPARE(endpoints[0].toObject().value(QLatin1String("Requests")).toInt(), 2);
    }
};

QTEST_APPLESS_MAIN(TestSandboxApi)

#include "tst_sandboxapi.moc"
