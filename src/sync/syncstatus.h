// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncstatestore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <optional>

namespace VendorPack {

// What the window shows about one shipment's sync.
struct ShipmentSyncStatus
{
    qint64 shipmentId = 0;
    QString merchantShipmentNo;
    qint64 localVersion = 0;
    std::optional<qint64> confirmedVersion; // the last version the API confirmed
    QDateTime lastPushAt; // when it confirmed it
    PushAttempt lastAttempt; // the last attempt and how it ended
    ExportStatus lastExportStatus = ExportStatus::Unknown;
    int waitingEntries = 0; // outbox entries that will still be tried
    Findings apiFindings; // the API's refusal of the last attempt, on the nodes
    QString lockReason; // not empty: no edits, no pushes

    bool isInSync() const { return confirmedVersion && *confirmedVersion == localVersion; }
    bool operator==(const ShipmentSyncStatus &other) const;
    bool operator!=(const ShipmentSyncStatus &other) const { return !(*this == other); }
};

// The station's sync state (online, changes waiting, last contact, paused) and each shipment's,
// with change signals for the banner and the window. The worker and the poller write it.
class SyncStatus : public QObject
{
    Q_OBJECT
public:
    explicit SyncStatus(QObject *parent = nullptr);

    bool isOnline() const { return m_online; }
    // The last time the API answered (any answer but a 5xx); invalid before the first.
    QDateTime lastContact() const { return m_lastContact; }
    int waitingChanges() const { return m_waiting; }
    // Entries parked until the next edit (errors, refused by the API).
    int parkedChanges() const { return m_parked; }
    bool isPaused() const { return m_paused; }
    QString pauseReason() const { return m_pauseReason; }

    std::optional<ShipmentSyncStatus> shipment(qint64 shipmentId) const;
    QList<qint64> shipmentIds() const { return m_shipments.keys(); }

    // Written by the worker and the poller.
    void setOnline(bool online);
    void setContact(const QDateTime &time);
    void setWaiting(int waiting, int parked);
    void setPaused(bool paused, const QString &reason = QString());
    void setShipment(const ShipmentSyncStatus &status);

Q_SIGNALS:
    // Online, waiting count, last contact or pause changed.
    void stationChanged();
    void shipmentChanged(qint64 shipmentId);

private:
    bool m_online = true;
    QDateTime m_lastContact;
    int m_waiting = 0;
    int m_parked = 0;
    bool m_paused = false;
    QString m_pauseReason;
    QHash<qint64, ShipmentSyncStatus> m_shipments;
};

} // namespace VendorPack
