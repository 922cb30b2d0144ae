// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QVersionNumber>

#include <cstdlib>
#include <pwd.h>
#include <set>
#include <signal.h>
#include <unistd.h>

namespace VendorPack {

namespace {

QMutex s_mutex;
std::set<PostgresServer *> s_running; // stopped at exit if a test forgot (or failed)
bool s_atexitInstalled = false;

void stopAllAtExit()
{
    std::set<PostgresServer *> servers;
    {
        QMutexLocker lock(&s_mutex);
        servers = s_running;
    }
    for (PostgresServer *server : servers)
        server->stopAtExit();
}

QString randomSecret(int length)
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString secret;
    for (int i = 0; i < length; ++i)
        secret.append(
            QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]));
    return secret;
}

// The bin folder of the highest installed PostgreSQL (Debian layout), or VENDORPACK_PG_BIN.
QString findBinDir()
{
    const QString overridden = qEnvironmentVariable("VENDORPACK_PG_BIN");
    if (!overridden.isEmpty())
        return overridden;
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QVersionNumber best;
    QString bestDir;
    const QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &version : versions) {
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        if (!QFile::exists(bin + QStringLiteral("/initdb"))
            || !QFile::exists(bin + QStringLiteral("/pg_ctl")))
            continue;
        const QVersionNumber number = QVersionNumber::fromString(version);
        if (bestDir.isEmpty() || number > best) {
            best = number;
            bestDir = bin;
        }
    }
    return bestDir;
}

quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

bool PostgresServer::required()
{
    const QString ci = qEnvironmentVariable("CI").trimmed().toLower();
    return ci == QLatin1String("true") || ci == QLatin1String("1");
}

bool PostgresServer::run(const QString &program, const QStringList &arguments, QString *error,
                         int timeoutMs) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_folder.isEmpty() ? QDir::tempPath() : m_folder);
    if (m_asRoot) {
        process.setProgram(QStringLiteral("runuser"));
        process.setArguments(QStringList { QStringLiteral("-u"), QStringLiteral("postgres"),
                                           QStringLiteral("--"), program }
                             + arguments);
    } else {
        process.setProgram(program);
        process.setArguments(arguments);
    }
    process.start();
    if (!process.waitForStarted(10000)) {
        if (error)
            *error
                = QStringLiteral("cannot run %1: %2").arg(process.program(), process.errorString());
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        if (error)
            *error = QStringLiteral("%1 timed out").arg(program);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("%1 failed (exit %2): %3")
                         .arg(QFileInfo(program).fileName())
                         .arg(process.exitCode())
                         .arg(QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

std::unique_ptr<PostgresServer> PostgresServer::start(QString *error, Durability durability)
{
    auto fail = [error](const QString &message) -> std::unique_ptr<PostgresServer> {
        if (error)
            *error = message;
        return nullptr;
    };
    std::unique_ptr<PostgresServer> server(new PostgresServer);
    server->m_binDir = findBinDir();
    if (server->m_binDir.isEmpty())
        return fail(QStringLiteral("no PostgreSQL server found in /usr/lib/postgresql/*/bin "
                                   "(install postgresql: make deps)"));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(QStringLiteral("the Qt PostgreSQL driver is missing (libqt6sql6-psql)"));

    server->m_asRoot = ::geteuid() == 0;
    struct passwd *postgresUser = nullptr;
    if (server->m_asRoot) {
        postgresUser = ::getpwnam("postgres");
        if (!postgresUser)
            return fail(QStringLiteral("running as root but there is no user postgres"));
    }

    // Under /tmp (not TMPDIR, which may be below /root): the postgres user must reach it.
    QByteArray folderTemplate("/tmp/vendorpack-pg-XXXXXX");
    if (!::mkdtemp(folderTemplate.data()))
        return fail(QStringLiteral("cannot create a folder under /tmp"));
    server->m_folder = QString::fromLocal8Bit(folderTemplate);
    server->m_dataDir = server->m_folder + QStringLiteral("/data");
    if (postgresUser
        && ::chown(folderTemplate.constData(), postgresUser->pw_uid, postgresUser->pw_gid) != 0) {
        QDir(server->m_folder).removeRecursively();
        return fail(QStringLiteral("cannot hand %1 to user postgres").arg(server->m_folder));
    }

    server->m_superPassword = randomSecret(24);
    server->m_password = randomSecret(24);
    const QString passwordFile = server->m_folder + QStringLiteral("/pwfile");
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly)) {
            QDir(server->m_folder).removeRecursively();
            return fail(QStringLiteral("cannot write %1").arg(passwordFile));
        }
        file.write(server->m_superPassword.toLatin1() + '\n');
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (postgresUser)
        (void)::chown(QFile::encodeName(passwordFile).constData(), postgresUser->pw_uid,
                      postgresUser->pw_gid);

    QString reason;
    const bool initialised = server->run(
        server->m_binDir + QStringLiteral("/initdb"),
        { QStringLiteral("-D"), server->m_dataDir, QStringLiteral("-U"), QStringLiteral("postgres"),
          QStringLiteral("-A"), QStringLiteral("scram-sha-256"),
          QStringLiteral("--pwfile=") + passwordFile, QStringLiteral("--no-sync"),
          QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-locale") },
        &reason);
    QFile::remove(passwordFile);
    if (!initialised) {
        QDir(server->m_folder).removeRecursively();
        return fail(QStringLiteral("initdb failed: ") + reason);
    }

    // A free port can be taken by someone else before the server binds it: try a few.
    bool started = false;
    for (int attempt = 0; attempt < 3 && !started; ++attempt) {
        server->m_port = freeLoopbackPort();
        if (server->m_port == 0)
            continue;
        const QString durable = durability == Durability::Full
            ? QStringLiteral("-c fsync=on -c synchronous_commit=on -c full_page_writes=on ")
            : QStringLiteral("-c fsync=off -c synchronous_commit=off -c full_page_writes=off ");
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 ")
                                    .arg(server->m_port)
                                    .arg(server->m_folder)
            + durable + QStringLiteral("-c max_connections=60");
        started = server->run(server->m_binDir + QStringLiteral("/pg_ctl"),
                              { QStringLiteral("-D"), server->m_dataDir, QStringLiteral("-l"),
                                server->m_folder + QStringLiteral("/server.log"),
                                QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"),
                                QStringLiteral("-o"), options, QStringLiteral("start") },
                              &reason);
    }
    if (!started) {
        QFile log(server->m_folder + QStringLiteral("/server.log"));
        if (log.open(QIODevice::ReadOnly))
            reason += QStringLiteral("\n") + QString::fromLocal8Bit(log.readAll().right(2000));
        server->run(server->m_binDir + QStringLiteral("/pg_ctl"),
                    { QStringLiteral("-D"), server->m_dataDir, QStringLiteral("-m"),
                      QStringLiteral("immediate"), QStringLiteral("stop") },
                    nullptr);
        QDir(server->m_folder).removeRecursively();
        return fail(QStringLiteral("pg_ctl start failed: ") + reason);
    }
    server->m_running = true;

    QFile pidFile(server->m_dataDir + QStringLiteral("/postmaster.pid"));
    if (pidFile.open(QIODevice::ReadOnly))
        server->m_postmasterPid = pidFile.readLine().trimmed().toLongLong();

    {
        QMutexLocker lock(&s_mutex);
        s_running.insert(server.get());
        if (!s_atexitInstalled) {
            s_atexitInstalled = true;
            std::atexit(stopAllAtExit);
        }
    }

    // If this process dies without stopping the server (crash, SIGKILL, a timeout), a detached
    // watcher stops it and removes the folder; it ends by itself once the folder is gone.
    QProcess watcher;
    watcher.setProgram(QStringLiteral("/bin/sh"));
    watcher.setArguments(
        { QStringLiteral("-c"),
          QStringLiteral("while kill -0 \"$1\" 2>/dev/null && [ -d \"$2\" ]; do sleep 0.5; done; "
                         "if [ -d \"$2\" ]; then "
                         "if [ \"$5\" = root ]; then runuser -u postgres -- \"$3\" -D \"$4\" -m "
                         "immediate stop; else \"$3\" -D \"$4\" -m immediate stop; fi; "
                         "[ \"$6\" -gt 0 ] && kill -KILL \"$6\" 2>/dev/null; rm -rf \"$2\"; fi"),
          QStringLiteral("vendorpack-pg-watch"),
          QString::number(QCoreApplication::applicationPid()), server->m_folder,
          server->m_binDir + QStringLiteral("/pg_ctl"), server->m_dataDir,
          server->m_asRoot ? QStringLiteral("root") : QStringLiteral("user"),
          QString::number(server->m_postmasterPid) });
    watcher.setStandardInputFile(QProcess::nullDevice());
    watcher.setStandardOutputFile(QProcess::nullDevice());
    watcher.setStandardErrorFile(QProcess::nullDevice());
    watcher.startDetached();

    const QString statements[] = {
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'")
            .arg(server->m_role, server->m_password),
        QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(server->m_database, server->m_role),
    };
    if (!server->adminExec({ statements[0], statements[1] }, &reason))
        return fail(QStringLiteral("cannot create the test role and database: ") + reason);
    return server;
}

bool PostgresServer::adminExec(const QStringList &statements, QString *error)
{
    if (m_adminConnection.isEmpty()) {
        m_adminConnection = QStringLiteral("vendorpack-pg-admin-%1").arg(m_port);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_adminConnection);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(QStringLiteral("postgres"));
        db.setPassword(m_superPassword);
    }
    QSqlDatabase db = QSqlDatabase::database(m_adminConnection, false);
    if (!db.isOpen() && !db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

QString PostgresServer::urlFor(const QString &database) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(m_role).arg(m_port).arg(database);
}

QString PostgresServer::createDatabase(const QString &name, QString *error)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!valid.match(name).hasMatch()) {
        if (error)
            *error = QStringLiteral("bad database name %1").arg(name);
        return QString();
    }
    if (!adminExec({ QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(name, m_role) }, error))
        return QString();
    return urlFor(name);
}

void PostgresServer::stop()
{
    {
        QMutexLocker lock(&s_mutex);
        s_running.erase(this);
    }
    if (!m_adminConnection.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_adminConnection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_adminConnection);
        m_adminConnection.clear();
    }
    if (m_running) {
        m_running = false;
        const bool stopped
            = run(m_binDir + QStringLiteral("/pg_ctl"),
                  { QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"),
                    QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop") },
                  nullptr, 30000);
        if (!stopped && m_postmasterPid > 0)
            ::kill(pid_t(m_postmasterPid), SIGKILL);
    }
    if (!m_folder.isEmpty()) {
        // Removing a data folder of a hundred megabytes takes seconds on a busy disk; a detached
        // rm does it while the tests go on (the folder is ours: mkdtemp made it).
        const bool ours = m_folder.startsWith(QLatin1String("/tmp/vendorpack-pg-"));
        if (!ours
            || !QProcess::startDetached(QStringLiteral("rm"),
                                        { QStringLiteral("-rf"), QStringLiteral("--"), m_folder }))
            QDir(m_folder).removeRecursively();
        m_folder.clear();
    }
}

void PostgresServer::stopAtExit()
{
    // Qt's SQL and process machinery may be gone at exit: signal the postmaster directly
    // (SIGQUIT is PostgreSQL's immediate shutdown) and remove the folder.
    if (m_running && m_postmasterPid > 0) {
        ::kill(pid_t(m_postmasterPid), SIGQUIT);
        for (int i = 0; i < 50 && ::kill(pid_t(m_postmasterPid), 0) == 0; ++i)
            ::usleep(100000);
        if (::kill(pid_t(m_postmasterPid), 0) == 0)
            ::kill(pid_t(m_postmasterPid), SIGKILL);
    }
    m_running = false;
    if (!m_folder.isEmpty()) {
        QDir(m_folder).removeRecursively();
        m_folder.clear();
    }
}

PostgresServer::~PostgresServer()
{
    stop();
}

} // namespace VendorPack
