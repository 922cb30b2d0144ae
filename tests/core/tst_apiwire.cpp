// SPDX-License-Identifier: GPL-3.0-or-later
// The wire pieces shared by the API client and the sandbox: envelope, acknowledgements,
// merchant shipment listings and ValidationErrors field paths.

#include "core/acknowledgementjson.h"
#include "core/apienvelope.h"
#include "core/apifieldpath.h"
#include "core/generator.h"
#include "core/merchantshipmentjson.h"

#include <QTest>

using namespace VendorPack;

class TestApiWire : public QObject
{
    Q_OBJECT

private slots:
    void envelopeRoundTrip()
    {
        ApiEnvelope e;
        e.statusCode = 400;
        e.success = false;
        e.requestId = QStringLiteral("r-1");
        e.logId = QStringLiteral("l-2");
        e.message = QStringLiteral("Bad request");
        e.exceptionType = QStringLiteral("ValidationException");
        e.validationErrors.insert(QStringLiteral("Model.Lines[0].Quantity"),
                                  { QStringLiteral("must be greater than 0") });
        const QByteArray json = e.toJson();
        QCOMPARE(json,
                 QByteArray(R"({"StatusCode":400,"RequestId":"r-1","LogId":"l-2","Success":false,)"
                            R"("Message":"Bad request","ExceptionType":"ValidationException",)"
                            R"("ValidationErrors":{"Model.Lines[0].Quantity":)"
                            R"(["must be greater than 0"]}})"));
        QString error;
        const ApiEnvelope back = ApiEnvelope::read(json, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(back.statusCode, e.statusCode);
        QCOMPARE(back.success, e.success);
        QCOMPARE(back.requestId, e.requestId);
        QCOMPARE(back.logId, e.logId);
        QCOMPARE(back.message, e.message);
        QCOMPARE(back.exceptionType, e.exceptionType);
        QCOMPARE(back.validationErrors, e.validationErrors);
    }

    void envelopeFromBadText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("html from a proxy")
            << QByteArray("<html><body>502 Bad Gateway</body></html>")
            << QStringLiteral("not JSON");
        QTest::newRow("truncated")
            << QByteArray("{\"StatusCode\":200,\"Succ") << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("found an array");
    }

    void envelopeFromBadText()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        QString got;
        const ApiEnvelope e = ApiEnvelope::read(text, &got);
        QVERIFY2(got.contains(error), qPrintable(got));
        QVERIFY(!e.success);
    }

    void envelopeToleratesASingleMessage()
    {
        const ApiEnvelope e
            = ApiEnvelope::read(R"({"Success":false,"ValidationErrors":{"Model":"is required"}})");
        QCOMPARE(e.validationErrors.value(QStringLiteral("Model")),
                 QStringList { QStringLiteral("is required") });
    }

    void acknowledgementRoundTrip()
    {
        AcknowledgementRequest request;
        request.channelId = 12;
        request.identifier = QStringLiteral("2JK3S9VC");
        request.merchantOrderNo = QStringLiteral("PO-0001");
        AcknowledgementLine accepted;
        accepted.orderLineIdentifier = QStringLiteral("SKU-1");
        accepted.acknowledgement.code = AcknowledgementCode::Accepted;
        accepted.acknowledgement.quantity = 10;
        accepted.acknowledgement.scheduledShipDate
            = QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC);
        accepted.unitOfMeasure = QuantityUnit::Eaches;
        accepted.unitSize = 1;
        AcknowledgementLine rejected;
        rejected.orderLineIdentifier = QStringLiteral("SKU-2");
        rejected.acknowledgement.code = AcknowledgementCode::Rejected;
        rejected.acknowledgement.quantity = 2;
        rejected.acknowledgement.rejectionReason = RejectionReason::TemporarilyUnavailable;
        request.lines = { accepted, rejected };

        const QByteArray json = AcknowledgementJson::write(request);
        QCOMPARE(json,
                 QByteArray(R"({"ChannelId":12,"LineIdentifierType":"MERCHANT_PRODUCT_NO",)"
                            R"("IdentifierType":"CHANNEL_PURCHASE_ORDER_NO","Model":{)"
                            R"("Identifier":"2JK3S9VC","MerchantOrderNo":"PO-0001","Lines":[)"
                            R"({"OrderLineIdentifier":"SKU-1","AcknowledgementCode":"ACCEPTED",)"
                            R"("AcknowledgedQuantity":10,"UnitOfMeasure":"EACHES","UnitSize":1,)"
                            R"("ScheduledShipDate":"2025-03-01T00:00:00Z"},)"
                            R"({"OrderLineIdentifier":"SKU-2","AcknowledgementCode":"REJECTED",)"
                            R"("AcknowledgedQuantity":2,)"
                            R"("RejectionReason":"TEMPORARILY_UNAVAILABLE"}]}})"));
        const AcknowledgementDocument back = AcknowledgementJson::read(json);
        QVERIFY(back.readable);
        QVERIFY(back.findings.isEmpty());
        QCOMPARE(AcknowledgementJson::write(back.request), json);
    }

    void acknowledgementBadInput()
    {
        const AcknowledgementDocument notJson = AcknowledgementJson::read("{");
        QVERIFY(!notJson.readable);
        QCOMPARE(notJson.findings.first().rule, QStringLiteral("json.syntax"));
        const AcknowledgementDocument bad = AcknowledgementJson::read(
            R"({"Model":{"Lines":[{"AcknowledgementCode":"MAYBE","AcknowledgedQuantity":-1}]}})");
        QVERIFY(bad.readable);
        QStringList pointers;
        for (const Finding &f : bad.findings)
            pointers << f.rule + QLatin1Char(' ') + f.pointer;
        QVERIFY2(
            pointers.contains(QStringLiteral("schema.enum /Model/Lines/0/AcknowledgementCode")),
            qPrintable(pointers.join(QLatin1Char('\n'))));
        QVERIFY2(
            pointers.contains(QStringLiteral("schema.type /Model/Lines/0/AcknowledgedQuantity")),
            qPrintable(pointers.join(QLatin1Char('\n'))));
    }

    void merchantShipmentsRoundTrip()
    {
        ShipmentGenerator::Options options;
        options.pallets = 1;
        options.cartonsPerPallet = 2;
        options.skusPerCarton = 2;
        const ShipmentGenerator::Result generated = ShipmentGenerator::generate(options);
        QVERIFY(generated.shipment);
        MerchantShipment summary = MerchantShipment::summarize(*generated.shipment);
        QCOMPARE(summary.merchantShipmentNo, generated.shipment->header().merchantShipmentNo);
        QCOMPARE(summary.lines.size(), 4);
        summary.id = 77;
        summary.lastExportStatus = ExportStatus::Success;

        const QByteArray json = MerchantShipmentJson::writePage({ summary }, 1, 100);
        const MerchantShipmentsDocument back = MerchantShipmentJson::read(json);
        QVERIFY(back.readable);
        QVERIFY2(back.findings.isEmpty(), qPrintable(back.findings.value(0).message));
        QCOMPARE(back.envelope.totalCount, 1);
        QCOMPARE(back.shipments.size(), 1);
        QCOMPARE(back.shipments.first().lastExportStatus, ExportStatus::Success);
        QCOMPARE(back.shipments.first().lines.size(), 4);
        QCOMPARE(MerchantShipmentJson::writePage(back.shipments, 1, 100), json);
    }

    void fieldPaths_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("path");
        QTest::newRow("item quantity") << QStringLiteral("/Model/Lines/0/Lines/2/Quantity")
                                       << QStringLiteral("Model.Lines[0].Lines[2].Quantity");
        QTest::newRow("header field") << QStringLiteral("/Model/MerchantShipmentNo")
                                      << QStringLiteral("Model.MerchantShipmentNo");
        QTest::newRow("envelope") << QStringLiteral("/ChannelId") << QStringLiteral("ChannelId");
        QTest::newRow("a line") << QStringLiteral("/Model/Lines/3")
                                << QStringLiteral("Model.Lines[3]");
    }

    void fieldPaths()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, path);
        QCOMPARE(ApiFieldPath::fromPointer(pointer), path);
        QCOMPARE(ApiFieldPath::toPointer(path), pointer);
    }

    void tolerantFieldPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("camel case") << QStringLiteral("model.lines[0].quantity")
                                    << QStringLiteral("/Model/Lines/0/Quantity");
        QTest::newRow("dotted index") << QStringLiteral("Model.Lines.1.Weight.Value")
                                      << QStringLiteral("/Model/Lines/1/Weight/Value");
        QTest::newRow("json path")
            << QStringLiteral("$.Model.ShipToPartyId") << QStringLiteral("/Model/ShipToPartyId");
        QTest::newRow("unclosed bracket") << QStringLiteral("Model.Lines[0") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void tolerantFieldPaths()
    {
        QFETCH(QString, path);
        QFETCH(QString, pointer);
        QCOMPARE(ApiFieldPath::toPointer(path), pointer);
    }
};

QTEST_APPLESS_MAIN(TestApiWire)
#include "tst_apiwire.moc"
