// SPDX-License-Identifier: GPL-3.0-or-later
#include "synclog.h"

#include <QLocale>

namespace VendorPack {

SyncLog::SyncLog(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{
}

void SyncLog::append(SyncEvent event)
{
    if (!event.time.isValid())
        event.time = QDateTime::currentDateTimeUtc();
    if (int(m_events.size()) >= m_capacity) {
        beginRemoveRows(QModelIndex(), 0, 0);
        m_events.pop_front();
        endRemoveRows();
    }
    const int row = int(m_events.size());
    beginInsertRows(QModelIndex(), row, row);
    m_events.push_back(std::move(event));
    endInsertRows();
    Q_EMIT eventAppended(m_events.back());
}

void SyncLog::clear()
{
    if (m_events.empty())
        return;
    beginResetModel();
    m_events.clear();
    endResetModel();
}

int SyncLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int SyncLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncLog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const SyncEvent &e = m_events[size_t(index.row())];
    if (role == FailedRole)
        return e.failed;
    if (role == Qt::ToolTipRole && index.column() == ResultColumn)
        return e.result;
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(e.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case SubjectColumn:
        return e.subject;
    case ActionColumn:
        return e.action;
    case ResultColumn:
        return e.result;
    case RequestIdColumn:
        return e.requestId;
    default:
        return QVariant();
    }
}

QVariant SyncLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SubjectColumn:
        return tr("Subject");
    case ActionColumn:
        return tr("Action");
    case ResultColumn:
        return tr("Result");
    case RequestIdColumn:
        return tr("Request id");
    default:
        return QVariant();
    }
}

void SyncLog::append(const QString &subject, const QString &action, const QString &result,
                     const QString &requestId, bool failed)
{
    SyncEvent event;
    event.time = QDateTime::currentDateTimeUtc();
    event.subject = subject;
    event.action = action;
    event.result = result;
    event.requestId = requestId;
    event.failed = failed;
    append(std::move(event));
}

} // namespace VendorPack
