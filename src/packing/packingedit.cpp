// SPDX-License-Identifier: GPL-3.0-or-later
#include "packingedit.h"

#include "packingsession.h"
#include "shipmenttreemodel.h"
#include "station.h"

#include "storage/ssccledger.h"

namespace VendorPack {

PackingEdit::PackingEdit(PackingSession &session)
    : m_session(session)
{
}

PackingEdit::~PackingEdit() = default;

Shipment &PackingEdit::shipment() const
{
    return *m_session.shipment();
}

ShipmentTreeModel &PackingEdit::model() const
{
    return *m_session.model();
}

ShipmentNode *PackingEdit::node(NodeId id) const
{
    return shipment().node(id);
}

NodeId PackingEdit::create(NodeStash &stash, const ShipmentLine &line)
{
    auto node = shipment().createNode(line);
    const NodeId id = node->id();
    stash[id] = std::move(node);
    return id;
}

void PackingEdit::markChildren(NodeId parent, int fromRow)
{
    auto it = m_children.find(parent);
    if (it == m_children.end())
        m_children.insert(parent, fromRow);
    else
        *it = qMin(*it, fromRow);
}

ShipmentNode *PackingEdit::insert(NodeStash &stash, NodeId id, ShipmentNode *parent, int row)
{
    auto it = stash.find(id);
    Q_ASSERT(it != stash.end());
    std::unique_ptr<ShipmentNode> node = std::move(it->second);
    stash.erase(it);
    ShipmentNode *inserted = model().insertNode(parent, row, std::move(node));
    m_steps.push_back(
        Step { Step::Kind::Insert, id, parent->id(), inserted->row(), &stash, {}, {} });
    m_subtrees.insert(id);
    markChildren(parent->id(), inserted->row());
    return inserted;
}

void PackingEdit::take(NodeStash &stash, ShipmentNode *node)
{
    const NodeId id = node->id();
    ShipmentNode *parent = node->parent();
    const int row = node->row();
    node->forEach([this](const ShipmentNode *n) { m_removedIds.append(n->id()); });
    m_removed.append(node);
    m_formerParents.insert(parent->id());
    markChildren(parent->id(), row);
    stash[id] = model().takeNode(node);
    m_steps.push_back(Step { Step::Kind::Take, id, parent->id(), row, &stash, {}, {} });
}

void PackingEdit::move(ShipmentNode *node, ShipmentNode *newParent, int row)
{
    ShipmentNode *oldParent = node->parent();
    const int oldRow = node->row();
    m_steps.push_back(
        Step { Step::Kind::Move, node->id(), oldParent->id(), oldRow, nullptr, {}, {} });
    model().moveNode(node, newParent, row);
    m_nodes.insert(node->id());
    m_formerParents.insert(oldParent->id());
    markChildren(oldParent->id(), oldParent == newParent ? 0 : oldRow);
    markChildren(newParent->id(), oldParent == newParent ? 0 : node->row());
}

void PackingEdit::setLine(ShipmentNode *node, const ShipmentLine &line)
{
    m_steps.push_back(Step { Step::Kind::SetLine, node->id(), 0, 0, nullptr, node->line(), {} });
    model().setLine(node, line);
    m_nodes.insert(node->id());
}

void PackingEdit::setHeader(const ShipmentHeader &header)
{
    m_steps.push_back(Step { Step::Kind::SetHeader, 0, 0, 0, nullptr, {}, shipment().header() });
    model().setHeader(header);
    m_header = true;
}

std::optional<QString> PackingEdit::allocateSscc(NodeId node)
{
    const StationProfile &profile = m_session.station().profile();
    if (profile.companyPrefix.isEmpty()) {
        fail(tr("no GS1 company prefix is set for this station: set it in the settings before "
                "adding cartons or pallets"));
        return std::nullopt;
    }
    SsccLedger::Use use;
    use.shipmentId = m_session.shipmentId();
    use.merchantShipmentNo = shipment().header().merchantShipmentNo;
    use.nodeId = node;
    use.user = profile.userName;
    use.station = profile.stationName;
    QString error;
    const auto allocation = m_session.station().ledger().allocate(
        profile.companyPrefix, profile.extensionDigit, use, &error);
    if (!allocation) {
        fail(tr("no SSCC could be allocated: %1").arg(error));
        return std::nullopt;
    }
    if (allocation->nearExhaustion) {
        addNote(tr("only %1 SSCC serials are left in the range of company prefix %2")
                    .arg(allocation->remaining)
                    .arg(profile.companyPrefix));
    }
    return allocation->sscc.digits();
}

bool PackingEdit::recordExternal(const QString &sscc, NodeId node)
{
    const StationProfile &profile = m_session.station().profile();
    SsccLedger::Use use;
    use.shipmentId = m_session.shipmentId();
    use.merchantShipmentNo = shipment().header().merchantShipmentNo;
    use.nodeId = node;
    use.user = profile.userName;
    use.station = profile.stationName;
    QString error;
    if (!m_session.station().ledger().recordExternal(sscc, use, &error))
        return fail(tr("the label %1 cannot be used: %2").arg(sscc, error));
    return true;
}

bool PackingEdit::voidSscc(const QString &sscc, const QString &reason, NodeId node)
{
    if (!Sscc::fromString(sscc).isValid())
        return true; // not an SSCC the ledger could know
    SsccLedger &ledger = m_session.station().ledger();
    QString error;
    const auto entry = ledger.entry(sscc, &error);
    if (!entry && !error.isEmpty())
        return fail(tr("the SSCC ledger cannot be read: %1").arg(error));
    if (entry && entry->state == SsccState::Voided)
        return true;
    if (!entry && !recordExternal(sscc, node))
        return false;
    if (!ledger.voidSscc(sscc, reason, m_session.station().profile().userName, &error))
        return fail(tr("SSCC %1 cannot be voided: %2").arg(sscc, error));
    return true;
}

bool PackingEdit::voidSubtree(const ShipmentNode *node, const QString &reason, QStringList *voided)
{
    bool ok = true;
    node->forEach([&](const ShipmentNode *n) {
        if (!ok || n->type() == NodeType::Item || n->line().identifierValue.isEmpty())
            return;
        ok = voidSscc(n->line().identifierValue, reason, n->id());
        if (ok && voided)
            voided->append(n->line().identifierValue);
    });
    return ok;
}

bool PackingEdit::renewSubtree(ShipmentNode *node, QStringList *renewed)
{
    QList<ShipmentNode *> containers;
    node->forEach([&](const ShipmentNode *n) {
        if (n->type() != NodeType::Item && Sscc::fromString(n->line().identifierValue).isValid())
            containers.append(const_cast<ShipmentNode *>(n));
    });
    for (ShipmentNode *container : containers) {
        const auto sscc = allocateSscc(container->id());
        if (!sscc)
            return false;
        ShipmentLine line = container->line();
        if (renewed)
            renewed->append(tr("%1 → %2").arg(line.identifierValue, *sscc));
        line.identifierValue = *sscc;
        setLine(container, line);
    }
    return true;
}

bool PackingEdit::fail(const QString &message)
{
    if (m_failure.isEmpty())
        m_failure = message;
    return false;
}

void PackingEdit::revert()
{
    ShipmentTreeModel &m = model();
    Shipment &s = shipment();
    for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it) {
        switch (it->kind) {
        case Step::Kind::Insert:
            (*it->stash)[it->id] = m.takeNode(s.node(it->id));
            break;
        case Step::Kind::Take: {
            auto found = it->stash->find(it->id);
            std::unique_ptr<ShipmentNode> node = std::move(found->second);
            it->stash->erase(found);
            m.insertNode(s.node(it->parent), it->row, std::move(node));
            break;
        }
        case Step::Kind::Move:
            m.moveNode(s.node(it->id), s.node(it->parent), it->row);
            break;
        case Step::Kind::SetLine:
            m.setLine(s.node(it->id), it->line);
            break;
        case Step::Kind::SetHeader:
            m.setHeader(*it->header);
            break;
        }
    }
    m_steps.clear();
}

ShipmentChangeSet PackingEdit::changeSet() const
{
    const Shipment &s = shipment();
    ShipmentChangeSet changes;
    QSet<NodeId> written;
    const auto write = [&](const ShipmentNode *node) {
        if (!written.contains(node->id())) {
            written.insert(node->id());
            changes.upsert(node);
        }
    };
    for (NodeId id : m_subtrees) {
        if (const ShipmentNode *node = s.node(id))
            node->forEach(write);
    }
    for (NodeId id : m_nodes) {
        if (const ShipmentNode *node = s.node(id); node && !node->isRoot())
            write(node);
    }
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
        if (const ShipmentNode *parent = s.node(it.key())) {
            for (int row = qMax(0, it.value()); row < parent->childCount(); ++row)
                write(parent->child(row));
        }
    }
    QSet<NodeId> removed;
    for (NodeId id : m_removedIds) {
        if (!s.node(id) && !removed.contains(id)) {
            removed.insert(id);
            changes.removed.push_back(id);
        }
    }
    if (m_header)
        changes.header = s.header();
    changes.keepNextNodeId(s);
    return changes;
}

ShipmentChange PackingEdit::change() const
{
    const Shipment &s = shipment();
    ShipmentChange change;
    QSet<NodeId> changed = m_subtrees;
    changed.unite(m_nodes);
    for (NodeId id : changed) {
        if (const ShipmentNode *node = s.node(id); node && !node->isRoot())
            change.changed.append(id);
    }
    for (NodeId id : m_formerParents) {
        if (s.node(id))
            change.formerParents.append(id);
    }
    for (const ShipmentNode *node : m_removed) {
        if (!s.node(node->id()))
            change.removed.append(node);
    }
    change.header = m_header;
    return change;
}

QList<NodeId> PackingEdit::touched() const
{
    QSet<NodeId> ids = m_subtrees;
    ids.unite(m_nodes);
    for (NodeId id : m_formerParents)
        ids.insert(id);
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it)
        ids.insert(it.key());
    return ids.values();
}

} // namespace VendorPack
