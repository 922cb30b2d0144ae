// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "database.h"

namespace VendorPack {

Transaction::Transaction(Database &database)
    : m_database(database)
{
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::begin(QString *error)
{
    if (m_active || m_database.m_inTransaction) {
        if (error)
            *error = tr("a transaction is already open on this connection");
        return false;
    }
    const QString sql
        = m_database.isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (!m_database.execDirect(sql, error))
        return false;
    m_active = true;
    m_database.m_inTransaction = true;
    m_database.m_transactionFailed = false;
    return true;
}

bool Transaction::commit(QString *error)
{
    if (!m_active) {
        if (error)
            *error = tr("no transaction is open");
        return false;
    }
    if (m_database.m_transactionFailed) {
        rollback();
        if (error)
            *error = tr("the transaction was rolled back because a statement in it failed");
        return false;
    }
    if (!m_database.execDirect(QStringLiteral("COMMIT"), error)) {
        rollback();
        return false;
    }
    m_active = false;
    m_database.m_inTransaction = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_database.m_inTransaction = false;
    m_database.m_transactionFailed = false;
    m_database.execDirect(QStringLiteral("ROLLBACK"));
    m_database.m_failedQueries.clear();
}

} // namespace VendorPack
