// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"
#include "rulecontext.h"
#include "shipment.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace VendorPack {

// What one committed edit touched, so that revalidation checks only that.
struct ShipmentChange
{
    // Nodes whose fields changed, and roots of inserted or moved subtrees (checked whole).
    QList<NodeId> changed;
    // Parents that lost a child (moves and removals); 0 is the root.
    QList<NodeId> formerParents;
    // Detached subtrees (still alive during the call, owned by an undo command).
    QList<const ShipmentNode *> removed;
    // The header changed: everything is checked again.
    bool header = false;
};

// The answer to "may this happen?", asked before a move or insert.
struct MoveCheck
{
    bool allowed = true;
    QString rule; // the rule that forbids it
    QString reason; // a sentence for the status bar

    explicit operator bool() const { return allowed; }
    static MoveCheck refuse(const char *rule, const QString &reason)
    {
        return MoveCheck { false, QLatin1String(rule), reason };
    }
};

// Runs the packing rules over a shipment: in full, again after one change (only what the change
// touched), and as a yes/no check before a move or insert. Keeps per-node results and the running
// totals (SSCCs, units per PO line) that make revalidation independent of the shipment's size.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)
public:
    explicit Validator(RuleContext context = RuleContext());
    ~Validator();

    const RuleContext &context() const { return m_context; }
    // New orders, products or limits: call validate() again afterwards.
    void setContext(RuleContext context);

    // Full validation; remembers what revalidate() needs.
    void validate(const Shipment &shipment);
    // After a committed change to a shipment that was validated before.
    void revalidate(const Shipment &shipment, const ShipmentChange &change);

    // Current findings with resolved pointers: header, then the tree in order, then totals.
    Findings findings(const Shipment &shipment) const;
    // Findings on one node (its own fields and, for containers, their contents).
    Findings findingsFor(const Shipment &shipment, NodeId node) const;
    int count(Severity severity) const { return m_counts[int(severity)]; }
    bool hasErrors() const { return count(Severity::Error) > 0; }

    // Units of a PO line packed in the shipment (for "N of M packed" displays and checks).
    qint64 packedUnits(const QString &channelPurchaseOrderNo, const QString &sku) const;

    // May these nodes move under newParent (the root for the top level)?
    MoveCheck checkMove(const Shipment &shipment, const QList<const ShipmentNode *> &nodes,
                        const ShipmentNode *newParent) const;
    // May a new line (typically an item from a PO line) go under newParent?
    MoveCheck checkInsert(const Shipment &shipment, const ShipmentLine &line,
                          const ShipmentNode *newParent) const;

    // A full validation in one call (the CLI adds the reader's findings itself).
    static Findings validateOnce(const Shipment &shipment, const RuleContext &context);

private:
    static constexpr quint64 kNoLine = ~quint64(0);

    // What the rules found on one node, and what it adds to the shipment's totals.
    struct NodeRecord
    {
        Findings findings; // pointers relative to the node they name
        QString sscc; // a well-formed SSCC of a carton or pallet
        quint64 lineKey = kNoLine; // PO index << 32 | line index
        qint64 units = 0;
        int po = -1;
    };
    // Units packed of one PO line, and the items that pack them.
    struct Tally
    {
        qint64 units = 0;
        QList<NodeId> nodes;
    };

    void clear();
    void evaluateHeader(const Shipment &shipment);
    void evaluateTotals(const Shipment &shipment);
    void evaluateNode(const Shipment &shipment, const ShipmentNode *node, NodeRecord &record) const;
    void evaluateContainer(const ShipmentNode *node, Findings &out) const;
    void evaluatePurchaseOrder(const Shipment &shipment, int po);
    void evaluateSscc(const QString &sscc);
    void addContributions(NodeId id, const NodeRecord &record);
    void removeContributions(NodeId id, const NodeRecord &record);
    void replace(Findings &slot, Findings next);
    // Findings as stored: pointers relative to their node.
    Findings unresolvedFindings(const Shipment &shipment) const;
    void resolve(const QString &nodePointer, Finding &finding) const;

    RuleContext m_context;
    QHash<NodeId, NodeRecord> m_records;
    Findings m_headerFindings;
    Findings m_totalFindings;
    QHash<QString, QList<NodeId>> m_ssccNodes;
    QHash<QString, Findings> m_ssccFindings;
    QHash<quint64, Tally> m_tallies;
    QHash<int, int> m_poItems; // PO index -> packed item lines
    QHash<int, Findings> m_poFindings;
    int m_counts[3] = { 0, 0, 0 };
};

} // namespace VendorPack
