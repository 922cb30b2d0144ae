// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderstestdata.h"
#include "ui/purchaseorderlinesmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace VendorPack;
using namespace Qt::StringLiterals;
namespace Data = VendorPack::OrdersTestData;

// The lines of the current purchase order in the details.
class TestPurchaseOrderLinesModel : public QObject
{
    Q_OBJECT

private slots:
    void showsTheLines()
    {
        PurchaseOrderLinesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        PurchaseOrder order = Data::order(u"PO-1"_s, PurchaseOrderStatus::New, u"ABE8"_s, 60,
                                          { { u"A-1"_s, 10, true }, { u"B-2"_s, 3, false } });
        order.lines[1].unitOfMeasure = QuantityUnit::Cases;
        order.lines[1].unitSize = 12;
        Acknowledgement accepted;
        accepted.code = AcknowledgementCode::Accepted;
        accepted.quantity = 6;
        Acknowledgement backordered;
        backordered.code = AcknowledgementCode::Backordered;
        backordered.quantity = 4;
        order.lines[0].acknowledgements = { accepted, backordered };
        model.setOrder(order);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(PurchaseOrderLinesModel::ColumnCount));

        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, PurchaseOrderLinesModel::LineColumn), u"1"_s);
        QCOMPARE(text(0, PurchaseOrderLinesModel::SkuColumn), u"A-1"_s);
        QCOMPARE(text(0, PurchaseOrderLinesModel::AsinColumn), u"B0A-1"_s);
        QCOMPARE(text(0, PurchaseOrderLinesModel::QuantityColumn), u"10"_s);
        QCOMPARE(text(0, PurchaseOrderLinesModel::UnitColumn), u"eaches"_s);
        QCOMPARE(text(1, PurchaseOrderLinesModel::UnitColumn), u"cases of 12"_s);
        QCOMPARE(model.index(1, PurchaseOrderLinesModel::QuantityColumn)
                     .data(Qt::ToolTipRole)
                     .toString(),
                 u"3 cases = 36 units"_s);
        QCOMPARE(text(0, PurchaseOrderLinesModel::BackorderColumn), u"allowed"_s);
        QCOMPARE(text(1, PurchaseOrderLinesModel::BackorderColumn), u"no"_s);
        QVERIFY(text(0, PurchaseOrderLinesModel::CostColumn).contains(u"12.50"_s));
        QCOMPARE(text(0, PurchaseOrderLinesModel::AcknowledgedColumn),
                 u"6 accepted, 4 backordered"_s);
        QCOMPARE(text(1, PurchaseOrderLinesModel::AcknowledgedColumn), u"not acknowledged"_s);
        QCOMPARE(text(0, PurchaseOrderLinesModel::PackedColumn), QString());

        model.setPackedUnits({ { 0, 2 } });
        QCOMPARE(text(0, PurchaseOrderLinesModel::PackedColumn), u"2 of 6"_s);
        QCOMPARE(model.index(0, PurchaseOrderLinesModel::PackedColumn)
                     .data(PurchaseOrderLinesModel::SortRole)
                     .toLongLong(),
                 2);

        model.setOrder(std::nullopt);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestPurchaseOrderLinesModel)
#include "tst_purchaseorderlinesmodel.moc"
