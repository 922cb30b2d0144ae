// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `vendorpack-cli orders pull` and `shipment push` against the sandbox
// executable started as a separate process on loopback.

#include "core/ordersjson.h"
#include "core/shipmentjson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace VendorPack;

namespace {

const QString kKey = QStringLiteral("sandbox-demo-key");

} // namespace

class TestCliApi : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &arguments, const QString &key = kKey)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("VENDORPACK_API_KEY"));
        if (!key.isEmpty())
            environment.insert(QStringLiteral("VENDORPACK_API_KEY"), key);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(VENDORPACK_CLI), arguments);
        Run run;
        if (!process.waitForFinished(120000)) {
            process.kill();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        // The key is a secret: never on the screen, whatever happened.
        m_allOutput += run.out + run.err;
        return run;
    }

    QByteArray admin(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(m_api + path));
        request.setRawHeader("X-CE-KEY", kKey.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            return {};
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        return answer;
    }

    QJsonObject stats()
    {
        const QJsonObject answer
            = QJsonDocument::fromJson(admin("GET", QStringLiteral("/admin/stats"))).object();
        const QJsonValue content = answer.value(QLatin1String("Content"));
        return content.isArray() ? content.toArray().first().toObject() : content.toObject();
    }

    QJsonObject shipmentStats(const QString &merchantShipmentNo)
    {
        const QJsonObject stats = this->stats();
        for (const QJsonValue &entry : stats.value(QLatin1String("Shipments")).toArray()) {
            if (entry.toObject().value(QLatin1String("MerchantShipmentNo")).toString()
                == merchantShipmentNo)
                return entry.toObject();
        }
        return {};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QString m_api;
    QNetworkAccessManager m_network;
    QString m_allOutput;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("VENDORPACK_SANDBOX_KEY"));
        m_sandbox.setProcessEnvironment(environment);
        m_sandbox.start(QStringLiteral(VENDORPACK_SANDBOX),
                        { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                          QStringLiteral("1"), QStringLiteral("--orders"), QStringLiteral("50"),
                          QStringLiteral("--export-delay"), QStringLiteral("0"),
                          QStringLiteral("--exit-after-idle"), QStringLiteral("60") });
        QVERIFY(m_sandbox.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 10000);
        const QString first = QString::fromUtf8(m_sandbox.readLine()).trimmed();
        const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+/api)$"))
                  .match(first);
        QVERIFY2(match.hasMatch(), qPrintable(first));
        m_api = match.captured(1);
    }

    void cleanupTestCase()
    {
        m_sandbox.terminate();
        if (!m_sandbox.waitForFinished(5000))
            m_sandbox.kill();
        QVERIFY2(!m_allOutput.contains(kKey), "the API key was printed");
    }

    void pullWritesEveryPage()
    {
        const Run run
            = cli({ QStringLiteral("orders"), QStringLiteral("pull"), QStringLiteral("--api"),
                    m_api, QStringLiteral("--out"), path(QStringLiteral("pulled.json")) });
        QCOMPARE(run.exitCode, 0);
        const OrdersDocument pulled = OrdersJson::readFile(path(QStringLiteral("pulled.json")));
        QVERIFY(pulled.readable);
        QCOMPARE(pulled.orders.size(), 50);
        QVERIFY2(pulled.findings.isEmpty(), qPrintable(pulled.findings.value(0).toText()));
    }

    void keyFileTakesTheFirstNonEmptyLine()
    {
        // Like vendorpack-sandbox --key-file: the first non-empty line, trimmed; the rest is
        // ignored.
        QFile keyFile(path(QStringLiteral("key.txt")));
        QVERIFY(keyFile.open(QIODevice::WriteOnly));
        keyFile.write("\r\n  " + kKey.toUtf8() + "  \r\n# the sandbox's demo key\n");
        keyFile.close();
        const Run run
            = cli({ QStringLiteral("orders"), QStringLiteral("pull"), QStringLiteral("--api"),
                    m_api, QStringLiteral("--key-file"), keyFile.fileName(),
                    QStringLiteral("--status"), QStringLiteral("CANCELLED") },
                  QString());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(OrdersJson::read(run.out.toUtf8()).readable);

        QFile blank(path(QStringLiteral("blank.txt")));
        QVERIFY(blank.open(QIODevice::WriteOnly));
        blank.write("\n \n");
        blank.close();
        const Run none
            = cli({ QStringLiteral("orders"), QStringLiteral("pull"), QStringLiteral("--api"),
                    m_api, QStringLiteral("--key-file"), blank.fileName() },
                  QString());
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(QLatin1String("holds no key")), qPrintable(none.err));
    }

    void pullToStandardOutputWithAStatusFilter()
    {
        const Run run
            = cli({ QStringLiteral("orders"), QStringLiteral("pull"), QStringLiteral("--api"),
                    m_api, QStringLiteral("--status"), QStringLiteral("CANCELLED") });
        QCOMPARE(run.exitCode, 0);
        const OrdersDocument pulled = OrdersJson::read(run.out.toUtf8());
        QVERIFY(pulled.readable);
        QVERIFY(pulled.orders.size() < 50);
        for (const PurchaseOrder &order : pulled.orders)
            QCOMPARE(order.status, PurchaseOrderStatus::Cancelled);
    }

    void pushCreatesThenUpdatesExactlyOnce()
    {
        // A generated shipment with its own orders, which the sandbox is given first.
        const QString dir = path(QStringLiteral("gen"));
        QCOMPARE(cli({ QStringLiteral("generate"), QStringLiteral("--seed"), QStringLiteral("3"),
                       QStringLiteral("--out"), dir })
                     .exitCode,
                 0);
        QFile orders(QDir(dir).filePath(QStringLiteral("orders.json")));
        QVERIFY(orders.open(QIODevice::ReadOnly));
        QVERIFY(
            !admin("POST", QStringLiteral("/admin/purchase-orders"), orders.readAll()).isEmpty());

        const QString file = QDir(dir).filePath(QStringLiteral("shipment.json"));
        const Run created = cli({ QStringLiteral("shipment"), QStringLiteral("push"), file,
                                  QStringLiteral("--api"), m_api });
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(created.out.startsWith(QLatin1String("created shipment ")),
                 qPrintable(created.out));

        // Change the carrier and push again: an update.
        ShipmentDocument document = ShipmentJson::readFile(file);
        document.shipment->header().carrierName = QStringLiteral("Changed Carrier");
        QFile changed(path(QStringLiteral("changed.json")));
        QVERIFY(changed.open(QIODevice::WriteOnly));
        changed.write(ShipmentJson::write(*document.shipment));
        changed.close();
        const Run updated = cli({ QStringLiteral("shipment"), QStringLiteral("push"),
                                  changed.fileName(), QStringLiteral("--api"), m_api });
        QCOMPARE(updated.exitCode, 0);
        QVERIFY2(updated.out.startsWith(QLatin1String("updated shipment ")),
                 qPrintable(updated.out));

        const QString number = document.shipment->header().merchantShipmentNo;
        const QJsonObject stats = shipmentStats(number);
        QCOMPARE(stats.value(QLatin1String("Posts")).toInt(), 1);
        QCOMPARE(stats.value(QLatin1String("Puts")).toInt(), 1);
        // The sandbox holds exactly what was pushed last.
        const ShipmentDocument stored
            = ShipmentJson::read(admin("GET", QStringLiteral("/admin/shipments/") + number));
        QVERIFY(stored.isReadable());
        QCOMPARE(ShipmentJson::write(*stored.shipment), ShipmentJson::write(*document.shipment));
    }

    void pushSurvivesFaultsWithoutDuplicates()
    {
        const QString dir = path(QStringLiteral("faulty"));
        QCOMPARE(cli({ QStringLiteral("generate"), QStringLiteral("--seed"), QStringLiteral("5"),
                       QStringLiteral("--out"), dir })
                     .exitCode,
                 0);
        QFile orders(QDir(dir).filePath(QStringLiteral("orders.json")));
        QVERIFY(orders.open(QIODevice::ReadOnly));
        admin("POST", QStringLiteral("/admin/purchase-orders"), orders.readAll());
        const QString file = QDir(dir).filePath(QStringLiteral("shipment.json"));
        const int faultsBefore = stats().value(QLatin1String("FaultsInjected")).toInt();
        // The first POST's answer is lost, and the slow server stores the shipment only 1 s
        // later: the faults switch while the answers are delayed, so that only the POST is
        // dropped (the lookup before it is handled at once and answered 1.5 s later).
        const QString lookups = QStringLiteral("GET /v2/purchase-orders/shipments/merchant");
        auto endpointCount = [this](const QString &endpoint) {
            for (const QJsonValue &entry : stats().value(QLatin1String("Endpoints")).toArray()) {
                if (entry.toObject().value(QLatin1String("Endpoint")).toString() == endpoint)
                    return entry.toObject().value(QLatin1String("Requests")).toInt();
            }
            return 0;
        };
        const int lookupsBefore = endpointCount(lookups);
        admin("POST", QStringLiteral("/admin/faults"), R"({"latencyMs":1500,"applyDelayMs":1000})");
        QProcess push;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("VENDORPACK_API_KEY"), kKey);
        push.setProcessEnvironment(environment);
        push.start(QStringLiteral(VENDORPACK_CLI),
                   { QStringLiteral("shipment"), QStringLiteral("push"), file,
                     QStringLiteral("--api"), m_api });
        QTRY_VERIFY_WITH_TIMEOUT(endpointCount(lookups) > lookupsBefore, 10000);
        admin("POST", QStringLiteral("/admin/faults"), R"({"dropRate":1})");
        const QString number = ShipmentJson::readFile(file).shipment->header().merchantShipmentNo;
        QTRY_COMPARE_WITH_TIMEOUT(
            shipmentStats(number).value(QLatin1String("PostAttempts")).toInt(), 1, 10000);
        admin("POST", QStringLiteral("/admin/faults"),
              R"({"dropRate":0,"latencyMs":0,"applyDelayMs":0})");
        QVERIFY(push.waitForFinished(60000));
        const QString lostErr = QString::fromUtf8(push.readAllStandardError());
        const QString lostOut = QString::fromUtf8(push.readAllStandardOutput());
        m_allOutput += lostErr + lostOut;
        QVERIFY2(push.exitCode() == 0, qPrintable(lostErr));
        QVERIFY2(lostOut.startsWith(QLatin1String("created shipment ")), qPrintable(lostOut));
        QVERIFY2(lostErr.contains(QLatin1String("confirmed, not sent twice")), qPrintable(lostErr));
        QCOMPARE(shipmentStats(number).value(QLatin1String("PostAttempts")).toInt(), 1);

        admin("POST", QStringLiteral("/admin/faults"),
              R"({"failRate":0,"dropRate":0.3,"latencyMs":20})");
        for (int i = 0; i < 4; ++i) {
            const Run run = cli({ QStringLiteral("shipment"), QStringLiteral("push"), file,
                                  QStringLiteral("--api"), m_api });
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY2(run.out.startsWith(QLatin1String("updated shipment ")), qPrintable(run.out));
        }
        admin("POST", QStringLiteral("/admin/faults"),
              R"({"failRate":0,"dropRate":0,"latencyMs":0})");
        QVERIFY(stats().value(QLatin1String("FaultsInjected")).toInt() > faultsBefore);
        const QJsonObject stats = shipmentStats(number);
        QCOMPARE(stats.value(QLatin1String("Posts")).toInt(), 1);
        QCOMPARE(stats.value(QLatin1String("PostAttempts")).toInt(),
                 stats.value(QLatin1String("Posts")).toInt());
        QVERIFY(stats.value(QLatin1String("Stored")).toBool());
    }

    void failuresHaveReadableReasons_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("wrong key")
            << QStringLiteral("wrong key") << 1 << QStringLiteral("did not accept the API key");
        QTest::newRow("no key") << QStringLiteral("no key") << 2 << QStringLiteral("no API key");
        QTest::newRow("plain http to another host")
            << QStringLiteral("insecure") << 2 << QStringLiteral("plain http");
        QTest::newRow("unreachable") << QStringLiteral("unreachable") << 1
                                     << QStringLiteral("Could not reach ChannelEngine");
        QTest::newRow("refused shipment")
            << QStringLiteral("refused") << 1 << QStringLiteral("refused the shipment");
        QTest::newRow("delivered shipment")
            << QStringLiteral("delivered") << 1 << QStringLiteral("delivered");
    }

    void failuresHaveReadableReasons()
    {
        QFETCH(QString, scenario);
        QFETCH(int, exitCode);
        QFETCH(QString, reason);
        QString api = m_api;
        QString key = kKey;
        QStringList arguments { QStringLiteral("orders"), QStringLiteral("pull") };
        if (scenario == QLatin1String("wrong key"))
            key = QStringLiteral("not-the-key-1234567");
        else if (scenario == QLatin1String("no key"))
            key.clear();
        else if (scenario == QLatin1String("insecure"))
            api = QStringLiteral("http://vendorpack.invalid/api");
        else if (scenario == QLatin1String("unreachable"))
            api = QStringLiteral("http://127.0.0.1:1/api");
        if (scenario == QLatin1String("refused") || scenario == QLatin1String("delivered")) {
            // A generated shipment whose POs the sandbox does not know: refused by its rules;
            // or one that was pushed and then delivered: no update any more.
            const QString dir = path(scenario);
            QCOMPARE(cli({ QStringLiteral("generate"), QStringLiteral("--seed"),
                           scenario == QLatin1String("refused") ? QStringLiteral("11")
                                                                : QStringLiteral("13"),
                           QStringLiteral("--out"), dir })
                         .exitCode,
                     0);
            const QString file = QDir(dir).filePath(QStringLiteral("shipment.json"));
            if (scenario == QLatin1String("delivered")) {
                QFile orders(QDir(dir).filePath(QStringLiteral("orders.json")));
                QVERIFY(orders.open(QIODevice::ReadOnly));
                admin("POST", QStringLiteral("/admin/purchase-orders"), orders.readAll());
                QCOMPARE(cli({ QStringLiteral("shipment"), QStringLiteral("push"), file,
                               QStringLiteral("--api"), m_api })
                             .exitCode,
                         0);
                const QString number
                    = ShipmentJson::readFile(file).shipment->header().merchantShipmentNo;
                admin("POST",
                      QStringLiteral("/admin/shipments/deliver?merchantShipmentNo=") + number);
            }
            arguments = { QStringLiteral("shipment"), QStringLiteral("push"), file };
        }
        arguments << QStringLiteral("--api") << api << QStringLiteral("--timeout")
                  << QStringLiteral("4");
        const Run run = cli(arguments, key);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    }

    void verboseLogsRequestsButNeverTheKey()
    {
        const Run run = cli({ QStringLiteral("orders"), QStringLiteral("pull"),
                              QStringLiteral("--api"), m_api, QStringLiteral("--verbose"),
                              QStringLiteral("--out"), path(QStringLiteral("verbose.json")) });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QLatin1String("GET /api/v2/purchase-orders")),
                 qPrintable(run.err));
        QVERIFY(!run.err.contains(kKey));
    }
};

QTEST_GUILESS_MAIN(TestCliApi)
#include "tst_cliapi.moc"
