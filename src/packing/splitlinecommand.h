// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packingcommand.h"

#include <QCoreApplication>

namespace VendorPack {

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

} // namespace VendorPack
