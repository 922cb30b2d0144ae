// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrlQuery>

namespace VendorPack {

namespace {

QAtomicInteger<quint64> s_connectionCounter;

QString redacted(QString text, const QString &password)
{
    if (!password.isEmpty())
        text.replace(password, QStringLiteral("***"));
    return text;
}

QString sqlErrorText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    const QString driverText = error.driverText().trimmed();
    if (text.isEmpty())
        text = driverText;
    else if (!driverText.isEmpty() && !text.contains(driverText))
        text += QStringLiteral(" (") + driverText + QLatin1Char(')');
    return text.isEmpty() ? QStringLiteral("unknown error") : text.simplified();
}

} // namespace

Database::Database(const DatabaseSettings &settings, const QString &connectionName)
    : m_backend(settings.backend)
    , m_connectionName(connectionName)
    , m_location(settings.redactedLocation())
{
}

Database::~Database()
{
    if (m_db.isValid()) {
        if (m_inTransaction)
            execDirect(QStringLiteral("ROLLBACK"));
        m_failedQueries.clear();
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const DatabaseSettings &settings, QString *error)
{
    const QString name = QStringLiteral("vendorpack-%1").arg(++s_connectionCounter);
    std::unique_ptr<Database> database(new Database(settings, name));
    QString reason;
    auto fail = [&]() -> std::unique_ptr<Database> {
        if (error)
            *error = tr("cannot open the database at %1: %2").arg(database->m_location, reason);
        return nullptr;
    };
    if (!database->connect(settings, &reason))
        return fail();

    // Refuse a database from a newer program before anything (even WAL) touches it.
    const int current = Migrations::currentVersion(*database, &reason);
    if (current < 0)
        return fail();
    if (current > Migrations::latestVersion()) {
        reason = tr("the database has schema version %1, newer than this program's version %2; "
                    "update VendorPack on this station")
                     .arg(current)
                     .arg(Migrations::latestVersion());
        return fail();
    }
    if (database->isSqlite() && !database->configureSqlite(settings, &reason))
        return fail();
    if (!Migrations::migrate(*database, settings.targetSchemaVersion,
                             &database->m_appliedMigrations, &reason))
        return fail();
    database->m_schemaVersion = Migrations::currentVersion(*database, &reason);
    if (database->m_schemaVersion < 0)
        return fail();
    return database;
}

bool Database::connect(const DatabaseSettings &settings, QString *error)
{
    if (m_backend == DatabaseBackend::Sqlite) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
            *error = tr("the Qt SQLite driver (QSQLITE) is not installed");
            return false;
        }
        const QString path = settings.resolvedSqlitePath();
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            *error = tr("cannot create the folder %1")
                         .arg(QDir::toNativeSeparators(info.absolutePath()));
            return false;
        }
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(qMax(0, settings.busyTimeoutMs)));
        if (!m_db.open()) {
            *error = sqlErrorText(m_db.lastError());
            return false;
        }
        // Per connection: these change nothing in the file.
        return execDirect(QStringLiteral("PRAGMA foreign_keys = ON"), error)
            && execDirect(
                   QStringLiteral("PRAGMA busy_timeout = %1").arg(qMax(0, settings.busyTimeoutMs)),
                   error);
    }

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = tr("the Qt PostgreSQL driver (QPSQL) is not installed (package libqt6sql6-psql)");
        return false;
    }
    const QUrl &url = settings.postgresUrl;
    if (!url.isValid() || url.host().isEmpty() || url.userName().isEmpty() || url.path().size() < 2
        || !url.password().isEmpty()) {
        *error = tr("the database URL is not a valid postgresql://user@host:port/dbname URL "
                    "without a password");
        return false;
    }
    const QString password = settings.password();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_db.setHostName(url.host());
    m_db.setPort(url.port(5432));
    m_db.setDatabaseName(url.path().mid(1));
    m_db.setUserName(url.userName());
    m_db.setPassword(password);
    QStringList options {
        QStringLiteral("connect_timeout=%1").arg(qMax(1, settings.connectTimeoutSeconds))
    };
    const QString sslMode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
    if (!sslMode.isEmpty())
        options.append(QStringLiteral("sslmode=") + sslMode);
    m_db.setConnectOptions(options.join(QLatin1Char(';')));
    const bool opened = m_db.open();
    // The connection is made: keep the password no longer than needed.
    m_db.setPassword(QString());
    if (!opened) {
        *error = redacted(sqlErrorText(m_db.lastError()), password);
        return false;
    }
    return execDirect(QStringLiteral("SET client_min_messages = warning"), error);
}

bool Database::configureSqlite(const DatabaseSettings &, QString *error)
{
    const auto mode = scalar(QStringLiteral("PRAGMA journal_mode = WAL"), {}, error);
    if (!mode)
        return false;
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *error = tr("the database file cannot use write-ahead logging (journal mode %1); is it "
                    "on a network drive?")
                     .arg(mode->toString());
        return false;
    }
    return execDirect(QStringLiteral("PRAGMA synchronous = FULL"), error);
}

void Database::reportFailure(const QString &sql, const QSqlQuery &query, QString *error)
{
    if (m_inTransaction)
        m_transactionFailed = true;
    if (!error)
        return;
    QString statement = sql.simplified();
    if (statement.size() > 80)
        statement = statement.left(77) + QStringLiteral("...");
    *error = tr("SQL error (%1): %2").arg(statement, sqlErrorText(query.lastError()));
}

std::optional<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values,
                                        QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        reportFailure(sql, query, error);
        if (m_inTransaction)
            m_failedQueries.push_back(std::move(query));
        return std::nullopt;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec()) {
        reportFailure(sql, query, error);
        if (m_inTransaction)
            m_failedQueries.push_back(std::move(query));
        return std::nullopt;
    }
    return query;
}

void Database::statementFailed(QSqlQuery query)
{
    if (!m_inTransaction)
        return;
    m_transactionFailed = true;
    m_failedQueries.push_back(std::move(query));
}

qint64 Database::execUpdate(const QString &sql, const QVariantList &values, QString *error)
{
    auto query = exec(sql, values, error);
    if (!query)
        return -1;
    return qMax(0, query->numRowsAffected());
}

std::optional<QVariant> Database::scalar(const QString &sql, const QVariantList &values,
                                         QString *error)
{
    auto query = exec(sql, values, error);
    if (!query)
        return std::nullopt;
    QVariant value;
    if (query->next())
        value = query->value(0);
    query->finish();
    return value;
}

bool Database::execDirect(const QString &sql, QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        reportFailure(sql, query, error);
        return false;
    }
    return true;
}

QString Database::toStoredTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime Database::fromStoredTime(const QVariant &value)
{
    if (value.isNull())
        return QDateTime();
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString Database::nowStoredTime()
{
    return toStoredTime(QDateTime::currentDateTimeUtc());
}

} // namespace VendorPack
