// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;

namespace VendorPack {

// Asks why cartons or pallets are deleted or unpacked, saying which SSCCs will be voided; OK only
// with a reason.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString &title, const QString &question, const QStringList &voidedSsccs,
                 QWidget *parent = nullptr);

    QString reason() const;
    QComboBox *reasonEdit() const { return m_reason; }

private:
    QComboBox *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace VendorPack
