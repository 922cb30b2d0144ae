// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace VendorPack {

// Which database server a station uses.
enum class DatabaseBackend { Sqlite, PostgreSql };

// Where the station's database is: a SQLite file (the default) or a PostgreSQL URL; never holds a
// password, which comes from passwordProvider or the environment when the connection opens.
struct DatabaseSettings
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseSettings)

public:
    static constexpr const char *kPasswordVariable = "VENDORPACK_DB_PASSWORD";

    DatabaseBackend backend = DatabaseBackend::Sqlite;
    // SQLite: the file; empty means AppDataLocation/vendorpack.sqlite.
    QString sqlitePath;
    // PostgreSQL: postgresql://user@host:port/dbname (no password), optional ?sslmode=...
    QUrl postgresUrl;
    // PostgreSQL: asked once per open; when unset the environment variable kPasswordVariable.
    std::function<QString()> passwordProvider;
    int busyTimeoutMs = 10000; // SQLite: how long a writer waits for another one
    int connectTimeoutSeconds = 10; // PostgreSQL
    // 0 = the program's latest schema version; tests stop earlier to test later migrations.
    int targetSchemaVersion = 0;

    static DatabaseSettings sqlite(const QString &path = QString());
    // A PostgreSQL URL; nullopt with a reason (never echoing a password) if it is not usable.
    static std::optional<DatabaseSettings> postgres(const QString &url, QString *error = nullptr);
    // A setting as a station stores it: "" (default SQLite file), "postgresql://...",
    // "postgres://...", "sqlite:///path/file" or a plain file path.
    static std::optional<DatabaseSettings> fromString(const QString &text,
                                                      QString *error = nullptr);

    // The SQLite file that will be opened (the default location filled in).
    QString resolvedSqlitePath() const;
    // A description for messages and logs: the file path or the URL without any password.
    QString redactedLocation() const;
    // What passwordProvider or the environment gives.
    QString password() const;
};

} // namespace VendorPack
