// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packing/packingsession.h"

#include <QAbstractTableModel>

namespace VendorPack {

// The PO lines the open shipment's FC may still be packed with (packed of accepted, remaining),
// as a table whose rows drag into the shipment tree as the tree model's PO-line MIME data.
class PoLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PurchaseOrderColumn,
        SkuColumn,
        RemainingColumn,
        PackedColumn,
        AcceptedColumn,
        UnitColumn,
        AsinColumn,
        ColumnCount
    };
    enum Role {
        RemainingUnitsRole = Qt::UserRole + 1, // qint64, eaches
        PurchaseOrderRole, // QString
        SkuRole // QString
    };

    explicit PoLinesModel(PackingSession &session, QObject *parent = nullptr);

    // Reads the session's PO lines again: values in place when the lines are the same ones.
    void refresh();
    const PackingSession::PoLineFill &line(int row) const { return m_lines[row]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    // The first dragged row with units left, as a drag of all its remaining units.
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    PackingSession &m_session;
    QList<PackingSession::PoLineFill> m_lines;
};

} // namespace VendorPack
