// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychaincredentialstore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

#include <memory>

namespace VendorPack {

KeychainCredentialStore::KeychainCredentialStore(const QString &service, int timeoutMs)
    : m_service(service)
    , m_timeoutMs(timeoutMs)
{
}

CredentialStore::Result KeychainCredentialStore::run(Operation operation, const QString &name,
                                                     const QString &secret)
{
    std::unique_ptr<QKeychain::Job> job;
    switch (operation) {
    case Operation::Read:
        job = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
        break;
    case Operation::Write: {
        auto write = std::make_unique<QKeychain::WritePasswordJob>(m_service);
        write->setTextData(secret);
        job = std::move(write);
        break;
    }
    case Operation::Remove:
        job = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
        break;
    }
    job->setAutoDelete(false);
    job->setKey(name);

    QEventLoop loop;
    bool finished = false;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        // Slow is not absent (an unlock prompt may be waiting for the user): no silent switch
        // to the unencrypted file.
        return { Status::Failed,
                 {},
                 tr("the system key store did not answer within %1 s").arg(m_timeoutMs / 1000) };
    }

    switch (job->error()) {
    case QKeychain::NoError:
        if (operation == Operation::Read)
            return { Status::Ok,
                     static_cast<QKeychain::ReadPasswordJob *>(job.get())->textData(),
                     {} };
        return {};
    case QKeychain::EntryNotFound:
        if (operation == Operation::Remove)
            return {};
        return { Status::NotFound, {}, {} };
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return { Status::Unavailable,
                 {},
                 tr("no usable system key store (%1)").arg(job->errorString()) };
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        break;
    }
    return { Status::Failed, {}, tr("the system key store refused: %1").arg(job->errorString()) };
}

CredentialStore::Result KeychainCredentialStore::read(const QString &name)
{
    return run(Operation::Read, name, QString());
}

CredentialStore::Result KeychainCredentialStore::write(const QString &name, const QString &secret)
{
    return run(Operation::Write, name, secret);
}

CredentialStore::Result KeychainCredentialStore::remove(const QString &name)
{
    return run(Operation::Remove, name, QString());
}

QString KeychainCredentialStore::description() const
{
    return tr("the system key store");
}

} // namespace VendorPack
