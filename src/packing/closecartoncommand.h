// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packingcommand.h"

#include <QCoreApplication>

namespace VendorPack {

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
