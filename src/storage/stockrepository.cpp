// SPDX-License-Identifier: GPL-3.0-or-later
#include "stockrepository.h"

#include "database.h"
#include "preparedstatement.h"
#include "transaction.h"

namespace VendorPack {

namespace {

const char kUpsert[] = "INSERT INTO stock_levels (sku, quantity, source, updated_at)"
                       " VALUES (?, ?, ?, ?) ON CONFLICT (sku) DO UPDATE SET"
                       " quantity = excluded.quantity, source = excluded.source,"
                       " updated_at = excluded.updated_at";

} // namespace

StockRepository::StockRepository(Database &database)
    : m_database(&database)
{
}

std::optional<StockLevels> StockRepository::load(QString *error) const
{
    auto rows
        = m_database->exec(QStringLiteral("SELECT sku, quantity FROM stock_levels"), {}, error);
    if (!rows)
        return std::nullopt;
    QHash<QString, qint64> units;
    while (rows->next())
        units.insert(rows->value(0).toString(), rows->value(1).toLongLong());
    rows->finish();
    return StockLevels(std::move(units));
}

bool StockRepository::setQuantity(const QString &sku, qint64 units, QString *error)
{
    const QString key = sku.trimmed();
    if (key.isEmpty()) {
        if (error)
            *error = tr("a stock level needs a SKU");
        return false;
    }
    if (units < 0) {
        if (error)
            *error = tr("the stock of SKU %1 cannot be negative (%2)").arg(key).arg(units);
        return false;
    }
    return m_database->execUpdate(QLatin1String(kUpsert),
                                  { key, units, manualSource(), Database::nowStoredTime() }, error)
        >= 0;
}

bool StockRepository::importRows(const QList<StockRow> &rows, const QString &source, QString *error)
{
    PreparedStatement upsert(m_database->connection(), QLatin1String(kUpsert));
    Transaction transaction(*m_database);
    if (!transaction.begin(error))
        return false;
    const QString now = Database::nowStoredTime();
    for (const StockRow &row : rows) {
        if (row.sku.trimmed().isEmpty() || row.quantity < 0) {
            if (error)
                *error = tr("line %1: SKU '%2' with quantity %3 cannot be stored")
                             .arg(row.line)
                             .arg(row.sku)
                             .arg(row.quantity);
            return false;
        }
        QString statementError;
        if (!upsert.exec({ row.sku.trimmed(), row.quantity, source, now }, &statementError)) {
            if (error)
                *error = tr("line %1: %2").arg(row.line).arg(statementError);
            return false;
        }
    }
    return transaction.commit(error);
}

bool StockRepository::importCsv(QIODevice &device, const QString &source, StockImportReport *report)
{
    StockImportReport local = StockLevels::readCsv(device);
    bool ok = local.error.isEmpty();
    if (ok) {
        QString error;
        ok = importRows(local.rows, source, &error);
        if (!ok)
            local.error = error;
    }
    if (report)
        *report = std::move(local);
    return ok;
}

} // namespace VendorPack
