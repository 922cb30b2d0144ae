// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace VendorPack {

class PackingSession;

// Which shipment is open (number, FC, status, version, and whether this station may change it),
// a list to open another building shipment, and the New shipment button.
class PackingShipmentBar : public QWidget
{
    Q_OBJECT

public:
    explicit PackingShipmentBar(PackingSession &session, QWidget *parent = nullptr);

    // Reads the list of building shipments again and shows the open one.
    void reloadList();
    void refresh();
    void setNewShipmentAction(QAction *action);

    QString summaryText() const;
    QComboBox *shipmentCombo() const { return m_combo; }

signals:
    void openRequested(qint64 shipmentId);

private:
    PackingSession &m_session;
    QLabel *m_summary;
    QLabel *m_state;
    QComboBox *m_combo;
    QToolButton *m_new;
    bool m_filling = false;
};

} // namespace VendorPack
