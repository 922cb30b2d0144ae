// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstatus.h"

namespace VendorPack {

bool ShipmentSyncStatus::operator==(const ShipmentSyncStatus &other) const
{
    return shipmentId == other.shipmentId && merchantShipmentNo == other.merchantShipmentNo
        && localVersion == other.localVersion && confirmedVersion == other.confirmedVersion
        && lastPushAt == other.lastPushAt && lastAttempt.outcome == other.lastAttempt.outcome
        && lastAttempt.version == other.lastAttempt.version
        && lastAttempt.at == other.lastAttempt.at
        && lastAttempt.message == other.lastAttempt.message
        && lastAttempt.requestId == other.lastAttempt.requestId
        && lastExportStatus == other.lastExportStatus && waitingEntries == other.waitingEntries
        && apiFindings == other.apiFindings && lockReason == other.lockReason;
}

SyncStatus::SyncStatus(QObject *parent)
    : QObject(parent)
{
}

std::optional<ShipmentSyncStatus> SyncStatus::shipment(qint64 shipmentId) const
{
    const auto it = m_shipments.constFind(shipmentId);
    if (it == m_shipments.cend())
        return std::nullopt;
    return *it;
}

void SyncStatus::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT stationChanged();
}

void SyncStatus::setContact(const QDateTime &time)
{
    const bool changed = !m_online || m_lastContact != time;
    m_online = true;
    m_lastContact = time;
    if (changed)
        Q_EMIT stationChanged();
}

void SyncStatus::setWaiting(int waiting, int parked)
{
    if (m_waiting == waiting && m_parked == parked)
        return;
    m_waiting = waiting;
    m_parked = parked;
    Q_EMIT stationChanged();
}

void SyncStatus::setPaused(bool paused, const QString &reason)
{
    if (m_paused == paused && m_pauseReason == reason)
        return;
    m_paused = paused;
    m_pauseReason = paused ? reason : QString();
    Q_EMIT stationChanged();
}

void SyncStatus::setShipment(const ShipmentSyncStatus &status)
{
    auto it = m_shipments.find(status.shipmentId);
    if (it != m_shipments.end() && *it == status)
        return;
    m_shipments.insert(status.shipmentId, status);
    Q_EMIT shipmentChanged(status.shipmentId);
}

} // namespace VendorPack
