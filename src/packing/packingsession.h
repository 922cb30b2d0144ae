// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packingresult.h"

#include "core/orderbook.h"
#include "core/shipment.h"
#include "core/validator.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QUndoStack;

namespace VendorPack {

class RuleSources;

class PackingCommand;
class PackingEdit;
class ShipmentTreeModel;
class Station;

// One open shipment at this station: the domain shipment, its validator, undo stack and tree
// model, the lease that shows it as "open at station X" elsewhere.
//
// The commit path. Every user verb is one undo command (packingcommands.h). The session checks
// the packing rules first (Validator::checkMove/checkInsert) and refuses with the reason before
// anything changes. Then it pushes the command; the command's redo() and undo() each run
// PackingSession::execute(), which
//   1. begins ONE storage transaction,
//   2. lets the command change the tree through a PackingEdit, which calls only the model's
//      mutators (so the views follow) and journals every step, and lets it draw or void SSCCs in
//      the ledger inside that transaction,
//   3. writes the touched node rows with ShipmentRepository::apply() on the version the session
//      holds (another station's newer version is a Conflict), with one audit entry,
//   4. enqueues a shipment push of the new version in the outbox (which coalesces), and commits;
//   5. then sets the new version, revalidates only what the edit touched
//      (Validator::revalidate with the edit's ShipmentChange) and refreshes the touched rows.
// If any database step fails, the transaction rolls back, the journal replays the tree back
// through the mutators, the command makes itself obsolete (QUndoStack drops it), and the session
// emits actionFailed(): a Conflict reloads the shipment from the database (and clears the undo
// history, which belonged to the old tree), anything else keeps the tree as it was. Undo and redo
// are committed changes like any other: they bump the version and are pushed.
class PackingSession : public QObject
{
    Q_OBJECT

public:
    // How long a lease lasts, and how often it is renewed while open.
    static constexpr int kLeaseSeconds = 120;
    static constexpr int kLeaseRenewMs = 30 * 1000;

    // What create() needs: the FC and channel, and a number or "" for VP-<station>-<date>-<n>.
    struct NewShipment
    {
        QString shipToPartyId;
        qint64 channelId = 0; // 0: the profile's
        QString merchantShipmentNo;
    };

    // Units, weight and cartons of one node and what is below it.
    struct NodeTotals
    {
        qint64 units = 0; // eaches
        std::optional<double> weightGrams; // declared, else the sum of the children's declared
        int cartons = 0; // cartons below (a pallet's carton count)
        int items = 0; // item lines below
    };

    // One PO line this shipment's FC may still be packed with (the side pane).
    struct PoLineFill
    {
        QString purchaseOrderNo;
        QString sku;
        QString asin;
        QuantityUnit unitOfMeasure = QuantityUnit::Eaches;
        qint64 unitSize = 1;
        qint64 packedUnits = 0;
        qint64 acceptedUnits = 0;
        bool acknowledged = false;
        qint64 remainingUnits() const { return qMax<qint64>(0, acceptedUnits - packedUnits); }
    };

    explicit PackingSession(Station &station, QObject *parent = nullptr);
    ~PackingSession() override;

    // Creates and opens a new shipment for one FC.
    PackingResult create(const NewShipment &options);
    // Opens a stored shipment; read-only (still Ok) when another station holds it.
    PackingResult open(qint64 shipmentId);
    // Releases the lease; the session shows nothing afterwards.
    void close();

    // Extends this station's lease (the timer does it every kLeaseRenewMs); when another station
    // has taken the shipment over meanwhile, the session turns read-only and says so.
    PackingResult renewLease();
    // A supervisor takes the shipment over from the station that holds it (the caller checks the
    // role); the session becomes writable and reloads the stored tree.
    PackingResult takeOver();

    bool isOpen() const { return m_shipment != nullptr; }
    // Read-only: another station holds it, it is signed off or dispatched, or it is refused
    // from outside (setEditRefusal); the reason says which.
    bool isReadOnly() const { return m_readOnly || !m_editRefusal.isEmpty(); }
    QString readOnlyReason() const
    {
        return m_editRefusal.isEmpty() ? m_readOnlyReason : m_editRefusal;
    }
    // Refuses every edit of the open shipment with this reason (sync: ChannelEngine takes no
    // more updates, e.g. delivered); "" lifts it. Cleared when another shipment is opened.
    void setEditRefusal(const QString &reason);
    QString editRefusal() const { return m_editRefusal; }

    Station &station() const { return m_station; }
    Shipment *shipment() const { return m_shipment.get(); }
    qint64 shipmentId() const { return m_shipmentId; }
    ShipmentTreeModel *model() const { return m_model.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    const Validator &validator() const { return m_validator; }
    const OrderBook &orderBook() const;

    // Reloads the open POs (acknowledgements and status changes) and validates in full.
    PackingResult reloadOrders();

    // The verbs (toolbar actions, drops, scans). Each is one undo command and one transaction.
    PackingResult addPallet();
    // Into a pallet, or at the top level with parent 0. externalSscc: a pre-printed label.
    PackingResult addCarton(NodeId parent = 0, const QString &externalSscc = QString());
    // An item of a PO line into a carton or pallet: `units` eaches (a CASES line needs whole
    // cases). Merges into an item of the same SKU and PO in that container when there is one.
    PackingResult addItem(NodeId parent, const QString &purchaseOrderNo, const QString &sku,
                          qint64 units);
    // Moves nodes under newParent (0: top level) at row (-1: at the end).
    PackingResult moveNodes(const QList<NodeId> &nodes, NodeId newParent, int row = -1);
    // Moves `quantity` of an item (in the line's unit: cases for a CASES line) under newParent:
    // split and move as one command; the whole line when quantity covers it.
    PackingResult moveUnits(NodeId node, NodeId newParent, qint64 quantity);
    // Splits `quantity` (line unit) off an item into a new line right after it.
    PackingResult splitLine(NodeId node, qint64 quantity);
    // Merges items of the same SKU, PO, unit, lot and expiry in one container into the first.
    PackingResult mergeLines(const QList<NodeId> &nodes);
    // Moves a container's contents to its parent and removes it; its SSCC is voided.
    PackingResult unpack(NodeId node, const QString &reason);
    // Removes nodes with everything below them; their SSCCs are voided with the reason.
    PackingResult deleteNodes(const QList<NodeId> &nodes, const QString &reason);
    // Gives a carton or pallet a new SSCC from the ledger; the old one is voided with the reason.
    // Not undoable (a voided SSCC never comes back): the command is not kept on the undo stack.
    PackingResult relabel(NodeId container, const QString &reason);
    // Records the measured weight and dimensions: the carton (or pallet) is closed.
    PackingResult closeCarton(NodeId node, const Weight &weight, const Dimensions &dimensions);
    // The same with the dimensions of one of the profile's carton types.
    PackingResult closeCartonAs(NodeId node, const Weight &weight, int cartonTypeIndex);

    // Property edits (merged while typing into one field of one node).
    PackingResult setIdentifier(NodeId node, const QString &value);
    PackingResult setQuantity(NodeId node, qint64 quantity);
    PackingResult setLotNo(NodeId node, const QString &lotNo);
    PackingResult setExpiryDate(NodeId node, const QDateTime &expiry);
    PackingResult setDimensions(NodeId node, const Dimensions &dimensions);
    PackingResult setWeight(NodeId node, const Weight &weight);
    PackingResult setHandlingCode(NodeId node, HandlingCode code);
    PackingResult setPallet(NodeId node, qint64 layersPerPallet, qint64 itemsPerLayer);
    // Header fields (MerchantShipmentNo and the party ids are refused once pushed: sync's job).
    PackingResult setHeader(const ShipmentHeader &header);

    // Undo and redo through the stack, with failures handled at once.
    PackingResult undo();
    PackingResult redo();

    // Live figures.
    NodeTotals totals(NodeId node) const; // 0: the whole shipment
    QList<PoLineFill> poLines() const; // this FC's packable PO lines with packed of accepted
    PoLineFill poLineFill(const QString &purchaseOrderNo, const QString &sku) const;
    Findings findings() const;

    // The item line a PO line gives for `units` eaches; false with a reason when it cannot.
    bool itemLineFor(const QString &purchaseOrderNo, const QString &sku, qint64 units,
                     ShipmentLine *line, QString *reason) const;
    // The PO number of this FC with units of the SKU still to pack (at least `units`), or "".
    QString purchaseOrderFor(const QString &sku, qint64 units, QString *reason) const;

    // For commands: runs one committed change (see the class comment).
    bool execute(PackingCommand &command, bool forward);
    // The command being pushed reports here (set by pushCommand).
    void setOutcome(const PackingResult &result) { m_outcome = result; }

signals:
    // A change was committed (action, undo or redo): the shipment has this version now.
    void changed(qint64 version);
    // The findings were computed again (after every change, a reload or new orders): the
    // validation panel reads findings(), the tree view repaints its status icons (a change can
    // alter findings on nodes it did not touch, e.g. po.over-packed on the PO line's other items).
    void findingsChanged();
    // Something the user did was refused or failed; nothing changed.
    void actionFailed(const VendorPack::PackingResult &result);
    // A committed change with something to say ("restored with new SSCCs ...").
    void notice(const QString &message);
    // The shipment was read again from the database (after a conflict).
    void reloaded(const QString &message);
    void readOnlyChanged(bool readOnly, const QString &reason);
    // Opened, created, closed or reloaded.
    void shipmentOpened(qint64 shipmentId);
    void shipmentClosed();

private:
    PackingResult pushCommand(PackingCommand *command);
    PackingResult checkWritable() const;
    PackingResult nodeMissing(NodeId id) const;
    bool setShipment(std::unique_ptr<Shipment> shipment, qint64 id);
    void acquireLease();
    void setReadOnly(bool readOnly, const QString &reason);
    void finishPending();
    void reloadAfterConflict(const QString &message);
    RuleContext ruleContext() const;
    template<typename Value>
    PackingResult changeLine(NodeId node, Value ShipmentLine::*member, Value value, int mergeId,
                             const QString &text);

    Station &m_station;
    std::unique_ptr<Shipment> m_shipment;
    qint64 m_shipmentId = 0;
    std::unique_ptr<RuleSources> m_sources; // stored orders with acknowledgements, SSCC history
    Validator m_validator;
    std::unique_ptr<ShipmentTreeModel> m_model;
    QUndoStack *m_undoStack = nullptr;
    QTimer m_leaseTimer;
    bool m_readOnly = false;
    bool m_holdsLease = false;
    QString m_readOnlyReason;
    QString m_editRefusal;
    PackingResult m_outcome;
    bool m_pushing = false;
    bool m_reloadPending = false;
    bool m_clearStackPending = false;
    QString m_pendingMessage;
};

} // namespace VendorPack
