// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/transaction.h"
#include "storagebackends.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStandardPaths>
#include <QTest>

using namespace VendorPack;

namespace {

const QString kSqlite = QStringLiteral("sqlite");
const QString kPostgres = QStringLiteral("postgresql");

// The connections Database objects hold (not the test server's admin connection).
QStringList databaseConnections()
{
    QStringList names;
    const QStringList all = QSqlDatabase::connectionNames();
    for (const QString &name : all) {
        if (name.startsWith(QLatin1String("vendorpack-"))
            && !name.startsWith(QLatin1String("vendorpack-pg-")))
            names << name;
    }
    return names;
}

} // namespace

// The database foundation on SQLite and PostgreSQL: open, schema, migrations, transactions.
class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void openCreatesSchema_data() { StorageBackends::addBackendColumn(); }
    void openCreatesSchema();
    void reopenAppliesNothing_data() { StorageBackends::addBackendColumn(); }
    void reopenAppliesNothing();
    void migratesEmptyDatabase_data() { StorageBackends::addBackendColumn(); }
    void migratesEmptyDatabase();
    void migratesFromEachEarlierVersion_data() { StorageBackends::addBackendColumn(); }
    void migratesFromEachEarlierVersion();
    void migrationKeepsTheRowsOfEachEarlierVersion_data() { StorageBackends::addBackendColumn(); }
    void migrationKeepsTheRowsOfEachEarlierVersion();
    void refusesDatabaseFromTheFuture_data() { StorageBackends::addBackendColumn(); }
    void refusesDatabaseFromTheFuture();
    void transactionRollsBackWhenNotCommitted_data() { StorageBackends::addBackendColumn(); }
    void transactionRollsBackWhenNotCommitted();
    void transactionRefusesCommitAfterFailedStatement_data()
    {
        StorageBackends::addBackendColumn();
    }
    void transactionRefusesCommitAfterFailedStatement();
    void transactionCommitsAndRefusesNesting_data() { StorageBackends::addBackendColumn(); }
    void transactionCommitsAndRefusesNesting();
    void preparedStatementsKeepOddValues_data() { StorageBackends::addBackendColumn(); }
    void preparedStatementsKeepOddValues();
    void appendOnlyTablesRefuseChanges_data() { StorageBackends::addBackendColumn(); }
    void appendOnlyTablesRefuseChanges();
    void foreignKeysAreEnforced_data() { StorageBackends::addBackendColumn(); }
    void foreignKeysAreEnforced();
    void sqliteUsesWalAndFullSync();
    void sqliteRefusesAFileThatIsNotADatabase();
    void connectionsAreNamedAndRemoved();
    void settingsParseLocations();
    void badUrlGivesClearErrorWithoutPassword_data();
    void badUrlGivesClearErrorWithoutPassword();
    void wrongPasswordGivesClearErrorWithoutPassword();
    void unreachableServerGivesClearError();
    void passwordComesFromEnvironment();

private:
    // A settings object for a brand-new database of that back end.
    DatabaseSettings freshSettings(const QString &backend)
    {
        return m_backends.freshSettings(backend, QStringLiteral("db"));
    }
    std::unique_ptr<Database> openOrFail(const DatabaseSettings &settings);
    // A connection that bypasses Database (as an older program's would); close it before use.
    QSqlDatabase rawConnection(const DatabaseSettings &settings, const QString &name);
    // Tables, schema_version rows and (SQLite) the file's bytes, read without Database::open.
    QStringList rawSnapshot(const DatabaseSettings &settings);

    StorageBackends m_backends;
};

void tst_Database::initTestCase()
{
    if (!m_backends.start())
        return;
    if (!m_backends.isAvailable(kPostgres))
        qWarning("PostgreSQL rows will be skipped: %s", qPrintable(m_backends.unavailableReason()));
}

void tst_Database::cleanupTestCase()
{
    m_backends.stop();
}

std::unique_ptr<Database> tst_Database::openOrFail(const DatabaseSettings &settings)
{
    QString error;
    auto database = Database::open(settings, &error);
    if (!database)
        qWarning("open failed: %s", qPrintable(error));
    return database;
}

QStringList tst_Database::rawSnapshot(const DatabaseSettings &settings)
{
    QStringList snapshot;
    const QString name = QStringLiteral("raw-snapshot");
    {
        QSqlDatabase db;
        if (settings.backend == DatabaseBackend::Sqlite) {
            QFile file(settings.sqlitePath);
            if (file.open(QIODevice::ReadOnly))
                snapshot << QString::fromLatin1(
                    QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(settings.sqlitePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(settings.postgresUrl.host());
            db.setPort(settings.postgresUrl.port());
            db.setDatabaseName(settings.postgresUrl.path().mid(1));
            db.setUserName(settings.postgresUrl.userName());
            db.setPassword(m_backends.postgres()->password());
        }
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(settings.backend == DatabaseBackend::Sqlite
                           ? QStringLiteral("SELECT type || ':' || name FROM sqlite_master "
                                            "ORDER BY type, name")
                           : QStringLiteral("SELECT table_name FROM information_schema.tables"
                                            " WHERE table_schema = 'public' ORDER BY 1"));
            while (query.next())
                snapshot << query.value(0).toString();
            query.exec(QStringLiteral("SELECT version, applied_at FROM schema_version ORDER BY 1"));
            while (query.next())
                snapshot << query.value(0).toString() + QLatin1Char('@')
                        + query.value(1).toString();
            query.finish();
            db.close();
        } else {
            snapshot << QStringLiteral("cannot open: ") + db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return snapshot;
}

void tst_Database::openCreatesSchema()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    auto db = openOrFail(freshSettings(backend));
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(db->appliedMigrations(), Migrations::latestVersion());
    QCOMPARE(db->isPostgres(), backend == kPostgres);
    const QStringList tables = Migrations::tables();
    for (const QString &table : tables) {
        QString error;
        const auto count = db->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table, {}, &error);
        QVERIFY2(count, qPrintable(error));
        QCOMPARE(count->toInt(),
                 table == QLatin1String("schema_version") ? Migrations::latestVersion() : 0);
    }
}

void tst_Database::reopenAppliesNothing()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    const DatabaseSettings settings = freshSettings(backend);
    {
        auto db = openOrFail(settings);
        QVERIFY(db);
        Transaction transaction(*db);
        QVERIFY(transaction.begin());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO settings (scope, name, value, updated_at) "
                                        "VALUES (?, ?, ?, ?)"),
                         { QStringLiteral(""), QStringLiteral("station"), QStringLiteral("Dock 1"),
                           Database::nowStoredTime() }));
        QVERIFY(transaction.commit());
    }
    const QStringList before = rawSnapshot(settings);
    auto db = openOrFail(settings);
    QVERIFY(db);
    QCOMPARE(db->appliedMigrations(), 0);
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(db->scalar(QStringLiteral("SELECT value FROM settings WHERE name = ?"),
                        { QStringLiteral("station") })
                 ->toString(),
             QStringLiteral("Dock 1"));
    db.reset();
    QStringList after = rawSnapshot(settings);
    if (backend == kSqlite) { // WAL may fold pages into the file: compare the schema only
        after.removeFirst();
        QStringList withoutHash = before;
        withoutHash.removeFirst();
        QCOMPARE(after, withoutHash);
    } else {
        QCOMPARE(after, before);
    }
}

void tst_Database::migratesEmptyDatabase()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    const DatabaseSettings settings = freshSettings(backend);
    if (backend == kSqlite) { // an existing, zero-byte file
        QFile file(settings.sqlitePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QCOMPARE(rawSnapshot(settings).filter(QStringLiteral("schema_version")).size(), 0);
    auto db = openOrFail(settings);
    QVERIFY(db);
    QCOMPARE(db->appliedMigrations(), Migrations::latestVersion());
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version"))->toInt(),
             Migrations::latestVersion());
    QCOMPARE(db->scalar(QStringLiteral("SELECT MIN(version) FROM schema_version"))->toInt(), 1);
}

void tst_Database::migratesFromEachEarlierVersion()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    // With one version so far there is nothing earlier; this grows with every migration.
    for (int version = 1; version < Migrations::latestVersion(); ++version) {
        DatabaseSettings settings = freshSettings(backend);
        settings.targetSchemaVersion = version;
        {
            auto db = openOrFail(settings);
            QVERIFY(db);
            QCOMPARE(db->schemaVersion(), version);
        }
        settings.targetSchemaVersion = 0;
        auto db = openOrFail(settings);
        QVERIFY(db);
        QCOMPARE(db->appliedMigrations(), Migrations::latestVersion() - version);
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    }
    QVERIFY(
        Migrations::statements(Migrations::latestVersion() + 1, DatabaseBackend::Sqlite).isEmpty());
    QVERIFY(!Migrations::statements(1, DatabaseBackend::PostgreSql).isEmpty());
}

QSqlDatabase tst_Database::rawConnection(const DatabaseSettings &settings, const QString &name)
{
    QSqlDatabase db;
    if (settings.backend == DatabaseBackend::Sqlite) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(settings.sqlitePath);
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(settings.postgresUrl.host());
        db.setPort(settings.postgresUrl.port());
        db.setDatabaseName(settings.postgresUrl.path().mid(1));
        db.setUserName(settings.postgresUrl.userName());
        db.setPassword(m_backends.postgres()->password());
    }
    return db;
}

void tst_Database::migrationKeepsTheRowsOfEachEarlierVersion()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    const QString now = Database::nowStoredTime();
    // Rows an earlier program leaves behind, in the tables every version has.
    const QStringList rows = {
        QStringLiteral("INSERT INTO settings (scope, name, value, updated_at) VALUES ('', "
                       "'gs1.prefix', '0614141', '%1')"),
        QStringLiteral("INSERT INTO purchase_orders (channel_purchase_order_no, status, snapshot, "
                       "created_at, updated_at) VALUES ('PO-OLD', 'NEW', '{}', '%1', '%1')"),
        QStringLiteral("INSERT INTO po_lines (purchase_order_id, position, quantity, "
                       "unit_of_measure, snapshot) SELECT id, 0, 10, 'EACHES', '{}' FROM "
                       "purchase_orders"),
        QStringLiteral("INSERT INTO acknowledgements (po_line_id, position, code, quantity, "
                       "created_at, updated_at) SELECT id, 0, 'ACCEPTED', 10, '%1', '%1' FROM "
                       "po_lines"),
        QStringLiteral("INSERT INTO shipments (merchant_shipment_no, status, version, header, "
                       "next_node_id, created_at, updated_at) VALUES ('SH-OLD', 'building', 7, "
                       "'{}', 12, '%1', '%1')"),
        QStringLiteral("INSERT INTO shipment_nodes (shipment_id, node_id, position, node_type, "
                       "data) SELECT id, 11, 0, 'PALLET', '{}' FROM shipments"),
        QStringLiteral("INSERT INTO sscc_serials (company_prefix, extension_digit, range_start, "
                       "range_end, next_serial, updated_at) VALUES ('0614141', 0, 1, 1000, 42, "
                       "'%1')"),
        QStringLiteral("INSERT INTO sscc_ledger (sscc, company_prefix, extension_digit, serial, "
                       "state, allocated_at, updated_at) VALUES ('006141410000000410', '0614141', "
                       "0, 41, 'printed', '%1', '%1')"),
        QStringLiteral("INSERT INTO audit_log (created_at, action) VALUES ('%1', 'old.action')"),
    };
    for (int version = 1; version < Migrations::latestVersion(); ++version) {
        const DatabaseSettings settings = freshSettings(backend);
        const QString name = QStringLiteral("raw-old-version");
        {
            QSqlDatabase raw = rawConnection(settings, name);
            QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
            QSqlQuery query(raw);
            QStringList sql = { QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT "
                                               "NULL PRIMARY KEY, applied_at TEXT NOT NULL, "
                                               "program_version TEXT NOT NULL)") };
            for (int v = 1; v <= version; ++v) {
                sql << Migrations::statements(v, settings.backend);
                sql << QStringLiteral("INSERT INTO schema_version VALUES (%1, '%2', '0.%1')")
                           .arg(v)
                           .arg(now);
            }
            for (QString row : rows)
                sql << row.replace(QLatin1String("%1"), now);
            for (const QString &statement : std::as_const(sql))
                QVERIFY2(query.exec(statement),
                         qPrintable(statement + QStringLiteral(": ") + query.lastError().text()));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);

        auto db = openOrFail(settings);
        QVERIFY(db);
        QCOMPARE(db->appliedMigrations(), Migrations::latestVersion() - version);
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        for (const QString &table :
             { QStringLiteral("settings"), QStringLiteral("purchase_orders"),
               QStringLiteral("po_lines"), QStringLiteral("acknowledgements"),
               QStringLiteral("shipments"), QStringLiteral("shipment_nodes"),
               QStringLiteral("sscc_serials"), QStringLiteral("sscc_ledger"),
               QStringLiteral("audit_log") }) {
            QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table)->toInt(), 1);
        }
        QCOMPARE(db->scalar(QStringLiteral("SELECT value FROM settings"))->toString(),
                 QStringLiteral("0614141"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT version FROM shipments"))->toInt(), 7);
        QCOMPARE(db->scalar(QStringLiteral("SELECT quantity FROM acknowledgements"))->toInt(), 10);
        QCOMPARE(db->scalar(QStringLiteral("SELECT next_serial FROM sscc_serials"))->toInt(), 42);
        QCOMPARE(db->scalar(QStringLiteral("SELECT state FROM sscc_ledger"))->toString(),
                 QStringLiteral("printed"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT program_version FROM schema_version WHERE "
                                           "version = 1"))
                     ->toString(),
                 QStringLiteral("0.1"));
        // Version 2's table is there and usable.
        QVERIFY(db->exec(QStringLiteral("INSERT INTO stock_levels (sku, quantity, updated_at) "
                                        "VALUES (?, ?, ?)"),
                         { QStringLiteral("SKU-1"), 5, now }));
        QCOMPARE(db->scalar(QStringLiteral("SELECT quantity FROM stock_levels"))->toInt(), 5);
    }
}

void tst_Database::refusesDatabaseFromTheFuture()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    const DatabaseSettings settings = freshSettings(backend);
    const int future = Migrations::latestVersion() + 1;
    {
        auto db = openOrFail(settings);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO schema_version (version, applied_at, "
                                        "program_version) VALUES (?, ?, ?)"),
                         { future, Database::nowStoredTime(), QStringLiteral("99.0") }));
    }
    const QStringList before = rawSnapshot(settings);
    QVERIFY(before.contains(QString::number(future) + QLatin1Char('@'), Qt::CaseSensitive)
            || before.filter(QString::number(future) + QLatin1Char('@')).size() == 1);

    QString error;
    auto db = Database::open(settings, &error);
    QVERIFY(!db);
    QVERIFY2(error.startsWith(QStringLiteral("cannot open the database at ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("newer than this program")), qPrintable(error));
    QVERIFY2(error.contains(QString::number(future)), qPrintable(error));
    QCOMPARE(rawSnapshot(settings), before); // for SQLite the file's bytes too
}

void tst_Database::transactionRollsBackWhenNotCommitted()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    auto db = openOrFail(freshSettings(backend));
    QVERIFY(db);
    const QString insert = QStringLiteral(
        "INSERT INTO settings (scope, name, value, updated_at) VALUES ('', ?, 'x', '')");
    {
        Transaction transaction(*db);
        QVERIFY(transaction.begin());
        QVERIFY(db->inTransaction());
        QVERIFY(db->exec(insert, { QStringLiteral("a") }));
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM settings"))->toInt(), 1);
    } // no commit
    QVERIFY(!db->inTransaction());
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM settings"))->toInt(), 0);
    {
        Transaction transaction(*db);
        QVERIFY(transaction.begin());
        QVERIFY(db->exec(insert, { QStringLiteral("b") }));
        transaction.rollback();
        QVERIFY(!transaction.isActive());
    }
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM settings"))->toInt(), 0);
}

void tst_Database::transactionRefusesCommitAfterFailedStatement()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    auto db = openOrFail(freshSettings(backend));
    QVERIFY(db);
    const QString insert = QStringLiteral(
        "INSERT INTO settings (scope, name, value, updated_at) VALUES ('', ?, 'x', '')");
    {
        Transaction transaction(*db);
        QVERIFY(transaction.begin());
        QVERIFY(db->exec(insert, { QStringLiteral("b") }));
        QString error;
        QVERIFY(!db->exec(insert, { QStringLiteral("b") }, &error)); // duplicate key
        QVERIFY2(error.startsWith(QStringLiteral("SQL error (INSERT INTO settings")),
                 qPrintable(error));
        QVERIFY(!transaction.commit(&error));
        QVERIFY2(error.contains(QStringLiteral("rolled back")), qPrintable(error));
        QVERIFY(!transaction.isActive());
    }
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM settings"))->toInt(), 0);
    // The connection is usable afterwards.
    Transaction transaction(*db);
    QVERIFY(transaction.begin());
    QVERIFY(db->exec(insert, { QStringLiteral("c") }));
    QVERIFY(transaction.commit());
    QCOMPARE(db->scalar(QStringLiteral("SELECT name FROM settings"))->toString(),
             QStringLiteral("c"));
}

void tst_Database::transactionCommitsAndRefusesNesting()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    const DatabaseSettings settings = freshSettings(backend);
    {
        auto db = openOrFail(settings);
        QVERIFY(db);
        Transaction transaction(*db);
        QVERIFY(transaction.begin());
        Transaction nested(*db);
        QString error;
        QVERIFY(!nested.begin(&error));
        QVERIFY(error.contains(QStringLiteral("already open")));
        QVERIFY(!transaction.begin());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO settings (scope, name, value, updated_at) "
                                        "VALUES ('', 'kept', 'yes', '')")));
        QVERIFY(transaction.commit());
        QVERIFY(!transaction.commit()); // only once
    }
    auto db = openOrFail(settings);
    QVERIFY(db);
    QCOMPARE(
        db->scalar(QStringLiteral("SELECT value FROM settings WHERE name = 'kept'"))->toString(),
        QStringLiteral("yes"));
}

void tst_Database::preparedStatementsKeepOddValues()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    auto db = openOrFail(freshSettings(backend));
    QVERIFY(db);
    const QStringList texts = {
        QStringLiteral("O'Brien's \"carton\""),
        QStringLiteral("'); DROP TABLE settings; --"),
        QStringLiteral("Müller · Łódź · 東京 · 🚚📦"),
        QStringLiteral("back\\slash \\x00 $1 ? :name %s"),
        QStringLiteral("tab\tnew\nline\r"),
        QStringLiteral(""),
        QStringLiteral("  spaces  "),
        QString(5000, QLatin1Char('x')),
    };
    Transaction transaction(*db);
    QVERIFY(transaction.begin());
    for (int i = 0; i < texts.size(); ++i) {
        QString error;
        QVERIFY2(db->exec(QStringLiteral("INSERT INTO settings (scope, name, value, updated_at) "
                                         "VALUES (?, ?, ?, ?)"),
                          { texts.at(i), QStringLiteral("n%1").arg(i), texts.at(i),
                            Database::nowStoredTime() },
                          &error),
                 qPrintable(error));
    }
    // A null QString binds as SQL NULL (Qt's rule), an empty one as ''.
    QVERIFY(db->exec(QStringLiteral("INSERT INTO settings (scope, name, value, updated_at) "
                                    "VALUES ('', 'null', ?, '')"),
                     { QString() }));
    QByteArray binary;
    for (int b = 1; b < 256; ++b)
        binary.append(char(b));
    binary.append("\\'\"");
    QVERIFY(db->exec(QStringLiteral("INSERT INTO users (name, role, pin_hash, pin_salt, "
                                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                     { QStringLiteral("Zoë"), QStringLiteral("packer"), binary, QByteArray(),
                       Database::nowStoredTime(), Database::nowStoredTime() }));
    QVERIFY(transaction.commit());

    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM settings"))->toInt(),
             texts.size() + 1);
    QVERIFY(db->scalar(QStringLiteral("SELECT value FROM settings WHERE name = 'null'"))->isNull());
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM settings WHERE value = ?"),
                        { QStringLiteral("") })
                 ->toInt(),
             1);
    for (int i = 0; i < texts.size(); ++i) {
        auto query = db->exec(QStringLiteral("SELECT scope, value FROM settings WHERE name = ?"),
                              { QStringLiteral("n%1").arg(i) });
        QVERIFY(query && query->next());
        QCOMPARE(query->value(0).toString(), texts.at(i));
        QCOMPARE(query->value(1).toString(), texts.at(i));
    }
    // Looking up by an odd value finds exactly that row.
    QCOMPARE(
        db->scalar(QStringLiteral("SELECT name FROM settings WHERE value = ?"), { texts.at(1) })
            ->toString(),
        QStringLiteral("n1"));
    QCOMPARE(db->scalar(QStringLiteral("SELECT pin_hash FROM users WHERE name = ?"),
                        { QStringLiteral("Zoë") })
                 ->toByteArray(),
             binary);
}

void tst_Database::appendOnlyTablesRefuseChanges()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    auto db = openOrFail(freshSettings(backend));
    QVERIFY(db);
    const QString now = Database::nowStoredTime();
    QVERIFY(db->exec(QStringLiteral("INSERT INTO audit_log (created_at, user_name, action) "
                                    "VALUES (?, ?, ?)"),
                     { now, QStringLiteral("ann"), QStringLiteral("shipment.create") }));
    QVERIFY(db->exec(QStringLiteral("INSERT INTO sscc_serials (company_prefix, extension_digit, "
                                    "range_start, range_end, next_serial, updated_at) "
                                    "VALUES ('0614141', 0, 1, 999999999, 10, ?)"),
                     { now }));
    QVERIFY(db->exec(QStringLiteral("INSERT INTO sscc_ledger (sscc, company_prefix, "
                                    "extension_digit, serial, state, allocated_at, updated_at) "
                                    "VALUES ('006141410000000091', '0614141', 0, 9, 'allocated', "
                                    "?, ?)"),
                     { now, now }));
    QString error;
    QVERIFY(!db->exec(QStringLiteral("UPDATE audit_log SET action = 'x'"), {}, &error));
    QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));
    QVERIFY(!db->exec(QStringLiteral("DELETE FROM audit_log"), {}, &error));
    QVERIFY(!db->exec(QStringLiteral("DELETE FROM sscc_ledger"), {}, &error));
    QVERIFY(!db->exec(QStringLiteral("UPDATE sscc_serials SET next_serial = 5"), {}, &error));
    QVERIFY2(error.contains(QStringLiteral("never goes down")), qPrintable(error));
    QVERIFY(db->exec(QStringLiteral("UPDATE sscc_serials SET next_serial = 11")));
    QVERIFY(
        !db->exec(QStringLiteral("INSERT INTO sscc_ledger (sscc, state, allocated_at, "
                                 "updated_at) VALUES ('006141410000000091', 'allocated', ?, ?)"),
                  { now, now }, &error)); // an SSCC is recorded once
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toInt(), 1);
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM sscc_ledger"))->toInt(), 1);
}

void tst_Database::foreignKeysAreEnforced()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    auto db = openOrFail(freshSettings(backend));
    QVERIFY(db);
    QString error;
    QVERIFY(!db->exec(QStringLiteral("INSERT INTO po_lines (purchase_order_id, position, quantity, "
                                     "unit_of_measure, snapshot) VALUES (424242, 0, 1, 'EACHES', "
                                     "'{}')"),
                      {}, &error));
    QVERIFY2(error.contains(QStringLiteral("foreign key"), Qt::CaseInsensitive), qPrintable(error));
}

void tst_Database::sqliteUsesWalAndFullSync()
{
    DatabaseSettings settings = freshSettings(kSqlite);
    settings.busyTimeoutMs = 7000;
    auto db = openOrFail(settings);
    QVERIFY(db);
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA synchronous"))->toInt(), 2); // FULL
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA busy_timeout"))->toInt(), 7000);
}

void tst_Database::sqliteRefusesAFileThatIsNotADatabase()
{
    const QString path = m_backends.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("these are not the pages you are looking for\n").repeated(200));
    file.close();
    QString error;
    auto db = Database::open(DatabaseSettings::sqlite(path), &error);
    QVERIFY(!db);
    QVERIFY2(error.startsWith(QStringLiteral("cannot open the database at ") + path),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("not a database")), qPrintable(error));
    QVERIFY(databaseConnections().isEmpty());
}

void tst_Database::connectionsAreNamedAndRemoved()
{
    const DatabaseSettings settings = freshSettings(kSqlite);
    auto first = openOrFail(settings);
    auto second = openOrFail(settings);
    QVERIFY(first && second);
    QVERIFY(first->connectionName() != second->connectionName());
    QVERIFY(databaseConnections().contains(first->connectionName()));
    QCOMPARE(second->appliedMigrations(), 0);
    // A write on one connection is seen by the other.
    QVERIFY(first->exec(QStringLiteral("INSERT INTO settings (scope, name, value, updated_at) "
                                       "VALUES ('', 'shared', 'v', '')")));
    QCOMPARE(second->scalar(QStringLiteral("SELECT COUNT(*) FROM settings"))->toInt(), 1);
    const QString firstName = first->connectionName();
    first.reset();
    QVERIFY(!databaseConnections().contains(firstName));
    second.reset();
    QVERIFY(databaseConnections().isEmpty());
}

void tst_Database::settingsParseLocations()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/vendorpack.sqlite");
    QCOMPARE(DatabaseSettings::sqlite().resolvedSqlitePath(), expected);
    QCOMPARE(DatabaseSettings::fromString(QString())->resolvedSqlitePath(), expected);
    QCOMPARE(DatabaseSettings::fromString(QStringLiteral("/srv/pack.sqlite"))->sqlitePath,
             QStringLiteral("/srv/pack.sqlite"));
    QCOMPARE(DatabaseSettings::fromString(QStringLiteral("sqlite:///srv/pack.sqlite"))->sqlitePath,
             QStringLiteral("/srv/pack.sqlite"));
    const auto pg = DatabaseSettings::fromString(
        QStringLiteral("postgresql://packer@db.example:6543/site?sslmode=require"));
    QVERIFY(pg);
    QCOMPARE(pg->backend, DatabaseBackend::PostgreSql);
    QCOMPARE(pg->redactedLocation(),
             QStringLiteral("postgresql://packer@db.example:6543/site?sslmode=require"));

    QCOMPARE(Database::toStoredTime(
                 QDateTime(QDate(2025, 3, 1), QTime(23, 5, 6, 7), Qt::OffsetFromUTC, 3600)),
             QStringLiteral("2025-03-01T22:05:06.007Z"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(Database::fromStoredTime(Database::toStoredTime(now)), now);
    QVERIFY(!Database::fromStoredTime(QVariant()).isValid());
}

void tst_Database::badUrlGivesClearErrorWithoutPassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("password in the URL")
        << QStringLiteral("postgresql://packer:Sup3rS3cretPw@db.example/site")
        << QStringLiteral("must not contain a password");
    QTest::newRow("other scheme") << QStringLiteral("mysql://packer@db.example/site")
                                  << QStringLiteral("file path or a postgresql:// URL");
    QTest::newRow("no database") << QStringLiteral("postgresql://packer@db.example:5432/")
                                 << QStringLiteral("has no database name");
    QTest::newRow("no user") << QStringLiteral("postgresql://db.example/site")
                             << QStringLiteral("has no user name");
    QTest::newRow("no host") << QStringLiteral("postgresql://packer@/site")
                             << QStringLiteral("has no host");
    QTest::newRow("bad port") << QStringLiteral("postgresql://packer:Sup3rS3cretPw@db:99999999/x")
                              << QStringLiteral("not valid");
    QTest::newRow("unknown option")
        << QStringLiteral("postgresql://packer@db.example/site?password=Sup3rS3cretPw")
        << QStringLiteral("option other than sslmode");
}

void tst_Database::badUrlGivesClearErrorWithoutPassword()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!DatabaseSettings::fromString(url, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("Sup3rS3cretPw")), qPrintable(error));
}

void tst_Database::wrongPasswordGivesClearErrorWithoutPassword()
{
    VENDORPACK_REQUIRE_BACKEND(m_backends, kPostgres);
    DatabaseSettings settings = DatabaseSettings::postgres(m_backends.postgres()->url()).value();
    const QString wrong = QStringLiteral("Wr0ng-Passw0rd-%1").arg(m_backends.postgres()->port());
    settings.passwordProvider = [wrong] { return wrong; };
    QString error;
    QVERIFY(!Database::open(settings, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot open the database at ")
                              + m_backends.postgres()->url() + QStringLiteral(": ")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("password authentication failed")), qPrintable(error));
    QVERIFY2(!error.contains(wrong), qPrintable(error));
    QVERIFY2(!error.contains(m_backends.postgres()->password()), qPrintable(error));
    QVERIFY(databaseConnections().isEmpty());
}

void tst_Database::unreachableServerGivesClearError()
{
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    DatabaseSettings settings
        = DatabaseSettings::postgres(QStringLiteral("postgresql://packer@127.0.0.1:1/site"))
              .value();
    settings.passwordProvider = [] { return QStringLiteral("Unus3dPassword"); };
    settings.connectTimeoutSeconds = 2;
    QString error;
    QVERIFY(!Database::open(settings, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot open the database at "
                                             "postgresql://packer@127.0.0.1:1/site: ")),
             qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("Unus3dPassword")), qPrintable(error));
}

void tst_Database::passwordComesFromEnvironment()
{
    VENDORPACK_REQUIRE_BACKEND(m_backends, kPostgres);
    const DatabaseSettings settings
        = DatabaseSettings::postgres(m_backends.postgres()->url()).value();
    QVERIFY(!settings.passwordProvider);
    qputenv(DatabaseSettings::kPasswordVariable, m_backends.postgres()->password().toUtf8());
    QString error;
    auto db = Database::open(settings, &error);
    qunsetenv(DatabaseSettings::kPasswordVariable);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(db->isPostgres());
    QVERIFY(db->connection().password().isEmpty()); // not kept after connecting
    QVERIFY(!db->location().contains(m_backends.postgres()->password()));
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
