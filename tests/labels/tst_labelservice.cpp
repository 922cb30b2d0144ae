// SPDX-License-Identifier: GPL-3.0-or-later
// Printing with the SSCC ledger (SQLite): printed only after the printer took the label, reprints
// counted, a failed print leaves the ledger alone, voided SSCCs never print, scan-back checks.

#include "labelsamples.h"

#include "labels/filelabelprinter.h"
#include "labels/labelfonts.h"
#include "labels/labelscene.h"
#include "labels/labelservice.h"
#include "labels/tcplabelprinter.h"
#include "storage/database.h"
#include "storage/ssccledger.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace VendorPack;

class TestLabelService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SsccLedger> m_ledger;
    int m_files = 0;

    LabelScene allocateLabel()
    {
        QString error;
        const auto allocation = m_ledger->allocate(QStringLiteral("0614141"), 0, {}, &error);
        if (!allocation)
            qFatal("allocate: %s", qPrintable(error));
        LabelData data = sampleLabel(QStringLiteral("carton-single"));
        data.sscc = allocation->sscc;
        return LabelScene::compose(LabelLayout::create(LabelStock::FourBySix, data.kind), data);
    }

    SsccLedgerEntry entry(const QString &sscc) { return *m_ledger->entry(sscc); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(LabelFonts::load());
        QString error;
        m_ledger.reset();
        m_db = Database::open(
            DatabaseSettings::sqlite(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_files))),
            &error);
        QVERIFY2(m_db, qPrintable(error));
        m_ledger = std::make_unique<SsccLedger>(*m_db);
        QVERIFY2(m_ledger->configureRange(QStringLiteral("0614141"), 0, 1, 1000, &error),
                 qPrintable(error));
    }

    void cleanup()
    {
        m_ledger.reset();
        m_db.reset();
    }

    void marksPrintedAfterThePrinterTookItAndCountsReprints()
    {
        const LabelScene label = allocateLabel();
        QCOMPARE(entry(label.name).state, SsccState::Allocated);
        FileLabelPrinter printer(m_dir.filePath(QStringLiteral("out")),
                                 FileLabelPrinter::Format::Zpl, 203);
        LabelService service(*m_ledger);
        QString error;
        QVERIFY2(service.print(printer, { label }, &error), qPrintable(error));
        QVERIFY(QFile::exists(printer.pathFor(label)));
        QCOMPARE(entry(label.name).state, SsccState::Printed);
        QCOMPARE(entry(label.name).printCount, 1);
        QVERIFY2(service.print(printer, { label }, &error), qPrintable(error));
        QCOMPARE(entry(label.name).printCount, 2);
    }

    void aFailedPrintLeavesTheLedgerAlone()
    {
        const LabelScene label = allocateLabel();
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        TcpLabelPrinter offline(QStringLiteral("127.0.0.1"), port, 203, 2000);
        LabelService service(*m_ledger);
        QString error;
        QVERIFY(!service.print(offline, { label }, &error));
        QVERIFY2(error.contains(QLatin1String("Not printed on ZPL to 127.0.0.1")),
                 qPrintable(error));
        QCOMPARE(entry(label.name).state, SsccState::Allocated);
        QCOMPARE(entry(label.name).printCount, 0);
    }

    void aVoidedSsccNeverPrintsAgain()
    {
        const LabelScene label = allocateLabel();
        FileLabelPrinter printer(m_dir.filePath(QStringLiteral("void")),
                                 FileLabelPrinter::Format::Zpl, 203);
        LabelService service(*m_ledger);
        QString error;
        QVERIFY(service.print(printer, { label }, &error));
        QVERIFY(
            !service.voidLabel(label.name, QStringLiteral("  "), QStringLiteral("ann"), &error));
        QVERIFY2(service.voidLabel(label.name, QStringLiteral("label torn"), QStringLiteral("ann"),
                                   &error),
                 qPrintable(error));
        QFile::remove(printer.pathFor(label));
        QVERIFY(!service.print(printer, { label }, &error));
        QVERIFY2(error.contains(QLatin1String("voided (label torn)")), qPrintable(error));
        QVERIFY(!QFile::exists(printer.pathFor(label)));
        QCOMPARE(entry(label.name).printCount, 1);
    }

    void refusesAnSsccTheLedgerDoesNotKnow()
    {
        const LabelData data = sampleLabel(QStringLiteral("pallet"));
        const LabelScene label
            = LabelScene::compose(LabelLayout::create(LabelStock::FourBySix, data.kind), data);
        FileLabelPrinter printer(m_dir.filePath(QStringLiteral("unknown")),
                                 FileLabelPrinter::Format::Pdf);
        LabelService service(*m_ledger);
        QString error;
        QVERIFY(!service.print(printer, { label }, &error));
        QVERIFY2(error.contains(label.name), qPrintable(error));
        QVERIFY(!QFile::exists(printer.pathFor(label)));
    }

    void scanBackAppliesOnlyTheExpectedPrintedLabel()
    {
        const LabelScene first = allocateLabel();
        const LabelScene second = allocateLabel();
        LabelService service(*m_ledger);
        QString error;
        // Not printed yet.
        QVERIFY(!service.scanBack(first.name, first.name, &error));
        QVERIFY2(error.contains(QLatin1String("has not been printed")), qPrintable(error));
        FileLabelPrinter printer(m_dir.filePath(QStringLiteral("scan")),
                                 FileLabelPrinter::Format::Zpl, 300);
        QVERIFY(service.print(printer, { first, second }, &error));
        // The other carton's label.
        QVERIFY(!service.scanBack(second.name, first.name, &error));
        QVERIFY2(error.contains(QLatin1String("Wrong label")), qPrintable(error));
        QCOMPARE(entry(second.name).state, SsccState::Printed);
        QVERIFY2(service.scanBack(first.name, first.name, &error), qPrintable(error));
        QCOMPARE(entry(first.name).state, SsccState::Applied);
        // A voided label scanned on its carton is refused with the reason.
        QVERIFY(service.voidLabel(second.name, QStringLiteral("carton merged"),
                                  QStringLiteral("bo"), &error));
        QVERIFY(!service.scanBack(second.name, second.name, &error));
        QVERIFY2(error.contains(QLatin1String("voided (carton merged)")), qPrintable(error));
    }
};

QTEST_MAIN(TestLabelService)
#include "tst_labelservice.moc"
