// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"

#include <QHash>

namespace VendorPack {

// Secrets in a JSON file that only the user may read or write (mode 0600, its folder 0700),
// labelled inside as unencrypted: the store where the machine has no key store.
class FileCredentialStore : public CredentialStore
{
public:
    // The file; empty means credentials.json in the application's configuration folder.
    explicit FileCredentialStore(const QString &path = QString());

    static QString defaultPath();
    QString path() const { return m_path; }

    Result read(const QString &name) override;
    Result write(const QString &name, const QString &secret) override;
    Result remove(const QString &name) override;
    QString description() const override;
    bool isEncrypted() const override { return false; }

private:
    bool load(QHash<QString, QString> *secrets, QString *error) const;
    bool save(const QHash<QString, QString> &secrets, QString *error) const;

    QString m_path;
};

} // namespace VendorPack
