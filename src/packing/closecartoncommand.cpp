// SPDX-License-Identifier: GPL-3.0-or-later
#include "closecartoncommand.h"

#include "packingsession.h"

namespace VendorPack {

CloseCartonCommand::CloseCartonCommand(PackingSession &session, NodeId node, const Weight &weight,
                                       const Dimensions &dimensions)
    : PackingCommand(session, tr("Close carton"))
    , m_node(node)
    , m_weight(weight)
    , m_dimensions(dimensions)
{
}

bool CloseCartonCommand::forward(PackingEdit &edit)
{
    ShipmentNode *node = edit.node(m_node);
    if (!node || node->isRoot())
        return edit.fail(lineGone());
    if (!m_before)
        m_before = node->line();
    ShipmentLine line = node->line();
    line.weight = m_weight;
    line.dimensions = m_dimensions;
    edit.setLine(node, line);
    edit.audit().action = QStringLiteral("carton.close");
    edit.audit().nodeId = m_node;
    edit.audit().sscc = line.identifierValue;
    return true;
}

bool CloseCartonCommand::backward(PackingEdit &edit)
{
    ShipmentNode *node = edit.node(m_node);
    if (!node || !m_before)
        return edit.fail(lineGone());
    ShipmentLine line = node->line();
    line.weight = m_before->weight;
    line.dimensions = m_before->dimensions;
    edit.setLine(node, line);
    edit.audit().action = QStringLiteral("carton.reopen");
    edit.audit().nodeId = m_node;
    edit.audit().sscc = m_before->identifierValue;
    return true;
}

} // namespace VendorPack
