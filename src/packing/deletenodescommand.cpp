// SPDX-License-Identifier: GPL-3.0-or-later
#include "deletenodescommand.h"

#include "packingsession.h"

#include <algorithm>

namespace VendorPack {

namespace {

// The path of rows from the root: sorts nodes in document order.
QList<int> pathOf(const ShipmentNode *node)
{
    QList<int> path;
    for (; node && !node->isRoot(); node = node->parent())
        path.prepend(node->row());
    return path;
}

} // namespace

DeleteNodesCommand::DeleteNodesCommand(PackingSession &session, const QList<NodeId> &nodes,
                                       const QString &reason)
    : PackingCommand(session, tr("Delete %n line(s)", nullptr, int(nodes.size())))
    , m_nodes(nodes)
    , m_reason(reason)
{
}

bool DeleteNodesCommand::forward(PackingEdit &edit)
{
    QList<ShipmentNode *> nodes;
    for (NodeId id : m_nodes) {
        ShipmentNode *node = edit.node(id);
        if (!node || node->isRoot())
            return edit.fail(lineGone());
        nodes.append(node);
    }
    // Nodes under another deleted node go with it; the rest in document order.
    nodes.erase(std::remove_if(nodes.begin(), nodes.end(),
                               [&nodes](const ShipmentNode *node) {
                                   return std::any_of(nodes.cbegin(), nodes.cend(),
                                                      [node](const ShipmentNode *other) {
                                                          return other->isAncestorOf(node);
                                                      });
                               }),
                nodes.end());
    std::sort(nodes.begin(), nodes.end(),
              [](const ShipmentNode *a, const ShipmentNode *b) { return pathOf(a) < pathOf(b); });
    m_places.clear();
    QStringList voided;
    for (ShipmentNode *node : nodes) {
        m_places.append(Place { node->id(), node->parent()->id(), node->row() });
        if (!edit.voidSubtree(node, m_reason, &voided))
            return false;
    }
    for (qsizetype i = nodes.size() - 1; i >= 0; --i)
        edit.take(m_stash, nodes[i]);
    edit.audit().action = QStringLiteral("node.delete");
    edit.audit().nodeId = m_places.value(0).node;
    edit.audit().sscc = voided.value(0);
    edit.audit().before = voided.join(u' ');
    edit.audit().after = m_reason;
    return true;
}

bool DeleteNodesCommand::backward(PackingEdit &edit)
{
    QStringList renewed;
    for (const Place &place : std::as_const(m_places)) {
        ShipmentNode *parent = edit.node(place.parent);
        if (!parent)
            return edit.fail(lineGone());
        ShipmentNode *node = edit.insert(m_stash, place.node, parent, place.row);
        if (!edit.renewSubtree(node, &renewed))
            return false;
    }
    if (!renewed.isEmpty())
        edit.addNote(PackingSession::tr("restored with new SSCCs (the old ones stay void): %1")
                         .arg(renewed.join(QStringLiteral(", "))));
    edit.audit().action = QStringLiteral("node.restore");
    edit.audit().nodeId = m_places.value(0).node;
    edit.audit().after = renewed.join(u' ');
    return true;
}

} // namespace VendorPack
