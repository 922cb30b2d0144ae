// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/enums.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace VendorPack {

// Filters and sorts the purchase order list: by status, FC, search text (PO number, FC, SKU or
// ASIN) and whether closed orders show; sorts by the list model's raw values.
class PurchaseOrderFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PurchaseOrderFilterModel(QObject *parent = nullptr);

    // nullopt: every status.
    void setStatusFilter(std::optional<PurchaseOrderStatus> status);
    std::optional<PurchaseOrderStatus> statusFilter() const { return m_status; }
    // Empty: every FC.
    void setFulfillmentCenterFilter(const QString &partyId);
    QString fulfillmentCenterFilter() const { return m_fulfillmentCenter; }
    // Words that must all appear (case-insensitive) in the PO number, FC, SKUs or ASINs.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // Cancelled, shipped, closed and invoiced orders; hidden by default (a status filter that
    // names a closed status shows them anyway).
    void setShowClosed(bool show);
    bool showClosed() const { return m_showClosed; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<PurchaseOrderStatus> m_status;
    QString m_fulfillmentCenter;
    QString m_searchText;
    QStringList m_searchWords;
    bool m_showClosed = false;
};

} // namespace VendorPack
