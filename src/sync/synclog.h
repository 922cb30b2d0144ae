// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QString>

#include <deque>

namespace VendorPack {

// One thing sync did: when, to what, what, how it went, and the API's request id for support.
// Never holds the API key (the client scrubs it from every message it gives).
struct SyncEvent
{
    QDateTime time;
    QString subject; // "Shipment SHP-1 v12", "PO 2JK3S9VC", "Orders"
    QString action; // "push", "acknowledge", "poll orders", "export status"
    QString result; // "created", "updated", "offline: ...", "refused: ..."
    QString requestId;
    bool failed = false;
};

// The sync event log as a table (newest last), bounded in size: the log view shows it and
// support reads the request ids from it.
class SyncLog : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        SubjectColumn,
        ActionColumn,
        ResultColumn,
        RequestIdColumn,
        ColumnCount
    };
    // The event's failed flag, on every column.
    static constexpr int FailedRole = Qt::UserRole + 1;

    explicit SyncLog(int capacity = 2000, QObject *parent = nullptr);

    void append(SyncEvent event);
    // An event that happens now.
    void append(const QString &subject, const QString &action, const QString &result,
                const QString &requestId = QString(), bool failed = false);
    const SyncEvent &event(int row) const { return m_events[size_t(row)]; }
    int capacity() const { return m_capacity; }
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void eventAppended(const VendorPack::SyncEvent &event);

private:
    std::deque<SyncEvent> m_events;
    int m_capacity;
};

} // namespace VendorPack
