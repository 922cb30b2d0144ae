// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packingcommand.h"
#include "packingsession.h"

#include <type_traits>

namespace VendorPack {

// One property edit of a node's line (Object = ShipmentLine) or of the shipment header
// (Object = ShipmentHeader, node 0): the member, its old and new value. Consecutive edits of the
// same member of the same object merge into one undo step.
template<typename Object, typename Value>
class ChangeValueCommand : public PackingCommand
{
public:
    ChangeValueCommand(PackingSession &session, NodeId node, Value Object::*member, Value value,
                       MergeId mergeId, const QString &text)
        : PackingCommand(session, text, mergeId)
        , m_node(node)
        , m_member(member)
        , m_value(std::move(value))
    {
    }

    bool forward(PackingEdit &edit) override { return apply(edit, m_value, true); }
    bool backward(PackingEdit &edit) override { return apply(edit, *m_before, false); }
    NodeId resultNode() const override { return m_node; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const ChangeValueCommand *>(other);
        if (!next || next->isObsolete() || isObsolete() || next->m_node != m_node
            || next->m_member != m_member || id() == int(MergeId::None))
            return false;
        m_value = next->m_value;
        return true;
    }

private:
    bool apply(PackingEdit &edit, const Value &value, bool recordBefore)
    {
        if constexpr (std::is_same_v<Object, ShipmentHeader>) {
            ShipmentHeader header = edit.shipment().header();
            if (recordBefore && !m_before)
                m_before = header.*m_member;
            header.*m_member = value;
            edit.setHeader(header);
            edit.audit().action = QStringLiteral("header.edit");
        } else {
            ShipmentNode *node = edit.node(m_node);
            if (!node || node->isRoot())
                return edit.fail(PackingSession::tr("the line to change is no longer there"));
            ShipmentLine line = node->line();
            if (recordBefore && !m_before)
                m_before = line.*m_member;
            line.*m_member = value;
            edit.setLine(node, line);
            edit.audit().action = QStringLiteral("node.edit");
            edit.audit().nodeId = m_node;
        }
        return true;
    }

    NodeId m_node;
    Value Object::*m_member;
    Value m_value;
    std::optional<Value> m_before;
};

} // namespace VendorPack
