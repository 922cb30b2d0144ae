// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"
#include "core/shipment.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace VendorPack {

class PackingSession;
struct PackingResult;

// The shipment header as a form (carrier, PRO, bill of lading, type, mode, dates; the shipment
// number and party ids read-only once set), with the rules' header findings beside the fields;
// each field edit is one undo step through the session's setHeader().
class PackingHeaderForm : public QWidget
{
    Q_OBJECT

public:
    explicit PackingHeaderForm(PackingSession &session, QWidget *parent = nullptr);

    // Shows the header and the session's findings (or these) again.
    void refresh();
    void refresh(const Findings &findings);
    // The shipment was opened: which ids are already set (and so read-only).
    void reset();
    // The shipment was sent to ChannelEngine: the number and party ids are frozen (greyed out).
    void setPushed(bool pushed);
    bool isPushed() const { return m_pushed; }

    QLineEdit *carrierEdit() const { return m_carrier; }
    QLineEdit *billOfLadingEdit() const { return m_billOfLading; }
    QComboBox *shipmentTypeCombo() const { return m_shipmentType; }
    QLineEdit *shipmentNoEdit() const { return m_number; }
    QLineEdit *shipToEdit() const { return m_shipTo; }
    QLineEdit *shipFromEdit() const { return m_shipFrom; }
    QLineEdit *sellingPartyEdit() const { return m_selling; }
    // The finding text shown beside a field ("" when none), by the header field's JSON name.
    QString findingText(const QString &field) const;

signals:
    void editFailed(const VendorPack::PackingResult &result);

private:
    enum class Field {
        MerchantShipmentNo,
        ShipTo,
        ShipFrom,
        Selling,
        Carrier,
        CarrierShipmentNo,
        BillOfLading,
        ShipmentType,
        TransportationMode,
        ShipmentDate,
        DeliveryDate,
        Other
    };
    QLabel *addField(Field field, const QString &label, QWidget *editor);
    void commit(Field field);
    static Field fieldOf(const Finding &finding);

    PackingSession &m_session;
    bool m_filling = false;
    int m_lastField = -1;
    QFormLayout *m_form;
    QLineEdit *m_number;
    QLineEdit *m_shipTo;
    QLineEdit *m_shipFrom;
    QLineEdit *m_selling;
    QLineEdit *m_carrier;
    QLineEdit *m_carrierShipmentNo;
    QLineEdit *m_billOfLading;
    QComboBox *m_shipmentType;
    QComboBox *m_mode;
    QDateTimeEdit *m_shipmentDate;
    QCheckBox *m_hasDelivery;
    QDateTimeEdit *m_deliveryDate;
    QLabel *m_general;
    QHash<int, QLabel *> m_findingLabels;
    QHash<int, bool> m_lockedIds;
    bool m_pushed = false;
};

} // namespace VendorPack
