// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/orderspage.h"
#include "ui/purchaseorderfiltermodel.h"
#include "ui/purchaseorderlinesmodel.h"
#include "ui/purchaseorderlistmodel.h"

#include "api/channelengineclient.h"
#include "packing/station.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"
#include "storage/outbox.h"
#include "storage/purchaseorderrepository.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace VendorPack;
using namespace Qt::StringLiterals;

namespace {

const QString kKey = u"sandbox-orders-page-key-51d04b8e7f3a"_s;

} // namespace

// The orders page against the real sandbox over loopback HTTP and a real SQLite station.
class TestOrdersPage : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        SandboxOptions options;
        options.seed = 7;
        options.orders = 23;
        options.apiKey = kKey;
        m_sandbox = std::make_unique<SandboxServer>(options);
        QString error;
        QVERIFY2(m_sandbox->initialize(&error), qPrintable(error));
        QVERIFY2(m_sandbox->listen(0) > 0, qPrintable(m_sandbox->errorString()));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ChannelEngineClient>(m_network.get(), settings(kKey));

        QVERIFY(m_dir.isValid());
        StationProfile profile;
        profile.userName = u"pat"_s;
        profile.stationName = u"dock-3"_s;
        m_station = Station::open(
            DatabaseSettings::sqlite(m_dir.filePath(u"page%1.sqlite"_s.arg(++m_counter))), profile,
            &error);
        QVERIFY2(m_station, qPrintable(error));
    }

    void cleanup()
    {
        m_station.reset();
        m_client.reset();
        m_network.reset();
        m_sandbox.reset();
    }

    void refreshPullsOrdersIntoTheTable()
    {
        OrdersPage page(*m_station, m_client.get());
        page.setRefreshPageSize(5);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.listModel()->rowCount(), 0);
        QVERIFY(page.refreshAction()->isEnabled());
        QCOMPARE(page.refreshAction()->shortcut(), QKeySequence(Qt::Key_F5));
        QVERIFY(page.refreshAction()->toolTip().contains(u"(F5)"_s));

        QSignalSpy progress(&page, &OrdersPage::progressChanged);
        QSignalSpy messages(&page, &OrdersPage::statusMessage);
        page.refreshAction()->trigger();
        QVERIFY(page.isRefreshing());
        QVERIFY(!page.refreshAction()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRefreshing(), 30000);

        QStringList open;
        for (const PurchaseOrder &order : m_sandbox->state().orders()) {
            if (order.status == PurchaseOrderStatus::New
                || order.status == PurchaseOrderStatus::InProgress)
                open.append(order.channelPurchaseOrderNo);
        }
        QVERIFY(open.size() > 5);
        QCOMPARE(page.listModel()->rowCount(), open.size());
        QCOMPARE(page.ordersView()->model()->rowCount(), open.size());
        QStringList shown;
        for (int row = 0; row < page.ordersView()->model()->rowCount(); ++row)
            shown.append(page.ordersView()->model()->index(row, 0).data().toString());
        shown.sort();
        open.sort();
        QCOMPARE(shown, open);
        // Stored, not only shown.
        QCOMPARE(m_station->purchaseOrders().loadAll()->size(), open.size());

        // Progress per page of 5, then (0, 0).
        QVERIFY2(progress.size() >= 1 + (open.size() + 4) / 5,
                 qPrintable(QString::number(progress.size())));
        QCOMPARE(progress.first(), (QList<QVariant> { 0, -1 }));
        QCOMPARE(progress.last(), (QList<QVariant> { 0, 0 }));
        QCOMPARE(progress.at(1).at(0).toInt(), 1);
        QVERIFY(messages.last().at(0).toString().startsWith(
            u"Purchase orders refreshed: %1 new"_s.arg(open.size())));
        QVERIFY(!page.findChild<QLabel *>(u"messageLabel"_s)->isVisible());

        // The details follow the selection.
        page.selectPurchaseOrder(open.first());
        const PurchaseOrder *order = page.listModel()->order(open.first());
        QVERIFY(order);
        QVERIFY(page.findChild<QLabel *>(u"detailsTitle"_s)->text().contains(open.first()));
        QCOMPARE(page.linesModel()->rowCount(), order->lines.size());
        QVERIFY(page.acknowledgeAction()->isEnabled());

        // A cancellation on the API arrives with the next refresh and is said aloud.
        SandboxState &state = m_sandbox->state();
        const int index = state.orderIndex(open.last());
        state.order(index).status = PurchaseOrderStatus::Cancelled;
        state.order(index).updatedAt = QDateTime::currentDateTimeUtc();
        state.ordersChanged();
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRefreshing(), 30000);
        QVERIFY2(messages.last().at(0).toString().contains(
                     u"Purchase order %1 was cancelled."_s.arg(open.last())),
                 qPrintable(messages.last().at(0).toString()));
        QCOMPARE(page.ordersView()->model()->rowCount(), open.size() - 1);
        page.findChild<QCheckBox *>(u"showClosedCheck"_s)->setChecked(true);
        QCOMPARE(page.ordersView()->model()->rowCount(), open.size());
    }

    void searchFieldFiltersAndTakesCtrlF()
    {
        seedOrders();
        OrdersPage page(*m_station, m_client.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString number = page.listModel()->orders().first().channelPurchaseOrderNo;
        page.ordersView()->setFocus();
        QTest::keyClick(page.ordersView(), Qt::Key_F, Qt::ControlModifier);
        auto *search = page.findChild<QLineEdit *>(u"searchEdit"_s);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, number.toLower());
        QCOMPARE(page.ordersView()->model()->rowCount(), 1);
        QCOMPARE(page.ordersView()->model()->index(0, 0).data().toString(), number);
    }

    void acceptsAllLinesOfTheSelectedOrders()
    {
        seedOrders();
        OrdersPage page(*m_station, m_client.get());
        QStringList unacknowledged;
        for (const PurchaseOrder &order : page.listModel()->orders()) {
            if (!order.isClosedForPacking() && order.lines.size() > 1
                && PurchaseOrderListModel::acknowledgedLines(order) == 0)
                unacknowledged.append(order.channelPurchaseOrderNo);
        }
        QVERIFY(unacknowledged.size() >= 3);
        const QStringList chosen = unacknowledged.mid(0, 2);
        // A third order has one line answered already: bulk accept leaves it to the editor.
        const QString partly = unacknowledged.at(2);
        Acknowledgement rejected;
        rejected.code = AcknowledgementCode::Rejected;
        rejected.rejectionReason = RejectionReason::ObsoleteProduct;
        rejected.quantity = page.listModel()->order(partly)->lines.at(0).quantity;
        QVERIFY(m_station->purchaseOrders().saveAcknowledgements(partly, { { 0, { rejected } } },
                                                                 u"pat"_s, u"dock-3"_s));
        QVERIFY(page.reload());

        QCOMPARE(page.acceptAllLines(chosen + QStringList { partly }), 2);
        QCOMPARE(m_station->outbox().pendingCount(OutboxSubject::Acknowledgement), 2);
        QVERIFY(page.findChild<QLabel *>(u"messageLabel"_s)
                    ->text()
                    .contains(u"%1 is partly acknowledged"_s.arg(partly)));
        QCOMPARE(page.listModel()->order(partly)->lines.at(0).acknowledgedQuantity(
                     AcknowledgementCode::Rejected),
                 rejected.quantity);
        QVERIFY(!page.listModel()->order(partly)->lines.at(1).isAcknowledged());
        for (const QString &number : chosen) {
            const PurchaseOrder *order = page.listModel()->order(number);
            QVERIFY(order);
            QVERIFY(!PurchaseOrderListModel::needsAcknowledgement(*order));
            for (const PurchaseOrderLine &line : order->lines)
                QCOMPARE(line.acknowledgedQuantity(AcknowledgementCode::Accepted), line.quantity);
        }
        // Again: left alone, nothing new queued.
        QCOMPARE(page.acceptAllLines(chosen), 0);
        QCOMPARE(m_station->outbox().pendingCount(OutboxSubject::Acknowledgement), 2);
    }

    void packsOrdersOfOneFulfillmentCenter()
    {
        seedOrders();
        OrdersPage page(*m_station, m_client.get());
        page.findChild<QCheckBox *>(u"showClosedCheck"_s)->setChecked(false);
        QHash<QString, QStringList> byCentre;
        for (const PurchaseOrder &order : page.listModel()->orders()) {
            if (!order.isClosedForPacking())
                byCentre[order.shipToParty.partyId].append(order.channelPurchaseOrderNo);
        }
        QString sameCentre;
        QString other;
        for (auto it = byCentre.cbegin(); it != byCentre.cend(); ++it) {
            if (it->size() >= 2 && sameCentre.isEmpty())
                sameCentre = it.key();
            else if (other.isEmpty())
                other = it.key();
        }
        if (sameCentre.isEmpty() || other.isEmpty())
            QSKIP("the seed has no two open orders for one FC beside another FC");

        QSignalSpy pack(&page, &OrdersPage::packRequested);
        select(page, byCentre.value(sameCentre).mid(0, 2));
        QVERIFY(page.packAction()->isEnabled());
        page.packAction()->trigger();
        QCOMPARE(pack.size(), 1);
        QStringList requested = pack.first().at(0).toStringList();
        QStringList expected = byCentre.value(sameCentre).mid(0, 2);
        requested.sort();
        expected.sort();
        QCOMPARE(requested, expected);

        select(page, { byCentre.value(sameCentre).first(), byCentre.value(other).first() });
        page.packAction()->trigger();
        QCOMPARE(pack.size(), 1);
        auto *message = page.findChild<QLabel *>(u"messageLabel"_s);
        QVERIFY(message->text().contains(u"a shipment goes to one"_s));
    }

    void withoutServiceRefreshIsDisabled()
    {
        OrdersPage page(*m_station, nullptr);
        QVERIFY(!page.refreshAction()->isEnabled());
        QVERIFY(page.refreshAction()->toolTip().contains(u"settings"_s));
        page.refresh(); // does nothing
        QVERIFY(!page.isRefreshing());
        QCOMPARE(page.actions().size(), 4);
        for (QAction *action : page.actions())
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
    }

    void aRefusedKeyIsReportedReadably()
    {
        ChannelEngineClient wrongKey(m_network.get(), settings(u"not-the-key-0000"_s));
        OrdersPage page(*m_station, &wrongKey);
        page.show();
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRefreshing(), 30000);
        auto *message = page.findChild<QLabel *>(u"messageLabel"_s);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().startsWith(u"Refresh failed: "_s), qPrintable(message->text()));
        QVERIFY(!message->text().contains(u"not-the-key-0000"_s));
        QCOMPARE(page.listModel()->rowCount(), 0);
        QVERIFY(page.refreshAction()->isEnabled());
    }

private:
    ClientSettings settings(const QString &key) const
    {
        ClientSettings s;
        s.baseUrl = m_sandbox->baseUrl();
        s.apiKey = key;
        s.timeoutMs = 5000;
        s.deadlineMs = 10000;
        s.retry.maxAttempts = 2;
        s.retry.initialDelayMs = 10;
        s.retry.maxDelayMs = 100;
        return s;
    }

    // The sandbox's orders stored directly (the refresh is tested above).
    void seedOrders()
    {
        QString error;
        QVERIFY2(m_station->purchaseOrders().upsert(m_sandbox->state().orders(), &error),
                 qPrintable(error));
    }

    static void select(OrdersPage &page, const QStringList &numbers)
    {
        QItemSelectionModel *selection = page.ordersView()->selectionModel();
        selection->clearSelection();
        auto *proxy = page.filterModel();
        for (const QString &number : numbers) {
            const QModelIndex index
                = proxy->mapFromSource(page.listModel()->index(page.listModel()->rowOf(number), 0));
            QVERIFY(index.isValid());
            selection->setCurrentIndex(index,
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ChannelEngineClient> m_client;
    std::unique_ptr<Station> m_station;
};

QTEST_MAIN(TestOrdersPage)
#include "tst_orderspage.moc"
