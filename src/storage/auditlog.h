// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace VendorPack {

class Database;

// One line of the audit trail: who (user, station) did what, when, to which shipment, node or
// SSCC, with the state before and after (JSON text) where it helps.
struct AuditEntry
{
    qint64 id = 0; // set when read back
    QDateTime createdAt; // set by append() when left invalid
    QString user;
    QString station;
    QString action; // e.g. shipment.create, node.move, sscc.void
    std::optional<qint64> shipmentId;
    std::optional<qint64> nodeId;
    QString sscc;
    QString before;
    QString after;
};

// The append-only audit trail (the database refuses updates and deletes of its rows).
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Database &database);

    // Appends the entry inside the caller's transaction when one is open; its id or nullopt.
    std::optional<qint64> append(const AuditEntry &entry, QString *error = nullptr);
    // The shipment's entries, oldest first.
    std::optional<std::vector<AuditEntry>> entries(qint64 shipmentId,
                                                   QString *error = nullptr) const;
    // The entries that name an SSCC, oldest first.
    std::optional<std::vector<AuditEntry>> entriesForSscc(const QString &sscc,
                                                          QString *error = nullptr) const;

private:
    std::optional<std::vector<AuditEntry>> select(const QString &where, const QVariant &value,
                                                  QString *error) const;

    Database *m_database;
};

} // namespace VendorPack
