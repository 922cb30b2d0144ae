// SPDX-License-Identifier: GPL-3.0-or-later
#include "purchaseorderfiltermodel.h"

#include "purchaseorderlistmodel.h"

namespace VendorPack {

PurchaseOrderFilterModel::PurchaseOrderFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PurchaseOrderListModel::SortRole);
    setDynamicSortFilter(true);
}

void PurchaseOrderFilterModel::setStatusFilter(std::optional<PurchaseOrderStatus> status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidateFilter();
}

void PurchaseOrderFilterModel::setFulfillmentCenterFilter(const QString &partyId)
{
    if (m_fulfillmentCenter == partyId)
        return;
    m_fulfillmentCenter = partyId;
    invalidateFilter();
}

void PurchaseOrderFilterModel::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    m_searchWords = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void PurchaseOrderFilterModel::setShowClosed(bool show)
{
    if (m_showClosed == show)
        return;
    m_showClosed = show;
    invalidateFilter();
}

bool PurchaseOrderFilterModel::filterAcceptsRow(int sourceRow,
                                                const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto status = PurchaseOrderStatus(index.data(PurchaseOrderListModel::StatusRole).toInt());
    if (m_status) {
        if (status != *m_status)
            return false;
    } else if (!m_showClosed && index.data(PurchaseOrderListModel::IsClosedRole).toBool()) {
        return false;
    }
    if (!m_fulfillmentCenter.isEmpty()
        && index.data(PurchaseOrderListModel::FulfillmentCenterRole).toString()
            != m_fulfillmentCenter)
        return false;
    if (!m_searchWords.isEmpty()) {
        const QString haystack = index.data(PurchaseOrderListModel::SearchTextRole).toString();
        for (const QString &word : m_searchWords) {
            if (!haystack.contains(word))
                return false;
        }
    }
    return true;
}

} // namespace VendorPack
