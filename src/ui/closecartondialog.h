// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stationprofile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;

namespace VendorPack {

// Asks what closing a carton or pallet records: its measured weight with the unit, and either a
// carton type of the station profile or the dimensions with their unit.
class CloseCartonDialog : public QDialog
{
    Q_OBJECT

public:
    CloseCartonDialog(const StationProfile &profile, const QString &what, bool pallet,
                      QWidget *parent = nullptr);

    Weight weight() const;
    Dimensions dimensions() const;
    // Index into the profile's carton types, or -1 for dimensions typed in.
    int cartonTypeIndex() const;

    // Prefills from what the node has already (a reopened carton).
    void setValues(const Weight &weight, const Dimensions &dimensions);

    QDoubleSpinBox *weightEdit() const { return m_weight; }
    QComboBox *cartonTypeCombo() const { return m_type; }
    QDoubleSpinBox *lengthEdit() const { return m_length; }
    QDoubleSpinBox *widthEdit() const { return m_width; }
    QDoubleSpinBox *heightEdit() const { return m_height; }

private:
    void onTypeChanged();
    void updateOk();

    const StationProfile &m_profile;
    QList<int> m_typeIndexes; // combo row - 1 -> profile index
    QDoubleSpinBox *m_weight;
    QComboBox *m_weightUnit;
    QComboBox *m_type;
    QDoubleSpinBox *m_length;
    QDoubleSpinBox *m_width;
    QDoubleSpinBox *m_height;
    QComboBox *m_lengthUnit;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace VendorPack
