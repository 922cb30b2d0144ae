// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/validator.h"
#include "storage/auditlog.h"
#include "storage/shipmentrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace VendorPack {

class PackingSession;
class ShipmentTreeModel;

// Detached subtrees an undo command owns while they are out of the tree, by their root's id.
using NodeStash = std::map<NodeId, std::unique_ptr<ShipmentNode>>;

// One committed change in the making: what an undo command does to the tree goes through it to
// the model's mutators, is journalled (so a failed commit replays it backwards) and collected
// (the node rows to store, the ShipmentChange to revalidate); SSCCs are drawn and voided in the
// open transaction.
class PackingEdit
{
    Q_DECLARE_TR_FUNCTIONS(PackingEdit)

public:
    explicit PackingEdit(PackingSession &session);
    ~PackingEdit();
    PackingEdit(const PackingEdit &) = delete;
    PackingEdit &operator=(const PackingEdit &) = delete;

    Shipment &shipment() const;
    PackingSession &session() const { return m_session; }
    ShipmentNode *node(NodeId id) const; // nullptr when unknown (0: the root)

    // A new detached node with a fresh id, kept in the stash; its id.
    NodeId create(NodeStash &stash, const ShipmentLine &line);
    // Puts a stashed subtree back into the tree at parent/row (-1: at the end).
    ShipmentNode *insert(NodeStash &stash, NodeId id, ShipmentNode *parent, int row = -1);
    // Takes a subtree out of the tree into the stash.
    void take(NodeStash &stash, ShipmentNode *node);
    // Moves a subtree; row counted after it left its old place (-1: at the end).
    void move(ShipmentNode *node, ShipmentNode *newParent, int row = -1);
    void setLine(ShipmentNode *node, const ShipmentLine &line);
    void setHeader(const ShipmentHeader &header);

    // SSCCs in the open transaction. Each returns false (and sets the failure) when refused.
    std::optional<QString> allocateSscc(NodeId node); // company prefix from the profile
    bool recordExternal(const QString &sscc, NodeId node);
    // Voids a container's SSCC (recorded first when the ledger does not know it).
    bool voidSscc(const QString &sscc, const QString &reason, NodeId node);
    // Voids the SSCCs of every carton and pallet in the subtree; appends them to *voided.
    bool voidSubtree(const ShipmentNode *node, const QString &reason, QStringList *voided);
    // Gives every container in the subtree that has an SSCC a new one (after a voiding delete
    // was undone); "old → new" pairs appended to *renewed.
    bool renewSubtree(ShipmentNode *node, QStringList *renewed);

    bool fail(const QString &message); // always false
    QString failure() const { return m_failure; }
    void addNote(const QString &message) { m_notes.append(message); }
    QStringList notes() const { return m_notes; }

    // The audit entry of this change (user, station and shipment filled in by the session).
    AuditEntry &audit() { return m_audit; }

    // For the session: undoes every step through the mutators (the transaction rolled back).
    void revert();
    ShipmentChangeSet changeSet() const;
    ShipmentChange change() const;
    // Nodes whose rows and totals changed, for the model's refresh.
    QList<NodeId> touched() const;
    bool isEmpty() const { return m_steps.empty(); }

private:
    struct Step
    {
        enum class Kind { Insert, Take, Move, SetLine, SetHeader };
        Kind kind;
        NodeId id = 0;
        NodeId parent = 0;
        int row = 0;
        NodeStash *stash = nullptr;
        ShipmentLine line;
        std::optional<ShipmentHeader> header;
    };

    void markChildren(NodeId parent, int fromRow);
    ShipmentTreeModel &model() const;

    PackingSession &m_session;
    std::vector<Step> m_steps;
    QSet<NodeId> m_subtrees; // inserted: every row below
    QSet<NodeId> m_nodes; // moved or edited
    QHash<NodeId, int> m_children; // parent -> first row whose position changed
    QSet<NodeId> m_formerParents;
    QList<NodeId> m_removedIds; // every id of taken subtrees
    QList<const ShipmentNode *> m_removed; // roots of taken subtrees
    bool m_header = false;
    QString m_failure;
    QStringList m_notes;
    AuditEntry m_audit;
};

} // namespace VendorPack
