// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace VendorPack {

class SyncLog;

// The sync event log as a table for support: time, subject, action, result and the API's
// request id, newest at the bottom and followed while the user is at the bottom.
class SyncLogView : public QTableView
{
    Q_OBJECT
public:
    explicit SyncLogView(SyncLog &log, QWidget *parent = nullptr);

private:
    void onRowsInserted();

    bool m_follow = true;
};

} // namespace VendorPack
