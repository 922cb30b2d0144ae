// SPDX-License-Identifier: GPL-3.0-or-later
#include "shipmentview.h"

#include "shipmentstatusproxy.h"

#include "packing/packingsession.h"
#include "packing/shipmenttreemodel.h"

#include <QDropEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QMimeData>
#include <QStyle>

#include <algorithm>

namespace VendorPack {

namespace {

bool isContainer(int type)
{
    return type == int(NodeType::Carton) || type == int(NodeType::Pallet);
}

} // namespace

ShipmentView::ShipmentView(PackingSession &session, QWidget *parent)
    : QTreeView(parent)
    , m_session(session)
    , m_tree(session.model())
    , m_proxy(new ShipmentStatusProxy(this))
{
    m_proxy->setSourceModel(m_tree);
    setModel(m_proxy);
    setSelectionMode(ExtendedSelection);
    setSelectionBehavior(SelectRows);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    // DragDrop (not InternalMove): PO lines come from the side pane too. The model moves the
    // rows and answers false, so the view never removes the source rows itself.
    setDragDropMode(DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setAllColumnsShowFocus(true);
    setAnimated(false);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    // Column widths from what they show, so that an 18-digit SSCC and "12 × 10 × 8 in" fit
    // (resizing to contents would read every row of a large shipment).
    const QFontMetrics metrics = fontMetrics();
    const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12;
    const auto fit = [&](int column, const QString &sample, int extra = 0) {
        setColumnWidth(column, metrics.horizontalAdvance(sample) + padding + extra);
    };
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize) + 4;
    fit(ShipmentTreeModel::WhatColumn, tr("Carton"), 3 * indentation() + icon);
    fit(ShipmentTreeModel::IdentifierColumn, QStringLiteral("000000000000000000"));
    fit(ShipmentTreeModel::PurchaseOrderColumn, QStringLiteral("WWWW00000"));
    fit(ShipmentTreeModel::QuantityColumn, tr("12 cases of 24"));
    fit(ShipmentTreeModel::WeightColumn, QStringLiteral("1500.5 lb"));
    fit(ShipmentTreeModel::DimensionsColumn, QStringLiteral("48 × 40 × 72 in"));
    fit(ShipmentTreeModel::StatusColumn, QStringLiteral("12 finding(s)"), icon);
    // The status right after what the line is, so that it shows without scrolling sideways.
    header()->moveSection(ShipmentTreeModel::StatusColumn, 1);

    connect(this, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (!m_restoring)
            m_expanded.insert(nodeAt(index));
    });
    connect(this, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (!m_restoring)
            m_expanded.remove(nodeAt(index));
    });
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (!m_tree->shipment())
            return; // the session swaps shipments in two resets: keep the first's memory
        m_selectionBeforeReset = selectedNodes();
        m_currentBeforeReset = currentNode();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ShipmentView::restoreExpanded);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ShipmentView::onRowsInserted);
    connect(m_proxy, &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int, int, const QModelIndex &destination, int row) {
                // row counts before the removal: the moved row sits at row or row - 1.
                const int first = qMax(0, row - 1);
                const int last = qMin(row, m_proxy->rowCount(destination) - 1);
                if (first <= last)
                    expandInserted(destination, first, last, false);
            });
    m_askQuantity = [this](const QString &text, qint64 available) -> std::optional<qint64> {
        bool ok = false;
        const int value = QInputDialog::getInt(this, tr("How many?"), text, int(available), 1,
                                               int(available), 1, &ok);
        return ok ? std::optional<qint64>(value) : std::nullopt;
    };
}

NodeId ShipmentView::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? index.data(ShipmentTreeModel::NodeIdRole).value<NodeId>() : 0;
}

QModelIndex ShipmentView::indexOf(NodeId node, int column) const
{
    return m_proxy->mapFromSource(m_tree->indexForId(node, column));
}

QList<NodeId> ShipmentView::selectedNodes() const
{
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    // Tree order: by depth-first position, which visualRect does not give for hidden rows.
    const auto path = [](QModelIndex index) {
        QList<int> steps;
        for (; index.isValid(); index = index.parent())
            steps.prepend(index.row());
        return steps;
    };
    std::sort(rows.begin(), rows.end(),
              [&path](const QModelIndex &a, const QModelIndex &b) { return path(a) < path(b); });
    QList<NodeId> ids;
    for (const QModelIndex &index : rows)
        ids.append(nodeAt(index));
    return ids;
}

NodeId ShipmentView::currentNode() const
{
    return nodeAt(currentIndex());
}

void ShipmentView::selectNode(NodeId node)
{
    const QModelIndex index = indexOf(node);
    if (!index.isValid())
        return;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        expand(parent);
    selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

void ShipmentView::revealCurrent()
{
    if (currentIndex().isValid())
        scrollTo(currentIndex());
}

void ShipmentView::expandEverything()
{
    QList<QModelIndex> pending { QModelIndex() };
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0, n = m_proxy->rowCount(parent); row < n; ++row) {
            const QModelIndex index = m_proxy->index(row, 0, parent);
            if (isContainer(index.data(ShipmentTreeModel::NodeTypeRole).toInt())) {
                m_expanded.insert(nodeAt(index));
                pending.append(index);
            }
        }
    }
    m_restoring = true;
    expandAll();
    m_restoring = false;
}

void ShipmentView::collapseEverything()
{
    m_expanded.clear();
    m_restoring = true;
    collapseAll();
    m_restoring = false;
    revealCurrent();
}

void ShipmentView::restoreExpanded()
{
    if (!m_tree->shipment())
        return;
    // Node ids are per shipment: another shipment starts with nothing remembered.
    if (m_session.shipmentId() != m_expandedShipment) {
        m_expanded.clear();
        m_selectionBeforeReset.clear();
        m_currentBeforeReset = 0;
        m_expandedShipment = m_session.shipmentId();
    }
    m_restoring = true;
    for (NodeId id : std::as_const(m_expanded)) {
        const QModelIndex index = indexOf(id);
        if (index.isValid() && !isExpanded(index))
            expand(index);
    }
    m_restoring = false;
    // The same lines selected (a reload keeps the ids), the current one in view.
    const QModelIndex current = indexOf(m_currentBeforeReset);
    if (current.isValid()) {
        selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        QItemSelection selection;
        for (NodeId id : std::as_const(m_selectionBeforeReset)) {
            const QModelIndex index = indexOf(id);
            if (index.isValid())
                selection.select(index, index);
        }
        selectionModel()->select(selection,
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        scrollTo(current);
    }
    m_selectionBeforeReset.clear();
    m_currentBeforeReset = 0;
}

void ShipmentView::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    expandInserted(parent, first, last, true);
}

void ShipmentView::expandInserted(const QModelIndex &parent, int first, int last, bool openNew)
{
    // The container the rows went into opens; a new container opens, and a subtree that comes
    // back (undo, a move) opens as it was.
    if (parent.isValid() && !isExpanded(parent))
        expand(parent);
    QList<std::pair<QModelIndex, bool>> pending;
    for (int row = first; row <= last; ++row)
        pending.append({ m_proxy->index(row, 0, parent), openNew });
    m_restoring = true;
    while (!pending.isEmpty()) {
        const auto [index, isNew] = pending.takeLast();
        if (!index.isValid() || !isContainer(index.data(ShipmentTreeModel::NodeTypeRole).toInt()))
            continue;
        const NodeId id = nodeAt(index);
        if (isNew || m_expanded.contains(id)) {
            m_expanded.insert(id);
            expand(index);
        }
        for (int row = 0, n = m_proxy->rowCount(index); row < n; ++row)
            pending.append({ m_proxy->index(row, 0, index), false });
    }
    m_restoring = false;
}

bool ShipmentView::dropParent(QDropEvent *event, QModelIndex *parent, int *row) const
{
    const QModelIndex index = indexAt(event->position().toPoint());
    *row = -1;
    switch (dropIndicatorPosition()) {
    case OnItem:
        *parent = index.sibling(index.row(), 0);
        return true;
    case AboveItem:
        *parent = index.parent();
        *row = index.row();
        return true;
    case BelowItem:
        *parent = index.parent();
        *row = index.row() + 1;
        return true;
    case OnViewport:
        *parent = QModelIndex();
        return true;
    }
    return false;
}

std::optional<qint64> ShipmentView::askQuantity(const QString &text, qint64 available)
{
    return m_askQuantity ? m_askQuantity(text, available) : std::optional<qint64>(available);
}

bool ShipmentView::partialItemDrop(QDropEvent *event, const QModelIndex &parent)
{
    qint64 shipmentId = 0;
    QList<NodeId> ids;
    if (!ShipmentTreeModel::decodeNodes(event->mimeData(), &shipmentId, &ids) || ids.size() != 1
        || !m_session.shipment())
        return false;
    const ShipmentNode *node = m_session.shipment()->node(ids.first());
    const ShipmentNode *target = m_tree->nodeForIndex(m_proxy->mapToSource(parent));
    if (!node || !target || node->type() != NodeType::Item || node->parent() == target)
        return false;
    const qint64 have = node->line().quantity.value_or(0);
    if (have <= 1)
        return false;
    if (!m_tree->canDropMimeData(event->mimeData(), Qt::MoveAction, -1, 0,
                                 m_proxy->mapToSource(parent)))
        return true; // refused: the model reported why
    const QString unit
        = node->line().quantityUnit == QuantityUnit::Cases ? tr("cases") : tr("units");
    const auto quantity = askQuantity(tr("Move how many %1 of %2 (%3 on this line)?")
                                          .arg(unit, node->line().identifierValue)
                                          .arg(have),
                                      have);
    if (quantity)
        m_session.moveUnits(node->id(), target->id(), *quantity);
    return true;
}

bool ShipmentView::partialPoLineDrop(QDropEvent *event, const QModelIndex &parent)
{
    ShipmentTreeModel::PoLineDrag drag;
    if (!ShipmentTreeModel::decodePoLine(event->mimeData(), &drag))
        return false;
    const QModelIndex sourceParent = m_proxy->mapToSource(parent);
    if (!m_tree->canDropMimeData(event->mimeData(), Qt::CopyAction, -1, 0, sourceParent))
        return true;
    const PackingSession::PoLineFill fill = m_session.poLineFill(drag.purchaseOrderNo, drag.sku);
    const qint64 unitSize
        = fill.unitOfMeasure == QuantityUnit::Cases ? qMax<qint64>(1, fill.unitSize) : 1;
    const qint64 available = drag.units / unitSize;
    qint64 quantity = available;
    if (available > 1) {
        const auto asked
            = askQuantity(unitSize > 1 ? tr("Pack how many cases of %1 (PO %2, %3 cases left)?")
                                             .arg(drag.sku, drag.purchaseOrderNo)
                                             .arg(available)
                                       : tr("Pack how many units of %1 (PO %2, %3 left)?")
                                             .arg(drag.sku, drag.purchaseOrderNo)
                                             .arg(available),
                          available);
        if (!asked)
            return true;
        quantity = *asked;
    }
    drag.units = quantity * unitSize;
    std::unique_ptr<QMimeData> mime(ShipmentTreeModel::createPoLineMimeData(drag));
    m_tree->dropMimeData(mime.get(), Qt::CopyAction, -1, 0, sourceParent);
    return true;
}

void ShipmentView::dragEnterEvent(QDragEnterEvent *event)
{
    m_shownRefusal.clear();
    QTreeView::dragEnterEvent(event);
}

void ShipmentView::dragMoveEvent(QDragMoveEvent *event)
{
    QTreeView::dragMoveEvent(event);
    // The model reports a refusal when its reason changes; a new drag says it again.
    const QString reason = event->isAccepted() ? QString() : m_tree->lastRefusal();
    if (!reason.isEmpty() && reason != m_shownRefusal)
        emit dropRefused(reason);
    m_shownRefusal = reason;
}

void ShipmentView::dropEvent(QDropEvent *event)
{
    QModelIndex parent;
    int row = -1;
    if (dropParent(event, &parent, &row)
        && (partialItemDrop(event, parent) || partialPoLineDrop(event, parent))) {
        // Handled here: ignored towards the drag source, so that nothing removes source rows.
        event->ignore();
        stopAutoScroll();
        setState(NoState);
        viewport()->update();
        emit dropFinished();
        return;
    }
    QTreeView::dropEvent(event);
    emit dropFinished();
}

} // namespace VendorPack
