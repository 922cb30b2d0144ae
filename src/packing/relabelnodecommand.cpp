// SPDX-License-Identifier: GPL-3.0-or-later
#include "relabelnodecommand.h"

#include "packingsession.h"

namespace VendorPack {

RelabelNodeCommand::RelabelNodeCommand(PackingSession &session, NodeId node, const QString &reason)
    : PackingCommand(session, tr("Relabel"))
    , m_node(node)
    , m_reason(reason)
{
}

bool RelabelNodeCommand::forward(PackingEdit &edit)
{
    // Committed or not, the command leaves the stack: there is no way back to a voided SSCC.
    setObsolete(true);
    ShipmentNode *node = edit.node(m_node);
    if (!node || node->isRoot() || node->type() == NodeType::Item)
        return edit.fail(lineGone());
    const QString old = node->line().identifierValue;
    if (!old.isEmpty() && !edit.voidSscc(old, m_reason, m_node))
        return false;
    const auto sscc = edit.allocateSscc(m_node);
    if (!sscc)
        return false;
    ShipmentLine line = node->line();
    line.identifierType = IdentifierType::Sscc;
    line.identifierValue = *sscc;
    edit.setLine(node, line);
    edit.addNote(PackingSession::tr("relabelled: %1 → %2 (the old SSCC is void for good; a "
                                    "relabel cannot be undone)")
                     .arg(old.isEmpty() ? PackingSession::tr("(none)") : old, *sscc));
    edit.audit().action = QStringLiteral("label.relabel");
    edit.audit().nodeId = m_node;
    edit.audit().sscc = *sscc;
    edit.audit().before = old;
    edit.audit().after = *sscc + QLatin1Char(' ') + m_reason;
    return true;
}

bool RelabelNodeCommand::backward(PackingEdit &edit)
{
    // Never on the stack (obsolete once pushed); refuse rather than guess.
    return edit.fail(PackingSession::tr("a relabel cannot be undone: the old SSCC is void"));
}

} // namespace VendorPack
