// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The packing verbs as undo commands, one per user verb (VerbNoun), each one committed change per
// redo() and per undo(). Subtrees taken out of the tree are owned by the command (its stash).

#include "packingcommand.h"

#include <QCoreApplication>

namespace VendorPack {

// A new pallet at the top level with a new SSCC; undo detaches it (the SSCC stays allocated, so
// redo brings the same pallet back).
class AddPalletCommand : public PackingCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddPalletCommand)
public:
    explicit AddPalletCommand(PackingSession &session);
    bool forward(PackingEdit &edit) override;
    bool backward(PackingEdit &edit) override;
    NodeId resultNode() const override { return m_node; }

private:
    NodeStash m_stash;
    NodeId m_node = 0;
};

// A new carton, at the top level or on a pallet, with a new SSCC or a scanned pre-printed one
// (recorded external); undo detaches it, its SSCC stays in the ledger for redo.
class AddCartonCommand : public PackingCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddCartonCommand)
public:
    AddCartonCommand(PackingSession &session, NodeId parent, const QString &externalSscc);
    bool forward(PackingEdit &edit) override;
    bool backward(PackingEdit &edit) override;
    NodeId resultNode() const override { return m_node; }

private:
    NodeStash m_stash;
    NodeId m_parent;
    QString m_externalSscc;
    NodeId m_node = 0;
};

// An item of a PO line into a carton or pallet, as a new line or added to the quantity of an
// item of the same SKU and PO there (mergeInto).
class AddItemCommand : public PackingCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddItemCommand)
public:
    AddItemCommand(PackingSession &session, NodeId parent, const ShipmentLine &line,
                   NodeId mergeInto = 0);
    bool forward(PackingEdit &edit) override;
    bool backward(PackingEdit &edit) override;
    NodeId resultNode() const override { return m_mergeInto ? m_mergeInto : m_node; }

private:
    NodeStash m_stash;
    NodeId m_parent;
    ShipmentLine m_line;
    NodeId m_mergeInto;
    NodeId m_node = 0;
};

// Nodes moved under another parent (0: the top level) at a row (-1: at the end), counted as a
// view counts a drop row: before the moved nodes leave their places.
class MoveNodesCommand : public PackingCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveNodesCommand)
public:
    MoveNodesCommand(PackingSession &session, const QList<NodeId> &nodes, NodeId newParent,
                     int row);
    bool forward(PackingEdit &edit) override;
    bool backward(PackingEdit &edit) override;
    NodeId resultNode() const override { return m_nodes.value(0); }

private:
    struct Origin
    {
        NodeId parent;
        int row;
    };
    QList<NodeId> m_nodes;
    NodeId m_newParent;
    int m_row;
    QList<Origin> m_origins;
};

// Part of an item's quantity split off into a new line: right after it, or (a partial move)
// at the end of another container.
class SplitLineCommand : public PackingCommand
{
    Q_DECLARE_TR_FUNCTIONS(SplitLineCommand)
public:
    SplitLineCommand(PackingSession &session, NodeId node, qint64 quantity, NodeId moveTo = 0);
    bool forward(PackingEdit &edit) override;
    bool backward(PackingEdit &edit) override;
    NodeId resultNode() const override { return m_newNode; }

private:
    NodeStash m_stash;
    NodeId m_node;
    qint64 m_quantity;
    NodeId m_moveTo;
    NodeId m_newNode = 0;
};

// Items of the same SKU, PO, unit, lot and expiry in one container merged into the first.
class MergeLinesCommand : public PackingCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeLinesCommand)
public:
    MergeLinesCommand(PackingSession &session, const QList<NodeId> &nodes);
    bool forward(PackingEdit &edit) override;
    bool backward(PackingEdit &edit) override;
    NodeId resultNode() const override { return m_nodes.value(0); }

private:
    NodeStash m_stash;
    QList<NodeId> m_nodes; // in row order; the first keeps the sum
    QList<int> m_rows;
    QList<qint64> m_quantities;
};

// A container's contents moved to its parent and the container removed; its SSCC is voided
// (reason), so undo brings it back with a new SSCC.
class UnpackNodeCommand : public PackingCommand
{
    Q_DECLARE_TR_FUNCTIONS(UnpackNodeCommand)
public:
    UnpackNodeCommand(PackingSession &session, NodeId node, const QString &reason);
    bool forward(PackingEdit &edit) override;
    bool backward(PackingEdit &edit) override;
    NodeId resultNode() const override { return m_node; }

private:
    NodeStash m_stash;
    NodeId m_node;
    QString m_reason;
    NodeId m_parent = 0;
    int m_row = 0;
    QList<NodeId> m_contents;
};

// Nodes removed with everything below them; their SSCCs are voided (reason) and undo brings the
// subtrees back with new SSCCs.
class DeleteNodesCommand : public PackingCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteNodesCommand)
public:
    DeleteNodesCommand(PackingSession &session, const QList<NodeId> &nodes, const QString &reason);
    bool forward(PackingEdit &edit) override;
    bool backward(PackingEdit &edit) override;

private:
    struct Place
    {
        NodeId node;
        NodeId parent;
        int row;
    };
    NodeStash m_stash;
    QList<NodeId> m_nodes;
    QString m_reason;
    QList<Place> m_places; // document order
};

// A carton (or pallet) closed: its measured weight and its dimensions recorded. "Closed" is
// those two fields being complete (ShipmentTreeModel::NodeClosedRole), so it is stored and
// pushed with the node, with no separate flag.
class CloseCartonCommand : public PackingCommand
{
    Q_DECLARE_TR_FUNCTIONS(CloseCartonCommand)
public:
    CloseCartonCommand(PackingSession &session, NodeId node, const Weight &weight,
                       const Dimensions &dimensions);
    bool forward(PackingEdit &edit) override;
    bool backward(PackingEdit &edit) override;
    NodeId resultNode() const override { return m_node; }

private:
    NodeId m_node;
    Weight m_weight;
    Dimensions m_dimensions;
    std::optional<ShipmentLine> m_before;
};

} // namespace VendorPack
