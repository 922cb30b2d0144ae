// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderstestdata.h"
#include "ui/purchaseorderfiltermodel.h"
#include "ui/purchaseorderlistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace VendorPack;
using namespace Qt::StringLiterals;
namespace Data = VendorPack::OrdersTestData;

// The filters and the sort order of the purchase order list.
class TestPurchaseOrderFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<PurchaseOrderListModel>();
        m_model->setClock([] { return Data::now(); });
        m_model->setOrders({
            Data::order(u"PO-1"_s, PurchaseOrderStatus::New, u"ABE8"_s, 60,
                        { { u"WIDGET-1"_s, 4, true } }),
            Data::order(u"PO-2"_s, PurchaseOrderStatus::InProgress, u"PHX6"_s, 23 * 60,
                        { { u"GADGET-2"_s, 4, true } }),
            Data::order(u"PO-3"_s, PurchaseOrderStatus::New, u"PHX6"_s, 30 * 60,
                        { { u"WIDGET-1"_s, 1, false }, { u"BOLT-3"_s, 2, false } }),
            Data::order(u"PO-4"_s, PurchaseOrderStatus::Cancelled, u"ABE8"_s, 30 * 60,
                        { { u"WIDGET-1"_s, 4, true } }),
            Data::order(u"PO-5"_s, PurchaseOrderStatus::Shipped, u"PHX6"_s, 90 * 60,
                        { { u"BOLT-3"_s, 4, true } }, 1),
        });
        m_proxy = std::make_unique<PurchaseOrderFilterModel>();
        m_proxy->setSourceModel(m_model.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void filters_data()
    {
        QTest::addColumn<int>("status"); // -1: any
        QTest::addColumn<QString>("fc");
        QTest::addColumn<QString>("search");
        QTest::addColumn<bool>("showClosed");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("open by default") << -1 << QString() << QString() << false
                                         << QStringList { u"PO-1"_s, u"PO-2"_s, u"PO-3"_s };
        QTest::newRow("show closed")
            << -1 << QString() << QString() << true
            << QStringList { u"PO-1"_s, u"PO-2"_s, u"PO-3"_s, u"PO-4"_s, u"PO-5"_s };
        QTest::newRow("status NEW") << int(PurchaseOrderStatus::New) << QString() << QString()
                                    << false << QStringList { u"PO-1"_s, u"PO-3"_s };
        QTest::newRow("a closed status shows without show closed")
            << int(PurchaseOrderStatus::Cancelled) << QString() << QString() << false
            << QStringList { u"PO-4"_s };
        QTest::newRow("FC") << -1 << u"PHX6"_s << QString() << false
                            << QStringList { u"PO-2"_s, u"PO-3"_s };
        QTest::newRow("FC and status") << int(PurchaseOrderStatus::New) << u"PHX6"_s << QString()
                                       << false << QStringList { u"PO-3"_s };
        QTest::newRow("search SKU, any case")
            << -1 << QString() << u"widget"_s << false << QStringList { u"PO-1"_s, u"PO-3"_s };
        QTest::newRow("search ASIN")
            << -1 << QString() << u"B0GADGET"_s << false << QStringList { u"PO-2"_s };
        QTest::newRow("search words must all match")
            << -1 << QString() << u"widget phx6"_s << false << QStringList { u"PO-3"_s };
        QTest::newRow("search PO number")
            << -1 << QString() << u"po-5"_s << true << QStringList { u"PO-5"_s };
        QTest::newRow("nothing") << -1 << QString() << u"nothing-like-it"_s << true
                                 << QStringList();
    }

    void filters()
    {
        QFETCH(int, status);
        QFETCH(QString, fc);
        QFETCH(QString, search);
        QFETCH(bool, showClosed);
        QFETCH(QStringList, expected);
        m_proxy->setStatusFilter(status < 0 ? std::nullopt
                                            : std::optional(PurchaseOrderStatus(status)));
        m_proxy->setFulfillmentCenterFilter(fc);
        m_proxy->setSearchText(search);
        m_proxy->setShowClosed(showClosed);
        m_proxy->sort(PurchaseOrderListModel::NumberColumn);
        QCOMPARE(numbers(), expected);
    }

    void sortsByTheRawValues()
    {
        m_proxy->setShowClosed(true);
        // Most urgent first; orders without a countdown last.
        m_proxy->sort(PurchaseOrderListModel::DeadlineColumn, Qt::AscendingOrder);
        QCOMPARE(numbers().mid(0, 3), QStringList({ u"PO-3"_s, u"PO-2"_s, u"PO-1"_s }));
        m_proxy->sort(PurchaseOrderListModel::LinesColumn, Qt::DescendingOrder);
        QCOMPARE(numbers().first(), u"PO-3"_s);
        // The sort survives a reset of the source.
        m_model->setOrders(m_model->orders());
        QCOMPARE(numbers().first(), u"PO-3"_s);
    }

private:
    QStringList numbers() const
    {
        QStringList result;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            result.append(m_proxy->index(row, 0).data().toString());
        return result;
    }

    std::unique_ptr<PurchaseOrderListModel> m_model;
    std::unique_ptr<PurchaseOrderFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestPurchaseOrderFilterModel)
#include "tst_purchaseorderfiltermodel.moc"
