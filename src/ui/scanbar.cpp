// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanbar.h"

#include <QApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace VendorPack {

ScanBar::ScanBar(QWidget *parent)
    : QWidget(parent)
    , m_input(new QLineEdit(this))
    , m_target(new QLabel(this))
    , m_result(new QLabel(this))
{
    QFont big = m_input->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_input->setFont(big);
    m_input->setPlaceholderText(tr("Scan a carton, pallet or item, or type a SKU and press Enter"));
    m_input->setClearButtonEnabled(true);
    m_input->setObjectName(u"scanInput"_s);
    m_input->setToolTip(tr("Scan bar (F2 or Ctrl+L): SSCC labels select the carton or pallet to "
                           "pack into; GTINs and SKUs add items to it; scanning the target again "
                           "closes it."));

    QFont bold = m_target->font();
    bold.setBold(true);
    m_target->setFont(bold);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setWordWrap(false);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumWidth(0);
    m_result->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setTargetText(QString());

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Scan:"), this);
    label->setBuddy(m_input);
    label->setFont(big);
    layout->addWidget(label, 0, 0, 2, 1);
    layout->addWidget(m_input, 0, 1, 1, 2);
    layout->addWidget(m_target, 1, 1);
    layout->addWidget(m_result, 1, 2);
    layout->setColumnStretch(1, 2);
    layout->setColumnStretch(2, 3);

    connect(m_input, &QLineEdit::returnPressed, this, &ScanBar::onReturnPressed);
    m_input->installEventFilter(this);
}

bool ScanBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::ShortcutOverride
        && m_input->text().isEmpty()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || key->matches(QKeySequence::Delete)) {
            event->ignore(); // not the line edit's: the window's shortcut runs
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ScanBar::onReturnPressed()
{
    const QString text = m_input->text();
    m_input->clear();
    if (!text.trimmed().isEmpty())
        emit scanned(text);
}

void ScanBar::setTargetText(const QString &text)
{
    m_target->setText(text.isEmpty() ? tr("Target: none (scan a carton or pallet label)")
                                     : tr("Target: %1").arg(text));
}

QString ScanBar::targetText() const
{
    return m_target->text();
}

void ScanBar::showResult(bool ok, const QString &message)
{
    m_lastOk = ok;
    m_result->setText(message);
    m_result->setToolTip(message);
    QPalette palette = m_result->palette();
    palette.setColor(QPalette::WindowText,
                     ok ? QColor(0x1b, 0x7f, 0x2a) : QColor(0xc0, 0x1c, 0x1c));
    m_result->setPalette(palette);
    if (!ok)
        QApplication::beep();
}

QString ScanBar::resultText() const
{
    return m_result->text();
}

void ScanBar::takeFocus()
{
    m_input->setFocus(Qt::OtherFocusReason);
}

} // namespace VendorPack
