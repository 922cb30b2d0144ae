// SPDX-License-Identifier: GPL-3.0-or-later
// The ZPL back end: golden files, GS1-128 in mode N, whole-dot modules, quiet zones, and the
// preview of every label decoded with ZXing at the printer's resolution.

#include "barcodereader.h"
#include "labelsamples.h"

#include "labels/labelfonts.h"
#include "labels/labelscene.h"
#include "labels/zpllabelwriter.h"
#include "labels/zplpreview.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace VendorPack;

class TestZplLabelWriter : public QObject
{
    Q_OBJECT

private:
    static LabelScene scene(const QString &name, LabelStock stock = LabelStock::FourBySix)
    {
        const LabelData data = sampleLabel(name);
        return LabelScene::compose(LabelLayout::create(stock, data.kind), data);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(LabelFonts::load(&error), qPrintable(error));
    }

    void matchesTheGoldenFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("dpi");
        QTest::newRow("carton-single") << QStringLiteral("carton-single") << 203;
        QTest::newRow("carton-mixed") << QStringLiteral("carton-mixed") << 203;
        QTest::newRow("pallet") << QStringLiteral("pallet") << 203;
        QTest::newRow("long-address") << QStringLiteral("long-address") << 203;
        QTest::newRow("carton-single-300") << QStringLiteral("carton-single-300") << 300;
    }

    // Set VENDORPACK_UPDATE_GOLDEN=1 to rewrite the files after a deliberate layout change.
    void matchesTheGoldenFile()
    {
        QFETCH(QString, name);
        QFETCH(int, dpi);
        const QString dataName = name.endsWith(QLatin1String("-300")) ? name.chopped(4) : name;
        const LabelScene s = scene(dataName);
        QVERIFY2(!s.hasErrors(), qPrintable(s.findings.value(0).message));
        const QByteArray zpl = ZplLabelWriter(dpi).write(s);
        const QString path
            = QStringLiteral(VENDORPACK_TEST_DATA "/labels/%1/expected.zpl").arg(name);
        if (qEnvironmentVariableIsSet("VENDORPACK_UPDATE_GOLDEN")) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(zpl);
        }
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(zpl, file.readAll());
    }

    void writesGs1128InModeNWithExplicitFnc1_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::addColumn<QByteArray>("command");
        QTest::newRow("203 dpi") << 203
                                 << QByteArray("^BY4^BCN,256,N,N,N^FD>;>800006141411234567890^FS");
        QTest::newRow("300 dpi") << 300
                                 << QByteArray("^BY6^BCN,378,N,N,N^FD>;>800006141411234567890^FS");
    }

    void writesGs1128InModeNWithExplicitFnc1()
    {
        QFETCH(int, dpi);
        QFETCH(QByteArray, command);
        const QByteArray zpl = ZplLabelWriter(dpi).write(scene(QStringLiteral("carton-single")));
        QVERIFY2(zpl.contains(command), zpl.constData());
        QVERIFY(zpl.startsWith("^XA\n^CI28\n"));
        QVERIFY(zpl.endsWith("^XZ\n"));
        // Our own human-readable line, not the printer's interpretation line.
        QVERIFY(zpl.contains("^FD(00) 0 0614141 123456789 0^FS"));
        QVERIFY(zpl.contains("^FD>:2JK3S9VC^FS"));
    }

    void snapsModuleWidthsToWholeDots_data()
    {
        QTest::addColumn<double>("targetMm");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<double>("availableMm");
        QTest::addColumn<int>("dots");
        QTest::newRow("0.5 mm at 203") << 0.5 << 203 << 96.6 << 4;
        QTest::newRow("0.5 mm at 300") << 0.5 << 300 << 96.6 << 6;
        QTest::newRow("narrow zone at 203") << 0.5 << 203 << 60.0 << 2;
        QTest::newRow("PO at 300") << 0.375 << 300 << 96.6 << 4;
        QTest::newRow("never below one dot") << 0.5 << 203 << 5.0 << 1;
    }

    void snapsModuleWidthsToWholeDots()
    {
        QFETCH(double, targetMm);
        QFETCH(int, dpi);
        QFETCH(double, availableMm);
        QFETCH(int, dots);
        QCOMPARE(ZplLabelWriter::moduleDots(targetMm, dpi, availableMm, 176), dots);
    }

    void keepsQuietZonesAndTheSsccLowest_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<int>("stock");
        for (const char *name : { "carton-single", "carton-mixed", "pallet", "long-address" }) {
            for (int dpi : { 203, 300 }) {
                for (int stock : { int(LabelStock::FourBySix), int(LabelStock::A6) }) {
                    QTest::addRow("%s %d dpi %s", name, dpi,
                                  stock == int(LabelStock::A6) ? "A6" : "4x6")
                        << QString::fromLatin1(name) << dpi << stock;
                }
            }
        }
    }

    void keepsQuietZonesAndTheSsccLowest()
    {
        QFETCH(QString, name);
        QFETCH(int, dpi);
        QFETCH(int, stock);
        const ZplLabelWriter::Placed placed
            = ZplLabelWriter(dpi).place(scene(name, LabelStock(stock)));
        QVERIFY2(placed.problems.isEmpty(), qPrintable(placed.problems.join(u'\n')));
        QVERIFY(!placed.codes.isEmpty());
        const ZplLabelWriter::Code &sscc = placed.codes.last();
        QCOMPARE(sscc.symbology, Symbology::Gs1_128);
        QCOMPARE(sscc.modules, 156);
        QVERIFY(sscc.moduleDots * 25.4 / dpi >= LabelLayout::kSsccMinModuleMm);
        const QRect labelRect(0, 0, placed.width, placed.height);
        for (const ZplLabelWriter::Code &code : placed.codes) {
            QVERIFY(labelRect.contains(code.quietArea));
            QCOMPARE(code.quietArea.width(), (code.modules + 20) * code.moduleDots);
            // Nothing printed inside a barcode's quiet zones.
            for (const QRect &box : placed.boxes)
                QVERIFY(!box.intersects(code.quietArea));
            for (const ZplLabelWriter::Text &t : placed.texts) {
                const int lines = int(t.lines.size());
                const QRect textRect(
                    t.origin, QSize(t.width, lines * t.height + (lines - 1) * t.lineSpacing));
                QVERIFY(!textRect.intersects(code.quietArea));
            }
            if (&code != &sscc)
                QVERIFY(code.origin.y() + code.heightDots < sscc.origin.y());
        }
        // The SSCC barcode is lowest: only its own human-readable line is below it.
        int below = 0;
        for (const ZplLabelWriter::Text &t : placed.texts)
            below += t.origin.y() > sscc.origin.y() ? 1 : 0;
        QCOMPARE(below, 1);
    }

    void previewDecodesAtThePrintersResolution_data() { keepsQuietZonesAndTheSsccLowest_data(); }

    void previewDecodesAtThePrintersResolution()
    {
        QFETCH(QString, name);
        QFETCH(int, dpi);
        QFETCH(int, stock);
        const LabelData data = sampleLabel(name);
        const ZplLabelWriter::Placed placed
            = ZplLabelWriter(dpi).place(scene(name, LabelStock(stock)));
        const QImage image = ZplPreview::render(placed);
        QCOMPARE(image.width(), placed.width);
        // To look at the previews: VENDORPACK_KEEP_TEST_FILES=DIR saves them there.
        const QString keep = qEnvironmentVariable("VENDORPACK_KEEP_TEST_FILES");
        if (!keep.isEmpty())
            image.save(QStringLiteral("%1/%2-%3-%4.png").arg(keep, name).arg(dpi).arg(stock));
        bool sscc = false;
        bool po = false;
        for (const ZplLabelWriter::Code &code : placed.codes) {
            const QList<DecodedBarcode> found
                = decodeBand(image, code.origin.y() - 4, code.heightDots + 8);
            QCOMPARE(found.size(), 1);
            if (code.symbology == Symbology::Gs1_128) {
                QCOMPARE(found.first().symbologyIdentifier, QStringLiteral("]C1"));
                QCOMPARE(found.first().text, QStringLiteral("00") + data.sscc.digits());
                sscc = true;
            } else {
                QCOMPARE(found.first().symbologyIdentifier, QStringLiteral("]C0"));
                QCOMPARE(found.first().text, data.purchaseOrders.first());
                po = true;
            }
        }
        QVERIFY(sscc);
        QCOMPARE(po, data.purchaseOrders.size() == 1);
    }

    void escapesCaretsAndTildesInText()
    {
        LabelData data = sampleLabel(QStringLiteral("carton-single"));
        data.shipTo.addressLine2 = QStringLiteral("Dock ^A~B_C\\D");
        const QByteArray zpl = ZplLabelWriter(203).write(
            LabelScene::compose(LabelLayout::create(LabelStock::FourBySix, data.kind), data));
        QVERIFY2(zpl.contains("^FH_^FD"), zpl.constData());
        QVERIFY(zpl.contains("Dock _5EA_7EB_5FC\\\\D"));
        QVERIFY(!zpl.contains("^A~B"));
    }

    void warnsAboutTextBeyondLatin()
    {
        const ZplLabelWriter::Placed plain
            = ZplLabelWriter(203).place(scene(QStringLiteral("pallet")));
        QVERIFY(plain.warnings.isEmpty());
        // "Склад приёмки" in the long address: printed, with a warning.
        const ZplLabelWriter::Placed cyrillic
            = ZplLabelWriter(203).place(scene(QStringLiteral("long-address")));
        QCOMPARE(cyrillic.warnings.size(), 1);
        QVERIFY(cyrillic.warnings.first().contains(QStringLiteral("Склад приёмки")));
        QVERIFY(cyrillic.problems.isEmpty());
    }

    void printsPalletLabelsTwice()
    {
        QVERIFY(ZplLabelWriter(203).write(scene(QStringLiteral("pallet"))).contains("^PQ2\n"));
        QVERIFY(!ZplLabelWriter(203).write(scene(QStringLiteral("carton-single"))).contains("^PQ"));
    }

    void testLabelShowsDpiXDimensionAndQuietZone_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::addColumn<QString>("xLine");
        QTest::addColumn<QString>("quietLine");
        QTest::newRow("203") << 203 << QStringLiteral("X-dimension: 0.500 mm = 4 dots")
                             << QStringLiteral("Quiet zone: 10 X = 5.00 mm = 40 dots");
        QTest::newRow("300") << 300 << QStringLiteral("X-dimension: 0.508 mm = 6 dots")
                             << QStringLiteral("Quiet zone: 10 X = 5.08 mm = 60 dots");
    }

    void testLabelShowsDpiXDimensionAndQuietZone()
    {
        QFETCH(int, dpi);
        QFETCH(QString, xLine);
        QFETCH(QString, quietLine);
        const LabelScene test = LabelScene::testLabel(LabelStock::FourBySix, dpi);
        const ZplLabelWriter::Placed placed = ZplLabelWriter(dpi).place(test);
        QStringList lines;
        for (const ZplLabelWriter::Text &t : placed.texts)
            lines += t.lines;
        const QString all = lines.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("%1 dpi").arg(dpi)), qPrintable(all));
        QVERIFY2(all.contains(xLine), qPrintable(all));
        QVERIFY2(all.contains(quietLine), qPrintable(all));
        QCOMPARE(placed.codes.size(), 1);
        // What the label says is what the printer is told.
        QCOMPARE(placed.codes.first().moduleDots, dpi == 203 ? 4 : 6);
        const QImage image = ZplPreview::render(placed);
        const QString keep = qEnvironmentVariable("VENDORPACK_KEEP_TEST_FILES");
        if (!keep.isEmpty())
            image.save(QStringLiteral("%1/test-label-%2.png").arg(keep).arg(dpi));
        const QList<DecodedBarcode> found = decodeBand(image, placed.codes.first().origin.y() - 4,
                                                       placed.codes.first().heightDots + 8);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().symbologyIdentifier, QStringLiteral("]C1"));
    }
};

QTEST_MAIN(TestZplLabelWriter)
#include "tst_zpllabelwriter.moc"
