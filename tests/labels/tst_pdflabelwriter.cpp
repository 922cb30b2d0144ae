// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF back end: every page rendered with pdftoppm and decoded with ZXing, the human-readable
// parts read back with pdftotext, long and non-Latin addresses wrapped and shrunk, never cut.

#include "barcodereader.h"
#include "labelsamples.h"

#include "labels/labelfonts.h"
#include "labels/labelscene.h"
#include "labels/pdflabelwriter.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace VendorPack;

class TestPdfLabelWriter : public QObject
{
    Q_OBJECT

private:
    static constexpr int kDpi = 300;
    QTemporaryDir m_dir;

    static QStringList cases()
    {
        return { QStringLiteral("carton-single"), QStringLiteral("carton-mixed"),
                 QStringLiteral("pallet"), QStringLiteral("long-address"),
                 QStringLiteral("pallet-single") };
    }

    static LabelScene scene(const LabelData &data, LabelStock stock = LabelStock::FourBySix)
    {
        return LabelScene::compose(LabelLayout::create(stock, data.kind), data);
    }

    QString writePdf(const QString &name, const QList<LabelScene> &scenes)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
        QString error;
        if (!PdfLabelWriter::writeFile(scenes, path, &error)) {
            qWarning("%s", qPrintable(error));
            return QString();
        }
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // To look at the labels: VENDORPACK_KEEP_TEST_FILES=1 keeps the PDFs and page images.
        if (qEnvironmentVariableIsSet("VENDORPACK_KEEP_TEST_FILES")) {
            m_dir.setAutoRemove(false);
            qInfo("label files in %s", qPrintable(m_dir.path()));
        }
        QString error;
        QVERIFY2(LabelFonts::load(&error), qPrintable(error));
    }

    void everyPageDecodes_data()
    {
        QTest::addColumn<int>("stock");
        QTest::newRow("4x6") << int(LabelStock::FourBySix);
        QTest::newRow("A6") << int(LabelStock::A6);
    }

    void everyPageDecodes()
    {
        QFETCH(int, stock);
        QList<LabelScene> scenes;
        QList<LabelData> data;
        for (const QString &name : cases()) {
            data.append(sampleLabel(name));
            scenes.append(scene(data.last(), LabelStock(stock)));
            QVERIFY2(!scenes.last().hasErrors(),
                     qPrintable(scenes.last().findings.value(0).message));
        }
        const QString pdf = writePdf(QStringLiteral("decode-%1").arg(stock), scenes);
        QVERIFY(!pdf.isEmpty());
        const QList<QImage> pages
            = renderPdf(pdf, m_dir.filePath(QStringLiteral("page-%1").arg(stock)), kDpi);
        QCOMPARE(pages.size(), scenes.size());
        for (int i = 0; i < pages.size(); ++i) {
            const double pxPerMm = kDpi / 25.4;
            int decoded = 0;
            for (const LabelBarcode &b : scenes.at(i).barcodes) {
                const QList<DecodedBarcode> found
                    = decodeBand(pages.at(i), int(b.area.top() * pxPerMm) - 8,
                                 int(b.area.height() * pxPerMm) + 16);
                QCOMPARE(found.size(), 1);
                if (b.symbology == Symbology::Gs1_128) {
                    QCOMPARE(found.first().symbologyIdentifier, QStringLiteral("]C1"));
                    QCOMPARE(found.first().text, QStringLiteral("00") + data.at(i).sscc.digits());
                } else {
                    QCOMPARE(found.first().symbologyIdentifier, QStringLiteral("]C0"));
                    QCOMPARE(found.first().text, data.at(i).purchaseOrders.first());
                }
                ++decoded;
            }
            QCOMPARE(decoded, data.at(i).purchaseOrders.size() == 1 ? 2 : 1);
            // The lower part of the page as a scanner sees it: the SSCC is found without help.
            const QList<DecodedBarcode> lower
                = decodeBand(pages.at(i), pages.at(i).height() / 2, pages.at(i).height() / 2);
            QCOMPARE(lower.size(), 1);
            QCOMPARE(lower.first().text, QStringLiteral("00") + data.at(i).sscc.digits());
        }
    }

    void humanReadablePartsAreText()
    {
        QList<LabelScene> scenes;
        for (const QString &name : cases())
            scenes.append(scene(sampleLabel(name)));
        const QString pdf = writePdf(QStringLiteral("text"), scenes);
        const QString text = pdfText(pdf);
        for (const char *expected : { "SHIP TO",
                                      "ABE8",
                                      "401 Independence Road",
                                      "SHIP FROM",
                                      "Acme Housewares Inc.",
                                      "(00) 0 0614141 123456789 0",
                                      "(00) 1 0614141 123456789 7",
                                      "(00) 3 5412345 000000001 4",
                                      "MIXED SKUS",
                                      "PO: 2JK3S9VC",
                                      "1 OF 10",
                                      "SKU: ACM-10064",
                                      "QTY: 28",
                                      "CARTONS: 60",
                                      "WEIGHT: 1210.4 LB",
                                      "MIXED",
                                      "SINGLE",
                                      "802 LB",
                                      "PURCHASE ORDERS (2)",
                                      "2JK3S9VC, 8HQ2LMNP",
                                      "BOL393718924" }) {
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        }
        const QByteArray bytes = [&pdf] {
            QFile f(pdf);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(bytes.contains("/FontFile2"));
        QVERIFY(bytes.contains("DejaVuSans"));
    }

    void longAndNonLatinAddressesWrapNeverCut()
    {
        const LabelData data = sampleLabel(QStringLiteral("long-address"));
        const LabelScene s = scene(data);
        QVERIFY(!s.hasErrors());
        const QString text = pdfText(writePdf(QStringLiteral("long"), { s }));
        QString shipTo = data.shipTo.name + u' ' + data.shipTo.addressLine1 + u' '
            + data.shipTo.addressLine2 + u' ' + data.shipTo.district;
        // NFKC: the face sets "fi" as a ligature, which pdftotext returns as one character.
        const QString flat = text.normalized(QString::NormalizationForm_KC).simplified();
        for (const QString &word : shipTo.split(u' ', Qt::SkipEmptyParts))
            QVERIFY2(flat.contains(word), qPrintable(word));
        // The address is set smaller than a short one and over more lines.
        const LabelScene plain = scene(sampleLabel(QStringLiteral("carton-single")));
        auto shipToText = [](const LabelScene &sc) {
            for (const LabelText &t : sc.texts) {
                if (t.lines.value(0).startsWith(QLatin1String("Amazon.com")))
                    return t;
            }
            return LabelText();
        };
        QVERIFY(shipToText(s).lines.size() > shipToText(plain).lines.size());
        QVERIFY(shipToText(s).sizeMm < shipToText(plain).sizeMm);
    }

    void textThatCannotFitIsAnError()
    {
        LabelData data = sampleLabel(QStringLiteral("carton-single"));
        data.shipTo.addressLine2
            = QString(QStringLiteral("Very long delivery instruction ")).repeated(40);
        const LabelScene s = scene(data);
        QVERIFY(s.hasErrors());
        QCOMPARE(s.findings.first().rule, QStringLiteral("label.text-too-long"));
        QVERIFY(s.findings.first().message.contains(QLatin1String("ship-to address")));
    }

    void missingGlyphsAreAWarning()
    {
        LabelData data = sampleLabel(QStringLiteral("carton-single"));
        data.shipTo.addressLine2 = QStringLiteral("東京都千代田区");
        const LabelScene s = scene(data);
        QVERIFY(!s.hasErrors());
        bool warned = false;
        for (const Finding &f : s.findings)
            warned = warned
                || (f.rule == QLatin1String("label.font") && f.severity == Severity::Warning);
        QVERIFY(warned);
        // Greek and Cyrillic are in the face: no warning.
        data.shipTo.addressLine2 = QStringLiteral("Αθήνα Москва");
        QVERIFY(scene(data).findings.isEmpty());
    }
};

QTEST_MAIN(TestPdfLabelWriter)
#include "tst_pdflabelwriter.moc"
