// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shipmentnode.h"

#include <QHash>

namespace VendorPack {

// Header fields that were present in a document but could not be read (already reported).
enum HeaderField : quint32 {
    HeaderChannelId = 1u << 0,
    HeaderShipmentType = 1u << 1,
    HeaderTransportationMode = 1u << 2,
    HeaderShipmentDate = 1u << 3,
    HeaderEstimatedDeliveryDate = 1u << 4,
    HeaderDimensions = 1u << 5,
    HeaderWeight = 1u << 6,
    HeaderLines = 1u << 7,
    HeaderModel = 1u << 8,
    HeaderMerchantShipmentNo = 1u << 9,
    HeaderParties = 1u << 10
};

// The shipment header: the API model's fields other than Lines, plus the ChannelId around it.
struct ShipmentHeader
{
    std::optional<qint64> channelId;
    QString merchantShipmentNo;
    QString carrierShipmentNo;
    QString channelShipmentNo;
    QString billOfLadingNo;
    ShipmentType shipmentType = ShipmentType::None;
    TransportationMode transportationMode = TransportationMode::None;
    QString carrierName;
    QDateTime shipmentDate;
    QDateTime estimatedDeliveryDate;
    QString sellingPartyId;
    QString shipFromPartyId;
    QString shipToPartyId;
    Dimensions dimensions;
    Weight weight;

    quint32 malformed = 0; // HeaderField bits

    bool isTruckShipment() const
    {
        return shipmentType == ShipmentType::TruckLoad
            || shipmentType == ShipmentType::LessThanTruckLoad;
    }
    bool operator==(const ShipmentHeader &other) const;
    bool operator!=(const ShipmentHeader &other) const { return !(*this == other); }
};

enum class ShipmentStatus { Building, SignedOff, Dispatched, Delivered, Cancelled };

// A shipment: header, status, version and the pallet/carton/item tree below an invisible root.
class Shipment
{
public:
    Shipment();
    ~Shipment();
    Shipment(const Shipment &) = delete;
    Shipment &operator=(const Shipment &) = delete;

    const ShipmentHeader &header() const { return m_header; }
    ShipmentHeader &header() { return m_header; }

    ShipmentStatus status() const { return m_status; }
    void setStatus(ShipmentStatus status) { m_status = status; }
    qint64 version() const { return m_version; }
    void setVersion(qint64 version) { m_version = version; }

    // The invisible root; its children are the top-level lines.
    ShipmentNode *root() const { return m_root.get(); }
    const std::vector<std::unique_ptr<ShipmentNode>> &lines() const { return m_root->children(); }
    ShipmentNode *node(NodeId id) const; // nullptr when unknown; 0 gives the root
    int nodeCount() const { return int(m_index.size()); }
    // The id the next new node gets; stored with the shipment so that a reload never reissues
    // the id of a node that was removed.
    NodeId nextNodeId() const { return m_nextId; }
    // Makes new ids start at `next` or later; never lowers it.
    void reserveNodeIds(NodeId next) { m_nextId = qMax(m_nextId, next); }

    // A new detached node with a fresh id, or with the given one (restoring a stored tree).
    std::unique_ptr<ShipmentNode> createNode(ShipmentLine line, NodeId id = 0);
    // Attaches a detached subtree (ids must be unused in this shipment); returns its node.
    ShipmentNode *insertNode(ShipmentNode *parent, int row, std::unique_ptr<ShipmentNode> node);
    // Detaches a subtree; the caller (an undo command) owns it and may insert it again.
    std::unique_ptr<ShipmentNode> takeNode(ShipmentNode *node);
    // Moves a subtree under another parent at row (row counted after removal).
    void moveNode(ShipmentNode *node, ShipmentNode *newParent, int row);

    // A deep copy with the same ids.
    std::unique_ptr<Shipment> clone() const;

private:
    void indexSubtree(ShipmentNode *node);
    void unindexSubtree(ShipmentNode *node);

    ShipmentHeader m_header;
    ShipmentStatus m_status = ShipmentStatus::Building;
    qint64 m_version = 0;
    std::unique_ptr<ShipmentNode> m_root;
    QHash<NodeId, ShipmentNode *> m_index;
    NodeId m_nextId = 1;
};

} // namespace VendorPack
