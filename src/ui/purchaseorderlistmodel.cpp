// SPDX-License-Identifier: GPL-3.0-or-later
#include "purchaseorderlistmodel.h"

#include "storage/purchaseorderrepository.h"

#include <QApplication>
#include <QColor>
#include <QIcon>
#include <QLocale>
#include <QStyle>

#include <limits>

namespace VendorPack {

namespace {

const QColor kUrgentColor(0xb3, 0x5c, 0x00); // dark orange, readable on white
const QColor kOverdueColor(0xc0, 0x1c, 0x28); // red

QString dateText(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

QString buildSearchText(const PurchaseOrder &order)
{
    QStringList parts { order.channelPurchaseOrderNo, order.merchantPurchaseOrderNo,
                        order.shipToParty.partyId, order.shipToParty.name };
    for (const PurchaseOrderLine &line : order.lines)
        parts << line.merchantProductNo << line.channelProductNo;
    return parts.join(QLatin1Char('\n')).toLower();
}

} // namespace

PurchaseOrderListModel::PurchaseOrderListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_minuteTimer.setInterval(60 * 1000);
    connect(&m_minuteTimer, &QTimer::timeout, this, &PurchaseOrderListModel::onMinuteTimerTimeout);
    m_minuteTimer.start();
}

PurchaseOrderListModel::~PurchaseOrderListModel() = default;

void PurchaseOrderListModel::setOrders(QList<PurchaseOrder> orders)
{
    beginResetModel();
    m_orders = std::move(orders);
    m_searchText.clear();
    m_searchText.reserve(m_orders.size());
    m_rowByNumber.clear();
    m_rowByNumber.reserve(m_orders.size());
    for (int row = 0; row < m_orders.size(); ++row) {
        m_searchText.append(buildSearchText(m_orders.at(row)));
        const QString &number = m_orders.at(row).channelPurchaseOrderNo;
        if (!m_rowByNumber.contains(number)) // the first row of a number wins, as before
            m_rowByNumber.insert(number, row);
    }
    endResetModel();
}

bool PurchaseOrderListModel::reload(PurchaseOrderRepository &repository, QString *error)
{
    auto orders = repository.loadAll(error);
    if (!orders)
        return false;
    setOrders(std::move(*orders));
    return true;
}

const PurchaseOrder *PurchaseOrderListModel::order(int row) const
{
    return row >= 0 && row < m_orders.size() ? &m_orders.at(row) : nullptr;
}

const PurchaseOrder *PurchaseOrderListModel::order(const QString &purchaseOrderNo) const
{
    return order(rowOf(purchaseOrderNo));
}

int PurchaseOrderListModel::rowOf(const QString &purchaseOrderNo) const
{
    return m_rowByNumber.value(purchaseOrderNo, -1);
}

QStringList PurchaseOrderListModel::fulfillmentCenters() const
{
    QStringList result;
    for (const PurchaseOrder &order : m_orders) {
        if (!order.shipToParty.partyId.isEmpty())
            result.append(order.shipToParty.partyId);
    }
    result.sort();
    result.removeDuplicates();
    return result;
}

void PurchaseOrderListModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    onMinuteTimerTimeout();
}

QDateTime PurchaseOrderListModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

bool PurchaseOrderListModel::needsAcknowledgement(const PurchaseOrder &order)
{
    if (order.isClosedForPacking())
        return false;
    return acknowledgedLines(order) < order.lines.size();
}

QDateTime PurchaseOrderListModel::acknowledgementDeadline(const PurchaseOrder &order)
{
    return order.createdAt.isValid() ? order.createdAt.addSecs(kAcknowledgementLimitSecs)
                                     : QDateTime();
}

qint64 PurchaseOrderListModel::secondsLeft(const PurchaseOrder &order) const
{
    const QDateTime deadline = acknowledgementDeadline(order);
    return deadline.isValid() ? now().secsTo(deadline) : 0;
}

PurchaseOrderListModel::Urgency PurchaseOrderListModel::urgency(const PurchaseOrder &order) const
{
    if (!needsAcknowledgement(order) || !order.createdAt.isValid())
        return Urgency::None;
    const qint64 left = secondsLeft(order);
    if (left < 0)
        return Urgency::Overdue;
    if (left < kUrgentSecs)
        return Urgency::Urgent;
    return Urgency::Pending;
}

QString PurchaseOrderListModel::countdownText(qint64 secondsLeft)
{
    const qint64 magnitude = secondsLeft < 0 ? -secondsLeft : secondsLeft;
    // Rounded down while time is left, up once overdue: never "0 min left" before the limit.
    const qint64 minutes = secondsLeft < 0 ? (magnitude + 59) / 60 : magnitude / 60;
    const qint64 hours = minutes / 60;
    const qint64 rest = minutes % 60;
    QString amount;
    if (hours >= 48)
        amount = tr("%1 d").arg(hours / 24); // long overdue: days are enough
    else if (hours == 0)
        amount = tr("%1 min").arg(rest);
    else if (rest == 0 || secondsLeft < 0)
        amount = tr("%1 h").arg(hours);
    else
        amount = tr("%1 h %2 min").arg(hours).arg(rest);
    return secondsLeft < 0 ? tr("overdue %1").arg(amount) : tr("%1 left").arg(amount);
}

QString PurchaseOrderListModel::statusText(PurchaseOrderStatus status)
{
    switch (status) {
    case PurchaseOrderStatus::New:
        return tr("New");
    case PurchaseOrderStatus::InProgress:
        return tr("In progress");
    case PurchaseOrderStatus::Cancelled:
        return tr("Cancelled");
    case PurchaseOrderStatus::Shipped:
        return tr("Shipped");
    case PurchaseOrderStatus::Closed:
        return tr("Closed");
    case PurchaseOrderStatus::Invoiced:
        return tr("Invoiced");
    case PurchaseOrderStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

int PurchaseOrderListModel::acknowledgedLines(const PurchaseOrder &order)
{
    int count = 0;
    for (const PurchaseOrderLine &line : order.lines) {
        if (line.isAcknowledged())
            ++count;
    }
    return count;
}

int PurchaseOrderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int PurchaseOrderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PurchaseOrderListModel::displayData(const PurchaseOrder &order, int column) const
{
    switch (column) {
    case NumberColumn:
        return order.channelPurchaseOrderNo;
    case StatusColumn:
        return statusText(order.status);
    case FulfillmentCenterColumn:
        return order.shipToParty.partyId;
    case ShipWindowColumn:
        if (!order.fromShipDate.isValid() && !order.toShipDate.isValid())
            return QString();
        return tr("%1 – %2").arg(dateText(order.fromShipDate), dateText(order.toShipDate));
    case LinesColumn:
        return int(order.lines.size());
    case AcknowledgedColumn:
        return tr("%1 of %2 lines").arg(acknowledgedLines(order)).arg(order.lines.size());
    case DeadlineColumn:
        if (order.isClosedForPacking())
            return QString();
        if (!needsAcknowledgement(order))
            return tr("acknowledged");
        if (!order.createdAt.isValid())
            return tr("no creation date");
        return countdownText(secondsLeft(order));
    default:
        return QVariant();
    }
}

QVariant PurchaseOrderListModel::sortData(const PurchaseOrder &order, int column) const
{
    switch (column) {
    case NumberColumn:
        return order.channelPurchaseOrderNo;
    case StatusColumn:
        return int(order.status);
    case FulfillmentCenterColumn:
        return order.shipToParty.partyId;
    case ShipWindowColumn:
        return order.fromShipDate;
    case LinesColumn:
        return int(order.lines.size());
    case AcknowledgedColumn:
        // The share acknowledged, so that "3 of 4" sorts after "3 of 12".
        return order.lines.isEmpty()
            ? 1.0
            : double(acknowledgedLines(order)) / double(order.lines.size());
    case DeadlineColumn:
        // Seconds left; orders that need nothing sort after all the others.
        return needsAcknowledgement(order) && order.createdAt.isValid()
            ? secondsLeft(order)
            : std::numeric_limits<qint64>::max();
    default:
        return QVariant();
    }
}

QString PurchaseOrderListModel::toolTip(const PurchaseOrder &order, int column) const
{
    switch (column) {
    case DeadlineColumn: {
        const QDateTime deadline = acknowledgementDeadline(order);
        if (!needsAcknowledgement(order) || !deadline.isValid())
            return QString();
        return tr("Amazon expects the acknowledgement within 24 hours of the order: by %1")
            .arg(QLocale().toString(deadline.toLocalTime(), QLocale::ShortFormat));
    }
    case FulfillmentCenterColumn:
        return order.shipToParty.name;
    case AcknowledgedColumn:
        return tr("Lines acknowledged (accepted, backordered or rejected)");
    default:
        return QString();
    }
}

QVariant PurchaseOrderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const PurchaseOrder &order = m_orders.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(order, column);
    case Qt::ToolTipRole: {
        const QString text = toolTip(order, column);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Qt::ForegroundRole:
        if (column == DeadlineColumn) {
            switch (urgency(order)) {
            case Urgency::Overdue:
                return kOverdueColor;
            case Urgency::Urgent:
                return kUrgentColor;
            default:
                break;
            }
        }
        return QVariant();
    case Qt::DecorationRole:
        if (column == DeadlineColumn) {
            switch (urgency(order)) {
            case Urgency::Overdue:
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
            case Urgency::Urgent:
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            default:
                break;
            }
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (column == LinesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case SortRole:
        return sortData(order, column);
    case PurchaseOrderNoRole:
        return order.channelPurchaseOrderNo;
    case StatusRole:
        return int(order.status);
    case FulfillmentCenterRole:
        return order.shipToParty.partyId;
    case IsClosedRole:
        return order.isClosedForPacking();
    case SearchTextRole:
        return m_searchText.value(index.row());
    case UrgencyRole:
        return int(urgency(order));
    default:
        return QVariant();
    }
}

QVariant PurchaseOrderListModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("PO number");
    case StatusColumn:
        return tr("Status");
    case FulfillmentCenterColumn:
        return tr("FC");
    case ShipWindowColumn:
        return tr("Ship window");
    case LinesColumn:
        return tr("Lines");
    case AcknowledgedColumn:
        return tr("Acknowledged");
    case DeadlineColumn:
        return tr("Acknowledge by");
    default:
        return QVariant();
    }
}

void PurchaseOrderListModel::onMinuteTimerTimeout()
{
    if (m_orders.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, DeadlineColumn), index(int(m_orders.size()) - 1, DeadlineColumn),
                       { Qt::DisplayRole, Qt::ForegroundRole, Qt::DecorationRole, Qt::ToolTipRole,
                         SortRole, UrgencyRole });
}

} // namespace VendorPack
