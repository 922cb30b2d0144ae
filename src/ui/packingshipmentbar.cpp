// SPDX-License-Identifier: GPL-3.0-or-later
#include "packingshipmentbar.h"

#include "packing/packingsession.h"
#include "packing/station.h"
#include "storage/shipmentrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace VendorPack {

PackingShipmentBar::PackingShipmentBar(PackingSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_state(new QLabel(this))
    , m_combo(new QComboBox(this))
    , m_new(new QToolButton(this))
{
    QFont bold = m_summary->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_summary->setFont(bold);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(24);
    m_combo->setToolTip(tr("Open another shipment that is being built"));
    m_new->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *open = new QLabel(tr("&Open:"), this);
    open->setBuddy(m_combo);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_state, 1);
    layout->addWidget(open);
    layout->addWidget(m_combo);
    layout->addWidget(m_new);

    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const qint64 id = m_combo->itemData(index).toLongLong();
        if (id > 0 && id != m_session.shipmentId())
            emit openRequested(id);
    });
    reloadList();
}

void PackingShipmentBar::setNewShipmentAction(QAction *action)
{
    m_new->setDefaultAction(action);
}

void PackingShipmentBar::reloadList()
{
    m_filling = true;
    m_combo->clear();
    m_combo->addItem(tr("Choose a building shipment…"), 0);
    ShipmentRepository::Error error;
    const auto list
        = m_session.station().shipments().summaries(ShipmentStatus::Building, {}, &error);
    if (list) {
        for (const ShipmentSummary &s : *list) {
            QString text = tr("%1 (%2)").arg(s.merchantShipmentNo, s.shipToPartyId);
            if (!s.leaseStation.isEmpty() && s.id != m_session.shipmentId())
                text += tr(" — open at %1").arg(s.leaseStation);
            m_combo->addItem(text, s.id);
        }
    } else {
        m_combo->setToolTip(tr("The shipments cannot be listed: %1").arg(error.message));
    }
    const int current = m_combo->findData(m_session.shipmentId());
    m_combo->setCurrentIndex(current >= 0 ? current : 0);
    m_filling = false;
    refresh();
}

void PackingShipmentBar::refresh()
{
    const Shipment *shipment = m_session.shipment();
    if (!shipment) {
        m_summary->setText(tr("No shipment open"));
        m_state->setText(tr("Create one for the FC of a PO, or open a building shipment."));
        return;
    }
    const ShipmentHeader &h = shipment->header();
    const QString status = ShipmentRepository::statusName(shipment->status());
    m_summary->setText(tr("%1 → %2").arg(h.merchantShipmentNo, h.shipToPartyId));
    QString state = tr("%1, version %2").arg(status).arg(shipment->version());
    if (m_session.isReadOnly())
        state += u" — "_s + tr("read-only: %1").arg(m_session.readOnlyReason());
    else
        state += u" — "_s
            + tr("open at this station (%1)").arg(m_session.station().profile().stationName);
    m_state->setText(state);
    QPalette palette = m_state->palette();
    palette.setColor(QPalette::WindowText,
                     m_session.isReadOnly() ? QColor(0xc0, 0x1c, 0x1c)
                                            : palette.color(QPalette::Text));
    m_state->setPalette(palette);
    m_state->setToolTip(state);
    const int current = m_combo->findData(m_session.shipmentId());
    if (current >= 0)
        m_combo->setCurrentIndex(current);
}

QString PackingShipmentBar::summaryText() const
{
    return m_summary->text() + u' ' + m_state->text();
}

} // namespace VendorPack
