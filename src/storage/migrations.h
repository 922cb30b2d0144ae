// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databasesettings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace VendorPack {

class Database;

// The numbered schema migrations and the schema_version table that records which have run.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    // The schema version this program writes.
    static int latestVersion();
    // The version recorded in the database: 0 when it has no schema_version table, -1 on error.
    static int currentVersion(Database &database, QString *error = nullptr);
    // Applies every version after the current one up to targetVersion (0 = latest) in one
    // transaction; refuses a database newer than the program. *applied = how many ran.
    static bool migrate(Database &database, int targetVersion, int *applied, QString *error);
    // The statements of one version as they run on that back end.
    static QStringList statements(int version, DatabaseBackend backend);
    // The tables the latest schema has (for tests and diagnostics).
    static QStringList tables();
};

} // namespace VendorPack
