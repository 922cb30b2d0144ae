// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QIdentityProxyModel>

namespace VendorPack {

// The shipment tree as the view shows it: a node-type icon in the first column and a severity
// icon in the status column; everything else (drag and drop included) is the tree model's.
class ShipmentStatusProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit ShipmentStatusProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QIcon m_typeIcons[4];
    QIcon m_severityIcons[3];
    QIcon m_okIcon;
};

} // namespace VendorPack
