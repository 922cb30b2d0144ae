// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packingcommand.h"

#include <QCoreApplication>

namespace VendorPack {

// Nodes removed with everything below them; their SSCCs are voided (reason) and undo brings the
// subtrees back with new SSCCs.
class DeleteNodesCommand : public PackingCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteNodesCommand)
public:
    DeleteNodesCommand(PackingSession &session, const QList<NodeId> &nodes, const QString &reason);
    bool forward(PackingEdit &edit) override;
    bool backward(PackingEdit &edit) override;

private:
    struct Place
    {
        NodeId node;
        NodeId parent;
        int row;
    };
    NodeStash m_stash;
    QList<NodeId> m_nodes;
    QString m_reason;
    QList<Place> m_places; // document order
};

} // namespace VendorPack
