// SPDX-License-Identifier: GPL-3.0-or-later
#include "purchaseorderlinesmodel.h"

#include <QLocale>

namespace VendorPack {

PurchaseOrderLinesModel::PurchaseOrderLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PurchaseOrderLinesModel::setOrder(std::optional<PurchaseOrder> order)
{
    beginResetModel();
    m_order = std::move(order);
    m_packed.clear();
    endResetModel();
}

void PurchaseOrderLinesModel::setPackedUnits(const QHash<int, qint64> &byLine)
{
    m_packed = byLine;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, PackedColumn), index(rowCount() - 1, PackedColumn));
}

QString PurchaseOrderLinesModel::acknowledgementText(const PurchaseOrderLine &line)
{
    if (!line.isAcknowledged())
        return tr("not acknowledged");
    QStringList parts;
    if (const qint64 n = line.acknowledgedQuantity(AcknowledgementCode::Accepted))
        parts.append(tr("%1 accepted").arg(n));
    if (const qint64 n = line.acknowledgedQuantity(AcknowledgementCode::Backordered))
        parts.append(tr("%1 backordered").arg(n));
    if (const qint64 n = line.acknowledgedQuantity(AcknowledgementCode::Rejected))
        parts.append(tr("%1 rejected").arg(n));
    if (parts.isEmpty())
        return tr("acknowledged");
    return parts.join(QStringLiteral(", "));
}

QString PurchaseOrderLinesModel::unitText(const PurchaseOrderLine &line)
{
    if (line.unitOfMeasure == QuantityUnit::Cases)
        return tr("cases of %1").arg(line.unitSize);
    return tr("eaches");
}

int PurchaseOrderLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_order ? 0 : int(m_order->lines.size());
}

int PurchaseOrderLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PurchaseOrderLinesModel::displayData(const PurchaseOrderLine &line, int row,
                                              int column) const
{
    switch (column) {
    case LineColumn:
        return row + 1;
    case SkuColumn:
        return line.merchantProductNo;
    case AsinColumn:
        return line.channelProductNo;
    case QuantityColumn:
        return line.quantity;
    case UnitColumn:
        return unitText(line);
    case BackorderColumn:
        return line.isBackOrderAllowed ? tr("allowed") : tr("no");
    case CostColumn:
        if (!line.netCostAmount)
            return QString();
        return tr("%1 %2").arg(QLocale().toString(*line.netCostAmount, 'f', 2),
                               line.netCostCurrency);
    case AcknowledgedColumn:
        return acknowledgementText(line);
    case PackedColumn: {
        const auto packed = m_packed.constFind(row);
        if (packed == m_packed.cend())
            return QString();
        return tr("%1 of %2").arg(*packed).arg(line.acceptedUnits());
    }
    default:
        return QVariant();
    }
}

QVariant PurchaseOrderLinesModel::sortData(const PurchaseOrderLine &line, int row, int column) const
{
    switch (column) {
    case LineColumn:
        return row;
    case QuantityColumn:
        return line.quantity;
    case UnitColumn:
        return line.unitsOf(1);
    case BackorderColumn:
        return line.isBackOrderAllowed;
    case CostColumn:
        return line.netCostAmount ? QVariant(*line.netCostAmount) : QVariant(0.0);
    case AcknowledgedColumn:
        return line.acknowledgedQuantity(AcknowledgementCode::Accepted);
    case PackedColumn:
        return m_packed.value(row, 0);
    default:
        return displayData(line, row, column);
    }
}

QVariant PurchaseOrderLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const PurchaseOrderLine &line = m_order->lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(line, index.row(), index.column());
    case SortRole:
        return sortData(line, index.row(), index.column());
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case LineColumn:
        case QuantityColumn:
        case CostColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        if (index.column() == QuantityColumn && line.unitOfMeasure == QuantityUnit::Cases)
            return tr("%1 cases = %2 units").arg(line.quantity).arg(line.orderedUnits());
        if (index.column() == BackorderColumn)
            return line.isBackOrderAllowed
                ? tr("Amazon accepts a backorder for what is not in stock")
                : tr("What is not in stock must be rejected");
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant PurchaseOrderLinesModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("#");
    case SkuColumn:
        return tr("SKU");
    case AsinColumn:
        return tr("ASIN");
    case QuantityColumn:
        return tr("Quantity");
    case UnitColumn:
        return tr("Unit");
    case BackorderColumn:
        return tr("Backorder");
    case CostColumn:
        return tr("Net cost");
    case AcknowledgedColumn:
        return tr("Acknowledged");
    case PackedColumn:
        return tr("Packed");
    default:
        return QVariant();
    }
}

} // namespace VendorPack
