// SPDX-License-Identifier: GPL-3.0-or-later
// The station's label printer settings: the checks field by field, the round trip through
// QSettings, the settings widget (problems as typed, test print to real files and a closed port)
// and the Printers tab of the settings dialog.
#include "ui/labelprintersettingswidget.h"
#include "ui/settings/memorycredentialstore.h"
#include "ui/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace VendorPack;

class tst_LabelPrinterSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void problems_data();
    void problems();
    void addressParts();
    void roundTrip();
    void widgetChecksAsTyped();
    void testPrintButton();
    void dialogHasPrintersTab();

private:
    QTemporaryDir m_dir;
};

void tst_LabelPrinterSettings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile file(m_dir.filePath(QStringLiteral("a-file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
}

void tst_LabelPrinterSettings::problems_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value"); // folder, printer, queue or address by kind
    QTest::addColumn<QString>("problem"); // part of the message; empty: fine
    const int pdf = int(PrinterSettings::Kind::PdfFolder);
    const int zpl = int(PrinterSettings::Kind::ZplFolder);
    const int system = int(PrinterSettings::Kind::SystemPrinter);
    const int cups = int(PrinterSettings::Kind::ZplCups);
    const int tcp = int(PrinterSettings::Kind::ZplTcp);
    const QString dir = m_dir.path();
    QTest::newRow("folder that exists") << pdf << dir << QString();
    QTest::newRow("folder to be created")
        << zpl << dir + QStringLiteral("/new/labels") << QString();
    QTest::newRow("folder empty") << zpl << QString() << QStringLiteral("is empty");
    QTest::newRow("folder relative")
        << pdf << QStringLiteral("labels") << QStringLiteral("not a full path");
    QTest::newRow("folder is a file")
        << zpl << dir + QStringLiteral("/a-file") << QStringLiteral("is a file, not a folder");
    QTest::newRow("folder below a file")
        << zpl << dir + QStringLiteral("/a-file/labels") << QStringLiteral("cannot be created");
    QTest::newRow("system printer named") << system << QStringLiteral("Zebra_ZD421") << QString();
    QTest::newRow("system printer empty") << system << QString() << QStringLiteral("is empty");
    QTest::newRow("cups queue") << cups << QStringLiteral("zebra-dock1") << QString();
    QTest::newRow("cups queue with a space")
        << cups << QStringLiteral("zebra dock") << QStringLiteral("may not hold spaces");
    QTest::newRow("cups queue empty") << cups << QStringLiteral(" ") << QStringLiteral("is empty");
    QTest::newRow("tcp host:port") << tcp << QStringLiteral("10.0.0.5:9100") << QString();
    QTest::newRow("tcp host name only") << tcp << QStringLiteral("zebra-1.dock.local") << QString();
    QTest::newRow("tcp IPv6 with port") << tcp << QStringLiteral("[::1]:6101") << QString();
    QTest::newRow("tcp empty") << tcp << QString() << QStringLiteral("is empty");
    QTest::newRow("tcp port missing after colon")
        << tcp << QStringLiteral("10.0.0.5:") << QStringLiteral("port");
    QTest::newRow("tcp port too large")
        << tcp << QStringLiteral("10.0.0.5:70000") << QStringLiteral("1 to 65535");
    QTest::newRow("tcp port not a number")
        << tcp << QStringLiteral("10.0.0.5:zebra") << QStringLiteral("not host:port");
    QTest::newRow("tcp with a space")
        << tcp << QStringLiteral("zebra 1:9100") << QStringLiteral("not host:port");
    QTest::newRow("tcp with a path")
        << tcp << QStringLiteral("10.0.0.5:9100/print") << QStringLiteral("not host:port");
}

void tst_LabelPrinterSettings::problems()
{
    QFETCH(int, kind);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    PrinterSettings s = PrinterSettings::defaults(LabelKind::Pallet);
    s.kind = PrinterSettings::Kind(kind);
    s.folder = s.printerName = s.queue = s.address = value;
    const SettingsProblems list = s.problems(LabelKind::Pallet);
    QString error;
    const bool usable = s.createPrinter(&error) != nullptr;
    if (problem.isEmpty()) {
        QVERIFY2(list.isEmpty(), qPrintable(list.value(0).text()));
        QVERIFY2(usable, qPrintable(error));
        return;
    }
    QCOMPARE(list.size(), 1);
    QVERIFY2(list.first().message.contains(problem), qPrintable(list.first().text()));
    QVERIFY2(list.first().field.startsWith(QLatin1String("Pallet labels: ")),
             qPrintable(list.first().field));
    QVERIFY(!usable);
    QVERIFY2(error.contains(problem), qPrintable(error));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("new")))); // checking creates nothing
}

void tst_LabelPrinterSettings::addressParts()
{
    QString host;
    quint16 port = 0;
    QVERIFY(
        PrinterSettings::addressProblem(QStringLiteral(" 10.0.0.5:6101 "), &host, &port).isEmpty());
    QCOMPARE(host, QStringLiteral("10.0.0.5"));
    QCOMPARE(port, quint16(6101));
    QVERIFY(PrinterSettings::addressProblem(QStringLiteral("zebra-1"), &host, &port).isEmpty());
    QCOMPARE(host, QStringLiteral("zebra-1"));
    QCOMPARE(port, quint16(9100));
}

void tst_LabelPrinterSettings::roundTrip()
{
    QSettings settings(m_dir.filePath(QStringLiteral("station.ini")), QSettings::IniFormat);
    QCOMPARE(PrinterSettings::load(settings, LabelKind::Pallet).copies, 2); // the default
    QCOMPARE(PrinterSettings::load(settings, LabelKind::Carton).copies, 1);
    PrinterSettings carton = PrinterSettings::defaults(LabelKind::Carton);
    carton.kind = PrinterSettings::Kind::ZplTcp;
    carton.address = QStringLiteral("10.0.0.5:9100");
    carton.dpi = 300;
    carton.stock = LabelStock::A6;
    carton.printOnClose = true;
    PrinterSettings pallet = PrinterSettings::defaults(LabelKind::Pallet);
    pallet.kind = PrinterSettings::Kind::ZplCups;
    pallet.queue = QStringLiteral("zebra-dock1");
    pallet.copies = 3;
    carton.save(settings, LabelKind::Carton);
    pallet.save(settings, LabelKind::Pallet);
    QSettings again(m_dir.filePath(QStringLiteral("station.ini")), QSettings::IniFormat);
    QVERIFY(PrinterSettings::load(again, LabelKind::Carton) == carton);
    QVERIFY(PrinterSettings::load(again, LabelKind::Pallet) == pallet);
    QVERIFY(!(PrinterSettings::load(again, LabelKind::Pallet) == carton));
}

void tst_LabelPrinterSettings::widgetChecksAsTyped()
{
    LabelPrinterSettingsWidget widget(LabelKind::Carton);
    widget.show();
    auto *kind = widget.findChild<QComboBox *>(QStringLiteral("cartonPrinterKind"));
    auto *address = widget.findChild<QLineEdit *>(QStringLiteral("cartonPrinterAddress"));
    auto *dpi = widget.findChild<QComboBox *>(QStringLiteral("cartonPrinterDpi"));
    auto *problem = widget.findChild<QLabel *>(QStringLiteral("cartonPrinterProblem"));
    auto *test = widget.findChild<QPushButton *>(QStringLiteral("cartonTestPrint"));
    QVERIFY(kind && address && dpi && problem && test);
    kind->setCurrentIndex(kind->findData(int(PrinterSettings::Kind::ZplTcp)));
    QVERIFY(address->isVisible());
    QVERIFY(dpi->isEnabled());
    QTest::keyClicks(address, QStringLiteral("10.0.0.5:99999"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("1 to 65535")), qPrintable(problem->text()));
    QVERIFY(!test->isEnabled());
    QCOMPARE(widget.problems().size(), 1);
    address->clear();
    QTest::keyClicks(address, QStringLiteral("10.0.0.5:9100"));
    QVERIFY(!problem->isVisible());
    QVERIFY(test->isEnabled());
    QCOMPARE(widget.settings().address, QStringLiteral("10.0.0.5:9100"));
    kind->setCurrentIndex(kind->findData(int(PrinterSettings::Kind::PdfFolder)));
    QVERIFY(!dpi->isEnabled()); // PDF is vector: no resolution
}

void tst_LabelPrinterSettings::testPrintButton()
{
    LabelPrinterSettingsWidget widget(LabelKind::Pallet);
    PrinterSettings s = PrinterSettings::defaults(LabelKind::Pallet);
    s.kind = PrinterSettings::Kind::ZplFolder;
    s.folder = m_dir.filePath(QStringLiteral("test-prints"));
    s.dpi = 300;
    widget.setSettings(s);
    auto *test = widget.findChild<QPushButton *>(QStringLiteral("palletTestPrint"));
    QVERIFY(test && test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY2(
        widget.testResult().startsWith(QLatin1String("Test label printed on ZPL files (300 dpi)")),
        qPrintable(widget.testResult()));
    QFile file(s.folder + QStringLiteral("/test-label.zpl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray zpl = file.readAll();
    QVERIFY(zpl.startsWith("^XA"));
    QVERIFY2(zpl.contains("300 dpi"), zpl.constData());

    // A network printer that does not answer: the message says so.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    s.kind = PrinterSettings::Kind::ZplTcp;
    s.address = QStringLiteral("127.0.0.1:%1").arg(port);
    widget.setSettings(s);
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY2(widget.testResult().startsWith(QLatin1String("Test label not printed on")),
             qPrintable(widget.testResult()));
}

void tst_LabelPrinterSettings::dialogHasPrintersTab()
{
    QSettings settings(m_dir.filePath(QStringLiteral("dialog.ini")), QSettings::IniFormat);
    PrinterSettings pallet = PrinterSettings::defaults(LabelKind::Pallet);
    pallet.kind = PrinterSettings::Kind::ZplCups;
    pallet.queue = QStringLiteral("zebra-dock1");
    pallet.save(settings, LabelKind::Pallet);
    MemoryCredentialStore credentials;
    SettingsDialog dialog(settings, credentials, nullptr);
    auto *tabs = dialog.findChild<QTabWidget *>();
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(tabs->count() - 1), QStringLiteral("&Printers"));
    QVERIFY(dialog.printerSettings(LabelKind::Pallet) == pallet);

    PrinterSettings bad = pallet;
    bad.kind = PrinterSettings::Kind::ZplTcp;
    bad.address = QStringLiteral("10.0.0.5:0");
    dialog.setPrinterSettings(LabelKind::Pallet, bad);
    bool found = false;
    for (const SettingsProblem &p : dialog.problems())
        found = found || p.field == QLatin1String("Pallet labels: Printer address");
    QVERIFY(found);
    // Nothing is stored while a printer setting is wrong.
    dialog.accept();
    QCOMPARE(PrinterSettings::load(settings, LabelKind::Pallet).kind,
             PrinterSettings::Kind::ZplCups);
}

QTEST_MAIN(tst_LabelPrinterSettings)
#include "tst_labelprintersettings.moc"
