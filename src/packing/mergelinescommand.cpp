// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergelinescommand.h"

#include "packingsession.h"

#include <algorithm>

namespace VendorPack {

MergeLinesCommand::MergeLinesCommand(PackingSession &session, const QList<NodeId> &nodes)
    : PackingCommand(session, tr("Merge %n line(s)", nullptr, int(nodes.size())))
    , m_nodes(nodes)
{
}

bool MergeLinesCommand::forward(PackingEdit &edit)
{
    QList<ShipmentNode *> nodes;
    for (NodeId id : m_nodes) {
        ShipmentNode *node = edit.node(id);
        if (!node || node->isRoot())
            return edit.fail(lineGone());
        nodes.append(node);
    }
    std::sort(nodes.begin(), nodes.end(),
              [](const ShipmentNode *a, const ShipmentNode *b) { return a->row() < b->row(); });
    m_nodes.clear();
    m_rows.clear();
    m_quantities.clear();
    qint64 sum = 0;
    for (ShipmentNode *node : nodes) {
        m_nodes.append(node->id());
        m_rows.append(node->row());
        m_quantities.append(node->line().quantity.value_or(0));
        sum += node->line().quantity.value_or(0);
    }
    for (qsizetype i = nodes.size() - 1; i >= 1; --i)
        edit.take(m_stash, nodes[i]);
    ShipmentLine line = nodes.first()->line();
    line.quantity = sum;
    edit.setLine(nodes.first(), line);
    edit.audit().action = QStringLiteral("item.merge");
    edit.audit().nodeId = m_nodes.first();
    return true;
}

bool MergeLinesCommand::backward(PackingEdit &edit)
{
    ShipmentNode *first = edit.node(m_nodes.value(0));
    if (!first)
        return edit.fail(lineGone());
    ShipmentNode *parent = first->parent();
    ShipmentLine line = first->line();
    line.quantity = m_quantities.first();
    edit.setLine(first, line);
    for (qsizetype i = 1; i < m_nodes.size(); ++i)
        edit.insert(m_stash, m_nodes[i], parent, m_rows[i]);
    edit.audit().action = QStringLiteral("item.unmerge");
    edit.audit().nodeId = m_nodes.first();
    return true;
}

} // namespace VendorPack
