// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox over real loopback HTTP: in-process with QNetworkAccessManager (key, latency,
// dropped responses, 429, 500, admin endpoints, the state file) and as a separate process.

#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"

#include "core/ordersjson.h"
#include "core/sscc.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace VendorPack;

namespace {

const QByteArray kKey = QByteArrayLiteral("sandbox-demo-key");

// What came back over HTTP, or how the connection failed.
struct Response
{
    bool finished = false;
    int status = 0; // 0: no HTTP answer at all
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

QString sscc(quint64 serial)
{
    return Sscc::compose(0, QStringLiteral("0614141"), serial).digits();
}

// A valid one-item shipment of the PO's first line.
QByteArray shipmentFor(const PurchaseOrder &po, const QString &number, qint64 quantity = 1)
{
    const PurchaseOrderLine &line = po.lines.first();
    QJsonObject item { { QStringLiteral("Type"), QStringLiteral("ITEM") },
                       { QStringLiteral("IdentifierType"), QStringLiteral("SKU") },
                       { QStringLiteral("IdentifierValue"), line.merchantProductNo },
                       { QStringLiteral("ChannelPurchaseOrderNo"), po.channelPurchaseOrderNo },
                       { QStringLiteral("Quantity"), quantity },
                       { QStringLiteral("QuantityUnitOfMeasure"),
                         QString(enumToWire(line.unitOfMeasure)) } };
    if (line.unitOfMeasure == QuantityUnit::Cases)
        item[QStringLiteral("UnitsPerCase")] = line.unitSize;
    const QJsonObject carton { { QStringLiteral("Type"), QStringLiteral("CARTON") },
                               { QStringLiteral("IdentifierType"), QStringLiteral("SSCC") },
                               { QStringLiteral("IdentifierValue"), sscc(2) },
                               { QStringLiteral("Lines"), QJsonArray { item } } };
    const QJsonObject model { { QStringLiteral("MerchantShipmentNo"), number },
                              { QStringLiteral("CarrierShipmentNo"), QStringLiteral("PRO1") },
                              { QStringLiteral("ShipmentType"), QStringLiteral("SMALL_PARCEL") },
                              { QStringLiteral("SellingPartyId"), po.sellingParty.partyId },
                              { QStringLiteral("ShipFromPartyId"), po.sellingParty.partyId },
                              { QStringLiteral("ShipToPartyId"), po.shipToParty.partyId },
                              { QStringLiteral("Lines"), QJsonArray { carton } } };
    return QJsonDocument(QJsonObject { { QStringLiteral("ChannelId"), po.channelId },
                                       { QStringLiteral("Model"), model } })
        .toJson(QJsonDocument::Compact);
}

const PurchaseOrder *openOrder(SandboxState &state)
{
    for (const PurchaseOrder &po : state.orders()) {
        if (po.status == PurchaseOrderStatus::InProgress)
            return &po;
    }
    return nullptr;
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> start(SandboxOptions options = SandboxOptions())
    {
        if (options.orders == SandboxOptions::kDefaultOrders)
            options.orders = 30;
        auto server = std::make_unique<SandboxServer>(options);
        if (server->listen(0) == 0)
            qWarning("listen failed: %s", qPrintable(server->errorString()));
        return server;
    }

    QUrl url(const SandboxServer &server, const QString &path) const
    {
        return QUrl(server.baseUrl().toString() + path);
    }

    QNetworkReply *begin(const QByteArray &method, const QUrl &target,
                         const QByteArray &body = QByteArray(), const QByteArray &key = kKey)
    {
        QNetworkRequest request(target);
        if (!key.isEmpty())
            request.setRawHeader("X-CE-KEY", key);
        if (method == "POST" || method == "PUT")
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
        request.setTransferTimeout(15000);
        return m_manager->sendCustomRequest(request, method, body);
    }

    Response finish(QNetworkReply *reply, const QElapsedTimer &clock)
    {
        Response response;
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &QNetworkReply::finished);
            spy.wait(20000);
        }
        response.finished = reply->isFinished();
        response.elapsedMs = clock.elapsed();
        response.error = reply->error();
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            response.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return response;
    }

    Response send(const QByteArray &method, const QUrl &target,
                  const QByteArray &body = QByteArray(), const QByteArray &key = kKey)
    {
        QElapsedTimer clock;
        clock.start();
        return finish(begin(method, target, body, key), clock);
    }

    static QJsonObject shipmentCalls(const Response &stats, const QString &number)
    {
        const QJsonArray shipments = stats.json()
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

    std::unique_ptr<QNetworkAccessManager> m_manager;

private slots:
    void init()
    {
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_manager->setProxy(QNetworkProxy::NoProxy);
    }

    void cleanup() { m_manager.reset(); }

    void listensOnLoopbackOnly()
    {
        auto server = start();
        QVERIFY(server->port() > 0);
        QCOMPARE(server->baseUrl().toString(),
                 QStringLiteral("http://127.0.0.1:%1/api").arg(server->port()));
        const QList<QTcpServer *> servers = server->servers();
        QCOMPARE(servers.size(), 1);
        QCOMPARE(servers.first()->serverAddress(), QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(server->listen(0), quint16(0));
        QVERIFY(!server->errorString().isEmpty());

        // A taken port is a clear failure.
        auto other = std::make_unique<SandboxServer>(SandboxOptions());
        QCOMPARE(other->listen(server->port()), quint16(0));
        QVERIFY(other->errorString().contains(QString::number(server->port())));
    }

    void keyInHeaderOrQuery()
    {
        auto server = start();
        Response r = send("GET", url(*server, QStringLiteral("/v2/purchase-orders?pageSize=5")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("Count")).toInt(), 5);
        QCOMPARE(r.json().value(QLatin1String("TotalCount")).toInt(), 30);
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));

        r = send("GET", url(*server, QStringLiteral("/v2/purchase-orders?apikey=sandbox-demo-key")),
                 {}, QByteArray());
        QCOMPARE(r.status, 200);

        r = send("GET", url(*server, QStringLiteral("/v2/purchase-orders")), {}, QByteArray());
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QLatin1String("StatusCode")).toInt(), 401);
        QCOMPARE(r.json().value(QLatin1String("Success")).toBool(true), false);

        r = send("GET", url(*server, QStringLiteral("/v2/purchase-orders")), {}, "wrong");
        QCOMPARE(r.status, 401);
        QVERIFY(r.json()
                    .value(QLatin1String("Message"))
                    .toString()
                    .startsWith(QLatin1String("API key is unknown")));
        QVERIFY(!r.body.contains(kKey) && !r.body.contains("wrong"));

        r = send("DELETE", url(*server, QStringLiteral("/v2/purchase-orders")));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.headers.value("allow"), QByteArray("GET"));
        r = send("GET", url(*server, QStringLiteral("/v2/elsewhere")));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value(QLatin1String("StatusCode")).toInt(), 404);
        r = send("POST", url(*server, QStringLiteral("/v2/purchase-orders/shipments")), "{oops");
        QCOMPARE(r.status, 400);
        QVERIFY(r.json()
                    .value(QLatin1String("ValidationErrors"))
                    .toObject()
                    .contains(QLatin1String("$")));
    }

    void createUpdateAndList()
    {
        auto server = start();
        const PurchaseOrder *po = openOrder(server->state());
        QVERIFY(po);
        const QByteArray body = shipmentFor(*po, QStringLiteral("SHP-1"));
        Response r
            = send("POST", url(*server, QStringLiteral("/v2/purchase-orders/shipments")), body);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(QLatin1String("StatusCode")).toInt(), 201);
        QVERIFY(!r.json().value(QLatin1String("RequestId")).toString().isEmpty());

        const QByteArray grown = shipmentFor(*po, QStringLiteral("SHP-1"), 2);
        r = send("PUT", url(*server, QStringLiteral("/v2/purchase-orders/shipments")), grown);
        QCOMPARE(r.status, 201);

        r = send("GET", url(*server, QStringLiteral("/admin/shipments/SHP-1")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, grown);

        r = send("GET",
                 url(*server,
                     QStringLiteral("/v2/purchase-orders/shipments/merchant?"
                                    "identifiers.identifierType=MERCHANT_SHIPMENT_NO&"
                                    "identifiers.models=SHP-1")));
        QCOMPARE(r.status, 200);
        const QJsonArray content = r.json().value(QLatin1String("Content")).toArray();
        QCOMPARE(content.size(), 1);
        QCOMPARE(content[0].toObject().value(QLatin1String("LastExportStatus")).toString(),
                 QStringLiteral("NONE"));

        // Delivered: locked.
        r = send("POST",
                 url(*server, QStringLiteral("/admin/shipments/deliver?merchantShipmentNo=SHP-1")));
        QCOMPARE(r.status, 200);
        r = send("PUT", url(*server, QStringLiteral("/v2/purchase-orders/shipments")), body);
        QCOMPARE(r.status, 409);

        const QJsonObject calls = shipmentCalls(
            send("GET", url(*server, QStringLiteral("/admin/stats"))), QStringLiteral("SHP-1"));
        QCOMPARE(calls.value(QLatin1String("Posts")).toInt(), 1);
        QCOMPARE(calls.value(QLatin1String("Puts")).toInt(), 1);
        QCOMPARE(calls.value(QLatin1String("Delivered")).toBool(), true);
    }

    void latencyDelaysApiAnswersOnly()
    {
        SandboxOptions options;
        options.faults.latencyMs = 600;
        auto server = start(options);
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *api
            = begin("GET", url(*server, QStringLiteral("/v2/purchase-orders?pageSize=1")));
        QNetworkReply *admin = begin("GET", url(*server, QStringLiteral("/admin/stats")));
        QSignalSpy apiDone(api, &QNetworkReply::finished);
        const Response adminResponse = finish(admin, clock);
        QCOMPARE(adminResponse.status, 200);
        QCOMPARE(apiDone.count(), 0); // the admin answer came first
        const Response apiResponse = finish(api, clock);
        QCOMPARE(apiResponse.status, 200);
        QVERIFY2(apiResponse.elapsedMs >= 550, qPrintable(QString::number(apiResponse.elapsedMs)));
        QVERIFY(adminResponse.elapsedMs < apiResponse.elapsedMs);
    }

    void clientGivingUpDuringLatencyIsHarmless()
    {
        SandboxOptions options;
        options.faults.latencyMs = 400;
        auto server = start(options);
        QNetworkReply *reply = begin("GET", url(*server, QStringLiteral("/v2/purchase-orders")));
        QTest::qWait(100);
        reply->abort();
        reply->deleteLater();
        QTest::qWait(500); // the late answer finds no socket
        QCOMPARE(send("GET", url(*server, QStringLiteral("/admin/stats"))).status, 200);
    }

    void droppedResponseStillCreatesTheShipment()
    {
        SandboxOptions options;
        options.faults.dropRate = 1;
        auto server = start(options);
        const PurchaseOrder *po = openOrder(server->state());
        QVERIFY(po);
        Response r = send("POST", url(*server, QStringLiteral("/v2/purchase-orders/shipments")),
                          shipmentFor(*po, QStringLiteral("SHP-LOST")));
        QVERIFY(r.finished);
        QCOMPARE(r.status, 0); // no HTTP answer at all
        QVERIFY(r.error != QNetworkReply::NoError);

        // Switch the drops off and look the shipment up: it exists, created once. (Qt's network
        // access resends a request once when the connection closes without an answer, even a
        // POST; that second POST finds the shipment and gets 409, so Posts stays 1.)
        r = send("POST", url(*server, QStringLiteral("/admin/faults")), "{\"dropRate\":0}");
        QCOMPARE(r.status, 200);
        r = send("GET",
                 url(*server,
                     QStringLiteral("/v2/purchase-orders/shipments/merchant?"
                                    "identifiers.identifierType=MERCHANT_SHIPMENT_NO&"
                                    "identifiers.models=SHP-LOST")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("Content")).toArray().size(), 1);
        const Response stats = send("GET", url(*server, QStringLiteral("/admin/stats")));
        QCOMPARE(
            shipmentCalls(stats, QStringLiteral("SHP-LOST")).value(QLatin1String("Posts")).toInt(),
            1);
        QVERIFY(stats.json()
                    .value(QLatin1String("Content"))
                    .toObject()
                    .value(QLatin1String("DropsInjected"))
                    .toInt()
                >= 1);
        QCOMPARE(server->state().shipments().size(), 1);
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        SandboxOptions options;
        options.faults.rateLimit = 1;
        auto server = start(options);
        Response r = send("GET", url(*server, QStringLiteral("/v2/purchase-orders?pageSize=1")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("x-rate-limit-limit"), QByteArray("1"));
        QCOMPARE(r.headers.value("x-rate-limit-remaining"), QByteArray("0"));
        r = send("GET", url(*server, QStringLiteral("/v2/purchase-orders?pageSize=1")));
        QCOMPARE(r.status, 429);
        const int retryAfter = r.headers.value("retry-after").toInt();
        QVERIFY(retryAfter >= 1 && retryAfter <= 60);
        QCOMPARE(r.headers.value("x-rate-limit-remaining"), QByteArray("0"));
        QCOMPARE(r.json().value(QLatin1String("StatusCode")).toInt(), 429);
        // Admin endpoints are never limited.
        QCOMPARE(send("GET", url(*server, QStringLiteral("/admin/stats"))).status, 200);
        QCOMPARE(send("GET", url(*server, QStringLiteral("/admin/stats"))).status, 200);
    }

    void failRateAnswers500()
    {
        SandboxOptions options;
        options.faults.failRate = 1;
        auto server = start(options);
        Response r = send("GET", url(*server, QStringLiteral("/v2/purchase-orders")));
        QCOMPARE(r.status, 500);
        QCOMPARE(r.json().value(QLatin1String("StatusCode")).toInt(), 500);
        QCOMPARE(r.json().value(QLatin1String("Success")).toBool(true), false);
        r = send("GET", url(*server, QStringLiteral("/admin/stats")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()
                     .value(QLatin1String("Content"))
                     .toObject()
                     .value(QLatin1String("FailuresInjected"))
                     .toInt(),
                 1);
    }

    void adminAddsPurchaseOrders()
    {
        auto server = start();
        PurchaseOrder po = server->state().orders().first();
        po.id.reset();
        po.channelPurchaseOrderNo = QStringLiteral("ADMIN001");
        Response r = send("POST", url(*server, QStringLiteral("/admin/purchase-orders")),
                          OrdersJson::write({ po }, JsonWriter::Compact));
        QCOMPARE(r.status, 201);
        r = send("GET",
                 url(*server,
                     QStringLiteral("/v2/purchase-orders?identifiers.identifierType="
                                    "CHANNEL_PURCHASE_ORDER_NO&identifiers.models=ADMIN001")));
        QCOMPARE(r.json().value(QLatin1String("Count")).toInt(), 1);
        r = send("GET", url(*server, QStringLiteral("/admin/faults")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()
                     .value(QLatin1String("Content"))
                     .toObject()
                     .value(QLatin1String("rateLimit"))
                     .toInt(-1),
                 0);
    }

    void largeBodiesAreRefusedEarly()
    {
        SandboxOptions options;
        options.maxBodyBytes = 2000;
        auto server = start(options);
        Response r = send("POST", url(*server, QStringLiteral("/v2/purchase-orders/shipments")),
                          QByteArray(20000, ' '));
        QCOMPARE(r.status, 413);
        QCOMPARE(r.json().value(QLatin1String("StatusCode")).toInt(), 413);
        // The server goes on serving.
        r = send("POST", url(*server, QStringLiteral("/v2/purchase-orders/shipments")),
                 QByteArray(1500, ' '));
        QCOMPARE(r.status, 400);
        QCOMPARE(send("GET", url(*server, QStringLiteral("/admin/stats"))).status, 200);
    }

    void stateSurvivesAnotherServer()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SandboxOptions options;
        options.statePath = dir.filePath(QStringLiteral("sandbox-state.json"));
        QByteArray body;
        QByteArray orders;
        {
            auto first = start(options);
            QVERIFY(first->port() > 0);
            const PurchaseOrder *po = openOrder(first->state());
            QVERIFY(po);
            body = shipmentFor(*po, QStringLiteral("SHP-KEPT"));
            QCOMPARE(
                send("POST", url(*first, QStringLiteral("/v2/purchase-orders/shipments")), body)
                    .status,
                201);
            orders = OrdersJson::write(first->state().orders());
        }
        auto second = start(options);
        QVERIFY(second->port() > 0);
        Response r = send("GET", url(*second, QStringLiteral("/admin/shipments/SHP-KEPT")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, body);
        QCOMPARE(OrdersJson::write(second->state().orders()), orders);
        r = send("POST", url(*second, QStringLiteral("/v2/purchase-orders/shipments")), body);
        QCOMPARE(r.status, 409);

        // A corrupt file stops the server from starting and is left as it is.
        second.reset();
        QFile file(options.statePath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"Format\":\"vendorpack-sandbox-state\",");
        file.close();
        SandboxServer broken(options);
        QCOMPARE(broken.listen(0), quint16(0));
        QVERIFY(broken.errorString().contains(options.statePath));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{\"Format\":\"vendorpack-sandbox-state\","));
    }

    void idleTimeoutIsReported()
    {
        SandboxOptions options;
        options.exitAfterIdleSeconds = 1;
        auto server = start(options);
        QSignalSpy idle(server.get(), &SandboxServer::idleTimeout);
        QTest::qWait(600);
        QCOMPARE(send("GET", url(*server, QStringLiteral("/admin/stats"))).status, 200);
        QTest::qWait(600);
        QCOMPARE(idle.count(), 0); // the request restarted the clock
        QVERIFY(idle.wait(3000));
    }

    void executableServesAndStops()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("VENDORPACK_SANDBOX_KEY"),
                           QStringLiteral("process-key-4711"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(VENDORPACK_SANDBOX_EXE),
                      { QStringLiteral("--port"), QStringLiteral("0"),
                        QStringLiteral("--exit-after-idle"), QStringLiteral("30"),
                        QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--orders"),
                        QStringLiteral("12") });
        QVERIFY(process.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 15000);
        const QString first = QString::fromUtf8(process.readLine()).trimmed();
        const QRegularExpressionMatch match
            = QRegularExpression(
                  QStringLiteral("^listening on (http://127\\.0\\.0\\.1:(\\d+)/api)$"))
                  .match(first);
        QVERIFY2(match.hasMatch(), qPrintable(first));
        QVERIFY(match.captured(2).toInt() > 0);
        const QString base = match.captured(1);

        Response r = send("GET", QUrl(base + QLatin1String("/v2/purchase-orders")), {},
                          "process-key-4711");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("TotalCount")).toInt(), 12);
        QCOMPARE(send("GET", QUrl(base + QLatin1String("/v2/purchase-orders"))).status, 401);

        process.terminate();
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
        QVERIFY(!output.contains("process-key-4711"));
    }

    void executableStopsWhenIdle()
    {
        QProcess process;
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(VENDORPACK_SANDBOX_EXE),
                      { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--orders"),
                        QStringLiteral("2"), QStringLiteral("--exit-after-idle"),
                        QStringLiteral("1") });
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(clock.elapsed() >= 900);
        QVERIFY(process.readAllStandardOutput().startsWith("listening on http://127.0.0.1:"));
    }

    void executableRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("other address")
            << QStringList { QStringLiteral("--bind"), QStringLiteral("0.0.0.0") }
            << QStringLiteral("127.0.0.1 only");
        QTest::newRow("bad rate") << QStringList { QStringLiteral("--fail-rate"),
                                                   QStringLiteral("1.5") }
                                  << QStringLiteral("--fail-rate");
        QTest::newRow("missing key file")
            << QStringList { QStringLiteral("--key-file"), QStringLiteral("/nonexistent/key") }
            << QStringLiteral("/nonexistent/key");
        QTest::newRow("unknown option")
            << QStringList { QStringLiteral("--colour") } << QStringLiteral("colour");
        QTest::newRow("corrupt state")
            << QStringList { QStringLiteral("--state"), QStringLiteral("@CORRUPT@") }
            << QStringLiteral("@CORRUPT@");
    }

    void executableRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString corrupt = dir.filePath(QStringLiteral("state.json"));
        QFile file(corrupt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a state");
        file.close();
        arguments.replaceInStrings(QStringLiteral("@CORRUPT@"), corrupt);
        message.replace(QStringLiteral("@CORRUPT@"), corrupt);
        arguments << QStringLiteral("--port") << QStringLiteral("0")
                  << QStringLiteral("--exit-after-idle") << QStringLiteral("5");
        QProcess process;
        process.start(QStringLiteral(VENDORPACK_SANDBOX_EXE), arguments);
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(errors.contains(message), qPrintable(errors));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("not a state"));
    }

    void helpListsEveryOption()
    {
        QProcess process;
        process.start(QStringLiteral(VENDORPACK_SANDBOX_EXE), { QStringLiteral("--help") });
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), 0);
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        for (const char *option :
             { "--port", "--bind", "--seed", "--orders", "--key-file", "--state", "--fail-rate",
               "--drop-rate", "--latency-ms", "--apply-delay-ms", "--rate-limit", "--export-delay",
               "--max-body-bytes", "--exit-after-idle", "VENDORPACK_SANDBOX_KEY",
               "sandbox-demo-key" })
            QVERIFY2(help.contains(QLatin1String(option)), option);
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)

#include "tst_sandboxserver.moc"
