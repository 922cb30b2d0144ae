// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderstestdata.h"
#include "ui/purchaseorderlistmodel.h"

#include "storage/database.h"
#include "storage/purchaseorderrepository.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QIcon>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace VendorPack;
using namespace Qt::StringLiterals;
namespace Data = VendorPack::OrdersTestData;

namespace {

using Lines = QList<std::tuple<QString, qint64, bool>>;

QList<PurchaseOrder> sampleOrders()
{
    Lines twelve;
    for (int i = 0; i < 12; ++i)
        twelve.append({ u"SKU-%1"_s.arg(i), 5, false });
    return {
        // 18 h 48 min old: 5 h 12 min left.
        Data::order(u"PO-FRESH"_s, PurchaseOrderStatus::New, u"ABE8"_s, 18 * 60 + 48, twelve, 3),
        // 22 h old: 2 h left, urgent.
        Data::order(u"PO-URGENT"_s, PurchaseOrderStatus::New, u"PHX6"_s, 22 * 60,
                    { { u"A-1"_s, 4, true } }),
        // 26 h old: overdue 2 h.
        Data::order(u"PO-LATE"_s, PurchaseOrderStatus::InProgress, u"ABE8"_s, 26 * 60,
                    { { u"A-1"_s, 4, true }, { u"B-2"_s, 1, false } }, 1),
        // Acknowledged in full: no countdown.
        Data::order(u"PO-DONE"_s, PurchaseOrderStatus::InProgress, u"ABE8"_s, 30 * 60,
                    { { u"A-1"_s, 4, true } }, 1),
        Data::order(u"PO-GONE"_s, PurchaseOrderStatus::Cancelled, u"XYZ1"_s, 30 * 60,
                    { { u"A-1"_s, 4, true } }),
    };
}

} // namespace

// The purchase order list: texts, countdown, urgency roles and raw sort values.
class TestPurchaseOrderListModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<PurchaseOrderListModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setClock([] { return Data::now(); });
        m_model->setOrders(sampleOrders());
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void showsTheColumns_data()
    {
        QTest::addColumn<QString>("order");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::newRow("number") << u"PO-FRESH"_s << int(PurchaseOrderListModel::NumberColumn)
                                << u"PO-FRESH"_s;
        QTest::newRow("status new")
            << u"PO-FRESH"_s << int(PurchaseOrderListModel::StatusColumn) << u"New"_s;
        QTest::newRow("status in progress")
            << u"PO-LATE"_s << int(PurchaseOrderListModel::StatusColumn) << u"In progress"_s;
        QTest::newRow("FC") << u"PO-URGENT"_s
                            << int(PurchaseOrderListModel::FulfillmentCenterColumn) << u"PHX6"_s;
        QTest::newRow("lines") << u"PO-FRESH"_s << int(PurchaseOrderListModel::LinesColumn)
                               << u"12"_s;
        QTest::newRow("progress") << u"PO-FRESH"_s
                                  << int(PurchaseOrderListModel::AcknowledgedColumn)
                                  << u"3 of 12 lines"_s;
        QTest::newRow("time left")
            << u"PO-FRESH"_s << int(PurchaseOrderListModel::DeadlineColumn) << u"5 h 12 min left"_s;
        QTest::newRow("urgent") << u"PO-URGENT"_s << int(PurchaseOrderListModel::DeadlineColumn)
                                << u"2 h left"_s;
        QTest::newRow("overdue") << u"PO-LATE"_s << int(PurchaseOrderListModel::DeadlineColumn)
                                 << u"overdue 2 h"_s;
        QTest::newRow("acknowledged")
            << u"PO-DONE"_s << int(PurchaseOrderListModel::DeadlineColumn) << u"acknowledged"_s;
        QTest::newRow("closed has no countdown")
            << u"PO-GONE"_s << int(PurchaseOrderListModel::DeadlineColumn) << QString();
    }

    void showsTheColumns()
    {
        QFETCH(QString, order);
        QFETCH(int, column);
        QFETCH(QString, text);
        const int row = m_model->rowOf(order);
        QVERIFY(row >= 0);
        QCOMPARE(m_model->index(row, column).data().toString(), text);
    }

    void countdownTexts_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("5 h 12 min") << qint64(5 * 3600 + 12 * 60 + 30) << u"5 h 12 min left"_s;
        QTest::newRow("exact hours") << qint64(3 * 3600) << u"3 h left"_s;
        QTest::newRow("minutes") << qint64(45 * 60 + 59) << u"45 min left"_s;
        QTest::newRow("under a minute") << qint64(30) << u"0 min left"_s;
        QTest::newRow("just overdue") << qint64(-10) << u"overdue 1 min"_s;
        QTest::newRow("overdue minutes") << qint64(-25 * 60) << u"overdue 25 min"_s;
        QTest::newRow("overdue hours") << qint64(-(2 * 3600 + 10 * 60)) << u"overdue 2 h"_s;
        QTest::newRow("overdue a day") << qint64(-(47 * 3600)) << u"overdue 47 h"_s;
        QTest::newRow("overdue days") << qint64(-(5 * 24 * 3600 + 7 * 3600)) << u"overdue 5 d"_s;
    }

    void countdownTexts()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(PurchaseOrderListModel::countdownText(seconds), text);
    }

    void marksUrgentAndOverdueOrders()
    {
        const int column = PurchaseOrderListModel::DeadlineColumn;
        auto at
            = [&](const QString &order) { return m_model->index(m_model->rowOf(order), column); };
        QVERIFY(!at(u"PO-FRESH"_s).data(Qt::ForegroundRole).isValid());
        QVERIFY(!at(u"PO-FRESH"_s).data(Qt::DecorationRole).isValid());
        const QColor urgent = at(u"PO-URGENT"_s).data(Qt::ForegroundRole).value<QColor>();
        const QColor overdue = at(u"PO-LATE"_s).data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(urgent.isValid());
        QVERIFY(overdue.isValid());
        QVERIFY(urgent != overdue);
        QVERIFY(!at(u"PO-URGENT"_s).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!at(u"PO-LATE"_s).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(at(u"PO-LATE"_s).data(PurchaseOrderListModel::UrgencyRole).toInt(),
                 int(PurchaseOrderListModel::Urgency::Overdue));
        QCOMPARE(at(u"PO-URGENT"_s).data(PurchaseOrderListModel::UrgencyRole).toInt(),
                 int(PurchaseOrderListModel::Urgency::Urgent));
        QVERIFY(at(u"PO-URGENT"_s).data(Qt::ToolTipRole).toString().contains(u"24 hours"_s));
    }

    void sortRolesGiveRawValues()
    {
        const auto sortValue = [&](const QString &order, int column) {
            return m_model->index(m_model->rowOf(order), column)
                .data(PurchaseOrderListModel::SortRole);
        };
        QCOMPARE(sortValue(u"PO-FRESH"_s, PurchaseOrderListModel::DeadlineColumn).toLongLong(),
                 qint64(5 * 3600 + 12 * 60));
        QCOMPARE(sortValue(u"PO-LATE"_s, PurchaseOrderListModel::DeadlineColumn).toLongLong(),
                 qint64(-2 * 3600));
        QCOMPARE(sortValue(u"PO-DONE"_s, PurchaseOrderListModel::DeadlineColumn).toLongLong(),
                 std::numeric_limits<qint64>::max());
        QCOMPARE(sortValue(u"PO-FRESH"_s, PurchaseOrderListModel::LinesColumn).toInt(), 12);
        QCOMPARE(sortValue(u"PO-FRESH"_s, PurchaseOrderListModel::AcknowledgedColumn).toDouble(),
                 0.25);
        QCOMPARE(sortValue(u"PO-FRESH"_s, PurchaseOrderListModel::ShipWindowColumn).toDateTime(),
                 QDateTime(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC));
        QCOMPARE(sortValue(u"PO-LATE"_s, PurchaseOrderListModel::StatusColumn).toInt(),
                 int(PurchaseOrderStatus::InProgress));
    }

    void theCountdownMovesWithTheClock()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setClock([] { return Data::now().addSecs(3 * 3600 + 20 * 60); });
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().column(),
                 int(PurchaseOrderListModel::DeadlineColumn));
        const int row = m_model->rowOf(u"PO-FRESH"_s);
        QCOMPARE(m_model->index(row, PurchaseOrderListModel::DeadlineColumn).data().toString(),
                 u"1 h 52 min left"_s);
        QCOMPARE(m_model->index(row, PurchaseOrderListModel::DeadlineColumn)
                     .data(PurchaseOrderListModel::UrgencyRole)
                     .toInt(),
                 int(PurchaseOrderListModel::Urgency::Urgent));
    }

    void listsFulfillmentCenters()
    {
        QCOMPARE(m_model->fulfillmentCenters(), QStringList({ u"ABE8"_s, u"PHX6"_s, u"XYZ1"_s }));
    }

    void reloadsTheStoredOrders()
    {
        QTemporaryDir dir;
        QString error;
        auto db
            = Database::open(DatabaseSettings::sqlite(dir.filePath(u"orders.sqlite"_s)), &error);
        QVERIFY2(db, qPrintable(error));
        PurchaseOrderRepository repository(*db);
        QVERIFY2(repository.upsert(sampleOrders(), &error), qPrintable(error));
        QMap<int, QList<Acknowledgement>> acks;
        Acknowledgement ack;
        ack.code = AcknowledgementCode::Accepted;
        ack.quantity = 4;
        acks.insert(0, { ack });
        QVERIFY2(repository.saveAcknowledgements(u"PO-URGENT"_s, acks, u"pat"_s, u"dock"_s, &error),
                 qPrintable(error));

        m_model->setOrders({});
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY2(m_model->reload(repository, &error), qPrintable(error));
        QCOMPARE(m_model->rowCount(), 5);
        const int row = m_model->rowOf(u"PO-URGENT"_s);
        QCOMPARE(m_model->index(row, PurchaseOrderListModel::AcknowledgedColumn).data().toString(),
                 u"1 of 1 lines"_s);
        QCOMPARE(m_model->index(row, PurchaseOrderListModel::DeadlineColumn).data().toString(),
                 u"acknowledged"_s);
    }

private:
    std::unique_ptr<PurchaseOrderListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestPurchaseOrderListModel)
#include "tst_purchaseorderlistmodel.moc"
