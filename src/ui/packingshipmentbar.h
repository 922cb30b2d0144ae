// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncstatestore.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QToolButton;

namespace VendorPack {

class PackingSession;
class SyncStatus;
struct ShipmentSyncStatus;

// Which shipment is open (number, FC, status, version, and whether this station may change it),
// what ChannelEngine holds of it (the sync state, with Sync now), a list to open another building
// shipment, and the New shipment button.
class PackingShipmentBar : public QWidget
{
    Q_OBJECT

public:
    explicit PackingShipmentBar(PackingSession &session, QWidget *parent = nullptr);

    // Reads the list of building shipments again and shows the open one.
    void reloadList();
    void refresh();
    void setNewShipmentAction(QAction *action);
    // Shows the open shipment's sync state from this status (which must outlive the bar).
    void setSyncStatus(const SyncStatus *status, QAction *syncNow);
    // The open version has error findings (sync does not send it).
    void setHasErrors(bool hasErrors);

    QString summaryText() const;
    // What ChannelEngine holds of the open shipment ("" without sync or a shipment).
    QString syncText() const;
    QLabel *syncLabel() const { return m_sync; }
    // The sync sentence for a shipment: version is the local one, hasErrors its error findings.
    static QString describeSync(const ShipmentSyncStatus *status, qint64 version, bool hasErrors,
                                bool online, bool paused);
    // The last push, its request id and ChannelEngine's LastExportStatus (the tooltip).
    static QString describeAttempt(const ShipmentSyncStatus &status);
    static QString exportText(ExportStatus status);
    static QString outcomeText(PushOutcome outcome);
    QComboBox *shipmentCombo() const { return m_combo; }

signals:
    void openRequested(qint64 shipmentId);

private:
    static QString describeState(const ShipmentSyncStatus *status, qint64 version, bool hasErrors,
                                 bool online, bool paused);

    PackingSession &m_session;
    QLabel *m_summary;
    QLabel *m_state;
    QLabel *m_sync;
    QToolButton *m_syncNow;
    QComboBox *m_combo;
    QToolButton *m_new;
    const SyncStatus *m_syncStatus = nullptr;
    bool m_hasErrors = false;
    bool m_filling = false;
};

} // namespace VendorPack
