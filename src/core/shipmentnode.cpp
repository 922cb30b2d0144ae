// SPDX-License-Identifier: GPL-3.0-or-later
#include "shipmentnode.h"

#include <QVarLengthArray>

namespace VendorPack {

qint64 ShipmentLine::units() const
{
    if (!quantity)
        return 0;
    if (quantityUnit == QuantityUnit::Cases)
        return unitsPerCase ? *quantity * *unitsPerCase : 0;
    return *quantity;
}

bool ShipmentLine::operator==(const ShipmentLine &o) const
{
    return type == o.type && identifierType == o.identifierType
        && identifierValue == o.identifierValue && layersPerPallet == o.layersPerPallet
        && itemsPerLayer == o.itemsPerLayer && dimensions == o.dimensions && weight == o.weight
        && quantity == o.quantity && quantityUnit == o.quantityUnit
        && unitsPerCase == o.unitsPerCase && channelPurchaseOrderNo == o.channelPurchaseOrderNo
        && lotNo == o.lotNo && expiryDate == o.expiryDate && handlingCode == o.handlingCode
        && malformed == o.malformed;
}

ShipmentNode::ShipmentNode(NodeId id, ShipmentLine line)
    : m_id(id)
    , m_line(std::move(line))
{
}

ShipmentNode::~ShipmentNode() = default;

int ShipmentNode::row() const
{
    if (!m_parent)
        return -1;
    const auto &siblings = m_parent->m_children;
    for (size_t i = 0; i < siblings.size(); ++i) {
        if (siblings[i].get() == this)
            return int(i);
    }
    return -1;
}

int ShipmentNode::depth() const
{
    int d = 0;
    for (const ShipmentNode *n = m_parent; n; n = n->m_parent)
        ++d;
    return d;
}

bool ShipmentNode::isAncestorOf(const ShipmentNode *node) const
{
    for (const ShipmentNode *n = node ? node->m_parent : nullptr; n; n = n->m_parent) {
        if (n == this)
            return true;
    }
    return false;
}

QString ShipmentNode::pointer(QStringView prefix) const
{
    QVarLengthArray<int, 8> rows;
    for (const ShipmentNode *n = this; n && n->m_parent; n = n->m_parent)
        rows.append(n->row());
    QString result = prefix.toString();
    for (qsizetype i = rows.size() - 1; i >= 0; --i)
        result += QLatin1String("/Lines/") + QString::number(rows[i]);
    return result;
}

} // namespace VendorPack
