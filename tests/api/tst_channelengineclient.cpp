// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apilog.h"
#include "api/channelengineclient.h"
#include "api/ratepacer.h"

#include "core/merchantshipmentjson.h"
#include "core/ordersjson.h"
#include "core/shipmentjson.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <deque>
#include <functional>
#include <memory>

using namespace VendorPack;

namespace {

const QString kKey = QStringLiteral("0001112223334445556667778889991010101111");

// A self-signed certificate for 127.0.0.1 (EC P-256, valid until 2126): a server the client must
// not trust.
const char kSelfSignedKey[] = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg2OrR+GNxoqZYDMtZ
UjiARRCQ+wdhVWEQH2ReBjq6okihRANCAAT1yy1KGgVr7X/8pOfgxqpb4qyA+fAL
gKxeYrJOX3LTPSn2o5JDMbMdfBKbNDtuQyAHsFGR2bY3al1aJyscputl
-----END PRIVATE KEY-----
)";
const char kSelfSignedCertificate[] = R"(-----BEGIN CERTIFICATE-----
MIIBkDCCATagAwIBAgIUDyWmrN07hZxrnM688KsnEB9ev7QwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyNTE0MDEyMloYDzIxMjYxMTAx
MTQwMTIyWjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAAT1yy1KGgVr7X/8pOfgxqpb4qyA+fALgKxeYrJOX3LTPSn2o5JDMbMd
fBKbNDtuQyAHsFGR2bY3al1aJyscputlo2QwYjAdBgNVHQ4EFgQUMqtmrXqjOeB7
Yyq3+RO09Qs+N+swHwYDVR0jBBgwFoAUMqtmrXqjOeB7Yyq3+RO09Qs+N+swDwYD
VR0TAQH/BAUwAwEB/zAPBgNVHREECDAGhwR/AAABMAoGCCqGSM49BAMCA0gAMEUC
IFlZRgMKve1YfMA5hPWJndWjY39P1nCWYyVjbRDJ14YOAiEA78PNTbrVAUEkqP73
nhn0ZkZciGszxmnOcytRdNURP1U=
-----END CERTIFICATE-----
)";

// Every message of the test run, whatever its category, to prove the key never shows.
QStringList g_messages;
QMutex g_messagesMutex;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_messagesMutex);
        g_messages.append(QString::fromLatin1(context.category ? context.category : "")
                          + QLatin1String(": ") + message);
    }
    if (qEnvironmentVariableIsSet("VENDORPACK_TEST_VERBOSE") && g_previousHandler)
        g_previousHandler(type, context, message);
}

// A scripted HTTP/1.1 server on 127.0.0.1 for what a real server cannot be made to do: every
// answer closes its connection; answers come from a queue, then from a handler.
class FakeServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        qint64 atMs = 0; // since the server started
    };

    enum class Mode {
        Normal,
        Drop, // read the request, close without a word
        Truncate, // announce more bytes than are sent, then close
        Drip, // one byte every dripMs
        Stream // a body of streamBytes without Content-Length (or with declaredLength)
    };

    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray contentType = "application/json; charset=utf-8";
        Mode mode = Mode::Normal;
        int delayMs = 0;
        int dripMs = 100;
        qint64 streamBytes = 0;
        std::optional<qint64> declaredLength;
    };
    using Handler = std::function<Response(const Request &)>;

    FakeServer()
    {
        m_clock.start();
        connect(&m_server, &QTcpServer::newConnection, this, &FakeServer::onNewConnection);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl baseUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(m_server.serverPort()));
    }
    qint64 elapsed() const { return m_clock.elapsed(); }

    void enqueue(const Response &response) { m_queue.push_back(response); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    QList<Request> requests;
    int connections = 0;

    int count(const QByteArray &method) const
    {
        int n = 0;
        for (const Request &r : requests)
            n += r.method == method ? 1 : 0;
        return n;
    }

private:
    void onNewConnection()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++connections;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(),
                                       line.mid(colon + 1).trimmed());
        }
        const qint64 length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            return;
        request.body = buffer.mid(headEnd + 4, length);
        request.atMs = m_clock.elapsed();
        buffer.clear();
        m_buffers.remove(socket);
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        requests.append(request);

        Response response;
        if (!m_queue.empty()) {
            response = m_queue.front();
            m_queue.pop_front();
        } else if (m_handler) {
            response = m_handler(request);
        } else {
            response.status = 500;
            response.body = R"({"Success":false,"Message":"unscripted request"})";
        }
        if (response.delayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(response.delayMs, this, [this, guard, response] {
                if (guard)
                    answer(guard, response);
            });
        } else {
            answer(socket, response);
        }
    }

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 201:
            return "Created";
        case 400:
            return "Bad Request";
        case 401:
            return "Unauthorized";
        case 404:
            return "Not Found";
        case 409:
            return "Conflict";
        case 429:
            return "Too Many Requests";
        case 502:
            return "Bad Gateway";
        default:
            return "Status";
        }
    }

    void answer(QTcpSocket *socket, const Response &response)
    {
        if (response.mode == Mode::Drop) {
            socket->disconnectFromHost();
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + reason(response.status) + "\r\n";
        head += "Content-Type: " + response.contentType + "\r\n";
        for (const auto &[name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        std::optional<qint64> length = response.declaredLength;
        if (!length && response.mode != Mode::Stream)
            length = response.body.size() + (response.mode == Mode::Truncate ? 1000 : 0);
        if (length)
            head += "Content-Length: " + QByteArray::number(*length) + "\r\n";
        head += "Connection: close\r\n\r\n";

        switch (response.mode) {
        case Mode::Normal:
        case Mode::Truncate:
            socket->write(head + response.body);
            socket->disconnectFromHost();
            break;
        case Mode::Drip: {
            socket->write(head);
            auto *timer = new QTimer(socket);
            auto sent = std::make_shared<qsizetype>(0);
            const QByteArray body = response.body;
            connect(timer, &QTimer::timeout, socket, [socket, timer, sent, body] {
                if (*sent >= body.size()) {
                    timer->stop();
                    socket->disconnectFromHost();
                    return;
                }
                socket->write(body.mid((*sent)++, 1));
            });
            timer->start(response.dripMs);
            break;
        }
        case Mode::Stream: {
            socket->write(head);
            auto remaining = std::make_shared<qint64>(response.streamBytes);
            auto pump = [socket, remaining] {
                if (socket->bytesToWrite() > 256 * 1024)
                    return;
                if (*remaining <= 0) {
                    socket->disconnectFromHost();
                    return;
                }
                const qint64 chunk = std::min<qint64>(*remaining, 64 * 1024);
                *remaining -= chunk;
                socket->write(QByteArray(chunk, 'x'));
            };
            connect(socket, &QTcpSocket::bytesWritten, socket, pump);
            pump();
            break;
        }
        case Mode::Drop:
            break;
        }
    }

    QTcpServer m_server;
    QElapsedTimer m_clock;
    std::deque<Response> m_queue;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// A network manager that counts the requests handed to it, to prove what was never sent.
class CountingNetworkManager : public QNetworkAccessManager
{
public:
    int created = 0;
    QList<QUrl> urls;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        ++created;
        urls.append(request.url());
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

FakeServer::Response json(int status, const QByteArray &body)
{
    FakeServer::Response response;
    response.status = status;
    response.body = body;
    return response;
}

FakeServer::Response created(const QByteArray &requestId = "r-201")
{
    return json(201,
                R"({"StatusCode":201,"RequestId":")" + requestId
                    + R"(","LogId":"l-201","Success":true})");
}

FakeServer::Response listing(const QList<MerchantShipment> &shipments)
{
    return json(200, MerchantShipmentJson::writePage(shipments, shipments.size(), 100));
}

MerchantShipment listed(const QString &merchantShipmentNo)
{
    MerchantShipment shipment;
    shipment.id = 7;
    shipment.merchantShipmentNo = merchantShipmentNo;
    shipment.lastExportStatus = ExportStatus::None;
    return shipment;
}

std::unique_ptr<Shipment> makeShipment(const QString &merchantShipmentNo)
{
    const QByteArray body
        = QStringLiteral(
              R"({"ChannelId":1,"Model":{"MerchantShipmentNo":"%1","SellingPartyId":"V1",)"
              R"("ShipFromPartyId":"V1","ShipToPartyId":"FC1","Lines":[{"Type":"CARTON",)"
              R"("IdentifierType":"SSCC","IdentifierValue":"123456789012345675","Lines":[)"
              R"({"Type":"ITEM","IdentifierType":"SKU","IdentifierValue":"SKU-1",)"
              R"("ChannelPurchaseOrderNo":"PO000001","Quantity":2,)"
              R"("QuantityUnitOfMeasure":"EACHES"}]}]}})")
              .arg(merchantShipmentNo)
              .toUtf8();
    return ShipmentJson::read(body).shipment;
}

PurchaseOrder order(int id)
{
    PurchaseOrder po;
    po.id = id;
    po.channelId = 1;
    po.channelPurchaseOrderNo = QStringLiteral("PO%1").arg(id, 6, 10, QLatin1Char('0'));
    po.status = PurchaseOrderStatus::New;
    PurchaseOrderLine line;
    line.id = id * 10;
    line.merchantProductNo = QStringLiteral("SKU-%1").arg(id);
    line.quantity = 4;
    po.lines.append(line);
    return po;
}

QUrlQuery queryOf(const FakeServer::Request &request)
{
    const qsizetype mark = request.target.indexOf('?');
    return QUrlQuery(mark < 0 ? QString() : QString::fromLatin1(request.target.mid(mark + 1)));
}

QByteArray pathOf(const FakeServer::Request &request)
{
    const qsizetype mark = request.target.indexOf('?');
    return mark < 0 ? request.target : request.target.left(mark);
}

} // namespace

class TestChannelEngineClient : public QObject
{
    Q_OBJECT

private:
    ClientSettings settingsFor(const FakeServer &server) const
    {
        ClientSettings settings;
        settings.baseUrl = server.baseUrl();
        settings.apiKey = kKey;
        settings.timeoutMs = 2000;
        settings.deadlineMs = 3000;
        settings.retry.maxAttempts = 3;
        settings.retry.initialDelayMs = 20;
        settings.retry.maxDelayMs = 200;
        settings.retry.totalDeadlineMs = 10000;
        settings.maxResponseBytes = 1024 * 1024;
        return settings;
    }

    // Waits for the call and checks that finished() came exactly once.
    template<typename Call>
    void wait(Call *call, int timeoutMs = 15000)
    {
        QSignalSpy spy(call, &ApiCall::finished);
        QVERIFY(!call->isFinished());
        QVERIFY(call->waitForFinished(timeoutMs));
        QTest::qWait(20);
        QCOMPARE(spy.count(), 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("vendorpack.api.debug=true"));
        g_previousHandler = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        QMutexLocker lock(&g_messagesMutex);
        for (const QString &message : std::as_const(g_messages)) {
            QVERIFY2(!message.contains(kKey), qPrintable(message));
            QVERIFY2(!message.contains(kKey.left(12)), qPrintable(message));
        }
    }

    void logsShowTheExchangeButOnlyTheRedactedKey()
    {
        {
            QMutexLocker lock(&g_messagesMutex);
            g_messages.clear();
        }
        FakeServer server;
        QVERIFY(server.listen());
        FakeServer::Response answer
            = json(200, OrdersJson::writePage({ order(1) }, 1, 100, JsonWriter::Compact));
        answer.body.replace("\"StatusCode\":200", "\"StatusCode\":200,\"RequestId\":\"r-log\"");
        server.enqueue(answer);
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        PurchaseOrderQuery query;
        query.statuses = { PurchaseOrderStatus::New };
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders(query));
        wait(call.get());
        QVERIFY2(call->isSuccess(), qPrintable(call->error().toText()));
        QMutexLocker lock(&g_messagesMutex);
        const QString all = g_messages.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("****1111")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("vendorpack.api: GET /api/v2/purchase-orders?"
                                            "statuses=NEW&pageNumber=1&pageSize=100 -> 200 in ")),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("(request r-log, log -)")), qPrintable(all));
        QVERIFY(!all.contains(kKey));
    }

    void settingsAreChecked_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("kind");
        const int none = int(ApiError::Kind::None);
        const int insecure = int(ApiError::Kind::InsecureUrl);
        const int invalid = int(ApiError::Kind::InvalidSettings);
        QTest::newRow("https tenant") << "https://tenant.channelengine.net/api" << kKey << none;
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8080/api" << kKey << none;
        QTest::newRow("http loopback 127/8") << "http://127.1.2.3/api" << kKey << none;
        QTest::newRow("http loopback v6") << "http://[::1]:9000/api" << kKey << none;
        QTest::newRow("http localhost") << "http://localhost:9000/api" << kKey << none;
        QTest::newRow("http LOCALHOST") << "http://LOCALHOST/api" << kKey << none;
        QTest::newRow("http remote") << "http://example.com/api" << kKey << insecure;
        QTest::newRow("http private") << "http://10.0.0.1/api" << kKey << insecure;
        QTest::newRow("http look-alike") << "http://localhost.example.com/api" << kKey << insecure;
        QTest::newRow("http 128.0.0.1") << "http://128.0.0.1/api" << kKey << insecure;
        QTest::newRow("ftp") << "ftp://tenant.channelengine.net/api" << kKey << invalid;
        QTest::newRow("no url") << "" << kKey << invalid;
        QTest::newRow("no key") << "https://tenant.channelengine.net/api"
                                << "" << invalid;
        QTest::newRow("key with newline") << "https://tenant.channelengine.net/api"
                                          << "abc\r\nX-Evil: 1" << invalid;
        QTest::newRow("key in url")
            << "https://tenant.channelengine.net/api?apikey=123" << kKey << invalid;
        QTest::newRow("credentials in url")
            << "https://user:pw@tenant.channelengine.net/api" << kKey << invalid;
    }

    void settingsAreChecked()
    {
        QFETCH(QString, url);
        QFETCH(QString, key);
        QFETCH(int, kind);
        ClientSettings settings;
        settings.baseUrl = QUrl(url);
        settings.apiKey = key;
        const ApiError error = settings.check();
        QCOMPARE(int(error.kind), kind);
        QVERIFY(!error.message.contains(kKey));
    }

    void insecureUrlIsRefusedBeforeConnecting()
    {
        CountingNetworkManager network;
        ClientSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://example.com/api"));
        settings.apiKey = kKey;
        ChannelEngineClient client(&network, settings);
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders({}));
        wait(call.get());
        QCOMPARE(call->error().kind, ApiError::Kind::InsecureUrl);
        QVERIFY(call->error().toText().contains(QLatin1String("example.com")));
        QVERIFY(!call->error().isRetryable());
        QCOMPARE(network.created, 0);

        auto shipment = makeShipment(QStringLiteral("SHP-1"));
        std::unique_ptr<ShipmentPushCall> push(client.pushShipment(*shipment));
        wait(push.get());
        QCOMPARE(push->error().kind, ApiError::Kind::InsecureUrl);
        QCOMPARE(network.created, 0);
    }

    void keyTravelsOnlyInTheHeader()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.enqueue(json(200, OrdersJson::writePage({ order(1) }, 1, 100)));
        CountingNetworkManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        PurchaseOrderQuery query;
        query.statuses = { PurchaseOrderStatus::New };
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders(query));
        wait(call.get());
        QVERIFY2(call->isSuccess(), qPrintable(call->error().toText()));
        QCOMPARE(server.requests.size(), 1);
        const FakeServer::Request &request = server.requests.first();
        QCOMPARE(request.headers.value("x-ce-key"), kKey.toLatin1());
        QVERIFY(!request.target.contains(kKey.toLatin1()));
        QVERIFY(!request.target.toLower().contains("apikey"));
        for (const QUrl &url : std::as_const(network.urls))
            QVERIFY(!url.toString().contains(kKey));
        QCOMPARE(pathOf(request), QByteArray("/api/v2/purchase-orders"));
        QCOMPARE(request.headers.value("accept"), QByteArray("application/json"));
    }

    void loggablePathHidesAnApiKeyQuery()
    {
        const QUrl url(QStringLiteral("https://t.channelengine.net/api/v2/purchase-orders"
                                      "?statuses=NEW&ApiKey=secretsecret&pageNumber=1"));
        const QString path = ApiLog::loggablePath(url);
        QCOMPARE(path,
                 QStringLiteral("/api/v2/purchase-orders?statuses=NEW&ApiKey=****&pageNumber=1"));
        QCOMPARE(ClientSettings::redactKey(kKey), QStringLiteral("****1111"));
        QCOMPARE(ClientSettings::redactKey(QStringLiteral("short-key")), QStringLiteral("****"));
        QCOMPARE(ClientSettings::redactKey(QStringLiteral("12345678901")), QStringLiteral("****"));
        QCOMPARE(ClientSettings::redactKey(QStringLiteral("123456789012")),
                 QStringLiteral("****9012"));
    }

    void unauthorizedIsNotRetriedAndScrubsTheKey()
    {
        FakeServer server;
        QVERIFY(server.listen());
        // ChannelEngine echoes the key it did not know; it must not reach a message or a log.
        server.setHandler([](const FakeServer::Request &) {
            return json(401,
                        R"({"StatusCode":401,"LogId":null,"Success":false,)"
                        R"("Message":"API key is unknown: )"
                            + kKey.toLatin1() + R"(","ValidationErrors":{}})");
        });
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders({}));
        wait(call.get());
        QCOMPARE(call->error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(call->error().httpStatus, 401);
        QVERIFY(!call->error().isRetryable());
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(!call->error().toText().contains(kKey));
        QVERIFY2(call->error().toText().contains(QLatin1String("API key is unknown: ****1111")),
                 qPrintable(call->error().toText()));
    }

    void malformedJsonIsABadResponse()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.setHandler(
            [](const FakeServer::Request &) { return json(200, R"({"Content":[{"Id":1,)"); });
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders({}));
        wait(call.get());
        QCOMPARE(call->error().kind, ApiError::Kind::BadResponse);
        QVERIFY(!call->error().isRetryable());
        QCOMPARE(server.requests.size(), 1);
        QVERIFY2(call->error().message.contains(QLatin1String("malformed JSON")),
                 qPrintable(call->error().message));
    }

    void htmlFromAProxyIsABadResponseThatIsRetried()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeServer::Request &) {
            FakeServer::Response response;
            response.status = 502;
            response.contentType = "text/html";
            response.body = "<html><head><title>502 Bad Gateway</title></head>"
                            "<body><h1>502 Bad Gateway</h1><hr>nginx</body></html>";
            return response;
        });
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders({}));
        wait(call.get());
        const ApiError &error = call->error();
        QCOMPARE(error.kind, ApiError::Kind::BadResponse);
        QCOMPARE(error.httpStatus, 502);
        QVERIFY(error.isRetryable());
        QVERIFY2(error.message.contains(QLatin1String("HTML")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("502 Bad Gateway")),
                 qPrintable(error.message));
        QCOMPARE(server.requests.size(), 3); // maxAttempts
        QCOMPARE(call->exchanges().size(), 3);
    }

    void successFalseIsABadResponse()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeServer::Request &request) {
            Q_UNUSED(request);
            return json(200,
                        R"({"StatusCode":200,"RequestId":"r-9","Success":false,)"
                        R"("Message":"Internal hiccup"})");
        });
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        std::unique_ptr<PurchaseOrdersCall> orders(client.fetchPurchaseOrders({}));
        wait(orders.get());
        QCOMPARE(orders->error().kind, ApiError::Kind::BadResponse);
        QCOMPARE(orders->error().requestId, QStringLiteral("r-9"));
        QVERIFY(orders->error().toText().contains(QLatin1String("Internal hiccup")));
        QVERIFY(orders->error().toText().contains(QLatin1String("(request r-9)")));

        auto shipment = makeShipment(QStringLiteral("SHP-2"));
        std::unique_ptr<WriteCall> update(client.updateShipment(*shipment));
        wait(update.get());
        QCOMPARE(update->error().kind, ApiError::Kind::BadResponse);
        QVERIFY(update->error().mayHaveBeenApplied);
    }

    void truncatedBodyIsABadResponse()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeServer::Request &) {
            FakeServer::Response response = json(200, R"({"Content":[],"Count":0)");
            response.mode = FakeServer::Mode::Truncate;
            return response;
        });
        QNetworkAccessManager network;
        ClientSettings settings = settingsFor(server);
        settings.retry.maxAttempts = 2;
        ChannelEngineClient client(&network, settings);
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders({}));
        wait(call.get());
        QCOMPARE(call->error().kind, ApiError::Kind::BadResponse);
        QVERIFY(call->error().transient);
        QVERIFY2(call->error().message.contains(QLatin1String("cut off")),
                 qPrintable(call->error().message));
        QCOMPARE(server.requests.size(), 2); // a GET is tried again
    }

    void hugeBodyIsAborted_data()
    {
        QTest::addColumn<bool>("announced");
        QTest::newRow("Content-Length beyond the cap") << true;
        QTest::newRow("no Content-Length, streamed") << false;
    }

    void hugeBodyIsAborted()
    {
        QFETCH(bool, announced);
        FakeServer server;
        QVERIFY(server.listen());
        server.setHandler([announced](const FakeServer::Request &) {
            FakeServer::Response response;
            response.mode = FakeServer::Mode::Stream;
            response.streamBytes = 8 * 1024 * 1024;
            if (announced)
                response.declaredLength = 100LL * 1024 * 1024;
            return response;
        });
        QNetworkAccessManager network;
        ClientSettings settings = settingsFor(server);
        settings.maxResponseBytes = 256 * 1024;
        ChannelEngineClient client(&network, settings);
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders({}));
        wait(call.get());
        QCOMPARE(call->error().kind, ApiError::Kind::BadResponse);
        QVERIFY2(call->error().message.contains(QLatin1String("larger than")),
                 qPrintable(call->error().message));
        QCOMPARE(server.requests.size(), 1); // not retried
        QVERIFY(clock.elapsed() < 5000);
    }

    void slowDripHitsTheDeadline()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeServer::Request &) {
            FakeServer::Response response = json(200, QByteArray(300, ' ') + "{}");
            response.mode = FakeServer::Mode::Drip;
            response.dripMs = 100;
            return response;
        });
        QNetworkAccessManager network;
        ClientSettings settings = settingsFor(server);
        settings.timeoutMs = 1000; // never idle that long
        settings.deadlineMs = 700;
        settings.retry.maxAttempts = 1;
        ChannelEngineClient client(&network, settings);
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders({}));
        wait(call.get());
        QCOMPARE(call->error().kind, ApiError::Kind::Timeout);
        QVERIFY(call->error().isRetryable());
        QVERIFY2(clock.elapsed() >= 600 && clock.elapsed() < 3000,
                 qPrintable(QString::number(clock.elapsed())));
    }

    void silentServerHitsTheTransferTimeout()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeServer::Request &) {
            FakeServer::Response response = json(200, "{}");
            response.delayMs = 5000;
            return response;
        });
        QNetworkAccessManager network;
        ClientSettings settings = settingsFor(server);
        settings.timeoutMs = 300;
        settings.deadlineMs = 4000;
        settings.retry.maxAttempts = 2;
        ChannelEngineClient client(&network, settings);
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders({}));
        wait(call.get());
        QCOMPARE(call->error().kind, ApiError::Kind::Timeout);
        QCOMPARE(server.requests.size(), 2);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    }

    void rateLimitRetryAfterIsHonoured()
    {
        FakeServer server;
        QVERIFY(server.listen());
        FakeServer::Response limited
            = json(429, R"({"StatusCode":429,"Success":false,"Message":"Too many requests"})");
        limited.headers = { { "Retry-After", "1" },
                            { "x-rate-limit-limit", "1" },
                            { "x-rate-limit-remaining", "0" } };
        server.enqueue(limited);
        server.enqueue(json(200, OrdersJson::writePage({ order(1) }, 1, 100)));
        QNetworkAccessManager network;
        ClientSettings settings = settingsFor(server);
        settings.retry.maxDelayMs = 5000;
        ChannelEngineClient client(&network, settings);
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders({}));
        wait(call.get());
        QVERIFY2(call->isSuccess(), qPrintable(call->error().toText()));
        QCOMPARE(call->result().orders.size(), 1);
        QCOMPARE(server.requests.size(), 2);
        const qint64 gap = server.requests[1].atMs - server.requests[0].atMs;
        QVERIFY2(gap >= 900, qPrintable(QString::number(gap)));
        QCOMPARE(call->exchanges().first().httpStatus, 429);
        QVERIFY(call->exchanges().first().rateLimitRemaining == std::optional<qint64>(0));
    }

    void pushLookupIsTheSharedMerchantShipmentQuery()
    {
        // The push looks the shipment up with MerchantShipmentQuery::byMerchantShipmentNo through
        // the same code as fetchMerchantShipments: the same request, to the byte.
        FakeServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeServer::Request &request) {
            return request.method == "GET" ? listing({ listed(QStringLiteral("SHP-20")) })
                                           : created("r-put");
        });
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        auto shipment = makeShipment(QStringLiteral("SHP-20"));
        std::unique_ptr<ShipmentPushCall> push(client.pushShipment(*shipment));
        wait(push.get());
        QVERIFY2(push->isSuccess(), qPrintable(push->error().toText()));
        std::unique_ptr<MerchantShipmentsCall> fetch(client.fetchMerchantShipments(
            MerchantShipmentQuery::byMerchantShipmentNo(QStringLiteral("SHP-20"), 1)));
        wait(fetch.get());
        QVERIFY(fetch->isSuccess());
        QCOMPARE(server.requests.size(), 3);
        QCOMPARE(server.requests[0].method, QByteArray("GET"));
        QCOMPARE(server.requests[0].target, server.requests[2].target);
    }

    void pagingShortOfTotalCountIsAFinding()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.enqueue(json(200, OrdersJson::writePage({ order(1), order(2) }, 5, 100)));
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders({}));
        wait(call.get());
        QVERIFY2(call->isSuccess(), qPrintable(call->error().toText()));
        QCOMPARE(call->result().orders.size(), 2);
        QCOMPARE(call->result().totalCount, qint64(5));
        const Findings &findings = call->result().findings;
        const auto it = std::find_if(findings.cbegin(), findings.cend(), [](const Finding &f) {
            return f.rule == QLatin1String("api.paging");
        });
        QVERIFY(it != findings.cend());
        QCOMPARE(it->severity, Severity::Warning);
        QVERIFY2(it->message.contains(QLatin1String("2 of the 5")), qPrintable(it->message));
    }

    void closedReplyIsNotRead()
    {
        // The transfer timeout makes Qt close the reply; reading it would print
        // "QIODevice::read (QNetworkReplyHttpImpl): device not open".
        qsizetype before = 0;
        {
            QMutexLocker lock(&g_messagesMutex);
            before = g_messages.size();
        }
        FakeServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeServer::Request &) {
            FakeServer::Response response = json(200, "{}");
            response.delayMs = 2000;
            return response;
        });
        QNetworkAccessManager network;
        ClientSettings settings = settingsFor(server);
        settings.timeoutMs = 200;
        settings.retry.maxAttempts = 1;
        ChannelEngineClient client(&network, settings);
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders({}));
        wait(call.get());
        QCOMPARE(call->error().kind, ApiError::Kind::Timeout);
        QMutexLocker lock(&g_messagesMutex);
        for (qsizetype i = before; i < g_messages.size(); ++i)
            QVERIFY2(!g_messages.at(i).contains(QLatin1String("device not open")),
                     qPrintable(g_messages.at(i)));
    }

    void pushIsBoundedAsAWhole()
    {
        // Each answer takes 1 s; the deadline of 1.5 s covers the whole push (lookup and POST),
        // not each request anew.
        FakeServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeServer::Request &request) {
            FakeServer::Response response
                = request.method == "GET" ? listing({}) : created("r-late");
            response.delayMs = 1000;
            return response;
        });
        QNetworkAccessManager network;
        ClientSettings settings = settingsFor(server);
        settings.retry.totalDeadlineMs = 1500;
        ChannelEngineClient client(&network, settings);
        auto shipment = makeShipment(QStringLiteral("SHP-15"));
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<ShipmentPushCall> call(client.pushShipment(*shipment));
        wait(call.get());
        QVERIFY(!call->isSuccess());
        QCOMPARE(call->error().kind, ApiError::Kind::Timeout);
        QVERIFY2(clock.elapsed() < 1900, qPrintable(QString::number(clock.elapsed())));
    }

    void pagedPullIsBoundedAsAWhole()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeServer::Request &) {
            FakeServer::Response response = json(200, OrdersJson::writePage({ order(1) }, 10, 1));
            response.delayMs = 600;
            return response;
        });
        QNetworkAccessManager network;
        ClientSettings settings = settingsFor(server);
        settings.retry.totalDeadlineMs = 1500;
        ChannelEngineClient client(&network, settings);
        QElapsedTimer clock;
        clock.start();
        PurchaseOrderQuery query;
        query.pageSize = 1;
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders(query));
        wait(call.get());
        QCOMPARE(call->error().kind, ApiError::Kind::Timeout);
        QVERIFY2(clock.elapsed() < 1900, qPrintable(QString::number(clock.elapsed())));
    }

    void rateLimitBeyondMaxDelayWaitsWithinTheDeadline()
    {
        // retry-after (1 s) is longer than maxDelayMs (200 ms) but well within the deadline.
        FakeServer server;
        QVERIFY(server.listen());
        FakeServer::Response limited = json(429, R"({"StatusCode":429,"Success":false})");
        limited.headers = { { "Retry-After", "1" } };
        server.enqueue(limited);
        server.enqueue(json(200, OrdersJson::writePage({ order(1) }, 1, 100)));
        QNetworkAccessManager network;
        ClientSettings settings = settingsFor(server);
        QCOMPARE(settings.retry.maxDelayMs, 200);
        ChannelEngineClient client(&network, settings);
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders({}));
        wait(call.get());
        QVERIFY2(call->isSuccess(), qPrintable(call->error().toText()));
        QCOMPARE(server.requests.size(), 2);
        const qint64 gap = server.requests[1].atMs - server.requests[0].atMs;
        QVERIFY2(gap >= 900, qPrintable(QString::number(gap)));
    }

    void exhaustedIntervalWaitsForItsEnd()
    {
        // x-rate-limit-limit is the interval in minutes: remaining 0 without retry-after pauses
        // the endpoint until that interval ends, not for a fixed half second.
        RatePacer pacer;
        RetryPolicy policy;
        const QString endpoint = QStringLiteral("GET /v2/purchase-orders");
        pacer.record(endpoint, 200, RatePacer::parse("1", "5", QByteArray()), policy);
        QCOMPARE(pacer.waitMs(endpoint), qint64(0));
        pacer.record(endpoint, 200, RatePacer::parse("1", "0", QByteArray()), policy);
        QVERIFY2(pacer.waitMs(endpoint) > 55000 && pacer.waitMs(endpoint) <= 60000,
                 qPrintable(QString::number(pacer.waitMs(endpoint))));
        // retry-after, when given, says it exactly.
        const QString other = QStringLiteral("GET /v2/purchase-orders/shipments/merchant");
        pacer.record(other, 200, RatePacer::parse("1", "0", "2"), policy);
        QVERIFY(pacer.waitMs(other) > 1500 && pacer.waitMs(other) <= 2000);
    }

    void rateLimitLongerThanThePolicyFails()
    {
        FakeServer server;
        QVERIFY(server.listen());
        FakeServer::Response limited = json(429, R"({"StatusCode":429,"Success":false})");
        limited.headers = { { "Retry-After", "120" } };
        server.enqueue(limited);
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders({}));
        wait(call.get());
        QCOMPARE(call->error().kind, ApiError::Kind::RateLimited);
        QCOMPARE(call->error().retryAfterMs, qint64(120000));
        QVERIFY(call->error().isRetryable());
        QCOMPARE(server.requests.size(), 1);
        QVERIFY2(call->error().toText().contains(QLatin1String("120 s")),
                 qPrintable(call->error().toText()));

        // The endpoint stays paused: the next call fails at once without sending.
        std::unique_ptr<PurchaseOrdersCall> next(client.fetchPurchaseOrders({}));
        wait(next.get());
        QCOMPARE(next->error().kind, ApiError::Kind::RateLimited);
        QCOMPARE(server.requests.size(), 1);
    }

    void exhaustedRemainingPacesTheNextRequest()
    {
        FakeServer server;
        QVERIFY(server.listen());
        FakeServer::Response last = json(200, OrdersJson::writePage({ order(1) }, 1, 100));
        last.headers = { { "x-rate-limit-limit", "1" },
                         { "x-rate-limit-remaining", "0" },
                         { "retry-after", "0.6" } };
        server.enqueue(last);
        server.enqueue(json(200, OrdersJson::writePage({ order(1) }, 1, 100)));
        QNetworkAccessManager network;
        ClientSettings settings = settingsFor(server);
        settings.retry.maxDelayMs = 2000;
        ChannelEngineClient client(&network, settings);
        std::unique_ptr<PurchaseOrdersCall> first(client.fetchPurchaseOrders({}));
        wait(first.get());
        QVERIFY(first->isSuccess());
        std::unique_ptr<PurchaseOrdersCall> second(client.fetchPurchaseOrders({}));
        wait(second.get());
        QVERIFY(second->isSuccess());
        QCOMPARE(server.requests.size(), 2);
        const qint64 gap = server.requests[1].atMs - server.requests[0].atMs;
        QVERIFY2(gap >= 500, qPrintable(QString::number(gap)));
    }

    void serverErrorsAreRetriedUntilSuccess()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.enqueue(json(503, R"({"StatusCode":503,"Success":false,"Message":"busy"})"));
        server.enqueue(json(500, R"({"StatusCode":500,"Success":false,"RequestId":"r-500"})"));
        server.enqueue(json(200, OrdersJson::writePage({ order(1), order(2) }, 2, 100)));
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        client.setRandomSeed(42);
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders({}));
        wait(call.get());
        QVERIFY2(call->isSuccess(), qPrintable(call->error().toText()));
        QCOMPARE(call->result().orders.size(), 2);
        QCOMPARE(server.requests.size(), 3);
        QCOMPARE(call->exchanges().size(), 3);
        QCOMPARE(call->exchanges()[1].requestId, QStringLiteral("r-500"));
        QCOMPARE(call->exchanges()[2].attempt, 3);
    }

    void retriesStopAtMaxAttempts()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeServer::Request &) {
            return json(500,
                        R"({"StatusCode":500,"Success":false,"Message":"down",)"
                        R"("RequestId":"r-down"})");
        });
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders({}));
        wait(call.get());
        QCOMPARE(call->error().kind, ApiError::Kind::Server);
        QCOMPARE(call->error().httpStatus, 500);
        QCOMPARE(server.requests.size(), 3);
        QCOMPARE(call->error().toText(),
                 QStringLiteral("ChannelEngine failed on the purchase orders (HTTP 500): down "
                                "(request r-down)"));
    }

    void redirectIsNotFollowed()
    {
        FakeServer server;
        QVERIFY(server.listen());
        FakeServer::Response redirect = json(302, "");
        redirect.headers = { { "Location", "http://127.0.0.2:1/steal" } };
        server.enqueue(redirect);
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders({}));
        wait(call.get());
        QCOMPARE(call->error().kind, ApiError::Kind::BadResponse);
        QVERIFY2(call->error().message.contains(QLatin1String("127.0.0.2")),
                 qPrintable(call->error().message));
        QCOMPARE(server.requests.size(), 1);
    }

    void untrustedCertificateFailsWithTls()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "QtNetwork has a TLS backend");
        QSslServer server;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(QByteArray(kSelfSignedCertificate)));
        configuration.setPrivateKey(QSslKey(QByteArray(kSelfSignedKey), QSsl::Ec));
        QVERIFY(!configuration.localCertificate().isNull());
        QVERIFY(!configuration.privateKey().isNull());
        server.setSslConfiguration(configuration);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        int handshakes = 0;
        connect(&server, &QSslServer::startedEncryptionHandshake, this,
                [&handshakes](QSslSocket *) { ++handshakes; });

        QNetworkAccessManager network;
        ClientSettings settings;
        settings.baseUrl
            = QUrl(QStringLiteral("https://127.0.0.1:%1/api").arg(server.serverPort()));
        settings.apiKey = kKey;
        settings.timeoutMs = 3000;
        settings.retry.initialDelayMs = 10;
        ChannelEngineClient client(&network, settings);
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders({}));
        wait(call.get());
        const ApiError &error = call->error();
        QCOMPARE(error.kind, ApiError::Kind::Tls);
        QVERIFY(!error.isRetryable());
        QVERIFY(!error.mayHaveBeenApplied);
        QCOMPARE(call->exchanges().size(), 1);
        QVERIFY(handshakes >= 1);
        QVERIFY2(error.message.contains(QLatin1String("self signed"), Qt::CaseInsensitive)
                     || error.message.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
                 qPrintable(error.message));
        QVERIFY2(error.toText().startsWith(QLatin1String("The secure connection to ChannelEngine "
                                                         "failed: 127.0.0.1")),
                 qPrintable(error.toText()));
    }

    void connectionRefusedIsANetworkError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        QNetworkAccessManager network;
        ClientSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(port));
        settings.apiKey = kKey;
        settings.retry.maxAttempts = 2;
        settings.retry.initialDelayMs = 10;
        ChannelEngineClient client(&network, settings);
        auto shipment = makeShipment(QStringLiteral("SHP-3"));
        std::unique_ptr<WriteCall> call(client.createShipment(*shipment));
        wait(call.get());
        QCOMPARE(call->error().kind, ApiError::Kind::Network);
        QVERIFY(!call->error().mayHaveBeenApplied);
        QCOMPARE(call->exchanges().size(), 2); // never reached the server: a POST may go again
    }

    void validationErrorsBecomeFindings()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.enqueue(json(400,
                            R"({"StatusCode":400,"RequestId":"r-123","LogId":"l-9",)"
                            R"("Success":false,"Message":"Bad request",)"
                            R"("ValidationErrors":{"Model.Lines[0].Lines[2].Quantity":)"
                            R"(["must be greater than 0"]}})"));
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        auto shipment = makeShipment(QStringLiteral("SHP-4"));
        std::unique_ptr<WriteCall> call(client.updateShipment(*shipment));
        wait(call.get());
        const ApiError &error = call->error();
        QCOMPARE(error.kind, ApiError::Kind::Rejected);
        QVERIFY(!error.isRetryable());
        QVERIFY(!error.mayHaveBeenApplied);
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(error.toText(),
                 QStringLiteral("ChannelEngine refused the shipment SHP-4: "
                                "Model.Lines[0].Lines[2].Quantity: must be greater than 0 "
                                "(request r-123, log l-9)"));
        const Findings findings = error.validationFindings();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().pointer, QStringLiteral("/Model/Lines/0/Lines/2/Quantity"));
        QCOMPARE(findings.first().rule, QStringLiteral("api.validation"));
        QCOMPARE(findings.first().message, QStringLiteral("must be greater than 0"));
        QCOMPARE(ApiError::validationPointer(QStringLiteral("$")), QString());
    }

    void pagingFetchesEveryPage()
    {
        FakeServer server;
        QVERIFY(server.listen());
        QList<PurchaseOrder> all;
        for (int i = 1; i <= 5; ++i)
            all.append(order(i));
        server.setHandler([all](const FakeServer::Request &request) {
            const QUrlQuery query = queryOf(request);
            const int page = query.queryItemValue(QStringLiteral("pageNumber")).toInt();
            const int size = query.queryItemValue(QStringLiteral("pageSize")).toInt();
            return json(200,
                        OrdersJson::writePage(all.mid((page - 1) * size, size), all.size(), size,
                                              JsonWriter::Compact));
        });
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        PurchaseOrderQuery query;
        query.pageSize = 2;
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders(query));
        QSignalSpy progress(call.get(), &ApiCall::progressed);
        wait(call.get());
        QVERIFY2(call->isSuccess(), qPrintable(call->error().toText()));
        QCOMPARE(call->result().orders.size(), 5);
        QCOMPARE(call->result().orders.last().channelPurchaseOrderNo, QStringLiteral("PO000005"));
        QCOMPARE(call->result().totalCount, 5);
        QCOMPARE(call->result().pages, 3);
        QCOMPARE(server.requests.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QUrlQuery q = queryOf(server.requests[i]);
            QCOMPARE(q.queryItemValue(QStringLiteral("pageNumber")), QString::number(i + 1));
            QCOMPARE(q.queryItemValue(QStringLiteral("pageSize")), QStringLiteral("2"));
        }
        QCOMPARE(progress.count(), 3);
        QCOMPARE(progress.at(0).at(0).toInt(), 1);
        QCOMPARE(progress.at(0).at(1).toInt(), 3);
        QCOMPARE(progress.at(2).at(0).toInt(), 3);
        QCOMPARE(call->pagesDone(), 3);
        QCOMPARE(call->pagesTotal(), 3);
    }

    void pagingWithoutTotalCountStopsAtAShortPage()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.enqueue(json(200,
                            R"({"Content":[{"Id":1,"ChannelPurchaseOrderNo":"A"},)"
                            R"({"Id":2,"ChannelPurchaseOrderNo":"B"}],"Success":true})"));
        server.enqueue(json(200,
                            R"({"Content":[{"Id":3,"ChannelPurchaseOrderNo":"C"}],)"
                            R"("Success":true})"));
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        PurchaseOrderQuery query;
        query.pageSize = 2;
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders(query));
        wait(call.get());
        QVERIFY2(call->isSuccess(), qPrintable(call->error().toText()));
        QCOMPARE(call->result().orders.size(), 3);
        QCOMPARE(server.requests.size(), 2);
    }

    void pagingStopsAtMaxPages()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeServer::Request &request) {
            const int page = queryOf(request).queryItemValue(QStringLiteral("pageNumber")).toInt();
            return json(200, OrdersJson::writePage({ order(page) }, 1000000, 1));
        });
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        PurchaseOrderQuery query;
        query.pageSize = 1;
        query.maxPages = 4;
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders(query));
        wait(call.get());
        QCOMPARE(call->error().kind, ApiError::Kind::BadResponse);
        QCOMPARE(server.requests.size(), 4);
        QCOMPARE(call->result().orders.size(), 4); // what arrived is kept
    }

    void queryParametersAreEncoded()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeServer::Request &) {
            return json(200, OrdersJson::writePage({}, 0, 100));
        });
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        PurchaseOrderQuery query;
        query.statuses = { PurchaseOrderStatus::New, PurchaseOrderStatus::InProgress };
        query.updatedFrom = QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);
        query.channelId = 12;
        query.identifierType = PurchaseOrderIdentifierType::ChannelPurchaseOrderNo;
        query.identifiers = { QStringLiteral("A&B=C"), QStringLiteral("D+E") };
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders(query));
        wait(call.get());
        QVERIFY2(call->isSuccess(), qPrintable(call->error().toText()));
        const FakeServer::Request &request = server.requests.first();
        const QUrlQuery q = queryOf(request);
        QCOMPARE(q.allQueryItemValues(QStringLiteral("statuses")),
                 QStringList({ QStringLiteral("NEW"), QStringLiteral("IN_PROGRESS") }));
        QCOMPARE(q.queryItemValue(QStringLiteral("updateDateRange.fromDate"), QUrl::FullyDecoded),
                 QStringLiteral("2025-03-01T10:00:00Z"));
        QCOMPARE(q.queryItemValue(QStringLiteral("channelIds")), QStringLiteral("12"));
        QCOMPARE(q.queryItemValue(QStringLiteral("identifiers.identifierType")),
                 QStringLiteral("CHANNEL_PURCHASE_ORDER_NO"));
        QVERIFY2(request.target.contains("identifiers.models=A%26B%3DC"),
                 request.target.constData());
        QVERIFY2(request.target.contains("identifiers.models=D%2BE"), request.target.constData());
        QVERIFY(!request.target.contains("updateDateRange.toDate"));
    }

    void acknowledgeSendsTheRequestBody()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.enqueue(created("r-ack"));
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        AcknowledgementRequest request;
        request.channelId = 1;
        request.identifier = QStringLiteral("PO000001");
        AcknowledgementLine line;
        line.orderLineIdentifier = QStringLiteral("SKU-1");
        line.acknowledgement.code = AcknowledgementCode::Accepted;
        line.acknowledgement.quantity = 4;
        line.unitOfMeasure = QuantityUnit::Eaches;
        request.lines.append(line);
        std::unique_ptr<WriteCall> call(client.acknowledge(request));
        wait(call.get());
        QVERIFY2(call->isSuccess(), qPrintable(call->error().toText()));
        QCOMPARE(call->result().httpStatus, 201);
        QCOMPARE(call->result().last.requestId, QStringLiteral("r-ack"));
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests.first().method, QByteArray("POST"));
        QCOMPARE(pathOf(server.requests.first()),
                 QByteArray("/api/v2/purchase-orders/lines/acknowledge"));
        QCOMPARE(server.requests.first().body,
                 AcknowledgementJson::write(request, JsonWriter::Compact));
        QVERIFY(server.requests.first().headers.value("content-type").contains("json"));
    }

    void createShipmentIsNeverRetriedAfterADrop()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeServer::Request &) {
            FakeServer::Response response;
            response.mode = FakeServer::Mode::Drop;
            return response;
        });
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        auto shipment = makeShipment(QStringLiteral("SHP-5"));
        std::unique_ptr<WriteCall> call(client.createShipment(*shipment));
        wait(call.get());
        QCOMPARE(call->error().kind, ApiError::Kind::Network);
        QVERIFY(call->error().mayHaveBeenApplied);
        QCOMPARE(server.count("POST"), 1);
        QCOMPARE(server.requests.first().body, ShipmentJson::write(*shipment, JsonWriter::Compact));
    }

    void pushAfterADroppedPostLooksUpAndNeverPostsTwice()
    {
        FakeServer server;
        QVERIFY(server.listen());
        bool applied = false;
        server.setHandler([&applied](const FakeServer::Request &request) {
            if (request.method == "POST") {
                applied = true; // the work is done, the answer is lost
                FakeServer::Response response;
                response.mode = FakeServer::Mode::Drop;
                return response;
            }
            if (request.method == "GET") {
                return applied ? listing({ listed(QStringLiteral("SHP-6")) }) : listing({});
            }
            return created("r-put");
        });
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        auto shipment = makeShipment(QStringLiteral("SHP-6"));
        std::unique_ptr<ShipmentPushCall> call(
            client.pushShipment(*shipment, RemoteShipmentState::Absent));
        wait(call.get());
        QVERIFY2(call->isSuccess(), qPrintable(call->error().toText()));
        QCOMPARE(server.count("POST"), 1);
        QCOMPARE(server.count("GET"), 1);
        QCOMPARE(server.count("PUT"), 1);
        const ShipmentPushResult &result = call->result();
        QCOMPARE(result.action, ShipmentPushResult::Action::Created);
        QVERIFY(result.recoveredUncertainPost);
        QCOMPARE(result.posts, 1);
        QCOMPARE(result.lookups, 1);
        QCOMPARE(result.last.requestId, QStringLiteral("r-put"));
        QVERIFY(result.existing.has_value());
        const QUrlQuery lookup = queryOf(server.requests[1]);
        QCOMPARE(lookup.queryItemValue(QStringLiteral("identifiers.identifierType")),
                 QStringLiteral("MERCHANT_SHIPMENT_NO"));
        QCOMPARE(lookup.queryItemValue(QStringLiteral("identifiers.models")),
                 QStringLiteral("SHP-6"));
        QCOMPARE(lookup.queryItemValue(QStringLiteral("channelId")), QStringLiteral("1"));
        QCOMPARE(pathOf(server.requests[1]),
                 QByteArray("/api/v2/purchase-orders/shipments/merchant"));
    }

    void pushAfterATimedOutPostLooksUpFirst()
    {
        FakeServer server;
        QVERIFY(server.listen());
        bool applied = false;
        server.setHandler([&applied](const FakeServer::Request &request) {
            if (request.method == "POST") {
                applied = true;
                FakeServer::Response response = created();
                response.delayMs = 3000; // beyond the client's transfer timeout
                return response;
            }
            if (request.method == "GET")
                return applied ? listing({ listed(QStringLiteral("SHP-7")) }) : listing({});
            return created("r-put");
        });
        QNetworkAccessManager network;
        ClientSettings settings = settingsFor(server);
        settings.timeoutMs = 300;
        ChannelEngineClient client(&network, settings);
        auto shipment = makeShipment(QStringLiteral("SHP-7"));
        std::unique_ptr<ShipmentPushCall> call(client.pushShipment(*shipment));
        wait(call.get());
        QVERIFY2(call->isSuccess(), qPrintable(call->error().toText()));
        QCOMPARE(server.count("POST"), 1);
        QCOMPARE(server.count("GET"), 2); // before the POST, and after it timed out
        QCOMPARE(server.count("PUT"), 1);
        QCOMPARE(call->result().action, ShipmentPushResult::Action::Created);
    }

    void pushCreatesWhenTheLookupFindsNothing()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.enqueue(listing({}));
        server.enqueue(created("r-post"));
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        auto shipment = makeShipment(QStringLiteral("SHP-8"));
        std::unique_ptr<ShipmentPushCall> call(client.pushShipment(*shipment));
        wait(call.get());
        QVERIFY2(call->isSuccess(), qPrintable(call->error().toText()));
        QCOMPARE(call->result().action, ShipmentPushResult::Action::Created);
        QVERIFY(!call->result().recoveredUncertainPost);
        QCOMPARE(call->result().last.requestId, QStringLiteral("r-post"));
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(server.requests[0].method, QByteArray("GET"));
        QCOMPARE(server.requests[1].method, QByteArray("POST"));
        QCOMPARE(call->exchanges().size(), 2);
    }

    void pushUpdatesAnExistingShipment()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.enqueue(listing({ listed(QStringLiteral("SHP-9")) }));
        server.enqueue(created("r-put"));
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        auto shipment = makeShipment(QStringLiteral("SHP-9"));
        std::unique_ptr<ShipmentPushCall> call(client.pushShipment(*shipment));
        wait(call.get());
        QVERIFY2(call->isSuccess(), qPrintable(call->error().toText()));
        QCOMPARE(call->result().action, ShipmentPushResult::Action::Updated);
        QCOMPARE(server.count("POST"), 0);
        QCOMPARE(server.count("PUT"), 1);
        QCOMPARE(server.requests[1].body, ShipmentJson::write(*shipment, JsonWriter::Compact));
    }

    void pushAfterAConflictLooksUpThenUpdates()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.enqueue(json(409, R"({"StatusCode":409,"Success":false,"Message":"exists"})"));
        server.enqueue(listing({ listed(QStringLiteral("SHP-10")) }));
        server.enqueue(created());
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        auto shipment = makeShipment(QStringLiteral("SHP-10"));
        std::unique_ptr<ShipmentPushCall> call(
            client.pushShipment(*shipment, RemoteShipmentState::Absent));
        wait(call.get());
        QVERIFY2(call->isSuccess(), qPrintable(call->error().toText()));
        QCOMPARE(server.count("POST"), 1);
        QCOMPARE(server.count("GET"), 1);
        QCOMPARE(server.count("PUT"), 1);
        QCOMPARE(call->result().action, ShipmentPushResult::Action::Updated);
    }

    void pushNeverPostsTwiceWhenTheServerIsSlow()
    {
        // The POST's fate is unknown (500) and the server lists the shipment only later: the
        // push keeps looking it up instead of posting again, then completes it with a PUT.
        FakeServer server;
        QVERIFY(server.listen());
        server.enqueue(json(500, R"({"StatusCode":500,"Success":false})"));
        server.enqueue(listing({}));
        server.enqueue(listing({}));
        server.enqueue(listing({ listed(QStringLiteral("SHP-11")) }));
        server.enqueue(created("r-put"));
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        auto shipment = makeShipment(QStringLiteral("SHP-11"));
        std::unique_ptr<ShipmentPushCall> call(
            client.pushShipment(*shipment, RemoteShipmentState::Absent));
        wait(call.get());
        QVERIFY2(call->isSuccess(), qPrintable(call->error().toText()));
        QCOMPARE(server.requests.size(), 5);
        QCOMPARE(server.count("POST"), 1);
        QCOMPARE(server.count("GET"), 3);
        QCOMPARE(server.requests[4].method, QByteArray("PUT"));
        QCOMPARE(call->result().posts, 1);
        QVERIFY(call->result().recoveredUncertainPost);
        QCOMPARE(call->result().action, ShipmentPushResult::Action::Created);
    }

    void pushEndsUnknownWhenTheUncertainPostNeverShows()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeServer::Request &request) {
            if (request.method == "POST")
                return json(500, R"({"StatusCode":500,"Success":false})");
            return listing({});
        });
        QNetworkAccessManager network;
        ClientSettings settings = settingsFor(server);
        settings.timeoutMs = 1000; // the settle window
        ChannelEngineClient client(&network, settings);
        auto shipment = makeShipment(QStringLiteral("SHP-13"));
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<ShipmentPushCall> call(
            client.pushShipment(*shipment, RemoteShipmentState::Absent));
        wait(call.get());
        QVERIFY(!call->isSuccess());
        QVERIFY(call->error().mayHaveBeenApplied);
        QVERIFY(call->result().postMayHaveBeenApplied);
        QVERIFY(!call->result().recoveredUncertainPost);
        QCOMPARE(server.count("POST"), 1);
        QVERIFY2(server.count("GET") >= 2, qPrintable(QString::number(server.count("GET"))));
        QVERIFY2(clock.elapsed() >= 900 && clock.elapsed() < 5000,
                 qPrintable(QString::number(clock.elapsed())));
    }

    void lookupFailureAfterAnUncertainPostKeepsMayHaveBeenApplied()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeServer::Request &request) {
            if (request.method == "POST")
                return json(500, R"({"StatusCode":500,"Success":false})");
            return json(401, R"({"StatusCode":401,"Success":false,"Message":"no"})");
        });
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        auto shipment = makeShipment(QStringLiteral("SHP-14"));
        std::unique_ptr<ShipmentPushCall> call(
            client.pushShipment(*shipment, RemoteShipmentState::Absent));
        wait(call.get());
        QVERIFY(!call->isSuccess());
        QCOMPARE(call->error().kind, ApiError::Kind::Unauthorized);
        QVERIFY(call->error().mayHaveBeenApplied);
        QVERIFY(call->result().postMayHaveBeenApplied);
        QCOMPARE(server.count("POST"), 1);
    }

    void pushOfAKnownShipmentFallsBackWhenItIsGone()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.enqueue(json(404, R"({"StatusCode":404,"Success":false,"Message":"unknown"})"));
        server.enqueue(listing({}));
        server.enqueue(created());
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        auto shipment = makeShipment(QStringLiteral("SHP-12"));
        std::unique_ptr<ShipmentPushCall> call(
            client.pushShipment(*shipment, RemoteShipmentState::Exists));
        wait(call.get());
        QVERIFY2(call->isSuccess(), qPrintable(call->error().toText()));
        QCOMPARE(server.requests[0].method, QByteArray("PUT"));
        QCOMPARE(server.requests[1].method, QByteArray("GET"));
        QCOMPARE(server.requests[2].method, QByteArray("POST"));
        QCOMPARE(call->result().action, ShipmentPushResult::Action::Created);
    }

    void pushWithoutMerchantShipmentNoSendsNothing()
    {
        CountingNetworkManager network;
        ClientSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/api"));
        settings.apiKey = kKey;
        ChannelEngineClient client(&network, settings);
        auto shipment = makeShipment(QString());
        std::unique_ptr<ShipmentPushCall> call(client.pushShipment(*shipment));
        wait(call.get());
        QCOMPARE(call->error().kind, ApiError::Kind::Rejected);
        QCOMPARE(network.created, 0);
    }

    void cancellationStopsTheCall()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeServer::Request &) {
            FakeServer::Response response = json(200, "{}");
            response.delayMs = 5000;
            return response;
        });
        QNetworkAccessManager network;
        ChannelEngineClient client(&network, settingsFor(server));
        std::unique_ptr<PurchaseOrdersCall> call(client.fetchPurchaseOrders({}));
        QSignalSpy spy(call.get(), &ApiCall::finished);
        QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 1, 5000);
        QElapsedTimer clock;
        clock.start();
        call->cancel();
        QVERIFY(!call->isFinished()); // finished() comes from the event loop
        QVERIFY(call->waitForFinished(2000));
        QVERIFY(clock.elapsed() < 1000);
        QCOMPARE(call->error().kind, ApiError::Kind::Cancelled);
        call->cancel(); // harmless once finished
        QTest::qWait(50);
        QCOMPARE(spy.count(), 1);

        // Deleting a running call is a cancellation too, and nothing is emitted.
        PurchaseOrdersCall *dropped = client.fetchPurchaseOrders({});
        QSignalSpy droppedSpy(dropped, &ApiCall::finished);
        QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 2, 5000);
        delete dropped;
        QTest::qWait(50);
        QCOMPARE(droppedSpy.count(), 0);
    }

    void callOutlivesTheClient()
    {
        FakeServer server;
        QVERIFY(server.listen());
        FakeServer::Response answer = json(200, OrdersJson::writePage({ order(1) }, 1, 100));
        answer.delayMs = 100;
        server.enqueue(answer);
        QNetworkAccessManager network;
        std::unique_ptr<PurchaseOrdersCall> call;
        {
            ChannelEngineClient client(&network, settingsFor(server));
            call.reset(client.fetchPurchaseOrders({}));
        }
        wait(call.get());
        QVERIFY2(call->isSuccess(), qPrintable(call->error().toText()));
        QCOMPARE(call->result().orders.size(), 1);
    }

    void cancelBeforeSendingSendsNothing()
    {
        CountingNetworkManager network;
        FakeServer server;
        QVERIFY(server.listen());
        ChannelEngineClient client(&network, settingsFor(server));
        std::unique_ptr<ShipmentPushCall> call(
            client.pushShipment(*makeShipment(QStringLiteral("SHP-13"))));
        call->cancel();
        wait(call.get());
        QCOMPARE(call->error().kind, ApiError::Kind::Cancelled);
        QTest::qWait(50);
        QCOMPARE(network.created, 0);
        QCOMPARE(server.requests.size(), 0);
    }

    void backoffGrowsWithJitterWithinBounds()
    {
        RetryPolicy policy;
        policy.initialDelayMs = 100;
        policy.maxDelayMs = 1000;
        policy.jitter = 0.25;
        QRandomGenerator random(7);
        for (int round = 0; round < 200; ++round) {
            const int first = policy.backoffMs(1, random);
            QVERIFY(first >= 75 && first <= 125);
            const int third = policy.backoffMs(3, random);
            QVERIFY(third >= 300 && third <= 500);
            const int late = policy.backoffMs(30, random);
            QVERIFY(late >= 750 && late <= 1000);
        }
        QRandomGenerator a(11);
        QRandomGenerator b(11);
        QCOMPARE(policy.backoffMs(2, a), policy.backoffMs(2, b));
        policy.jitter = 0;
        QCOMPARE(policy.backoffMs(4, a), 800);
    }

    void retryAfterIsParsed()
    {
        const QDateTime now(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
        QVERIFY(RatePacer::parseRetryAfter("3", now) == std::optional<qint64>(3000));
        QVERIFY(RatePacer::parseRetryAfter(" 1.5 ", now) == std::optional<qint64>(1500));
        QCOMPARE(RatePacer::parseRetryAfter("Sat, 01 Mar 2025 12:00:10 GMT", now),
                 std::optional<qint64>(10000));
        QVERIFY(RatePacer::parseRetryAfter("soon", now) == std::nullopt);
        QVERIFY(RatePacer::parseRetryAfter("-4", now) == std::nullopt);
        QVERIFY(RatePacer::parseRetryAfter("", now) == std::nullopt);
    }

    void errorTextsAreReadable()
    {
        ApiError error;
        QCOMPARE(error.toText(), QString());
        error.kind = ApiError::Kind::Network;
        error.subject = QStringLiteral("the purchase orders");
        error.message = QStringLiteral("Connection refused");
        QCOMPARE(error.toText(),
                 QStringLiteral("Could not reach ChannelEngine for the purchase orders: "
                                "Connection refused"));
        QVERIFY(error.isRetryable());
        error.kind = ApiError::Kind::Conflict;
        QVERIFY(!error.isRetryable());
        QCOMPARE(ApiError::kindName(ApiError::Kind::RateLimited), QLatin1String("rate-limited"));
    }
};

QTEST_GUILESS_MAIN(TestChannelEngineClient)
#include "tst_channelengineclient.moc"
