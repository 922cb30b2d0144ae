// SPDX-License-Identifier: GPL-3.0-or-later
// The label printers: a fake TCP 9100 printer on loopback, a refused port, a CUPS queue that
// does not exist, the folder printer, and QPrinter with PDF output; failures say what failed.

#include "barcodereader.h"
#include "labelsamples.h"

#include "labels/cupslabelprinter.h"
#include "labels/filelabelprinter.h"
#include "labels/labelfonts.h"
#include "labels/labelscene.h"
#include "labels/qprinterlabelprinter.h"
#include "labels/tcplabelprinter.h"
#include "labels/zpllabelwriter.h"

#include <QFile>
#include <QPrinter>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace VendorPack;

namespace {

// A label printer on 127.0.0.1 that keeps what it receives, in a thread of its own.
class FakeZebra : public QThread
{
public:
    quint16 port = 0;
    QByteArray received;

protected:
    void run() override
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0))
            return;
        port = server.serverPort();
        m_ready.release();
        if (!server.waitForNewConnection(10000))
            return;
        QTcpSocket *socket = server.nextPendingConnection();
        while (socket->state() == QAbstractSocket::ConnectedState || socket->bytesAvailable()) {
            if (!socket->bytesAvailable() && !socket->waitForReadyRead(5000))
                break;
            received += socket->readAll();
        }
        received += socket->readAll();
    }

public:
    void startAndWait()
    {
        start();
        m_ready.acquire();
    }

private:
    QSemaphore m_ready;
};

} // namespace

class TestLabelPrinter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QList<LabelScene> scenes()
    {
        QList<LabelScene> list;
        for (const char *name : { "carton-single", "pallet" }) {
            const LabelData data = sampleLabel(QLatin1String(name));
            list.append(
                LabelScene::compose(LabelLayout::create(LabelStock::FourBySix, data.kind), data));
        }
        return list;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(LabelFonts::load());
    }

    void sendsZplToATcpPrinter()
    {
        FakeZebra zebra;
        zebra.startAndWait();
        QVERIFY(zebra.port != 0);
        TcpLabelPrinter printer(QStringLiteral("127.0.0.1"), zebra.port, 300);
        QString error;
        QVERIFY2(printer.print(scenes(), &error), qPrintable(error));
        QVERIFY(zebra.wait(10000));
        QCOMPARE(zebra.received, ZplLabelWriter(300).writeAll(scenes(), &error));
        QCOMPARE(zebra.received.count("^XA"), 2);
        QVERIFY(zebra.received.contains("^FD>;>800006141411234567890^FS"));
    }

    void aRefusedPortIsAClearError()
    {
        // A port that was just free: nothing listens there.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        TcpLabelPrinter printer(QStringLiteral("127.0.0.1"), port, 203, 2000);
        QString error;
        QVERIFY(!printer.print(scenes(), &error));
        QVERIFY2(error.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("cannot be reached")), qPrintable(error));
    }

    void aMissingCupsQueueIsAClearError()
    {
        CupsLabelPrinter printer(QStringLiteral("vendorpack-no-such-queue"), 203, 20000);
        QString error;
        QVERIFY(!printer.print(scenes(), &error));
        QVERIFY2(error.contains(QLatin1String("vendorpack-no-such-queue")), qPrintable(error));
        // lp's own reason (no such queue, no scheduler) or that lp is missing: never silence.
        QVERIFY2(error.contains(QLatin1String("refused"))
                     || error.contains(QLatin1String("Cannot run")),
                 qPrintable(error));
    }

    void aFailingLpIsReportedWithItsMessage()
    {
        // A stand-in for lp that reads the job and refuses it, as a stopped queue does.
        const QString fake = m_dir.filePath(QStringLiteral("lp"));
        QFile script(fake);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\ncat > /dev/null\necho 'lp: printer is stopped' >&2\nexit 1\n");
        script.close();
        script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
        CupsLabelPrinter printer(QStringLiteral("zebra1"), 203);
        printer.setProgram(fake);
        QString error;
        QVERIFY(!printer.print(scenes(), &error));
        QVERIFY2(error.contains(QLatin1String("lp: printer is stopped")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("exit code 1")), qPrintable(error));
    }

    void writesLabelFilesThatDecode_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::newRow("203") << 203;
        QTest::newRow("300") << 300;
    }

    void writesLabelFilesThatDecode()
    {
        QFETCH(int, dpi);
        const QString folder = m_dir.filePath(QStringLiteral("zpl-%1").arg(dpi));
        FileLabelPrinter printer(folder, FileLabelPrinter::Format::Zpl, dpi);
        QString error;
        const QList<LabelScene> labels = scenes();
        QVERIFY2(printer.print(labels, &error), qPrintable(error));
        for (const LabelScene &label : labels) {
            QFile file(printer.pathFor(label));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), ZplLabelWriter(dpi).write(label));
        }
        FileLabelPrinter pdf(m_dir.filePath(QStringLiteral("pdf")), FileLabelPrinter::Format::Pdf);
        QVERIFY2(pdf.print(labels, &error), qPrintable(error));
        const QList<QImage> pages = renderPdf(pdf.pathFor(labels.first()),
                                              m_dir.filePath(QStringLiteral("file-page")), 300);
        QCOMPARE(pages.size(), 1);
        bool found = false;
        const QImage &page = pages.first();
        for (const DecodedBarcode &d : decodeBand(page, page.height() / 2, page.height() / 2))
            found = found
                || (d.symbologyIdentifier == QLatin1String("]C1")
                    && d.text == QLatin1String("00006141411234567890"));
        QVERIFY(found);
    }

    void refusesALabelWithErrors()
    {
        LabelData data = sampleLabel(QStringLiteral("carton-single"));
        data.shipTo.addressLine2 = QStringLiteral("Far too long ").repeated(200);
        const LabelScene bad
            = LabelScene::compose(LabelLayout::create(LabelStock::FourBySix, data.kind), data);
        const QString folder = m_dir.filePath(QStringLiteral("refused"));
        FileLabelPrinter printer(folder, FileLabelPrinter::Format::Zpl, 203);
        QString error;
        QVERIFY(!printer.print({ bad }, &error));
        QVERIFY2(error.contains(QLatin1String("does not fit")), qPrintable(error));
        QVERIFY(!QFile::exists(printer.pathFor(bad)));
    }

    void paintsThroughQPrinter()
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString path = m_dir.filePath(QStringLiteral("qprinter.pdf"));
        printer.setOutputFileName(path);
        QString error;
        QVERIFY2(QPrinterLabelPrinter::paint(printer, scenes(), &error), qPrintable(error));
        // Two copies of the pallet label.
        const QList<QImage> pages = renderPdf(path, m_dir.filePath(QStringLiteral("qp")), 300);
        QCOMPARE(pages.size(), 3);
        for (const QImage &page : pages) {
            QCOMPARE(page.width(), qRound(101.6 / 25.4 * 300));
            QVERIFY(!decodeBarcodes(page).isEmpty());
        }
    }

    void anUnknownPrinterIsAClearError()
    {
        QPrinterLabelPrinter printer(QStringLiteral("No Such Printer 42"));
        QString error;
        QVERIFY(!printer.print(scenes(), &error));
        QVERIFY2(error.contains(QLatin1String("No Such Printer 42")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("not installed")), qPrintable(error));
    }
};

QTEST_MAIN(TestLabelPrinter)
#include "tst_labelprinter.moc"
