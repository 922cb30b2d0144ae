// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/acknowledgementproposal.h"
#include "core/stocklevels.h"

#include <QTest>

using namespace VendorPack;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(VendorPack::LineSplit)

namespace {

// "SKU qty [cN] [bo]": a line of qty eaches, or of qty cases of N units; bo allows backorders.
PurchaseOrder orderOf(const QStringList &lines)
{
    PurchaseOrder order;
    order.channelPurchaseOrderNo = QStringLiteral("PO-TEST");
    order.fromShipDate = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
    order.fromDeliveryDate = QDateTime(QDate(2026, 12, 3), QTime(8, 0), Qt::UTC);
    for (const QString &text : lines) {
        const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        PurchaseOrderLine line;
        line.merchantProductNo = parts.value(0);
        line.quantity = parts.value(1).toLongLong();
        for (const QString &part : parts.mid(2)) {
            if (part.startsWith(QLatin1Char('c'))) {
                line.unitOfMeasure = QuantityUnit::Cases;
                line.unitSize = part.mid(1).toLongLong();
            } else if (part == QLatin1String("bo")) {
                line.isBackOrderAllowed = true;
            }
        }
        order.lines.append(line);
    }
    return order;
}

// "SKU=units"
StockLevels stockOf(const QStringList &entries)
{
    StockLevels stock;
    for (const QString &entry : entries) {
        const QStringList parts = entry.split(QLatin1Char('='));
        stock.setQuantity(parts.value(0), parts.value(1).toLongLong());
    }
    return stock;
}

// "accepted/backordered/rejected"; a rejection carries the out-of-stock reason.
QString text(const LineSplit &split)
{
    return QStringLiteral("%1/%2/%3%4")
        .arg(split.accepted)
        .arg(split.backordered)
        .arg(split.rejected)
        .arg(split.rejected > 0 && split.reason != AcknowledgementProposal::kOutOfStockReason
                 ? QStringLiteral(" (wrong reason)")
                 : QString());
}

QStringList texts(const QList<LineSplit> &splits)
{
    QStringList result;
    for (const LineSplit &split : splits)
        result.append(text(split));
    return result;
}

LineSplit split(qint64 accepted, qint64 backordered, qint64 rejected,
                RejectionReason reason = RejectionReason::None)
{
    LineSplit s;
    s.accepted = accepted;
    s.backordered = backordered;
    s.rejected = rejected;
    s.reason = reason;
    return s;
}

} // namespace

// The stock-based proposal and the checks of an acknowledgement set.
class TestAcknowledgementProposal : public QObject
{
    Q_OBJECT

private slots:
    void proposesFromStock_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QStringList>("stock");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("all in stock") << QStringList { u"A 10"_s } << QStringList { u"A=10"_s }
                                      << QStringList { u"10/0/0"_s };
        QTest::newRow("more in stock than ordered")
            << QStringList { u"A 4"_s } << QStringList { u"A=100"_s } << QStringList { u"4/0/0"_s };
        QTest::newRow("short, backorder allowed")
            << QStringList { u"A 10 bo"_s } << QStringList { u"A=6"_s }
            << QStringList { u"6/4/0"_s };
        QTest::newRow("short, backorder not allowed: rejected as out of stock")
            << QStringList { u"A 10"_s } << QStringList { u"A=6"_s } << QStringList { u"6/0/4"_s };
        QTest::newRow("unknown SKU has no stock")
            << QStringList { u"Z 3 bo"_s, u"Y 2"_s } << QStringList { u"A=6"_s }
            << QStringList { u"0/3/0"_s, u"0/0/2"_s };
        QTest::newRow("cases use the line's case size")
            << QStringList { u"A 5 c12"_s } << QStringList { u"A=40"_s }
            << QStringList { u"3/0/2"_s };
        QTest::newRow("a partial case is not accepted")
            << QStringList { u"A 1 c12 bo"_s } << QStringList { u"A=11"_s }
            << QStringList { u"0/1/0"_s };
        QTest::newRow("lines of one SKU share the stock, first line first")
            << QStringList { u"A 6"_s, u"B 2"_s, u"A 6 bo"_s, u"A 3"_s }
            << QStringList { u"A=8"_s, u"B=5"_s }
            << QStringList { u"6/0/0"_s, u"2/0/0"_s, u"2/4/0"_s, u"0/0/3"_s };
        QTest::newRow("eaches and cases of one SKU share units")
            << QStringList { u"A 2 c6"_s, u"A 5"_s } << QStringList { u"A=15"_s }
            << QStringList { u"2/0/0"_s, u"3/0/2"_s };
        QTest::newRow("SKU with spaces around it")
            << QStringList { u" A 2"_s } << QStringList { u" A =2"_s }
            << QStringList { u"2/0/0"_s };
    }

    void proposesFromStock()
    {
        QFETCH(QStringList, lines);
        QFETCH(QStringList, stock);
        QFETCH(QStringList, expected);
        const PurchaseOrder order = orderOf(lines);
        const QList<LineSplit> splits = AcknowledgementProposal::fromStock(order, stockOf(stock));
        QCOMPARE(texts(splits), expected);
        // Every proposal is sendable as it is.
        QCOMPARE(AcknowledgementProposal::check(order, splits), QStringList());
        QCOMPARE(AcknowledgementProposal::check(
                     order, AcknowledgementProposal::acknowledgementsOf(order, splits)),
                 QStringList());
    }

    void acceptAllAcceptsEveryLineInFull()
    {
        const PurchaseOrder order = orderOf({ u"A 10"_s, u"B 3 c4"_s, u"C 0"_s });
        const QList<LineSplit> splits = AcknowledgementProposal::acceptAll(order);
        QCOMPARE(texts(splits), QStringList({ u"10/0/0"_s, u"3/0/0"_s, u"0/0/0"_s }));
        QCOMPARE(AcknowledgementProposal::check(order, splits), QStringList());
    }

    void acknowledgementsRoundTripThroughSplits()
    {
        const PurchaseOrder order = orderOf({ u"A 10 bo"_s });
        const LineSplit s = split(5, 3, 2, RejectionReason::ObsoleteProduct);
        const QList<Acknowledgement> acks = AcknowledgementProposal::acknowledgementsOf(order, s);
        QCOMPARE(acks.size(), 3);
        QCOMPARE(acks.at(0).code, AcknowledgementCode::Accepted);
        QCOMPARE(acks.at(0).scheduledShipDate, order.fromShipDate);
        QCOMPARE(acks.at(1).code, AcknowledgementCode::Backordered);
        QCOMPARE(acks.at(2).code, AcknowledgementCode::Rejected);
        QCOMPARE(acks.at(2).rejectionReason, RejectionReason::ObsoleteProduct);
        QCOMPARE(AcknowledgementProposal::splitOf(acks), s);
        // Zero quantities are left out.
        QCOMPARE(AcknowledgementProposal::acknowledgementsOf(order, split(10, 0, 0)).size(), 1);
    }

    void checksASplit_data()
    {
        QTest::addColumn<LineSplit>("split");
        QTest::addColumn<QString>("expected");
        QTest::newRow("adds up") << split(4, 3, 3, RejectionReason::InvalidProduct) << QString();
        QTest::newRow("too few") << split(4, 0, 0)
                                 << u"Line 2 (SKU B-2): accepted 4 + backordered 0 + rejected 0 "
                                    "= 4, but 10 are ordered"_s;
        QTest::newRow("too many") << split(8, 3, 0)
                                  << u"Line 2 (SKU B-2): accepted 8 + backordered 3 + rejected 0 "
                                     "= 11, but 10 are ordered"_s;
        QTest::newRow("rejection without reason")
            << split(7, 0, 3) << u"Line 2 (SKU B-2): the 3 rejected need a rejection reason"_s;
        QTest::newRow("negative quantity") << split(12, 0, -2, RejectionReason::InvalidProduct)
                                           << u"Line 2 (SKU B-2): a quantity is negative"_s;
        QTest::newRow("a reason without rejections is harmless")
            << split(10, 0, 0, RejectionReason::InvalidProduct) << QString();
    }

    void checksASplit()
    {
        QFETCH(LineSplit, split);
        QFETCH(QString, expected);
        const PurchaseOrder order = orderOf({ u"A-1 5"_s, u"B-2 10 bo"_s });
        QCOMPARE(AcknowledgementProposal::checkLine(order, 1, split), expected);
        QList<LineSplit> splits { ::split(5, 0, 0), split };
        const QStringList problems = AcknowledgementProposal::check(order, splits);
        QCOMPARE(problems, expected.isEmpty() ? QStringList() : QStringList { expected });
    }

    void refusesBackordersWhereNotAllowed()
    {
        const PurchaseOrder order = orderOf({ u"A-1 5"_s });
        QCOMPARE(AcknowledgementProposal::checkLine(order, 0, split(3, 2, 0)),
                 u"Line 1 (SKU A-1): Amazon allows no backorder on this line; reject the 2 "
                 "instead"_s);
    }

    void checksAcknowledgementSets_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("expected");
        QTest::newRow("accepted in full")
            << int(AcknowledgementCode::Accepted) << qint64(10) << 0 << QString();
        QTest::newRow("rejected with reason")
            << int(AcknowledgementCode::Rejected) << qint64(10)
            << int(RejectionReason::TemporarilyUnavailable) << QString();
        QTest::newRow("rejected without reason")
            << int(AcknowledgementCode::Rejected) << qint64(10) << 0
            << u"Line 1 (SKU A-1): the 10 rejected need a rejection reason"_s;
        QTest::newRow("no code") << int(AcknowledgementCode::Unknown) << qint64(10) << 0
                                 << u"Line 1 (SKU A-1): an acknowledgement has no code"_s;
        QTest::newRow("negative") << int(AcknowledgementCode::Accepted) << qint64(-10) << 0
                                  << u"Line 1 (SKU A-1): a quantity is negative"_s;
        QTest::newRow("short") << int(AcknowledgementCode::Accepted) << qint64(9) << 0
                               << u"Line 1 (SKU A-1): accepted 9 + backordered 0 + rejected 0 "
                                  "= 9, but 10 are ordered"_s;
    }

    void checksAcknowledgementSets()
    {
        QFETCH(int, code);
        QFETCH(qint64, quantity);
        QFETCH(int, reason);
        QFETCH(QString, expected);
        const PurchaseOrder order = orderOf({ u"A-1 10"_s });
        Acknowledgement ack;
        ack.code = AcknowledgementCode(code);
        ack.quantity = quantity;
        ack.rejectionReason = RejectionReason(reason);
        const QStringList problems = AcknowledgementProposal::check(order, { { ack } });
        QCOMPARE(problems, expected.isEmpty() ? QStringList() : QStringList { expected });
    }

    void checksTheNumberOfLines()
    {
        const PurchaseOrder order = orderOf({ u"A-1 10"_s, u"B-1 1"_s });
        const QStringList problems
            = AcknowledgementProposal::check(order, QList<LineSplit> { split(10, 0, 0) });
        QCOMPARE(problems,
                 QStringList { u"Purchase order PO-TEST has 2 lines, but 1 are acknowledged"_s });
    }
};

QTEST_APPLESS_MAIN(TestAcknowledgementProposal)
#include "tst_acknowledgementproposal.moc"
