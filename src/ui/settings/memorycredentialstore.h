// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"

#include <QHash>

namespace VendorPack {

// Secrets held in memory only: for tests and for the throwaway demo station.
class MemoryCredentialStore : public CredentialStore
{
public:
    Result read(const QString &name) override;
    Result write(const QString &name, const QString &secret) override;
    Result remove(const QString &name) override;
    QString description() const override;
    bool isEncrypted() const override { return false; }
    bool isPersistent() const override { return false; }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace VendorPack
