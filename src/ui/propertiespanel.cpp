// SPDX-License-Identifier: GPL-3.0-or-later
#include "propertiespanel.h"

#include "packingunits.h"

#include "packing/packingsession.h"
#include "packing/shipmenttreemodel.h"
#include "packing/station.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace VendorPack {

namespace {

QDoubleSpinBox *measureEdit(QWidget *parent)
{
    QDoubleSpinBox *edit = PackingUnits::measureEdit(parent);
    edit->setKeyboardTracking(false);
    edit->setButtonSymbols(QAbstractSpinBox::NoButtons);
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("9999.99")) + 12);
    return edit;
}

QWidget *row(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget, qobject_cast<QComboBox *>(widget) ? 0 : 1);
    return box;
}

void setSpin(QDoubleSpinBox *spin, const std::optional<double> &value)
{
    if (spin->value() != value.value_or(0))
        spin->setValue(value.value_or(0));
}

std::optional<double> valueOf(const QDoubleSpinBox *spin)
{
    return spin->value() > 0 ? std::optional<double>(spin->value()) : std::nullopt;
}

} // namespace

PropertiesPanel::PropertiesPanel(PackingSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_form(new QFormLayout)
    , m_what(new QLabel(this))
    , m_identifier(new QLineEdit(this))
    , m_quantity(new QSpinBox(this))
    , m_unit(new QLabel(this))
    , m_purchaseOrder(new QLabel(this))
    , m_lot(new QLineEdit(this))
    , m_hasExpiry(new QCheckBox(this))
    , m_expiry(new QDateEdit(this))
    , m_weight(measureEdit(this))
    , m_weightUnit(new QComboBox(this))
    , m_length(measureEdit(this))
    , m_width(measureEdit(this))
    , m_height(measureEdit(this))
    , m_lengthUnit(new QComboBox(this))
    , m_handling(new QComboBox(this))
    , m_layers(new QSpinBox(this))
    , m_perLayer(new QSpinBox(this))
    , m_empty(new QLabel(tr("Select a pallet, carton or item in the shipment."), this))
{
    QFont bold = m_what->font();
    bold.setBold(true);
    m_what->setFont(bold);
    m_quantity->setRange(1, 999999);
    m_quantity->setKeyboardTracking(false);
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_layers->setRange(0, 99);
    m_perLayer->setRange(0, 999);
    m_layers->setSpecialValueText(QStringLiteral("—"));
    m_perLayer->setSpecialValueText(QStringLiteral("—"));
    m_layers->setKeyboardTracking(false);
    m_perLayer->setKeyboardTracking(false);
    m_length->setToolTip(tr("Length"));
    m_width->setToolTip(tr("Width"));
    m_height->setToolTip(tr("Height"));
    PackingUnits::fillWeightUnits(m_weightUnit, session.station().profile().weightUnit);
    PackingUnits::fillLengthUnits(m_lengthUnit, session.station().profile().lengthUnit);
    PackingUnits::fillHandlingCodes(m_handling);
    m_empty->setWordWrap(true);

    m_expiryRow = row(this, { m_hasExpiry, m_expiry });
    m_weightRow = row(this, { m_weight, m_weightUnit });
    m_sizeRow = row(this, { m_length, m_width, m_height, m_lengthUnit });
    m_palletRow = row(this, { m_layers, m_perLayer });
    m_layers->setToolTip(tr("Layers per pallet"));
    m_perLayer->setToolTip(tr("Items per layer"));

    m_form->addRow(m_what);
    m_form->addRow(tr("&Identifier:"), m_identifier);
    m_form->addRow(tr("&Quantity:"), m_quantity);
    m_form->addRow(tr("Unit:"), m_unit);
    m_form->addRow(tr("PO:"), m_purchaseOrder);
    m_form->addRow(tr("&Lot:"), m_lot);
    m_form->addRow(tr("E&xpiry:"), m_expiryRow);
    m_form->addRow(tr("&Weight:"), m_weightRow);
    m_form->addRow(tr("L × W × H:"), m_sizeRow);
    m_form->addRow(tr("&Handling:"), m_handling);
    m_form->addRow(tr("Layers × per layer:"), m_palletRow);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addLayout(m_form);

    connect(m_identifier, &QLineEdit::editingFinished, this, &PropertiesPanel::commitIdentifier);
    connect(m_quantity, &QSpinBox::valueChanged, this, &PropertiesPanel::commitQuantity);
    connect(m_lot, &QLineEdit::textEdited, this, &PropertiesPanel::commitLot);
    connect(m_hasExpiry, &QCheckBox::toggled, this, &PropertiesPanel::commitExpiry);
    connect(m_expiry, &QDateEdit::dateChanged, this, &PropertiesPanel::commitExpiry);
    connect(m_weight, &QDoubleSpinBox::valueChanged, this, &PropertiesPanel::commitWeight);
    connect(m_weightUnit, &QComboBox::currentIndexChanged, this, &PropertiesPanel::commitWeight);
    for (QDoubleSpinBox *edit : { m_length, m_width, m_height })
        connect(edit, &QDoubleSpinBox::valueChanged, this, &PropertiesPanel::commitDimensions);
    connect(m_lengthUnit, &QComboBox::currentIndexChanged, this,
            &PropertiesPanel::commitDimensions);
    connect(m_handling, &QComboBox::currentIndexChanged, this, &PropertiesPanel::commitHandling);
    connect(m_layers, &QSpinBox::valueChanged, this, &PropertiesPanel::commitPallet);
    connect(m_perLayer, &QSpinBox::valueChanged, this, &PropertiesPanel::commitPallet);
    refresh();
}

void PropertiesPanel::setNode(NodeId node)
{
    if (node == m_node)
        return;
    m_node = node;
    refresh();
}

void PropertiesPanel::refresh()
{
    const Shipment *shipment = m_session.shipment();
    const ShipmentNode *node = shipment && m_node ? shipment->node(m_node) : nullptr;
    const bool has = node && !node->isRoot();
    m_empty->setVisible(!has);
    for (int i = 0; i < m_form->rowCount(); ++i)
        m_form->setRowVisible(i, has);
    if (!has)
        return;
    m_filling = true;
    const ShipmentLine &line = node->line();
    const bool item = node->type() == NodeType::Item;
    const bool pallet = node->type() == NodeType::Pallet;
    const QModelIndex index = m_session.model()->indexForNode(node);
    m_what->setText(index.data(ShipmentTreeModel::NodePositionRole).toString());
    if (m_identifier->text() != line.identifierValue)
        m_identifier->setText(line.identifierValue);
    m_identifier->setToolTip(item ? tr("SKU or GTIN of the item")
                                  : tr("The SSCC on the label (18 digits)"));
    if (m_quantity->value() != line.quantity.value_or(1))
        m_quantity->setValue(int(line.quantity.value_or(1)));
    m_unit->setText(line.quantityUnit == QuantityUnit::Cases
                        ? tr("cases of %1 units").arg(line.unitsPerCase.value_or(0))
                        : tr("eaches"));
    m_purchaseOrder->setText(line.channelPurchaseOrderNo);
    if (m_lot->text() != line.lotNo)
        m_lot->setText(line.lotNo);
    m_hasExpiry->setChecked(line.expiryDate.isValid());
    m_expiry->setEnabled(line.expiryDate.isValid());
    if (line.expiryDate.isValid())
        m_expiry->setDate(line.expiryDate.date());
    else
        m_expiry->setDate(QDate::currentDate().addMonths(6));
    setSpin(m_weight, line.weight.value);
    if (line.weight.unit != WeightUnit::Unknown)
        PackingUnits::select(m_weightUnit, int(line.weight.unit));
    setSpin(m_length, line.dimensions.length);
    setSpin(m_width, line.dimensions.width);
    setSpin(m_height, line.dimensions.height);
    if (line.dimensions.unit != LengthUnit::Unknown)
        PackingUnits::select(m_lengthUnit, int(line.dimensions.unit));
    PackingUnits::select(m_handling, int(line.handlingCode));
    m_layers->setValue(int(line.layersPerPallet.value_or(0)));
    m_perLayer->setValue(int(line.itemsPerLayer.value_or(0)));

    // Rows for this kind of line: quantity, unit, PO, lot and expiry for items, layers for pallets.
    m_form->setRowVisible(m_quantity, item);
    m_form->setRowVisible(m_unit, item);
    m_form->setRowVisible(m_purchaseOrder, item);
    m_form->setRowVisible(m_lot, item);
    m_form->setRowVisible(m_expiryRow, item);
    m_form->setRowVisible(m_palletRow, pallet);

    const bool writable = !m_session.isReadOnly();
    for (QWidget *edit : std::initializer_list<QWidget *> {
             m_identifier, m_quantity, m_lot, m_hasExpiry, m_weight, m_weightUnit, m_length,
             m_width, m_height, m_lengthUnit, m_handling, m_layers, m_perLayer })
        edit->setEnabled(writable);
    m_expiry->setEnabled(writable && line.expiryDate.isValid());
    m_filling = false;
}

void PropertiesPanel::report(const PackingResult &result)
{
    if (!result.ok()) {
        emit editFailed(result);
        refresh();
    }
}

void PropertiesPanel::commitIdentifier()
{
    if (m_filling || !m_node || !m_session.shipment())
        return;
    const ShipmentNode *node = m_session.shipment()->node(m_node);
    if (!node || node->line().identifierValue == m_identifier->text().trimmed())
        return;
    report(m_session.setIdentifier(m_node, m_identifier->text()));
}

void PropertiesPanel::commitQuantity()
{
    if (!m_filling && m_node)
        report(m_session.setQuantity(m_node, m_quantity->value()));
}

void PropertiesPanel::commitLot()
{
    if (!m_filling && m_node)
        report(m_session.setLotNo(m_node, m_lot->text()));
}

void PropertiesPanel::commitExpiry()
{
    if (m_filling || !m_node)
        return;
    m_expiry->setEnabled(m_hasExpiry->isChecked());
    const QDateTime expiry = m_hasExpiry->isChecked()
        ? QDateTime(m_expiry->date(), QTime(0, 0), Qt::UTC)
        : QDateTime();
    report(m_session.setExpiryDate(m_node, expiry));
}

void PropertiesPanel::commitWeight()
{
    if (m_filling || !m_node)
        return;
    Weight weight;
    weight.value = valueOf(m_weight);
    if (weight.value)
        weight.unit = WeightUnit(m_weightUnit->currentData().toInt());
    report(m_session.setWeight(m_node, weight));
}

void PropertiesPanel::commitDimensions()
{
    if (m_filling || !m_node)
        return;
    Dimensions dimensions;
    dimensions.length = valueOf(m_length);
    dimensions.width = valueOf(m_width);
    dimensions.height = valueOf(m_height);
    if (dimensions.length || dimensions.width || dimensions.height)
        dimensions.unit = LengthUnit(m_lengthUnit->currentData().toInt());
    report(m_session.setDimensions(m_node, dimensions));
}

void PropertiesPanel::commitHandling()
{
    if (!m_filling && m_node)
        report(m_session.setHandlingCode(m_node, HandlingCode(m_handling->currentData().toInt())));
}

void PropertiesPanel::commitPallet()
{
    if (m_filling || !m_node || m_layers->value() < 1 || m_perLayer->value() < 1)
        return;
    report(m_session.setPallet(m_node, m_layers->value(), m_perLayer->value()));
}

} // namespace VendorPack
