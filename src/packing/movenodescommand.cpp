// SPDX-License-Identifier: GPL-3.0-or-later
#include "movenodescommand.h"

#include "packingsession.h"

namespace VendorPack {

MoveNodesCommand::MoveNodesCommand(PackingSession &session, const QList<NodeId> &nodes,
                                   NodeId newParent, int row)
    : PackingCommand(session,
                     nodes.size() == 1 ? tr("Move line")
                                       : tr("Move %n line(s)", nullptr, int(nodes.size())))
    , m_nodes(nodes)
    , m_newParent(newParent)
    , m_row(row)
{
}

bool MoveNodesCommand::forward(PackingEdit &edit)
{
    ShipmentNode *target = edit.node(m_newParent);
    if (!target)
        return edit.fail(lineGone());
    m_origins.clear();
    int insertRow = m_row;
    for (NodeId id : m_nodes) {
        ShipmentNode *node = edit.node(id);
        if (!node || node->isRoot())
            return edit.fail(lineGone());
        m_origins.append(Origin { node->parent()->id(), node->row() });
        int row = insertRow;
        if (row >= 0 && node->parent() == target && node->row() < row)
            --row;
        edit.move(node, target, row);
        if (insertRow >= 0)
            insertRow = node->row() + 1;
    }
    edit.audit().action = QStringLiteral("node.move");
    edit.audit().nodeId = m_nodes.value(0);
    if (const ShipmentNode *first = edit.node(m_nodes.value(0)))
        edit.audit().sscc
            = first->type() == NodeType::Item ? QString() : first->line().identifierValue;
    edit.audit().after = QStringLiteral("parent %1").arg(m_newParent);
    return true;
}

bool MoveNodesCommand::backward(PackingEdit &edit)
{
    for (qsizetype i = m_nodes.size() - 1; i >= 0; --i) {
        ShipmentNode *node = edit.node(m_nodes[i]);
        ShipmentNode *parent = edit.node(m_origins[i].parent);
        if (!node || !parent)
            return edit.fail(lineGone());
        edit.move(node, parent, m_origins[i].row);
    }
    edit.audit().action = QStringLiteral("node.move");
    edit.audit().nodeId = m_nodes.value(0);
    edit.audit().after = QStringLiteral("parent %1").arg(m_origins.value(0).parent);
    return true;
}

} // namespace VendorPack
