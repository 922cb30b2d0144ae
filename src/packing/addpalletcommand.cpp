// SPDX-License-Identifier: GPL-3.0-or-later
#include "addpalletcommand.h"

#include "packingsession.h"

namespace VendorPack {

AddPalletCommand::AddPalletCommand(PackingSession &session)
    : PackingCommand(session, tr("Add pallet"))
{
}

bool AddPalletCommand::forward(PackingEdit &edit)
{
    if (!m_node) {
        ShipmentLine line;
        line.type = NodeType::Pallet;
        line.identifierType = IdentifierType::Sscc;
        line.layersPerPallet = 1;
        line.itemsPerLayer = 1;
        m_node = edit.create(m_stash, line);
        const auto sscc = edit.allocateSscc(m_node);
        if (!sscc)
            return false;
        m_stash[m_node]->line().identifierValue = *sscc;
    }
    ShipmentNode *node = edit.insert(m_stash, m_node, edit.shipment().root());
    edit.audit().action = QStringLiteral("pallet.add");
    edit.audit().nodeId = m_node;
    edit.audit().sscc = node->line().identifierValue;
    return true;
}

bool AddPalletCommand::backward(PackingEdit &edit)
{
    ShipmentNode *node = edit.node(m_node);
    if (!node)
        return edit.fail(lineGone());
    edit.audit().action = QStringLiteral("pallet.remove");
    edit.audit().nodeId = m_node;
    edit.audit().sscc = node->line().identifierValue;
    edit.take(m_stash, node);
    return true;
}

} // namespace VendorPack
