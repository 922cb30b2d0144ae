// SPDX-License-Identifier: GPL-3.0-or-later
#include "packingshipmentbar.h"

#include "packing/packingsession.h"
#include "packing/station.h"
#include "storage/shipmentrepository.h"
#include "sync/syncstatus.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace VendorPack {

PackingShipmentBar::PackingShipmentBar(PackingSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_state(new QLabel(this))
    , m_sync(new QLabel(this))
    , m_syncNow(new QToolButton(this))
    , m_combo(new QComboBox(this))
    , m_new(new QToolButton(this))
{
    QFont bold = m_summary->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_summary->setFont(bold);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The bar must fit a 1366 px screen: the list keeps its width, the texts give way (their
    // tooltips hold them whole).
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_state->setMinimumWidth(1);
    m_sync->setMinimumWidth(1);
    m_combo->setMinimumContentsLength(24);
    m_combo->setToolTip(tr("Open another shipment that is being built"));
    m_new->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_sync->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sync->hide();
    m_syncNow->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_syncNow->setAutoRaise(true);
    m_syncNow->hide();
    auto *open = new QLabel(tr("&Open:"), this);
    open->setBuddy(m_combo);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_state);
    layout->addSpacing(12);
    layout->addWidget(m_sync);
    layout->addWidget(m_syncNow);
    layout->addStretch(1);
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

void PackingShipmentBar::setSyncStatus(const SyncStatus *status, QAction *syncNow)
{
    m_syncStatus = status;
    if (syncNow)
        m_syncNow->setDefaultAction(syncNow);
    m_syncNow->setVisible(status && syncNow);
    refresh();
}

void PackingShipmentBar::setHasErrors(bool hasErrors)
{
    if (m_hasErrors == hasErrors)
        return;
    m_hasErrors = hasErrors;
    refresh();
}

QString PackingShipmentBar::exportText(ExportStatus status)
{
    switch (status) {
    case ExportStatus::Unknown:
        break;
    case ExportStatus::None:
        return tr("ASN not sent to Amazon yet");
    case ExportStatus::InProgress:
        return tr("ASN being sent to Amazon");
    case ExportStatus::Success:
        return tr("ASN reached Amazon");
    case ExportStatus::Failure:
        return tr("Amazon refused the ASN");
    }
    return QString();
}

QString PackingShipmentBar::outcomeText(PushOutcome outcome)
{
    switch (outcome) {
    case PushOutcome::None:
        break;
    case PushOutcome::Pushing:
        return tr("sending");
    case PushOutcome::Confirmed:
        return tr("confirmed");
    case PushOutcome::Uncertain:
        return tr("answer lost, checked before the next push");
    case PushOutcome::Retrying:
        return tr("failed, tried again later");
    case PushOutcome::HasErrors:
        return tr("not sent: the version has errors");
    case PushOutcome::Rejected:
        return tr("refused by ChannelEngine");
    case PushOutcome::Locked:
        return tr("locked: ChannelEngine takes no more updates");
    case PushOutcome::Unauthorized:
        return tr("the API key was refused");
    }
    return tr("not pushed yet");
}

QString PackingShipmentBar::describeSync(const ShipmentSyncStatus *status, qint64 version,
                                         bool hasErrors, bool online, bool paused)
{
    QString text = describeState(status, version, hasErrors, online, paused);
    const QString asn = status ? exportText(status->lastExportStatus) : QString();
    return asn.isEmpty() ? text : text + u" · "_s + asn;
}

QString PackingShipmentBar::describeState(const ShipmentSyncStatus *status, qint64 version,
                                          bool hasErrors, bool online, bool paused)
{
    if (status && !status->lockReason.isEmpty())
        return tr("delivered: locked");
    const std::optional<qint64> confirmed = status ? status->confirmedVersion : std::nullopt;
    if (confirmed && *confirmed >= version) {
        const QDateTime at = status->lastPushAt.toLocalTime();
        return at.isValid()
            ? tr("ChannelEngine has version %1 (%2)").arg(*confirmed).arg(at.toString(u"HH:mm"_s))
            : tr("ChannelEngine has version %1").arg(*confirmed);
    }
    const QString kept = confirmed ? tr("ChannelEngine keeps %1").arg(*confirmed)
                                   : tr("ChannelEngine has none yet");
    if (hasErrors)
        return tr("version %1 has errors: %2").arg(version).arg(kept);
    if (status && status->lastAttempt.outcome == PushOutcome::Rejected
        && status->lastAttempt.version == version)
        return tr("version %1 refused by ChannelEngine: %2").arg(version).arg(kept);
    const qint64 waiting = version - confirmed.value_or(0);
    if (paused)
        return tr("sync paused: %n version(s) waiting", nullptr, int(waiting));
    if (!online)
        return tr("offline: %n version(s) waiting", nullptr, int(waiting));
    return confirmed
        ? tr("version %1 — ChannelEngine has %2, sending…").arg(version).arg(*confirmed)
        : tr("version %1 — ChannelEngine has none yet, sending…").arg(version);
}

QString PackingShipmentBar::describeAttempt(const ShipmentSyncStatus &status)
{
    QStringList lines;
    const PushAttempt &attempt = status.lastAttempt;
    const QLocale locale;
    if (attempt.outcome != PushOutcome::None) {
        lines << tr("Last push: version %1, %2 at %3")
                     .arg(attempt.version)
                     .arg(outcomeText(attempt.outcome))
                     .arg(locale.toString(attempt.at.toLocalTime(), QLocale::ShortFormat));
        if (!attempt.message.isEmpty())
            lines << attempt.message;
        if (!attempt.requestId.isEmpty())
            lines << tr("Request id: %1").arg(attempt.requestId);
    } else {
        lines << tr("Not pushed yet");
    }
    const QString asn = exportText(status.lastExportStatus);
    lines << (asn.isEmpty() ? tr("ASN: not known yet") : asn);
    if (status.waitingEntries > 0)
        lines << tr("%n change(s) waiting to be sent", nullptr, status.waitingEntries);
    if (!status.lockReason.isEmpty())
        lines << status.lockReason;
    return lines.join(u'\n');
}

QString PackingShipmentBar::syncText() const
{
    return m_sync->isHidden() ? QString() : m_sync->text();
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
    m_sync->setVisible(shipment && m_syncStatus);
    if (shipment && m_syncStatus) {
        const std::optional<ShipmentSyncStatus> status
            = m_syncStatus->shipment(m_session.shipmentId());
        m_sync->setText(describeSync(status ? &*status : nullptr, shipment->version(), m_hasErrors,
                                     m_syncStatus->isOnline(), m_syncStatus->isPaused()));
        m_sync->setToolTip(status ? describeAttempt(*status) : tr("Not pushed yet"));
        QPalette palette = m_sync->palette();
        const bool bad = m_hasErrors || (status && !status->lockReason.isEmpty())
            || (status && status->lastAttempt.outcome == PushOutcome::Rejected);
        palette.setColor(QPalette::WindowText,
                         bad ? QColor(0xc0, 0x1c, 0x1c) : palette.color(QPalette::Text));
        m_sync->setPalette(palette);
    }
    if (!shipment) {
        m_summary->setText(tr("No shipment open"));
        m_state->setText(tr("Create one for the FC of a PO, or open a building shipment."));
        return;
    }
    const ShipmentHeader &h = shipment->header();
    const QString status = ShipmentRepository::statusName(shipment->status());
    m_summary->setText(tr("%1 → %2").arg(h.merchantShipmentNo, h.shipToPartyId));
    QString state = tr("%1, version %2").arg(status).arg(shipment->version());
    const QString here
        = tr("open at this station (%1)").arg(m_session.station().profile().stationName);
    if (m_session.isReadOnly())
        state += u" — "_s + tr("read-only: %1").arg(m_session.readOnlyReason());
    else if (!m_syncStatus) // with sync the bar needs the room: the tooltip says it
        state += u" — "_s + here;
    m_state->setText(state);
    QPalette palette = m_state->palette();
    palette.setColor(QPalette::WindowText,
                     m_session.isReadOnly() ? QColor(0xc0, 0x1c, 0x1c)
                                            : palette.color(QPalette::Text));
    m_state->setPalette(palette);
    m_state->setToolTip(m_session.isReadOnly() ? state : state + u" — "_s + here);
    const int current = m_combo->findData(m_session.shipmentId());
    if (current >= 0)
        m_combo->setCurrentIndex(current);
}

QString PackingShipmentBar::summaryText() const
{
    QString text = m_summary->text() + u' ' + m_state->text();
    if (!m_sync->isHidden())
        text += u' ' + m_sync->text();
    return text;
}

} // namespace VendorPack
