// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/printersettings.h"

#include <QGroupBox>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QToolButton;
QT_END_NAMESPACE

namespace VendorPack {

// Edits where one label type (carton or pallet) prints at this station: the kind of printer and
// its folder, name, queue or address, the ZPL resolution, the stock, print on close and copies;
// checks each field as it is typed and prints the test label on demand.
class LabelPrinterSettingsWidget : public QGroupBox
{
    Q_OBJECT

public:
    explicit LabelPrinterSettingsWidget(LabelKind labelKind, QWidget *parent = nullptr);

    LabelKind labelKind() const { return m_labelKind; }
    void setSettings(const PrinterSettings &settings);
    PrinterSettings settings() const;
    SettingsProblems problems() const { return settings().problems(m_labelKind); }

    // Prints the test label on the printer as set here; the result is shown under the button.
    bool testPrint();
    QString testResult() const;

signals:
    void settingsChanged();

private:
    void onKindChanged();
    void revalidate();

    LabelKind m_labelKind;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_target = nullptr;
    QLineEdit *m_folder = nullptr;
    QToolButton *m_browse = nullptr;
    QComboBox *m_printer = nullptr;
    QLineEdit *m_queue = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_targetLabel = nullptr;
    QComboBox *m_dpi = nullptr;
    QLabel *m_dpiLabel = nullptr;
    QComboBox *m_stock = nullptr;
    QCheckBox *m_printOnClose = nullptr;
    QSpinBox *m_copies = nullptr;
    QPushButton *m_testPrint = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace VendorPack
