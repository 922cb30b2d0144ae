// SPDX-License-Identifier: GPL-3.0-or-later
// Labels at the station on a real SQLite station and real files: print a closed carton to a ZPL
// folder (the SSCC decodes from the label), reprint with a reason, a printer that refuses, void,
// print on close exactly once, pallets with their cartons, relabel after a void, the pallet
// manifest in a PDF folder, and the actions' enabled states.
#include "ui/labelprintcontroller.h"

#include "barcodereader.h"
#include "packingfixture.h"

#include "storage/auditlog.h"

#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace VendorPack;

namespace {

Party address(const QString &id, const QString &name, const QString &street, const QString &city)
{
    Party party;
    party.partyId = id;
    party.name = name;
    party.addressLine1 = street;
    party.city = city;
    party.stateOrRegion = QStringLiteral("PA");
    party.postalCode = QStringLiteral("18031");
    party.countryCode = QStringLiteral("US");
    return party;
}

Weight pounds(double value)
{
    Weight weight;
    weight.value = value;
    weight.unit = WeightUnit::Pounds;
    return weight;
}

Dimensions inches(double length, double width, double height)
{
    Dimensions d;
    d.length = length;
    d.width = width;
    d.height = height;
    d.unit = LengthUnit::Inches;
    return d;
}

// The ZPL field data of an SSCC barcode: GS1-128 with FNC1 and AI 00.
QByteArray ssccField(const QString &sscc)
{
    return QByteArray(">;>800").append(sscc.toLatin1());
}

// A port on loopback that nothing listens on.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class tst_LabelPrintController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void printsClosedCartonToZplFolder();
    void reprintNeedsReasonAndIsCounted();
    void refusingPrinterLeavesLedgerUnchanged();
    void voidedLabelIsNeverPrintedAgain();
    void printOnCloseFiresOnce();
    void palletWithItsCartons();
    void missingShipToAddressIsAMessage();
    void actionsFollowSelection();
    void relabelAfterVoidPrintsTheNewSscc();
    void palletManifestToPdfFolder();

private:
    // A station with addresses, a ZPL folder printer, a carton with an item (closed when asked).
    bool setUp(PackingFixture &f, bool withAddresses = true);
    NodeId addCarton(PackingFixture &f, bool close);
    int auditCount(PackingFixture &f, const QString &sscc, const QString &action,
                   QString *reason = nullptr);
    QString sscc(PackingFixture &f, NodeId node) const
    {
        return f.session->shipment()->node(node)->line().identifierValue;
    }

    StorageBackends m_backends;
    QTemporaryDir m_dir;
    int m_folders = 0;
    QString m_folder;
};

void tst_LabelPrintController::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_backends.start());
}

void tst_LabelPrintController::cleanupTestCase()
{
    m_backends.stop();
}

bool tst_LabelPrintController::setUp(PackingFixture &f, bool withAddresses)
{
    if (!f.setUp(m_backends, StorageBackends::sqlite()))
        return false;
    m_folder = m_dir.filePath(QStringLiteral("labels-%1").arg(++m_folders));
    StationProfile profile = f.station->profile();
    profile.shipFrom = address(QStringLiteral("ACME1"), QStringLiteral("ACME Widgets Inc."),
                               QStringLiteral("1 Factory Road"), QStringLiteral("Allentown"));
    f.station->setProfile(profile);
    if (withAddresses) {
        QList<PurchaseOrder> orders {
            PackingFixture::order(QStringLiteral("PO-A"), PackingFixture::fc(),
                                  { PackingFixture::line(QStringLiteral("ACM-1"), 20),
                                    PackingFixture::line(QStringLiteral("ACM-2"), 4, 6) }),
            PackingFixture::order(QStringLiteral("PO-B"), PackingFixture::fc(),
                                  { PackingFixture::line(QStringLiteral("ACM-3"), 5) }),
        };
        for (PurchaseOrder &po : orders)
            po.shipToParty
                = address(PackingFixture::fc(), QStringLiteral("Amazon.com ABE8"),
                          QStringLiteral("401 Independence Road"), QStringLiteral("Florence"));
        QString error;
        if (!f.station->purchaseOrders().upsert(orders, &error) || !f.session->reloadOrders()) {
            qWarning("%s", qPrintable(error));
            return false;
        }
    }
    return true;
}

NodeId tst_LabelPrintController::addCarton(PackingFixture &f, bool close)
{
    const PackingResult carton = f.session->addCarton();
    if (!carton
        || !f.session->addItem(carton.node, QStringLiteral("PO-A"), QStringLiteral("ACM-1"), 4))
        return 0;
    if (close && !f.session->closeCarton(carton.node, pounds(12.5), inches(12, 10, 8)))
        return 0;
    return carton.node;
}

int tst_LabelPrintController::auditCount(PackingFixture &f, const QString &sscc,
                                         const QString &action, QString *reason)
{
    const auto entries = f.station->auditLog().entriesForSscc(sscc);
    if (!entries)
        return -1;
    int count = 0;
    for (const AuditEntry &entry : *entries) {
        if (entry.action != action)
            continue;
        ++count;
        if (reason)
            *reason = QJsonDocument::fromJson(entry.after.toUtf8())
                          .object()
                          .value(QLatin1String("reason"))
                          .toString();
    }
    return count;
}

static PrinterSettings zplFolder(const QString &folder, int dpi = 203)
{
    PrinterSettings s = PrinterSettings::defaults(LabelKind::Carton);
    s.kind = PrinterSettings::Kind::ZplFolder;
    s.folder = folder;
    s.dpi = dpi;
    return s;
}

void tst_LabelPrintController::printsClosedCartonToZplFolder()
{
    PackingFixture f;
    QVERIFY(setUp(f));
    const NodeId carton = addCarton(f, true);
    QVERIFY(carton);
    LabelPrintController labels(*f.station, *f.session);
    labels.setPrinterSettings(LabelKind::Carton, zplFolder(m_folder));
    QSignalSpy status(&labels, &LabelPrintController::statusMessage);

    QString error;
    QVERIFY2(labels.printLabels({ carton }, &error), qPrintable(error));
    const QString code = sscc(f, carton);
    QFile file(m_folder + QLatin1Char('/') + code + QStringLiteral(".zpl"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray zpl = file.readAll();
    QVERIFY(zpl.startsWith("^XA"));
    QVERIFY(zpl.contains(ssccField(code))); // GS1-128 with FNC1, AI 00
    QVERIFY(zpl.contains("ACME Widgets Inc."));
    QVERIFY(zpl.contains("401 Independence Road"));
    QVERIFY(zpl.contains("PO-A"));

    // The label as the painter draws it: its lowest barcode is the SSCC, read as GS1-128.
    const QImage image = labels.previewImage(carton, 203, &error);
    QVERIFY2(!image.isNull(), qPrintable(error));
    const QList<DecodedBarcode> found
        = decodeBand(image, image.height() * 6 / 10, image.height() * 4 / 10);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().symbologyIdentifier, QStringLiteral("]C1"));
    QCOMPARE(found.first().text, QStringLiteral("00") + code);

    const auto entry = f.station->ledger().entry(code);
    QVERIFY(entry);
    QCOMPARE(entry->state, SsccState::Printed);
    QCOMPARE(entry->printCount, 1);
    QCOMPARE(labels.printCount(carton), 1);
    QCOMPARE(auditCount(f, code, QStringLiteral("label.print")), 1);
    QVERIFY(!status.isEmpty());
    QVERIFY2(status.last().first().toString().contains(QLatin1String("printed")),
             qPrintable(status.last().first().toString()));
}

void tst_LabelPrintController::reprintNeedsReasonAndIsCounted()
{
    PackingFixture f;
    QVERIFY(setUp(f));
    const NodeId carton = addCarton(f, true);
    LabelPrintController labels(*f.station, *f.session);
    labels.setPrinterSettings(LabelKind::Carton, zplFolder(m_folder, 300));
    QString error;
    QVERIFY2(labels.printLabels({ carton }, &error), qPrintable(error));
    const QString code = sscc(f, carton);

    // A second print without a reason is refused and counts nothing.
    QVERIFY(!labels.printLabels({ carton }, &error));
    QVERIFY2(error.contains(QLatin1String("printed before")), qPrintable(error));
    QVERIFY(!labels.reprint(carton, QStringLiteral("  "), &error));
    QCOMPARE(f.station->ledger().entry(code)->printCount, 1);

    QVERIFY2(labels.reprint(carton, QStringLiteral("label torn by the stretch wrapper"), &error),
             qPrintable(error));
    QCOMPARE(f.station->ledger().entry(code)->printCount, 2);
    QCOMPARE(f.station->ledger().entry(code)->state, SsccState::Printed);
    QString reason;
    QCOMPARE(auditCount(f, code, QStringLiteral("label.reprint"), &reason), 1);
    QCOMPARE(reason, QStringLiteral("label torn by the stretch wrapper"));
    QCOMPARE(auditCount(f, code, QStringLiteral("label.print")), 1);
    QFile file(m_folder + QLatin1Char('/') + code + QStringLiteral(".zpl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(ssccField(code)));
}

void tst_LabelPrintController::refusingPrinterLeavesLedgerUnchanged()
{
    PackingFixture f;
    QVERIFY(setUp(f));
    const NodeId carton = addCarton(f, true);
    LabelPrintController labels(*f.station, *f.session);
    PrinterSettings tcp = PrinterSettings::defaults(LabelKind::Carton);
    tcp.kind = PrinterSettings::Kind::ZplTcp;
    const quint16 port = closedPort();
    QVERIFY(port);
    tcp.address = QStringLiteral("127.0.0.1:%1").arg(port);
    labels.setPrinterSettings(LabelKind::Carton, tcp);
    QSignalSpy status(&labels, &LabelPrintController::statusMessage);

    QString error;
    QVERIFY(!labels.printLabels({ carton }, &error));
    QVERIFY2(error.contains(QLatin1String("Not printed on")), qPrintable(error));
    QVERIFY2(error.contains(QString::number(port)), qPrintable(error));
    QCOMPARE(status.count(), 1);
    QCOMPARE(status.first().first().toString(), error);
    const QString code = sscc(f, carton);
    QCOMPARE(f.station->ledger().entry(code)->state, SsccState::Allocated);
    QCOMPARE(f.station->ledger().entry(code)->printCount, 0);
    QCOMPARE(auditCount(f, code, QStringLiteral("label.print")), 0);

    // The test print says the same about that printer.
    QVERIFY(!labels.testPrint(LabelKind::Carton, &error));
    QVERIFY2(error.contains(QLatin1String("not printed")), qPrintable(error));
}

void tst_LabelPrintController::voidedLabelIsNeverPrintedAgain()
{
    PackingFixture f;
    QVERIFY(setUp(f));
    const NodeId carton = addCarton(f, true);
    LabelPrintController labels(*f.station, *f.session);
    labels.setPrinterSettings(LabelKind::Carton, zplFolder(m_folder));
    QSignalSpy status(&labels, &LabelPrintController::statusMessage);
    const QString code = sscc(f, carton);
    QString error;
    QVERIFY(labels.printLabels({ carton }, &error));

    QVERIFY(!labels.voidLabel(carton, QString(), &error)); // a reason is required
    QCOMPARE(f.station->ledger().entry(code)->state, SsccState::Printed);
    QVERIFY2(labels.voidLabel(carton, QStringLiteral("printed on the wrong carton"), &error),
             qPrintable(error));
    const auto entry = f.station->ledger().entry(code);
    QCOMPARE(entry->state, SsccState::Voided);
    QCOMPARE(entry->voidReason, QStringLiteral("printed on the wrong carton"));
    QCOMPARE(entry->voidedBy, QStringLiteral("anna"));
    QVERIFY2(status.last().first().toString().contains(QLatin1String("needs a new SSCC")),
             qPrintable(status.last().first().toString()));
    QCOMPARE(auditCount(f, code, QStringLiteral("label.void")), 1);

    labels.setSelection({ carton });
    QVERIFY(!labels.printAction()->isEnabled());
    QVERIFY(!labels.voidAction()->isEnabled());
    QVERIFY(!labels.printLabels({ carton }, &error));
    QVERIFY2(error.contains(QLatin1String("voided")), qPrintable(error));
    QVERIFY(!labels.reprint(carton, QStringLiteral("again"), &error));
    QCOMPARE(f.station->ledger().entry(code)->printCount, 1);
    QCOMPARE(f.station->ledger().entry(code)->state, SsccState::Voided);
}

void tst_LabelPrintController::printOnCloseFiresOnce()
{
    PackingFixture f;
    QVERIFY(setUp(f));
    LabelPrintController labels(*f.station, *f.session);
    PrinterSettings settings = zplFolder(m_folder);
    settings.printOnClose = true;
    labels.setPrinterSettings(LabelKind::Carton, settings);
    PackingSession &s = *f.session;

    // Closed in one step.
    const NodeId first = addCarton(f, false);
    QVERIFY(first);
    QCoreApplication::processEvents();
    QCOMPARE(labels.printCount(first), 0);
    QVERIFY(s.closeCarton(first, pounds(9), inches(12, 10, 8)).ok());
    QTRY_COMPARE(labels.printCount(first), 1);
    QVERIFY(QFile::exists(m_folder + QLatin1Char('/') + sscc(f, first) + QStringLiteral(".zpl")));

    // Closed by its weight, then its dimensions: printed after the second.
    const NodeId second = addCarton(f, false);
    QVERIFY(s.setWeight(second, pounds(7)).ok());
    QCoreApplication::processEvents();
    QCOMPARE(labels.printCount(second), 0);
    QVERIFY(s.setDimensions(second, inches(12, 10, 8)).ok());
    QTRY_COMPARE(labels.printCount(second), 1);

    // Editing a closed carton, undoing and redoing its close does not print it again.
    QVERIFY(s.setWeight(second, pounds(7.5)).ok());
    QVERIFY(s.undo().ok()); // back to 7 lb
    QVERIFY(s.undo().ok()); // no dimensions: open
    QVERIFY(s.redo().ok()); // closed again
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    QCOMPARE(labels.printCount(first), 1);
    QCOMPARE(labels.printCount(second), 1);
    QCOMPARE(auditCount(f, sscc(f, first), QStringLiteral("label.print")), 1);
    QCOMPARE(auditCount(f, sscc(f, second), QStringLiteral("label.print")), 1);

    // Off: a closed carton is not printed.
    settings.printOnClose = false;
    labels.setPrinterSettings(LabelKind::Carton, settings);
    const NodeId third = addCarton(f, true);
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    QCOMPARE(labels.printCount(third), 0);
}

void tst_LabelPrintController::palletWithItsCartons()
{
    PackingFixture f;
    QVERIFY(setUp(f));
    PackingSession &s = *f.session;
    const PackingResult pallet = s.addPallet();
    const PackingResult a = s.addCarton(pallet.node);
    const PackingResult b = s.addCarton(pallet.node);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(s.addItem(a.node, QStringLiteral("PO-A"), QStringLiteral("ACM-1"), 4).ok());
    QVERIFY(s.addItem(b.node, QStringLiteral("PO-B"), QStringLiteral("ACM-3"), 2).ok());
    LabelPrintController labels(*f.station, *f.session);
    labels.setPrinterSettings(LabelKind::Carton, zplFolder(m_folder));
    PrinterSettings palletPrinter = zplFolder(m_folder + QStringLiteral("/pallets"));
    palletPrinter.copies = 2;
    labels.setPrinterSettings(LabelKind::Pallet, palletPrinter);
    QString error;
    QVERIFY2(labels.printLabels({ a.node }, &error), qPrintable(error));

    LabelPrintController::PrintOptions options;
    options.withPalletCartons = true;
    QVERIFY2(labels.printLabels({ pallet.node }, options, &error), qPrintable(error));
    QCOMPARE(labels.printCount(pallet.node), 1);
    QCOMPARE(labels.printCount(a.node), 1); // printed before: not printed again
    QCOMPARE(labels.printCount(b.node), 1);
    QFile file(m_folder + QStringLiteral("/pallets/") + sscc(f, pallet.node)
               + QStringLiteral(".zpl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray zpl = file.readAll();
    QVERIFY(zpl.contains("MIXED")); // the large marking: two SKUs on the pallet
    QVERIFY(zpl.contains(ssccField(sscc(f, pallet.node))));
    QVERIFY2(zpl.contains("^PQ2"), zpl.constData()); // two copies, one per side
}

void tst_LabelPrintController::missingShipToAddressIsAMessage()
{
    PackingFixture f;
    QVERIFY(setUp(f, false)); // the fixture's POs give no ship-to address
    const NodeId carton = addCarton(f, true);
    LabelPrintController labels(*f.station, *f.session);
    labels.setPrinterSettings(LabelKind::Carton, zplFolder(m_folder));
    QString error;
    QVERIFY(!labels.printLabels({ carton }, &error));
    QVERIFY2(error.contains(QLatin1String("No ship-to address for FC \"ABE8\"")),
             qPrintable(error));
    QCOMPARE(labels.printCount(carton), 0);
    QVERIFY(!QFile::exists(m_folder + QLatin1Char('/') + sscc(f, carton) + QStringLiteral(".zpl")));
    QVERIFY(labels.previewImage(carton, 203, &error).isNull());
    QVERIFY(error.contains(QLatin1String("ship-to")));
}

void tst_LabelPrintController::actionsFollowSelection()
{
    PackingFixture f;
    QVERIFY(setUp(f));
    const PackingSession &s = *f.session;
    const NodeId carton = addCarton(f, true);
    const NodeId item = s.shipment()->node(carton)->child(0)->id();
    LabelPrintController labels(*f.station, *f.session);
    labels.setPrinterSettings(LabelKind::Carton, zplFolder(m_folder));
    QCOMPARE(labels.printAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
    for (QAction *action : labels.actions())
        QVERIFY2(!action->toolTip().isEmpty(), qPrintable(action->text()));

    auto enabled = [&] {
        return QList<bool> { labels.printAction()->isEnabled(), labels.reprintAction()->isEnabled(),
                             labels.voidAction()->isEnabled(),
                             labels.previewAction()->isEnabled() };
    };
    QCOMPARE(enabled(), (QList<bool> { false, false, false, false })); // nothing selected
    labels.setSelection({ item });
    QCOMPARE(enabled(), (QList<bool> { false, false, false, false }));
    labels.setSelection({ carton });
    QCOMPARE(enabled(), (QList<bool> { true, false, true, true })); // not printed yet
    QVERIFY(labels.printLabels({ carton }));
    QCOMPARE(enabled(), (QList<bool> { true, true, true, true }));
    labels.setSelection({ carton, item });
    QCOMPARE(enabled(), (QList<bool> { false, false, false, false }));
    QVERIFY(labels.testPrintAction()->isEnabled());
}

void tst_LabelPrintController::relabelAfterVoidPrintsTheNewSscc()
{
    PackingFixture f;
    QVERIFY(setUp(f));
    const NodeId carton = addCarton(f, true);
    LabelPrintController labels(*f.station, *f.session);
    labels.setPrinterSettings(LabelKind::Carton, zplFolder(m_folder));
    const QString old = sscc(f, carton);
    QString error;
    QVERIFY(labels.printLabels({ carton }, &error));
    QVERIFY(labels.voidLabel(carton, QStringLiteral("smudged"), &error));
    labels.setSelection({ carton });
    QVERIFY(!labels.printAction()->isEnabled());
    QVERIFY(labels.relabelAction()->isEnabled());

    QVERIFY(!labels.relabel(carton, QString(), &error)); // a reason is required
    QCOMPARE(sscc(f, carton), old);
    QVERIFY2(labels.relabel(carton, QStringLiteral("smudged"), &error), qPrintable(error));
    const QString renewed = sscc(f, carton);
    QVERIFY(renewed != old);
    QCOMPARE(f.station->ledger().entry(old)->state, SsccState::Voided);
    QCOMPARE(f.station->ledger().entry(old)->voidReason, QStringLiteral("smudged"));
    QCOMPARE(f.station->ledger().entry(renewed)->state, SsccState::Allocated);
    QCOMPARE(auditCount(f, renewed, QStringLiteral("label.relabel")), 1);
    // The new SSCC prints at once (a first print, no reason asked).
    QVERIFY(labels.printAction()->isEnabled());
    QVERIFY2(labels.printLabels({ carton }, &error), qPrintable(error));
    QFile file(m_folder + QLatin1Char('/') + renewed + QStringLiteral(".zpl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(ssccField(renewed)));
    QCOMPARE(f.station->ledger().entry(renewed)->printCount, 1);
}

void tst_LabelPrintController::palletManifestToPdfFolder()
{
    PackingFixture f;
    QVERIFY(setUp(f));
    PackingSession &s = *f.session;
    const PackingResult pallet = s.addPallet();
    const PackingResult a = s.addCarton(pallet.node);
    const PackingResult b = s.addCarton(pallet.node);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(s.addItem(a.node, QStringLiteral("PO-A"), QStringLiteral("ACM-1"), 4).ok());
    QVERIFY(s.addItem(b.node, QStringLiteral("PO-B"), QStringLiteral("ACM-3"), 2).ok());
    QVERIFY(s.closeCarton(a.node, pounds(12.5), inches(12, 10, 8)).ok());
    QVERIFY(s.closeCarton(b.node, pounds(7.5), inches(12, 10, 8)).ok());
    LabelPrintController labels(*f.station, *f.session);
    PrinterSettings palletPrinter = PrinterSettings::defaults(LabelKind::Pallet);
    palletPrinter.kind = PrinterSettings::Kind::PdfFolder;
    palletPrinter.folder = m_folder + QStringLiteral("/pallets");
    labels.setPrinterSettings(LabelKind::Pallet, palletPrinter);

    labels.setSelection({ a.node });
    QVERIFY(!labels.manifestAction()->isEnabled()); // a carton has no manifest
    QString error;
    QVERIFY(!labels.printManifest(a.node, &error));
    labels.setSelection({ pallet.node });
    QVERIFY(labels.manifestAction()->isEnabled());

    QString path;
    QVERIFY2(labels.printManifest(pallet.node, &error, &path), qPrintable(error));
    QCOMPARE(path,
             m_folder + QStringLiteral("/pallets/manifest-") + sscc(f, pallet.node)
                 + QStringLiteral(".pdf"));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(sscc(f, a.node)), qPrintable(text));
    QVERIFY(text.contains(sscc(f, b.node)));
    QVERIFY(text.contains(QLatin1String("Cartons: 2")));
    QVERIFY(text.contains(QLatin1String("Units: 6")));
    QVERIFY(text.contains(QLatin1String("Weight: 20 LB"))); // the cartons' sum
    QVERIFY(text.contains(QLatin1String("PO-A, PO-B")));
    // Printing a manifest is not printing a label: the ledger is unchanged.
    QCOMPARE(labels.printCount(pallet.node), 0);
}

QTEST_MAIN(tst_LabelPrintController)
#include "tst_labelprintcontroller.moc"
