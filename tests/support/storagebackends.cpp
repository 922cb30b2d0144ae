// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagebackends.h"

namespace VendorPack {

bool StorageBackends::start()
{
    if (!m_dir.isValid()) {
        QTest::qFail("cannot create a temporary folder", __FILE__, __LINE__);
        return false;
    }
    m_pg = PostgresServer::start(&m_pgError);
    if (!m_pg && PostgresServer::required()) {
        QTest::qFail(qPrintable(QStringLiteral("PostgreSQL is required (CI=true): ") + m_pgError),
                     __FILE__, __LINE__);
        return false;
    }
    return true;
}

void StorageBackends::addBackendColumn()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << sqlite();
    QTest::newRow("postgresql") << postgresql();
}

bool StorageBackends::isAvailable(const QString &backend) const
{
    if (backend == sqlite())
        return true;
    return backend == postgresql() && m_pg;
}

DatabaseSettings StorageBackends::freshSettings(const QString &backend, const QString &namePrefix)
{
    ++m_counter;
    if (backend == sqlite())
        return DatabaseSettings::sqlite(
            m_dir.filePath(namePrefix + QString::number(m_counter) + QStringLiteral(".sqlite")));
    QString error;
    const QString url = m_pg->createDatabase(namePrefix + QString::number(m_counter), &error);
    auto settings = DatabaseSettings::postgres(url, &error);
    if (!settings)
        qFatal("cannot create a test database: %s", qPrintable(error));
    const QString password = m_pg->password();
    settings->passwordProvider = [password] { return password; };
    return *settings;
}

std::unique_ptr<Database> StorageBackends::open(const QString &backend, const QString &namePrefix)
{
    ++m_counter;
    QString error;
    std::unique_ptr<Database> db;
    if (backend == sqlite()) {
        db = Database::open(
            DatabaseSettings::sqlite(m_dir.filePath(namePrefix + QString::number(m_counter)
                                                    + QStringLiteral(".sqlite"))),
            &error);
    } else {
        const QString url = m_pg->createDatabase(namePrefix + QString::number(m_counter), &error);
        auto settings = DatabaseSettings::postgres(url, &error);
        if (settings) {
            const QString password = m_pg->password();
            settings->passwordProvider = [password] { return password; };
            db = Database::open(*settings, &error);
        }
    }
    if (!db)
        qWarning("cannot open a test database: %s", qPrintable(error));
    return db;
}

} // namespace VendorPack
