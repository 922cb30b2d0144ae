// SPDX-License-Identifier: GPL-3.0-or-later
#include "reasondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace VendorPack {

ReasonDialog::ReasonDialog(const QString &title, const QString &question,
                           const QStringList &voidedSsccs, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto *text = new QLabel(question, this);
    text->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    if (!voidedSsccs.isEmpty()) {
        const int shown = 6;
        QStringList list = voidedSsccs.mid(0, shown);
        if (voidedSsccs.size() > shown)
            list << tr("and %1 more").arg(voidedSsccs.size() - shown);
        auto *voided
            = new QLabel(tr("These SSCCs will be voided in the ledger and never used again:")
                             + u'\n' + list.join(u'\n'),
                         this);
        voided->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(voided);
    }
    m_reason->setEditable(true);
    m_reason->addItems({ QString(), tr("Label damaged"), tr("Packed by mistake"),
                         tr("Repacked into another carton"), tr("Order changed") });
    m_reason->lineEdit()->setPlaceholderText(tr("Reason (required)"));
    auto *label = new QLabel(tr("&Reason:"), this);
    label->setBuddy(m_reason);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    const auto update
        = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty()); };
    connect(m_reason, &QComboBox::currentTextChanged, this, update);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    // Return in the editable combo box does not reach the default button: accept here.
    connect(m_reason->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    m_reason->setFocus();
}

QString ReasonDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

} // namespace VendorPack
