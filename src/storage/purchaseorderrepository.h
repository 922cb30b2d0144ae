// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/purchaseorder.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace VendorPack {

class Database;

// What one upsert from the API changed in the stored purchase orders.
struct PurchaseOrderChanges
{
    // A line whose ordered quantity the API changed (issue 7 asks the user to look again).
    struct QuantityChange
    {
        QString purchaseOrderNo;
        int lineIndex = 0;
        QString merchantProductNo;
        qint64 oldQuantity = 0;
        qint64 newQuantity = 0;
        bool hadAcknowledgement = false;
    };

    QStringList added;
    QStringList updated; // any stored field changed (cancelled ones included)
    QStringList cancelled; // newly CANCELLED
    QList<QuantityChange> quantityChanges;
    int unchanged = 0;

    bool isEmpty() const { return added.isEmpty() && updated.isEmpty(); }
};

// Stores purchase orders and their lines as the API sends them, next to the local
// acknowledgements, which survive every update of a line that still exists.
class PurchaseOrderRepository
{
    Q_DECLARE_TR_FUNCTIONS(PurchaseOrderRepository)

public:
    explicit PurchaseOrderRepository(Database &database);

    // Inserts new and updates changed orders in one transaction of its own (refused while the
    // connection has one open).
    // Lines are matched by API id, else ChannelOrderLineNo, else position; a line that is gone
    // loses its acknowledgements, one that stays keeps them. The orders' own `acknowledgements`
    // are ignored: acknowledgements are written only by saveAcknowledgements().
    std::optional<PurchaseOrderChanges> upsert(const QList<PurchaseOrder> &fromApi,
                                               QString *error = nullptr);

    // One order with its lines and their acknowledgements; nullopt if unknown (error stays empty)
    // or on a database error (error set).
    std::optional<PurchaseOrder> load(const QString &channelPurchaseOrderNo,
                                      QString *error = nullptr);
    // Orders that can still be packed (NEW, IN_PROGRESS), by number.
    std::optional<QList<PurchaseOrder>> loadOpen(QString *error = nullptr);
    std::optional<QList<PurchaseOrder>> loadAll(QString *error = nullptr);

    // Replaces the acknowledgements of the given lines (by index in the order) in one
    // transaction (the caller's, if one is open). Each line's quantities must add up to its
    // ordered quantity and every rejection needs a reason; else nothing is written and the error
    // names the line. An empty list clears a line's acknowledgement.
    bool saveAcknowledgements(const QString &channelPurchaseOrderNo,
                              const QMap<int, QList<Acknowledgement>> &byLine, const QString &user,
                              const QString &station, QString *error = nullptr);

    // The order as stored in the snapshot column: canonical JSON without local acknowledgements.
    static QByteArray snapshotOf(const PurchaseOrder &order);

private:
    std::optional<QList<PurchaseOrder>> loadWhere(const QString &where, const QVariantList &values,
                                                  QString *error);

    Database *m_database;
};

} // namespace VendorPack
