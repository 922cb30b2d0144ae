// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/shipmentjson.h"
#include "core/validator.h"

#include <QTest>

#include <algorithm>

using namespace VendorPack;

namespace {

QString seedFile(const char *name)
{
    return QStringLiteral(VENDORPACK_TEST_DATA "/seed001/") + QLatin1String(name);
}

QString describe(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines.append(f.toText());
    return lines.join(QLatin1Char('\n'));
}

QStringList keys(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings) {
        out.append(Finding::severityName(f.severity) + QLatin1Char(' ') + f.rule + QLatin1Char(' ')
                   + f.pointer);
    }
    std::sort(out.begin(), out.end());
    return out;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

// Runs the reader and the packing rules over the two example shipments of seed 001 (the
// ChannelEngine purchase-order shipment article), copied verbatim, and checks every finding.
class TestSeedExamples : public QObject
{
    Q_OBJECT

private slots:
    void findings_data();
    void findings();
    void exampleTwoCompletedKeepsItsContent();
};

void TestSeedExamples::findings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QStringList>("expected"); // "severity rule pointer", reader and rules
    QTest::addColumn<QString>("messagePart"); // of the first finding

    // Example #1: the pallet's Lines hold an array instead of a line object. That entry cannot
    // be read at all, so its QuantityUnitOfMeasure "ITEM" (an alias) is never looked at, and the
    // pallet counts as not empty (its content is unreadable, not missing). The pallet has no
    // LayersPerPallet/ItemsPerLayer, and its SSCC 000000000000000203 ends in 3 where the GS1
    // check digit is 8.
    QTest::newRow("example 1")
        << seedFile("example1.json") << true
        << sorted({ QStringLiteral("error schema.type /Model/Lines/0/Lines/0"),
                    QStringLiteral("error pallet.layers /Model/Lines/0/LayersPerPallet"),
                    QStringLiteral("error sscc.check-digit /Model/Lines/0/IdentifierValue") })
        << QStringLiteral("expected a line object but found an array");

    // Example #2 as published ends with a "{...}" placeholder: not JSON, at the '.'.
    QTest::newRow("example 2 as published")
        << seedFile("example2.json") << false
        << QStringList { QStringLiteral("error json.syntax ") }
        << QStringLiteral("line 194, column 2: expected a field name in quotes but found "
                          "'.'");

    // Example #2 without the placeholder: every Quantity is a string ("96"), no pallet has
    // layers, the first two pallets' SSCCs have wrong check digits (...9741 should end in 5,
    // ...9750 in 2), and the last two pallets carry several SKUs (MIXED SKUS label).
    // QuantityUnitOfMeasure "EACHES" is the canonical value: no alias warning.
    QStringList expected;
    const int itemsPerPallet[] = { 1, 1, 1, 8, 3 };
    for (int p = 0; p < 5; ++p) {
        const QString pallet = QStringLiteral("/Model/Lines/%1").arg(p);
        expected << QStringLiteral("error pallet.layers ") + pallet
                + QStringLiteral("/LayersPerPallet");
        for (int i = 0; i < itemsPerPallet[p]; ++i) {
            expected << QStringLiteral("warning schema.string-number %1/Lines/%2/Quantity")
                            .arg(pallet)
                            .arg(i);
        }
        if (itemsPerPallet[p] > 1)
            expected << QStringLiteral("info pallet.mixed-sku ") + pallet;
    }
    expected << QStringLiteral("error sscc.check-digit /Model/Lines/0/IdentifierValue")
             << QStringLiteral("error sscc.check-digit /Model/Lines/1/IdentifierValue");
    QTest::newRow("example 2 completed")
        << seedFile("example2-complete.json") << true << sorted(expected)
        << QStringLiteral("Quantity is written as the text \"96\"; read as the number 96");
}

void TestSeedExamples::findings()
{
    QFETCH(QString, file);
    QFETCH(bool, readable);
    QFETCH(QStringList, expected);
    QFETCH(QString, messagePart);

    const ShipmentDocument doc = ShipmentJson::readFile(file);
    QCOMPARE(doc.isReadable(), readable);
    QVERIFY(!doc.findings.isEmpty());
    QVERIFY2(doc.findings.first().message.contains(messagePart),
             qPrintable(doc.findings.first().message));

    Findings all = doc.findings;
    if (doc.isReadable()) {
        RuleContext context;
        context.pointerPrefix = doc.pointerPrefix;
        context.requireChannelId = !doc.bareModel;
        all += Validator::validateOnce(*doc.shipment, context);
    }
    const QStringList actual = keys(all);
    if (actual != expected)
        qWarning("%s", qPrintable(describe(all)));
    QCOMPARE(actual, expected);
}

void TestSeedExamples::exampleTwoCompletedKeepsItsContent()
{
    const ShipmentDocument doc = ShipmentJson::readFile(seedFile("example2-complete.json"));
    QVERIFY(doc.isReadable());
    const Shipment &shipment = *doc.shipment;
    QCOMPARE(shipment.header().channelId, 1);
    QCOMPARE(shipment.header().merchantShipmentNo, QStringLiteral("SPN-56291004"));
    QCOMPARE(shipment.header().shipmentType, ShipmentType::LessThanTruckLoad);
    QCOMPARE(shipment.header().shipToPartyId, QStringLiteral("BHX4"));
    QCOMPARE(shipment.lines().size(), size_t(5));
    const ShipmentNode *last = shipment.lines().back().get();
    QCOMPARE(last->childCount(), 3);
    const ShipmentLine &item = last->child(2)->line();
    QCOMPARE(item.identifierValue, QStringLiteral("PRD-55678-C413"));
    QCOMPARE(item.quantity, 10);
    QCOMPARE(item.quantityUnit, QuantityUnit::Eaches);
    QCOMPARE(item.expiryDate, QDateTime(QDate(2027, 3, 21), QTime(17, 35, 19, 380), Qt::UTC));
    qint64 units = 0;
    shipment.root()->forEach([&](const ShipmentNode *node) {
        if (node->type() == NodeType::Item)
            units += node->line().units();
    });
    QCOMPARE(units, 96 + 96 + 90 + (18 + 1 + 40 + 40 + 18 + 5 + 80 + 5) + (1 + 21 + 10));
}

QTEST_APPLESS_MAIN(TestSeedExamples)
#include "tst_seedexamples.moc"
