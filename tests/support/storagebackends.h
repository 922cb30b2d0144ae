// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "postgresserver.h"
#include "storage/database.h"

#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace VendorPack {

// What the storage tests share: the "backend" column with the rows "sqlite" and "postgresql", a
// throwaway PostgreSQL server, and fresh databases of either back end (SQLite files in a
// temporary folder, PostgreSQL databases with the password provider set).
class StorageBackends
{
public:
    static QString sqlite() { return QStringLiteral("sqlite"); }
    static QString postgresql() { return QStringLiteral("postgresql"); }

    // For initTestCase: starts the PostgreSQL server. False (the failure reported with
    // QTest::qFail) when the temporary folder is unusable, or the server does not start under
    // CI=true; the caller then returns.
    [[nodiscard]] bool start();
    // For cleanupTestCase: stops the server.
    void stop() { m_pg.reset(); }

    // For a _data function: the QString column "backend" with the rows "sqlite" and "postgresql".
    static void addBackendColumn();

    bool isAvailable(const QString &backend) const;
    QString unavailableReason() const { return m_pgError; }

    // Settings for a brand-new database (file <namePrefix><n>.sqlite or database <namePrefix><n>);
    // aborts the test program when a PostgreSQL database cannot be made.
    DatabaseSettings freshSettings(const QString &backend, const QString &namePrefix);
    // A brand-new, opened database; nullptr (with a warning) when it cannot be made or opened.
    std::unique_ptr<Database> open(const QString &backend, const QString &namePrefix);

    // The server, or nullptr when it did not start.
    PostgresServer *postgres() const { return m_pg.get(); }
    // A path in the temporary folder.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    std::unique_ptr<PostgresServer> m_pg;
    QString m_pgError;
    QTemporaryDir m_dir;
    int m_counter = 0;
};

} // namespace VendorPack

// Skips a row whose back end is not available, or fails it under CI=true.
#define VENDORPACK_REQUIRE_BACKEND(backends, backend)                                              \
    do {                                                                                           \
        if (!(backends).isAvailable(backend)) {                                                    \
            if (::VendorPack::PostgresServer::required())                                          \
                QFAIL(qPrintable(QStringLiteral("PostgreSQL is required (CI=true): ")              \
                                 + (backends).unavailableReason()));                               \
            QSKIP(qPrintable((backends).unavailableReason()));                                     \
        }                                                                                          \
    } while (false)
