// SPDX-License-Identifier: GPL-3.0-or-later
// `vendorpack-cli labels` end to end: a generated shipment labelled as ZPL at 203 and 300 dpi and
// as PDF, every label decoded; refusals for a shipment with errors and for unreadable input.

#include "../labels/barcodereader.h"

#include "core/orderbook.h"
#include "core/ordersjson.h"
#include "core/shipmentjson.h"
#include "labels/labelbuilder.h"
#include "labels/labelfonts.h"
#include "labels/labelscene.h"
#include "labels/zpllabelwriter.h"
#include "labels/zplpreview.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace VendorPack;

class TestCliLabels : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;
    QString m_shipment;
    QString m_orders;

    Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(VENDORPACK_CLI), arguments);
        if (!process.waitForFinished(120000)) {
            process.kill();
            return {};
        }
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QStringList labels(const QString &out, const QStringList &extra)
    {
        return QStringList { QStringLiteral("labels"),   m_shipment,
                             QStringLiteral("--orders"), m_orders,
                             QStringLiteral("--out"),    out }
        + extra;
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString writeJson(const QString &name, const QJsonDocument &json)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(json.toJson());
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(LabelFonts::load());
        const QString data = m_dir.filePath(QStringLiteral("generated"));
        const Run run = cli({ QStringLiteral("generate"), QStringLiteral("--pallets"),
                              QStringLiteral("2"), QStringLiteral("--cartons-per-pallet"),
                              QStringLiteral("4"), QStringLiteral("--skus-per-carton"),
                              QStringLiteral("2"), QStringLiteral("--out"), data });
        QCOMPARE(run.exitCode, 0);
        m_shipment = QDir(data).filePath(QStringLiteral("shipment.json"));
        m_orders = QDir(data).filePath(QStringLiteral("orders.json"));
    }

    void helpNamesTheOptions()
    {
        const Run run = cli({ QStringLiteral("labels"), QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        for (const char *option :
             { "--orders", "--format", "--dpi", "--size", "--paper", "--out", "manifests.pdf" })
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
        QVERIFY(run.out.startsWith(QLatin1String("Usage: vendorpack-cli labels")));
    }

    void zplLabelsDecode_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::addColumn<QString>("size");
        QTest::newRow("203 dpi 4x6") << 203 << QStringLiteral("4x6");
        QTest::newRow("300 dpi 4x6") << 300 << QStringLiteral("4x6");
        QTest::newRow("300 dpi A6") << 300 << QStringLiteral("a6");
    }

    // Each <SSCC>.zpl is byte for byte the label the library places for that container, and
    // that placed label's preview at the printer's resolution decodes to the file's SSCC.
    void zplLabelsDecode()
    {
        QFETCH(int, dpi);
        QFETCH(QString, size);
        const QString out = m_dir.filePath(QStringLiteral("zpl-%1-%2").arg(dpi).arg(size));
        const Run run = cli(
            labels(out,
                   { QStringLiteral("--format"), QStringLiteral("zpl"), QStringLiteral("--dpi"),
                     QString::number(dpi), QStringLiteral("--size"), size }));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QLatin1String("wrote 10 labels (8 cartons, 2 pallets)")),
                 qPrintable(run.out));

        ShipmentDocument shipment = ShipmentJson::readFile(m_shipment);
        OrdersDocument orders = OrdersJson::readFile(m_orders);
        const LabelBuilder::Result built = LabelBuilder::build(
            *shipment.shipment, OrderBook(orders.orders), LabelBuilder::Options());
        QCOMPARE(built.labels.size(), 10);
        const ZplLabelWriter writer(dpi);
        QByteArray all;
        for (const LabelData &data : built.labels) {
            const LabelScene scene = LabelScene::compose(
                LabelLayout::create(*LabelLayout::stockFromName(size), data.kind), data);
            const ZplLabelWriter::Placed placed = writer.place(scene);
            const QByteArray file
                = readFile(QDir(out).filePath(data.sscc.digits() + QStringLiteral(".zpl")));
            QCOMPARE(file, ZplLabelWriter::serialize(placed));
            const QByteArray command = ">;>800" + data.sscc.digits().toLatin1();
            QVERIFY(file.contains(command));
            all += file;
            const QImage image = ZplPreview::render(placed);
            const ZplLabelWriter::Code &code = placed.codes.last();
            const QList<DecodedBarcode> found
                = decodeBand(image, code.origin.y() - 4, code.heightDots + 8);
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first().symbologyIdentifier, QStringLiteral("]C1"));
            QCOMPARE(found.first().text, QStringLiteral("00") + data.sscc.digits());
        }
        QCOMPARE(readFile(QDir(out).filePath(QStringLiteral("labels.zpl"))), all);
        QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("labels.pdf"))));
    }

    void pdfLabelsDecode()
    {
        const QString out = m_dir.filePath(QStringLiteral("pdf"));
        const Run run
            = cli(labels(out,
                         { QStringLiteral("--format"), QStringLiteral("pdf"),
                           QStringLiteral("--company-prefix-length"), QStringLiteral("7") }));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        ShipmentDocument shipment = ShipmentJson::readFile(m_shipment);
        QStringList ssccs;
        shipment.shipment->root()->forEach([&ssccs](const ShipmentNode *node) {
            if (node->type() == NodeType::Carton || node->type() == NodeType::Pallet)
                ssccs.append(node->line().identifierValue);
        });
        QCOMPARE(ssccs.size(), 10);
        for (const QString &sscc : std::as_const(ssccs))
            QVERIFY(QFile::exists(QDir(out).filePath(sscc + QStringLiteral(".pdf"))));
        const QList<QImage> pages = renderPdf(QDir(out).filePath(QStringLiteral("labels.pdf")),
                                              m_dir.filePath(QStringLiteral("page")), 200);
        QCOMPARE(pages.size(), ssccs.size());
        for (int i = 0; i < pages.size(); ++i) {
            const QImage &page = pages.at(i);
            const QList<DecodedBarcode> found
                = decodeBand(page, page.height() / 2, page.height() / 2);
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first().symbologyIdentifier, QStringLiteral("]C1"));
            QCOMPARE(found.first().text, QStringLiteral("00") + ssccs.at(i));
        }
        const QString text = pdfText(QDir(out).filePath(QStringLiteral("labels.pdf")));
        QVERIFY(text.contains(QLatin1String("MIXED SKUS")));
        const QString first = ssccs.first();
        QVERIFY2(text.contains(
                     QStringLiteral("(00) %1 %2 %3 %4")
                         .arg(first.left(1), first.mid(1, 7), first.mid(8, 9), first.right(1))),
                 qPrintable(text.left(2000)));
    }

    // With --format pdf: manifest-<pallet SSCC>.pdf per pallet listing that pallet's cartons and
    // its totals, manifests.pdf with all of them, the pallet SSCC barcode decoding.
    void pdfWritesPalletManifests()
    {
        const QString out = m_dir.filePath(QStringLiteral("manifests"));
        const Run run = cli(labels(out,
                                   { QStringLiteral("--format"), QStringLiteral("pdf"),
                                     QStringLiteral("--paper"), QStringLiteral("letter") }));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        ShipmentDocument shipment = ShipmentJson::readFile(m_shipment);
        QList<const ShipmentNode *> pallets;
        for (const auto &line : shipment.shipment->lines())
            pallets.append(line.get());
        QCOMPARE(pallets.size(), 2);
        const QDir dir(out);
        for (const ShipmentNode *pallet : pallets) {
            const QString sscc = pallet->line().identifierValue;
            const QString pdf = dir.filePath(QStringLiteral("manifest-%1.pdf").arg(sscc));
            QVERIFY2(QFile::exists(pdf), qPrintable(pdf));
            const QString text = pdfText(pdf);
            QVERIFY(text.contains(QLatin1String("PALLET MANIFEST")));
            QStringList cartons;
            qint64 units = 0;
            pallet->forEach([&](const ShipmentNode *node) {
                if (node->type() == NodeType::Carton)
                    cartons.append(node->line().identifierValue);
                else if (node->type() == NodeType::Item)
                    units += node->line().units();
            });
            QCOMPARE(cartons.size(), 4);
            for (const QString &carton : std::as_const(cartons))
                QVERIFY2(text.contains(carton), qPrintable(carton));
            // Another pallet's cartons are not on this one's manifest.
            for (const ShipmentNode *other : pallets) {
                if (other != pallet)
                    QVERIFY(!text.contains(other->child(0)->line().identifierValue));
            }
            QVERIFY2(text.contains(QStringLiteral("Cartons: 4")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Units: %1").arg(QLocale::c().toString(units))),
                     qPrintable(text));
            const QList<QImage> pages
                = renderPdf(pdf, m_dir.filePath(QStringLiteral("manifest-") + sscc), 200);
            QCOMPARE(pages.size(), 1);
            // The pallet SSCC's barcode sits in the header's upper third.
            const QList<DecodedBarcode> found
                = decodeBand(pages.first(), 0, pages.first().height() / 3);
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first().symbologyIdentifier, QStringLiteral("]C1"));
            QCOMPARE(found.first().text, QStringLiteral("00") + sscc);
        }
        const QList<QImage> all = renderPdf(dir.filePath(QStringLiteral("manifests.pdf")),
                                            m_dir.filePath(QStringLiteral("manifests")), 50);
        QCOMPARE(all.size(), 2);
        // ZPL writes no manifests.
        const QString zplOut = m_dir.filePath(QStringLiteral("manifests-zpl"));
        QCOMPARE(
            cli(labels(zplOut, { QStringLiteral("--format"), QStringLiteral("zpl") })).exitCode, 0);
        QVERIFY(QDir(zplOut).entryList({ QStringLiteral("manifest*") }, QDir::Files).isEmpty());
    }

    void refusesAShipmentWithErrors()
    {
        QJsonDocument json = QJsonDocument::fromJson(readFile(m_shipment));
        QJsonObject root = json.object();
        QJsonObject model = root.value(QLatin1String("Model")).toObject();
        QJsonArray lines = model.value(QLatin1String("Lines")).toArray();
        QJsonObject pallet = lines.at(0).toObject();
        QString sscc = pallet.value(QLatin1String("IdentifierValue")).toString();
        sscc[17]
            = QLatin1Char(sscc.at(17) == QLatin1Char('9') ? '0' : char(sscc.at(17).toLatin1() + 1));
        pallet.insert(QLatin1String("IdentifierValue"), sscc);
        lines.replace(0, pallet);
        model.insert(QLatin1String("Lines"), lines);
        root.insert(QLatin1String("Model"), model);
        const QString bad = writeJson(QStringLiteral("bad-sscc.json"), QJsonDocument(root));
        const QString out = m_dir.filePath(QStringLiteral("refused"));
        const Run run = cli({ QStringLiteral("labels"), bad, QStringLiteral("--orders"), m_orders,
                              QStringLiteral("--format"), QStringLiteral("zpl"),
                              QStringLiteral("--out"), out });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(
                     QLatin1String("error sscc.check-digit /Model/Lines/0/IdentifierValue")),
                 qPrintable(run.out));
        QVERIFY(run.err.contains(QLatin1String("no labels written")));
        QVERIFY(!QFile::exists(out));
    }

    void refusesWithoutAShipToAddress()
    {
        QJsonDocument json = QJsonDocument::fromJson(readFile(m_orders));
        QJsonObject root = json.object();
        QJsonArray content = root.value(QLatin1String("Content")).toArray();
        for (int i = 0; i < content.size(); ++i) {
            QJsonObject po = content.at(i).toObject();
            QJsonObject shipTo = po.value(QLatin1String("ShipToParty")).toObject();
            for (const char *field : { "Name", "AddressLine1", "City" })
                shipTo.remove(QLatin1String(field));
            po.insert(QLatin1String("ShipToParty"), shipTo);
            content.replace(i, po);
        }
        root.insert(QLatin1String("Content"), content);
        const QString orders = writeJson(QStringLiteral("no-address.json"), QJsonDocument(root));
        const QString out = m_dir.filePath(QStringLiteral("no-address"));
        const Run run = cli({ QStringLiteral("labels"), m_shipment, QStringLiteral("--orders"),
                              orders, QStringLiteral("--format"), QStringLiteral("pdf"),
                              QStringLiteral("--out"), out });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("error label.ship-to /Model/ShipToPartyId")),
                 qPrintable(run.out + run.err));
        QVERIFY(!QFile::exists(out));
    }

    void badUsageAndUnreadableInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString missing = QStringLiteral("/nonexistent/shipment.json");
        QTest::newRow("missing shipment")
            << QStringList { QStringLiteral("labels"),   missing,
                             QStringLiteral("--orders"), QStringLiteral("ORDERS"),
                             QStringLiteral("--format"), QStringLiteral("pdf"),
                             QStringLiteral("--out"),    QStringLiteral("OUT") }
            << QStringLiteral("file.read");
        QTest::newRow("no format")
            << QStringList { QStringLiteral("labels"),   QStringLiteral("SHIPMENT"),
                             QStringLiteral("--orders"), QStringLiteral("ORDERS"),
                             QStringLiteral("--out"),    QStringLiteral("OUT") }
            << QStringLiteral("--format is required");
        QTest::newRow("bad dpi") << QStringList {
            QStringLiteral("labels"), QStringLiteral("SHIPMENT"), QStringLiteral("--orders"),
            QStringLiteral("ORDERS"), QStringLiteral("--format"), QStringLiteral("zpl"),
            QStringLiteral("--dpi"),  QStringLiteral("600"),      QStringLiteral("--out"),
            QStringLiteral("OUT")
        } << QStringLiteral("--dpi must be 203 or 300");
        QTest::newRow("bad size") << QStringList {
            QStringLiteral("labels"), QStringLiteral("SHIPMENT"), QStringLiteral("--orders"),
            QStringLiteral("ORDERS"), QStringLiteral("--format"), QStringLiteral("pdf"),
            QStringLiteral("--size"), QStringLiteral("a4"),       QStringLiteral("--out"),
            QStringLiteral("OUT")
        } << QStringLiteral("--size must be 4x6 or a6");
    }

    void badUsageAndUnreadableInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        // Real paths where the row needs them.
        arguments.replaceInStrings(QStringLiteral("ORDERS"), m_orders);
        arguments.replaceInStrings(QStringLiteral("SHIPMENT"), m_shipment);
        arguments.replaceInStrings(QStringLiteral("OUT"), m_dir.filePath(QStringLiteral("x")));
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        const QString all = run.out + run.err;
        QVERIFY2(all.contains(message), qPrintable(all));
    }
};

QTEST_MAIN(TestCliLabels)
#include "tst_clilabels.moc"
