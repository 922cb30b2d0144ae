// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databasesettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <vector>

namespace VendorPack {

// One open, migrated connection to the station's database under its own connection name; all SQL
// with values goes through prepared statements. Use it from the thread that opened it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Connects, refuses a schema newer than the program's (touching nothing), switches SQLite to
    // WAL with synchronous=FULL, foreign keys and a busy timeout, and applies any missing
    // migrations in one transaction. nullptr with a clear message (never a password) on failure.
    static std::unique_ptr<Database> open(const DatabaseSettings &settings, QString *error);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    DatabaseBackend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == DatabaseBackend::PostgreSql; }
    bool isSqlite() const { return m_backend == DatabaseBackend::Sqlite; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const { return m_db; }
    // The file path or the URL without a password.
    QString location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }
    // How many migrations this open applied (0 when the schema was already current).
    int appliedMigrations() const { return m_appliedMigrations; }

    // Prepares sql, binds values to its `?` placeholders in order and executes it; the query is
    // forward-only. nullopt with "SQL error (...): ..." in *error on failure. As everywhere in
    // Qt, a null QString (QString()) binds as SQL NULL and an empty one (QStringLiteral("")) as ''.
    std::optional<QSqlQuery> exec(const QString &sql, const QVariantList &values = {},
                                  QString *error = nullptr);
    // Like exec() but for statements that change rows: the number of rows affected, or -1.
    qint64 execUpdate(const QString &sql, const QVariantList &values = {},
                      QString *error = nullptr);
    // The first column of the first row; nullopt on error, an invalid QVariant when no row.
    std::optional<QVariant> scalar(const QString &sql, const QVariantList &values = {},
                                   QString *error = nullptr);
    // Runs a constant statement without values (DDL, PRAGMA, BEGIN/COMMIT) as it is; never use
    // it with text that comes from outside the program.
    bool execDirect(const QString &sql, QString *error = nullptr);

    bool inTransaction() const { return m_inTransaction; }
    // For a statement prepared outside exec() (PreparedStatement) that failed: marks the open
    // transaction failed, as exec() does, and keeps the query until the transaction ends.
    void statementFailed(QSqlQuery query);

    // On failure inside a transaction every statement helper marks it failed: PostgreSQL refuses
    // everything after an error, and commit() then refuses on both back ends alike.

    // Times are stored as ISO 8601 UTC text with milliseconds, which sorts in time order.
    static QString toStoredTime(const QDateTime &time);
    static QDateTime fromStoredTime(const QVariant &value);
    static QString nowStoredTime();

private:
    friend class Transaction;
    Database(const DatabaseSettings &settings, const QString &connectionName);

    bool connect(const DatabaseSettings &settings, QString *error);
    bool configureSqlite(const DatabaseSettings &settings, QString *error);
    void reportFailure(const QString &sql, const QSqlQuery &query, QString *error);

    DatabaseBackend m_backend;
    QString m_connectionName;
    QString m_location;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
    int m_appliedMigrations = 0;
    bool m_inTransaction = false;
    bool m_transactionFailed = false; // a statement failed: the transaction can only roll back
    // Failed statements inside a transaction, released after it ends: PostgreSQL cannot free a
    // prepared statement while the transaction is aborted.
    std::vector<QSqlQuery> m_failedQueries;
};

} // namespace VendorPack
