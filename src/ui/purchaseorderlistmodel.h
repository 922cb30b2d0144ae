// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/purchaseorder.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimer>

#include <functional>

namespace VendorPack {

class PurchaseOrderRepository;

// The stored purchase orders as a table: number, status, FC, ship window, lines, acknowledgement
// progress and the countdown to Amazon's 24-hour acknowledgement limit, refreshed every minute.
class PurchaseOrderListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        StatusColumn,
        FulfillmentCenterColumn,
        ShipWindowColumn,
        LinesColumn,
        AcknowledgedColumn,
        DeadlineColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value of the column, for sorting
        PurchaseOrderNoRole, // QString
        StatusRole, // int(PurchaseOrderStatus)
        FulfillmentCenterRole, // QString: the ship-to party id
        IsClosedRole, // bool: cancelled, shipped, closed or invoiced
        SearchTextRole, // QString: number, FC, SKUs and ASINs, lower case
        UrgencyRole // int(Urgency)
    };
    enum class Urgency { None, Pending, Urgent, Overdue };

    static constexpr qint64 kAcknowledgementLimitSecs = 24 * 3600;
    static constexpr qint64 kUrgentSecs = 4 * 3600; // less than this left: urgent

    explicit PurchaseOrderListModel(QObject *parent = nullptr);
    ~PurchaseOrderListModel() override;

    // Replaces the orders (a model reset).
    void setOrders(QList<PurchaseOrder> orders);
    // Loads every stored order; false with the reason, and the model unchanged, on failure.
    bool reload(PurchaseOrderRepository &repository, QString *error = nullptr);

    const QList<PurchaseOrder> &orders() const { return m_orders; }
    const PurchaseOrder *order(int row) const;
    const PurchaseOrder *order(const QString &purchaseOrderNo) const;
    int rowOf(const QString &purchaseOrderNo) const;
    // The ship-to party ids of the orders, sorted, without repeats.
    QStringList fulfillmentCenters() const;

    // The time the countdown counts to (tests set a fixed one); the current UTC time by default.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;

    // Whether the order still waits for an acknowledgement (open, with unacknowledged lines).
    static bool needsAcknowledgement(const PurchaseOrder &order);
    static QDateTime acknowledgementDeadline(const PurchaseOrder &order);
    // Seconds left until the deadline (negative: overdue).
    qint64 secondsLeft(const PurchaseOrder &order) const;
    Urgency urgency(const PurchaseOrder &order) const;
    // "5 h 12 min left", "45 min left", "overdue 2 h", "overdue 10 min", "overdue 5 d"
    static QString countdownText(qint64 secondsLeft);
    static QString statusText(PurchaseOrderStatus status);
    static int acknowledgedLines(const PurchaseOrder &order);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void onMinuteTimerTimeout();
    QVariant displayData(const PurchaseOrder &order, int column) const;
    QVariant sortData(const PurchaseOrder &order, int column) const;
    QString toolTip(const PurchaseOrder &order, int column) const;

    QList<PurchaseOrder> m_orders;
    QList<QString> m_searchText; // per row
    QHash<QString, int> m_rowByNumber; // PO number -> row
    std::function<QDateTime()> m_clock;
    QTimer m_minuteTimer;
};

} // namespace VendorPack
