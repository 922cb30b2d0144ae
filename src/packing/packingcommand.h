// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packingedit.h"

#include <QUndoCommand>

namespace VendorPack {

class PackingSession;

// Merge ids of the property edits, so that typing into one field of one node is one undo step.
enum class MergeId {
    None = -1,
    Identifier = 1,
    Quantity,
    LotNo,
    ExpiryDate,
    Dimensions,
    Weight,
    HandlingCode,
    LayersPerPallet,
    ItemsPerLayer,
    Header
};

// The base of the packing undo commands: redo() and undo() are each one committed change through
// PackingSession::execute(); a command whose change could not be committed makes itself obsolete
// so that QUndoStack drops it.
class PackingCommand : public QUndoCommand
{
public:
    PackingCommand(PackingSession &session, const QString &text, MergeId mergeId = MergeId::None);

    void redo() final;
    void undo() final;
    int id() const override { return int(m_mergeId); }

    // The change in each direction, through the edit only; false with edit.fail() when the tree
    // no longer allows it.
    virtual bool forward(PackingEdit &edit) = 0;
    virtual bool backward(PackingEdit &edit) = 0;
    // The node to report (select) after the change.
    virtual NodeId resultNode() const { return 0; }

protected:
    PackingSession &session() const { return m_session; }
    // The refusal when a node the command needs has gone (a stale history).
    static QString lineGone();

private:
    PackingSession &m_session;
    MergeId m_mergeId;
};

} // namespace VendorPack
