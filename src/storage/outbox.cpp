// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "database.h"

#include <QSqlQuery>

namespace VendorPack {

namespace {

const char kColumns[] = "id, subject_type, subject_id, kind, payload, version, state, attempts, "
                        "last_error, next_attempt_at, created_at, updated_at";

QVariant optionalNumber(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(Database::toStoredTime(time))
                          : QVariant(QMetaType(QMetaType::QString));
}

OutboxEntry readEntry(const QSqlQuery &query)
{
    OutboxEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.subjectType = query.value(1).toString() == QLatin1String("acknowledgement")
        ? OutboxSubject::Acknowledgement
        : OutboxSubject::Shipment;
    entry.subjectId = query.value(2).toLongLong();
    entry.kind = query.value(3).toString();
    entry.payload = query.value(4).toString();
    if (!query.value(5).isNull())
        entry.version = query.value(5).toLongLong();
    entry.state = query.value(6).toString();
    entry.attempts = query.value(7).toInt();
    entry.lastError = query.value(8).toString();
    entry.nextAttemptAt = Database::fromStoredTime(query.value(9));
    entry.createdAt = Database::fromStoredTime(query.value(10));
    entry.updatedAt = Database::fromStoredTime(query.value(11));
    return entry;
}

} // namespace

Outbox::Outbox(Database &database)
    : m_database(&database)
{
}

QString Outbox::subjectName(OutboxSubject subject)
{
    return subject == OutboxSubject::Acknowledgement ? QStringLiteral("acknowledgement")
                                                     : QStringLiteral("shipment");
}

std::optional<qint64> Outbox::enqueue(OutboxSubject subjectType, qint64 subjectId,
                                      const QString &kind, const QString &payload,
                                      std::optional<qint64> version, QString *error,
                                      const QDateTime &notBefore)
{
    if (kind.isEmpty()) {
        if (error)
            *error = tr("an outbox entry needs a kind");
        return std::nullopt;
    }
    Database &db = *m_database;
    const QString now = Database::nowStoredTime();
    const QString dueAt = notBefore.isValid() ? Database::toStoredTime(notBefore) : now;
    const QString subject = subjectName(subjectType);
    // One statement, so it is atomic on its own and joins any open transaction. The conflict
    // target names the partial unique index outbox_one_pending (SQLite >= 3.24, PostgreSQL).
    const auto written = db.exec(
        QStringLiteral(
            "INSERT INTO outbox (subject_type, subject_id, kind, payload, version, state, "
            "attempts, next_attempt_at, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?) "
            "ON CONFLICT (subject_type, subject_id, kind) WHERE state = 'pending' DO UPDATE SET "
            "payload = excluded.payload, version = excluded.version, "
            "next_attempt_at = excluded.next_attempt_at, updated_at = excluded.updated_at "
            "WHERE outbox.version IS NULL OR excluded.version IS NULL "
            "OR excluded.version >= outbox.version"),
        { subject, subjectId, kind, payload, optionalNumber(version), dueAt, now, now }, error);
    if (!written)
        return std::nullopt;
    const auto id = db.scalar(QStringLiteral("SELECT id FROM outbox WHERE subject_type = ? AND "
                                             "subject_id = ? AND kind = ? AND state = 'pending'"),
                              { subject, subjectId, kind }, error);
    if (!id)
        return std::nullopt;
    if (id->isNull()) {
        if (error)
            *error = tr("the outbox entry was not stored");
        return std::nullopt;
    }
    return id->toLongLong();
}

std::optional<std::vector<OutboxEntry>> Outbox::due(const QDateTime &now, int limit,
                                                    QString *error) const
{
    auto query = m_database->exec(
        QStringLiteral("SELECT %1 FROM outbox o WHERE o.state = 'pending' "
                       "AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?) "
                       "AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.state = 'pending' "
                       "AND e.subject_type = o.subject_type AND e.subject_id = o.subject_id "
                       "AND e.id < o.id) ORDER BY o.id LIMIT ?")
            .arg(QLatin1String(kColumns)),
        { Database::toStoredTime(now.isValid() ? now : QDateTime::currentDateTimeUtc()),
          qMax(0, limit) },
        error);
    if (!query)
        return std::nullopt;
    std::vector<OutboxEntry> result;
    while (query->next())
        result.push_back(readEntry(*query));
    return result;
}

bool Outbox::markAttempt(qint64 id, const QString &error, const QDateTime &nextAttemptAt,
                         QString *errorOut)
{
    const qint64 rows = m_database->execUpdate(
        QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ?, "
                       "next_attempt_at = ?, updated_at = ? WHERE id = ?"),
        { error, timeOrNull(nextAttemptAt), Database::nowStoredTime(), id }, errorOut);
    if (rows < 0)
        return false;
    if (rows == 0) {
        if (errorOut)
            *errorOut = tr("there is no outbox entry %1").arg(id);
        return false;
    }
    return true;
}

std::optional<bool> Outbox::markConfirmed(qint64 id, std::optional<qint64> version, QString *error)
{
    const QString now = Database::nowStoredTime();
    const qint64 rows = version
        ? m_database->execUpdate(QStringLiteral("UPDATE outbox SET state = 'done', "
                                                "last_error = NULL, updated_at = ? "
                                                "WHERE id = ? AND state = 'pending' AND "
                                                "version = ?"),
                                 { now, id, *version }, error)
        : m_database->execUpdate(QStringLiteral("UPDATE outbox SET state = 'done', "
                                                "last_error = NULL, updated_at = ? "
                                                "WHERE id = ? AND state = 'pending' AND "
                                                "version IS NULL"),
                                 { now, id }, error);
    if (rows < 0)
        return std::nullopt;
    return rows > 0;
}

std::optional<qint64> Outbox::pendingCount(std::optional<OutboxSubject> subjectType,
                                           QString *error) const
{
    const auto count = subjectType
        ? m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending' "
                                            "AND subject_type = ?"),
                             { subjectName(*subjectType) }, error)
        : m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending'"),
                             {}, error);
    if (!count)
        return std::nullopt;
    return count->toLongLong();
}

std::optional<OutboxEntry> Outbox::entry(qint64 id, QString *error) const
{
    auto query = m_database->exec(
        QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(QLatin1String(kColumns)), { id },
        error);
    if (!query)
        return std::nullopt;
    if (!query->next()) {
        if (error)
            *error = tr("there is no outbox entry %1").arg(id);
        return std::nullopt;
    }
    OutboxEntry result = readEntry(*query);
    query->finish();
    return result;
}

} // namespace VendorPack
