// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packingcommand.h"

#include <QCoreApplication>

namespace VendorPack {

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

} // namespace VendorPack
