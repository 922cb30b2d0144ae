// SPDX-License-Identifier: GPL-3.0-or-later
#include "polinesmodel.h"

#include "packing/shipmenttreemodel.h"

#include <QApplication>
#include <QPalette>

namespace VendorPack {

namespace {

bool sameLines(const QList<PackingSession::PoLineFill> &a,
               const QList<PackingSession::PoLineFill> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].purchaseOrderNo != b[i].purchaseOrderNo || a[i].sku != b[i].sku)
            return false;
    }
    return true;
}

} // namespace

PoLinesModel::PoLinesModel(PackingSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    refresh();
}

void PoLinesModel::refresh()
{
    QList<PackingSession::PoLineFill> lines = m_session.poLines();
    if (!sameLines(lines, m_lines)) {
        beginResetModel();
        m_lines = std::move(lines);
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto &before = m_lines[i];
        const auto &after = lines[i];
        if (before.packedUnits == after.packedUnits && before.acceptedUnits == after.acceptedUnits
            && before.acknowledged == after.acknowledged && before.asin == after.asin
            && before.unitSize == after.unitSize && before.unitOfMeasure == after.unitOfMeasure)
            continue;
        m_lines[i] = after;
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

int PoLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int PoLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PoLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const PackingSession::PoLineFill &line = m_lines[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PurchaseOrderColumn:
            return line.purchaseOrderNo;
        case SkuColumn:
            return line.sku;
        case AsinColumn:
            return line.asin;
        case UnitColumn:
            return line.unitOfMeasure == QuantityUnit::Cases ? tr("cases of %1").arg(line.unitSize)
                                                             : tr("eaches");
        case AcceptedColumn:
            return line.acceptedUnits;
        case PackedColumn:
            return line.packedUnits;
        case RemainingColumn:
            return line.remainingUnits();
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() >= RemainingColumn && index.column() <= AcceptedColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::ForegroundRole:
        if (line.remainingUnits() == 0)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return QVariant();
    case Qt::ToolTipRole: {
        QString tip = tr("%1 of %2 units packed (PO %3, %4)")
                          .arg(line.packedUnits)
                          .arg(line.acceptedUnits)
                          .arg(line.purchaseOrderNo, line.sku);
        if (!line.acknowledged)
            tip += u'\n' + tr("Not acknowledged yet: the ordered quantity counts as accepted.");
        if (line.remainingUnits() > 0)
            tip += u'\n' + tr("Drag into a carton or pallet to pack the remaining units.");
        return tip;
    }
    case RemainingUnitsRole:
        return line.remainingUnits();
    case PurchaseOrderRole:
        return line.purchaseOrderNo;
    case SkuRole:
        return line.sku;
    }
    return QVariant();
}

QVariant PoLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case PurchaseOrderColumn:
        return tr("PO");
    case SkuColumn:
        return tr("SKU");
    case AsinColumn:
        return tr("ASIN");
    case UnitColumn:
        return tr("Unit");
    case AcceptedColumn:
        return tr("Accepted");
    case PackedColumn:
        return tr("Packed");
    case RemainingColumn:
        return tr("Left");
    }
    return QVariant();
}

Qt::ItemFlags PoLinesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_lines[index.row()].remainingUnits() > 0)
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList PoLinesModel::mimeTypes() const
{
    return { ShipmentTreeModel::poLineMimeType() };
}

QMimeData *PoLinesModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.model() != this)
            continue;
        const PackingSession::PoLineFill &line = m_lines[index.row()];
        if (line.remainingUnits() <= 0)
            continue;
        return ShipmentTreeModel::createPoLineMimeData(
            { line.purchaseOrderNo, line.sku, line.remainingUnits() });
    }
    return nullptr;
}

Qt::DropActions PoLinesModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace VendorPack
