// SPDX-License-Identifier: GPL-3.0-or-later
#include "packingcommands.h"

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

QString missing()
{
    return PackingSession::tr("a line this action needs is no longer in the shipment");
}

} // namespace

// AddPalletCommand

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
        return edit.fail(missing());
    edit.audit().action = QStringLiteral("pallet.remove");
    edit.audit().nodeId = m_node;
    edit.audit().sscc = node->line().identifierValue;
    edit.take(m_stash, node);
    return true;
}

// AddCartonCommand

AddCartonCommand::AddCartonCommand(PackingSession &session, NodeId parent,
                                   const QString &externalSscc)
    : PackingCommand(session, tr("Add carton"))
    , m_parent(parent)
    , m_externalSscc(externalSscc)
{
}

bool AddCartonCommand::forward(PackingEdit &edit)
{
    ShipmentNode *parent = edit.node(m_parent);
    if (!parent)
        return edit.fail(missing());
    if (!m_node) {
        ShipmentLine line;
        line.type = NodeType::Carton;
        line.identifierType = IdentifierType::Sscc;
        m_node = edit.create(m_stash, line);
        QString sscc = m_externalSscc;
        if (sscc.isEmpty()) {
            const auto allocated = edit.allocateSscc(m_node);
            if (!allocated)
                return false;
            sscc = *allocated;
        } else if (!edit.recordExternal(sscc, m_node)) {
            return false;
        }
        m_stash[m_node]->line().identifierValue = sscc;
    }
    ShipmentNode *node = edit.insert(m_stash, m_node, parent);
    edit.audit().action = QStringLiteral("carton.add");
    edit.audit().nodeId = m_node;
    edit.audit().sscc = node->line().identifierValue;
    return true;
}

bool AddCartonCommand::backward(PackingEdit &edit)
{
    ShipmentNode *node = edit.node(m_node);
    if (!node)
        return edit.fail(missing());
    edit.audit().action = QStringLiteral("carton.remove");
    edit.audit().nodeId = m_node;
    edit.audit().sscc = node->line().identifierValue;
    edit.take(m_stash, node);
    return true;
}

// AddItemCommand

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
            return edit.fail(missing());
        ShipmentLine line = node->line();
        line.quantity = line.quantity.value_or(0) + m_line.quantity.value_or(0);
        edit.setLine(node, line);
        edit.audit().nodeId = m_mergeInto;
        return true;
    }
    ShipmentNode *parent = edit.node(m_parent);
    if (!parent)
        return edit.fail(missing());
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
            return edit.fail(missing());
        ShipmentLine line = node->line();
        line.quantity = line.quantity.value_or(0) - m_line.quantity.value_or(0);
        edit.setLine(node, line);
        edit.audit().nodeId = m_mergeInto;
        return true;
    }
    ShipmentNode *node = edit.node(m_node);
    if (!node)
        return edit.fail(missing());
    edit.take(m_stash, node);
    edit.audit().nodeId = m_node;
    return true;
}

// MoveNodesCommand

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
        return edit.fail(missing());
    m_origins.clear();
    int insertRow = m_row;
    for (NodeId id : m_nodes) {
        ShipmentNode *node = edit.node(id);
        if (!node || node->isRoot())
            return edit.fail(missing());
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
            return edit.fail(missing());
        edit.move(node, parent, m_origins[i].row);
    }
    edit.audit().action = QStringLiteral("node.move");
    edit.audit().nodeId = m_nodes.value(0);
    edit.audit().after = QStringLiteral("parent %1").arg(m_origins.value(0).parent);
    return true;
}

// SplitLineCommand

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
        return edit.fail(missing());
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
            return edit.fail(missing());
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
        return edit.fail(missing());
    edit.take(m_stash, part);
    ShipmentLine line = node->line();
    line.quantity = line.quantity.value_or(0) + m_quantity;
    edit.setLine(node, line);
    edit.audit().action = QStringLiteral("item.join");
    edit.audit().nodeId = m_node;
    return true;
}

// MergeLinesCommand

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
            return edit.fail(missing());
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
        return edit.fail(missing());
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

// UnpackNodeCommand

UnpackNodeCommand::UnpackNodeCommand(PackingSession &session, NodeId node, const QString &reason)
    : PackingCommand(session, tr("Unpack"))
    , m_node(node)
    , m_reason(reason)
{
}

bool UnpackNodeCommand::forward(PackingEdit &edit)
{
    ShipmentNode *node = edit.node(m_node);
    if (!node || node->isRoot())
        return edit.fail(missing());
    ShipmentNode *parent = node->parent();
    m_parent = parent->id();
    m_row = node->row();
    m_contents.clear();
    for (const auto &child : node->children())
        m_contents.append(child->id());
    const QString sscc = node->line().identifierValue;
    int row = m_row;
    for (NodeId id : m_contents)
        edit.move(edit.node(id), parent, row++);
    if (!edit.voidSscc(sscc, m_reason, m_node))
        return false;
    edit.take(m_stash, node);
    edit.audit().action = QStringLiteral("node.unpack");
    edit.audit().nodeId = m_node;
    edit.audit().sscc = sscc;
    edit.audit().after = m_reason;
    return true;
}

bool UnpackNodeCommand::backward(PackingEdit &edit)
{
    ShipmentNode *parent = edit.node(m_parent);
    if (!parent)
        return edit.fail(missing());
    const QString old = m_stash.count(m_node) ? m_stash[m_node]->line().identifierValue : QString();
    ShipmentNode *node = edit.insert(m_stash, m_node, parent, m_row);
    for (int i = 0; i < m_contents.size(); ++i) {
        ShipmentNode *child = edit.node(m_contents[i]);
        if (!child)
            return edit.fail(missing());
        edit.move(child, node, i);
    }
    QStringList renewed;
    if (!edit.renewSubtree(node, &renewed))
        return false;
    if (!renewed.isEmpty())
        edit.addNote(PackingSession::tr("restored with a new SSCC (the old one stays void): %1")
                         .arg(renewed.join(QStringLiteral(", "))));
    edit.audit().action = QStringLiteral("node.repack");
    edit.audit().nodeId = m_node;
    edit.audit().before = old;
    edit.audit().sscc = node->line().identifierValue;
    return true;
}

// DeleteNodesCommand

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
            return edit.fail(missing());
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
            return edit.fail(missing());
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

// CloseCartonCommand

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
        return edit.fail(missing());
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
        return edit.fail(missing());
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
