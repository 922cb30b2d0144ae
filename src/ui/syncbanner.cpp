// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncbanner.h"

#include "sync/syncstatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace VendorPack {

SyncBanner::SyncBanner(SyncStatus &status, QWidget *parent)
    : QWidget(parent)
    , m_status(status)
    , m_label(new QLabel(this))
    , m_keyButton(new QPushButton(tr("Enter API key…"), this))
    , m_retryButton(new QPushButton(tr("Try now"), this))
{
    setObjectName(QStringLiteral("syncBanner"));
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retryButton);
    layout->addWidget(m_keyButton);
    m_label->setTextFormat(Qt::PlainText);
    connect(m_keyButton, &QPushButton::clicked, this, &SyncBanner::keyRequested);
    connect(m_retryButton, &QPushButton::clicked, this, &SyncBanner::syncNowRequested);
    connect(&m_status, &SyncStatus::stationChanged, this, &SyncBanner::onStatusChanged);
    onStatusChanged();
}

QString SyncBanner::text() const
{
    return m_label->text();
}

QString SyncBanner::textFor(const SyncStatus &status)
{
    if (status.isPaused()) {
        return tr("Sync paused: %1")
            .arg(status.pauseReason().isEmpty() ? tr("the API key was refused")
                                                : status.pauseReason());
    }
    if (status.isOnline())
        return QString();
    const int count = status.waitingChanges();
    const QString waiting = count == 0 ? tr("nothing waiting")
        : count == 1                   ? tr("1 change waiting")
                                       : tr("%1 changes waiting").arg(count);
    const QDateTime contact = status.lastContact();
    if (!contact.isValid())
        return tr("Offline — %1, no contact yet").arg(waiting);
    return tr("Offline — %1, last contact %2")
        .arg(waiting, QLocale().toString(contact.toLocalTime().time(), QStringLiteral("HH:mm")));
}

void SyncBanner::onStatusChanged()
{
    m_state = m_status.isPaused() ? State::Paused
        : m_status.isOnline()     ? State::Hidden
                                  : State::Offline;
    m_label->setText(textFor(m_status));
    m_keyButton->setVisible(m_state == State::Paused);
    m_retryButton->setVisible(m_state == State::Offline);
    QPalette colours = palette();
    colours.setColor(QPalette::Window,
                     m_state == State::Paused ? QColor(0xf8, 0xd7, 0xda)
                                              : QColor(0xff, 0xf3, 0xcd));
    setPalette(colours);
    setVisible(m_state != State::Hidden);
}

} // namespace VendorPack
