// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace VendorPack {

class Database;

// What an outbox entry pushes.
enum class OutboxSubject { Shipment, Acknowledgement };

// One entry of the outbox as stored.
struct OutboxEntry
{
    qint64 id = 0;
    OutboxSubject subjectType = OutboxSubject::Shipment;
    qint64 subjectId = 0; // shipments.id or purchase_orders.id
    QString kind; // e.g. shipment.push
    QString payload;
    std::optional<qint64> version;
    QString state; // pending, in-flight, done, failed
    int attempts = 0;
    QString lastError;
    QDateTime nextAttemptAt; // invalid: due at once
    QDateTime createdAt;
    QDateTime updatedAt;
};

// The durable outbox: one pending entry per subject and kind (a newer version replaces the
// payload), handed out in order per subject, with attempts, last error and backoff. Every call
// joins the caller's open transaction, so an entry commits or rolls back with its action.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    explicit Outbox(Database &database);

    // Adds or coalesces: the pending entry of the subject and kind takes the payload and version
    // unless it already holds a newer version; it becomes due at notBefore (invalid: now) and
    // keeps its place in the order and its attempt count. The entry's id, or nullopt.
    std::optional<qint64> enqueue(OutboxSubject subjectType, qint64 subjectId, const QString &kind,
                                  const QString &payload, std::optional<qint64> version,
                                  QString *error = nullptr, const QDateTime &notBefore = {});
    // Pending entries due at `now`, oldest first: only the first pending entry of each subject,
    // so that one subject's entries never overtake each other.
    std::optional<std::vector<OutboxEntry>> due(const QDateTime &now, int limit,
                                                QString *error = nullptr) const;
    // A failed attempt: attempts + 1, the error kept, tried again at nextAttemptAt.
    bool markAttempt(qint64 id, const QString &error, const QDateTime &nextAttemptAt,
                     QString *errorOut = nullptr);
    // The API confirmed `version`: the entry is done if it still holds that version (true);
    // false, and the entry stays pending, when a newer version replaced it meanwhile.
    std::optional<bool> markConfirmed(qint64 id, std::optional<qint64> version,
                                      QString *error = nullptr);
    // Pending entries, of one subject type or (nullopt) all.
    std::optional<qint64> pendingCount(std::optional<OutboxSubject> subjectType = std::nullopt,
                                       QString *error = nullptr) const;
    std::optional<OutboxEntry> entry(qint64 id, QString *error = nullptr) const;

    static QString subjectName(OutboxSubject subject);

private:
    Database *m_database;
};

} // namespace VendorPack
