// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packingcommand.h"

#include <QCoreApplication>

namespace VendorPack {

// A new carton, at the top level or on a pallet, with a new SSCC or a scanned pre-printed one
// (recorded external); undo detaches it, its SSCC stays in the ledger for redo.
class AddCartonCommand : public PackingCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddCartonCommand)
public:
    AddCartonCommand(PackingSession &session, NodeId parent, const QString &externalSscc);
    bool forward(PackingEdit &edit) override;
    bool backward(PackingEdit &edit) override;
    NodeId resultNode() const override { return m_node; }

private:
    NodeStash m_stash;
    NodeId m_parent;
    QString m_externalSscc;
    NodeId m_node = 0;
};

} // namespace VendorPack
