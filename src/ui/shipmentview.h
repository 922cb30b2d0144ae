// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"

#include <QSet>
#include <QTreeView>

#include <functional>
#include <optional>

namespace VendorPack {

class PackingSession;
class ShipmentStatusProxy;
class ShipmentTreeModel;

// The shipment tree as the packer sees it: drag and drop through the tree model's MIME API (the
// model moves the rows, the view never removes them), a quantity asked for a partial move of one
// item line, and the expanded containers kept across moves and reloads.
class ShipmentView : public QTreeView
{
    Q_OBJECT

public:
    explicit ShipmentView(PackingSession &session, QWidget *parent = nullptr);

    NodeId nodeAt(const QModelIndex &index) const;
    QModelIndex indexOf(NodeId node, int column = 0) const;
    // The selected nodes in tree order (one per row).
    QList<NodeId> selectedNodes() const;
    NodeId currentNode() const;
    // Selects the node alone, makes it current and scrolls it into view (its parents expanded).
    void selectNode(NodeId node);
    void revealCurrent();
    // Expand all / collapse all that the view remembers across reloads.
    void expandEverything();
    void collapseEverything();

    // How many of `available` (in the line's unit) a partial move or drop takes; nullopt when
    // the packer cancels. The page may replace the asking (tests, a scale); a dialog by default.
    using QuantityAsker
        = std::function<std::optional<qint64>(const QString &text, qint64 available)>;
    void setQuantityAsker(QuantityAsker asker) { m_askQuantity = std::move(asker); }

signals:
    // A drop was handled (done or refused): the page takes the focus back to the scan bar.
    void dropFinished();
    // The drag cannot be dropped where it is, and why (once per drag and reason).
    void dropRefused(const QString &reason);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool dropParent(QDropEvent *event, QModelIndex *parent, int *row) const;
    bool partialItemDrop(QDropEvent *event, const QModelIndex &parent);
    bool partialPoLineDrop(QDropEvent *event, const QModelIndex &parent);
    std::optional<qint64> askQuantity(const QString &text, qint64 available);
    void restoreExpanded();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void expandInserted(const QModelIndex &parent, int first, int last, bool openNew);

    PackingSession &m_session;
    ShipmentTreeModel *m_tree;
    ShipmentStatusProxy *m_proxy;
    QSet<NodeId> m_expanded;
    qint64 m_expandedShipment = 0; // the shipment m_expanded belongs to
    QString m_shownRefusal;
    QList<NodeId> m_selectionBeforeReset;
    NodeId m_currentBeforeReset = 0;
    QuantityAsker m_askQuantity;
    bool m_restoring = false;
};

} // namespace VendorPack
