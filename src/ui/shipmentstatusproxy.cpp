// SPDX-License-Identifier: GPL-3.0-or-later
#include "shipmentstatusproxy.h"

#include "packingicons.h"

#include "packing/shipmenttreemodel.h"

namespace VendorPack {

ShipmentStatusProxy::ShipmentStatusProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{
    for (int type = 0; type < 4; ++type)
        m_typeIcons[type] = PackingIcons::forNodeType(NodeType(type));
    for (int severity = 0; severity < 3; ++severity)
        m_severityIcons[severity] = PackingIcons::forSeverity(Severity(severity));
    m_okIcon = PackingIcons::ok();
}

QVariant ShipmentStatusProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole || !index.isValid())
        return QIdentityProxyModel::data(index, role);
    switch (index.column()) {
    case ShipmentTreeModel::WhatColumn: {
        const int type = QIdentityProxyModel::data(index, ShipmentTreeModel::NodeTypeRole).toInt();
        return type >= 0 && type < 4 ? m_typeIcons[type] : QIcon();
    }
    case ShipmentTreeModel::StatusColumn: {
        const int severity
            = QIdentityProxyModel::data(index, ShipmentTreeModel::NodeSeverityRole).toInt();
        return severity >= 0 && severity < 3 ? m_severityIcons[severity] : m_okIcon;
    }
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace VendorPack
