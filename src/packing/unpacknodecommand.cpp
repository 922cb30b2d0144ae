// SPDX-License-Identifier: GPL-3.0-or-later
#include "unpacknodecommand.h"

#include "packingsession.h"

namespace VendorPack {

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
        return edit.fail(lineGone());
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
        return edit.fail(lineGone());
    const QString old = m_stash.count(m_node) ? m_stash[m_node]->line().identifierValue : QString();
    ShipmentNode *node = edit.insert(m_stash, m_node, parent, m_row);
    for (int i = 0; i < m_contents.size(); ++i) {
        ShipmentNode *child = edit.node(m_contents[i]);
        if (!child)
            return edit.fail(lineGone());
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

} // namespace VendorPack
