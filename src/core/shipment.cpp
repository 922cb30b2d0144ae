// SPDX-License-Identifier: GPL-3.0-or-later
#include "shipment.h"

namespace VendorPack {

bool ShipmentHeader::operator==(const ShipmentHeader &o) const
{
    return channelId == o.channelId && merchantShipmentNo == o.merchantShipmentNo
        && carrierShipmentNo == o.carrierShipmentNo && channelShipmentNo == o.channelShipmentNo
        && billOfLadingNo == o.billOfLadingNo && shipmentType == o.shipmentType
        && transportationMode == o.transportationMode && carrierName == o.carrierName
        && shipmentDate == o.shipmentDate && estimatedDeliveryDate == o.estimatedDeliveryDate
        && sellingPartyId == o.sellingPartyId && shipFromPartyId == o.shipFromPartyId
        && shipToPartyId == o.shipToPartyId && dimensions == o.dimensions && weight == o.weight
        && malformed == o.malformed;
}

Shipment::Shipment()
    : m_root(std::make_unique<ShipmentNode>(0, ShipmentLine()))
{
}

Shipment::~Shipment() = default;

ShipmentNode *Shipment::node(NodeId id) const
{
    if (id == 0)
        return m_root.get();
    return m_index.value(id, nullptr);
}

std::unique_ptr<ShipmentNode> Shipment::createNode(ShipmentLine line, NodeId id)
{
    if (id == 0)
        id = m_nextId++;
    else if (id >= m_nextId)
        m_nextId = id + 1;
    return std::make_unique<ShipmentNode>(id, std::move(line));
}

ShipmentNode *Shipment::insertNode(ShipmentNode *parent, int row,
                                   std::unique_ptr<ShipmentNode> node)
{
    Q_ASSERT(parent && node && !node->m_parent);
    ShipmentNode *raw = node.get();
    raw->m_parent = parent;
    auto &children = parent->m_children;
    row = qBound(0, row, int(children.size()));
    children.insert(children.begin() + row, std::move(node));
    indexSubtree(raw);
    return raw;
}

std::unique_ptr<ShipmentNode> Shipment::takeNode(ShipmentNode *node)
{
    Q_ASSERT(node && node->m_parent);
    auto &siblings = node->m_parent->m_children;
    const int row = node->row();
    std::unique_ptr<ShipmentNode> owned = std::move(siblings[size_t(row)]);
    siblings.erase(siblings.begin() + row);
    owned->m_parent = nullptr;
    unindexSubtree(owned.get());
    return owned;
}

void Shipment::moveNode(ShipmentNode *node, ShipmentNode *newParent, int row)
{
    auto &siblings = node->m_parent->m_children;
    const int from = node->row();
    std::unique_ptr<ShipmentNode> owned = std::move(siblings[size_t(from)]);
    siblings.erase(siblings.begin() + from);
    owned->m_parent = newParent;
    auto &children = newParent->m_children;
    row = qBound(0, row, int(children.size()));
    children.insert(children.begin() + row, std::move(owned));
}

void Shipment::indexSubtree(ShipmentNode *node)
{
    node->forEach([this](const ShipmentNode *n) {
        m_index.insert(n->id(), const_cast<ShipmentNode *>(n));
        if (n->id() >= m_nextId)
            m_nextId = n->id() + 1;
    });
}

void Shipment::unindexSubtree(ShipmentNode *node)
{
    node->forEach([this](const ShipmentNode *n) { m_index.remove(n->id()); });
}

std::unique_ptr<Shipment> Shipment::clone() const
{
    auto copy = std::make_unique<Shipment>();
    copy->m_header = m_header;
    copy->m_status = m_status;
    copy->m_version = m_version;
    copy->m_nextId = m_nextId;
    struct Copier
    {
        Shipment *target;
        void operator()(const ShipmentNode *from, ShipmentNode *toParent)
        {
            for (const auto &child : from->children()) {
                ShipmentNode *made
                    = target->insertNode(toParent, toParent->childCount(),
                                         target->createNode(child->line(), child->id()));
                (*this)(child.get(), made);
            }
        }
    };
    Copier { copy.get() }(m_root.get(), copy->m_root.get());
    return copy;
}

} // namespace VendorPack
