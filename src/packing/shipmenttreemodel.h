// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/shipment.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <memory>

namespace VendorPack {

class PackingSession;

// The shipment tree as a Qt item model written straight over the domain tree (an index's internal
// pointer is its ShipmentNode, the invalid index is the root). Only its mutators change the tree,
// and only the undo commands call them; drops ask the packing rules and push one command.
class ShipmentTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        WhatColumn,
        IdentifierColumn,
        PurchaseOrderColumn,
        QuantityColumn,
        WeightColumn,
        DimensionsColumn,
        StatusColumn,
        ColumnCount
    };

    enum Role {
        NodeIdRole = Qt::UserRole + 1, // NodeId (quint32)
        NodeTypeRole, // int(NodeType)
        NodeSeverityRole, // int(Severity) of the worst finding on the node itself; -1: none
        NodeUnitsRole, // qint64: units (eaches) of the item, or packed below the container
        NodeWeightGramsRole, // double: declared weight, else the sum of the children's; or invalid
        NodeCartonCountRole, // int: cartons on a pallet (0 otherwise)
        NodeClosedRole, // bool: a carton or pallet with its weight and full dimensions
        NodeFindingsRole, // QString: the node's findings, one per line (for a tooltip)
        // QString: "Carton 3 of 12" (not in the DisplayRole, which must not change when a
        // sibling is inserted; ask it when painting or for labels)
        NodePositionRole
    };

    static QString nodesMimeType() { return QStringLiteral("application/x-vendorpack-nodes"); }
    static QString poLineMimeType() { return QStringLiteral("application/x-vendorpack-po-line"); }

    // A PO line dragged from the side pane.
    struct PoLineDrag
    {
        QString purchaseOrderNo;
        QString sku;
        qint64 units = 0; // eaches
    };
    static QMimeData *createPoLineMimeData(const PoLineDrag &line);
    static bool decodePoLine(const QMimeData *data, PoLineDrag *line);
    // Node ids and the shipment's row id of the "application/x-vendorpack-nodes" format.
    static bool decodeNodes(const QMimeData *data, qint64 *shipmentId, QList<NodeId> *ids);

    explicit ShipmentTreeModel(PackingSession &session, QObject *parent = nullptr);
    ~ShipmentTreeModel() override;

    Shipment *shipment() const { return m_shipment; }
    ShipmentNode *nodeForIndex(const QModelIndex &index) const; // the root for an invalid index
    QModelIndex indexForNode(const ShipmentNode *node, int column = 0) const;
    QModelIndex indexForId(NodeId id, int column = 0) const;

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Drag and drop: ids in, one undo command out; the view never removes the source rows.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Why the last refused drop was refused ("" after an allowed one).
    QString lastRefusal() const { return m_lastRefusal; }

    // Mutators: the only code that changes the tree; undo commands call them (through the
    // session's PackingEdit), nothing else does.
    ShipmentNode *insertNode(ShipmentNode *parent, int row, std::unique_ptr<ShipmentNode> node);
    std::unique_ptr<ShipmentNode> takeNode(ShipmentNode *node);
    // row counted after the node left its old place (as Shipment::moveNode).
    void moveNode(ShipmentNode *node, ShipmentNode *newParent, int row);
    void setLine(ShipmentNode *node, const ShipmentLine &line);
    void setHeader(const ShipmentHeader &header);

    // The session swapped in another shipment (open, reload): a model reset.
    void resetShipment(Shipment *shipment);
    // Totals and status of these nodes and their ancestors changed (after a commit).
    void refreshNodes(const QList<NodeId> &ids);

signals:
    // A drop was refused; emitted when the reason changes, not on every drag move.
    void dropRefused(const QString &reason) const;

private:
    bool checkDrop(const QMimeData *data, const ShipmentNode *target, QString *reason) const;
    void setRefusal(const QString &reason) const;
    QString whatText(const ShipmentNode *node) const;
    QString typeText(const ShipmentNode *node) const;

    PackingSession &m_session;
    Shipment *m_shipment = nullptr;
    mutable QString m_lastRefusal;
};

} // namespace VendorPack
