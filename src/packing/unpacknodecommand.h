// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packingcommand.h"

#include <QCoreApplication>

namespace VendorPack {

// A container's contents moved to its parent and the container removed; its SSCC is voided
// (reason), so undo brings it back with a new SSCC.
class UnpackNodeCommand : public PackingCommand
{
    Q_DECLARE_TR_FUNCTIONS(UnpackNodeCommand)
public:
    UnpackNodeCommand(PackingSession &session, NodeId node, const QString &reason);
    bool forward(PackingEdit &edit) override;
    bool backward(PackingEdit &edit) override;
    NodeId resultNode() const override { return m_node; }

private:
    NodeStash m_stash;
    NodeId m_node;
    QString m_reason;
    NodeId m_parent = 0;
    int m_row = 0;
    QList<NodeId> m_contents;
};

} // namespace VendorPack
