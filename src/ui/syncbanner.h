// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace VendorPack {

class SyncStatus;

// A slim bar above the work area that says when sync needs attention: offline with the changes
// waiting and the last contact, or paused because the API key was refused (with a button to
// enter a new one); hidden while all is well.
class SyncBanner : public QWidget
{
    Q_OBJECT
public:
    enum class State { Hidden, Offline, Paused };

    explicit SyncBanner(SyncStatus &status, QWidget *parent = nullptr);

    State state() const { return m_state; }
    QString text() const;

    // The banner's sentence for a status (also for tests and tool tips).
    static QString textFor(const SyncStatus &status);

Q_SIGNALS:
    // The user asks to enter a new API key (paused).
    void keyRequested();
    // The user asks to try now (offline).
    void syncNowRequested();

private:
    void onStatusChanged();

    SyncStatus &m_status;
    QLabel *m_label;
    QPushButton *m_keyButton;
    QPushButton *m_retryButton;
    State m_state = State::Hidden;
};

} // namespace VendorPack
