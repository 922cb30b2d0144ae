// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/purchaseorder.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace VendorPack {

// The lines of one purchase order as a table: SKU, ASIN, quantity, unit and case size, whether
// backorders are allowed, cost, the acknowledged split and the units packed so far.
class PurchaseOrderLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LineColumn,
        SkuColumn,
        AsinColumn,
        QuantityColumn,
        UnitColumn,
        BackorderColumn,
        CostColumn,
        AcknowledgedColumn,
        PackedColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1 // the raw value of the column
    };

    explicit PurchaseOrderLinesModel(QObject *parent = nullptr);

    // Shows the order's lines (a model reset); nullopt shows none.
    void setOrder(std::optional<PurchaseOrder> order);
    const std::optional<PurchaseOrder> &order() const { return m_order; }
    // Units packed per line index (the packing page knows them); lines not listed show none.
    void setPackedUnits(const QHash<int, qint64> &byLine);

    // "6 accepted, 4 backordered", "not acknowledged"
    static QString acknowledgementText(const PurchaseOrderLine &line);
    // "cases of 12", "eaches"
    static QString unitText(const PurchaseOrderLine &line);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const PurchaseOrderLine &line, int row, int column) const;
    QVariant sortData(const PurchaseOrderLine &line, int row, int column) const;

    std::optional<PurchaseOrder> m_order;
    QHash<int, qint64> m_packed;
};

} // namespace VendorPack
