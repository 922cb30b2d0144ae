// SPDX-License-Identifier: GPL-3.0-or-later
#include "packingcommand.h"

#include "packingsession.h"

namespace VendorPack {

PackingCommand::PackingCommand(PackingSession &session, const QString &text, MergeId mergeId)
    : QUndoCommand(text)
    , m_session(session)
    , m_mergeId(mergeId)
{
}

QString PackingCommand::lineGone()
{
    return PackingSession::tr("a line this action needs is no longer in the shipment");
}

void PackingCommand::redo()
{
    if (!m_session.execute(*this, true))
        setObsolete(true);
}

void PackingCommand::undo()
{
    if (!m_session.execute(*this, false))
        setObsolete(true);
}

} // namespace VendorPack
