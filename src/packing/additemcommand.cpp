// SPDX-License-Identifier: GPL-3.0-or-later
#include "additemcommand.h"

#include "packingsession.h"

namespace VendorPack {

AddItemCommand::AddItemCommand(PackingSession &session, NodeId parent, const ShipmentLine &line,
                               NodeId mergeInto)
    : PackingCommand(session, tr("Add %1").arg(line.identifierValue))
    , m_parent(parent)
    , m_line(line)
    , m_mergeInto(mergeInto)
{
}

bool AddItemCommand::forward(PackingEdit &edit)
{
    edit.audit().action = QStringLiteral("item.add");
    edit.audit().after = QStringLiteral("%1 x %2 (PO %3)")
                             .arg(m_line.quantity.value_or(0))
                             .arg(m_line.identifierValue, m_line.channelPurchaseOrderNo);
    if (m_mergeInto) {
        ShipmentNode *node = edit.node(m_mergeInto);
        if (!node)
            return edit.fail(lineGone());
        ShipmentLine line = node->line();
        line.quantity = line.quantity.value_or(0) + m_line.quantity.value_or(0);
        edit.setLine(node, line);
        edit.audit().nodeId = m_mergeInto;
        return true;
    }
    ShipmentNode *parent = edit.node(m_parent);
    if (!parent)
        return edit.fail(lineGone());
    if (!m_node)
        m_node = edit.create(m_stash, m_line);
    edit.insert(m_stash, m_node, parent);
    edit.audit().nodeId = m_node;
    return true;
}

bool AddItemCommand::backward(PackingEdit &edit)
{
    edit.audit().action = QStringLiteral("item.remove");
    if (m_mergeInto) {
        ShipmentNode *node = edit.node(m_mergeInto);
        if (!node)
            return edit.fail(lineGone());
        ShipmentLine line = node->line();
        line.quantity = line.quantity.value_or(0) - m_line.quantity.value_or(0);
        edit.setLine(node, line);
        edit.audit().nodeId = m_mergeInto;
        return true;
    }
    ShipmentNode *node = edit.node(m_node);
    if (!node)
        return edit.fail(lineGone());
    edit.take(m_stash, node);
    edit.audit().nodeId = m_node;
    return true;
}

} // namespace VendorPack
