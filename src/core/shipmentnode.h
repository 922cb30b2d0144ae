// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "finding.h"
#include "units.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace VendorPack {

class Shipment;

// Fields of a line that were present in a document but could not be read (already reported).
enum LineField : quint32 {
    FieldType = 1u << 0,
    FieldIdentifierType = 1u << 1,
    FieldIdentifierValue = 1u << 2,
    FieldLayersPerPallet = 1u << 3,
    FieldItemsPerLayer = 1u << 4,
    FieldDimensions = 1u << 5,
    FieldWeight = 1u << 6,
    FieldQuantity = 1u << 7,
    FieldQuantityUnit = 1u << 8,
    FieldUnitsPerCase = 1u << 9,
    FieldPurchaseOrder = 1u << 10,
    FieldLotNo = 1u << 11,
    FieldExpiryDate = 1u << 12,
    FieldHandlingCode = 1u << 13,
    FieldLines = 1u << 14,
    // The whole entry was not an object; the node only keeps its place in the document.
    FieldPlaceholder = 1u << 31
};

// The fields of one shipment line (the API's PurchaseOrderShipmentLine without its children).
struct ShipmentLine
{
    NodeType type = NodeType::Unknown;
    IdentifierType identifierType = IdentifierType::Unknown;
    QString identifierValue;
    std::optional<qint64> layersPerPallet;
    std::optional<qint64> itemsPerLayer;
    Dimensions dimensions;
    Weight weight;
    std::optional<qint64> quantity;
    QuantityUnit quantityUnit = QuantityUnit::Unknown;
    std::optional<qint64> unitsPerCase;
    QString channelPurchaseOrderNo;
    QString lotNo;
    QDateTime expiryDate;
    HandlingCode handlingCode = HandlingCode::None;

    quint32 malformed = 0; // LineField bits

    bool isPlaceholder() const { return malformed & FieldPlaceholder; }
    // Units this item line stands for: cases × units per case, or eaches; 0 when unknown.
    qint64 units() const;

    bool operator==(const ShipmentLine &other) const;
    bool operator!=(const ShipmentLine &other) const { return !(*this == other); }
};

// A pallet, carton or item in the shipment tree; owns its children, keeps a stable id.
class ShipmentNode
{
public:
    ShipmentNode(NodeId id, ShipmentLine line);
    ~ShipmentNode();
    ShipmentNode(const ShipmentNode &) = delete;
    ShipmentNode &operator=(const ShipmentNode &) = delete;

    NodeId id() const { return m_id; }
    bool isRoot() const { return m_id == 0; }
    ShipmentNode *parent() const { return m_parent; }

    const ShipmentLine &line() const { return m_line; }
    // Changing a line in place is for the owner of the shipment (reader, commands).
    ShipmentLine &line() { return m_line; }
    NodeType type() const { return m_line.type; }

    int childCount() const { return int(m_children.size()); }
    ShipmentNode *child(int row) const { return m_children[size_t(row)].get(); }
    const std::vector<std::unique_ptr<ShipmentNode>> &children() const { return m_children; }
    int row() const; // index in the parent, -1 for the root
    int depth() const; // 0 for the root, 1 for a top-level line
    bool isAncestorOf(const ShipmentNode *node) const;

    // "/Lines/0/Lines/2" below the given prefix ("/Model", or "" for a bare Model document).
    QString pointer(QStringView prefix) const;

    // Pre-order walk of this node and everything below it.
    template<typename F>
    void forEach(F &&f) const
    {
        f(this);
        for (const auto &c : m_children)
            c->forEach(f);
    }

private:
    friend class Shipment;

    NodeId m_id;
    ShipmentNode *m_parent = nullptr;
    ShipmentLine m_line;
    std::vector<std::unique_ptr<ShipmentNode>> m_children;
};

} // namespace VendorPack
