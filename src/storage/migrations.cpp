// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "database.h"
#include "transaction.h"

#include <iterator>

namespace VendorPack {

namespace {

enum class Only { Both, Sqlite, Postgres };

// One DDL statement; %ID% is the back end's auto-numbered primary key, %BLOB% its binary type.
struct Step
{
    Only only;
    const char *sql;
};

// Version 1: every table of DESIGN.md section 6. Times are ISO 8601 UTC text
// (Database::toStoredTime), JSON is text, flags are BOOLEAN.
const Step kVersion1[] = {
    { Only::Both,
      "CREATE TABLE purchase_orders ("
      " id %ID%,"
      " channel_purchase_order_no TEXT NOT NULL UNIQUE,"
      " api_id BIGINT," // ChannelEngine's Id
      " channel_id BIGINT NOT NULL DEFAULT 0,"
      " status TEXT NOT NULL,"
      " ship_to TEXT NOT NULL DEFAULT ''," // ShipToParty.PartyId (the FC)
      " ship_to_country TEXT NOT NULL DEFAULT '',"
      " selling_party TEXT NOT NULL DEFAULT '',"
      " from_ship_date TEXT,"
      " to_ship_date TEXT,"
      " api_updated_at TEXT," // UpdatedAt from the API, for incremental polling
      " snapshot TEXT NOT NULL," // the PO as JSON, without local acknowledgements
      " created_at TEXT NOT NULL,"
      " updated_at TEXT NOT NULL)" },
    { Only::Both, "CREATE INDEX purchase_orders_status ON purchase_orders (status, ship_to)" },
    { Only::Both, "CREATE INDEX purchase_orders_ship_to ON purchase_orders (ship_to)" },
    { Only::Both, "CREATE INDEX purchase_orders_api_updated ON purchase_orders (api_updated_at)" },

    { Only::Both,
      "CREATE TABLE po_lines ("
      " id %ID%,"
      " purchase_order_id BIGINT NOT NULL REFERENCES purchase_orders (id) ON DELETE CASCADE,"
      " position INTEGER NOT NULL," // order of the line in the PO
      " api_id BIGINT,"
      " channel_order_line_no TEXT NOT NULL DEFAULT '',"
      " merchant_product_no TEXT NOT NULL DEFAULT ''," // SKU
      " channel_product_no TEXT NOT NULL DEFAULT ''," // ASIN
      " quantity BIGINT NOT NULL,"
      " unit_of_measure TEXT NOT NULL," // EACHES or CASES
      " unit_size BIGINT NOT NULL DEFAULT 1,"
      " backorder_allowed BOOLEAN NOT NULL DEFAULT FALSE,"
      " acknowledged_date TEXT," // from the API
      " snapshot TEXT NOT NULL,"
      " UNIQUE (purchase_order_id, position))" },
    { Only::Both, "CREATE INDEX po_lines_sku ON po_lines (merchant_product_no)" },

    { Only::Both,
      "CREATE TABLE acknowledgements ("
      " id %ID%,"
      " po_line_id BIGINT NOT NULL REFERENCES po_lines (id) ON DELETE CASCADE,"
      " position INTEGER NOT NULL," // a line may be split: accepted + backordered + rejected
      " code TEXT NOT NULL," // ACCEPTED, BACKORDERED, REJECTED
      " quantity BIGINT NOT NULL CHECK (quantity >= 0),"
      " rejection_reason TEXT,"
      " scheduled_ship_date TEXT,"
      " scheduled_delivery_date TEXT,"
      " sync_state TEXT NOT NULL DEFAULT 'local'," // local, queued, pushed, failed
      " user_name TEXT,"
      " station TEXT,"
      " created_at TEXT NOT NULL,"
      " updated_at TEXT NOT NULL,"
      " UNIQUE (po_line_id, position))" },
    { Only::Both, "CREATE INDEX acknowledgements_sync ON acknowledgements (sync_state)" },

    { Only::Both,
      "CREATE TABLE products ("
      " id %ID%,"
      " sku TEXT NOT NULL UNIQUE,"
      " description TEXT NOT NULL DEFAULT '',"
      " unit_weight_grams DOUBLE PRECISION,"
      " unit_length DOUBLE PRECISION,"
      " unit_width DOUBLE PRECISION,"
      " unit_height DOUBLE PRECISION,"
      " dimension_unit TEXT," // as entered: INCHES, FEET, METER, YARD
      " case_pack BIGINT,"
      " updated_at TEXT NOT NULL)" },
    { Only::Both,
      "CREATE TABLE product_gtins ("
      " gtin TEXT NOT NULL PRIMARY KEY," // GTIN-14 form
      " product_id BIGINT NOT NULL REFERENCES products (id) ON DELETE CASCADE)" },
    { Only::Both, "CREATE INDEX product_gtins_product ON product_gtins (product_id)" },

    { Only::Both,
      "CREATE TABLE users ("
      " id %ID%,"
      " name TEXT NOT NULL UNIQUE,"
      " role TEXT NOT NULL CHECK (role IN ('packer', 'supervisor')),"
      " pin_hash %BLOB%," // PBKDF2
      " pin_salt %BLOB%,"
      " pin_iterations INTEGER NOT NULL DEFAULT 0,"
      " active BOOLEAN NOT NULL DEFAULT TRUE,"
      " created_at TEXT NOT NULL,"
      " updated_at TEXT NOT NULL)" },

    { Only::Both,
      "CREATE TABLE settings ("
      " scope TEXT NOT NULL DEFAULT ''," // '' for the site, else a station name
      " name TEXT NOT NULL,"
      " value TEXT,"
      " updated_at TEXT NOT NULL,"
      " PRIMARY KEY (scope, name))" },

    { Only::Both,
      "CREATE TABLE shipments ("
      " id %ID%,"
      " merchant_shipment_no TEXT NOT NULL UNIQUE,"
      " channel_id BIGINT NOT NULL DEFAULT 0,"
      " ship_to TEXT NOT NULL DEFAULT '',"
      " status TEXT NOT NULL," // building, signed-off, dispatched, delivered, cancelled
      " version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1)," // bumped by every change
      " header TEXT NOT NULL," // the header as JSON
      " snapshot TEXT," // optional: the whole shipment as ShipmentJson at `version`
      " next_node_id BIGINT NOT NULL DEFAULT 1,"
      " lease_station TEXT," // "open at station X"
      " lease_user TEXT,"
      " lease_expires_at TEXT,"
      " pushed_version BIGINT," // last version the API confirmed
      " pushed_at TEXT,"
      " push_result TEXT,"
      " api_validation_errors TEXT," // JSON of the API's last ValidationErrors
      " last_export_status TEXT,"
      " signed_off_by TEXT,"
      " signed_off_at TEXT,"
      " dispatched_at TEXT,"
      " created_by TEXT,"
      " created_at TEXT NOT NULL,"
      " updated_at TEXT NOT NULL)" },
    { Only::Both, "CREATE INDEX shipments_status ON shipments (status, ship_to)" },

    { Only::Both,
      "CREATE TABLE shipment_nodes ("
      " shipment_id BIGINT NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,"
      " node_id BIGINT NOT NULL," // the stable NodeId
      " parent_node_id BIGINT," // NULL at the top level
      " position INTEGER NOT NULL," // row under the parent
      " node_type TEXT NOT NULL CHECK (node_type IN ('PALLET', 'CARTON', 'ITEM')),"
      " identifier_type TEXT,"
      " identifier_value TEXT," // SSCC, SKU or GTIN
      " channel_purchase_order_no TEXT,"
      " quantity BIGINT,"
      " data TEXT NOT NULL," // the line's own fields as JSON (ShipmentJson form)
      " PRIMARY KEY (shipment_id, node_id))" },
    { Only::Both,
      "CREATE INDEX shipment_nodes_parent"
      " ON shipment_nodes (shipment_id, parent_node_id, position)" },
    { Only::Both, "CREATE INDEX shipment_nodes_identifier ON shipment_nodes (identifier_value)" },
    { Only::Both, "CREATE INDEX shipment_nodes_po ON shipment_nodes (channel_purchase_order_no)" },

    { Only::Both,
      "CREATE TABLE sscc_serials ("
      " company_prefix TEXT NOT NULL,"
      " extension_digit INTEGER NOT NULL CHECK (extension_digit BETWEEN 0 AND 9),"
      " range_start BIGINT NOT NULL CHECK (range_start >= 0),"
      " range_end BIGINT NOT NULL," // inclusive
      " next_serial BIGINT NOT NULL," // never goes down
      " updated_at TEXT NOT NULL,"
      " PRIMARY KEY (company_prefix, extension_digit),"
      " CHECK (range_end >= range_start),"
      " CHECK (next_serial >= range_start AND next_serial <= range_end + 1))" },

    { Only::Both,
      "CREATE TABLE sscc_ledger ("
      " id %ID%,"
      " sscc TEXT NOT NULL UNIQUE CHECK (length(sscc) = 18),"
      " company_prefix TEXT," // NULL for external labels of unknown origin
      " extension_digit INTEGER,"
      " serial BIGINT," // NULL for external labels
      " external BOOLEAN NOT NULL DEFAULT FALSE,"
      " state TEXT NOT NULL"
      "  CHECK (state IN ('allocated', 'printed', 'applied', 'shipped', 'voided')),"
      " print_count INTEGER NOT NULL DEFAULT 0 CHECK (print_count >= 0),"
      " shipment_id BIGINT REFERENCES shipments (id),"
      " merchant_shipment_no TEXT," // kept even if the shipment row goes
      " node_id BIGINT,"
      " void_reason TEXT,"
      " allocated_by TEXT,"
      " allocated_station TEXT,"
      " allocated_at TEXT NOT NULL,"
      " printed_at TEXT,"
      " applied_at TEXT,"
      " shipped_at TEXT,"
      " voided_at TEXT,"
      " voided_by TEXT,"
      " updated_at TEXT NOT NULL)" },
    { Only::Both,
      "CREATE UNIQUE INDEX sscc_ledger_serial"
      " ON sscc_ledger (company_prefix, extension_digit, serial)" },
    { Only::Both, "CREATE INDEX sscc_ledger_shipment ON sscc_ledger (shipment_id, node_id)" },
    { Only::Both,
      "CREATE INDEX sscc_ledger_merchant_shipment"
      " ON sscc_ledger (merchant_shipment_no, allocated_at)" },

    { Only::Both,
      "CREATE TABLE outbox ("
      " id %ID%," // the order of entries per subject
      " subject_type TEXT NOT NULL CHECK (subject_type IN ('shipment', 'acknowledgement')),"
      " subject_id BIGINT NOT NULL," // shipments.id or purchase_orders.id
      " kind TEXT NOT NULL," // storage/outboxkinds.h: shipment.push, acknowledge
      " payload TEXT,"
      " version BIGINT,"
      " state TEXT NOT NULL DEFAULT 'pending'"
      "  CHECK (state IN ('pending', 'in-flight', 'done', 'failed')),"
      " attempts INTEGER NOT NULL DEFAULT 0,"
      " last_error TEXT,"
      " next_attempt_at TEXT,"
      " created_at TEXT NOT NULL,"
      " updated_at TEXT NOT NULL)" },
    // Coalescing: at most one pending entry per subject and kind (newest version wins), for
    // INSERT ... ON CONFLICT (subject_type, subject_id, kind) WHERE state = 'pending' DO UPDATE.
    { Only::Both,
      "CREATE UNIQUE INDEX outbox_one_pending ON outbox (subject_type, subject_id, kind)"
      " WHERE state = 'pending'" },
    { Only::Both, "CREATE INDEX outbox_due ON outbox (state, next_attempt_at)" },
    { Only::Both, "CREATE INDEX outbox_subject ON outbox (subject_type, subject_id, id)" },

    { Only::Both,
      "CREATE TABLE audit_log ("
      " id %ID%,"
      " created_at TEXT NOT NULL,"
      " user_name TEXT,"
      " station TEXT,"
      " action TEXT NOT NULL,"
      " shipment_id BIGINT," // no foreign key: the trail outlives what it describes
      " node_id BIGINT,"
      " sscc TEXT,"
      " before_data TEXT,"
      " after_data TEXT)" },
    { Only::Both, "CREATE INDEX audit_log_shipment ON audit_log (shipment_id, id)" },
    { Only::Both, "CREATE INDEX audit_log_sscc ON audit_log (sscc)" },
    { Only::Both, "CREATE INDEX audit_log_time ON audit_log (created_at)" },

    // Append-only and never-reuse guards, below the program.
    { Only::Sqlite,
      "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
      " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END" },
    { Only::Sqlite,
      "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
      " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END" },
    { Only::Sqlite,
      "CREATE TRIGGER sscc_ledger_no_delete BEFORE DELETE ON sscc_ledger"
      " BEGIN SELECT RAISE(ABORT, 'sscc_ledger entries are never deleted'); END" },
    { Only::Sqlite,
      "CREATE TRIGGER sscc_serials_forward BEFORE UPDATE ON sscc_serials"
      " WHEN NEW.next_serial < OLD.next_serial"
      " BEGIN SELECT RAISE(ABORT, 'sscc_serials.next_serial never goes down'); END" },
    { Only::Postgres,
      "CREATE FUNCTION vendorpack_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$"
      " BEGIN RAISE EXCEPTION '% of % is refused: the table is append-only', TG_OP, TG_TABLE_NAME;"
      " END $$" },
    { Only::Postgres,
      "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log"
      " FOR EACH ROW EXECUTE FUNCTION vendorpack_refuse_change()" },
    { Only::Postgres,
      "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log"
      " FOR EACH STATEMENT EXECUTE FUNCTION vendorpack_refuse_change()" },
    { Only::Postgres,
      "CREATE TRIGGER sscc_ledger_no_delete BEFORE DELETE ON sscc_ledger"
      " FOR EACH ROW EXECUTE FUNCTION vendorpack_refuse_change()" },
    { Only::Postgres,
      "CREATE TRIGGER sscc_ledger_no_truncate BEFORE TRUNCATE ON sscc_ledger"
      " FOR EACH STATEMENT EXECUTE FUNCTION vendorpack_refuse_change()" },
    { Only::Postgres,
      "CREATE FUNCTION vendorpack_serials_forward() RETURNS trigger LANGUAGE plpgsql AS $$"
      " BEGIN IF NEW.next_serial < OLD.next_serial THEN"
      " RAISE EXCEPTION 'sscc_serials.next_serial never goes down'; END IF; RETURN NEW; END $$" },
    { Only::Postgres,
      "CREATE TRIGGER sscc_serials_forward BEFORE UPDATE ON sscc_serials"
      " FOR EACH ROW EXECUTE FUNCTION vendorpack_serials_forward()" },
};

// Version 2: stock on hand per SKU, for the acknowledgement proposal (accept what is in stock).
const Step kVersion2[] = {
    { Only::Both,
      "CREATE TABLE stock_levels ("
      " sku TEXT NOT NULL PRIMARY KEY,"
      " quantity BIGINT NOT NULL CHECK (quantity >= 0)," // units (eaches) on hand
      " source TEXT NOT NULL DEFAULT ''," // the CSV file or "manual"
      " updated_at TEXT NOT NULL)" },
};

struct Version
{
    const Step *begin;
    const Step *end;
};

const Version kVersions[] = {
    { std::begin(kVersion1), std::end(kVersion1) },
    { std::begin(kVersion2), std::end(kVersion2) },
};

constexpr int kLatest = int(std::size(kVersions));

// Serialises migrations of stations that start at the same time on one PostgreSQL database.
constexpr const char *kPostgresMigrationLock = "SELECT pg_advisory_xact_lock(5263551210)";

} // namespace

int Migrations::latestVersion()
{
    return kLatest;
}

QStringList Migrations::tables()
{
    return { QStringLiteral("schema_version"), QStringLiteral("purchase_orders"),
             QStringLiteral("po_lines"),       QStringLiteral("acknowledgements"),
             QStringLiteral("products"),       QStringLiteral("product_gtins"),
             QStringLiteral("users"),          QStringLiteral("settings"),
             QStringLiteral("shipments"),      QStringLiteral("shipment_nodes"),
             QStringLiteral("sscc_serials"),   QStringLiteral("sscc_ledger"),
             QStringLiteral("outbox"),         QStringLiteral("audit_log"),
             QStringLiteral("stock_levels") };
}

QStringList Migrations::statements(int version, DatabaseBackend backend)
{
    QStringList result;
    if (version < 1 || version > kLatest)
        return result;
    const bool postgres = backend == DatabaseBackend::PostgreSql;
    const QString id = postgres
        ? QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
        : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    const QString blob = postgres ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
    const Version &v = kVersions[version - 1];
    for (const Step *step = v.begin; step != v.end; ++step) {
        if ((step->only == Only::Sqlite && postgres) || (step->only == Only::Postgres && !postgres))
            continue;
        QString sql = QString::fromUtf8(step->sql);
        sql.replace(QLatin1String("%ID%"), id);
        sql.replace(QLatin1String("%BLOB%"), blob);
        result.append(sql);
    }
    return result;
}

int Migrations::currentVersion(Database &database, QString *error)
{
    const QString existsSql = database.isPostgres()
        ? QStringLiteral("SELECT COUNT(*) FROM information_schema.tables"
                         " WHERE table_schema = current_schema() AND table_name = ?")
        : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
    const auto exists = database.scalar(existsSql, { QStringLiteral("schema_version") }, error);
    if (!exists)
        return -1;
    if (exists->toLongLong() == 0)
        return 0;
    const auto version
        = database.scalar(QStringLiteral("SELECT MAX(version) FROM schema_version"), {}, error);
    if (!version)
        return -1;
    return version->isNull() ? 0 : version->toInt();
}

bool Migrations::migrate(Database &database, int targetVersion, int *applied, QString *error)
{
    if (applied)
        *applied = 0;
    const int target = targetVersion <= 0 ? kLatest : qMin(targetVersion, kLatest);
    Transaction transaction(database);
    if (!transaction.begin(error))
        return false;
    if (database.isPostgres()
        && !database.execDirect(QString::fromLatin1(kPostgresMigrationLock), error))
        return false;
    // Read again under the lock: another station may have migrated meanwhile.
    const int current = currentVersion(database, error);
    if (current < 0)
        return false;
    if (current > kLatest) {
        if (error)
            *error = tr("the database has schema version %1, newer than this program's version "
                        "%2; update VendorPack on this station")
                         .arg(current)
                         .arg(kLatest);
        return false;
    }
    if (current >= target)
        return transaction.commit(error);

    if (current == 0) {
        const bool ok = database.execDirect(QStringLiteral("CREATE TABLE schema_version ("
                                                           " version INTEGER NOT NULL PRIMARY KEY,"
                                                           " applied_at TEXT NOT NULL,"
                                                           " program_version TEXT NOT NULL)"),
                                            error);
        if (!ok)
            return false;
    }
    QString program = QCoreApplication::applicationVersion();
    if (program.isEmpty())
        program = QStringLiteral("unknown");
    for (int version = current + 1; version <= target; ++version) {
        const QStringList sql = statements(version, database.backend());
        for (const QString &statement : sql) {
            QString stepError;
            if (!database.execDirect(statement, &stepError)) {
                if (error)
                    *error = tr("migration to schema version %1 failed: %2")
                                 .arg(version)
                                 .arg(stepError);
                return false;
            }
        }
        const auto inserted = database.exec(
            QStringLiteral("INSERT INTO schema_version (version, applied_at, program_version)"
                           " VALUES (?, ?, ?)"),
            { version, Database::nowStoredTime(), program }, error);
        if (!inserted)
            return false;
    }
    if (!transaction.commit(error))
        return false;
    if (applied)
        *applied = target - current;
    return true;
}

} // namespace VendorPack
