// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apicall.h"
#include "core/enums.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QTableView;
QT_END_NAMESPACE

namespace VendorPack {

class PurchaseOrderFilterModel;
class PurchaseOrderLinesModel;
class PurchaseOrderListModel;
class PurchaseOrderService;
class Station;
struct PurchaseOrder;

// The orders screen: the filterable list of purchase orders with their acknowledgement
// countdown, the details of the current one with its lines, and the actions on them: refresh
// from the API, acknowledge, accept all lines of several orders, and pack a shipment.
class OrdersPage : public QWidget
{
    Q_OBJECT

public:
    // service may be null: refreshing is then disabled, with a tooltip saying why.
    OrdersPage(Station &station, PurchaseOrderService *service, QWidget *parent = nullptr);
    ~OrdersPage() override;

    // Refresh, Acknowledge, Accept all lines, Pack shipment: for the main window's menus and
    // toolbar (the page has them too, so their shortcuts work while it has the focus).
    QList<QAction *> actions() const;
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *acknowledgeAction() const { return m_acknowledgeAction; }
    QAction *acceptAllAction() const { return m_acceptAllAction; }
    QAction *packAction() const { return m_packAction; }

    PurchaseOrderListModel *listModel() const { return m_listModel; }
    PurchaseOrderFilterModel *filterModel() const { return m_filterModel; }
    PurchaseOrderLinesModel *linesModel() const { return m_linesModel; }
    QTableView *ordersView() const { return m_ordersView; }

    // The PO numbers selected in the list, in the list's order.
    QStringList selectedPurchaseOrders() const;
    void selectPurchaseOrder(const QString &purchaseOrderNo);
    bool isRefreshing() const { return m_call != nullptr; }
    // Orders per API page when refreshing (1..500; 100 by default).
    void setRefreshPageSize(int pageSize) { m_pageSize = qBound(1, pageSize, 500); }

public Q_SLOTS:
    // Pulls the orders from the API in the background and stores them.
    void refresh();
    // Reloads the list from the database, keeping the selection.
    bool reload();
    // Accepts every line of the given orders in full (no question asked); returns how many
    // were acknowledged. Orders that are closed or (partly) acknowledged already are left alone.
    int acceptAllLines(const QStringList &purchaseOrderNos);

Q_SIGNALS:
    // The user wants to pack these orders (all for one FC) into a shipment.
    void packRequested(const QStringList &purchaseOrderNos);
    // Pages pulled of total (-1: not known yet) while refreshing; (0, 0) when it stops.
    void progressChanged(int done, int total);
    // A line for the status bar.
    void statusMessage(const QString &message);

private:
    void createActions();
    void createLayout();
    void updateActions();
    void updateDetails();
    void updateFulfillmentCenters();
    void showMessage(const QString &message, bool error);
    const PurchaseOrder *currentOrder() const;

    void onCallProgressed(int done, int total);
    void onCallFinished();
    void onAcknowledgeTriggered();
    void onAcceptAllTriggered();
    void onPackTriggered();
    void onSelectionChanged();

    Station &m_station;
    QPointer<PurchaseOrderService> m_service;
    std::unique_ptr<PurchaseOrdersCall> m_call;
    QDateTime m_lastRefresh;
    QDateTime m_refreshStarted;
    int m_pageSize = 100;
    bool m_columnsFitted = false;

    PurchaseOrderListModel *m_listModel = nullptr;
    PurchaseOrderFilterModel *m_filterModel = nullptr;
    PurchaseOrderLinesModel *m_linesModel = nullptr;

    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QComboBox *m_fcCombo = nullptr;
    QCheckBox *m_showClosedCheck = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_messageLabel = nullptr;
    QTableView *m_ordersView = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_detailsTitle = nullptr;
    QLabel *m_shipToLabel = nullptr;
    QLabel *m_windowsLabel = nullptr;
    QLabel *m_partiesLabel = nullptr;
    QTableView *m_linesView = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_acknowledgeAction = nullptr;
    QAction *m_acceptAllAction = nullptr;
    QAction *m_packAction = nullptr;
    QAction *m_findAction = nullptr;
};

} // namespace VendorPack
