// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"
#include "packing/packingresult.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace VendorPack {

class PackingSession;

// The fields of the selected pallet, carton or item, edited through the session's setters (each
// field one undo step, merged while typing); read-only when the session is.
class PropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PropertiesPanel(PackingSession &session, QWidget *parent = nullptr);

    void setNode(NodeId node);
    NodeId node() const { return m_node; }
    // Shows the node's values again (after a change, undo or reload).
    void refresh();

    QLineEdit *identifierEdit() const { return m_identifier; }
    QSpinBox *quantityEdit() const { return m_quantity; }
    QLineEdit *lotEdit() const { return m_lot; }
    QDoubleSpinBox *weightEdit() const { return m_weight; }
    QSpinBox *layersEdit() const { return m_layers; }
    QSpinBox *itemsPerLayerEdit() const { return m_perLayer; }

signals:
    // An edit was refused or failed (the message goes to the status bar).
    void editFailed(const VendorPack::PackingResult &result);

private:
    void report(const PackingResult &result);
    void commitIdentifier();
    void commitQuantity();
    void commitLot();
    void commitExpiry();
    void commitWeight();
    void commitDimensions();
    void commitHandling();
    void commitPallet();

    PackingSession &m_session;
    NodeId m_node = 0;
    bool m_filling = false;
    QFormLayout *m_form;
    QLabel *m_what;
    QLineEdit *m_identifier;
    QSpinBox *m_quantity;
    QLabel *m_unit;
    QLabel *m_purchaseOrder;
    QLineEdit *m_lot;
    QCheckBox *m_hasExpiry;
    QDateEdit *m_expiry;
    QDoubleSpinBox *m_weight;
    QComboBox *m_weightUnit;
    QDoubleSpinBox *m_length;
    QDoubleSpinBox *m_width;
    QDoubleSpinBox *m_height;
    QComboBox *m_lengthUnit;
    QComboBox *m_handling;
    QSpinBox *m_layers;
    QSpinBox *m_perLayer;
    QWidget *m_expiryRow;
    QWidget *m_weightRow;
    QWidget *m_sizeRow;
    QWidget *m_palletRow;
    QLabel *m_empty;
};

} // namespace VendorPack
