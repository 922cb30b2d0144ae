// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace VendorPack {

// Where the station's secrets (the API key, the database password) are kept, never in a
// settings file or a log: the OS key store, a file readable only by the user, or memory (tests).
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)

public:
    static constexpr const char *kApiKey = "api-key";
    static constexpr const char *kDatabasePassword = "database-password";

    enum class Status {
        Ok,
        NotFound, // a read of a secret that is not stored
        Unavailable, // the store cannot work here at all (no key store on this machine)
        Failed // the store works but refused this operation
    };

    // The outcome of one operation; secret is set by a successful read, error never holds one.
    struct Result
    {
        Status status = Status::Ok;
        QString secret;
        QString error;

        bool isOk() const { return status == Status::Ok; }
    };

    virtual ~CredentialStore();

    virtual Result read(const QString &name) = 0;
    virtual Result write(const QString &name, const QString &secret) = 0;
    // Removing a secret that is not stored succeeds.
    virtual Result remove(const QString &name) = 0;

    // Where the secrets are, for the user: "the system key store", "an unencrypted file ...".
    virtual QString description() const = 0;
    virtual bool isEncrypted() const = 0;
    // False for a store that forgets everything when the program ends (tests, the demo).
    virtual bool isPersistent() const { return true; }

    // Whether a secret is stored (a failing store counts as no).
    bool contains(const QString &name) { return read(name).isOk(); }
};

} // namespace VendorPack
