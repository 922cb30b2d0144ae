// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace VendorPack {

// A throwaway PostgreSQL server for tests: initdb into a fresh folder under /tmp, password
// authentication, listening on a free loopback port only; it stops and removes everything when
// destroyed, at exit, and (through a small watcher process) when the test process dies.
class PostgresServer
{
public:
    // Fast skips the flushes to disk (tests kill clients, never the server); Full flushes every
    // commit as a site's server does (for benchmarks).
    enum class Durability { Fast, Full };

    // Starts a server with a login role and a database of the same name; nullptr with the
    // reason when PostgreSQL is not installed or does not start.
    static std::unique_ptr<PostgresServer> start(QString *error,
                                                 Durability durability = Durability::Fast);
    // CI=true: a missing or failing server must fail the test, never skip it.
    static bool required();

    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // postgresql://vendorpack@127.0.0.1:<port>/vendorpack (no password).
    QString url() const { return urlFor(m_database); }
    QString urlFor(const QString &database) const;
    QString password() const { return m_password; }
    QString role() const { return m_role; }
    quint16 port() const { return m_port; }
    QString folder() const { return m_folder; }
    // A new, empty database owned by the role (name: lower-case letters, digits, _); its URL
    // or "" with *error.
    QString createDatabase(const QString &name, QString *error = nullptr);
    // Stops the server (immediate mode) and removes its folder; the destructor calls it.
    void stop();

    // For the exit handler: stops the server without Qt's SQL or process classes.
    void stopAtExit();

private:
    PostgresServer() = default;
    bool run(const QString &program, const QStringList &arguments, QString *error,
             int timeoutMs = 60000) const;
    bool adminExec(const QStringList &statements, QString *error);

    QString m_binDir;
    QString m_folder;
    QString m_dataDir;
    QString m_superPassword;
    QString m_role = QStringLiteral("vendorpack");
    QString m_database = QStringLiteral("vendorpack");
    QString m_password;
    QString m_adminConnection;
    quint16 m_port = 0;
    qint64 m_postmasterPid = 0;
    bool m_asRoot = false;
    bool m_running = false;
};

} // namespace VendorPack
