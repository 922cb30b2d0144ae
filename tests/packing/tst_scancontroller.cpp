// SPDX-License-Identifier: GPL-3.0-or-later
// Scanning into the packing session: a scripted session from the POs to a shipment the core
// validator passes, and the clear refusals (unknown code, no target, over-packed, voided label).
#include "packing/scancontroller.h"
#include "packingfixture.h"

#include "core/validator.h"
#include "storage/auditlog.h"
#include "storage/productrepository.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace VendorPack;

namespace {

const QChar kGs(0x1d);

QString caseGtin1()
{
    return QStringLiteral("14006381333938");
} // ACM-1, case of 12
QString eachGtin1()
{
    return QStringLiteral("4006381333931");
} // ACM-1
QString caseGtin2()
{
    return QStringLiteral("10614141000019");
} // ACM-2, case of 6

} // namespace

class tst_ScanController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void scriptedSessionGivesValidShipment_data();
    void scriptedSessionGivesValidShipment();
    void refusals_data();
    void refusals();
    void scanOfVoidedLabelIsRefused();
    void scanBack_data();
    void scanBack();
    void scanOfAnotherShipmentsLabelIsRefused();

private:
    StorageBackends m_backends;
};

void tst_ScanController::initTestCase()
{
    if (!m_backends.start())
        return;
}

void tst_ScanController::cleanupTestCase()
{
    m_backends.stop();
}

void tst_ScanController::scriptedSessionGivesValidShipment_data()
{
    StorageBackends::addBackendColumn();
}

void tst_ScanController::scriptedSessionGivesValidShipment()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    PackingFixture f;
    QVERIFY(f.setUp(m_backends, backend));
    PackingSession &s = *f.session;
    ScanController scanner(s);
    QSignalSpy results(&scanner, &ScanController::scanned);
    QSignalSpy closing(&scanner, &ScanController::closeRequested);

    const PackingResult pallet = s.addPallet();
    QVERIFY(pallet.ok());
    const QString palletSscc = s.shipment()->node(pallet.node)->line().identifierValue;
    const auto scan = [&](const QString &text) {
        const PackingResult r = scanner.handle(text);
        if (!r.ok())
            qWarning("scan %s: %s", qPrintable(text), qPrintable(r.message));
        return r;
    };
    // The pallet label, as a GS1-128 scanner sends it: it becomes the target.
    QVERIFY(scan(QStringLiteral("]C100") + palletSscc).ok());
    QCOMPARE(scanner.target(), pallet.node);
    // A pre-printed carton label: a new carton on the pallet, now the target.
    const QString label1 = Sscc::compose(3, PackingFixture::companyPrefix(), 1001).digits();
    const PackingResult carton1 = scan(label1);
    QVERIFY(carton1.ok());
    QCOMPARE(scanner.target(), carton1.node);
    QCOMPARE(s.shipment()->node(carton1.node)->parent()->id(), pallet.node);
    QVERIFY(f.station->ledger().entry(label1)->external);
    // Q3 then ACM-1's GTIN: 3 units; again the GTIN: merged into the same line (4).
    QVERIFY(scan(QStringLiteral("Q3")).ok());
    QCOMPARE(scanner.pendingQuantity(), 3);
    const PackingResult first = scan(eachGtin1());
    QVERIFY(first.ok());
    QCOMPARE(scanner.pendingQuantity(), 0);
    QCOMPARE(s.shipment()->node(first.node)->line().quantity, std::optional<qint64>(3));
    QVERIFY(scan(QStringLiteral("]C101") + QStringLiteral("0") + eachGtin1()).ok());
    QCOMPARE(s.shipment()->node(carton1.node)->childCount(), 1);
    QCOMPARE(s.shipment()->node(first.node)->line().quantity, std::optional<qint64>(4));
    // The SKU typed or scanned from a shelf label.
    QVERIFY(scan(QStringLiteral("ACM-3")).ok());
    // A case GTIN of ACM-2: one case (6 units) on a CASES line.
    const PackingResult cases = scan(caseGtin2());
    QVERIFY(cases.ok());
    QCOMPARE(s.shipment()->node(cases.node)->line().quantityUnit, QuantityUnit::Cases);
    QCOMPARE(s.shipment()->node(cases.node)->line().quantity, std::optional<qint64>(1));
    // The carton label again: released, the UI asks for weight and dimensions.
    QVERIFY(scan(label1).ok());
    QCOMPARE(scanner.target(), NodeId(0));
    QCOMPARE(closing.count(), 1);
    Weight weight;
    weight.value = 3.2;
    weight.unit = WeightUnit::Kilograms;
    QVERIFY(s.closeCartonAs(carton1.node, weight, 0).ok());

    // A second carton: the pallet first, then a label with group separator noise.
    QVERIFY(scan(palletSscc).ok());
    const QString label2 = Sscc::compose(3, PackingFixture::companyPrefix(), 1002).digits();
    const PackingResult carton2 = scan(QStringLiteral("(00)") + label2);
    QVERIFY(carton2.ok());
    // A case content scan: AI 02 + AI 37 count 2 -> 2 cases of 6 on ACM-2.
    const PackingResult content
        = scan(QStringLiteral("]C102") + caseGtin2() + QStringLiteral("372") + kGs);
    QVERIFY2(content.ok(), qPrintable(content.message));
    QCOMPARE(s.shipment()->node(content.node)->line().quantity, std::optional<qint64>(2));
    QVERIFY(scan(QStringLiteral("QTY:5")).ok());
    QVERIFY(scan(QStringLiteral("ACM-1")).ok());
    // The SKU of a line ordered in cases: one scan is one case, not one loose unit.
    const PackingResult skuCase = scan(QStringLiteral("ACM-2"));
    QVERIFY2(skuCase.ok(), qPrintable(skuCase.message));
    QVERIFY2(skuCase.message.contains(QLatin1String("cases of 6")), qPrintable(skuCase.message));
    QVERIFY(scan(QStringLiteral("(00) ") + label2).ok());
    QVERIFY(s.closeCarton(carton2.node, weight, f.station->profile().cartonTypes.first().dimensions)
                .ok());
    QCOMPARE(results.count(), 15);

    // The result passes the core validator with no errors, also as stored.
    RuleContext context = s.validator().context();
    const Findings findings = Validator::validateOnce(*s.shipment(), context);
    for (const Finding &finding : findings)
        QVERIFY2(finding.severity != Severity::Error, qPrintable(finding.toText()));
    QVERIFY(!s.validator().hasErrors());
    QString error;
    const auto stored = f.reopen(&error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(PackingFixture::json(*stored), PackingFixture::json(*s.shipment()));
    QCOMPARE(s.poLineFill(QStringLiteral("PO-A"), QStringLiteral("ACM-1")).packedUnits, qint64(9));
    QCOMPARE(s.poLineFill(QStringLiteral("PO-A"), QStringLiteral("ACM-2")).packedUnits, qint64(24));

    // Every scan was one undo step: undo them all back to the empty pallet.
    while (s.undoStack()->canUndo())
        QVERIFY(s.undo().ok());
    QCOMPARE(s.shipment()->lines().size(), size_t(0));
}

void tst_ScanController::refusals_data()
{
    QTest::addColumn<QStringList>("scans"); // the last one is refused
    QTest::addColumn<QString>("message");
    QTest::newRow("item without a target")
        << QStringList { QStringLiteral("ACM-1") } << QStringLiteral("first");
    QTest::newRow("unknown GTIN") << QStringList { QStringLiteral("@carton"),
                                                   QStringLiteral("0614141999996") }
                                  << QStringLiteral("not in the product catalog");
    QTest::newRow("SKU not on this FC's POs")
        << QStringList { QStringLiteral("@carton"), QStringLiteral("ZZZ-9") }
        << QStringLiteral("not on any open PO");
    QTest::newRow("more than accepted")
        << QStringList { QStringLiteral("@carton"), QStringLiteral("Q21"), QStringLiteral("ACM-1") }
        << QStringLiteral("more units");
    QTest::newRow("a case GTIN on an eaches line beyond the order")
        << QStringList { QStringLiteral("@carton"), QStringLiteral("Q2"), caseGtin1() }
        << QStringLiteral("more units");
    QTest::newRow("garbage") << QStringList { QStringLiteral("QTY:abc") }
                             << QStringLiteral("not understood");
    QTest::newRow("two scans run together")
        << QStringList { QStringLiteral("40063813339314006381333931") }
        << QStringLiteral("two scans");
}

void tst_ScanController::refusals()
{
    QFETCH(QStringList, scans);
    QFETCH(QString, message);
    PackingFixture f;
    QVERIFY(f.setUp(m_backends, StorageBackends::sqlite()));
    PackingSession &s = *f.session;
    ScanController scanner(s);
    const PackingResult pallet = s.addPallet();
    const PackingResult carton = s.addCarton(pallet.node);
    QVERIFY(carton.ok());
    PackingResult result;
    for (QString scan : scans) {
        if (scan == QLatin1String("@carton"))
            scan = s.shipment()->node(carton.node)->line().identifierValue;
        result = scanner.handle(scan);
    }
    const QByteArray before = PackingFixture::json(*s.shipment());
    QVERIFY(!result.ok());
    QVERIFY2(result.message.contains(message, Qt::CaseInsensitive), qPrintable(result.message));
    QCOMPARE(PackingFixture::json(*s.shipment()), before);
    QCOMPARE(s.shipment()->node(carton.node)->childCount(), 0);
    QCOMPARE(scanner.pendingQuantity(), 0); // a refused item scan uses the quantity up
}

void tst_ScanController::scanOfVoidedLabelIsRefused()
{
    PackingFixture f;
    QVERIFY(f.setUp(m_backends, StorageBackends::sqlite()));
    PackingSession &s = *f.session;
    ScanController scanner(s);
    const PackingResult pallet = s.addPallet();
    const PackingResult carton = s.addCarton(pallet.node);
    const QString sscc = s.shipment()->node(carton.node)->line().identifierValue;
    QVERIFY(s.deleteNodes({ carton.node }, QStringLiteral("label smudged")).ok());
    const PackingResult result = scanner.handle(sscc);
    QVERIFY(!result.ok());
    QVERIFY2(result.message.contains(QLatin1String("voided")), qPrintable(result.message));
    QCOMPARE(s.shipment()->node(pallet.node)->childCount(), 0);
}

void tst_ScanController::scanBack_data()
{
    QTest::addColumn<QString>("before"); // what happened to the carton's label before the scan
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("stateAfter");
    QTest::addColumn<QString>("message");
    QTest::newRow("printed label: applied and targeted")
        << QStringLiteral("printed") << true << QStringLiteral("applied")
        << QStringLiteral("Label applied. Now packing into");
    QTest::newRow("label never printed: targeted only")
        << QStringLiteral("allocated") << true << QStringLiteral("allocated")
        << QStringLiteral("Now packing into");
    QTest::newRow("applied label scanned again: targeted, stays applied")
        << QStringLiteral("applied") << true << QStringLiteral("applied")
        << QStringLiteral("Now packing into");
    QTest::newRow("voided label still on the carton: refused")
        << QStringLiteral("voided") << false << QStringLiteral("voided")
        << QStringLiteral("was voided (smudged): take this label off");
}

void tst_ScanController::scanBack()
{
    QFETCH(QString, before);
    QFETCH(bool, accepted);
    QFETCH(QString, stateAfter);
    QFETCH(QString, message);
    PackingFixture f;
    QVERIFY(f.setUp(m_backends, StorageBackends::sqlite()));
    PackingSession &s = *f.session;
    ScanController scanner(s);
    QSignalSpy applied(&scanner, &ScanController::labelApplied);
    const PackingResult carton = s.addCarton();
    QVERIFY(carton.ok());
    const QString sscc = s.shipment()->node(carton.node)->line().identifierValue;
    SsccLedger &ledger = f.station->ledger();
    QString error;
    if (before != QLatin1String("allocated"))
        QVERIFY2(ledger.markPrinted(sscc, &error) || before == QLatin1String("voided"),
                 qPrintable(error));
    if (before == QLatin1String("applied"))
        QVERIFY2(ledger.markApplied(sscc, &error), qPrintable(error));
    if (before == QLatin1String("voided"))
        QVERIFY2(ledger.voidSscc(sscc, QStringLiteral("smudged"), QStringLiteral("anna"), &error),
                 qPrintable(error));

    const PackingResult result = scanner.handle(sscc);
    QCOMPARE(result.ok(), accepted);
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    QCOMPARE(scanner.target(), accepted ? carton.node : NodeId(0));
    const auto entry = ledger.entry(sscc, &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(SsccLedger::stateName(entry->state), stateAfter);
    QCOMPARE(applied.count(), before == QLatin1String("printed") ? 1 : 0);
    const auto audit = f.station->auditLog().entriesForSscc(sscc, &error);
    QVERIFY2(audit, qPrintable(error));
    const bool audited = std::any_of(audit->cbegin(), audit->cend(), [](const AuditEntry &e) {
        return e.action == QLatin1String("label.apply");
    });
    QCOMPARE(audited, before == QLatin1String("printed"));

    // Scanning the applied label again releases the carton as before (the close request).
    if (before == QLatin1String("printed")) {
        QSignalSpy closing(&scanner, &ScanController::closeRequested);
        const PackingResult again = scanner.handle(sscc);
        QVERIFY2(again.ok(), qPrintable(again.message));
        QCOMPARE(closing.count(), 1);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(ledger.entry(sscc)->state, SsccState::Applied);
    }
}

void tst_ScanController::scanOfAnotherShipmentsLabelIsRefused()
{
    PackingFixture f;
    QVERIFY(f.setUp(m_backends, StorageBackends::sqlite()));
    PackingSession &s = *f.session;
    ScanController scanner(s);
    const PackingResult own = s.addCarton();
    QVERIFY(own.ok());
    // A second shipment for the same FC at this station, with a printed carton label.
    PackingSession other(*f.station);
    PackingSession::NewShipment options;
    options.shipToPartyId = PackingFixture::fc();
    QVERIFY(other.create(options).ok());
    const PackingResult foreign = other.addCarton();
    QVERIFY(foreign.ok());
    const QString sscc = other.shipment()->node(foreign.node)->line().identifierValue;
    QVERIFY(f.station->ledger().markPrinted(sscc));
    const QByteArray before = PackingFixture::json(*s.shipment());

    const PackingResult result = scanner.handle(sscc);
    QVERIFY(!result.ok());
    QVERIFY2(result.message.contains(QLatin1String("belongs to shipment ")
                                     + other.shipment()->header().merchantShipmentNo),
             qPrintable(result.message));
    QCOMPARE(PackingFixture::json(*s.shipment()), before);
    QCOMPARE(scanner.target(), NodeId(0));
    QCOMPARE(f.station->ledger().entry(sscc)->state, SsccState::Printed);
}

QTEST_GUILESS_MAIN(tst_ScanController)
#include "tst_scancontroller.moc"
