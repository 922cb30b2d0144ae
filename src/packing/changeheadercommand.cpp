// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeheadercommand.h"

namespace VendorPack {

ChangeHeaderCommand::ChangeHeaderCommand(PackingSession &session, const ShipmentHeader &header)
    : PackingCommand(session, tr("Change shipment header"), MergeId::Header)
    , m_after(header)
{
}

bool ChangeHeaderCommand::forward(PackingEdit &edit)
{
    if (!m_before)
        m_before = edit.shipment().header();
    edit.setHeader(m_after);
    edit.audit().action = QStringLiteral("header.edit");
    return true;
}

bool ChangeHeaderCommand::backward(PackingEdit &edit)
{
    edit.setHeader(*m_before);
    edit.audit().action = QStringLiteral("header.edit");
    return true;
}

bool ChangeHeaderCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const ChangeHeaderCommand *>(other);
    if (!next || next->isObsolete() || isObsolete())
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace VendorPack
