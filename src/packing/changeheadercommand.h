// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packingcommand.h"

#include <QCoreApplication>

namespace VendorPack {

// The shipment header edited as one value: the header form's edits merge into one undo step
// while the user types.
class ChangeHeaderCommand : public PackingCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeHeaderCommand)
public:
    ChangeHeaderCommand(PackingSession &session, const ShipmentHeader &header);
    bool forward(PackingEdit &edit) override;
    bool backward(PackingEdit &edit) override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ShipmentHeader m_after;
    std::optional<ShipmentHeader> m_before;
};

} // namespace VendorPack
