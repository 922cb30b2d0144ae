// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packingcommand.h"

#include <QCoreApplication>

namespace VendorPack {

// A carton or pallet gets a new SSCC: the old one is voided in the ledger (reason) and a new one
// drawn from it, in one transaction. A voided SSCC never comes back, so a relabel cannot be
// undone: the command makes itself obsolete once committed and QUndoStack drops it (the history
// before it stays undoable; the redo history goes, as with any new action).
class RelabelNodeCommand : public PackingCommand
{
    Q_DECLARE_TR_FUNCTIONS(RelabelNodeCommand)
public:
    RelabelNodeCommand(PackingSession &session, NodeId node, const QString &reason);
    bool forward(PackingEdit &edit) override;
    bool backward(PackingEdit &edit) override;
    NodeId resultNode() const override { return m_node; }

private:
    NodeId m_node;
    QString m_reason;
};

} // namespace VendorPack
