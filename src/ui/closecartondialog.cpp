// SPDX-License-Identifier: GPL-3.0-or-later
#include "closecartondialog.h"

#include "packingunits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace VendorPack {

namespace {

QDoubleSpinBox *measureEdit(QWidget *parent)
{
    QDoubleSpinBox *edit = PackingUnits::measureEdit(parent);
    edit->setAccelerated(true);
    return edit;
}

} // namespace

CloseCartonDialog::CloseCartonDialog(const StationProfile &profile, const QString &what,
                                     bool pallet, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_weight(measureEdit(this))
    , m_weightUnit(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_length(measureEdit(this))
    , m_width(measureEdit(this))
    , m_height(measureEdit(this))
    , m_lengthUnit(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(pallet ? tr("Close pallet") : tr("Close carton"));
    PackingUnits::fillWeightUnits(m_weightUnit, profile.weightUnit);
    PackingUnits::fillLengthUnits(m_lengthUnit, profile.lengthUnit);
    m_type->addItem(tr("Other size (enter the dimensions)"));
    for (int i = 0; i < profile.cartonTypes.size(); ++i) {
        const CartonType &type = profile.cartonTypes[i];
        if (type.isPallet != pallet)
            continue;
        m_type->addItem(type.name);
        m_typeIndexes.append(i);
    }

    auto *intro = new QLabel(
        tr("Weigh %1 and enter its size: both go into the shipment and onto the label.").arg(what),
        this);
    intro->setWordWrap(true);

    auto *weightRow = new QHBoxLayout;
    weightRow->addWidget(m_weight, 1);
    weightRow->addWidget(m_weightUnit);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_length, 1);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_width, 1);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height, 1);
    sizeRow->addWidget(m_lengthUnit);

    auto *form = new QFormLayout;
    form->addRow(tr("&Weight:"), weightRow);
    form->addRow(pallet ? tr("Pallet &type:") : tr("Carton &type:"), m_type);
    form->addRow(tr("L × W × &H:"), sizeRow);
    m_length->setToolTip(tr("Length"));
    m_width->setToolTip(tr("Width"));
    m_height->setToolTip(tr("Height"));
    m_hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CloseCartonDialog::onTypeChanged);
    for (QDoubleSpinBox *edit : { m_weight, m_length, m_width, m_height })
        connect(edit, &QDoubleSpinBox::valueChanged, this, &CloseCartonDialog::updateOk);
    if (m_type->count() > 1)
        m_type->setCurrentIndex(1);
    onTypeChanged();
    m_weight->setFocus();
    m_weight->selectAll();
}

void CloseCartonDialog::onTypeChanged()
{
    const int index = cartonTypeIndex();
    const bool custom = index < 0;
    for (QWidget *edit : { static_cast<QWidget *>(m_length), static_cast<QWidget *>(m_width),
                           static_cast<QWidget *>(m_height), static_cast<QWidget *>(m_lengthUnit) })
        edit->setEnabled(custom);
    if (!custom) {
        const Dimensions &d = m_profile.cartonTypes[index].dimensions;
        m_length->setValue(d.length.value_or(0));
        m_width->setValue(d.width.value_or(0));
        m_height->setValue(d.height.value_or(0));
        PackingUnits::select(m_lengthUnit, int(d.unit));
    }
    updateOk();
}

void CloseCartonDialog::updateOk()
{
    QStringList missing;
    if (m_weight->value() <= 0)
        missing << tr("the weight");
    if (m_length->value() <= 0 || m_width->value() <= 0 || m_height->value() <= 0)
        missing << tr("length, width and height");
    m_hint->setText(missing.isEmpty()
                        ? QString()
                        : tr("Enter %1 (more than 0).").arg(missing.join(tr(" and "))));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(missing.isEmpty());
}

Weight CloseCartonDialog::weight() const
{
    Weight weight;
    if (m_weight->value() > 0)
        weight.value = m_weight->value();
    weight.unit = WeightUnit(m_weightUnit->currentData().toInt());
    return weight;
}

Dimensions CloseCartonDialog::dimensions() const
{
    Dimensions dimensions;
    if (m_length->value() > 0)
        dimensions.length = m_length->value();
    if (m_width->value() > 0)
        dimensions.width = m_width->value();
    if (m_height->value() > 0)
        dimensions.height = m_height->value();
    dimensions.unit = LengthUnit(m_lengthUnit->currentData().toInt());
    return dimensions;
}

int CloseCartonDialog::cartonTypeIndex() const
{
    const int row = m_type->currentIndex() - 1;
    return row >= 0 && row < m_typeIndexes.size() ? m_typeIndexes[row] : -1;
}

void CloseCartonDialog::setValues(const Weight &weight, const Dimensions &dimensions)
{
    if (weight.isComplete()) {
        m_weight->setValue(*weight.value);
        PackingUnits::select(m_weightUnit, int(weight.unit));
    }
    if (dimensions.isComplete()) {
        m_type->setCurrentIndex(0);
        m_length->setValue(*dimensions.length);
        m_width->setValue(*dimensions.width);
        m_height->setValue(*dimensions.height);
        PackingUnits::select(m_lengthUnit, int(dimensions.unit));
    }
    updateOk();
}

} // namespace VendorPack
