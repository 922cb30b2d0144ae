// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasesettings.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrlQuery>

namespace VendorPack {

DatabaseSettings DatabaseSettings::sqlite(const QString &path)
{
    DatabaseSettings settings;
    settings.backend = DatabaseBackend::Sqlite;
    settings.sqlitePath = path;
    return settings;
}

std::optional<DatabaseSettings> DatabaseSettings::postgres(const QString &text, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<DatabaseSettings> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    // Never echo the text itself: it may hold a password.
    if (!url.isValid())
        return fail(
            tr("the database URL is not valid: expected postgresql://user@host:port/dbname"));
    if (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))
        return fail(tr("the database URL must start with postgresql://"));
    // Options are left out of messages: a misplaced one might hold a secret.
    const QString shown = url.toString(QUrl::RemovePassword | QUrl::RemoveQuery);
    if (!url.password().isEmpty())
        return fail(tr("the database URL %1 must not contain a password; keep it in the key store "
                       "or in %2")
                        .arg(shown, QLatin1String(kPasswordVariable)));
    if (url.host().isEmpty())
        return fail(tr("the database URL %1 has no host").arg(shown));
    if (url.userName().isEmpty())
        return fail(tr("the database URL %1 has no user name").arg(shown));
    const QString dbName = url.path().mid(1);
    if (dbName.isEmpty() || dbName.contains(QLatin1Char('/')))
        return fail(tr("the database URL %1 has no database name").arg(shown));
    const QUrlQuery query(url);
    const auto items = query.queryItems();
    for (const auto &item : items) {
        if (item.first != QLatin1String("sslmode"))
            return fail(tr("the database URL %1 has an option other than sslmode").arg(shown));
    }
    DatabaseSettings settings;
    settings.backend = DatabaseBackend::PostgreSql;
    settings.postgresUrl = url;
    return settings;
}

std::optional<DatabaseSettings> DatabaseSettings::fromString(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return sqlite();
    if (trimmed.startsWith(QLatin1String("postgresql:"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("postgres:"), Qt::CaseInsensitive))
        return postgres(trimmed, error);
    if (trimmed.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        const QUrl url(trimmed);
        if (!url.isValid() || url.path().isEmpty()) {
            if (error)
                *error = tr("the database setting %1 is not a valid sqlite: URL").arg(trimmed);
            return std::nullopt;
        }
        return sqlite(url.path());
    }
    if (trimmed.contains(QLatin1String("://"))) {
        if (error)
            *error = tr("the database setting must be a file path or a postgresql:// URL");
        return std::nullopt;
    }
    return sqlite(trimmed);
}

QString DatabaseSettings::resolvedSqlitePath() const
{
    if (!sqlitePath.isEmpty())
        return sqlitePath;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("vendorpack.sqlite"));
}

QString DatabaseSettings::redactedLocation() const
{
    if (backend == DatabaseBackend::Sqlite)
        return QDir::toNativeSeparators(resolvedSqlitePath());
    return postgresUrl.toString(QUrl::RemovePassword);
}

QString DatabaseSettings::password() const
{
    if (passwordProvider)
        return passwordProvider();
    return qEnvironmentVariable(kPasswordVariable);
}

} // namespace VendorPack
