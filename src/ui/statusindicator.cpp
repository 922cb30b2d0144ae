// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusindicator.h"

#include <QHBoxLayout>
#include <QLabel>

namespace VendorPack {

StatusIndicator::StatusIndicator(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(m_icon);
    // Room beyond icon and text goes after the text, not between them.
    layout->addWidget(m_text, 1);
    m_icon->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // And the status bar gives it no more than that.
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    m_icon->setVisible(false);
    m_text->setTextFormat(Qt::PlainText);
}

void StatusIndicator::setState(Icons::Kind icon, const QString &text, const QString &toolTip)
{
    const int size = m_text->fontMetrics().height();
    m_icon->setPixmap(Icons::icon(icon).pixmap(QSize(size, size), devicePixelRatioF()));
    m_icon->setVisible(true);
    m_kind = icon;
    m_text->setText(text);
    setToolTip(toolTip.isEmpty() ? text : toolTip);
}

void StatusIndicator::setText(const QString &text, const QString &toolTip)
{
    m_icon->setVisible(false);
    m_kind = -1;
    m_text->setText(text);
    setToolTip(toolTip.isEmpty() ? text : toolTip);
}

QString StatusIndicator::text() const
{
    return m_text->text();
}

} // namespace VendorPack
