// SPDX-License-Identifier: GPL-3.0-or-later
#include "polinesfiltermodel.h"

#include "polinesmodel.h"

namespace VendorPack {

void PoLinesFilterModel::setHideFullyPacked(bool hide)
{
    if (hide == m_hideFullyPacked)
        return;
    m_hideFullyPacked = hide;
    invalidateFilter();
}

bool PoLinesFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_hideFullyPacked)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(PoLinesModel::RemainingUnitsRole).toLongLong() > 0;
}

} // namespace VendorPack
