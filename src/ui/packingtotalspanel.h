// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace VendorPack {

class PackingSession;

// Live figures: the selected container's and the whole shipment's units, weight and cartons, and
// for each PO line in the selection how much of it is packed ("packed of accepted").
class PackingTotalsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PackingTotalsPanel(PackingSession &session, QWidget *parent = nullptr);

    void setNode(NodeId node);
    void refresh(); // both of these
    // The selected container: on every change and selection.
    void refreshSelection();
    // The whole shipment's figures walk the tree: once per burst of changes.
    void refreshShipment();
    QTreeWidget *fillView() const { return m_fill; }

private:
    QString weightText(const std::optional<double> &grams) const;

    PackingSession &m_session;
    NodeId m_node = 0;
    QLabel *m_selection;
    QLabel *m_shipment;
    QTreeWidget *m_fill;
};

} // namespace VendorPack
