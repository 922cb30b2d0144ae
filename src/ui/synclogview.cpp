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
    // Sized for their content before any event is there: a time stamp, a subject such as
    // "Shipment SHP-00042 v12", an action, a request id.
    const QFontMetrics metrics = fontMetrics();
    const int padding = 2 * metrics.averageCharWidth() + 8;
    setColumnWidth(SyncLog::TimeColumn,
                   metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) + padding);
    setColumnWidth(SyncLog::SubjectColumn,
                   metrics.horizontalAdvance(QStringLiteral("Shipment SHP-000000 v000")) + padding);
    setColumnWidth(SyncLog::ActionColumn,
                   metrics.horizontalAdvance(QStringLiteral("export status")) + padding);
    setColumnWidth(SyncLog::RequestIdColumn,
                   metrics.horizontalAdvance(QStringLiteral("00000000-0000-0000-0000-000000000000"))
                       + padding);
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
