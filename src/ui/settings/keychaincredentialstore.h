// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"

namespace VendorPack {

// Secrets in the operating system's key store through QtKeychain (Secret Service, KWallet,
// macOS Keychain, Windows Credential Manager). Each operation waits for its job in a local event
// loop, at most timeoutMs: key stores answer in milliseconds, or fail at once where there is none;
// the bound leaves time for an unlock prompt.
class KeychainCredentialStore : public CredentialStore
{
public:
    static constexpr int kDefaultTimeoutMs = 30000;

    explicit KeychainCredentialStore(const QString &service = QStringLiteral("VendorPack"),
                                     int timeoutMs = kDefaultTimeoutMs);

    Result read(const QString &name) override;
    Result write(const QString &name, const QString &secret) override;
    Result remove(const QString &name) override;
    QString description() const override;
    bool isEncrypted() const override { return true; }

private:
    enum class Operation { Read, Write, Remove };
    Result run(Operation operation, const QString &name, const QString &secret);

    QString m_service;
    int m_timeoutMs;
};

} // namespace VendorPack
