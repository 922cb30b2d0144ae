// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packingcommand.h"

#include <QCoreApplication>

namespace VendorPack {

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

} // namespace VendorPack
