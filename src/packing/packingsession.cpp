// SPDX-License-Identifier: GPL-3.0-or-later
#include "packingsession.h"

#include "storage/rulesources.h"

#include "changevaluecommand.h"
#include "packingcommands.h"
#include "shipmenttreemodel.h"
#include "station.h"

#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/outboxkinds.h"
#include "storage/productrepository.h"
#include "storage/purchaseorderrepository.h"
#include "storage/shipmentrepository.h"
#include "storage/ssccledger.h"
#include "storage/transaction.h"

#include <QDate>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace VendorPack {

namespace {

bool isContainer(const ShipmentNode *node)
{
    return node && (node->type() == NodeType::Carton || node->type() == NodeType::Pallet);
}

} // namespace

PackingSession::PackingSession(Station &station, QObject *parent)
    : QObject(parent)
    , m_station(station)
    , m_sources(std::make_unique<RuleSources>(station.database()))
    , m_model(std::make_unique<ShipmentTreeModel>(*this))
    , m_undoStack(new QUndoStack(this))
{
    qRegisterMetaType<PackingResult>();
    m_leaseTimer.setInterval(kLeaseRenewMs);
    connect(&m_leaseTimer, &QTimer::timeout, this, &PackingSession::renewLease);
}

PackingSession::~PackingSession()
{
    close();
}

RuleContext PackingSession::ruleContext() const
{
    return m_sources->context(m_station.profile().rules, &m_station.products());
}

const OrderBook &PackingSession::orderBook() const
{
    return m_sources->orders();
}

PackingResult PackingSession::reloadOrders()
{
    QString error;
    if (!m_sources->reload(&error)) {
        return PackingResult { PackingResult::Status::Failed,
                               tr("The purchase orders cannot be read: %1").arg(error),
                               0,
                               {} };
    }
    m_validator.setContext(ruleContext());
    if (m_shipment) {
        // One query for the SSCC history of the whole tree instead of one per container.
        if (!m_sources->prefetchSsccs(*m_shipment, &error))
            emit notice(tr("The SSCC history could not be read (%1); reuse is checked one SSCC at "
                           "a time.")
                            .arg(error));
        m_validator.validate(*m_shipment);
        emit findingsChanged();
    }
    return PackingResult::done();
}

bool PackingSession::setShipment(std::unique_ptr<Shipment> shipment, qint64 id)
{
    m_undoStack->clear();
    m_model->resetShipment(nullptr);
    m_shipment = std::move(shipment);
    if (id != m_shipmentId)
        m_editRefusal.clear(); // the refusal was the other shipment's
    m_shipmentId = id;
    const PackingResult orders = reloadOrders(); // validates in full
    m_model->resetShipment(m_shipment.get());
    return orders.ok();
}

PackingResult PackingSession::create(const NewShipment &options)
{
    close();
    const StationProfile &profile = m_station.profile();
    if (options.shipToPartyId.trimmed().isEmpty())
        return PackingResult::refused(tr("A shipment needs the FC (ship-to party) it goes to."));
    auto shipment = std::make_unique<Shipment>();
    ShipmentHeader &header = shipment->header();
    header.channelId = options.channelId ? options.channelId : profile.channelId;
    header.shipToPartyId = options.shipToPartyId.trimmed();
    header.shipFromPartyId = profile.shipFromPartyId;
    header.shipmentDate = QDateTime::currentDateTimeUtc();
    QString error;
    if (const auto orders = m_station.purchaseOrders().loadOpen(&error)) {
        for (const PurchaseOrder &po : *orders) {
            if (po.shipToParty.partyId == header.shipToPartyId) {
                header.sellingPartyId = po.sellingParty.partyId;
                if (!header.channelId || *header.channelId == 0)
                    header.channelId = po.channelId;
                break;
            }
        }
    }
    ShipmentRepository &repository = m_station.shipments();
    QString number = options.merchantShipmentNo.trimmed();
    if (number.isEmpty()) {
        const QString prefix = u"VP-"_s + profile.stationName + u'-'
            + QDate::currentDate().toString(u"yyyyMMdd"_s) + u'-';
        for (int n = 1; n < 100000; ++n) {
            ShipmentRepository::Error lookup;
            const QString candidate = prefix + QString::number(n);
            if (!repository.idOf(candidate, &lookup)) {
                if (lookup.kind == ShipmentRepository::Error::Kind::Database) {
                    return PackingResult { PackingResult::Status::Failed, lookup.message, 0, {} };
                }
                number = candidate;
                break;
            }
        }
    }
    header.merchantShipmentNo = number;
    ShipmentRepository::Error createError;
    const auto id
        = repository.create(*shipment, profile.userName, profile.stationName, &createError);
    if (!id) {
        return PackingResult { PackingResult::Status::Failed,
                               tr("The shipment cannot be created: %1").arg(createError.message),
                               0,
                               {} };
    }
    setShipment(std::move(shipment), *id);
    acquireLease();
    emit shipmentOpened(m_shipmentId);
    return PackingResult::done(0, tr("Shipment %1 created").arg(number));
}

PackingResult PackingSession::open(qint64 shipmentId)
{
    close();
    ShipmentRepository::Error error;
    auto shipment = m_station.shipments().load(shipmentId, &error);
    if (!shipment) {
        return PackingResult { PackingResult::Status::Failed,
                               tr("The shipment cannot be opened: %1").arg(error.message),
                               0,
                               {} };
    }
    setShipment(std::move(shipment), shipmentId);
    acquireLease();
    emit shipmentOpened(m_shipmentId);
    return PackingResult::done(0, m_readOnly ? m_readOnlyReason : QString());
}

void PackingSession::close()
{
    if (!m_shipment)
        return;
    m_leaseTimer.stop();
    if (m_holdsLease)
        m_station.shipments().releaseLease(m_shipmentId, m_station.profile().stationName);
    m_holdsLease = false;
    m_undoStack->clear();
    m_model->resetShipment(nullptr);
    m_shipment.reset();
    m_shipmentId = 0;
    const bool refused = !m_editRefusal.isEmpty();
    m_editRefusal.clear();
    if (refused && !m_readOnly)
        emit readOnlyChanged(false, QString());
    setReadOnly(false, QString());
    emit shipmentClosed();
}

void PackingSession::acquireLease()
{
    const StationProfile &profile = m_station.profile();
    ShipmentRepository::Error error;
    if (m_station.shipments().acquireLease(m_shipmentId, profile.stationName, profile.userName,
                                           std::chrono::seconds(kLeaseSeconds), &error)) {
        m_holdsLease = true;
        m_leaseTimer.start();
        setReadOnly(m_shipment->status() != ShipmentStatus::Building,
                    m_shipment->status() != ShipmentStatus::Building
                        ? tr("The shipment is signed off or dispatched: packers cannot change it")
                        : QString());
        return;
    }
    m_holdsLease = false;
    if (error.kind == ShipmentRepository::Error::Kind::LeaseHeld)
        setReadOnly(true, tr("The shipment is open at station %1").arg(error.station));
    else
        setReadOnly(true,
                    tr("The shipment cannot be reserved for this station: %1").arg(error.message));
}

PackingResult PackingSession::renewLease()
{
    if (!m_shipment)
        return PackingResult::refused(tr("No shipment is open."));
    if (!m_holdsLease)
        return PackingResult::refused(m_readOnlyReason);
    ShipmentRepository::Error error;
    if (m_station.shipments().renewLease(m_shipmentId, m_station.profile().stationName,
                                         std::chrono::seconds(kLeaseSeconds), &error))
        return PackingResult::done();
    if (error.kind == ShipmentRepository::Error::Kind::LeaseHeld) {
        m_holdsLease = false;
        m_leaseTimer.stop();
        setReadOnly(true, tr("Station %1 has taken the shipment over").arg(error.station));
        return PackingResult::refused(m_readOnlyReason);
    }
    return PackingResult {
        PackingResult::Status::Failed,
        tr("The lease on the shipment could not be renewed: %1").arg(error.message),
        0,
        {}
    };
}

PackingResult PackingSession::takeOver()
{
    if (!m_shipment)
        return PackingResult::refused(tr("No shipment is open."));
    const StationProfile &profile = m_station.profile();
    ShipmentRepository::Error error;
    if (!m_station.shipments().takeOver(m_shipmentId, profile.stationName, profile.userName,
                                        std::chrono::seconds(kLeaseSeconds), &error)) {
        return PackingResult { PackingResult::Status::Failed,
                               tr("The shipment could not be taken over: %1").arg(error.message),
                               0,
                               {} };
    }
    auto shipment = m_station.shipments().load(m_shipmentId, &error);
    if (!shipment) {
        return PackingResult { PackingResult::Status::Failed,
                               tr("The shipment cannot be read again: %1").arg(error.message),
                               0,
                               {} };
    }
    setShipment(std::move(shipment), m_shipmentId);
    m_holdsLease = true;
    m_leaseTimer.start();
    setReadOnly(false, QString());
    emit shipmentOpened(m_shipmentId);
    return PackingResult::done(0, tr("You have taken the shipment over."));
}

void PackingSession::setReadOnly(bool readOnly, const QString &reason)
{
    if (m_readOnly == readOnly && m_readOnlyReason == reason)
        return;
    const bool wasReadOnly = isReadOnly();
    const QString wasReason = readOnlyReason();
    m_readOnly = readOnly;
    m_readOnlyReason = reason;
    if (isReadOnly() != wasReadOnly || readOnlyReason() != wasReason)
        emit readOnlyChanged(isReadOnly(), readOnlyReason());
}

void PackingSession::setEditRefusal(const QString &reason)
{
    if (!m_shipment || m_editRefusal == reason)
        return;
    const bool wasReadOnly = isReadOnly();
    const QString wasReason = readOnlyReason();
    m_editRefusal = reason;
    if (isReadOnly() != wasReadOnly || readOnlyReason() != wasReason)
        emit readOnlyChanged(isReadOnly(), readOnlyReason());
}

PackingResult PackingSession::checkWritable() const
{
    if (!m_shipment)
        return PackingResult::refused(tr("No shipment is open."));
    if (isReadOnly())
        return PackingResult::refused(readOnlyReason());
    return PackingResult::done();
}

PackingResult PackingSession::nodeMissing(NodeId id) const
{
    return PackingResult::refused(tr("Line %1 is not in this shipment.").arg(id));
}

// The commit path: see the class comment.
bool PackingSession::execute(PackingCommand &command, bool forward)
{
    const auto failed = [&](PackingResult result) {
        m_outcome = result;
        if (!m_pushing) {
            // An undo or redo failed: the history no longer matches the tree.
            m_clearStackPending = true;
            emit actionFailed(result);
            QMetaObject::invokeMethod(this, &PackingSession::finishPending, Qt::QueuedConnection);
        }
        return false;
    };
    const PackingResult writable = checkWritable();
    if (!writable.ok())
        return failed(writable);

    const StationProfile &profile = m_station.profile();
    Database &db = m_station.database();
    Transaction transaction(db);
    QString error;
    if (!transaction.begin(&error)) {
        return failed(PackingResult { PackingResult::Status::Failed,
                                      tr("The database refused the change: %1").arg(error),
                                      0,
                                      {} });
    }
    PackingEdit edit(*this);
    const bool applied = forward ? command.forward(edit) : command.backward(edit);
    if (!applied) {
        edit.revert();
        return failed(PackingResult { PackingResult::Status::Refused, edit.failure(), 0, {} });
    }
    AuditEntry audit = edit.audit();
    audit.user = profile.userName;
    audit.station = profile.stationName;
    if (audit.action.isEmpty())
        audit.action = QStringLiteral("shipment.edit");
    if (!forward)
        audit.action += QStringLiteral(".undo");
    ShipmentRepository::Error repoError;
    const auto version = m_station.shipments().apply(m_shipmentId, m_shipment->version(),
                                                     edit.changeSet(), audit, &repoError);
    bool ok = version.has_value();
    if (ok) {
        ok = m_station.outbox()
                 .enqueue(OutboxSubject::Shipment, m_shipmentId, OutboxKinds::kShipmentPush,
                          QString(), *version, &error)
                 .has_value();
        if (ok)
            ok = transaction.commit(&error);
    } else {
        error = repoError.message;
    }
    if (!ok) {
        transaction.rollback();
        edit.revert();
        const bool leaseLost = repoError.kind == ShipmentRepository::Error::Kind::LeaseHeld;
        if (repoError.kind == ShipmentRepository::Error::Kind::Conflict || leaseLost) {
            const QString station
                = repoError.station.isEmpty() ? tr("(unknown)") : repoError.station;
            const QString message = leaseLost
                ? tr("Station %1 has taken this shipment over: it was reloaded read-only, and "
                     "your last action was not applied.")
                      .arg(station)
                : tr("Station %1 changed this shipment meanwhile: it was reloaded, and your "
                     "last action was not applied. Please do it again.")
                      .arg(station);
            if (leaseLost) {
                m_holdsLease = false;
                m_leaseTimer.stop();
                setReadOnly(true, tr("Station %1 has taken the shipment over").arg(station));
            }
            m_reloadPending = true;
            m_pendingMessage = message;
            m_outcome = PackingResult { PackingResult::Status::Conflict, message, 0, {} };
            emit actionFailed(m_outcome);
            QMetaObject::invokeMethod(this, &PackingSession::finishPending, Qt::QueuedConnection);
            return false;
        }
        return failed(
            PackingResult { PackingResult::Status::Failed,
                            tr("The change was not saved, nothing changed: %1").arg(error),
                            0,
                            {} });
    }
    m_shipment->setVersion(*version);
    m_validator.revalidate(*m_shipment, edit.change());
    m_model->refreshNodes(edit.touched());
    const QString note = edit.notes().join(u' ');
    m_outcome = PackingResult::done(command.resultNode(), note);
    emit changed(*version);
    emit findingsChanged();
    if (!note.isEmpty())
        emit notice(note);
    return true;
}

void PackingSession::finishPending()
{
    if (m_reloadPending) {
        m_reloadPending = false;
        m_clearStackPending = false;
        reloadAfterConflict(m_pendingMessage);
    }
    if (m_clearStackPending) {
        m_clearStackPending = false;
        m_undoStack->clear();
    }
}

void PackingSession::reloadAfterConflict(const QString &message)
{
    if (!m_shipment)
        return;
    ShipmentRepository::Error error;
    auto shipment = m_station.shipments().load(m_shipmentId, &error);
    if (!shipment) {
        emit actionFailed(
            PackingResult { PackingResult::Status::Failed,
                            tr("The shipment cannot be read again: %1").arg(error.message),
                            0,
                            {} });
        return;
    }
    setShipment(std::move(shipment), m_shipmentId);
    // The other station may have taken the shipment over rather than just changed it.
    if (const auto lease = m_station.shipments().leaseHolder(m_shipmentId, &error); lease
        && !lease->station.isEmpty() && lease->station != m_station.profile().stationName
        && lease->expiresAt > QDateTime::currentDateTimeUtc()) {
        m_holdsLease = false;
        m_leaseTimer.stop();
        setReadOnly(true, tr("Station %1 has taken the shipment over").arg(lease->station));
    }
    emit reloaded(message);
}

PackingResult PackingSession::pushCommand(PackingCommand *command)
{
    m_outcome = PackingResult::done();
    m_pushing = true;
    m_undoStack->push(command); // runs redo(): the commit; an obsolete command is dropped
    m_pushing = false;
    const PackingResult result = m_outcome;
    if (!result.ok() && result.status != PackingResult::Status::Conflict)
        emit actionFailed(result);
    finishPending();
    return result;
}

PackingResult PackingSession::undo()
{
    if (!m_undoStack->canUndo())
        return PackingResult::refused(tr("There is nothing to undo."));
    m_outcome = PackingResult::done();
    m_undoStack->undo();
    const PackingResult result = m_outcome;
    finishPending();
    return result;
}

PackingResult PackingSession::redo()
{
    if (!m_undoStack->canRedo())
        return PackingResult::refused(tr("There is nothing to redo."));
    m_outcome = PackingResult::done();
    m_undoStack->redo();
    const PackingResult result = m_outcome;
    finishPending();
    return result;
}

// The verbs

PackingResult PackingSession::addPallet()
{
    if (const PackingResult writable = checkWritable(); !writable)
        return writable;
    if (m_station.profile().companyPrefix.isEmpty())
        return PackingResult::refused(tr("Set the GS1 company prefix in the settings first: a "
                                         "pallet needs an SSCC."));
    return pushCommand(new AddPalletCommand(*this));
}

PackingResult PackingSession::addCarton(NodeId parent, const QString &externalSscc)
{
    if (const PackingResult writable = checkWritable(); !writable)
        return writable;
    const ShipmentNode *target = m_shipment->node(parent);
    if (!target)
        return nodeMissing(parent);
    if (externalSscc.isEmpty() && m_station.profile().companyPrefix.isEmpty())
        return PackingResult::refused(tr("Set the GS1 company prefix in the settings first: a "
                                         "carton needs an SSCC."));
    if (!externalSscc.isEmpty()) {
        QString error;
        if (!Sscc::fromString(externalSscc, &error).isValid())
            return PackingResult::refused(tr("%1 is not a valid SSCC: %2").arg(externalSscc, error),
                                          u"sscc.check-digit"_s);
    }
    ShipmentLine probe;
    probe.type = NodeType::Carton;
    probe.identifierType = IdentifierType::Sscc;
    const MoveCheck check = m_validator.checkInsert(*m_shipment, probe, target);
    if (!check)
        return PackingResult::refused(check.reason, check.rule);
    return pushCommand(new AddCartonCommand(*this, parent, externalSscc));
}

bool PackingSession::itemLineFor(const QString &purchaseOrderNo, const QString &sku, qint64 units,
                                 ShipmentLine *line, QString *reason) const
{
    const int po = orderBook().indexOf(purchaseOrderNo);
    if (po < 0) {
        *reason = tr("PO %1 is not one of the open purchase orders").arg(purchaseOrderNo);
        return false;
    }
    const int index = orderBook().lineIndexOf(po, IdentifierType::Sku, sku, &m_station.products());
    if (index < 0) {
        *reason = tr("%1 is not a line of PO %2").arg(sku, purchaseOrderNo);
        return false;
    }
    if (units <= 0) {
        *reason = tr("the quantity must be at least 1");
        return false;
    }
    const PurchaseOrderLine &poLine = orderBook().order(po).lines[index];
    ShipmentLine result;
    result.type = NodeType::Item;
    result.identifierType = IdentifierType::Sku;
    result.identifierValue = poLine.merchantProductNo;
    result.channelPurchaseOrderNo = purchaseOrderNo;
    if (poLine.unitOfMeasure == QuantityUnit::Cases && poLine.unitSize > 1) {
        if (units % poLine.unitSize != 0) {
            *reason = tr("%1 on PO %2 is ordered in cases of %3: %4 units are not whole cases")
                          .arg(sku, purchaseOrderNo)
                          .arg(poLine.unitSize)
                          .arg(units);
            return false;
        }
        result.quantityUnit = QuantityUnit::Cases;
        result.unitsPerCase = poLine.unitSize;
        result.quantity = units / poLine.unitSize;
    } else {
        result.quantityUnit = QuantityUnit::Eaches;
        result.quantity = units;
    }
    *line = result;
    return true;
}

QString PackingSession::purchaseOrderFor(const QString &sku, qint64 units, QString *reason) const
{
    const QList<PoLineFill> lines = poLines();
    bool known = false;
    qint64 remaining = 0;
    for (const PoLineFill &fill : lines) {
        if (fill.sku != sku)
            continue;
        known = true;
        remaining += fill.remainingUnits();
        if (fill.remainingUnits() >= units)
            return fill.purchaseOrderNo;
    }
    if (!known) {
        *reason = tr("%1 is not on any open PO for %2")
                      .arg(sku, m_shipment ? m_shipment->header().shipToPartyId : QString());
    } else {
        *reason = tr("no PO for %1 has %2 more units to pack (%3 left in all)")
                      .arg(sku)
                      .arg(units)
                      .arg(remaining);
    }
    return QString();
}

PackingResult PackingSession::addItem(NodeId parent, const QString &purchaseOrderNo,
                                      const QString &sku, qint64 units)
{
    if (const PackingResult writable = checkWritable(); !writable)
        return writable;
    const ShipmentNode *target = m_shipment->node(parent);
    if (!target)
        return nodeMissing(parent);
    ShipmentLine line;
    QString reason;
    if (!itemLineFor(purchaseOrderNo, sku, units, &line, &reason))
        return PackingResult::refused(reason, u"po.sku"_s);
    const MoveCheck check = m_validator.checkInsert(*m_shipment, line, target);
    if (!check)
        return PackingResult::refused(check.reason, check.rule);
    NodeId mergeInto = 0;
    for (const auto &child : target->children()) {
        const ShipmentLine &other = child->line();
        if (child->type() == NodeType::Item && other.identifierValue == line.identifierValue
            && other.channelPurchaseOrderNo == line.channelPurchaseOrderNo
            && other.quantityUnit == line.quantityUnit && other.unitsPerCase == line.unitsPerCase
            && other.lotNo.isEmpty() && !other.expiryDate.isValid()) {
            mergeInto = child->id();
            break;
        }
    }
    return pushCommand(new AddItemCommand(*this, parent, line, mergeInto));
}

PackingResult PackingSession::moveNodes(const QList<NodeId> &ids, NodeId newParent, int row)
{
    if (const PackingResult writable = checkWritable(); !writable)
        return writable;
    const ShipmentNode *target = m_shipment->node(newParent);
    if (!target)
        return nodeMissing(newParent);
    if (ids.isEmpty())
        return PackingResult::refused(tr("Nothing is selected to move."));
    QList<const ShipmentNode *> nodes;
    for (NodeId id : ids) {
        const ShipmentNode *node = m_shipment->node(id);
        if (!node || node->isRoot())
            return nodeMissing(id);
        nodes.append(node);
    }
    const MoveCheck check = m_validator.checkMove(*m_shipment, nodes, target);
    if (!check)
        return PackingResult::refused(check.reason, check.rule);
    return pushCommand(new MoveNodesCommand(*this, ids, newParent, row));
}

PackingResult PackingSession::moveUnits(NodeId id, NodeId newParent, qint64 quantity)
{
    if (const PackingResult writable = checkWritable(); !writable)
        return writable;
    const ShipmentNode *node = m_shipment->node(id);
    const ShipmentNode *target = m_shipment->node(newParent);
    if (!node || node->type() != NodeType::Item)
        return PackingResult::refused(tr("Only an item line can be moved in part."));
    if (!target)
        return nodeMissing(newParent);
    const qint64 have = node->line().quantity.value_or(0);
    if (quantity <= 0 || quantity > have)
        return PackingResult::refused(tr("Move 1 to %1, not %2.").arg(have).arg(quantity));
    if (quantity == have)
        return moveNodes({ id }, newParent);
    const MoveCheck check = m_validator.checkMove(*m_shipment, { node }, target);
    if (!check)
        return PackingResult::refused(check.reason, check.rule);
    return pushCommand(new SplitLineCommand(*this, id, quantity, newParent ? newParent : 0));
}

PackingResult PackingSession::splitLine(NodeId id, qint64 quantity)
{
    if (const PackingResult writable = checkWritable(); !writable)
        return writable;
    const ShipmentNode *node = m_shipment->node(id);
    if (!node || node->type() != NodeType::Item)
        return PackingResult::refused(tr("Only an item line can be split."));
    const qint64 have = node->line().quantity.value_or(0);
    if (quantity <= 0 || quantity >= have) {
        return PackingResult::refused(tr("Split off 1 to %1 of the %2 on this line, not %3.")
                                          .arg(have - 1)
                                          .arg(have)
                                          .arg(quantity));
    }
    return pushCommand(new SplitLineCommand(*this, id, quantity));
}

PackingResult PackingSession::mergeLines(const QList<NodeId> &ids)
{
    if (const PackingResult writable = checkWritable(); !writable)
        return writable;
    if (ids.size() < 2)
        return PackingResult::refused(tr("Select at least two item lines to merge."));
    const ShipmentNode *first = m_shipment->node(ids.first());
    if (!first || first->type() != NodeType::Item)
        return PackingResult::refused(tr("Only item lines can be merged."));
    for (NodeId id : ids) {
        const ShipmentNode *node = m_shipment->node(id);
        if (!node || node->type() != NodeType::Item)
            return PackingResult::refused(tr("Only item lines can be merged."));
        const ShipmentLine &a = first->line();
        const ShipmentLine &b = node->line();
        if (node->parent() != first->parent())
            return PackingResult::refused(
                tr("Only lines in the same carton or pallet can be merged."));
        if (a.identifierValue != b.identifierValue
            || a.channelPurchaseOrderNo != b.channelPurchaseOrderNo
            || a.quantityUnit != b.quantityUnit || a.unitsPerCase != b.unitsPerCase
            || a.lotNo != b.lotNo || a.expiryDate != b.expiryDate)
            return PackingResult::refused(tr("Only lines of the same SKU, PO, unit, lot and expiry "
                                             "can be merged."));
    }
    return pushCommand(new MergeLinesCommand(*this, ids));
}

PackingResult PackingSession::unpack(NodeId id, const QString &reason)
{
    if (const PackingResult writable = checkWritable(); !writable)
        return writable;
    const ShipmentNode *node = m_shipment->node(id);
    if (!isContainer(node))
        return PackingResult::refused(tr("Only a carton or pallet can be unpacked."));
    if (reason.trimmed().isEmpty())
        return PackingResult::refused(
            tr("Give a reason: the SSCC of %1 will be voided.").arg(node->line().identifierValue));
    QList<const ShipmentNode *> contents;
    for (const auto &child : node->children())
        contents.append(child.get());
    if (!contents.isEmpty()) {
        const MoveCheck check = m_validator.checkMove(*m_shipment, contents, node->parent());
        if (!check)
            return PackingResult::refused(check.reason, check.rule);
    }
    return pushCommand(new UnpackNodeCommand(*this, id, reason.trimmed()));
}

PackingResult PackingSession::deleteNodes(const QList<NodeId> &ids, const QString &reason)
{
    if (const PackingResult writable = checkWritable(); !writable)
        return writable;
    if (ids.isEmpty())
        return PackingResult::refused(tr("Nothing is selected to delete."));
    bool hasSscc = false;
    for (NodeId id : ids) {
        const ShipmentNode *node = m_shipment->node(id);
        if (!node || node->isRoot())
            return nodeMissing(id);
        node->forEach([&hasSscc](const ShipmentNode *n) { hasSscc |= isContainer(n); });
    }
    if (hasSscc && reason.trimmed().isEmpty())
        return PackingResult::refused(tr("Give a reason: the SSCCs of deleted cartons and pallets "
                                         "are voided."));
    return pushCommand(new DeleteNodesCommand(*this, ids, reason.trimmed()));
}

PackingResult PackingSession::relabel(NodeId id, const QString &reason)
{
    if (const PackingResult writable = checkWritable(); !writable)
        return writable;
    const ShipmentNode *node = m_shipment->node(id);
    if (!isContainer(node))
        return PackingResult::refused(tr("Only a carton or pallet can be relabelled."));
    if (m_station.profile().companyPrefix.isEmpty())
        return PackingResult::refused(tr("Set the GS1 company prefix in the settings first: a "
                                         "new label needs an SSCC."));
    if (reason.trimmed().isEmpty())
        return PackingResult::refused(
            tr("Give a reason: the SSCC of %1 will be voided.").arg(node->line().identifierValue));
    return pushCommand(new RelabelNodeCommand(*this, id, reason.trimmed()));
}

PackingResult PackingSession::closeCarton(NodeId id, const Weight &weight,
                                          const Dimensions &dimensions)
{
    if (const PackingResult writable = checkWritable(); !writable)
        return writable;
    const ShipmentNode *node = m_shipment->node(id);
    if (!isContainer(node))
        return PackingResult::refused(tr("Only a carton or pallet can be closed."));
    if (!weight.isComplete() || *weight.value <= 0)
        return PackingResult::refused(tr("Enter the weight (more than 0, with its unit)."),
                                      u"weight.positive"_s);
    if (!dimensions.isComplete() || *dimensions.height <= 0 || *dimensions.width <= 0
        || *dimensions.length <= 0)
        return PackingResult::refused(
            tr("Enter length, width and height (more than 0, with the unit)."),
            u"dimensions.incomplete"_s);
    return pushCommand(new CloseCartonCommand(*this, id, weight, dimensions));
}

PackingResult PackingSession::closeCartonAs(NodeId id, const Weight &weight, int cartonTypeIndex)
{
    const CartonTypes &types = m_station.profile().cartonTypes;
    if (cartonTypeIndex < 0 || cartonTypeIndex >= types.size())
        return PackingResult::refused(tr("There is no carton type %1.").arg(cartonTypeIndex + 1));
    return closeCarton(id, weight, types[cartonTypeIndex].dimensions);
}

template<typename Value>
PackingResult PackingSession::changeLine(NodeId id, Value ShipmentLine::*member, Value value,
                                         int mergeId, const QString &text)
{
    if (const PackingResult writable = checkWritable(); !writable)
        return writable;
    const ShipmentNode *node = m_shipment->node(id);
    if (!node || node->isRoot())
        return nodeMissing(id);
    if (node->line().*member == value)
        return PackingResult::done(id);
    return pushCommand(new ChangeValueCommand<ShipmentLine, Value>(*this, id, member, value,
                                                                   MergeId(mergeId), text));
}

PackingResult PackingSession::setIdentifier(NodeId node, const QString &value)
{
    const ShipmentNode *n = m_shipment ? m_shipment->node(node) : nullptr;
    // An SSCC only changes through the ledger: delete (void) and add or scan a new label.
    if (isContainer(n))
        return PackingResult::refused(tr("The SSCC of a carton or pallet is not edited: delete it "
                                         "(the SSCC is voided) and add or scan a new label."));
    return changeLine(node, &ShipmentLine::identifierValue, value.trimmed(),
                      int(MergeId::Identifier), tr("Change identifier"));
}

PackingResult PackingSession::setQuantity(NodeId node, qint64 quantity)
{
    if (quantity < 1)
        return PackingResult::refused(tr("The quantity must be at least 1."), u"item.quantity"_s);
    const ShipmentNode *n = m_shipment ? m_shipment->node(node) : nullptr;
    if (n && n->type() == NodeType::Item && m_shipment) {
        ShipmentLine probe = n->line();
        const qint64 more = quantity - n->line().quantity.value_or(0);
        if (more > 0) {
            probe.quantity = more;
            const MoveCheck check = m_validator.checkInsert(*m_shipment, probe, n->parent());
            if (!check)
                return PackingResult::refused(check.reason, check.rule);
        }
    }
    return changeLine(node, &ShipmentLine::quantity, std::optional<qint64>(quantity),
                      int(MergeId::Quantity), tr("Change quantity"));
}

PackingResult PackingSession::setLotNo(NodeId node, const QString &lotNo)
{
    return changeLine(node, &ShipmentLine::lotNo, lotNo.trimmed(), int(MergeId::LotNo),
                      tr("Change lot number"));
}

PackingResult PackingSession::setExpiryDate(NodeId node, const QDateTime &expiry)
{
    return changeLine(node, &ShipmentLine::expiryDate, expiry, int(MergeId::ExpiryDate),
                      tr("Change expiry date"));
}

PackingResult PackingSession::setDimensions(NodeId node, const Dimensions &dimensions)
{
    return changeLine(node, &ShipmentLine::dimensions, dimensions, int(MergeId::Dimensions),
                      tr("Change dimensions"));
}

PackingResult PackingSession::setWeight(NodeId node, const Weight &weight)
{
    return changeLine(node, &ShipmentLine::weight, weight, int(MergeId::Weight),
                      tr("Change weight"));
}

PackingResult PackingSession::setHandlingCode(NodeId node, HandlingCode code)
{
    return changeLine(node, &ShipmentLine::handlingCode, code, int(MergeId::HandlingCode),
                      tr("Change handling code"));
}

PackingResult PackingSession::setPallet(NodeId node, qint64 layersPerPallet, qint64 itemsPerLayer)
{
    if (layersPerPallet < 1 || itemsPerLayer < 1)
        return PackingResult::refused(
            tr("Layers per pallet and items per layer must be at least 1."), u"pallet.layers"_s);
    const PackingResult first
        = changeLine(node, &ShipmentLine::layersPerPallet, std::optional<qint64>(layersPerPallet),
                     int(MergeId::LayersPerPallet), tr("Change pallet layers"));
    if (!first)
        return first;
    return changeLine(node, &ShipmentLine::itemsPerLayer, std::optional<qint64>(itemsPerLayer),
                      int(MergeId::ItemsPerLayer), tr("Change items per layer"));
}

PackingResult PackingSession::setHeader(const ShipmentHeader &header)
{
    if (const PackingResult writable = checkWritable(); !writable)
        return writable;
    if (header == m_shipment->header())
        return PackingResult::done();
    return pushCommand(new ChangeHeaderCommand(*this, header));
}

// Live figures

PackingSession::NodeTotals PackingSession::totals(NodeId id) const
{
    NodeTotals totals;
    const ShipmentNode *node = m_shipment ? m_shipment->node(id) : nullptr;
    if (!node)
        return totals;
    std::optional<double> childWeights;
    node->forEach([&](const ShipmentNode *n) {
        if (n == node)
            return;
        if (n->type() == NodeType::Carton)
            ++totals.cartons;
        if (n->type() == NodeType::Item) {
            ++totals.items;
            totals.units += n->line().units();
        }
        if (n->parent() == node) {
            if (const auto grams = n->line().weight.grams())
                childWeights = childWeights.value_or(0) + *grams;
        }
    });
    if (node->type() == NodeType::Item)
        totals.units = node->line().units();
    const auto own = node->line().weight.grams();
    totals.weightGrams = own ? own : childWeights;
    return totals;
}

QList<PackingSession::PoLineFill> PackingSession::poLines() const
{
    QList<PoLineFill> result;
    if (!m_shipment)
        return result;
    const QString &shipTo = m_shipment->header().shipToPartyId;
    for (const PurchaseOrder &po : orderBook().orders()) {
        if (po.isClosedForPacking() || (!shipTo.isEmpty() && po.shipToParty.partyId != shipTo))
            continue;
        for (const PurchaseOrderLine &line : po.lines) {
            if (line.isRejected())
                continue;
            PoLineFill fill;
            fill.purchaseOrderNo = po.channelPurchaseOrderNo;
            fill.sku = line.merchantProductNo;
            fill.asin = line.channelProductNo;
            fill.unitOfMeasure = line.unitOfMeasure;
            fill.unitSize = line.unitSize;
            fill.acceptedUnits = line.acceptedUnits();
            fill.acknowledged = line.isAcknowledged();
            fill.packedUnits
                = m_validator.packedUnits(po.channelPurchaseOrderNo, line.merchantProductNo);
            result.append(fill);
        }
    }
    return result;
}

PackingSession::PoLineFill PackingSession::poLineFill(const QString &purchaseOrderNo,
                                                      const QString &sku) const
{
    for (const PoLineFill &fill : poLines()) {
        if (fill.purchaseOrderNo == purchaseOrderNo && fill.sku == sku)
            return fill;
    }
    return PoLineFill();
}

Findings PackingSession::findings() const
{
    return m_shipment ? m_validator.findings(*m_shipment) : Findings();
}

} // namespace VendorPack
