// SPDX-License-Identifier: GPL-3.0-or-later
#include "synclogview.h"

#include "sync/synclog.h"

#include <QHeaderView>
#include <QScrollBar>

namespace VendorPack {

SyncLogView::SyncLogView(SyncLog &log, QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("syncLogView"));
    setModel(&log);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(SyncLog::ResultColumn, QHeaderView::Stretch);
    resizeColumnToContents(SyncLog::TimeColumn);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_follow = value == verticalScrollBar()->maximum(); });
    connect(&log, &QAbstractItemModel::rowsInserted, this, &SyncLogView::onRowsInserted);
}

void SyncLogView::onRowsInserted()
{
    if (m_follow)
        scrollToBottom();
}

} // namespace VendorPack
