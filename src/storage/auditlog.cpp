// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "database.h"

#include <QSqlQuery>

namespace VendorPack {

namespace {

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

std::optional<qint64> idOrNull(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

} // namespace

AuditLog::AuditLog(Database &database)
    : m_database(&database)
{
}

std::optional<qint64> AuditLog::append(const AuditEntry &entry, QString *error)
{
    if (entry.action.isEmpty()) {
        if (error)
            *error = tr("an audit entry needs an action");
        return std::nullopt;
    }
    const QString createdAt = entry.createdAt.isValid() ? Database::toStoredTime(entry.createdAt)
                                                        : Database::nowStoredTime();
    Database &db = *m_database;
    const QVariantList values = { createdAt,
                                  textOrNull(entry.user),
                                  textOrNull(entry.station),
                                  entry.action,
                                  optionalId(entry.shipmentId),
                                  optionalId(entry.nodeId),
                                  textOrNull(entry.sscc),
                                  textOrNull(entry.before),
                                  textOrNull(entry.after) };
    const QString columns = QStringLiteral(
        "INSERT INTO audit_log (created_at, user_name, station, action, shipment_id, node_id, "
        "sscc, before_data, after_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (db.isPostgres()) {
        const auto id = db.scalar(columns + QStringLiteral(" RETURNING id"), values, error);
        if (!id)
            return std::nullopt;
        return id->toLongLong();
    }
    auto query = db.exec(columns, values, error);
    if (!query)
        return std::nullopt;
    const qint64 id = query->lastInsertId().toLongLong();
    query->finish();
    return id;
}

std::optional<std::vector<AuditEntry>> AuditLog::entries(qint64 shipmentId, QString *error) const
{
    return select(QStringLiteral("shipment_id = ?"), shipmentId, error);
}

std::optional<std::vector<AuditEntry>> AuditLog::entriesForSscc(const QString &sscc,
                                                                QString *error) const
{
    return select(QStringLiteral("sscc = ?"), sscc, error);
}

std::optional<std::vector<AuditEntry>> AuditLog::select(const QString &where, const QVariant &value,
                                                        QString *error) const
{
    auto query = m_database->exec(
        QStringLiteral("SELECT id, created_at, user_name, station, action, shipment_id, node_id, "
                       "sscc, before_data, after_data FROM audit_log WHERE ")
            + where + QStringLiteral(" ORDER BY id"),
        { value }, error);
    if (!query)
        return std::nullopt;
    std::vector<AuditEntry> result;
    while (query->next()) {
        AuditEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.createdAt = Database::fromStoredTime(query->value(1));
        entry.user = query->value(2).toString();
        entry.station = query->value(3).toString();
        entry.action = query->value(4).toString();
        entry.shipmentId = idOrNull(query->value(5));
        entry.nodeId = idOrNull(query->value(6));
        entry.sscc = query->value(7).toString();
        entry.before = query->value(8).toString();
        entry.after = query->value(9).toString();
        result.push_back(std::move(entry));
    }
    return result;
}

} // namespace VendorPack
