// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of vendorpack-cli: the built executable, its output and exit codes.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(VENDORPACK_CLI), arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            return {};
        }
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(content);
        return path;
    }

    QStringList lines(const QString &text)
    {
        return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void helpListsTheCommands()
    {
        const Run run = cli({ QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("validate")));
        QVERIFY(run.out.contains(QLatin1String("generate")));
    }

    void everyCommandHasHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("validate") << QStringLiteral("validate") << QStringLiteral("--orders");
        QTest::newRow("generate") << QStringLiteral("generate")
                                  << QStringLiteral("--cartons-per-pallet");
    }

    void everyCommandHasHelp()
    {
        QFETCH(QString, command);
        QFETCH(QString, mentions);
        const Run run = cli({ command, QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(mentions), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("vendorpack-cli ") + command), qPrintable(run.out));
    }

    void badUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") };
        QTest::newRow("validate without file") << QStringList { QStringLiteral("validate") };
        QTest::newRow("validate two files")
            << QStringList { QStringLiteral("validate"), QStringLiteral("a.json"),
                             QStringLiteral("b.json") };
        QTest::newRow("unknown option")
            << QStringList { QStringLiteral("validate"), QStringLiteral("--frob"),
                             QStringLiteral("a.json") };
        QTest::newRow("generate without --out")
            << QStringList { QStringLiteral("generate"), QStringLiteral("--pallets"),
                             QStringLiteral("1") };
        QTest::newRow("generate bad number")
            << QStringList { QStringLiteral("generate"), QStringLiteral("--pallets"),
                             QStringLiteral("many"), QStringLiteral("--out"), QStringLiteral("x") };
        QTest::newRow("generate from a missing orders file")
            << QStringList { QStringLiteral("generate"), QStringLiteral("--orders"),
                             QStringLiteral("does-not-exist.json"), QStringLiteral("--out"),
                             QStringLiteral("x") };
    }

    void badUsageExitsTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void unreadableInputExitsTwoWithOneFinding_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("rule");
        QTest::newRow("missing file") << QByteArray() << QStringLiteral("file.read");
        QTest::newRow("empty file") << QByteArray("") << QStringLiteral("json.syntax");
        QTest::newRow("not json") << QByteArray("{\"ChannelId\": 1,\n \"Model\": {]}")
                                  << QStringLiteral("json.syntax");
        QTest::newRow("an array") << QByteArray("[1, 2]") << QStringLiteral("schema.type");
        QTest::newRow("invalid utf-8")
            << QByteArray("{\"Model\": {\"MerchantShipmentNo\": \"\xff\"}}")
            << QStringLiteral("json.syntax");
    }

    void unreadableInputExitsTwoWithOneFinding()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, rule);
        const QString path = content.isNull()
            ? m_dir.filePath(QStringLiteral("does-not-exist.json"))
            : write(QStringLiteral("input.json"), content);
        const Run run = cli({ QStringLiteral("validate"), path });
        QCOMPARE(run.exitCode, 2);
        const QStringList found = lines(run.out);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().startsWith(QLatin1String("error ") + rule + QLatin1Char(' ')),
                 qPrintable(found.first()));
    }

    void syntaxErrorSaysWhere()
    {
        const QString path = write(QStringLiteral("syntax.json"),
                                   QByteArray("{\n  \"ChannelId\": 1,\n  \"Model\": {,}\n}\n"));
        const Run run = cli({ QStringLiteral("validate"), path });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains(QLatin1String("line 3, column 13")), qPrintable(run.out));
    }

    void generatedShipmentIsValid()
    {
        const QString out = m_dir.filePath(QStringLiteral("generated"));
        const Run generated = cli({ QStringLiteral("generate"), QStringLiteral("--pallets"),
                                    QStringLiteral("2"), QStringLiteral("--cartons-per-pallet"),
                                    QStringLiteral("3"), QStringLiteral("--skus-per-carton"),
                                    QStringLiteral("2"), QStringLiteral("--out"), out });
        QCOMPARE(generated.exitCode, 0);
        const QString shipment = QDir(out).filePath(QStringLiteral("shipment.json"));
        const QString orders = QDir(out).filePath(QStringLiteral("orders.json"));
        QVERIFY(QFile::exists(shipment));
        QVERIFY(QFile::exists(orders));

        const Run run
            = cli({ QStringLiteral("validate"), shipment, QStringLiteral("--orders"), orders });
        QCOMPARE(run.exitCode, 0);
        for (const QString &line : lines(run.out))
            QVERIFY2(!line.startsWith(QLatin1String("error")), qPrintable(line));
        QVERIFY2(run.err.contains(QLatin1String("0 error(s)")), qPrintable(run.err));
    }

    void packingGeneratedOrdersIsValid_data()
    {
        QTest::addColumn<QStringList>("generateOptions");
        QTest::addColumn<QStringList>("packOptions");
        QTest::newRow("defaults") << QStringList() << QStringList();
        QTest::newRow("bigger orders, fewer cartons")
            << QStringLiteral("--pallets 3 --cartons-per-pallet 20 --seed 7").split(u' ')
            << QStringLiteral("--pallets 2 --cartons-per-pallet 5 --skus-per-carton 4 --seed 3")
                   .split(u' ');
    }

    // generate --out A, generate --orders A/orders.json --out B, validate B against A's orders.
    void packingGeneratedOrdersIsValid()
    {
        QFETCH(QStringList, generateOptions);
        QFETCH(QStringList, packOptions);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        const QString a = m_dir.filePath(QStringLiteral("pack-a-") + tag);
        const QString b = m_dir.filePath(QStringLiteral("pack-b-") + tag);
        const Run generated
            = cli(QStringList { QStringLiteral("generate"), QStringLiteral("--out"), a }
                  + generateOptions);
        QCOMPARE(generated.exitCode, 0);
        const QString orders = QDir(a).filePath(QStringLiteral("orders.json"));
        QFile ordersFile(orders);
        QVERIFY(ordersFile.open(QIODevice::ReadOnly));
        const QByteArray ordersBefore = ordersFile.readAll();
        ordersFile.close();

        const Run packed = cli(QStringList { QStringLiteral("generate"), QStringLiteral("--orders"),
                                             orders, QStringLiteral("--out"), b }
                               + packOptions);
        QCOMPARE(packed.exitCode, 0);
        QVERIFY2(packed.out.contains(QLatin1String("FC ABE8")), qPrintable(packed.out));
        const QString shipment = QDir(b).filePath(QStringLiteral("shipment.json"));
        QVERIFY(QFile::exists(shipment));
        QVERIFY(!QFile::exists(QDir(b).filePath(QStringLiteral("orders.json"))));
        QVERIFY(ordersFile.open(QIODevice::ReadOnly));
        QCOMPARE(ordersFile.readAll(), ordersBefore);

        const Run run
            = cli({ QStringLiteral("validate"), shipment, QStringLiteral("--orders"), orders });
        QCOMPARE(run.exitCode, 0);
        for (const QString &line : lines(run.out))
            QVERIFY2(!line.startsWith(QLatin1String("error")), qPrintable(line));
        QVERIFY2(run.err.contains(QLatin1String("0 error(s), 0 warning(s)")), qPrintable(run.err));
    }

    void errorsExitOneWithPointer()
    {
        // A pallet inside a carton, and a carton whose SSCC has a wrong check digit.
        const QString path = write(QStringLiteral("nested.json"), QByteArray(R"({
  "ChannelId": 1,
  "Model": {
    "MerchantShipmentNo": "SHP-1", "SellingPartyId": "V1", "ShipFromPartyId": "V1",
    "ShipToPartyId": "ABE8", "ShipmentType": "SMALL_PARCEL",
    "Lines": [
      { "Type": "CARTON", "IdentifierType": "SSCC", "IdentifierValue": "123456789012345670",
        "Lines": [
          { "Type": "PALLET", "IdentifierType": "SSCC", "IdentifierValue": "106141411234567897",
            "LayersPerPallet": 1, "ItemsPerLayer": 1,
            "Lines": [ { "Type": "ITEM", "IdentifierType": "SKU", "IdentifierValue": "A",
                         "Quantity": 1, "QuantityUnitOfMeasure": "EACHES",
                         "ChannelPurchaseOrderNo": "PO1" } ] } ] } ] } }
)"));
        const Run run = cli({ QStringLiteral("validate"), path });
        QCOMPARE(run.exitCode, 1);
        const QStringList found = lines(run.out);
        QVERIFY2(found.contains(QLatin1String("error nesting.pallet /Model/Lines/0/Lines/0: "
                                              "a PALLET can only be at the top level, not inside "
                                              "a CARTON")),
                 qPrintable(run.out));
        bool checkDigit = false;
        for (const QString &line : found) {
            if (line.startsWith(
                    QLatin1String("error sscc.check-digit /Model/Lines/0/IdentifierValue: ")))
                checkDigit = true;
        }
        QVERIFY2(checkDigit, qPrintable(run.out));
    }

    void jsonOutputIsOneObjectPerLine()
    {
        const QString path = write(QStringLiteral("warn.json"),
                                   QByteArray(R"({"ChannelId": "1", "Model": {"Lines": []}})"));
        const Run run = cli({ QStringLiteral("validate"), path, QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 1);
        const QStringList found = lines(run.out);
        QVERIFY(found.size() >= 3);
        bool stringNumber = false;
        for (const QString &line : found) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(line));
            const QJsonObject object = doc.object();
            QCOMPARE(object.keys(),
                     (QStringList { QStringLiteral("message"), QStringLiteral("pointer"),
                                    QStringLiteral("rule"), QStringLiteral("severity") }));
            if (object.value(QLatin1String("rule")).toString()
                == QLatin1String("schema.string-number")) {
                stringNumber = true;
                QCOMPARE(object.value(QLatin1String("pointer")).toString(),
                         QStringLiteral("/ChannelId"));
                QCOMPARE(object.value(QLatin1String("severity")).toString(),
                         QStringLiteral("warning"));
            }
        }
        QVERIFY(stringNumber);
    }

    void warningsAloneExitZero()
    {
        const QString out = m_dir.filePath(QStringLiteral("warn"));
        QCOMPARE(cli({ QStringLiteral("generate"), QStringLiteral("--out"), out }).exitCode, 0);
        QFile file(QDir(out).filePath(QStringLiteral("shipment.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray content = file.readAll();
        file.close();
        // An unknown field is a warning only.
        content.replace("\"Model\": {", "\"Model\": {\n    \"Colour\": \"blue\",");
        const QString path = write(QStringLiteral("unknown-field.json"), content);
        const Run run = cli({ QStringLiteral("validate"), path });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("warning schema.unknown-field /Model/Colour: ")),
                 qPrintable(run.out));
    }

    void seedExamplesReportTheirMistakes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("example 1")
            << QStringLiteral("example1.json") << 1
            << QStringList { QStringLiteral("error schema.type /Model/Lines/0/Lines/0: "),
                             QStringLiteral("error pallet.layers /Model/Lines/0/") };
        QTest::newRow("example 2 as published")
            << QStringLiteral("example2.json") << 2
            << QStringList { QStringLiteral("error json.syntax \"\": ") };
        QTest::newRow("example 2 completed")
            << QStringLiteral("example2-complete.json") << 1
            << QStringList { QStringLiteral(
                                 "warning schema.string-number /Model/Lines/0/Lines/0/Quantity: "),
                             QStringLiteral("error pallet.layers /Model/Lines/4/") };
    }

    void seedExamplesReportTheirMistakes()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QStringList, expected);
        const QString path = QStringLiteral(VENDORPACK_TEST_DATA "/seed001/") + file;
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const Run run = cli({ QStringLiteral("validate"), path });
        QCOMPARE(run.exitCode, exitCode);
        for (const QString &prefix : expected) {
            bool found = false;
            for (const QString &line : lines(run.out))
                found |= line.startsWith(prefix);
            QVERIFY2(found, qPrintable(prefix + QLatin1String(" not in:\n") + run.out));
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
