// SPDX-License-Identifier: GPL-3.0-or-later
#include "addcartoncommand.h"

#include "packingsession.h"

namespace VendorPack {

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
        return edit.fail(lineGone());
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
        return edit.fail(lineGone());
    edit.audit().action = QStringLiteral("carton.remove");
    edit.audit().nodeId = m_node;
    edit.audit().sscc = node->line().identifierValue;
    edit.take(m_stash, node);
    return true;
}

} // namespace VendorPack
