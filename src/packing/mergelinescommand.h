// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packingcommand.h"

#include <QCoreApplication>

namespace VendorPack {

// Items of the same SKU, PO, unit, lot and expiry in one container merged into the first.
class MergeLinesCommand : public PackingCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeLinesCommand)
public:
    MergeLinesCommand(PackingSession &session, const QList<NodeId> &nodes);
    bool forward(PackingEdit &edit) override;
    bool backward(PackingEdit &edit) override;
    NodeId resultNode() const override { return m_nodes.value(0); }

private:
    NodeStash m_stash;
    QList<NodeId> m_nodes; // in row order; the first keeps the sum
    QList<int> m_rows;
    QList<qint64> m_quantities;
};

} // namespace VendorPack
