// SPDX-License-Identifier: GPL-3.0-or-later
// The pallet manifest: read back with pdftotext (every carton SSCC, the SKU lines, the totals),
// the pallet SSCC barcode decoded with ZXing, a long pallet continued on pages that repeat the
// header. The builder (figures from a shipment tree) is proven end to end in app/clilabels.

#include "barcodereader.h"
#include "labelsamples.h"

#include "labels/labelfonts.h"
#include "labels/manifestdocument.h"

#include <QTemporaryDir>
#include <QTest>

using namespace VendorPack;
using namespace Qt::StringLiterals;

namespace {

// A pallet manifest with `cartons` cartons of 12 units, two SKU lines.
PalletManifest sampleManifest(int cartons)
{
    PalletManifest m;
    m.pallet = sampleLabel(u"pallet"_s);
    for (int i = 0; i < cartons; ++i) {
        PalletManifest::Carton c;
        c.sscc = Sscc::compose(0, u"0614141", quint64(500000 + i)).digits();
        c.number = i + 11;
        c.total = cartons + 20;
        c.contents = u"ACM-10064"_s;
        c.units = 12;
        c.weight = u"20.5 LB"_s;
        m.cartons.append(c);
    }
    m.lines.append(
        { u"ACM-10064"_s, u"2JK3S9VC"_s, qint64(cartons) * 10, u"EACHES"_s, qint64(cartons) * 10 });
    m.lines.append(
        { u"ACM-20011"_s, u"8HQ2LMNP"_s, qint64(cartons), u"CASES"_s, qint64(cartons) * 2 });
    m.cartonCount = cartons;
    m.units = qint64(cartons) * 12;
    m.weight = u"1210.4 LB"_s;
    return m;
}

} // namespace

class TestManifestDocument : public QObject
{
    Q_OBJECT

private:
    static constexpr int kDpi = 200;
    QTemporaryDir m_dir;

    QString write(const QString &name, const QList<PalletManifest> &manifests,
                  ManifestPaper paper = ManifestPaper::A4)
    {
        const QString path = m_dir.filePath(name + u".pdf"_s);
        QString error;
        if (!ManifestDocument::writeFile(manifests, paper, path, &error)) {
            qWarning("%s", qPrintable(error));
            return QString();
        }
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("VENDORPACK_KEEP_TEST_FILES")) {
            m_dir.setAutoRemove(false);
            qInfo("manifest files in %s", qPrintable(m_dir.path()));
        }
        QString error;
        QVERIFY2(LabelFonts::load(&error), qPrintable(error));
    }

    void listsCartonsAndTotals_data()
    {
        QTest::addColumn<int>("paper");
        QTest::newRow("A4") << int(ManifestPaper::A4);
        QTest::newRow("Letter") << int(ManifestPaper::Letter);
    }

    void listsCartonsAndTotals()
    {
        QFETCH(int, paper);
        const PalletManifest m = sampleManifest(6);
        const QString pdf = write(u"short-%1"_s.arg(paper), { m }, ManifestPaper(paper));
        QVERIFY(!pdf.isEmpty());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(u"PALLET MANIFEST"_s), qPrintable(text));
        for (const PalletManifest::Carton &c : m.cartons)
            QVERIFY2(text.contains(c.sscc), qPrintable(c.sscc));
        QVERIFY(text.contains(u"11 of 26"_s));
        QVERIFY(text.contains(u"16 of 26"_s));
        QVERIFY(text.contains(u"Cartons: 6"_s));
        QVERIFY(text.contains(u"Units: 72"_s));
        QVERIFY(text.contains(u"Weight: 1210.4 LB"_s));
        QVERIFY(text.contains(u"ACM-20011"_s));
        QVERIFY(text.contains(u"CASES"_s));
        QVERIFY(text.contains(u"8HQ2LMNP"_s));
        QVERIFY(text.contains(u"Amazon.com Services LLC ABE8"_s)); // ship to
        QVERIFY(text.contains(u"Acme Housewares Inc."_s)); // ship from
        QVERIFY(text.contains(m.pallet.humanReadableSscc()));
        QVERIFY(text.contains(u"page 1 of 1"_s));

        const QList<QImage> pages = renderPdf(pdf, m_dir.filePath(u"short-%1"_s.arg(paper)), kDpi);
        QCOMPARE(pages.size(), 1);
        const QSizeF mm = ManifestDocument::paperSize(ManifestPaper(paper));
        QVERIFY(qAbs(pages.first().width() - mm.width() / 25.4 * kDpi) <= 1);
        const QList<DecodedBarcode> found
            = decodeBand(pages.first(), 0, pages.first().height() / 3);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().symbologyIdentifier, u"]C1"_s);
        QCOMPARE(found.first().text, u"00"_s + m.pallet.sscc.digits());
    }

    void longPalletSpansPages()
    {
        const PalletManifest m = sampleManifest(120);
        const QList<LabelScene> scenes = ManifestDocument::compose(m, ManifestPaper::A4);
        QVERIFY2(scenes.size() >= 3, qPrintable(QString::number(scenes.size())));
        const QString pdf = write(u"long"_s, { m });
        QVERIFY(!pdf.isEmpty());
        const QString text = pdfText(pdf);
        const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(pageTexts.size(), scenes.size());
        for (int i = 0; i < pageTexts.size(); ++i) {
            const QString &page = pageTexts.at(i);
            // The header on every page, and the carton table's head where it continues.
            QVERIFY2(page.contains(u"PALLET MANIFEST"_s), qPrintable(page));
            QVERIFY(page.contains(u"page %1 of %2"_s.arg(i + 1).arg(scenes.size())));
            QVERIFY(page.contains(u"Amazon.com Services LLC ABE8"_s));
            QVERIFY(page.contains(m.pallet.humanReadableSscc()));
            if (i > 0 && page.contains(m.cartons.last().sscc))
                QVERIFY(page.contains(u"CONTENTS"_s));
        }
        // Every carton once, in order; the totals at the end.
        int from = 0;
        for (const PalletManifest::Carton &c : m.cartons) {
            const int at = int(text.indexOf(c.sscc, from));
            QVERIFY2(at >= 0, qPrintable(c.sscc));
            QCOMPARE(text.count(c.sscc), 1);
            from = at;
        }
        QVERIFY(pageTexts.last().contains(u"Cartons: 120"_s));
        QVERIFY(pageTexts.last().contains(u"Units: 1440"_s));
        // The barcode decodes on every page.
        const QList<QImage> pages = renderPdf(pdf, m_dir.filePath(u"long"_s), kDpi);
        QCOMPARE(pages.size(), scenes.size());
        for (const QImage &page : pages) {
            const QList<DecodedBarcode> found = decodeBand(page, 0, page.height() / 3);
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first().text, u"00"_s + m.pallet.sscc.digits());
        }
    }
};

QTEST_MAIN(TestManifestDocument)
#include "tst_manifestdocument.moc"
