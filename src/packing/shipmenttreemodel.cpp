// SPDX-License-Identifier: GPL-3.0-or-later
#include "shipmenttreemodel.h"

#include "packingsession.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace VendorPack {

namespace {

QString formatNumber(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QString lengthUnitText(LengthUnit unit)
{
    switch (unit) {
    case LengthUnit::Inches:
        return ShipmentTreeModel::tr("in");
    case LengthUnit::Feet:
        return ShipmentTreeModel::tr("ft");
    case LengthUnit::Meter:
        return ShipmentTreeModel::tr("m");
    case LengthUnit::Yard:
        return ShipmentTreeModel::tr("yd");
    case LengthUnit::Unknown:
        break;
    }
    return QString();
}

QString weightUnitText(WeightUnit unit)
{
    switch (unit) {
    case WeightUnit::Grams:
        return ShipmentTreeModel::tr("g");
    case WeightUnit::Kilograms:
        return ShipmentTreeModel::tr("kg");
    case WeightUnit::Ounces:
        return ShipmentTreeModel::tr("oz");
    case WeightUnit::Pounds:
        return ShipmentTreeModel::tr("lb");
    case WeightUnit::Unknown:
        break;
    }
    return QString();
}

bool isContainer(const ShipmentNode *node)
{
    return node->type() == NodeType::Carton || node->type() == NodeType::Pallet;
}

} // namespace

ShipmentTreeModel::ShipmentTreeModel(PackingSession &session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
}

ShipmentTreeModel::~ShipmentTreeModel() = default;

ShipmentNode *ShipmentTreeModel::nodeForIndex(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_shipment ? m_shipment->root() : nullptr;
    return static_cast<ShipmentNode *>(index.internalPointer());
}

QModelIndex ShipmentTreeModel::indexForNode(const ShipmentNode *node, int column) const
{
    if (!node || node->isRoot() || !node->parent())
        return QModelIndex();
    return createIndex(node->row(), column, const_cast<ShipmentNode *>(node));
}

QModelIndex ShipmentTreeModel::indexForId(NodeId id, int column) const
{
    return m_shipment ? indexForNode(m_shipment->node(id), column) : QModelIndex();
}

QModelIndex ShipmentTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_shipment || column < 0 || column >= ColumnCount || row < 0
        || (parent.isValid() && parent.column() != 0))
        return QModelIndex();
    const ShipmentNode *parentNode = nodeForIndex(parent);
    if (!parentNode || row >= parentNode->childCount())
        return QModelIndex();
    return createIndex(row, column, parentNode->child(row));
}

QModelIndex ShipmentTreeModel::parent(const QModelIndex &index) const
{
    if (!index.isValid())
        return QModelIndex();
    const ShipmentNode *node = nodeForIndex(index);
    return indexForNode(node->parent());
}

int ShipmentTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_shipment || (parent.isValid() && parent.column() != 0))
        return 0;
    const ShipmentNode *node = nodeForIndex(parent);
    return node ? node->childCount() : 0;
}

int ShipmentTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ShipmentTreeModel::whatText(const ShipmentNode *node) const
{
    const ShipmentNode *parent = node->parent();
    int number = 0;
    int of = 0;
    if (parent) {
        for (const auto &sibling : parent->children()) {
            if (sibling->type() != node->type())
                continue;
            ++of;
            if (sibling.get() == node)
                number = of;
        }
    }
    switch (node->type()) {
    case NodeType::Pallet:
        return tr("Pallet %1 of %2").arg(number).arg(of);
    case NodeType::Carton:
        return tr("Carton %1 of %2").arg(number).arg(of);
    case NodeType::Item:
        return tr("Item");
    case NodeType::Unknown:
        break;
    }
    return tr("Line without a type");
}

QString ShipmentTreeModel::typeText(const ShipmentNode *node) const
{
    switch (node->type()) {
    case NodeType::Pallet:
        return tr("Pallet");
    case NodeType::Carton:
        return tr("Carton");
    case NodeType::Item:
        return tr("Item");
    case NodeType::Unknown:
        break;
    }
    return tr("Line without a type");
}

QVariant ShipmentTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_shipment)
        return QVariant();
    const ShipmentNode *node = nodeForIndex(index);
    const ShipmentLine &line = node->line();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case WhatColumn:
            return typeText(node);
        case IdentifierColumn:
            return line.identifierValue;
        case PurchaseOrderColumn:
            return line.channelPurchaseOrderNo;
        case QuantityColumn:
            if (node->type() == NodeType::Item) {
                if (!line.quantity)
                    return QVariant();
                if (line.quantityUnit == QuantityUnit::Cases && role == Qt::DisplayRole)
                    return tr("%n case(s) of %1", nullptr, int(*line.quantity))
                        .arg(line.unitsPerCase.value_or(0));
                return *line.quantity;
            }
            return role == Qt::DisplayRole
                ? QVariant(tr("%n unit(s)", nullptr, int(m_session.totals(node->id()).units)))
                : QVariant();
        case WeightColumn:
            if (line.weight.isComplete())
                return QString(formatNumber(*line.weight.value) + u' '
                               + weightUnitText(line.weight.unit));
            return QVariant();
        case DimensionsColumn:
            if (line.dimensions.isComplete()) {
                return tr("%1 × %2 × %3 %4")
                    .arg(formatNumber(*line.dimensions.length),
                         formatNumber(*line.dimensions.width),
                         formatNumber(*line.dimensions.height),
                         lengthUnitText(line.dimensions.unit));
            }
            return QVariant();
        case StatusColumn: {
            const Findings findings = m_session.validator().findingsFor(*m_shipment, node->id());
            if (findings.isEmpty())
                return role == Qt::DisplayRole ? QVariant(tr("OK")) : QVariant();
            return tr("%n finding(s)", nullptr, int(findings.size()));
        }
        }
        return QVariant();
    case Qt::ToolTipRole:
    case NodeFindingsRole: {
        const Findings findings = m_session.validator().findingsFor(*m_shipment, node->id());
        QStringList lines;
        for (const Finding &finding : findings)
            lines.append(finding.message);
        return lines.join(u'\n');
    }
    case NodeIdRole:
        return QVariant::fromValue(node->id());
    case NodePositionRole:
        return whatText(node);
    case NodeTypeRole:
        return int(node->type());
    case NodeSeverityRole: {
        const Findings findings = m_session.validator().findingsFor(*m_shipment, node->id());
        int worst = -1;
        for (const Finding &finding : findings) {
            if (worst < 0 || int(finding.severity) < worst)
                worst = int(finding.severity);
        }
        return worst;
    }
    case NodeUnitsRole:
        return m_session.totals(node->id()).units;
    case NodeWeightGramsRole: {
        const auto grams = m_session.totals(node->id()).weightGrams;
        return grams ? QVariant(*grams) : QVariant();
    }
    case NodeCartonCountRole:
        return node->type() == NodeType::Pallet ? m_session.totals(node->id()).cartons : 0;
    case NodeClosedRole:
        return isContainer(node) && line.weight.isComplete() && line.dimensions.isComplete();
    default:
        return QVariant();
    }
}

QVariant ShipmentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case WhatColumn:
        return tr("What");
    case IdentifierColumn:
        return tr("SSCC / SKU");
    case PurchaseOrderColumn:
        return tr("PO");
    case QuantityColumn:
        return tr("Quantity");
    case WeightColumn:
        return tr("Weight");
    case DimensionsColumn:
        return tr("Dimensions");
    case StatusColumn:
        return tr("Status");
    }
    return QVariant();
}

Qt::ItemFlags ShipmentTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (isContainer(nodeForIndex(index)))
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QHash<int, QByteArray> ShipmentTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeIdRole, "nodeId");
    names.insert(NodeTypeRole, "nodeType");
    names.insert(NodeSeverityRole, "severity");
    names.insert(NodeUnitsRole, "units");
    names.insert(NodeWeightGramsRole, "weightGrams");
    names.insert(NodeCartonCountRole, "cartonCount");
    names.insert(NodeClosedRole, "closed");
    names.insert(NodeFindingsRole, "findings");
    names.insert(NodePositionRole, "position");
    return names;
}

QStringList ShipmentTreeModel::mimeTypes() const
{
    return { nodesMimeType(), poLineMimeType() };
}

QMimeData *ShipmentTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QList<NodeId> ids;
    QList<const ShipmentNode *> nodes;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.model() != this)
            continue;
        const ShipmentNode *node = nodeForIndex(index);
        if (!nodes.contains(node))
            nodes.append(node);
    }
    // A node whose ancestor is selected too moves with it.
    for (const ShipmentNode *node : nodes) {
        const bool covered = std::any_of(nodes.cbegin(), nodes.cend(), [node](const auto *other) {
            return other != node && other->isAncestorOf(node);
        });
        if (!covered)
            ids.append(node->id());
    }
    if (ids.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << qint64(m_session.shipmentId()) << qint32(ids.size());
    for (NodeId id : ids)
        stream << quint32(id);
    auto *data = new QMimeData;
    data->setData(nodesMimeType(), bytes);
    return data;
}

bool ShipmentTreeModel::decodeNodes(const QMimeData *data, qint64 *shipmentId, QList<NodeId> *ids)
{
    if (!data || !data->hasFormat(nodesMimeType()))
        return false;
    const QByteArray bytes = data->data(nodesMimeType());
    QDataStream stream(bytes);
    qint64 shipment = 0;
    qint32 count = 0;
    stream >> shipment >> count;
    if (stream.status() != QDataStream::Ok || count <= 0 || count > 1000000)
        return false;
    QList<NodeId> result;
    for (qint32 i = 0; i < count; ++i) {
        quint32 id = 0;
        stream >> id;
        result.append(id);
    }
    if (stream.status() != QDataStream::Ok)
        return false;
    *shipmentId = shipment;
    *ids = result;
    return true;
}

QMimeData *ShipmentTreeModel::createPoLineMimeData(const PoLineDrag &line)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << line.purchaseOrderNo << line.sku << line.units;
    auto *data = new QMimeData;
    data->setData(poLineMimeType(), bytes);
    return data;
}

bool ShipmentTreeModel::decodePoLine(const QMimeData *data, PoLineDrag *line)
{
    if (!data || !data->hasFormat(poLineMimeType()))
        return false;
    const QByteArray bytes = data->data(poLineMimeType());
    QDataStream stream(bytes);
    PoLineDrag result;
    stream >> result.purchaseOrderNo >> result.sku >> result.units;
    if (stream.status() != QDataStream::Ok)
        return false;
    *line = result;
    return true;
}

Qt::DropActions ShipmentTreeModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions ShipmentTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

void ShipmentTreeModel::setRefusal(const QString &reason) const
{
    if (reason == m_lastRefusal)
        return;
    m_lastRefusal = reason;
    if (!reason.isEmpty())
        emit dropRefused(reason);
}

bool ShipmentTreeModel::checkDrop(const QMimeData *data, const ShipmentNode *target,
                                  QString *reason) const
{
    if (!m_shipment || !target) {
        *reason = tr("no shipment is open");
        return false;
    }
    if (m_session.isReadOnly()) {
        *reason = m_session.readOnlyReason();
        return false;
    }
    qint64 shipmentId = 0;
    QList<NodeId> ids;
    if (decodeNodes(data, &shipmentId, &ids)) {
        if (shipmentId != m_session.shipmentId()) {
            *reason = tr("these lines belong to another shipment");
            return false;
        }
        QList<const ShipmentNode *> nodes;
        for (NodeId id : ids) {
            const ShipmentNode *node = m_shipment->node(id);
            if (!node || node->isRoot()) {
                *reason = tr("a dragged line is no longer in the shipment");
                return false;
            }
            nodes.append(node);
        }
        const MoveCheck check = m_session.validator().checkMove(*m_shipment, nodes, target);
        *reason = check.reason;
        return check.allowed;
    }
    PoLineDrag drag;
    if (decodePoLine(data, &drag)) {
        ShipmentLine line;
        if (!m_session.itemLineFor(drag.purchaseOrderNo, drag.sku, drag.units, &line, reason))
            return false;
        const MoveCheck check = m_session.validator().checkInsert(*m_shipment, line, target);
        *reason = check.reason;
        return check.allowed;
    }
    *reason = tr("only shipment lines and PO lines can be dropped here");
    return false;
}

bool ShipmentTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                        int column, const QModelIndex &parent) const
{
    Q_UNUSED(row);
    Q_UNUSED(column);
    if (action != Qt::MoveAction && action != Qt::CopyAction)
        return false;
    QString reason;
    const bool allowed = checkDrop(data, nodeForIndex(parent), &reason);
    setRefusal(allowed ? QString() : reason);
    return allowed;
}

bool ShipmentTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                     int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const ShipmentNode *target = nodeForIndex(parent);
    qint64 shipmentId = 0;
    QList<NodeId> ids;
    if (decodeNodes(data, &shipmentId, &ids)) {
        // The command moves the rows; false keeps the view from removing the source rows.
        m_session.moveNodes(ids, target->id(), row);
        return false;
    }
    PoLineDrag drag;
    if (decodePoLine(data, &drag)) {
        const bool added
            = m_session.addItem(target->id(), drag.purchaseOrderNo, drag.sku, drag.units).ok();
        // A PO line stays in the side pane: never report a move that its view would act on.
        return added && action == Qt::CopyAction;
    }
    return false;
}

ShipmentNode *ShipmentTreeModel::insertNode(ShipmentNode *parent, int row,
                                            std::unique_ptr<ShipmentNode> node)
{
    if (row < 0 || row > parent->childCount())
        row = parent->childCount();
    beginInsertRows(indexForNode(parent), row, row);
    ShipmentNode *inserted = m_shipment->insertNode(parent, row, std::move(node));
    endInsertRows();
    return inserted;
}

std::unique_ptr<ShipmentNode> ShipmentTreeModel::takeNode(ShipmentNode *node)
{
    const int row = node->row();
    beginRemoveRows(indexForNode(node->parent()), row, row);
    auto taken = m_shipment->takeNode(node);
    endRemoveRows();
    return taken;
}

void ShipmentTreeModel::moveNode(ShipmentNode *node, ShipmentNode *newParent, int row)
{
    ShipmentNode *oldParent = node->parent();
    const int from = node->row();
    const int countAfterRemoval = newParent->childCount() - (oldParent == newParent ? 1 : 0);
    if (row < 0 || row > countAfterRemoval)
        row = countAfterRemoval;
    if (oldParent == newParent && row == from)
        return;
    // beginMoveRows counts the destination before the removal.
    const int destination = (oldParent == newParent && row > from) ? row + 1 : row;
    if (!beginMoveRows(indexForNode(oldParent), from, from, indexForNode(newParent), destination))
        return;
    m_shipment->moveNode(node, newParent, row);
    endMoveRows();
}

void ShipmentTreeModel::setLine(ShipmentNode *node, const ShipmentLine &line)
{
    node->line() = line;
    emit dataChanged(indexForNode(node, 0), indexForNode(node, ColumnCount - 1));
}

void ShipmentTreeModel::setHeader(const ShipmentHeader &header)
{
    m_shipment->header() = header;
}

void ShipmentTreeModel::resetShipment(Shipment *shipment)
{
    beginResetModel();
    m_shipment = shipment;
    m_lastRefusal.clear();
    endResetModel();
}

void ShipmentTreeModel::refreshNodes(const QList<NodeId> &ids)
{
    if (!m_shipment)
        return;
    QSet<const ShipmentNode *> done;
    for (NodeId id : ids) {
        for (const ShipmentNode *node = m_shipment->node(id); node && !node->isRoot();
             node = node->parent()) {
            if (done.contains(node))
                break;
            done.insert(node);
            emit dataChanged(indexForNode(node, 0), indexForNode(node, ColumnCount - 1));
        }
    }
}

} // namespace VendorPack
