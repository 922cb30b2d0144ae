// SPDX-License-Identifier: GPL-3.0-or-later
#include "packingtotalspanel.h"

#include "packingunits.h"

#include "core/units.h"
#include "packing/packingsession.h"
#include "packing/shipmenttreemodel.h"
#include "packing/station.h"

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace VendorPack {

PackingTotalsPanel::PackingTotalsPanel(PackingSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_selection(new QLabel(this))
    , m_shipment(new QLabel(this))
    , m_fill(new QTreeWidget(this))
{
    m_selection->setWordWrap(true);
    m_shipment->setWordWrap(true);
    m_selection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_shipment->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fill->setColumnCount(3);
    m_fill->setHeaderLabels({ tr("PO line"), tr("Here"), tr("Packed") });
    m_fill->setRootIsDecorated(false);
    m_fill->setUniformRowHeights(true);
    m_fill->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_fill->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_fill->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_fill->header()->setStretchLastSection(false);
    m_fill->setToolTip(tr("The PO lines in the selected container: units in it, and units packed "
                          "in the whole shipment of the units accepted"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_selection);
    layout->addWidget(m_shipment);
    layout->addWidget(m_fill, 1);
    refresh();
}

void PackingTotalsPanel::setNode(NodeId node)
{
    if (node == m_node)
        return;
    m_node = node;
    refreshSelection();
}

QString PackingTotalsPanel::weightText(const std::optional<double> &grams) const
{
    if (!grams)
        return tr("not weighed");
    const WeightUnit unit = m_session.station().profile().weightUnit;
    return QLocale().toString(Units::fromGrams(*grams, unit), 'f', 1) + QLatin1Char(' ')
        + PackingUnits::weightName(unit);
}

void PackingTotalsPanel::refresh()
{
    refreshShipment();
    refreshSelection();
}

void PackingTotalsPanel::refreshShipment()
{
    const Shipment *shipment = m_session.shipment();
    if (!shipment) {
        m_shipment->setText(tr("No shipment is open."));
        return;
    }
    int pallets = 0;
    for (const auto &line : shipment->lines())
        pallets += line->type() == NodeType::Pallet ? 1 : 0;
    const PackingSession::NodeTotals all = m_session.totals(0);
    m_shipment->setText(tr("<b>Shipment:</b> pallets %1, cartons %2, units %3, weight %4")
                            .arg(pallets)
                            .arg(all.cartons)
                            .arg(all.units)
                            .arg(weightText(all.weightGrams)));
}

void PackingTotalsPanel::refreshSelection()
{
    m_fill->clear();
    const Shipment *shipment = m_session.shipment();
    if (!shipment) {
        m_selection->clear();
        return;
    }
    const ShipmentNode *node = m_node ? shipment->node(m_node) : nullptr;
    if (node && node->type() == NodeType::Item)
        node = node->parent();
    if (!node || node->isRoot()) {
        m_selection->setText(tr("<b>Selection:</b> none"));
        return;
    }
    const PackingSession::NodeTotals totals = m_session.totals(node->id());
    const QString what = m_session.model()
                             ->indexForNode(node)
                             .data(ShipmentTreeModel::NodePositionRole)
                             .toString();
    QString text = tr("<b>%1:</b> units %2, weight %3")
                       .arg(what.toHtmlEscaped())
                       .arg(totals.units)
                       .arg(weightText(totals.weightGrams));
    if (node->type() == NodeType::Pallet)
        text += tr(", cartons %1").arg(totals.cartons);
    m_selection->setText(text);

    QMap<QPair<QString, QString>, qint64> here;
    node->forEach([&here](const ShipmentNode *n) {
        if (n->type() == NodeType::Item)
            here[{ n->line().channelPurchaseOrderNo, n->line().identifierValue }]
                += n->line().units();
    });
    QHash<QPair<QString, QString>, PackingSession::PoLineFill> fills;
    if (!here.isEmpty()) {
        for (const PackingSession::PoLineFill &fill : m_session.poLines())
            fills.insert({ fill.purchaseOrderNo, fill.sku }, fill);
    }
    for (auto it = here.cbegin(); it != here.cend(); ++it) {
        const PackingSession::PoLineFill fill = fills.value(it.key());
        auto *item = new QTreeWidgetItem(m_fill);
        item->setText(0, tr("%1 / %2").arg(it.key().first, it.key().second));
        item->setText(1, QString::number(it.value()));
        item->setText(2, tr("%1 of %2").arg(fill.packedUnits).arg(fill.acceptedUnits));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
}

} // namespace VendorPack
