// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditlog.h"
#include "core/shipment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace VendorPack {

class Database;

// One stored node row: the line's own fields with its place in the tree.
struct ShipmentNodeRow
{
    NodeId nodeId = 0;
    NodeId parentId = 0; // 0: a top-level line
    int position = 0; // row under the parent
    ShipmentLine line;

    static ShipmentNodeRow of(const ShipmentNode *node);
};

// What one user action changed in a shipment: the node rows written (inserted, edited or moved,
// with their parent and position), the node ids removed, and optionally a new header or status.
// Rows of siblings whose position changed must be in it too (upsertChildren() does that).
struct ShipmentChangeSet
{
    std::vector<ShipmentNodeRow> upserted;
    std::vector<NodeId> removed;
    std::optional<ShipmentHeader> header;
    std::optional<ShipmentStatus> status;
    // The shipment's nextNodeId() after the action (keepNextNodeId()); the stored value only
    // grows, and never stays below the highest id written or removed.
    NodeId nextNodeId = 0;

    // The node as it is now in the tree.
    void upsert(const ShipmentNode *node);
    // The node and everything below it (an inserted subtree).
    void upsertSubtree(const ShipmentNode *node);
    // The parent's children from `fromRow` on (their positions changed).
    void upsertChildren(const ShipmentNode *parent, int fromRow = 0);
    // The node and everything below it, removed.
    void removeSubtree(const ShipmentNode *node);
    // Records the id the shipment gives its next new node.
    void keepNextNodeId(const Shipment &shipment) { nextNodeId = shipment.nextNodeId(); }
    bool isEmpty() const { return upserted.empty() && removed.empty() && !header && !status; }
};

// Which station has a shipment open, and until when.
struct ShipmentLease
{
    QString station;
    QString user;
    QDateTime expiresAt;
};

// One stored shipment as a list shows it (the packing page's "open another shipment").
struct ShipmentSummary
{
    qint64 id = 0;
    QString merchantShipmentNo;
    QString shipToPartyId;
    ShipmentStatus status = ShipmentStatus::Building;
    qint64 version = 0;
    QString leaseStation; // "" when no unexpired lease
    QDateTime updatedAt;
};

// Stores shipments with their trees: every change is one transaction based on a version, so a
// station never overwrites another's work, plus the "open at station X" lease.
class ShipmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(ShipmentRepository)

public:
    // Why a call failed.
    struct Error
    {
        enum class Kind { None, NotFound, Conflict, LeaseHeld, Forbidden, Invalid, Database };
        Kind kind = Kind::None;
        QString message;
        std::optional<qint64> currentVersion; // Conflict: the stored version
        QString station; // Conflict: where it was changed; LeaseHeld: who holds the lease
    };

    explicit ShipmentRepository(Database &database);

    // Stores a new shipment (header, status, every node with its id) at version 1, sets the
    // shipment's version to 1 and records one audit entry. Its row id, or nullopt.
    std::optional<qint64> create(Shipment &shipment, const QString &user, const QString &station,
                                 Error *error = nullptr);
    // The whole stored shipment with the same node ids, header, status and version; new nodes
    // get ids above every id it ever stored.
    std::unique_ptr<Shipment> load(qint64 id, Error *error = nullptr) const;
    std::unique_ptr<Shipment> loadByMerchantShipmentNo(const QString &merchantShipmentNo,
                                                       Error *error = nullptr) const;
    std::optional<qint64> idOf(const QString &merchantShipmentNo, Error *error = nullptr) const;
    std::optional<qint64> version(qint64 id, Error *error = nullptr) const;
    // Shipments with this status (for one FC unless shipTo is empty), newest change first.
    std::optional<QList<ShipmentSummary>> summaries(ShipmentStatus status,
                                                    const QString &shipTo = QString(),
                                                    Error *error = nullptr) const;

    // Saves one user action if the stored version is still baseVersion (else a Conflict and
    // nothing written) and no other station than audit.station holds a live lease on it (else
    // LeaseHeld with that station): the touched node rows, the removed ids, the header or
    // status, the next node id, one audit entry (its shipment id filled in). Joins the caller's
    // open transaction (so the outbox entry can go with it), else runs in its own. The new
    // version, or nullopt.
    std::optional<qint64> apply(qint64 id, qint64 baseVersion, const ShipmentChangeSet &changes,
                                const AuditEntry &audit, Error *error = nullptr);
    // Replaces the whole stored tree, header, status and next node id (an import), on the same
    // terms as apply().
    std::optional<qint64> saveAll(qint64 id, qint64 baseVersion, const Shipment &shipment,
                                  const AuditEntry &audit, Error *error = nullptr);

    // Opens the shipment at a station; refused (LeaseHeld) while another station's lease has not
    // expired. The same station may acquire again (it extends the lease).
    bool acquireLease(qint64 id, const QString &station, const QString &user,
                      std::chrono::seconds ttl, Error *error = nullptr);
    // A supervisor takes the shipment over from whichever station holds it (recorded in the audit
    // trail). `user` must be an active user with the role supervisor in the users table; anyone
    // else is refused (Forbidden) and nothing changes.
    bool takeOver(qint64 id, const QString &station, const QString &user, std::chrono::seconds ttl,
                  Error *error = nullptr);
    // Extends the station's lease; LeaseHeld if another station has taken it meanwhile.
    bool renewLease(qint64 id, const QString &station, std::chrono::seconds ttl,
                    Error *error = nullptr);
    // Gives the lease up if this station holds it.
    bool releaseLease(qint64 id, const QString &station, Error *error = nullptr);
    // The unexpired lease, or nullopt when the shipment is free (or on error, see *error).
    std::optional<ShipmentLease> leaseHolder(qint64 id, Error *error = nullptr) const;

    // The clock for leases (tests move it on); the current UTC time by default.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    static QString statusName(ShipmentStatus status);
    static std::optional<ShipmentStatus> statusFromName(const QString &name);

private:
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    std::unique_ptr<Shipment> loadWhere(const QString &where, const QVariant &value,
                                        Error *error) const;
    // UPDATE ... version = version + 1 WHERE version = baseVersion, or a NotFound/Conflict.
    // Refused with LeaseHeld when a station other than `station` holds a live lease.
    bool bumpVersion(qint64 id, qint64 baseVersion, const QString &station,
                     const ShipmentHeader *header, std::optional<ShipmentStatus> status,
                     NodeId nextNodeId, Error *error);
    bool writeRows(qint64 id, const std::vector<ShipmentNodeRow> &rows, bool upsert, Error *error);
    bool removeRows(qint64 id, const std::vector<NodeId> &ids, Error *error);
    bool refusedLease(qint64 id, Error *error) const;

    Database *m_database;
    std::function<QDateTime()> m_clock;
};

} // namespace VendorPack
