// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packingcommand.h"

#include <QCoreApplication>

namespace VendorPack {

// A new pallet at the top level with a new SSCC; undo detaches it (the SSCC stays allocated, so
// redo brings the same pallet back).
class AddPalletCommand : public PackingCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddPalletCommand)
public:
    explicit AddPalletCommand(PackingSession &session);
    bool forward(PackingEdit &edit) override;
    bool backward(PackingEdit &edit) override;
    NodeId resultNode() const override { return m_node; }

private:
    NodeStash m_stash;
    NodeId m_node = 0;
};

} // namespace VendorPack
