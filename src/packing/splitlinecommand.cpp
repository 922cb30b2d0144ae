// SPDX-License-Identifier: GPL-3.0-or-later
#include "splitlinecommand.h"

#include "packingsession.h"

namespace VendorPack {

SplitLineCommand::SplitLineCommand(PackingSession &session, NodeId node, qint64 quantity,
                                   NodeId moveTo)
    : PackingCommand(session, moveTo ? tr("Move %1 units").arg(quantity) : tr("Split line"))
    , m_node(node)
    , m_quantity(quantity)
    , m_moveTo(moveTo)
{
}

bool SplitLineCommand::forward(PackingEdit &edit)
{
    ShipmentNode *node = edit.node(m_node);
    if (!node || node->isRoot())
        return edit.fail(lineGone());
    ShipmentLine line = node->line();
    if (line.quantity.value_or(0) <= m_quantity)
        return edit.fail(
            PackingSession::tr("the line holds only %1").arg(line.quantity.value_or(0)));
    if (!m_newNode) {
        ShipmentLine part = line;
        part.quantity = m_quantity;
        m_newNode = edit.create(m_stash, part);
    }
    line.quantity = *line.quantity - m_quantity;
    edit.setLine(node, line);
    if (m_moveTo) {
        ShipmentNode *target = edit.node(m_moveTo);
        if (!target)
            return edit.fail(lineGone());
        edit.insert(m_stash, m_newNode, target);
    } else {
        edit.insert(m_stash, m_newNode, node->parent(), node->row() + 1);
    }
    edit.audit().action
        = m_moveTo ? QStringLiteral("item.move-units") : QStringLiteral("item.split");
    edit.audit().nodeId = m_node;
    edit.audit().after = QStringLiteral("%1 split off into node %2").arg(m_quantity).arg(m_newNode);
    return true;
}

bool SplitLineCommand::backward(PackingEdit &edit)
{
    ShipmentNode *node = edit.node(m_node);
    ShipmentNode *part = edit.node(m_newNode);
    if (!node || !part)
        return edit.fail(lineGone());
    edit.take(m_stash, part);
    ShipmentLine line = node->line();
    line.quantity = line.quantity.value_or(0) + m_quantity;
    edit.setLine(node, line);
    edit.audit().action = QStringLiteral("item.join");
    edit.audit().nodeId = m_node;
    return true;
}

} // namespace VendorPack
