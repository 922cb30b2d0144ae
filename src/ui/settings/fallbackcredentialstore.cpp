// SPDX-License-Identifier: GPL-3.0-or-later
#include "fallbackcredentialstore.h"

#include "filecredentialstore.h"
#include "keychaincredentialstore.h"

namespace VendorPack {

FallbackCredentialStore::FallbackCredentialStore(std::unique_ptr<CredentialStore> primary,
                                                 std::unique_ptr<CredentialStore> fallback)
    : m_primary(std::move(primary))
    , m_fallback(std::move(fallback))
{
}

FallbackCredentialStore::~FallbackCredentialStore() = default;

std::unique_ptr<FallbackCredentialStore> FallbackCredentialStore::createDefault()
{
    return std::make_unique<FallbackCredentialStore>(std::make_unique<KeychainCredentialStore>(),
                                                     std::make_unique<FileCredentialStore>());
}

void FallbackCredentialStore::setFallbackHandler(std::function<void(const QString &)> handler)
{
    m_handler = std::move(handler);
}

CredentialStore &FallbackCredentialStore::active() const
{
    return m_usesFallback ? *m_fallback : *m_primary;
}

void FallbackCredentialStore::switchToFallback(const QString &reason)
{
    m_usesFallback = true;
    m_fallbackReason = reason;
    if (m_handler)
        m_handler(reason);
}

template<typename Operation>
CredentialStore::Result FallbackCredentialStore::attempt(Operation operation)
{
    if (!m_usesFallback) {
        Result result = operation(*m_primary);
        if (result.status != Status::Unavailable)
            return result;
        switchToFallback(result.error);
    }
    return operation(*m_fallback);
}

CredentialStore::Result FallbackCredentialStore::read(const QString &name)
{
    return attempt([&](CredentialStore &store) { return store.read(name); });
}

CredentialStore::Result FallbackCredentialStore::write(const QString &name, const QString &secret)
{
    return attempt([&](CredentialStore &store) { return store.write(name, secret); });
}

CredentialStore::Result FallbackCredentialStore::remove(const QString &name)
{
    return attempt([&](CredentialStore &store) { return store.remove(name); });
}

QString FallbackCredentialStore::description() const
{
    return active().description();
}

bool FallbackCredentialStore::isEncrypted() const
{
    return active().isEncrypted();
}

bool FallbackCredentialStore::isPersistent() const
{
    return active().isPersistent();
}

} // namespace VendorPack
