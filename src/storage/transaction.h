// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace VendorPack {

class Database;

// A database transaction held for one scope: begin(), do the writes, commit(); anything not
// committed is rolled back when it goes out of scope. On SQLite it takes the write lock at
// begin (BEGIN IMMEDIATE) so that two writers never deadlock half-way.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(Database &database);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False (with the reason) if the database refused, or a transaction is already open.
    bool begin(QString *error = nullptr);
    bool commit(QString *error = nullptr);
    void rollback();
    bool isActive() const { return m_active; }

private:
    Database &m_database;
    bool m_active = false;
};

} // namespace VendorPack
