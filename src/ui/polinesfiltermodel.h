// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace VendorPack {

// Sorts the PO lines and hides the fully packed ones on request.
class PoLinesFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    bool hidesFullyPacked() const { return m_hideFullyPacked; }
    void setHideFullyPacked(bool hide);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_hideFullyPacked = false;
};

} // namespace VendorPack
