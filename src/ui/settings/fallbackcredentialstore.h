// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"

#include <functional>
#include <memory>

namespace VendorPack {

// Uses a primary store (the system key store) until it reports that it cannot work on this
// machine, then the fallback (the owner-only file) for good, and tells the user once why.
class FallbackCredentialStore : public CredentialStore
{
public:
    FallbackCredentialStore(std::unique_ptr<CredentialStore> primary,
                            std::unique_ptr<CredentialStore> fallback);
    ~FallbackCredentialStore() override;

    // The standard pair: QtKeychain, else credentials.json in the configuration folder.
    static std::unique_ptr<FallbackCredentialStore> createDefault();

    // Called once, when the store switches to the fallback, with why.
    void setFallbackHandler(std::function<void(const QString &reason)> handler);
    bool usesFallback() const { return m_usesFallback; }
    QString fallbackReason() const { return m_fallbackReason; }

    Result read(const QString &name) override;
    Result write(const QString &name, const QString &secret) override;
    Result remove(const QString &name) override;
    QString description() const override;
    bool isEncrypted() const override;
    bool isPersistent() const override;

private:
    CredentialStore &active() const;
    void switchToFallback(const QString &reason);

    template<typename Operation>
    Result attempt(Operation operation);

    std::unique_ptr<CredentialStore> m_primary;
    std::unique_ptr<CredentialStore> m_fallback;
    std::function<void(const QString &)> m_handler;
    bool m_usesFallback = false;
    QString m_fallbackReason;
};

} // namespace VendorPack
