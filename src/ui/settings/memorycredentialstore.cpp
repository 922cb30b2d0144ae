// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorycredentialstore.h"

namespace VendorPack {

CredentialStore::Result MemoryCredentialStore::read(const QString &name)
{
    const auto it = m_secrets.constFind(name);
    if (it == m_secrets.cend())
        return { Status::NotFound, {}, {} };
    return { Status::Ok, *it, {} };
}

CredentialStore::Result MemoryCredentialStore::write(const QString &name, const QString &secret)
{
    m_secrets.insert(name, secret);
    return {};
}

CredentialStore::Result MemoryCredentialStore::remove(const QString &name)
{
    m_secrets.remove(name);
    return {};
}

QString MemoryCredentialStore::description() const
{
    return tr("memory only (forgotten when VendorPack closes)");
}

} // namespace VendorPack
